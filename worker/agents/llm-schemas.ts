import { z } from "zod";
import { planMaterialSchema, planPartSchema, planSchema, rgbSchema, type Plan } from "@/lib/validations/plan";
import { planConsistencyProblems } from "@/lib/validations/plan-consistency";

/** The plan as an LLM writes it: the built-in plan's shape without the fields only the built-in modeler fills. */
export const llmPlanSchema = z.object({
  subject: z.string().min(1),
  name: z.string().min(1),
  style: z.string().nullable().default(null),
  size: z.string().nullable().default(null),
  counts: z.record(z.string(), z.number().int()).default({}),
  colors: z.array(z.string()).default([]),
  materials: z.array(z.string()).default([]),
  // kind and finish are the built-in modeler's texture choices; an LLM's coder picks its own from the plan's words.
  parts: z.array(planPartSchema.extend({ material: planMaterialSchema.omit({ kind: true, finish: true }).extend({ color_name: z.string().nullable().default(null) }) })).min(1),
  notes: z.array(z.string()).default([]),
}).superRefine((plan, ctx) => {
  // Contradictions go back to the planner as a repair request, like a wrong field type.
  for (const message of planConsistencyProblems(plan)) ctx.addIssue({ code: "custom", path: ["parts"], message });
});

/** An LLM plan completed into the shared Plan shape (lib/validations/plan.ts). */
export function toPlan(p: z.infer<typeof llmPlanSchema>): Plan {
  return planSchema.parse({ ...p, recognized: true, unknown_words: [], params: null });
}

const vec3 = z.tuple([z.number(), z.number(), z.number()]);

/**
 * A change to the plan that a fix needs, stated explicitly: the plan is what the coder follows and the version
 * keeps, so a fix that changes a planned size, place or colour says so here. Names are never changed.
 */
export const planChangeSchema = z.object({
  dimensions: vec3.optional(),
  position: vec3.optional(),
  rotation: vec3.optional(),
  base_color: rgbSchema.optional(),
  metallic: z.number().min(0).max(1).optional(),
  roughness: z.number().min(0).max(1).optional(),
});
export type PlanChange = z.infer<typeof planChangeSchema>;

/** One concrete thing the critic wants changed. */
export const problemSchema = z.object({
  severity: z.enum(["error", "warning"]).default("error"),
  part: z.string().nullable().default(null),
  issue: z.string().min(1),
  fix: z.string().default(""),
  /** The plan amendment this fix needs (for `part`), or null when the fix only brings the build in line with the plan. */
  plan_change: planChangeSchema.nullable().default(null),
});
export type Problem = z.infer<typeof problemSchema>;

export const critiqueSchema = z.object({
  problems: z.array(problemSchema).default([]),
  summary: z.string().default(""),
});

/** The verifier's verdict: whether each raised problem was resolved (only asked when some were), and the score with reasons. */
export const verdictSchema = z.object({
  checks: z.array(z.object({ issue: z.string(), resolved: z.boolean(), note: z.string().default("") })).default([]),
  score: z.number().min(0).max(10),
  reasons: z.array(z.string()).default([]),
});
/** The verdict when no problems were raised: a score with reasons, nothing to check off. */
export const scoreOnlySchema = verdictSchema.omit({ checks: true });
export type Verdict = z.infer<typeof verdictSchema>;
