import { z } from "zod";
import { planMaterialSchema, planPartSchema, planSchema, type Plan } from "@/lib/validations/plan";

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
});

/** An LLM plan completed into the shared Plan shape (lib/validations/plan.ts). */
export function toPlan(p: z.infer<typeof llmPlanSchema>): Plan {
  return planSchema.parse({ ...p, recognized: true, unknown_words: [], params: null });
}

/** One concrete thing the critic wants changed. */
export const problemSchema = z.object({
  severity: z.enum(["error", "warning"]).default("error"),
  part: z.string().nullable().default(null),
  issue: z.string().min(1),
  fix: z.string().default(""),
});
export type Problem = z.infer<typeof problemSchema>;

export const critiqueSchema = z.object({
  problems: z.array(problemSchema).default([]),
  summary: z.string().default(""),
});

/** The verifier's verdict: whether each raised problem was resolved, and the score with reasons. */
export const verdictSchema = z.object({
  checks: z.array(z.object({ issue: z.string(), resolved: z.boolean(), note: z.string().default("") })).default([]),
  score: z.number().min(0).max(10),
  reasons: z.array(z.string()).default([]),
});
export type Verdict = z.infer<typeof verdictSchema>;
