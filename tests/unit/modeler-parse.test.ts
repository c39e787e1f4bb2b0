import { describe, expect, it } from "vitest";
import { planSchema } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "standard" });
const part = (p: ReturnType<typeof plan>, name: string) => {
  const found = p.parts.find((x) => x.name === name);
  if (!found) throw new Error(`no part ${name} in ${p.parts.map((x) => x.name).join(",")}`);
  return found;
};
const groupSize = (p: ReturnType<typeof plan>, unit: string) => p.parts.filter((x) => new RegExp(`^${unit}_\\d+$`).test(x.name)).length;

describe("planFromPrompt: subjects and synonyms", () => {
  it.each([
    ["a chair", "chair"], ["Chairs!", "chair"], ["an armchair", "chair"], ["a dining table", "table"],
    ["a desk lamp", "lamp"], ["a coffee mug", "mug"], ["an oak tree", "tree"], ["a cottage", "house"],
    ["please make me a 3D model of a table", "table"], ["Generate a low-poly tree.", "tree"],
  ])("%s → %s", (prompt, subject) => {
    const p = plan(prompt);
    expect(p.recognized).toBe(true);
    expect(p.subject).toBe(subject);
    expect(p.parts.length).toBeGreaterThan(2);
    expect(() => planSchema.parse(p)).not.toThrow();
  });

  it("an armchair gets armrests, a plain chair does not", () => {
    expect(plan("an armchair").parts.some((x) => x.name.startsWith("armrest"))).toBe(true);
    expect(plan("a chair").parts.some((x) => x.name.startsWith("armrest"))).toBe(false);
  });
});

describe("planFromPrompt: unrecognised prompts", () => {
  it("names the words it could not place and builds nothing", () => {
    const p = plan("please make me a 3D model of a purple dragon");
    expect(p.recognized).toBe(false);
    expect(p.parts).toEqual([]);
    expect(p.unknown_words).toEqual(["dragon"]);
  });

  it("reports leftover words even when the subject is known", () => {
    expect(plan("a chair with a cupholder").unknown_words).toEqual(["cupholder"]);
  });
});

describe("planFromPrompt: counts", () => {
  it.each([
    ["a chair with five legs", 5], ["a chair with 3 legs", 3], ["a six-legged table", 6], ["a 4-legged chair", 4],
  ])("%s", (prompt, legs) => {
    const p = plan(prompt);
    expect(p.counts.legs).toBe(legs);
    expect(groupSize(p, "leg")).toBe(legs);
    expect(p.parts.filter((x) => x.group === "legs")).toHaveLength(legs);
  });

  it("clamps counts to the subject's range", () => {
    expect(plan("a chair with 40 legs").counts.legs).toBe(8);
  });

  it("counts windows and floors on a house and removes the chimney on request", () => {
    const p = plan("a two-story house with 8 windows and no chimney");
    expect(p.counts).toMatchObject({ windows: 8, floors: 2 });
    expect(groupSize(p, "window")).toBe(8);
    expect(p.parts.some((x) => x.name === "chimney")).toBe(false);
    expect(part(p, "floor_2").position[2]).toBeCloseTo(4.2);
  });
});

describe("planFromPrompt: colours and materials", () => {
  it("a red wooden chair is red wood on every body part", () => {
    const p = plan("a red wooden chair");
    expect(p.colors).toEqual(["red"]);
    expect(p.materials).toEqual(["wood"]);
    for (const x of p.parts) expect(x.material.name).toBe("red_wood");
    expect(p.name).toBe("Red wooden chair");
  });

  it("attaches colours to the part they precede", () => {
    const p = plan("a chair with a red seat and black legs");
    expect(part(p, "seat").material.color_name).toBe("red");
    expect(part(p, "leg_1").material.color_name).toBe("black");
    expect(part(p, "backrest").material.name).toBe("wood");
  });

  it("attaches colours and materials that follow a part ('legs in black', 'top made of glass')", () => {
    const p = plan("a table with legs in black and a top made of glass");
    expect(part(p, "leg_2").material.color_name).toBe("black");
    expect(part(p, "top").material.transmission).toBe(1);
  });

  it("materials map to PBR values", () => {
    const steel = part(plan("a steel chair"), "seat").material;
    expect(steel.metallic).toBe(1);
    const glass = part(plan("a lamp with a glass shade"), "shade").material;
    expect(glass).toMatchObject({ transmission: 1 });
    expect(glass.roughness).toBeLessThan(0.1);
  });

  it("shaded colours are lighter or darker than the base colour", () => {
    const light = part(plan("a lamp with a light blue shade"), "shade").material;
    const dark = part(plan("a lamp with a dark blue shade"), "shade").material;
    expect(light.color_name).toBe("light blue");
    expect(light.base_color[2]).toBeGreaterThan(dark.base_color[2]);
  });

  it("a red house has red walls but keeps its roof and glass windows", () => {
    const p = plan("a red house");
    expect(part(p, "floor_1").material.color_name).toBe("red");
    expect(part(p, "roof").material.color_name).not.toBe("red");
    expect(part(p, "window_1").material.transmission).toBe(1);
  });
});

describe("planFromPrompt: sizes, styles and compositions", () => {
  it("size words scale the subject and keep it on the ground", () => {
    const base = part(plan("a table"), "top");
    const big = plan("a huge table");
    expect(big.size).toBe("huge");
    expect(part(big, "top").position[2]).toBeCloseTo(base.position[2] * 2);
    expect(Math.min(...big.parts.map((x) => x.position[2] - x.dimensions[2] / 2))).toBeCloseTo(0);
  });

  it("tall stretches height only", () => {
    const t = part(plan("a tall lamp"), "stem").dimensions;
    const n = part(plan("a lamp"), "stem").dimensions;
    expect(t[2]).toBeGreaterThan(n[2]);
    expect(t[0]).toBeCloseTo(n[0]);
  });

  it.each([["a low-poly tree", "low-poly"], ["a modern chair", "modern"], ["a rustic table", "rustic"], ["a medieval house", "medieval"]])(
    "%s has style %s",
    (prompt, style) => expect(plan(prompt).style).toBe(style),
  );

  it("a medieval house swaps plaster walls for stone", () => {
    expect(part(plan("a medieval house"), "floor_1").material.name).toBe("stone");
  });

  it("places companions side by side without overlap", () => {
    const p = plan("a table with two chairs");
    expect(p.subject).toBe("table");
    expect(p.name).toBe("Table with 2 chairs");
    const tableMaxX = Math.max(...p.parts.filter((x) => !x.name.startsWith("chair")).map((x) => x.position[0] + x.dimensions[0] / 2));
    const chairMinX = Math.min(...p.parts.filter((x) => x.name.startsWith("chair1_")).map((x) => x.position[0] - x.dimensions[0] / 2));
    expect(chairMinX).toBeGreaterThan(tableMaxX);
    expect(p.parts.some((x) => x.name === "chair2_seat")).toBe(true);
    expect(groupSize(p, "leg")).toBe(4);
  });

  it("names are unique within a plan", () => {
    const p = plan("a house with a tree beside it");
    expect(new Set(p.parts.map((x) => x.name)).size).toBe(p.parts.length);
  });
});
