import { readImportParams } from "@/lib/imports/import-plan";
import type { Plan } from "@/lib/validations/plan";
import type { SceneStats } from "@/worker/blender/types";

const baseName = (name: string) => name.replace(/\.\d{3}$/, "");
const quoted = (list: string[], max = 8) => list.slice(0, max).map((n) => `'${n}'`).join(", ") + (list.length > max ? ` and ${list.length - max} more` : "");

/**
 * When the script named its objects otherwise than the plan (planned names missing while unplanned names exist),
 * the repair request for the coder; null when every planned name is there or nothing was renamed. Names matter:
 * the critic, the counts and the user's later refinements find parts by them.
 */
export function namingProblem(plan: Plan, stats: SceneStats): string | null {
  // An imported scene's objects keep the names they came with; its plan maps each part to that object's name.
  const imported = readImportParams(plan)?.objects ?? {};
  const asPart = new Map(Object.entries(imported).map(([part, object]) => [object, part]));
  const built = stats.parts.filter((p) => p.triangles > 0).map((p) => asPart.get(p.name) ?? baseName(p.name));
  const planned = new Set(plan.parts.map((p) => p.name));
  const have = new Set(built);
  const missing = [...planned].filter((n) => !have.has(n));
  const unplanned = [...new Set(built.filter((n) => !planned.has(n)))];
  if (missing.length === 0 || unplanned.length === 0) return null;
  return `The script ran, but its objects are not named after the plan's parts. Planned names not found: ${quoted(missing)}. Objects with names the plan does not have: ${quoted(unplanned)}. Set obj.name to the plan part's exact name for every object (the plan's names win).`;
}
