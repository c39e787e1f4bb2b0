import { CLEARANCE, footprintOf, mayShareGround, stackParent, type Footprint } from "./find-overlaps";
import { arrangeAround, facesOthers, rotateZ } from "./layout-around";
import { betweenPoint, betweenRoom, flank } from "./layout-between";
import { clearDistanceAll, slideClear } from "./layout-clear";
import { ancestors, anchorOf, layoutSteps, rootOf, type Step } from "./layout-steps";
import { bounds, moveParts } from "./transform";
import type { PartSpec, SubjectSpec, Vec3 } from "./types";

type Box = ReturnType<typeof bounds>;
/** Which way a placed instance may slide to clear what stands before it; null for things stacked on or under another. */
type Away = [number, number] | null;

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
 * and instances with a placement against their anchor (around, on, in front, behind, on either side, under,
 * between). Each newly placed thing then slides away from its anchor until clear of what was placed before it,
 * unless it is stacked on or under something; a free thing with all that hangs off it slides right past earlier rows.
 */
export function layoutScene(built: PartSpec[][], specs: SubjectSpec[]): PartSpec[][] {
  // Placement maths works on bounding boxes, so each subject keeps its builder's coordinates until it is moved.
  const local = built;
  const steps = layoutSteps(specs);
  const out: Array<PartSpec[] | null> = local.map(() => null);
  const order: number[] = [];
  const everything = () => bounds(out.flatMap((p) => p ?? []));
  // Next in the row to the right of everything placed so far, centred on y.
  const rowRight = (parts: PartSpec[], y: number) => {
    const b = bounds(parts);
    if (!out.some(Boolean)) return parts;
    const gap = Math.max(CLEARANCE, Math.max(b.max[0] - b.min[0], b.max[1] - b.min[1]) * 0.3);
    return moveParts(parts, [everything().max[0] + gap - b.min[0], y - centre(b)[1], 0]);
  };
  const footprints = (ks: number[], j: number) =>
    ks.filter((k) => !mayShareGround(specs, j, k)).map((k) => footprintOf(out[k]!)).filter((f): f is Footprint => f !== null);
  // Slide j along `away` until clear of what its own group placed before it (other groups move as a whole, below).
  const settle = (j: number, away: Away, everyone = false) => {
    const before = order.slice(0, order.indexOf(j)).filter((k) => everyone || rootOf(steps, k) === rootOf(steps, j));
    if (away) out[j] = slideClear(out[j]!, footprints(before, j), away);
  };
  // A free thing and all that hangs off it move right together until clear of the rows before it.
  const settleGroup = (root: number) => {
    const mine = order.filter((k) => rootOf(steps, k) === root);
    const rest = order.filter((k) => rootOf(steps, k) !== root);
    for (let round = 0; round < 50; round++) {
      const shift = Math.max(0, ...mine.map((k) => clearDistanceAll(footprintOf(out[k]!), footprints(rest, k))));
      if (shift <= 0) return;
      for (const k of mine) out[k] = moveParts(out[k]!, [shift, 0, 0]);
    }
  };
  const put = (j: number, parts: PartSpec[]) => {
    out[j] = parts;
    order.push(j);
  };
  const place = (i: number) => {
    const deps = specs.map((_, j) => j).filter((j) => out[j] === null && steps[j]?.rel !== "between" && anchorOf(steps, j) === i);
    const byRel = new Map<Step["rel"], number[]>();
    for (const j of deps) byRel.set(steps[j]!.rel, [...(byRel.get(steps[j]!.rel) ?? []), j]);
    // "Beside" goes last: it is the row to the right of everything, so it never lands on what the others claim.
    const groups = [...byRel].sort(([a], [b]) => Number(a === "beside") - Number(b === "beside"));
    for (const [rel, group] of groups) {
      const away = placeGroup(rel, group, i);
      for (const j of group) settle(j, away.get(j) ?? null);
    }
    for (const j of deps) place(j);
  };
  const placeGroup = (rel: Step["rel"], group: number[], a: number): Map<number, Away> => {
    const anchor = out[a]!;
    const box = bounds(anchor);
    const gap = gapFor(box);
    const away = new Map<number, Away>();
    const face = (j: number, angle: number) => (facesOthers(specs[j].subject) ? rotateZ(local[j], angle) : local[j]);
    if (rel === "around") {
      arrangeAround(box, group.map((j) => ({ parts: local[j], faces: facesOthers(specs[j].subject) })), specs[a].features.round === true, gap)
        .forEach((parts, k) => {
          put(group[k], parts);
          const [dx, dy] = [centre(bounds(parts))[0] - centre(box)[0], centre(bounds(parts))[1] - centre(box)[1]];
          const n = Math.hypot(dx, dy);
          away.set(group[k], n > 1e-9 ? [dx / n, dy / n] : [0, -1]);
        });
      return away;
    }
    if (rel === "flank") {
      const items = group.map((j) => ({ parts: local[j], side: (steps[j] as { side: -1 | 1 }).side, faces: facesOthers(specs[j].subject) }));
      flank(box, items).forEach((parts, k) => {
        put(group[k], parts);
        away.set(group[k], [items[k].side, 0]);
      });
      return away;
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
        const y = facesOthers(specs[j].subject) ? centre(box)[1] - centre(b)[1] : box.max[1] - b.max[1];
        put(j, moveParts(parts, [x, y, 0]));
        away.set(j, [left ? -1 : 1, 0]);
      });
      return away;
    }
    // Decide first where each one really goes: only something smaller goes on top or under.
    const lines = new Map<string, PartSpec[][]>();
    const slots = new Map<string, number[]>();
    for (const j of group) {
      const parts = rel === "front" || rel === "under" ? face(j, Math.PI) : local[j];
      const b = bounds(parts);
      const fits = (s: number) => b.max[0] - b.min[0] <= (box.max[0] - box.min[0]) * s && b.max[1] - b.min[1] <= (box.max[1] - box.min[1]) * s;
      const tall = b.max[2] - b.min[2];
      const where = rel === "on" ? (fits(1.2) && tall < box.max[2] - box.min[2] ? "on" : "beside")
        : rel === "under" ? (fits(0.9) && tall < 0.6 * (supportHeight(anchor, centre(box)[0], centre(box)[1], box.max[2]) - box.min[2]) ? "under" : "front")
        : rel;
      if (where === "beside") {
        put(j, rowRight(local[j], centre(box)[1]));
        away.set(j, [1, 0]);
        continue;
      }
      lines.set(where, [...(lines.get(where) ?? []), parts]);
      slots.set(where, [...(slots.get(where) ?? []), j]);
    }
    // Several things in one relation stand side by side across the anchor's middle, in prompt order.
    for (const [where, row] of lines) {
      const widths = row.map((p) => bounds(p).max[0] - bounds(p).min[0]);
      let cursor = centre(box)[0] - (widths.reduce((s, w) => s + w, 0) + gap * (row.length - 1)) / 2;
      row.forEach((parts, k) => {
        const b = bounds(parts);
        const x = cursor - b.min[0];
        cursor += widths[k] + gap;
        const y = where === "front" ? box.min[1] - gap - b.max[1] : where === "behind" ? box.max[1] + gap - b.min[1] : centre(box)[1] - centre(b)[1];
        const z = where === "on" ? supportHeight(anchor, x + centre(b)[0], centre(box)[1], box.max[2]) : where === "under" ? box.min[2] : 0;
        const j = slots.get(where)![k];
        put(j, moveParts(parts, [x, y, z]));
        away.set(j, where === "front" ? [0, -1] : where === "behind" ? [0, 1] : null);
      });
    }
    return away;
  };
  // Everything placed through `root`'s chain of anchors (root included), so it moves as one.
  const carried = (root: number) => order.filter((k) => k === root || ancestors(steps, k).includes(root));
  // "X between A and B" once A and B stand: part them if X needs room, then X midway on the line joining them.
  const placeBetween = (m: number) => {
    const { anchor: a, other } = steps[m] as { anchor: number; other: number };
    const mid = bounds(local[m]);
    const room = betweenRoom(mid, bounds(out[a]!), bounds(out[other]!));
    if (room.shortfall > 0) {
      // Each steps back half, unless one carries the other ("a table in front of the sofa" moves the table only).
      const share = ancestors(steps, a).includes(other) ? [1, 0] : ancestors(steps, other).includes(a) ? [0, 1] : [0.5, 0.5];
      [a, other].forEach((k, n) => {
        const d: Vec3 = [0, 0, 0];
        d[room.axis] = (n === 0 ? -1 : 1) * room.dir * room.shortfall * share[n];
        if (share[n]) for (const c of carried(k)) out[c] = moveParts(out[c]!, d);
      });
    }
    const [x, y] = betweenPoint(bounds(out[a]!), bounds(out[other]!), room.axis, room.dir);
    // On the ground, unless both anchors stand on one thing (two vases on a table): then on that.
    const support = stackParent(specs, m);
    const raised = support !== undefined && specs[a].place!.rel === "on" && bounds(out[a]!).min[2] > 0.01;
    const z = raised ? supportHeight(out[support]!, x, y, bounds(out[a]!).min[2]) : 0;
    put(m, moveParts(local[m], [x - centre(mid)[0], y - centre(mid)[1], z - mid.min[2]]));
    settle(m, raised ? null : room.axis === 0 ? [0, -1] : [-1, 0], true);
  };
  specs.forEach((_, i) => {
    if (out[i] !== null || anchorOf(steps, i) !== undefined) return;
    put(i, rowRight(local[i], 0));
    place(i);
    settleGroup(i);
  });
  // Betweens wait for both anchors; one whose anchors never stand (they hang off it) starts a row of its own.
  const waiting = () => specs.map((_, m) => m).filter((m) => out[m] === null && steps[m]?.rel === "between");
  for (let left = waiting(); left.length; left = waiting()) {
    const ready = left.find((m) => out[steps[m]!.anchor] && out[(steps[m] as { other: number }).other]);
    if (ready !== undefined) placeBetween(ready);
    else put(left[0], rowRight(local[left[0]], 0));
    place(ready ?? left[0]);
  }
  return out.map((parts, i) => parts ?? local[i]);
}
