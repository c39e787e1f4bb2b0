import { arrangeAround, facesOthers, rotateZ } from "./layout-around";
import { bounds, moveParts } from "./transform";
import type { PartSpec, Placement, SubjectSpec, Vec3 } from "./types";

type Box = ReturnType<typeof bounds>;

/** The instance's anchor when its placement is usable (an earlier-placed instance, no cycle); else undefined. */
function anchorOf(specs: SubjectSpec[], i: number): number | undefined {
  const seen = new Set([i]);
  let a = specs[i]!.place?.anchor;
  const first = a;
  while (a !== undefined) {
    if (a < 0 || a >= specs.length || seen.has(a)) return undefined;
    seen.add(a);
    a = specs[a]!.place?.anchor;
  }
  return first;
}

const centre = (b: Box): Vec3 => [(b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, b.min[2]];
const gapFor = (b: Box) => Math.max(0.05, 0.06 * Math.max(b.max[0] - b.min[0], b.max[1] - b.min[1]));

/** Highest top among an anchor's parts that cover the point (x, y): what something put "on" it rests on. */
function supportHeight(parts: PartSpec[], x: number, y: number, fallback: number): number {
  const under = parts.filter((p) => {
    const b = bounds([p]);
    return b.min[0] <= x && x <= b.max[0] && b.min[1] <= y && y <= b.max[1];
  });
  return under.length ? bounds(under).max[2] : fallback;
}

/**
 * Place every instance: the first free-standing one at the origin, each later free one in a row to the right,
 * and instances with a placement against their anchor (around, on, in front, behind, on either side, under).
 */
export function layoutScene(built: PartSpec[][], specs: SubjectSpec[]): PartSpec[][] {
  // Placement maths works on bounding boxes, so each subject keeps its builder's coordinates until it is moved.
  const local = built;
  const out: Array<PartSpec[] | null> = local.map(() => null);
  const everything = () => bounds(out.flatMap((p) => p ?? []));
  // Next in the row to the right of everything placed so far, centred on y.
  const rowRight = (parts: PartSpec[], y: number) => {
    const b = bounds(parts);
    if (!out.some(Boolean)) return parts;
    const gap = Math.max(0.02, Math.max(b.max[0] - b.min[0], b.max[1] - b.min[1]) * 0.3);
    return moveParts(parts, [everything().max[0] + gap - b.min[0], y - centre(b)[1], 0]);
  };
  const place = (i: number) => {
    const deps = specs.map((_, j) => j).filter((j) => out[j] === null && anchorOf(specs, j) === i);
    const byRel = new Map<Placement["rel"], number[]>();
    for (const j of deps) byRel.set(specs[j]!.place!.rel, [...(byRel.get(specs[j]!.place!.rel) ?? []), j]);
    for (const [rel, group] of byRel) placeGroup(rel, group, i);
    for (const j of deps) place(j);
  };
  const placeGroup = (rel: Placement["rel"], group: number[], a: number) => {
    const anchor = out[a]!;
    const box = bounds(anchor);
    const gap = gapFor(box);
    const face = (j: number, angle: number) => (facesOthers(specs[j]!.subject) ? rotateZ(local[j]!, angle) : local[j]!);
    if (rel === "around") {
      arrangeAround(box, group.map((j) => ({ parts: local[j]!, faces: facesOthers(specs[j]!.subject) })), specs[a]!.features.round === true, gap)
        .forEach((parts, k) => (out[group[k]!] = parts));
      return;
    }
    if (rel === "sides") {
      group.forEach((j, k) => {
        // Alternate left and right, further out for each pair, each turned toward the anchor.
        const left = k % 2 === 0;
        const parts = face(j, left ? Math.PI / 2 : -Math.PI / 2);
        const b = bounds(parts);
        const reach = Math.floor(k / 2) * (b.max[0] - b.min[0] + gap);
        const x = left ? box.min[0] - gap - reach - b.max[0] : box.max[0] + gap + reach - b.min[0];
        // Seats face the anchor's middle; anything else lines up with its back, as nightstands do with a bed's head.
        const y = facesOthers(specs[j]!.subject) ? centre(box)[1] - centre(b)[1] : box.max[1] - b.max[1];
        out[j] = moveParts(parts, [x, y, 0]);
      });
      return;
    }
    // Decide first where each one really goes: only something smaller goes on top or under.
    const lines = new Map<string, PartSpec[][]>();
    const order = new Map<string, number[]>();
    for (const j of group) {
      const parts = rel === "front" || rel === "under" ? face(j, Math.PI) : local[j]!;
      const b = bounds(parts);
      const fits = (s: number) => b.max[0] - b.min[0] <= (box.max[0] - box.min[0]) * s && b.max[1] - b.min[1] <= (box.max[1] - box.min[1]) * s;
      const tall = b.max[2] - b.min[2];
      const where = rel === "on" ? (fits(1.2) && tall < box.max[2] - box.min[2] ? "on" : "beside")
        : rel === "under" ? (fits(0.9) && tall < 0.6 * (supportHeight(anchor, centre(box)[0], centre(box)[1], box.max[2]) - box.min[2]) ? "under" : "front")
        : rel;
      if (where === "beside") {
        out[j] = rowRight(local[j]!, centre(box)[1]);
        continue;
      }
      lines.set(where, [...(lines.get(where) ?? []), parts]);
      order.set(where, [...(order.get(where) ?? []), j]);
    }
    // Several things in one relation stand side by side across the anchor's middle, in prompt order.
    for (const [where, row] of lines) {
      const widths = row.map((p) => bounds(p).max[0] - bounds(p).min[0]);
      let cursor = centre(box)[0] - (widths.reduce((s, w) => s + w, 0) + gap * (row.length - 1)) / 2;
      row.forEach((parts, k) => {
        const b = bounds(parts);
        const x = cursor - b.min[0];
        cursor += widths[k]! + gap;
        const y = where === "front" ? box.min[1] - gap - b.max[1] : where === "behind" ? box.max[1] + gap - b.min[1] : centre(box)[1] - centre(b)[1];
        const z = where === "on" ? supportHeight(anchor, x + centre(b)[0], centre(box)[1], box.max[2]) : where === "under" ? box.min[2] : 0;
        out[order.get(where)![k]!] = moveParts(parts, [x, y, z]);
      });
    }
  };
  specs.forEach((_, i) => {
    if (out[i] !== null || anchorOf(specs, i) !== undefined) return;
    out[i] = rowRight(local[i]!, 0);
    place(i);
  });
  return out.map((parts, i) => parts ?? local[i]!);
}
