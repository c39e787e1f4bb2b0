import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const units = (p: Plan, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name));
const top = (p: Plan) => Math.max(...p.parts.map((x) => x.position[2] + x.dimensions[2] / 2));

describe("tools: each word builds its own tool", () => {
  it.each([
    ["a screwdriver", "screwdriver"], ["a spanner", "wrench"], ["a hand saw", "saw"], ["a spade", "shovel"], ["a garden rake", "rake"],
    ["a hay fork", "pitchfork"], ["a broomstick", "broom"], ["a stepladder", "ladder"], ["a pick axe", "pickaxe"],
    ["a paint brush", "paintbrush"], ["a tool box", "toolbox"], ["a wheel barrow", "wheelbarrow"], ["a watering can", "watering can"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a yellow shovel with a black handle: yellow blade, black handle", () => {
    const p = plan("a yellow shovel with a black handle");
    expect(colorOf(p, "blade")).toBe("yellow");
    expect(colorOf(p, "handle")).toBe("black");
  });

  it("counts rake tines, pitchfork prongs and ladder rungs", () => {
    expect(units(plan("a rake with 8 tines"), "tine")).toHaveLength(8);
    expect(units(plan("a pitchfork with 4 prongs"), "tine")).toHaveLength(4);
    expect(units(plan("a garden fork"), "tine")).toHaveLength(4);
    expect(units(plan("a wooden ladder with 10 rungs"), "rung")).toHaveLength(10);
  });

  it("a spade has a square blade, a shovel a round point; a stepladder stands on back legs and is shorter", () => {
    expect(named(plan("a spade"), "blade_tip")).toBeUndefined();
    expect(named(plan("a shovel"), "blade_tip")).toBeDefined();
    const step = plan("a stepladder");
    expect(units(step, "back_leg")).toHaveLength(2);
    expect(top(step)).toBeLessThan(top(plan("a ladder")));
  });

  it("a paintbrush dipped in blue paint shows a blue tip, and none without paint", () => {
    expect(colorOf(plan("a paintbrush with blue paint"), "paint")).toBe("blue");
    expect(named(plan("a paintbrush"), "paint")).toBeUndefined();
  });

  it("a wheelbarrow with a red tub keeps its black wheel", () => {
    const p = plan("a wheelbarrow with a red tub");
    expect(colorOf(p, "tub")).toBe("red");
    expect(colorOf(p, "wheel")).toBe("black");
  });
});

describe("sports gear", () => {
  it.each([
    ["a softball bat", "baseball bat"], ["a tennis racquet", "tennis racket"], ["a longboard", "skateboard"], ["a surf board", "surfboard"],
    ["a hand weight", "dumbbell"], ["an olympic barbell", "barbell"], ["a skittle", "bowling pin"], ["a putter", "golf club"],
    ["an ice hockey stick", "hockey stick"], ["a trophy cup", "trophy"], ["a pair of skis", "ski"], ["a flying disc", "frisbee"],
    ["a bowling ball", "bowling ball"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a ball word stays with the ball, and a bare bat or driver builds nothing", () => {
    expect(plan("a basketball").subject).toBe("ball");
    expect(plan("a bat").subject).not.toBe("baseball bat");
    expect(plan("a driver").subject).not.toBe("golf club");
  });

  it("a trophy with a silver cup keeps its gold handles and black base", () => {
    const p = plan("a trophy with a silver cup");
    expect(colorOf(p, "cup")).toBe("silver");
    expect(named(p, "handle_1")!.material.name).toBe("gold");
    expect(colorOf(p, "base")).toBe("black");
  });

  it("a barbell shares its plates out on both ends; skis are a pair", () => {
    const p = plan("a barbell with 4 plates");
    expect(units(p, "plate")).toHaveLength(4);
    expect(units(p, "plate").filter((x) => x.position[0] < 0)).toHaveLength(2);
    expect(plan("a pair of skis").parts.filter((x) => /ski$/.test(x.name))).toHaveLength(2);
    expect(plan("a ski").parts.filter((x) => /ski$/.test(x.name))).toHaveLength(1);
  });

  it("a skateboard with red wheels, a hockey stick without tape, a bat with grip tape", () => {
    const board = plan("a blue skateboard with red wheels");
    expect(colorOf(board, "deck")).toBe("blue");
    expect(units(board, "wheel").map((x) => x.material.color_name)).toEqual(["red", "red", "red", "red"]);
    expect(named(plan("a hockey stick without tape"), "tape")).toBeUndefined();
    expect(named(plan("a baseball bat"), "grip")).toBeUndefined();
    expect(named(plan("a baseball bat with grip tape"), "grip")).toBeDefined();
  });
});

describe("toys", () => {
  it.each([
    ["a wooden rocking horse", "rocking horse"], ["a hobby horse", "hobby horse"], ["a diamond kite", "kite"], ["a yo-yo", "yo-yo"],
    ["a yoyo", "yo-yo"], ["a toy top", "spinning top"], ["toy blocks", "building blocks"], ["a jack-in-the-box", "jack in the box"],
    ["a doll's house", "dollhouse"], ["a rubik's cube", "rubik's cube"], ["a horse", "horse"], ["a rocking chair", "chair"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a wooden rocking horse is wood all over, and red rockers paint only the rockers", () => {
    expect(named(plan("a wooden rocking horse"), "body")!.material.name).toBe("wood");
    const p = plan("a rocking horse with red rockers");
    expect(colorOf(p, "rocker_left_3")).toBe("red");
    expect(colorOf(p, "body")).toBe("white");
  });

  it("a rocking chair stands on two curved rockers that red paints alone; a plain chair has none", () => {
    const rockers = (p: Plan) => p.parts.filter((x) => x.name.startsWith("rocker_"));
    const p = plan("a wooden rocking chair with red rockers");
    expect(rockers(p)).toHaveLength(10);
    expect(new Set(rockers(p).map((x) => x.material.color_name))).toEqual(new Set(["red"]));
    expect(colorOf(p, "seat")).not.toBe("red");
    // The runners curve: their ends stand higher than their middles.
    const z = rockers(p).filter((x) => x.name.startsWith("rocker_left")).map((x) => x.position[2]);
    expect(z[0]).toBeGreaterThan(z[2] + 0.02);
    expect(rockers(plan("a chair"))).toHaveLength(0);
  });

  it("a red and yellow kite has a red sail and a yellow top panel; bows count, and no tail drops them", () => {
    const p = plan("a red and yellow kite");
    expect([colorOf(p, "sail"), colorOf(p, "panel")]).toEqual(["red", "yellow"]);
    expect(units(plan("a kite with 5 bows"), "bow")).toHaveLength(5);
    const bare = plan("a kite without a tail");
    expect(units(bare, "bow")).toHaveLength(0);
    expect(units(bare, "tail")).toHaveLength(0);
  });

  it("blocks stack in a pyramid of their count, a dollhouse has its floors, a yo-yo loses its string", () => {
    const blocks = plan("building blocks with 10 blocks");
    expect(units(blocks, "block")).toHaveLength(10);
    expect(new Set(units(blocks, "block").map((x) => x.position[2].toFixed(3))).size).toBe(4);
    expect(units(plan("a dollhouse with three stories"), "floor")).toHaveLength(3);
    expect(named(plan("a pink dollhouse without a chimney"), "chimney")).toBeUndefined();
    expect(colorOf(plan("a pink dollhouse"), "back_wall")).toBe("pink");
    expect(named(plan("a blue yoyo without a string"), "string")).toBeUndefined();
  });
});
