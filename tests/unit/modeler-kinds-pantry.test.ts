import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const built = (p: Plan) => (p.recognized ? p.subject : null);

describe("pantry kinds: each word builds its own food", () => {
  it.each([
    ["a strawberry", "strawberry"], ["a cherry", "cherry"], ["a lemon", "lemon"], ["an orange", "orange"], ["a navel orange", "orange"],
    ["a pineapple", "pineapple"], ["a watermelon", "watermelon"], ["a slice of watermelon", "watermelon"], ["a bunch of grapes", "bunch of grapes"],
    ["grapes", "bunch of grapes"], ["a carrot", "carrot"], ["a tomato", "tomato"], ["a potato", "potato"], ["a spud", "potato"],
    ["a corn cob", "corn cob"], ["corn on the cob", "corn cob"], ["an ear of corn", "corn cob"], ["a croissant", "croissant"],
    ["a loaf of bread", "loaf of bread"], ["bread", "loaf of bread"], ["a loaf", "loaf of bread"], ["a baguette", "baguette"],
    ["a sandwich", "sandwich"], ["a cookie", "cookie"], ["a chocolate chip cookie", "cookie"], ["a pie", "pie"], ["an apple pie", "pie"],
    ["a cherry pie", "pie"], ["a pretzel", "pretzel"], ["a lollipop", "lollipop"], ["a candy cane", "candy cane"],
    ["a chocolate bar", "chocolate bar"], ["a bar of chocolate", "chocolate bar"], ["a fried egg", "fried egg"], ["a boiled egg", "boiled egg"],
    ["an egg", "boiled egg"], ["a cheese wheel", "cheese wheel"], ["a wheel of cheese", "cheese wheel"], ["a taco", "taco"],
    ["a soda can", "soda can"], ["a can of soda", "soda can"], ["a can of cola", "soda can"], ["a milkshake", "milkshake"], ["a milk shake", "milkshake"],
  ])("%s → %s", (prompt, subject) => expect(built(plan(prompt))).toBe(subject));

  it("'an orange' alone is the fruit, but an orange chair stays an orange-coloured chair", () => {
    expect(built(plan("an orange"))).toBe("orange");
    const chair = plan("an orange chair");
    expect(chair.subject).toBe("chair");
    expect(chair.parts.some((x) => x.material.color_name === "orange")).toBe(true);
  });

  it("a blue lollipop paints the candy and keeps the white stick; a stick colour lands on the stick", () => {
    const p = plan("a blue lollipop");
    expect(colorOf(p, "candy")).toBe("blue");
    expect(colorOf(p, "stick")).toBe("white");
    expect(colorOf(plan("a lollipop with a black stick"), "stick")).toBe("black");
  });

  it("a green soda can paints the can and keeps the silver lid; a cherry pie has a crimson filling, an apple pie does not", () => {
    const p = plan("a green soda can");
    expect(colorOf(p, "body")).toBe("green");
    expect(colorOf(p, "lid")).toBe("silver");
    expect(colorOf(plan("a cherry pie"), "filling")).toBe("crimson");
    expect(colorOf(plan("an apple pie"), "filling")).not.toBe("crimson");
  });

  it("optional parts come off: a milkshake without a straw, a carrot without leaves, a bare egg has no cup", () => {
    expect(named(plan("a milkshake without a straw"), "straw")).toBeUndefined();
    expect(named(plan("a milkshake"), "straw")).toBeDefined();
    expect(plan("a carrot without leaves").parts.some((x) => x.name.startsWith("green_"))).toBe(false);
    expect(named(plan("an egg"), "cup")).toBeUndefined();
    expect(named(plan("a boiled egg"), "cup")).toBeDefined();
  });

  it("a slice of watermelon is a red wedge on its rind; a whole watermelon has no flesh showing", () => {
    const slice = plan("a slice of watermelon");
    expect(colorOf(slice, "flesh")).toBe("red");
    expect(named(plan("a watermelon"), "flesh")).toBeUndefined();
  });

  it("words that other subjects use as parts still read as those subjects", () => {
    expect(plan("a snowman with a carrot nose").subject).toBe("snowman");
    expect(plan("a cupcake with a red cherry").subject).toBe("cupcake");
    expect(plan("a burger with lettuce and tomato").subject).toBe("burger");
    expect(plan("a frying pan with an egg").subject).toBe("frying pan");
    expect(plan("a cookie jar").subject).toBe("jar");
    expect(plan("a bread knife").subject).toBe("kitchen knife");
    expect(plan("a cheese pizza").subject).toBe("pizza");
    expect(plan("a cherry tree").subject).toBe("tree");
    expect(plan("strawberry ice cream cone with two scoops").subject).toBe("ice cream cone");
  });

  it("a cat cookie is refused by the head-noun rule rather than built as a cat or a plain cookie", () => {
    expect(built(plan("a cat cookie"))).toBeNull();
  });
});
