import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;

describe("building kinds: each word builds its own structure", () => {
  it.each([
    ["a church", "church"], ["a chapel", "church"], ["a village church", "church"],
    ["a temple", "temple"], ["a greek temple", "temple"], ["the parthenon", "temple"],
    ["a silo", "silo"], ["a grain silo", "silo"],
    ["a water tower", "water tower"], ["a watertower", "water tower"],
    ["a yurt", "yurt"], ["a mongolian yurt", "yurt"],
    ["a treehouse", "treehouse"], ["a tree house", "treehouse"], ["a tree fort", "treehouse"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a red church paints its walls and tower and keeps the charcoal steeple; a steeple colour lands on the steeple", () => {
    const p = plan("a red church");
    expect(colorOf(p, "nave")).toBe("red");
    expect(colorOf(p, "tower")).toBe("red");
    expect(colorOf(p, "steeple")).toBe("charcoal");
    const s = plan("a church with a green steeple");
    expect(s.subject).toBe("church");
    expect(colorOf(s, "steeple")).toBe("green");
  });

  it("a church without a cross has none; a treehouse without a ladder has no rails or rungs", () => {
    expect(named(plan("a church"), "cross")).toBeDefined();
    expect(named(plan("a church without a cross"), "cross")).toBeUndefined();
    const t = plan("a treehouse without a ladder");
    expect(t.parts.some((x) => /^(ladder|rung)/.test(x.name))).toBe(false);
    expect(named(t, "walls")).toBeDefined();
  });

  it("a blue yurt paints the felt and keeps its orange door; a water tower with a red tank is red only on the tank", () => {
    const y = plan("a blue yurt");
    expect(colorOf(y, "walls")).toBe("blue");
    expect(colorOf(y, "door")).toBe("orange");
    const w = plan("a water tower with a red tank");
    expect(colorOf(w, "tank")).toBe("red");
    expect(colorOf(w, "leg_1")).toBe("gray");
  });

  it("neighbours keep their words: a tower, sunglasses' temples, a house and a cabin", () => {
    expect(plan("a tower").subject).toBe("tower");
    expect(plan("a bell tower").subject).toBe("tower");
    expect(plan("sunglasses with red temples").subject).toBe("sunglasses");
    expect(plan("a house").subject).toBe("house");
    expect(plan("a small cabin").subject).toBe("house");
    expect(plan("a tree").subject).toBe("tree");
  });
});
