import type { Plan } from "@/lib/validations/plan";
import type { ObjectStat, SceneStats } from "@/worker/blender/types";
import { halfExtents } from "@/lib/modeler/transform";

/** Blender adds ".001" to a name already taken; the plan's name is what came before. */
const baseName = (name: string) => name.replace(/\.\d{3}$/, "");
// Linear RGB difference still the same colour after float round-trips through Blender and the GLB.
const COLOR_TOLERANCE = 0.02;

/** Planned parts not built: by name when the code kept the plan's names, else by how many fewer meshes there are. */
export function missingParts(plan: Plan, meshes: ObjectStat[]): { count: number; names: string[] } {
  const built = new Set(meshes.map((m) => baseName(m.name)));
  const absent = plan.parts.map((p) => p.name).filter((n) => !built.has(n));
  if (absent.length < plan.parts.length) return { count: absent.length, names: absent };
  return { count: Math.max(0, plan.parts.length - meshes.length), names: [] };
}

/** Planned groups whose built count differs: group, expected, built. */
export function wrongCounts(plan: Plan, meshes: ObjectStat[]): Array<{ group: string; expected: number; found: number }> {
  const built = new Set(meshes.map((m) => baseName(m.name)));
  const out = [];
  for (const [group, expected] of Object.entries(plan.counts)) {
    const names = plan.parts.filter((p) => p.group === group).map((p) => p.name);
    const found = names.filter((n) => built.has(n)).length;
    if (names.length && found !== expected) out.push({ group, expected, found });
  }
  return out;
}

/** Planned parts built with another colour than planned (matched by name; parts the code renamed are skipped). */
export function wrongColors(plan: Plan, stats: SceneStats): string[] {
  const byName = new Map(stats.parts.map((p) => [baseName(p.name), p]));
  const materials = new Map(stats.materials.map((m) => [m.name, m]));
  const out: string[] = [];
  for (const part of plan.parts) {
    const built = byName.get(part.name);
    if (!built || built.triangles === 0) continue;
    const mat = built.materials[0] ? materials.get(built.materials[0]) : undefined;
    const same = mat && part.material.base_color.every((v, i) => Math.abs(v - mat.base_color[i]) <= COLOR_TOLERANCE);
    if (!same) out.push(part.name);
  }
  return out;
}

/** The axis on which the built model's size differs most from the plan's, when it differs by more than a quarter. */
export function sizeMismatch(plan: Plan, stats: SceneStats): { axis: string; planned: number; built: number } | null {
  if (plan.parts.length === 0) return null;
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const p of plan.parts) {
    const h = halfExtents({ name: p.name, shape: p.shape, size: p.dimensions, at: p.position, rot: p.rotation, role: "" });
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], p.position[i] - h[i]);
      hi[i] = Math.max(hi[i], p.position[i] + h[i]);
    }
  }
  let worst: { axis: string; planned: number; built: number } | null = null;
  for (let i = 0; i < 3; i++) {
    const planned = hi[i] - lo[i], built = stats.bbox.size[i];
    const off = Math.abs(built - planned) / Math.max(planned, 1e-6);
    // Curved parts and bevels change a box by a few percent; a quarter and 5 cm more is another model.
    if (off > 0.25 && Math.abs(built - planned) > 0.05 && (!worst || off > Math.abs(worst.built - worst.planned) / worst.planned)) {
      worst = { axis: "xyz"[i], planned, built };
    }
  }
  return worst;
}

/** Off by more than a quarter and more than 5 cm: another size, not a bevel or a rounding. */
const offSize = (planned: number, built: number) => Math.abs(built - planned) > 0.05 && Math.abs(built - planned) / Math.max(planned, 1e-6) > 0.25;

/**
 * Planned parts built at another size, compared like with like: the plan's own-frame dimensions with the part's
 * own-frame size from the report, or (when the code baked the turn into the vertices) the plan's rotated box with
 * the world box. A tilted part built to plan matches one of the two. Parts without an own size (old reports) are skipped.
 */
export function wrongPartSizes(plan: Plan, stats: SceneStats): Array<{ name: string; planned: number[]; built: number[] }> {
  const byName = new Map(stats.parts.map((p) => [baseName(p.name), p]));
  const out = [];
  for (const part of plan.parts) {
    const built = byName.get(part.name);
    if (!built?.dimensions || built.triangles === 0) continue;
    const ownOff = part.dimensions.some((d, i) => offSize(d, built.dimensions![i]));
    if (!ownOff) continue;
    const h = halfExtents({ name: part.name, shape: part.shape, size: part.dimensions, at: part.position, rot: part.rotation, role: "" });
    const worldOff = h.some((v, i) => offSize(2 * v, built.bbox_max[i] - built.bbox_min[i]));
    if (worldOff) out.push({ name: part.name, planned: part.dimensions, built: built.dimensions });
  }
  return out;
}
