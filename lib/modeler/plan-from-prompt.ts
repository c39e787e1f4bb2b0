import type { QualityLevel } from "@/lib/assets/formats";
import type { Plan } from "@/lib/validations/plan";
import { assemblePlan } from "./assemble-plan";
import { parsePrompt } from "./parse-prompt";

/** Parse everyday English into a structured plan; unrecognised prompts come back with the words it could not place. */
export function planFromPrompt(args: { prompt: string; quality: QualityLevel }): Plan {
  const { scene, unknown } = parsePrompt(args.prompt, args.quality);
  if (!scene) {
    return {
      subject: "unknown", recognized: false, name: args.prompt.trim().slice(0, 80), style: null, size: null,
      counts: {}, colors: [], materials: [], parts: [], unknown_words: unknown,
      notes: ["No known subject in the prompt; try naming an object such as a chair, table, lamp, mug, tree or house."], params: null,
    };
  }
  const plan = assemblePlan(scene);
  plan.unknown_words = unknown;
  if (unknown.length) plan.notes.unshift(`Ignored words: ${unknown.join(", ")}.`);
  return plan;
}
