import type { PartSpec, Vec3 } from "../types";

/** Terse part constructor so builders read like a parts list. */
export function part(name: string, shape: string, size: Vec3, at: Vec3, role: string, extra: Partial<PartSpec> = {}): PartSpec {
  return { name, shape, size, at, role, ...extra };
}

/** A cylinder running from point a to point b (rotation = Y tilt then Z turn, matching Blender's XYZ Euler). */
export function rod(name: string, a: Vec3, b: Vec3, diameter: number, role: string, extra: Partial<PartSpec> = {}): PartSpec {
  const d: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const length = Math.hypot(...d);
  const tilt = Math.atan2(Math.hypot(d[0], d[1]), d[2]);
  const turn = Math.atan2(d[1], d[0]);
  const at: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
  return { name, shape: "cylinder", size: [diameter, diameter, length], at, rot: [0, tilt, turn], role, ...extra };
}

/**
 * A curved runner (a rocking horse's or rocking chair's rocker): five boxes along an arc of the given radius,
 * lowest in the middle and touching the ground there, running along X or Y at a side offset.
 */
export function rockerArc(name: string, { along, offset, radius, span, width = 0.045, thick = 0.04 }: { along: "x" | "y"; offset: number; radius: number; span: number; width?: number; thick?: number }, role: string): PartSpec[] {
  const step = span / 5 + 0.064;
  return spread(5, span).map((s, i) => {
    const lift = radius - Math.sqrt(radius * radius - s * s);
    const tilt = Math.asin(s / radius);
    return along === "x"
      ? part(`${name}_${i + 1}`, "box", [step, width, thick], [s, offset, lift + thick / 2], role, { rot: [0, -tilt, 0] })
      : part(`${name}_${i + 1}`, "box", [width, step, thick], [offset, s, lift + thick / 2], role, { rot: [tilt, 0, 0] });
  });
}

/** A box spanning from a to b on the ground plan (walls between towers), `height` tall and `thick` deep. */
export function wallBetween(name: string, a: [number, number], b: [number, number], height: number, thick: number, role: string): PartSpec {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const at: Vec3 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, height / 2];
  return { name, shape: "box", size: [length, thick, height], at, rot: [0, 0, Math.atan2(b[1] - a[1], b[0] - a[0])], role };
}

/** A tapered cylinder whose top radius is `ratio` × the bottom radius. */
export function taper(ratio: number): string {
  return `tapered_cylinder:${Math.round(ratio * 1000) / 1000}`;
}

/** Points spread around a rectangle's perimeter, corners first, so 4 legs land on the corners. */
export function rectanglePoints(count: number, halfX: number, halfY: number): Array<[number, number]> {
  const corners: Array<[number, number]> = [[-halfX, -halfY], [halfX, -halfY], [halfX, halfY], [-halfX, halfY]];
  if (count === 4) return corners;
  if (count === 3) return [[0, halfY], [-halfX, -halfY], [halfX, -halfY]];
  if (count < 3) return corners.slice(0, count);
  // More than four: corners plus points along the long sides, which is where real tables add legs.
  const pts = [...corners];
  const extra = count - 4;
  const front = Math.ceil(extra / 2);
  for (let i = 0; i < extra; i++) {
    const side = i < front ? -1 : 1;
    const n = side < 0 ? front : extra - front;
    const k = side < 0 ? i : i - front;
    pts.push([-halfX + (2 * halfX * (k + 1)) / (n + 1), side * halfY]);
  }
  return pts;
}

/** Points evenly around a circle, starting at angle `start` (radians). */
export function circlePoints(count: number, radius: number, start = 0): Array<[number, number]> {
  return Array.from({ length: count }, (_, i) => {
    const a = start + (2 * Math.PI * i) / count;
    return [radius * Math.cos(a), radius * Math.sin(a)];
  });
}

/** Evenly spaced centres of `count` items across a span, from -span/2 to span/2. */
export function spread(count: number, span: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [0];
  return Array.from({ length: count }, (_, i) => -span / 2 + (span * i) / (count - 1));
}

/** A tiny deterministic random sequence so organic subjects (trees, rocks) look varied but repeatable. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const HALF_PI = Math.PI / 2;
/** Rotations that turn a disc to face the front (-Y), and a shape to run along X (a flute's tube, a shoe's foot). */
export const FACING: Vec3 = [HALF_PI, 0, 0];
export const ALONG_X: Vec3 = [0, HALF_PI, 0];

/**
 * A turned shape (vase, bucket, goblet, bowling pin) from a profile of [radius, height] points, bottom first, in
 * any unit: it is normalised so the part fills its size (widest radius = half the width, lowest to highest point =
 * the height). Climb the outside and come back down the inside for a hollow vessel.
 */
export function lathe(profile: Array<[number, number]>): string {
  const maxR = Math.max(...profile.map(([r]) => r));
  const zs = profile.map(([, z]) => z);
  const lo = Math.min(...zs), span = Math.max(1e-9, Math.max(...zs) - lo);
  return "lathe:" + profile.map(([r, z]) => `${Math.round((r / maxR) * 100)}.${Math.round(((z - lo) / span) * 100)}`).join("_");
}
