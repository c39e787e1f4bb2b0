import type { ObjectStat } from "@/worker/blender/types";

export type Box = Pick<ObjectStat, "bbox_min" | "bbox_max">;

/** Parts closer than this (metres) count as touching; modelled joints are rarely exact. */
export const TOUCH = 0.02;

/** Extent of a box along each axis. */
export function extents(b: Box): [number, number, number] {
  return [0, 1, 2].map((i) => b.bbox_max[i] - b.bbox_min[i]) as [number, number, number];
}

/** Volume with a floor per axis, so a flat decal still has a little volume to compare. */
export function volume(b: Box, floor = 1e-3): number {
  return extents(b).reduce((v, e) => v * Math.max(e, floor), 1);
}

/** Volume of the overlap of two boxes (0 when apart), with the same per-axis floor. */
export function overlapVolume(a: Box, b: Box, floor = 1e-3): number {
  let v = 1;
  for (let i = 0; i < 3; i++) {
    const o = Math.min(a.bbox_max[i], b.bbox_max[i]) - Math.max(a.bbox_min[i], b.bbox_min[i]);
    if (o < -1e-9) return 0;
    // A flat box lying inside another's span overlaps by its own (floored) thickness.
    v *= Math.max(o, Math.min(floor, Math.max(a.bbox_max[i] - a.bbox_min[i], floor)));
  }
  return v;
}

/** Whether two boxes touch or overlap, within TOUCH. */
export function touches(a: Box, b: Box): boolean {
  for (let i = 0; i < 3; i++) {
    if (a.bbox_min[i] > b.bbox_max[i] + TOUCH || b.bbox_min[i] > a.bbox_max[i] + TOUCH) return false;
  }
  return true;
}

/** The box shrunk about its centre by `f` on every axis. */
export function shrink(b: Box, f: number): Box {
  const c = [0, 1, 2].map((i) => (b.bbox_min[i] + b.bbox_max[i]) / 2);
  const h = extents(b).map((e) => (e / 2) * f);
  return { bbox_min: c.map((v, i) => v - h[i]) as Box["bbox_min"], bbox_max: c.map((v, i) => v + h[i]) as Box["bbox_max"] };
}
