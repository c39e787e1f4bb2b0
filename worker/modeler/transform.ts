import type { PartSpec, Vec3 } from "./types";

type Mat3 = [Vec3, Vec3, Vec3];

/** Blender's XYZ Euler as a matrix (R = Rz·Ry·Rx), rows indexed by world axis. */
export function rotationMatrix([x, y, z]: Vec3): Mat3 {
  const [cx, sx, cy, sy, cz, sz] = [Math.cos(x), Math.sin(x), Math.cos(y), Math.sin(y), Math.cos(z), Math.sin(z)];
  return [
    [cz * cy, cz * sy * sx - sz * cx, cz * sy * cx + sz * sx],
    [sz * cy, sz * sy * sx + cz * cx, sz * sy * cx - cz * sx],
    [-sy, cy * sx, cy * cx],
  ];
}

/** World-space half extents of a rotated part's bounding box. */
export function halfExtents(p: PartSpec): Vec3 {
  const r = rotationMatrix(p.rot ?? [0, 0, 0]);
  return r.map((row) => row.reduce((sum, v, i) => sum + Math.abs(v) * (p.size[i]! / 2), 0)) as Vec3;
}

/** Bounding box of a set of parts. */
export function bounds(parts: PartSpec[]): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const h = halfExtents(p);
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p.at[i]! - h[i]!);
      max[i] = Math.max(max[i]!, p.at[i]! + h[i]!);
    }
  }
  return { min, max };
}

/** A part's size after a world-axis scale: each local axis stretches by how the scale acts on its direction. */
export function scaledSize(p: PartSpec, s: Vec3): Vec3 {
  const r = rotationMatrix(p.rot ?? [0, 0, 0]);
  return p.size.map((d, i) => d * Math.hypot(r[0][i]! * s[0], r[1][i]! * s[1], r[2][i]! * s[2])) as Vec3;
}

/** Scale every part about the origin (positions and sizes), which keeps a grounded subject on the ground. */
export function scaleParts(parts: PartSpec[], s: Vec3): PartSpec[] {
  if (s.every((v) => v === 1)) return parts;
  return parts.map((p) => ({ ...p, size: scaledSize(p, s), at: p.at.map((v, i) => v * s[i]!) as Vec3 }));
}

/** Scale one role's parts in place; growth in height lifts whatever rested on top of them (a seat on taller legs). */
export function scaleRole(parts: PartSpec[], role: string, s: Vec3): PartSpec[] {
  const mine = parts.filter((p) => p.role === role);
  if (mine.length === 0 || s.every((v) => v === 1)) return parts;
  const { min, max } = bounds(mine);
  const base = min[2];
  const lift = (max[2] - base) * (s[2] - 1);
  return parts.map((p) => {
    if (p.role === role) {
      const size = scaledSize(p, s);
      return { ...p, size, at: [p.at[0], p.at[1], base + (p.at[2] - base) * s[2]] as Vec3 };
    }
    return p.at[2] > max[2] - 0.01 ? { ...p, at: [p.at[0], p.at[1], p.at[2] + lift] as Vec3 } : p;
  });
}

/** Move parts by an offset. */
export function moveParts(parts: PartSpec[], d: Vec3): PartSpec[] {
  return parts.map((p) => ({ ...p, at: p.at.map((v, i) => v + d[i]!) as Vec3 }));
}

/** Round to a millimetre-ish precision so generated code stays readable. */
export function tidy(v: number): number {
  return Math.round(v * 10000) / 10000;
}
