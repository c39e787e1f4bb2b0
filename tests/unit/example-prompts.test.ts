import { describe, expect, it } from "vitest";
import { EXAMPLE_PROMPTS } from "@/components/generate/example-prompts";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

describe("the Generate page's example prompts", () => {
  it.each(EXAMPLE_PROMPTS)("the built-in modeler understands every word of %s", (prompt) => {
    const plan = planFromPrompt({ prompt, quality: "draft" });
    expect(plan.recognized).toBe(true);
    expect(plan.unknown_words).toEqual([]);
  });
});
