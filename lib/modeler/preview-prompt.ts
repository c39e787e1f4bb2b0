import type { QualityLevel } from "@/lib/assets/formats";
import { planFromPrompt, refusalMessage } from "./plan-from-prompt";
import { suggestSubjects } from "./suggest-subjects";

/**
 * What the built-in modeler would make of a prompt, without building anything: the object, the words it models and
 * those it leaves out, or why it refuses and the nearest objects it knows.
 */
export function previewPrompt(prompt: string, quality: QualityLevel = "standard") {
  const plan = planFromPrompt({ prompt, quality });
  const interpretation = plan.interpretation ?? { subject: null, modelled_terms: [], unmodelled_terms: plan.unknown_words };
  const suggestions = plan.recognized ? [] : suggestSubjects(plan.unknown_words);
  return {
    recognized: plan.recognized,
    subject: plan.recognized ? plan.subject : null,
    name: plan.recognized ? plan.name : null,
    interpretation,
    notes: plan.recognized ? plan.notes : [],
    message: plan.recognized ? null : refusalMessage(plan.unknown_words, suggestions),
    suggestions,
  };
}

export type PromptPreview = ReturnType<typeof previewPrompt>;
