import type { ObjectStat } from "@/worker/blender/types";

/** Smallest run of same-stem parts worth a summary line instead of one line each. */
const MIN_GROUP = 3;

/** Repeated parts sharing a name stem ("Key_1" … "Key_48" → "Key_"), summarised. */
export interface PartGroup {
  stem: string;
  parts: ObjectStat[];
  first: string;
  last: string;
  /** Smallest and largest own size per axis across the group. */
  sizeMin: number[];
  sizeMax: number[];
  /** The group's rotation when all members share it. */
  rotation?: number[];
  /** World box of the whole group. */
  min: number[];
  max: number[];
  /** Typical distance between neighbouring centres along the axis they spread most on. */
  spacing: { axis: "x" | "y" | "z"; step: number; regular: boolean } | null;
  materials: string[];
}

/** "Key_12" → "Key_", "Leg.003" → "Leg.", "Spoke 7" → "Spoke "; a name without a trailing number is its own stem. */
export const nameStem = (name: string) => name.replace(/\d+$/, "");

const own = (p: ObjectStat) => p.dimensions ?? p.bbox_max.map((v, i) => v - p.bbox_min[i]);
const centre = (p: ObjectStat, i: number) => (p.bbox_min[i] + p.bbox_max[i]) / 2;

function spacingOf(parts: ObjectStat[]): PartGroup["spacing"] {
  const spreads = [0, 1, 2].map((i) => Math.max(...parts.map((p) => centre(p, i))) - Math.min(...parts.map((p) => centre(p, i))));
  const axis = spreads.indexOf(Math.max(...spreads));
  if (spreads[axis] < 1e-4) return null;
  const cs = parts.map((p) => centre(p, axis)).sort((a, b) => a - b);
  const gaps = cs.slice(1).map((c, i) => c - cs[i]).filter((g) => g > 1e-4).sort((a, b) => a - b);
  if (!gaps.length) return null;
  const step = gaps[Math.floor(gaps.length / 2)];
  return { axis: "xyz"[axis] as "x" | "y" | "z", step, regular: gaps.every((g) => Math.abs(g - step) <= step * 0.1 + 1e-3) };
}

function summarise(stem: string, parts: ObjectStat[]): PartGroup {
  const sizes = parts.map(own);
  const rot = parts[0].rotation;
  const same = rot && parts.every((p) => p.rotation && p.rotation.every((v, i) => Math.abs(v - rot[i]) < 1e-3));
  return {
    stem, parts, first: parts[0].name, last: parts.at(-1)!.name,
    sizeMin: [0, 1, 2].map((i) => Math.min(...sizes.map((s) => s[i]))),
    sizeMax: [0, 1, 2].map((i) => Math.max(...sizes.map((s) => s[i]))),
    rotation: same ? rot : undefined,
    min: [0, 1, 2].map((i) => Math.min(...parts.map((p) => p.bbox_min[i]))),
    max: [0, 1, 2].map((i) => Math.max(...parts.map((p) => p.bbox_max[i]))),
    spacing: spacingOf(parts),
    materials: [...new Set(parts.flatMap((p) => p.materials))],
  };
}

/** Splits parts into groups of MIN_GROUP or more sharing a name stem, and the rest (in scene order). */
export function groupRepeatedParts(parts: ObjectStat[]): { groups: PartGroup[]; singles: ObjectStat[] } {
  const byStem = new Map<string, ObjectStat[]>();
  for (const p of parts) {
    const stem = nameStem(p.name);
    if (stem === p.name) continue;
    byStem.set(stem, [...(byStem.get(stem) ?? []), p]);
  }
  const groups = [...byStem].filter(([, list]) => list.length >= MIN_GROUP).map(([stem, list]) => summarise(stem, list));
  const inGroup = new Set(groups.flatMap((g) => g.parts));
  return { groups, singles: parts.filter((p) => !inGroup.has(p)) };
}
