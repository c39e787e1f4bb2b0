import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const units = (p: Plan, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name));

describe("hats: each word builds its own hat", () => {
  it.each([
    ["a top hat", "top hat"], ["a stetson", "cowboy hat"], ["a trucker cap", "baseball cap"], ["a straw hat", "sun hat"],
    ["a wizard hat", "witch hat"], ["a bobble hat", "beanie"], ["a royal crown", "crown"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a snowman with a top hat stays a snowman; a chicken with a red crown stays a chicken", () => {
    expect(plan("a snowman with a top hat").subject).toBe("snowman");
    expect(plan("a chicken with a red crown").subject).toBe("chicken");
  });

  it("a crown counts its points, a beanie drops its pompom, a red cap is red", () => {
    expect(units(plan("a crown with 8 points"), "point")).toHaveLength(8);
    expect(named(plan("a beanie without a pompom"), "pompom")).toBeUndefined();
    expect(named(plan("a red baseball cap"), "crown")!.material.color_name).toBe("red");
  });
});
