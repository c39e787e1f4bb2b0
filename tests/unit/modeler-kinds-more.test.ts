import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => p.parts.find((x) => x.name === name);
const colorOf = (p: Plan, name: string) => named(p, name)?.material.color_name;
const units = (p: Plan, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name));

describe("instruments, bags, shoes, watches and eyewear: each word builds its own object", () => {
  it.each([
    ["a violin", "violin"], ["a fiddle", "violin"], ["a viola", "violin"], ["a trumpet", "trumpet"], ["a cornet", "trumpet"],
    ["a flute", "flute"], ["a concert flute", "flute"], ["a harp", "harp"], ["a celtic harp", "harp"], ["a xylophone", "xylophone"],
    ["an accordion", "accordion"], ["a squeezebox", "accordion"], ["a tambourine", "tambourine"], ["an umbrella", "umbrella"],
    ["a parasol", "umbrella"], ["a brolly", "umbrella"], ["a backpack", "backpack"], ["a rucksack", "backpack"], ["a school bag", "backpack"],
    ["a knapsack", "backpack"], ["a handbag", "handbag"], ["a purse", "handbag"], ["a tote bag", "handbag"], ["a shoulder bag", "handbag"],
    ["a sneaker", "sneaker"], ["a trainer", "sneaker"], ["a running shoe", "sneaker"], ["a hiking boot", "hiking boot"],
    ["a cowboy boot", "hiking boot"], ["a rain boot", "hiking boot"], ["a wellington boot", "hiking boot"], ["a wristwatch", "wristwatch"],
    ["a wrist watch", "wristwatch"], ["a watch", "wristwatch"], ["a pocket watch", "pocket watch"], ["a fob watch", "pocket watch"],
    ["sunglasses", "sunglasses"], ["eyeglasses", "sunglasses"], ["spectacles", "sunglasses"], ["reading glasses", "sunglasses"],
  ])("%s → %s", (prompt, subject) => expect(plan(prompt).subject).toBe(subject));

  it("plurals and pairs build two: sneakers, a pair of boots; a pair of sunglasses is one pair", () => {
    expect(plan("sneakers").parts.filter((x) => x.name.endsWith("sole"))).toHaveLength(2);
    expect(plan("a pair of cowboy boots").parts.filter((x) => x.name.endsWith("sole"))).toHaveLength(2);
    expect(units(plan("a pair of sunglasses"), "lens")).toHaveLength(2);
  });
});

describe("a bare colour paints the body; details keep their own colour; part colours land on the part", () => {
  it.each([
    ["a red violin", "lower_bout", "fingerboard", "black"], ["a red trumpet", "bell", "button_1", "ivory"],
    ["a red harp", "column", "string_2", "cream"], ["a blue accordion", "bass_box", "keyboard", "white"],
    ["a red tambourine", "hoop", "jingle_1", "gold"], ["a red umbrella", "canopy", "handle", "brown"],
    ["a red backpack", "body", "strap_1", "black"], ["a red handbag", "body", "clasp", "gold"],
    ["a red sneaker", "vamp", "sole", "white"], ["a red watch", "case", "dial", "white"], ["a silver pocket watch", "case", "dial", "ivory"],
    ["some red sunglasses", "rim_1", "lens_1", "charcoal"],
  ])("%s paints %s and keeps %s %s", (prompt, body, detail, kept) => {
    const p = plan(prompt);
    const asked = ["red", "blue", "silver"].find((c) => prompt.includes(c));
    expect(colorOf(p, body)).toBe(asked);
    expect(colorOf(p, detail)).toBe(kept);
  });

  it.each([
    ["a violin with a black neck", "neck", "black"], ["a sneaker with red laces", "lace_1", "red"], ["a watch with a black strap", "strap_top", "black"],
    ["a xylophone with brown bars", "bar_3", "brown"], ["a harp with gold strings", "string_1", "gold"], ["a wristwatch with a gold crown", "crown", "gold"],
  ])("%s colours %s %s", (prompt, name, color) => expect(colorOf(plan(prompt), name)).toBe(color));

  it("eyeglasses and reading glasses have clear lenses; sunglasses dark ones", () => {
    expect(colorOf(plan("reading glasses"), "lens_1")).toBe("white");
    expect(colorOf(plan("sunglasses"), "lens_1")).toBe("charcoal");
  });
});

describe("counts and optional parts", () => {
  it("counts strings, bars, folds and jingles", () => {
    expect(units(plan("a harp with 30 strings"), "string")).toHaveLength(30);
    expect(units(plan("a violin with 5 strings"), "string")).toHaveLength(5);
    expect(units(plan("a xylophone with 8 bars"), "bar")).toHaveLength(8);
    expect(units(plan("an accordion with 10 folds"), "fold")).toHaveLength(10);
    expect(units(plan("a tambourine with 6 jingles"), "jingle")).toHaveLength(6);
  });

  it("adds and removes optional parts", () => {
    expect(named(plan("a violin"), "bow_stick")).toBeUndefined();
    expect(named(plan("a violin with a bow"), "bow_stick")).toBeDefined();
    expect(units(plan("a xylophone without mallets"), "mallet")).toHaveLength(0);
    expect(named(plan("a tambourine without a head"), "head")).toBeUndefined();
    expect(named(plan("a pocket watch with a lid"), "lid")).toBeDefined();
    expect(units(plan("a hiking boot without laces"), "lace")).toHaveLength(0);
    expect(units(plan("a cowboy boot"), "lace")).toHaveLength(0);
    expect(named(plan("a shoulder bag"), "strap")).toBeDefined();
    expect(named(plan("a handbag"), "strap")).toBeUndefined();
  });

  it("a handbag without a flap loses its clasp with it", () => {
    const p = plan("a handbag without a flap");
    expect(named(p, "flap")).toBeUndefined();
    expect(named(p, "clasp")).toBeUndefined();
  });
});

describe("phrases other subjects need still read as before", () => {
  it("a car with a red boot is only a car, and a person's boots are the person's shoes", () => {
    const car = plan("a car with a red boot");
    expect(car.subject).toBe("car");
    expect(car.parts).toHaveLength(plan("a car").parts.length);
    const person = plan("a person with red boots");
    expect(person.subject).toBe("person");
    expect(person.parts).toHaveLength(plan("a person").parts.length);
  });

  it("glasses of wine are not eyewear; a watch tower is a tower; a pocket watch is not a wristwatch", () => {
    expect(plan("two glasses of wine").subject).not.toBe("sunglasses");
    expect(plan("a watch tower").subject).toBe("tower");
    expect(plan("a brass pocket watch on a chain").subject).toBe("pocket watch");
  });

  it("the older instruments keep their words", () => {
    expect(plan("a ukulele").subject).toBe("guitar");
    expect(plan("a snare drum").subject).toBe("drum");
    expect(plan("a grand piano").subject).toBe("piano");
    expect(plan("a wristwatch with a gold crown").subject).toBe("wristwatch");
  });
});
