import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const units = (p: Plan, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name));
const top = (p: Plan, name: string) => named(p, name)!.position[2] + named(p, name)!.dimensions[2] / 2;

describe("food and container kinds: each word builds its own object", () => {
  it.each([
    ["a cake", "cake"], ["a birthday cake", "cake"], ["a layer cake", "cake"], ["a wedding cake", "cake"], ["a cupcake", "cupcake"],
    ["a muffin", "cupcake"], ["a pizza", "pizza"], ["a margherita pizza", "pizza"], ["a burger", "burger"], ["a hamburger", "burger"],
    ["a cheeseburger", "burger"], ["a donut", "donut"], ["a doughnut", "donut"], ["an apple", "apple"], ["a pear", "pear"],
    ["a banana", "banana"], ["an ice cream cone", "ice cream cone"], ["an ice cream", "ice cream cone"], ["a treasure chest", "treasure chest"],
    ["a toy chest", "treasure chest"], ["a crate", "crate"], ["a wooden crate", "crate"], ["a shipping crate", "crate"], ["a barrel", "barrel"],
    ["a wine barrel", "barrel"], ["a keg", "barrel"], ["a basket", "basket"], ["a wicker basket", "basket"], ["a picnic basket", "basket"],
    ["a gift box", "gift box"], ["a present", "gift box"], ["a wrapped present", "gift box"], ["a trash can", "trash can"], ["a garbage can", "trash can"],
    ["a bin", "trash can"], ["a dustbin", "trash can"], ["a wastebasket", "trash can"], ["a flower pot", "flower pot"], ["a plant pot", "flower pot"],
    ["a planter", "flower pot"], ["a wine glass", "wine glass"], ["a champagne glass", "wine glass"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a red cake paints the frosting and keeps the white piping; red candles land on the candles", () => {
    const p = plan("a red cake");
    expect(colorOf(p, "tier_1")).toBe("red");
    expect(colorOf(p, "piping_1")).toBe("white");
    expect(units(plan("a cake with red candles"), "candle").map((c) => c.material.color_name)).toEqual(Array(5).fill("red"));
  });

  it("a cake without candles has neither candles nor flames; a cake counts candles and tiers", () => {
    const p = plan("a cake without candles");
    expect(units(p, "candle")).toHaveLength(0);
    expect(units(p, "flame")).toHaveLength(0);
    expect(units(plan("a birthday cake with 8 candles"), "candle")).toHaveLength(8);
    expect(units(plan("a three tier cake"), "tier")).toHaveLength(3);
    expect(units(plan("a wedding cake"), "candle")).toHaveLength(0);
  });

  it("a burger is bun, patty, cheese, lettuce, tomato and bun; without cheese the top bun sits lower, not over a gap", () => {
    const full = plan("a burger");
    expect(["bun_bottom", "patty_1", "cheese", "lettuce", "tomato", "bun_top"].every((n) => named(full, n))).toBe(true);
    const plain = plan("a burger without cheese");
    expect(named(plain, "cheese")).toBeUndefined();
    expect(top(plain, "bun_top")).toBeLessThan(top(full, "bun_top"));
    expect(colorOf(plan("a burger with purple lettuce"), "lettuce")).toBe("purple");
    expect(units(plan("a double cheeseburger"), "patty")).toHaveLength(2);
  });

  it("a cheese pizza has no pepperoni; a pink donut has pink icing on its own dough; a muffin has no frosting", () => {
    expect(units(plan("a cheese pizza"), "pepperoni")).toHaveLength(0);
    expect(units(plan("a pizza with 12 pepperoni"), "pepperoni")).toHaveLength(12);
    const donut = plan("a pink donut");
    expect(colorOf(donut, "icing")).toBe("pink");
    expect(colorOf(donut, "dough")).toBe("amber");
    expect(named(plan("a muffin"), "frosting")).toBeUndefined();
  });

  it("a green apple is green with a brown stem; an ice cream cone counts its scoops", () => {
    const p = plan("a green apple");
    expect(colorOf(p, "body")).toBe("green");
    expect(colorOf(p, "stem")).toBe("brown");
    expect(units(plan("an ice cream cone with 3 scoops"), "scoop")).toHaveLength(3);
  });

  it("containers: a blue present keeps a gold ribbon, a trash can loses its lid and grip, a pot takes a plant", () => {
    const gift = plan("a blue present");
    expect(colorOf(gift, "box")).toBe("blue");
    expect(colorOf(gift, "ribbon")).toBe("gold");
    const can = plan("a trash can without a lid");
    expect(named(can, "lid")).toBeUndefined();
    expect(named(can, "lid_grip")).toBeUndefined();
    expect(named(plan("a flower pot"), "stem")).toBeUndefined();
    expect(named(plan("a flower pot with a plant"), "stem")).toBeDefined();
    expect(named(plan("a treasure chest with gold coins"), "coin_1")).toBeDefined();
    expect(colorOf(plan("a treasure chest with a silver lock"), "lock")).toBe("silver");
    expect(named(plan("a wine glass with red wine"), "wine")!.material.color_name).toBe("red");
  });

  it("part words of other subjects stay theirs: a chest, a barrel, a basket, a planter, apples, a glass", () => {
    expect(plan("a person with a red chest").subject).toBe("person");
    expect(plan("a robot with a red chest").subject).toBe("robot");
    expect(plan("an army tank with a long barrel").subject).toBe("army tank");
    expect(plan("a hot air balloon with a red basket").subject).toBe("hot air balloon");
    expect(plan("a cactus in a planter").subject).toBe("cactus");
    expect(plan("a flower in a pot").subject).toBe("flower");
    expect(plan("some red apples in a wooden bowl").subject).toBe("bowl");
    expect(plan("an apple tree").subject).toBe("tree");
    expect(plan("a tree with apples").subject).toBe("tree");
    expect(plan("a glass").recognized).toBe(false);
    expect(plan("a cornet").subject).not.toBe("ice cream cone");
  });
});
