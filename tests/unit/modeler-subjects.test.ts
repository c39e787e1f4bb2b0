import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planSchema } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { CLAIMED_TWICE, SUBJECTS } from "@/lib/modeler/subjects";
import { COLORS, colorRgb } from "@/lib/modeler/vocabulary/colors";

interface Fixture { prompt: string; subject: string; colors: string[]; counts: Record<string, number>; units: Record<string, string> }
const fixtures: Fixture[] = JSON.parse(readFileSync("tests/fixtures/modeler-prompts.json", "utf8"));

describe("subject registry", () => {
  it("knows at least 40 subjects and 20 colours", () => {
    expect(SUBJECTS.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(COLORS).length).toBeGreaterThanOrEqual(20);
  });

  it("gives every name, synonym and variant to one subject only", () => expect(CLAIMED_TWICE).toEqual([]));

  it.each(SUBJECTS.map((s) => [s.name, s] as const))("%s: several grounded parts with unique names and valid groups", (_, s) => {
    const plan = planFromPrompt({ prompt: `a ${s.name}`, quality: "standard" });
    expect(plan.subject).toBe(s.name);
    expect(plan.parts.length).toBeGreaterThanOrEqual(3);
    expect(new Set(plan.parts.map((p) => p.name)).size).toBe(plan.parts.length);
    expect(() => planSchema.parse(plan)).not.toThrow();
    // Unrotated parts only: their size is their world extent.
    const upright = plan.parts.filter((p) => p.rotation.every((r) => r === 0));
    const bottom = Math.min(...upright.map((p) => p.position[2] - p.dimensions[2] / 2));
    expect(bottom).toBeGreaterThan(-0.05);
    for (const p of plan.parts) for (const d of p.dimensions) expect(d).toBeGreaterThan(0);
    for (const [g, n] of Object.entries(plan.counts)) {
      const unit = s.groups![g].unit;
      expect(plan.parts.filter((p) => new RegExp(`^${unit}_\\d+$`).test(p.name)).length, `${g}`).toBe(n);
    }
  });

  it.each(SUBJECTS.flatMap((s) => s.synonyms.map((syn) => [syn, s.name] as const)))("synonym '%s' → %s", (syn, name) => {
    expect(planFromPrompt({ prompt: `a ${syn}`, quality: "draft" }).subject).toBe(name);
  });

  it.each([["two benches", "bench"], ["some bookshelves", "bookshelf"], ["three boxes of dice", "dice"], ["cacti", "cactus"], ["knives and swords", "kitchen knife"]])(
    "plural '%s' → %s",
    (prompt, name) => expect(planFromPrompt({ prompt, quality: "draft" }).subject).toBe(name),
  );
});

describe("tests/fixtures/modeler-prompts.json", () => {
  it("has at least 40 prompts", () => expect(fixtures.length).toBeGreaterThanOrEqual(40));

  it.each(fixtures.map((f) => [f.prompt, f] as const))("%s", (_, f) => {
    const plan = planFromPrompt({ prompt: f.prompt, quality: "draft" });
    expect(plan.subject).toBe(f.subject);
    expect(plan.unknown_words).toEqual([]);
    for (const c of f.colors) {
      // The integration test finds the colour by material name prefix and by base colour.
      const m = plan.parts.map((p) => p.material).find((x) => x.name.startsWith(`${c}_`));
      expect(m, c).toBeDefined();
      expect(m!.base_color).toEqual(colorRgb(c));
    }
    for (const [g, n] of Object.entries(f.counts)) {
      expect(plan.counts[g]).toBe(n);
      expect(plan.parts.filter((p) => new RegExp(`^${f.units[g]}_\\d+$`).test(p.name))).toHaveLength(n);
    }
  });
});
