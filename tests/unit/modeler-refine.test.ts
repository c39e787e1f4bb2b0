import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { refinePlan } from "@/lib/modeler/refine-plan";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "standard" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name)!;
const group = (p: Plan, g: string) => p.parts.filter((x) => x.group === g);

describe("refinePlan: colours and materials", () => {
  it("recolours only the named part", () => {
    const before = plan("a chair");
    const { plan: after, changes, understood } = refinePlan({ plan: before, feedback: "make the legs black" });
    expect(understood).toBe(true);
    expect(changes).toEqual(["Made the legs black."]);
    for (const leg of group(after, "legs")) expect(leg.material.color_name).toBe("black");
    expect(named(after, "seat").material).toEqual(named(before, "seat").material);
    expect(after.parts.map((x) => x.name)).toEqual(before.parts.map((x) => x.name));
  });

  it("changes the whole subject's material but keeps explicit part colours", () => {
    const first = refinePlan({ plan: plan("a chair"), feedback: "paint the seat red" }).plan;
    const { plan: after } = refinePlan({ plan: first, feedback: "make it metal" });
    expect(named(after, "leg_1").material).toMatchObject({ name: "metal", metallic: 1 });
    expect(named(after, "seat").material.name).toBe("red_metal");
  });

  it("accepts materials after 'to' ('change the top to glass')", () => {
    const { plan: after } = refinePlan({ plan: plan("a table"), feedback: "change the top to glass" });
    expect(named(after, "top").material.transmission).toBe(1);
    expect(named(after, "leg_1").material.transmission).toBe(0);
  });

  it("leaves preserved parts alone on a subject-wide change", () => {
    const { plan: after, changes } = refinePlan({ plan: plan("a red chair"), feedback: "make it blue", preserve: ["seat"] });
    expect(named(after, "seat").material.color_name).toBe("red");
    expect(named(after, "leg_1").material.color_name).toBe("blue");
    const direct = refinePlan({ plan: plan("a chair"), feedback: "make the seat green", preserve: ["seat"] });
    expect(named(direct.plan, "seat").material.color_name).not.toBe("green");
    expect(direct.changes[0]).toMatch(/Kept the seat/);
    expect(changes).toEqual(["Made the whole chair blue."]);
  });
});

describe("refinePlan: sizes", () => {
  it("thinner legs keep their height and the seat stays put", () => {
    const before = plan("a chair");
    const { plan: after } = refinePlan({ plan: before, feedback: "make the legs thinner" });
    expect(named(after, "leg_1").dimensions[0]).toBeCloseTo(named(before, "leg_1").dimensions[0] * 0.75);
    expect(named(after, "leg_1").dimensions[2]).toBeCloseTo(named(before, "leg_1").dimensions[2]);
    expect(named(after, "seat")).toEqual(named(before, "seat"));
  });

  it("taller legs lift the seat and backrest", () => {
    const before = plan("a chair");
    const { plan: after } = refinePlan({ plan: before, feedback: "make the legs taller" });
    expect(named(after, "seat").position[2]).toBeGreaterThan(named(before, "seat").position[2] + 0.05);
    expect(named(after, "backrest").position[2]).toBeGreaterThan(named(before, "backrest").position[2] + 0.05);
  });

  it("'a bit bigger' scales less than 'much bigger', and the model stays on the ground", () => {
    const base = named(plan("a table"), "top").dimensions[0];
    const bit = refinePlan({ plan: plan("a table"), feedback: "make it a bit bigger" }).plan;
    const much = refinePlan({ plan: plan("a table"), feedback: "make it much bigger" }).plan;
    expect(named(bit, "top").dimensions[0]).toBeGreaterThan(base);
    expect(named(much, "top").dimensions[0]).toBeGreaterThan(named(bit, "top").dimensions[0]);
    expect(Math.min(...much.parts.map((x) => x.position[2] - x.dimensions[2] / 2))).toBeCloseTo(0);
  });
});

describe("refinePlan: counts and parts", () => {
  it.each([
    ["a bookshelf", "add two more shelves", "shelves", 6],
    ["a bookshelf with 5 shelves", "remove a shelf", "shelves", 4],
    ["a chair", "only three legs", "legs", 3],
    ["a chair", "give it 6 legs", "legs", 6],
    ["a car", "one more pair of wheels", "wheels", 6],
    ["a house", "no windows", "windows", 0],
  ])("%s + '%s' → %s = %i", (prompt, feedback, g, n) => {
    const before = plan(prompt);
    const { plan: after } = refinePlan({ plan: before, feedback });
    expect(after.counts[g]).toBe(n);
    expect(group(after, g)).toHaveLength(n);
  });

  it("clamps counts and says so", () => {
    const { plan: after, changes } = refinePlan({ plan: plan("a chair with 8 legs"), feedback: "add three more legs" });
    expect(after.counts.legs).toBe(8);
    expect(changes[0]).toMatch(/stay at 8/);
  });

  it("removes and adds optional parts", () => {
    const noBack = refinePlan({ plan: plan("a chair"), feedback: "remove the backrest" }).plan;
    expect(noBack.parts.some((x) => x.name === "backrest")).toBe(false);
    const arms = refinePlan({ plan: noBack, feedback: "add armrests" }).plan;
    expect(arms.parts.filter((x) => x.name.startsWith("armrest_"))).toHaveLength(2);
    expect(arms.parts.some((x) => x.name === "backrest")).toBe(false);
  });

  it("changes the style", () => {
    const { plan: after } = refinePlan({ plan: plan("a house"), feedback: "make it medieval" });
    expect(after.style).toBe("medieval");
    expect(named(after, "floor_1").material.name).toBe("stone");
  });
});

describe("refinePlan: what it cannot do", () => {
  it("reports unknown words and returns the plan untouched", () => {
    const before = plan("a chair");
    const r = refinePlan({ plan: before, feedback: "make it more whimsical" });
    expect(r.understood).toBe(false);
    expect(r.unknown_words).toEqual(["whimsical"]);
    expect(r.plan).toBe(before);
  });

  it("still recolours and scales a plan without modeler params (an LLM plan)", () => {
    const llm = plan("a table");
    llm.params = null;
    const { plan: after, understood } = refinePlan({ plan: llm, feedback: "make the legs red and make it bigger" });
    expect(understood).toBe(true);
    expect(group(after, "legs")[0].material.color_name).toBe("red");
    expect(named(after, "top").material.color_name).not.toBe("red");
    expect(named(after, "top").dimensions[0]).toBeGreaterThan(named(llm, "top").dimensions[0]);
  });
});

describe("refinePlan: everyday phrasing", () => {
  it("never changes the plan it was given", () => {
    const before = plan("a chair");
    const copy = structuredClone(before);
    refinePlan({ plan: before, feedback: "add two more legs and make it red" });
    expect(before).toEqual(copy);
  });

  it("'a little bit taller' grows a little; 'little' is not a size here", () => {
    const base = named(plan("a chair"), "backrest").position[2];
    const { plan: after, changes } = refinePlan({ plan: plan("a chair"), feedback: "please make it a little bit taller" });
    expect(changes).toEqual(["Made it taller."]);
    expect(named(after, "backrest").position[2]).toBeGreaterThan(base);
    expect(named(after, "backrest").position[2]).toBeLessThan(base * 1.25);
  });

  it("'double the legs' doubles; a length sets the size", () => {
    expect(refinePlan({ plan: plan("a chair"), feedback: "double the legs" }).plan.counts.legs).toBe(8);
    const tall = refinePlan({ plan: plan("a chair"), feedback: "make it 2 m tall" }).plan;
    expect(Math.max(...tall.parts.map((x) => x.position[2] + x.dimensions[2] / 2))).toBeCloseTo(2, 2);
  });

  it("a part this subject lacks is not understood, and nothing is scaled instead", () => {
    const r = refinePlan({ plan: plan("a chair"), feedback: "make the wheels bigger" });
    expect(r.understood).toBe(false);
    expect(r.unknown_words).toEqual(["wheels"]);
  });

  it("feedback naming a companion changes every one of them and nothing else", () => {
    const before = plan("a table with four chairs around it");
    const { plan: after, changes } = refinePlan({ plan: before, feedback: "make the chairs red" });
    expect(changes[0]).toMatch(/all 4 chairs/);
    for (const n of [1, 2, 3, 4]) expect(named(after, `chair${n}_seat`).material.color_name).toBe("red");
    expect(named(after, "top").material).toEqual(named(before, "top").material);
  });
});

describe("refinePlan: which words of the feedback were applied", () => {
  const blueChair = () => planFromPrompt({ prompt: "a blue chair", quality: "draft" });

  it("on a blue chair, 'look like a throne with a tall gold back' makes a throne with a gold-coloured back", () => {
    const r = refinePlan({ plan: blueChair(), feedback: "make it look like a throne with a tall gold back" });
    expect(r.plan.parts.some((p) => p.name.startsWith("armrest"))).toBe(true);
    const back = r.plan.parts.find((p) => p.name === "backrest")!;
    expect(back.material.color_name).toBe("gold");
    expect(r.applied_terms).toEqual(expect.arrayContaining(["throne", "tall", "gold", "back"]));
    expect(r.unapplied_terms).toEqual([]);
    expect(r.plan.interpretation).toMatchObject({ subject: "chair", applied_terms: r.applied_terms, unapplied_terms: [] });
  });

  it("names what it did not do: parts the subject lacks and other objects", () => {
    const r = refinePlan({ plan: blueChair(), feedback: "make the legs thinner, add gold wings and make it look like a car" });
    expect(r.applied_terms).toEqual(expect.arrayContaining(["thinner", "legs"]));
    expect(r.unapplied_terms).toEqual(expect.arrayContaining(["wings", "car"]));
    expect(r.plan.interpretation?.unapplied_terms).toEqual(r.unapplied_terms);
  });
});
