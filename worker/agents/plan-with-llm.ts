import type { Task } from "@/lib/generated/prisma/client";
import type { Plan } from "@/lib/validations/plan";
import type { AgentRuntime } from "./agent-runtime";
import { generateStructured } from "./generate-structured";
import { llmPlanSchema, toPlan } from "./llm-schemas";
import { planJson, PLANNER_SYSTEM, REFINE_PLANNER_SYSTEM } from "./prompts";

/** The planner: the task's prompt (or, for a refinement, the base plan plus feedback) → a plan in the shared shape. */
export async function planWithLlm({ rt, task, base }: { rt: AgentRuntime; task: Task; base?: Plan }): Promise<Plan> {
  if (!base) {
    const plan = await generateStructured({
      rt,
      schema: llmPlanSchema,
      request: { role: "planner", purpose: "plan", system: PLANNER_SYSTEM, messages: [{ role: "user", content: `Plan this model: "${task.prompt}" (quality: ${task.qualityLevel}).` }] },
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
