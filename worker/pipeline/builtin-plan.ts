import type { QualityLevel } from "@/lib/assets/formats";
import type { Task } from "@/lib/generated/prisma/client";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt, refusalMessage } from "@/lib/modeler/plan-from-prompt";
import { readSceneSpec } from "@/lib/modeler/assemble-plan";
import { refinedReading } from "@/lib/modeler/interpretation";
import { refinePlan } from "@/lib/modeler/refine-plan";
import { getSubject } from "@/lib/modeler/subjects";
import { PermanentTaskError } from "@/worker/pipeline/errors";

const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(", ");

/** The built-in modeler's plan for a new asset; a prompt it cannot model fails with the words it did not know. */
export function planNewAsset(task: Task): { plan: Plan; notes: string[] } {
  const plan = planFromPrompt({ prompt: task.prompt, quality: task.qualityLevel as QualityLevel });
  if (!plan.recognized) {
    const message = `The built-in modeler does not know how to build "${task.prompt}". ${refusalMessage(plan.unknown_words)}`;
    throw new PermanentTaskError("prompt_not_understood", message, plan.interpretation ?? undefined);
  }
  return { plan, notes: plan.notes };
}

/** Parts of the refined subject by the words feedback can use ("seat, legs, backrest"), for the error message. */
function partWords(plan: Plan): string {
  const spec = readSceneSpec(plan);
  if (!spec) return [...new Set(plan.parts.map((p) => p.group ?? p.name.replace(/_\d+$/, "")))].slice(0, 8).join(", ");
  return Object.keys(getSubject(spec.instances[0].subject).roles).map((r) => r.replace(/_/g, " ")).join(", ");
}

/** The built-in modeler's refinement of a plan from feedback; feedback it cannot act on fails with what it missed. */
export function refineWithBuiltin({ plan, task }: { plan: Plan; task: Task }): { plan: Plan; changes: string[] } {
  const feedback = (task.feedback ?? "").trim();
  const result = refinePlan({ plan, feedback, preserve: task.preserveAspects });
  if (!result.understood || result.changes.length === 0) {
    const missed = result.unknown_words.length
      ? `did not understand ${quoted(result.unknown_words)}`
      : "found no change it knows how to make in it";
    throw new PermanentTaskError(
      "feedback_not_understood",
      `The built-in modeler could not act on "${feedback}": it ${missed}. It understands colours and materials ("make the legs black", ` +
        `"make it oak"), sizes ("bigger", "smaller", "taller", "wider", "thinner legs", "2 m tall"), counts ("add two legs", "fewer legs") ` +
        `and adding or removing a part ("remove the backrest"); this ${plan.subject}'s parts are: ${partWords(plan)}. ` +
        `Configure an LLM provider in Settings for other changes.`,
      refinedReading(plan, { applied_terms: [], unapplied_terms: result.unapplied_terms.length ? result.unapplied_terms : result.unknown_words }),
    );
  }
  // Partly understood feedback still makes a version; the trail says what was left out.
  const ignored = result.unapplied_terms.length ? [`Not applied: ${quoted(result.unapplied_terms)}.`] : [];
  return { plan: result.plan, changes: [...result.changes, ...ignored] };
}
