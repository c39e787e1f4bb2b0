import type { Plan } from "@/lib/validations/plan";
import { instancePrefixes } from "./name-instances";
import { bounds } from "./transform";
import type { PartSpec, SceneSpec, SubjectSpec } from "./types";

/** The least room (metres) kept between the footprints of two things standing apart. */
export const CLEARANCE = 0.05;

/** An axis-aligned ground footprint (X, Y). */
export interface Footprint {
  min: [number, number];
  max: [number, number];
}

/** Footprint of a set of parts; null for none. */
export function footprintOf(parts: PartSpec[]): Footprint | null {
  if (parts.length === 0) return null;
  const b = bounds(parts);
  return { min: [b.min[0], b.min[1]], max: [b.max[0], b.max[1]] };
}

/** Whether two footprints come closer than `gap`; a millimetre of slack absorbs the plan's rounding. */
export function tooClose(a: Footprint, b: Footprint, gap: number): boolean {
  return [0, 1].every((i) => a.min[i] < b.max[i] + gap - 1e-3 && b.min[i] < a.max[i] + gap - 1e-3);
}

/** The instance something is stacked on or under, if it is; between two things on one table is on that table too. */
export function stackParent(specs: SubjectSpec[], i: number): number | undefined {
  const place = specs[i]?.place;
  if (place?.rel === "on" || place?.rel === "under") return place.anchor;
  if (place?.rel !== "between" || place.other === undefined) return undefined;
  const [a, b] = [specs[place.anchor]?.place, specs[place.other]?.place];
  const stacked = a && b && (a.rel === "on" || a.rel === "under") && a.rel === b.rel && a.anchor === b.anchor && a.anchor !== i;
  return stacked ? a.anchor : undefined;
}

/** An instance and what it is stacked on, down to the thing on the ground ("vase, book, table"). */
function stackChain(specs: SubjectSpec[], i: number): number[] {
  const chain = [i];
  for (let p = stackParent(specs, i); p !== undefined && !chain.includes(p); p = stackParent(specs, p)) chain.push(p);
  return chain;
}

/**
 * Whether two instances may share ground on purpose: one stacked on or under the other (through any number of
 * levels), or both on one stack at different levels (a vase on the table, a stool under it). Two cups on one table
 * are not: they stand side by side.
 */
export function stackedTogether(specs: SubjectSpec[], i: number, j: number): boolean {
  const [a, b] = [stackChain(specs, i), stackChain(specs, j)];
  if (a.includes(j) || b.includes(i)) return true;
  if (a.at(-1) !== b.at(-1) || a.length === 1 || b.length === 1) return false;
  return !(a[1] === b[1] && level(specs, i) === level(specs, j));
}

/** Whether a stacked thing is on its support or under it (between two things on a table is on it). */
const level = (specs: SubjectSpec[], i: number) => (specs[i].place!.rel === "under" ? "under" : "on");

/**
 * Chairs on a circle round a round table are spaced by the circle (radius and arc), where boxes overstate both a
 * turned chair and a round top's empty corners; pairs from one such ring, and each with its table, are left to it.
 */
export function ringedTogether(specs: SubjectSpec[], i: number, j: number): boolean {
  const ringOf = (k: number) => (specs[k]?.place?.rel === "around" && specs[specs[k].place.anchor]?.features.round ? specs[k].place.anchor : undefined);
  const [ri, rj] = [ringOf(i), ringOf(j)];
  return ri === j || rj === i || (ri !== undefined && ri === rj);
}

/** Whether two instances may share ground on purpose: stacked together, or spaced by one ring round a round table. */
export function mayShareGround(specs: SubjectSpec[], i: number, j: number): boolean {
  return stackedTogether(specs, i, j) || ringedTogether(specs, i, j);
}

/** Pairs [i, j] (i < j) of instances whose footprints come closer than `gap`, other than those that may share ground. */
export function findOverlaps(args: { footprints: Array<Footprint | null>; specs: SubjectSpec[]; gap?: number }): Array<[number, number]> {
  const { footprints, specs, gap = CLEARANCE } = args;
  const out: Array<[number, number]> = [];
  footprints.forEach((a, i) => {
    for (let j = i + 1; j < footprints.length; j++) {
      const b = footprints[j];
      if (a && b && tooClose(a, b, gap) && !mayShareGround(specs, i, j)) out.push([i, j]);
    }
  });
  return out;
}

/** The same check on a finished modeler plan, its parts grouped by instance prefix ("chair1_"); names the pairs. */
export function findPlanOverlaps(args: { plan: Plan; gap?: number }): Array<[string, string]> {
  const scene = args.plan.params as unknown as SceneSpec | null;
  if (!scene || !Array.isArray(scene.instances)) return [];
  const prefixes = instancePrefixes(scene.instances);
  const owner = (name: string) => Math.max(0, prefixes.findIndex((p, i) => i > 0 && name.startsWith(p)));
  const grouped: PartSpec[][] = scene.instances.map(() => []);
  for (const p of args.plan.parts) {
    grouped[owner(p.name)].push({ name: p.name, shape: p.shape, size: p.dimensions, at: p.position, rot: p.rotation, role: "" });
  }
  const label = (i: number) => prefixes[i] || scene.instances[0].subject;
  return findOverlaps({ footprints: grouped.map(footprintOf), specs: scene.instances, gap: args.gap }).map(([i, j]) => [label(i), label(j)]);
}
