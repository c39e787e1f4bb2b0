import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const units = (p: Plan, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name));

describe("wardrobe kinds: each word builds its own garment or accessory", () => {
  it.each([
    ["a t-shirt", "t-shirt"], ["a tee", "t-shirt"], ["a tshirt", "t-shirt"], ["a dress", "dress"], ["a sundress", "dress"],
    ["a pair of jeans", "pair of jeans"], ["jeans", "pair of jeans"], ["trousers", "pair of jeans"], ["a pair of pants", "pair of jeans"],
    ["a jacket", "jacket"], ["a coat", "jacket"], ["a scarf", "scarf"], ["a glove", "glove"], ["a mitten", "glove"], ["a sock", "sock"],
    ["a necktie", "necktie"], ["a tie", "necktie"], ["a belt", "belt"], ["a wallet", "wallet"], ["a billfold", "wallet"],
    ["a suitcase", "suitcase"], ["luggage", "suitcase"], ["a briefcase", "briefcase"], ["a necklace", "necklace"], ["a pearl necklace", "necklace"],
    ["a bracelet", "bracelet"], ["a bangle", "bracelet"], ["a high heel shoe", "high heel shoe"], ["high heels", "high heel shoe"],
    ["a stiletto", "high heel shoe"], ["a sandal", "sandal"], ["a flip flop", "flip flop"], ["a flip-flop", "flip flop"], ["a slipper", "slipper"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));
});

describe("colours land where a person would expect", () => {
  it("a red t-shirt is red with its grey collar; a t-shirt with a black collar has a black collar", () => {
    const p = plan("a red t-shirt");
    expect(colorOf(p, "body")).toBe("red");
    expect(colorOf(p, "sleeve_1")).toBe("red");
    expect(colorOf(p, "collar")).toBe("gray");
    expect(colorOf(plan("a t-shirt with a black collar"), "collar")).toBe("black");
  });

  it("a black suitcase keeps black wheels and a silver handle; a belt with a silver buckle", () => {
    const p = plan("a yellow suitcase");
    expect(colorOf(p, "shell")).toBe("yellow");
    expect(colorOf(p, "wheel_1")).toBe("black");
    expect(colorOf(p, "handle_grip")).toBe("silver");
    expect(colorOf(plan("a belt with a silver buckle"), "buckle")).toBe("silver");
  });

  it("a blue high heel shoe keeps its black stiletto heel", () => {
    const p = plan("a blue high heel shoe");
    expect(colorOf(p, "vamp")).toBe("blue");
    expect(colorOf(p, "heel")).toBe("black");
  });
});

describe("parts come and go, and counts are honoured", () => {
  it("a dress without a sash, a necklace without a pendant, jeans without pockets", () => {
    expect(named(plan("a dress without a sash"), "sash")).toBeUndefined();
    expect(named(plan("a necklace without a pendant"), "pendant")).toBeUndefined();
    expect(units(plan("jeans without pockets"), "pocket")).toHaveLength(0);
  });

  it("a mitten has one pouch and no fingers; a glove has four fingers", () => {
    expect(units(plan("a mitten"), "finger")).toHaveLength(0);
    expect(named(plan("a mitten"), "fingers")).toBeDefined();
    expect(units(plan("a glove"), "finger")).toHaveLength(4);
  });

  it("a jacket with 6 buttons, a bracelet with 5 charms, a pearl necklace has pearls and a plain one none", () => {
    expect(units(plan("a jacket with 6 buttons"), "button")).toHaveLength(6);
    expect(units(plan("a bracelet with 5 charms"), "charm")).toHaveLength(5);
    expect(units(plan("a pearl necklace"), "pearl").length).toBeGreaterThan(10);
    expect(units(plan("a necklace"), "pearl")).toHaveLength(0);
    expect(named(plan("a slipper with a pompom"), "pompom")).toBeDefined();
  });
});

describe("words other subjects own still read as before", () => {
  it("a person with a red coat is a person in a red top, a woman in a red dress too", () => {
    for (const prompt of ["a person with a red coat", "a woman in a red dress"]) {
      const p = plan(prompt);
      expect(p.subject).toBe("person");
      expect(colorOf(p, "torso")).toBe("red");
      expect(p.parts.some((x) => x.name.startsWith("jacket") || x.name.startsWith("dress"))).toBe(false);
    }
  });

  it("a person with blue jeans colours the person's legs, not a second pair of jeans", () => {
    const p = plan("a person with blue jeans");
    expect(p.subject).toBe("person");
    expect(colorOf(p, "leg_1")).toBe("blue");
    expect(p.parts.some((x) => x.name.includes("jeans"))).toBe(false);
  });

  it("a person with a tie, a penguin wearing a scarf and a snowman with a scarf keep their subject", () => {
    expect(plan("a person with a tie").subject).toBe("person");
    expect(plan("a penguin wearing a scarf").subject).toBe("penguin");
    const snowman = plan("a snowman with a scarf");
    expect(snowman.subject).toBe("snowman");
    expect(named(snowman, "scarf")).toBeDefined();
  });

  it("fur coats, socks and belts on other subjects stay their parts", () => {
    expect(colorOf(plan("a dog with a brown coat"), "body")).toBe("brown");
    expect(plan("a cat with white socks").subject).toBe("cat");
    expect(plan("a leather boot with a red belt").subject).toBe("leather boot");
    expect(plan("a coat rack").subject).toBe("coat rack");
    expect(plan("a slippery slide").subject).toBe("slide");
    expect(plan("a wristwatch with a gold bracelet").subject).toBe("wristwatch");
  });

  it("a bow tie is not built as a necktie", () => {
    const p = plan("a chair with a bow tie");
    expect(p.subject).toBe("chair");
    expect(p.parts.some((x) => x.name.startsWith("necktie"))).toBe(false);
  });
});
