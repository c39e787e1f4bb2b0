import { bounds, moveParts } from "./transform";
import type { PartSpec, Vec3 } from "./types";

type Box = ReturnType<typeof bounds>;

// Things people sit on or that look somewhere turn to face what they are placed around; a cabinet or a tree does not.
const FACING = new Set(["chair", "sofa", "bench", "stool", "person", "robot", "teddy bear", "snowman"]);

/** Whether a subject turns to face the thing it is placed around or beside. */
export function facesOthers(subject: string): boolean {
  return FACING.has(subject);
}

/** Turn parts about the world Z axis through the origin; adding to the Z Euler angle is exactly that rotation. */
export function rotateZ(parts: PartSpec[], angle: number): PartSpec[] {
  if (angle === 0) return parts;
  const [c, s] = [Math.cos(angle), Math.sin(angle)];
  return parts.map((p) => {
    const rot = p.rot ?? [0, 0, 0];
    return { ...p, at: [p.at[0] * c - p.at[1] * s, p.at[0] * s + p.at[1] * c, p.at[2]] as Vec3, rot: [rot[0], rot[1], rot[2] + angle] as Vec3 };
  });
}

/** The Z turn that makes a subject's front (-Y, where builders put seats' fronts and doors) face against `normal`. */
const facing = (normal: [number, number]) => Math.atan2(-normal[0], normal[1]);

interface Item {
  parts: PartSpec[];
  faces: boolean;
}

/**
 * Items around an anchor: on a circle for round or square anchors, else shared out over the four sides by how
 * much room each side has left (a long table gets its first chairs on the long sides), each facing the anchor.
 */
export function arrangeAround(box: Box, items: Item[], round: boolean, gap: number): PartSpec[][] {
  const [cx, cy] = [(box.min[0] + box.max[0]) / 2, (box.min[1] + box.max[1]) / 2];
  const [ax, ay] = [(box.max[0] - box.min[0]) / 2, (box.max[1] - box.min[1]) / 2];
  const turned = (it: Item, n: [number, number]) => (it.faces ? rotateZ(it.parts, facing(n)) : it.parts);
  const put = (parts: PartSpec[], x: number, y: number) => {
    const b = bounds(parts);
    return moveParts(parts, [x - (b.min[0] + b.max[0]) / 2, y - (b.min[1] + b.max[1]) / 2, 0]);
  };
  if (round || Math.abs(ax - ay) < 0.15 * Math.max(ax, ay)) {
    const widest = Math.max(...items.map((it) => Math.max(...[0, 1].map((i) => bounds(it.parts).max[i] - bounds(it.parts).min[i]))));
    // Far enough out that neighbours on the circle do not touch.
    const radius = Math.max(Math.max(ax, ay) + gap + widest / 2, (items.length * widest * 1.15) / (2 * Math.PI));
    return items.map((it, k) => {
      const a = -Math.PI / 2 + (2 * Math.PI * k) / items.length;
      const n: [number, number] = [Math.cos(a), Math.sin(a)];
      return put(turned(it, n), cx + n[0] * radius, cy + n[1] * radius);
    });
  }
  const sides: Array<{ n: [number, number]; length: number; items: number[] }> = [
    { n: [0, -1], length: 2 * ax, items: [] }, { n: [0, 1], length: 2 * ax, items: [] },
    { n: [-1, 0], length: 2 * ay, items: [] }, { n: [1, 0], length: 2 * ay, items: [] },
  ];
  items.forEach((_, k) => {
    const best = sides.reduce((a, b) => (b.length / (b.items.length + 1) > a.length / (a.items.length + 1) + 1e-9 ? b : a));
    best.items.push(k);
  });
  const out: PartSpec[][] = [];
  for (const side of sides) {
    const along: 0 | 1 = side.n[0] === 0 ? 0 : 1;
    const parts = side.items.map((k) => turned(items[k], side.n));
    const widths = parts.map((p) => bounds(p).max[along] - bounds(p).min[along]);
    const span = Math.max(side.length, widths.reduce((s, w) => s + w * 1.1, 0));
    parts.forEach((p, j) => {
      const b = bounds(p);
      const t = -span / 2 + (span * (j + 0.5)) / parts.length;
      // Out from the side by the gap plus the item's own half depth.
      const depth = (b.max[1 - along] - b.min[1 - along]) / 2;
      const offset = (along === 0 ? ay : ax) + gap + depth;
      const x = along === 0 ? cx + t : cx + side.n[0] * offset;
      const y = along === 0 ? cy + side.n[1] * offset : cy + t;
      out[side.items[j]] = put(p, x, y);
    });
  }
  return out;
}
