import { rotateZ } from "./layout-around";
import { bounds, moveParts } from "./transform";
import type { PartSpec } from "./types";

type Box = ReturnType<typeof bounds>;

/** Room left on each side of what stands between two things: enough to see it stands apart, not a gulf. */
export const betweenGap = (b: Box) => Math.max(0.1, 0.15 * Math.max(b.max[0] - b.min[0], b.max[1] - b.min[1]));

/** A between's anchors to the left and right of what stands between them, on its centre line; seats turn to face it. */
export function flank(box: Box, items: Array<{ parts: PartSpec[]; side: -1 | 1; faces: boolean }>): PartSpec[][] {
  const gap = betweenGap(box);
  const cy = (box.min[1] + box.max[1]) / 2;
  const reach = new Map<number, number>([[-1, 0], [1, 0]]);
  return items.map(({ parts, side, faces }) => {
    // A front is -Y: a quarter turn left faces +X (the one on the left), a quarter turn right faces -X.
    const turned = faces ? rotateZ(parts, side < 0 ? Math.PI / 2 : -Math.PI / 2) : parts;
    const b = bounds(turned);
    const out = reach.get(side)!;
    const x = side < 0 ? box.min[0] - gap - out - b.max[0] : box.max[0] + gap + out - b.min[0];
    reach.set(side, out + b.max[0] - b.min[0] + gap);
    return moveParts(turned, [x, cy - (b.min[1] + b.max[1]) / 2, 0]);
  });
}

/**
 * How two placed anchors must part so `mid` fits between them with room on both sides: the axis the line between
 * their centres mostly runs along, its direction from a to b, and the missing room (0 when it already fits).
 */
export function betweenRoom(mid: Box, a: Box, b: Box): { axis: 0 | 1; dir: 1 | -1; shortfall: number } {
  const c = (x: Box, i: number) => (x.min[i] + x.max[i]) / 2;
  const [dx, dy] = [c(b, 0) - c(a, 0), c(b, 1) - c(a, 1)];
  const axis = Math.abs(dx) >= Math.abs(dy) ? 0 : 1;
  const dir = (axis === 0 ? dx : dy) < 0 ? -1 : 1;
  const room = dir > 0 ? b.min[axis] - a.max[axis] : a.min[axis] - b.max[axis];
  const need = mid.max[axis] - mid.min[axis] + 2 * betweenGap(mid);
  return { axis, dir, shortfall: Math.max(0, need - room) };
}

/** The ground point (x, y) for the centre of what stands between a and b: midway in the room on the line joining their centres. */
export function betweenPoint(a: Box, b: Box, axis: 0 | 1, dir: 1 | -1): [number, number] {
  const c = (x: Box, i: number) => (x.min[i] + x.max[i]) / 2;
  const along = dir > 0 ? (a.max[axis] + b.min[axis]) / 2 : (b.max[axis] + a.min[axis]) / 2;
  const span = c(b, axis) - c(a, axis);
  const t = Math.abs(span) < 1e-9 ? 0.5 : (along - c(a, axis)) / span;
  const across = c(a, 1 - axis) + t * (c(b, 1 - axis) - c(a, 1 - axis));
  return axis === 0 ? [along, across] : [across, along];
}
