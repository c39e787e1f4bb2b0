import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { readSceneSpec } from "@/lib/modeler/assemble-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const subjects = (prompt: string) => {
  const p = plan(prompt);
  return p.recognized ? readSceneSpec(p)!.instances.map((s) => s.subject) : [];
};

describe("everyday things: each word builds its own object", () => {
  it.each([
    ["a pencil", "pencil"], ["a colored pencil", "pencil"], ["a book", "book"], ["a hardcover book", "book"], ["a key", "key"],
    ["a skeleton key", "key"], ["a house key", "key"], ["a padlock", "padlock"], ["a hand bell", "hand bell"], ["a school bell", "hand bell"],
    ["a medal", "medal"], ["an olympic medal", "medal"], ["a ring", "ring"], ["a diamond ring", "ring"], ["a wedding ring", "ring"],
    ["a boxing ring", "boxing ring"], ["a picture frame", "picture frame"], ["a photo frame", "picture frame"], ["a candlestick", "candlestick"],
    ["a candle holder", "candlestick"], ["a candelabra", "candlestick"], ["an hourglass", "hourglass"], ["a sand timer", "hourglass"],
    ["a globe", "globe"], ["a desk globe", "globe"], ["a magnifying glass", "magnifying glass"], ["a magnifier", "magnifying glass"],
    ["scissors", "scissors"], ["a typewriter", "typewriter"], ["a bird cage", "birdcage"], ["a birdcage", "birdcage"],
    ["a light bulb", "light bulb"], ["a lightbulb", "light bulb"], ["a fire extinguisher", "fire extinguisher"], ["a cycling helmet", "bicycle helmet"],
    ["a bike helmet", "bicycle helmet"], ["a knight's helmet", "knight helmet"], ["a great helm", "knight helmet"], ["a leather boot", "leather boot"],
    ["a riding boot", "leather boot"], ["a knee-high boot", "leather boot"], ["a balloon", "balloon"], ["a party balloon", "balloon"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("a pair of scissors is one pair, not two", () => expect(subjects("a pair of scissors")).toEqual(["scissors"]));
});

describe("colours land on the body or on the part named", () => {
  it("a red pencil paints the barrel and keeps the pink eraser; a black point lands on the point", () => {
    const p = plan("a red pencil");
    expect(colorOf(p, "body")).toBe("red");
    expect(colorOf(p, "eraser")).toBe("pink");
    expect(colorOf(plan("a pencil with a black point"), "point")).toBe("black");
  });

  it("a green book paints its covers and spine and keeps its cream pages", () => {
    const p = plan("a green book");
    expect([colorOf(p, "book_1"), colorOf(p, "front_cover"), colorOf(p, "spine")]).toEqual(["green", "green", "green"]);
    expect(colorOf(p, "pages")).toBe("cream");
  });

  it("a blue fire extinguisher keeps its black hose; a red bicycle helmet keeps its black visor", () => {
    const p = plan("a blue fire extinguisher");
    expect(colorOf(p, "body")).toBe("blue");
    expect(colorOf(p, "hose_1")).toBe("black");
    expect(colorOf(plan("a red bicycle helmet"), "visor")).toBe("black");
  });

  it("a ring with a red gem has a red gem on its gold band; a balloon with a blue string keeps a red balloon", () => {
    const p = plan("a ring with a red gem");
    expect(colorOf(p, "gem")).toBe("red");
    expect(named(p, "band")!.material.name).toContain("gold");
    const b = plan("a balloon with a blue string");
    expect([colorOf(b, "string_1"), colorOf(b, "balloon")]).toEqual(["blue", "red"]);
  });
});

describe("parts a user adds or removes", () => {
  it("a pencil without an eraser loses the eraser and its ferrule; a wedding ring is a plain band", () => {
    const p = plan("a pencil without an eraser");
    expect(named(p, "eraser")).toBeUndefined();
    expect(named(p, "ferrule")).toBeUndefined();
    expect(plan("a wedding ring").parts.map((x) => x.name)).toEqual(["band"]);
  });

  it("a candlestick without a flame is unlit; a typewriter without a sheet has no paper in it", () => {
    expect(named(plan("a candlestick without a flame"), "flame_1")).toBeUndefined();
    expect(named(plan("a typewriter without a sheet"), "paper")).toBeUndefined();
  });

  it("a candelabra holds five candles, and a candlestick with 3 candles three", () => {
    const count = (p: Plan) => p.parts.filter((x) => /^candle_\d+$/.test(x.name)).length;
    expect(count(plan("a candelabra"))).toBe(5);
    expect(count(plan("a candlestick with 3 candles"))).toBe(3);
  });

  it("books stack up: a stack of books is one stack, five books five in it", () => {
    const count = (p: Plan) => p.parts.filter((x) => /^book_\d+$/.test(x.name)).length;
    expect(subjects("a stack of books")).toEqual(["book"]);
    expect(count(plan("a stack of books"))).toBe(4);
    expect(count(plan("five books"))).toBe(5);
    expect(subjects("a small table with 4 books on it")).toEqual(["table", "book"]);
  });
});

describe("words other objects use keep their meaning", () => {
  it("a candle stays a candle; a hot air balloon its own kind; a hiking boot and a rain boot stay the hiking boot kind", () => {
    expect(plan("a candle").subject).toBe("candle");
    expect(plan("a hot air balloon").subject).toBe("hot air balloon");
    expect(plan("a rain boot").subject).toBe("hiking boot");
  });

  it("a car with a red boot is a car and nothing else (the boot of a car is not a leather boot)", () => {
    expect(subjects("a car with a red boot")).toEqual(["car"]);
  });

  it("a bicycle with a bell or a cat with a bell is only that thing: a bell on it is not a hand bell beside it", () => {
    expect(subjects("a bicycle with a bell")).toEqual(["bicycle"]);
    expect(subjects("a cat with a bell")).toEqual(["cat"]);
  });

  it("a torus ring and a key ring are not a finger ring or a key; a dog wearing a ring stays a dog first", () => {
    expect(plan("a torus ring").recognized).toBe(false);
    expect(plan("a key ring").recognized).toBe(false);
    expect(subjects("a dog wearing a ring")[0]).toBe("dog");
  });

  it("rings, keys and globes that are parts of other things stay parts", () => {
    expect(subjects("a lantern with a ring")).toEqual(["lantern"]);
    expect(subjects("a lantern with a glass globe")).toEqual(["lantern"]);
    expect(subjects("a piano with black keys")).toEqual(["piano"]);
    expect(subjects("a bookshelf with books")).toEqual(["bookshelf"]);
    expect(plan("a snow globe").recognized).toBe(false);
  });

  it("a person keeps a chest and a bird in a bird cage is both", () => {
    expect(plan("a person with a red chest").subject).toBe("person");
    expect(subjects("a bird in a bird cage")).toEqual(["bird", "birdcage"]);
  });
});
