import type { Plan, PlanMaterial, PlanPart } from "@/lib/validations/plan";
import type { ModelFormat } from "./formats";

/** What an imported plan's `params.import` holds: how to rebuild the scene, and each part as it was imported. */
export interface ImportParams {
  /** The version's copy of the upload (original.<ext>) and the format of the model inside. */
  original: string;
  model: ModelFormat;
  /** A zip's model entry. */
  entry: string | null;
  normalize: boolean;
  /** Part name → the Blender object it stands for. */
  objects: Record<string, string>;
  /** The parts as the import made them; refined parts differ from these, and the code applies the difference. */
  imported: PlanPart[];
}

/** A scene part as the harness reports it (worker/blender/types.ts ObjectStat), without the worker's types. */
interface ObjectStat {
  name: string;
  type: string;
  vertices: number;
  bbox_min: [number, number, number];
  bbox_max: [number, number, number];
  materials: string[];
}

interface MaterialStat {
  name: string;
  base_color: [number, number, number, number];
  metallic: number;
  roughness: number;
}

/** The import params of a plan, or null when the plan did not come from an import. */
export function readImportParams(plan: Plan): ImportParams | null {
  const p = (plan.params as { import?: ImportParams } | null)?.import;
  return p && typeof p.original === "string" && Array.isArray(p.imported) ? p : null;
}

/** Feedback finds parts by words, so an object's name becomes lower-case words joined by '_' ("Chair Leg.001" → chair_leg_001). */
function partName(objectName: string, taken: Set<string>): string {
  const base = objectName.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "") || "part";
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

function materialOf(names: string[], materials: MaterialStat[]): PlanMaterial {
  const m = materials.find((x) => x.name === names[0]);
  const rgb = (m?.base_color ?? [0.8, 0.8, 0.8, 1]).slice(0, 3).map((c) => Math.min(1, Math.max(0, c))) as [number, number, number];
  return { name: m?.name ?? "imported", color_name: null, base_color: rgb, metallic: m?.metallic ?? 0, roughness: m?.roughness ?? 0.5, transmission: 0, emission: 0 };
}

const round = (v: number) => Math.round(v * 1e5) / 1e5;

/**
 * The plan of an imported scene, from what Blender reported after importing it: one part per mesh object (its
 * bounding box and first material), so feedback can name parts and the planner of an LLM can read the scene.
 */
export function planFromImport({ name, original, model, entry, normalize, parts, materials, notes }: {
  name: string;
  original: string;
  model: ModelFormat;
  entry: string | null;
  normalize: boolean;
  parts: ObjectStat[];
  materials: MaterialStat[];
  notes: string[];
}): Plan {
  const taken = new Set<string>();
  const objects: Record<string, string> = {};
  const planParts: PlanPart[] = parts
    .filter((p) => p.type === "MESH" && p.vertices > 0)
    .map((p) => {
      const part = partName(p.name, taken);
      objects[part] = p.name;
      return {
        name: part,
        shape: "imported",
        dimensions: p.bbox_max.map((v, i) => round(v - p.bbox_min[i])) as [number, number, number],
        position: p.bbox_max.map((v, i) => round((v + p.bbox_min[i]) / 2)) as [number, number, number],
        rotation: [0, 0, 0],
        material: materialOf(p.materials, materials),
        group: null,
      };
    });
  const params: ImportParams = { original, model, entry, normalize, objects, imported: structuredClone(planParts) };
  return {
    subject: "imported model",
    recognized: true,
    name,
    style: null,
    size: null,
    counts: {},
    colors: [],
    materials: [],
    parts: planParts,
    unknown_words: [],
    interpretation: null,
    notes,
    params: { import: params },
  };
}
