import type { Plan } from "@/lib/validations/plan";
import type { PlanChange, Problem } from "./llm-schemas";

/** One plan change a critic's fix made, as the trail and the coder see it. */
export interface Amendment {
  part: string;
  change: PlanChange;
}

/**
 * Applies the critic's explicit plan changes: the plan wins over a fix's words, so a fix that needs another size,
 * place, turn or colour must say so here, and the version keeps the amended plan. A change for a part the plan
 * does not have is refused (names follow the plan; a fix never renames or adds parts this way).
 */
export function amendPlan(plan: Plan, problems: Problem[]): { plan: Plan; applied: Amendment[]; refused: Amendment[] } {
  const applied: Amendment[] = [];
  const refused: Amendment[] = [];
  const parts = plan.parts.map((p) => ({ ...p, material: { ...p.material } }));
  for (const problem of problems) {
    const change = problem.plan_change;
    if (!change || Object.keys(change).length === 0) continue;
    const part = parts.find((p) => p.name === problem.part);
    if (!part) {
      refused.push({ part: problem.part ?? "(none)", change });
      continue;
    }
    if (change.dimensions) part.dimensions = change.dimensions;
    if (change.position) part.position = change.position;
    if (change.rotation) part.rotation = change.rotation;
    if (change.base_color) part.material.base_color = change.base_color;
    if (change.metallic !== undefined) part.material.metallic = change.metallic;
    if (change.roughness !== undefined) part.material.roughness = change.roughness;
    applied.push({ part: part.name, change });
  }
  return { plan: applied.length ? { ...plan, parts } : plan, applied, refused };
}

/** The amendments as lines for the coder's fix message. */
export const listAmendments = (list: Amendment[]) => list.map((a) => `- ${a.part}: ${JSON.stringify(a.change)}`).join("\n");
