import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { readSceneSpec } from "@/lib/modeler/assemble-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const part = (p: Plan, name: string) => p.parts.find((x) => x.name === name)!;
const colorOf = (p: Plan, name: string) => part(p, name).material.color_name;
const top = (p: Plan) => Math.max(...p.parts.filter((x) => !/^[a-z_]+\d+_/.test(x.name)).map((x) => x.position[2] + x.dimensions[2] / 2));

describe("several colours for one subject", () => {
  it("'red and white' keeps both: body roles take them in turn", () => {
    const p = plan("a red and white chair");
    expect(p.colors).toEqual(["red", "white"]);
    expect([colorOf(p, "seat"), colorOf(p, "leg_1"), colorOf(p, "backrest")]).toEqual(["red", "white", "red"]);
  });

  it("a subject with one body role puts the second colour on its first paintable accent", () => {
    const p = plan("a purple and yellow beach ball");
    expect(colorOf(p, "ball")).toBe("purple");
    expect(p.parts.filter((x) => x.material.color_name === "yellow").length).toBeGreaterThan(0);
  });

  it("three colours all show ('red, white and blue')", () => {
    const used = new Set(plan("a red, white and blue rocket").parts.map((x) => x.material.color_name));
    for (const c of ["red", "white", "blue"]) expect(used).toContain(c);
  });

  it("colour phrases: 'navy blue' is navy, 'reddish brown' is brown, 'pastel pink' is light pink", () => {
    expect(plan("a navy blue sofa").colors).toEqual(["navy"]);
    expect(plan("a reddish brown bookshelf").colors).toEqual(["brown"]);
    expect(part(plan("a pastel pink mug"), "body").material.base_color).toEqual(colorRgb("light pink"));
  });
});

describe("words with two readings", () => {
  it("'rose' is a flower as a noun and a colour before a noun", () => {
    expect(plan("a pink rose").subject).toBe("flower");
    const chair = plan("a rose chair");
    expect(chair.subject).toBe("chair");
    expect(chair.colors).toEqual(["pink"]);
  });

  it("'stone' is a rock alone and a material before a noun", () => {
    expect(plan("a stone").subject).toBe("rock");
    expect(part(plan("a stone bench"), "slat_1").material.name).toBe("stone");
  });

  it("a possessive owner is not a second subject ('a child's chair' is a small chair)", () => {
    const p = plan("a child's chair");
    expect(readSceneSpec(p)!.instances.map((s) => s.subject)).toEqual(["chair"]);
    expect(top(p)).toBeLessThan(top(plan("a chair")));
  });
});

describe("numbers, plurals and lengths", () => {
  it("a number before an unknown thing counts that thing, not the subject", () => {
    expect(readSceneSpec(plan("a small table with 4 coasters on it"))!.instances).toHaveLength(1);
    expect(readSceneSpec(plan("a double bed for two with four pillows"))!.instances).toHaveLength(1);
  });

  it("a colour before an unknown thing is not painted on the subject", () => {
    expect(plan("a chair with a red cupholder").colors).toEqual([]);
    expect(plan("a red rocking chair").colors).toEqual(["red"]);
  });

  it("plurals without a number mean two; 'a pair of' means two", () => {
    expect(readSceneSpec(plan("a table and chairs"))!.instances.filter((s) => s.subject === "chair")).toHaveLength(2);
    expect(readSceneSpec(plan("a pair of dice"))!.instances).toHaveLength(2);
    expect(readSceneSpec(plan("two snowmen"))!.instances).toHaveLength(2);
  });

  it("lengths with units set the size ('2 metre tall', '1.5 m long', 'six feet tall')", () => {
    expect(top(plan("a 2 metre tall cactus"))).toBeCloseTo(2, 2);
    expect(part(plan("a table 1.5 m long"), "top").dimensions[0]).toBeCloseTo(1.5, 3);
    expect(top(plan("a six feet tall wardrobe"))).toBeCloseTo(1.83, 2);
    expect(plan("a table with one foot").counts.legs).toBe(1);
  });

  it("superlatives and comparatives are size words", () => {
    expect(top(plan("the tallest tower"))).toBeGreaterThan(top(plan("a tower")));
    expect(top(plan("a tinier chair"))).toBeLessThan(top(plan("a chair")));
  });
});

describe("parts named inside other words", () => {
  it("'-less' takes an optional part away; '-ed' names a part ('backless', 'armless', 'four-wheeled')", () => {
    expect(plan("a backless chair").parts.some((x) => x.name === "backrest")).toBe(false);
    expect(plan("a backless chair").unknown_words).toEqual([]);
    expect(plan("a six-wheeled car").counts.wheels).toBe(6);
  });

  it("'roses in a vase' is a vase holding them; one flower in a pot stays a potted flower", () => {
    const vase = plan("a dozen red roses in a vase");
    expect(vase.subject).toBe("vase");
    expect(vase.counts.flowers).toBe(9);
    expect(colorOf(vase, "flower_1")).toBe("red");
    expect(plan("a flower in a clay pot").subject).toBe("flower");
  });
});

describe("possessives name an owner; the thing owned is what is built", () => {
  it("builds the subject an owner and a thing claim together, and the thing when they do not", () => {
    expect(plan("a witch's hat").subject).toBe("witch hat");
    expect(plan("a black witch’s hat with a purple band").subject).toBe("witch hat"); // a typographic apostrophe too
    const crown = plan("a king's crown");
    expect(crown.subject).toBe("crown");
    expect(crown.interpretation?.unmodelled_terms).toContain("king");
    expect(plan("a cat's bed").subject).toBe("bed");
    expect(plan("the witch's cat").subject).toBe("cat");
  });

  it("a person's chest is the torso: a red chest paints it and leaves nothing unmodelled", () => {
    const p = plan("a person with a red chest");
    expect(p.subject).toBe("person");
    expect(p.parts.find((x) => x.name === "torso")?.material.color_name).toBe("red");
    expect(p.interpretation?.unmodelled_terms).toEqual([]);
  });
});
