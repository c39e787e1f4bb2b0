import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const built = (p: Plan) => (p.recognized ? p.subject : null);
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const materialOf = (p: Plan, name: string) => named(p, name)?.material.name;
const units = (p: Plan, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name));

describe("household and kitchen kinds: each word builds its own object", () => {
  it.each([
    ["a fork", "fork"], ["a dinner fork", "fork"], ["a spoon", "spoon"], ["a wooden spoon", "spoon"], ["a teaspoon", "spoon"],
    ["a knife", "kitchen knife"], ["a kitchen knife", "kitchen knife"], ["a bread knife", "kitchen knife"],
    ["a pillow", "pillow"], ["a cushion", "pillow"], ["a throw pillow", "pillow"],
    ["an aquarium", "aquarium"], ["a fish tank", "aquarium"],
    ["a desk fan", "desk fan"], ["a fan", "desk fan"], ["an electric fan", "desk fan"], ["a pedestal fan", "desk fan"],
    ["a washing machine", "washing machine"], ["a front loading washing machine", "washing machine"],
    ["a fridge", "fridge"], ["a refrigerator", "fridge"], ["a stainless steel fridge", "fridge"],
    ["an oven", "oven"], ["a stove", "oven"], ["a cooker", "oven"], ["a gas stove", "oven"],
    ["a microwave", "microwave"], ["a microwave oven", "microwave"], ["a toaster", "toaster"],
    ["a kitchen blender", "kitchen blender"], ["a smoothie blender", "kitchen blender"],
    ["a coffee machine", "coffee machine"], ["a coffee maker", "coffee machine"], ["an espresso machine", "coffee machine"],
    ["a sink", "sink"], ["a kitchen sink", "sink"], ["a toilet", "toilet"], ["a bathtub", "bathtub"], ["a bath tub", "bathtub"], ["a clawfoot tub", "bathtub"],
  ])("%s → %s", (prompt, subject) => expect(built(plan(prompt))).toBe(subject));
});

describe("colours and materials land where a person means them", () => {
  it("a red kitchen knife has a red handle and a steel blade; a knife with a wooden handle keeps a steel blade", () => {
    const p = plan("a red kitchen knife");
    expect(colorOf(p, "handle")).toBe("red");
    expect(materialOf(p, "blade")).toMatch(/steel/);
    const wood = plan("a knife with a wooden handle");
    expect(materialOf(wood, "handle")).toMatch(/wood/);
    expect(materialOf(wood, "blade")).toMatch(/steel/);
  });

  it("a wooden spoon is wood all over", () => {
    const p = plan("a wooden spoon");
    expect(materialOf(p, "bowl")).toMatch(/wood/);
    expect(materialOf(p, "handle")).toMatch(/wood/);
  });

  it("a red toaster keeps black slots; a toaster with a blue lever has a blue lever", () => {
    const p = plan("a red toaster");
    expect(colorOf(p, "body")).toBe("red");
    expect(colorOf(p, "slot_1")).toBe("black");
    expect(colorOf(plan("a toaster with a blue lever"), "lever")).toBe("blue");
  });

  it("a black fridge paints cabinet and doors and keeps silver handles; a desk fan with red blades keeps its white base", () => {
    const p = plan("a black fridge");
    expect(colorOf(p, "cabinet")).toBe("black");
    expect(colorOf(p, "fridge_door")).toBe("black");
    expect(colorOf(p, "fridge_handle")).toBe("silver");
    const fan = plan("a desk fan with red blades");
    expect(colorOf(fan, "blade_1")).toBe("red");
    expect(colorOf(fan, "base")).toBe("white");
  });

  it("a toilet with a black seat keeps a white bowl; a red washing machine keeps its dark porthole", () => {
    const p = plan("a toilet with a black seat");
    expect(colorOf(p, "seat")).toBe("black");
    expect(colorOf(p, "bowl")).toBe("white");
    const w = plan("a red washing machine");
    expect(colorOf(w, "cabinet")).toBe("red");
    expect(colorOf(w, "window")).toBe("charcoal");
  });
});

describe("parts a person adds, removes or counts", () => {
  it("an aquarium is open until a lid is asked for; without fish it has none", () => {
    expect(named(plan("an aquarium"), "lid")).toBeUndefined();
    expect(named(plan("an aquarium with a lid"), "lid")).toBeDefined();
    expect(units(plan("an aquarium without fish"), "fish")).toHaveLength(0);
  });

  it("a toaster with toast has a slice in each slot; a four slot toaster has four", () => {
    expect(units(plan("a toaster"), "toast")).toHaveLength(0);
    expect(units(plan("a toaster with toast"), "toast")).toHaveLength(2);
    expect(units(plan("a toaster with 4 slots"), "slot")).toHaveLength(4);
  });

  it("counts fork tines, fan blades and hob burners", () => {
    expect(units(plan("a fork with 3 tines"), "tine")).toHaveLength(3);
    expect(units(plan("a fan with 5 blades"), "blade")).toHaveLength(5);
    expect(units(plan("a stove with 6 burners"), "burner")).toHaveLength(6);
  });

  it("a pedestal fan stands taller than a desk fan; a cushion is squarer than a pillow", () => {
    const top = (p: Plan) => Math.max(...p.parts.map((x) => x.position[2] + x.dimensions[2] / 2));
    expect(top(plan("a pedestal fan"))).toBeGreaterThan(top(plan("a desk fan")) + 0.5);
    const width = (p: Plan) => named(p, "loft")!.dimensions[0];
    expect(width(plan("a cushion"))).toBeLessThan(width(plan("a pillow")));
  });

  it("a toilet without a lid, a blender without a lid and a slow cooker without a lid drop it (and the cooker's knob)", () => {
    expect(named(plan("a toilet without a lid"), "lid")).toBeUndefined();
    expect(named(plan("a kitchen blender without a lid"), "lid")).toBeUndefined();
    const cooker = plan("a slow cooker without a lid");
    expect(named(cooker, "lid")).toBeUndefined();
    expect(named(cooker, "knob")).toBeUndefined();
  });
});

describe("words these kinds share with other objects still read right", () => {
  it.each([
    ["a flower pot", "flower pot"], ["a teapot", "teapot"], ["a fish", "fish"], ["a coffee table", "table"], ["a coffee pot", "teapot"],
    ["a chair with a red cushion", "chair"], ["a sofa with a red cushion", "sofa"], ["a bed with a red pillow", "bed"],
    ["a cat sleeping on a cushion", "cat"], ["a fish in an aquarium", "fish"], ["a garden fork", "pitchfork"], ["a dutch oven", "saucepan"],
  ])("%s → %s", (prompt, subject) => expect(built(plan(prompt))).toBe(subject));

  it("a chair with a red cushion colours the chair's own cushion, and builds no pillow beside it", () => {
    const p = plan("a chair with a red cushion");
    expect(p.parts.length).toBe(plan("a chair").parts.length);
    expect(p.parts.some((x) => x.material.color_name === "red")).toBe(true);
  });

  it.each([
    // Other objects that share a word: each is its own kind, never the kitchen one.
    ["a ceiling fan with wooden blades", "ceiling fan"], ["a paper fan", "hand fan"], ["a folding fan", "hand fan"],
    ["a slow cooker", "slow cooker"], ["a crock pot", "slow cooker"], ["a wood burning stove", "wood stove"], ["a wood stove", "wood stove"],
    ["a brick oven", "brick oven"], ["toilet paper", "toilet roll"], ["a tuning fork", "tuning fork"], ["a swiss army knife", "pocket knife"],
  ])("%s → %s", (prompt, subject) => expect(built(plan(prompt))).toBe(subject));

  it.each(["a pizza oven", "a toaster oven", "a rice cooker", "a pressure cooker", "a hot tub", "a hand blender", "a bird bath", "a bath towel"])(
    "%s is refused rather than built as a kitchen kind",
    (prompt) => expect(built(plan(prompt))).toBeNull(),
  );

  it("'in blender' names the program, not an appliance: a chair in blender is only the chair", () => {
    const p = plan("a chair in blender");
    expect(p.subject).toBe("chair");
    expect(p.parts.length).toBe(plan("a chair").parts.length);
  });
});
