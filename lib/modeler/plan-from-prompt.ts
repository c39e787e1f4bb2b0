import type { QualityLevel } from "@/lib/assets/formats";
import type { Plan } from "@/lib/validations/plan";
import { assemblePlan } from "./assemble-plan";
import { parsePrompt } from "./parse-prompt";
import { suggestSubjects } from "./suggest-subjects";

const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(", ");

/** Why a prompt was refused, what is closest, and that an LLM can build it: shown on the failed task and in the preview. */
export function refusalMessage(unknown: string[], nearest = suggestSubjects(unknown)): string {
  const words = unknown.length ? `It did not understand ${quoted(unknown)}. ` : "It found no object to build. ";
  const near = nearest.map((s) => `a ${s}`).join(", ");
  return `${words}Nearest built-in objects: ${near}. A configured LLM provider (Settings) can build anything.`;
}

/** Parse everyday English into a structured plan; unrecognised prompts come back with the words it could not place. */
export function planFromPrompt(args: { prompt: string; quality: QualityLevel }): Plan {
  const parsed = parsePrompt(args.prompt, args.quality);
  if (!parsed.scene) {
    return {
      subject: "unknown", recognized: false, name: args.prompt.trim().slice(0, 80), style: null, size: null,
      counts: {}, colors: [], materials: [], parts: [], unknown_words: parsed.unknown,
      interpretation: { subject: null, modelled_terms: [], unmodelled_terms: parsed.unknown },
      notes: [refusalMessage(parsed.unknown)], params: null,
    };
  }
  const plan = assemblePlan(parsed.scene);
  plan.unknown_words = parsed.unknown;
  plan.interpretation = { subject: plan.subject, modelled_terms: parsed.modelled, unmodelled_terms: parsed.unmodelled };
  if (parsed.unmodelled.length) plan.notes.unshift(`Not modelled: ${parsed.unmodelled.join(", ")}.`);
  return plan;
}
