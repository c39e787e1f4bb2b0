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
  return r.map((row) => row.reduce((sum, v, i) => sum + Math.abs(v) * (p.size[i] / 2), 0)) as Vec3;
}

/** Bounding box of a set of parts. */
export function bounds(parts: PartSpec[]): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const h = halfExtents(p);
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i], p.at[i] - h[i]);
      max[i] = Math.max(max[i], p.at[i] + h[i]);
    }
  }
  return { min, max };
}

/** A part's size after a world-axis scale: each local axis stretches by how the scale acts on its direction. */
export function scaledSize(p: PartSpec, s: Vec3): Vec3 {
  const r = rotationMatrix(p.rot ?? [0, 0, 0]);
  return p.size.map((d, i) => d * Math.hypot(r[0][i] * s[0], r[1][i] * s[1], r[2][i] * s[2])) as Vec3;
}

/** Scale every part about the origin (positions and sizes), which keeps a grounded subject on the ground. */
export function scaleParts(parts: PartSpec[], s: Vec3): PartSpec[] {
  if (s.every((v) => v === 1)) return parts;
  return parts.map((p) => ({ ...p, size: scaledSize(p, s), at: p.at.map((v, i) => v * s[i]) as Vec3 }));
}

/** The roles a role sits on, nearest first (whiskers → muzzle → head). */
function hostChain(role: string, hosts: Record<string, string>): string[] {
  const out: string[] = [];
  for (let r = hosts[role]; r && !out.includes(r); r = hosts[r]) out.push(r);
  return out;
}

/**
 * Scale one role's parts in place; growth in height lifts whatever rested on top of them (a seat on taller legs).
 * Parts hosted on the role (`hosts`: role → the role it sits on, as eyes on a head) resize with it and keep their
 * place on its nearest part; hosted parts elsewhere rise exactly when their host does.
 */
export function scaleRole(parts: PartSpec[], role: string, s: Vec3, hosts: Record<string, string> = {}): PartSpec[] {
  const mine = parts.filter((p) => p.role === role);
  if (mine.length === 0 || s.every((v) => v === 1)) return parts;
  const { min, max } = bounds(mine);
  const base = min[2];
  const lift = (max[2] - base) * (s[2] - 1);
  const rises = (p: PartSpec) => p.at[2] > max[2] - 0.01;
  return parts.map((p) => {
    const chain = hostChain(p.role, hosts);
    if (p.role === role) {
      const size = scaledSize(p, s);
      return { ...p, size, at: [p.at[0], p.at[1], base + (p.at[2] - base) * s[2]] as Vec3 };
    }
    if (chain.includes(role)) {
      const dist = (q: PartSpec) => Math.hypot(...q.at.map((v, i) => v - p.at[i]));
      const h = mine.reduce((a, b) => (dist(b) < dist(a) ? b : a));
      const at: Vec3 = [h.at[0] + (p.at[0] - h.at[0]) * s[0], h.at[1] + (p.at[1] - h.at[1]) * s[1], base + (p.at[2] - base) * s[2]];
      return { ...p, size: scaledSize(p, s), at };
    }
    const root = chain.length ? (parts.find((q) => q.role === chain.at(-1)) ?? p) : p;
    return rises(root) ? { ...p, at: [p.at[0], p.at[1], p.at[2] + lift] as Vec3 } : p;
  });
}

/**
 * A role scale that stretches X alone is a "long"/"longer" request; on a part that means along the part's own
 * length (a raised tail, legs, a snowman's nose), so it goes to the axis the role's parts are longest along.
 */
export function lengthwise(parts: PartSpec[], role: string, s: Vec3): Vec3 {
  if (s[0] === 1 || s[1] !== 1 || s[2] !== 1) return s;
  const reach = [0, 0, 0];
  for (const p of parts) if (p.role === role) halfExtents(p).forEach((h, i) => (reach[i] += h));
  const out: Vec3 = [1, 1, 1];
  out[reach.indexOf(Math.max(...reach))] = s[0];
  return out;
}

/** Move parts by an offset. */
export function moveParts(parts: PartSpec[], d: Vec3): PartSpec[] {
  return parts.map((p) => ({ ...p, at: p.at.map((v, i) => v + d[i]) as Vec3 }));
}

/** Round to a millimetre-ish precision so generated code stays readable. */
export function tidy(v: number): number {
  return Math.round(v * 10000) / 10000;
}
