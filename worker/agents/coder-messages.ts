import type { ModelMessage } from "ai";
import type { Plan } from "@/lib/validations/plan";
import type { Passage } from "@/worker/rag/load-knowledge";
import { formatPassages } from "@/worker/rag/retrieve-passages";
import { listAmendments, type Amendment } from "./amend-plan";
import type { Problem } from "./llm-schemas";
import { listProblems, planJson } from "./prompts";

const notes = (passages: Passage[]) => `Blender notes for this model:\n${formatPassages(passages)}`;

/** What wins when a reviewer's words and the plan disagree; the same rule the critic was given. */
export const FIX_PRECEDENCE = `Precedence: the plan below wins. Keep every object named exactly as its plan part; change a planned size, place, turn or
colour only where the plan itself says so (the amendments listed are already in it). Where a problem's wording contradicts the plan,
follow the plan.`;

/** A refined import must keep loading its original: the harness provides import_original() only for such scripts. */
function importNote(code: string): string {
  return code.includes("import_original()")
    ? "\nThis script rebuilds an uploaded model: keep its `objects = import_original()` call (the harness provides it; it imports the stored original and returns the objects it made) and change those objects.\n"
    : "";
}

/** The coder's first message: the plan and the retrieved notes (plus, for a refinement, the script to change). */
export function firstCoderMessage({ plan, passages, quality, base }: { plan: Plan; passages: Passage[]; quality: string; base?: { code: string; feedback: string } }): ModelMessage {
  if (base) {
    return {
      role: "user",
      content: `${notes(passages)}\n\nThe current script:\n\`\`\`python\n${base.code}\n\`\`\`\n${importNote(base.code)}\nThe user's feedback: "${base.feedback}"\nThe new plan:\n${planJson(plan)}\n\nChange the script so the model matches the new plan; keep everything the feedback does not touch. Reply with the complete script.`,
    };
  }
  return { role: "user", content: `${notes(passages)}\n\nPlan (quality: ${quality}):\n${planJson(plan)}\n\nWrite the complete script.` };
}

/** The coder's message for a critic round: the (amended) plan, the script that ran and the problems to fix. */
export function fixMessage({ plan, passages, code, problems, amendments = [] }: { plan: Plan; passages: Passage[]; code: string; problems: Problem[]; amendments?: Amendment[] }): ModelMessage {
  const amended = amendments.length ? `\n\nThe reviewer amended the plan (already applied above):\n${listAmendments(amendments)}` : "";
  return {
    role: "user",
    content: `${notes(passages)}\n\nPlan:\n${planJson(plan)}${amended}\n\nThe script:\n\`\`\`python\n${code}\n\`\`\`\n${importNote(code)}\nA reviewer looked at the renders and found these problems:\n${listProblems(problems)}\n\n${FIX_PRECEDENCE}\n\nFix them and reply with the complete corrected script.`,
  };
}
