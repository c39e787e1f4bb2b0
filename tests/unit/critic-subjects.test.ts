import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { SUBJECTS } from "@/lib/modeler/subjects";
import { statsFromPlan } from "../helpers/plan-stats";

// Every subject, every variant and every sample prompt, built exactly as planned: the critic must find nothing
// to complain about (tests/integration/modeler-prompts.test.ts repeats this on what Blender really built).
const prompts = [
  ...SUBJECTS.map((s) => `a ${s.name}`),
  ...SUBJECTS.flatMap((s) => Object.keys(s.variants ?? {}).map((v) => `a ${v}`)),
  ...(JSON.parse(readFileSync("tests/fixtures/modeler-prompts.json", "utf8")) as { prompt: string }[]).map((f) => f.prompt),
  "a table with four chairs around it", "a vase on a table", "a bed with a nightstand on each side", "an apple tree with red fruit",
];

describe("the critic on the modeler's own plans", () => {
  it.each(prompts)("%s scores 10", (prompt) => {
    for (const quality of ["draft", "high"] as const) {
      const plan = planFromPrompt({ prompt, quality });
      const c = critiqueScene({ plan, stats: statsFromPlan(plan) });
      expect(c.reasons.filter((r) => r.severity !== "info")).toEqual([]);
      expect(c.score).toBe(10);
    }
  });
});
