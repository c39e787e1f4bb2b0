import type { Task } from "@/lib/generated/prisma/client";
import type { Plan } from "@/lib/validations/plan";
import type { AgentRuntime } from "./agent-runtime";
import { generateStructured } from "./generate-structured";
import { llmPlanSchema, toPlan } from "./llm-schemas";
import { planJson, PLANNER_SYSTEM, REFINE_PLANNER_SYSTEM } from "./prompts";
import { REFERENCE_FOR_PLANNER, type Reference } from "./reference-image";

/** The planner: the task's prompt (or, for a refinement, the base plan plus feedback) → a plan in the shared shape. */
export async function planWithLlm({ rt, task, base, reference = null }: { rt: AgentRuntime; task: Task; base?: Plan; reference?: Reference | null }): Promise<Plan> {
  if (!base) {
    const ask = `Plan this model: "${task.prompt}" (quality: ${task.qualityLevel}).`;
    const content = reference ? [{ type: "text" as const, text: `${ask}\n${REFERENCE_FOR_PLANNER}` }, reference.part] : ask;
    const plan = await generateStructured({
      rt,
      schema: llmPlanSchema,
      request: { role: "planner", purpose: "plan", system: PLANNER_SYSTEM, messages: [{ role: "user", content }] },
    });
    return toPlan(plan);
  }
  const preserve = task.preserveAspects.length ? `\nPreserve: ${task.preserveAspects.join(", ")}.` : "";
  const plan = await generateStructured({
    rt,
    schema: llmPlanSchema,
    request: {
      role: "planner",
      purpose: "refine-plan",
      system: REFINE_PLANNER_SYSTEM,
      messages: [{ role: "user", content: `Current plan:\n${planJson(base)}\n\nFeedback: "${task.feedback ?? ""}"${preserve}` }],
    },
  });
  return toPlan(plan);
}
