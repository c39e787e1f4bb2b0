import { CLEARANCE, footprintOf, tooClose, type Footprint } from "./find-overlaps";
import { moveParts } from "./transform";
import type { PartSpec } from "./types";

/** How far along the unit direction d footprint `mine` must move to stand `gap` clear of `other`. */
export function clearDistance(mine: Footprint, other: Footprint, d: [number, number], gap: number): number {
  let best = Infinity;
  for (const i of [0, 1]) {
    if (Math.abs(d[i]) < 1e-6) continue;
    const t = d[i] > 0 ? (other.max[i] + gap - mine.min[i]) / d[i] : (other.min[i] - gap - mine.max[i]) / d[i];
    best = Math.min(best, Math.max(0, t));
  }
  return best;
}

/**
 * Slide parts along d until their footprint stands CLEARANCE away from every footprint in `others`; moving only
 * away along one line keeps "next to" next to and "in front" in front. A hair more than the clearance survives rounding.
 */
export function slideClear(parts: PartSpec[], others: Footprint[], d: [number, number]): PartSpec[] {
  let moved = parts;
  for (let round = 0; round < 50; round++) {
    const mine = footprintOf(moved);
    const hit = mine && others.find((o) => tooClose(mine, o, CLEARANCE));
    if (!mine || !hit) return moved;
    const t = clearDistance(mine, hit, d, CLEARANCE + 0.002);
    if (!Number.isFinite(t)) return moved;
    moved = moveParts(moved, [d[0] * t, d[1] * t, 0]);
  }
  return moved;
}

/** How far right (+X) footprint `mine` must move to clear every footprint in `others` it is too close to (0 if none). */
export function clearDistanceAll(mine: Footprint | null, others: Footprint[]): number {
  if (!mine) return 0;
  return Math.max(0, ...others.filter((o) => tooClose(mine, o, CLEARANCE)).map((o) => clearDistance(mine, o, [1, 0], CLEARANCE + 0.002)));
}
