import type { Plan } from "@/lib/validations/plan";
import type { ObjectStat, SceneStats } from "@/worker/blender/types";
import { halfExtents } from "@/lib/modeler/transform";

type V3 = [number, number, number];

/** One hand-made part report: a named box from min to max corner. */
export function statPart(name: string, min: V3, max: V3, extra: Partial<ObjectStat> = {}): ObjectStat {
  return { name, type: "MESH", vertices: 8, triangles: 12, bbox_min: min, bbox_max: max, materials: [], ...extra };
}

/** A scene report around the given parts, as the Blender harness would write it. */
export function sceneStats(parts: ObjectStat[], materials: SceneStats["materials"] = []): SceneStats {
  const min = [0, 1, 2].map((i) => Math.min(...parts.map((p) => p.bbox_min[i]))) as V3;
  const max = [0, 1, 2].map((i) => Math.max(...parts.map((p) => p.bbox_max[i]))) as V3;
  return {
    objects: parts.length, meshes: parts.filter((p) => p.triangles > 0).length,
    vertices: parts.reduce((s, p) => s + p.vertices, 0), triangles: parts.reduce((s, p) => s + p.triangles, 0),
    materials, bbox: { min, max, size: [0, 1, 2].map((i) => max[i] - min[i]) as V3 }, parts,
  };
}

/** The report Blender would give for a plan built exactly as planned (bounding boxes from sizes and rotations). */
export function statsFromPlan(plan: Plan): SceneStats {
  const parts = plan.parts.map((p) => {
    const h = halfExtents({ name: p.name, shape: p.shape, size: p.dimensions, at: p.position, rot: p.rotation, role: "" });
    return statPart(p.name, p.position.map((v, i) => v - h[i]) as V3, p.position.map((v, i) => v + h[i]) as V3, { materials: [p.material.name] });
  });
  const materials = [...new Map(plan.parts.map((p) => [p.material.name, p.material])).values()].map((m) => ({
    name: m.name, base_color: [...m.base_color, 1] as [number, number, number, number], metallic: m.metallic, roughness: m.roughness,
  }));
  return sceneStats(parts, materials);
}
