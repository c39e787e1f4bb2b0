import type { PartSpec, RoleDef, Vec3 } from "../types";
import { part, rod, spread } from "./kit";

// Animals face +X, as vehicles do, so the 3/4 preview shows them in profile; Y is their width.

/** A role maker for an animal's covering in `material`: body roles share the subject-wide colour ("a pink elephant"). */
const covering = (material: string) => (words: string[], color: string, extra: Partial<RoleDef> = {}): RoleDef => ({ words, material, color, body: true, ...extra });

/** A furry coat role: body roles share the subject-wide colour and material ("a black cat", "a golden horse"). */
export const coat = covering("fur");
/** A feathered role ("a brown chicken", "a blue bird"). */
export const plumage = covering("feathers");
/** Bare skin or hide ("a red frog", "a pink elephant"). */
export const hide = covering("skin");
/** A reptile's scales, a little glossy ("a red snake"). */
export const scaly = covering("scales");
/** Beaks, legs, feet, hooves and horns: horn in a colour of their own, so "a brown chicken" keeps a yellow beak. */
export const horny = (words: string[], color: string, host?: string): RoleDef => ({ words, material: "horn", color, ...(host && { host }) });
/** Eyes on the head, glossy black. */
export const EYES: RoleDef = { words: ["eye"], material: "eye", color: "black", host: "head" };

/** A point on an unrotated ellipsoid part: `yaw` round Z from +X (the front), `pitch` up from its equator, `depth` 1 on the surface. */
export function onSurface(e: PartSpec, yaw: number, pitch: number, depth = 1): Vec3 {
  const [a, b, c] = e.size.map((v) => (v / 2) * depth) as Vec3;
  return [e.at[0] + a * Math.cos(pitch) * Math.cos(yaw), e.at[1] + b * Math.cos(pitch) * Math.sin(yaw), e.at[2] + c * Math.sin(pitch)];
}

/** Height of an unrotated ellipsoid's underside above the point (x, y); its centre height where the point is outside it. */
export function underside(e: PartSpec, x: number, y: number): number {
  const [a, b, c] = e.size.map((v) => v / 2) as Vec3;
  const r = ((x - e.at[0]) / a) ** 2 + ((y - e.at[1]) / b) ** 2;
  return e.at[2] - c * Math.sqrt(Math.max(0, 1 - r));
}

/** A rounded limb, neck or tail: a capsule round the segment a-b, so its rounded ends are centred on a and b. */
export function limb(name: string, a: Vec3, b: Vec3, d: number, role: string, extra: Partial<PartSpec> = {}): PartSpec {
  const r = rod(name, a, b, d, role, extra);
  return { ...r, shape: "capsule", size: [d, d, r.size[2] + d] };
}

/** A flat blade (a mane, a tail fin) from a to b: `width` across in the XZ plane, `thick` along Y. */
export function blade(name: string, a: Vec3, b: Vec3, width: number, thick: number, role: string, shape = "capsule"): PartSpec {
  const r = rod(name, a, b, width, role);
  return { ...r, shape, size: [width, thick, r.size[2]] };
}

/** A flat oval patch (a spot) centred at `at`, its thin axis along the surface normal `n`. */
export function patchAt(name: string, at: Vec3, n: Vec3, d: [number, number], thick: number, role: string): PartSpec {
  return part(name, "sphere", [d[0], d[1], thick], at, role, { rot: [0, Math.atan2(Math.hypot(n[0], n[1]), n[2]), Math.atan2(n[1], n[0])] });
}

/** A flat patch lying on an ellipsoid's surface (a dog's spot). */
export function patch(name: string, e: PartSpec, yaw: number, pitch: number, d: [number, number], thick: number, role: string): PartSpec {
  const p = onSurface(e, yaw, pitch);
  return patchAt(name, p, [0, 1, 2].map((i) => (p[i] - e.at[i]) / (e.size[i] / 2) ** 2) as Vec3, d, thick, role);
}

/** A pair of eyes set into a head ellipsoid, `yaw` either side of straight ahead, with their catch-lights unless `bare`. */
export function eyePair(head: PartSpec, yaw: number, pitch: number, d: number, opts: { depth?: number; bare?: boolean } = {}): PartSpec[] {
  const eyes = [-1, 1].map((side, i) => part(`eye_${i + 1}`, "sphere", [d, d, d], onSurface(head, side * yaw, pitch, opts.depth ?? 0.92), "eyes"));
  return opts.bare ? eyes : [...eyes, ...glints(eyes, head.at)];
}

/** White catch-lights on the eyes: they keep a face readable on a black coat. */
export const GLINTS: RoleDef = { words: ["glint", "highlight", "sparkle", "catchlight"], material: "eye", color: "white", host: "eyes" };

/** A catch-light on each eye, out from `centre` (the head's) and a little up, just breaking the eye's surface. */
export function glints(eyes: PartSpec[], centre: Vec3): PartSpec[] {
  return eyes.map((e, i) => {
    const r = e.size[0] / 2;
    const out = e.at.map((v, k) => v - centre[k]) as Vec3;
    const n = Math.hypot(...out) || 1;
    const at: Vec3 = [e.at[0] + (out[0] / n) * r * 0.75, e.at[1] + (out[1] / n) * r * 0.75, e.at[2] + r * 0.45];
    return part(`glint_${i + 1}`, "sphere", [r * 0.85, r * 0.85, r * 0.85], at, "glints");
  });
}

/** Where legs stand, front (+X) first: pairs spread from `front` to `back`; an odd one out stands alone at the back, near the middle. */
export function legSpots(count: number, front: number, back: number, halfY: number): Array<[number, number]> {
  const pairs = Math.ceil(count / 2);
  const xs = spread(pairs, front - back).map((x) => (front + back) / 2 - x);
  return xs.flatMap((x, i): Array<[number, number]> => (i === pairs - 1 && count % 2 === 1 ? [[x, -halfY * 0.3]] : [[x, -halfY], [x, halfY]]));
}

/** What a leg stands on at its foot: a paw, hoof or foot part, `ahead` of the leg toward the front. */
export interface FootSpec {
  name: string;
  shape: string;
  size: Vec3;
  role: string;
  ahead?: number;
}

/** Counted legs from the ground (or from their feet) up to `top(x, y)` inside the body, each with its foot when given. */
export function legsUnder(top: (x: number, y: number) => number, spots: Array<[number, number]>, opts: { d: number; shape?: string; foot?: FootSpec }): PartSpec[] {
  const out: PartSpec[] = [];
  const { foot } = opts;
  spots.forEach(([x, y], i) => {
    const z = top(x, y);
    const bottom = foot ? foot.size[2] * 0.5 : 0;
    const leg = opts.shape
      ? part(`leg_${i + 1}`, opts.shape, [opts.d, opts.d, z - bottom], [x, y, (z + bottom) / 2], "legs", { group: "legs" })
      : limb(`leg_${i + 1}`, [x, y, bottom + opts.d / 2], [x, y, z - opts.d / 2], opts.d, "legs", { group: "legs" });
    out.push(leg);
    if (foot) out.push(part(`${foot.name}_${i + 1}`, foot.shape, foot.size, [x + (foot.ahead ?? 0), y, foot.size[2] / 2], foot.role));
  });
  return out;
}

/** Leg tops for an ellipsoid body: its underside above each leg, `sink` deeper so the joint is hidden. */
export const into = (body: PartSpec, sink: number) => (x: number, y: number) => underside(body, x, y) + sink;
