import { describe, expect, it } from "vitest";
import type { Plan, PlanPart } from "@/lib/validations/plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });

/** World bounding box of a set of plan parts (rotations about Z only, as the layout uses). */
function box(parts: PlanPart[]) {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const [c, s] = [Math.abs(Math.cos(p.rotation[2])), Math.abs(Math.sin(p.rotation[2]))];
    const half = [(p.dimensions[0] * c + p.dimensions[1] * s) / 2, (p.dimensions[0] * s + p.dimensions[1] * c) / 2, p.dimensions[2] / 2];
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], p.position[i] - half[i]);
      hi[i] = Math.max(hi[i], p.position[i] + half[i]);
    }
  }
  return { lo, hi, cx: (lo[0] + hi[0]) / 2, cy: (lo[1] + hi[1]) / 2 };
}
const main = (p: Plan) => box(p.parts.filter((x) => !/^[a-z_]+\d+_/.test(x.name)));
const companion = (p: Plan, prefix: string) => box(p.parts.filter((x) => x.name.startsWith(prefix)));
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => [0, 1].every((i) => a.lo[i] < b.hi[i] - 1e-6 && b.lo[i] < a.hi[i] - 1e-6);

describe("spatial words place companions", () => {
  it("'a table with four chairs around it': one chair per side, none inside the table, each facing it", () => {
    const p = plan("a table with four chairs around it");
    const table = main(p);
    const chairs = [1, 2, 3, 4].map((n) => companion(p, `chair${n}_`));
    for (const c of chairs) expect(overlap(c, table)).toBe(false);
    const sides = chairs.map((c) => (c.hi[1] < table.lo[1] ? "front" : c.lo[1] > table.hi[1] ? "back" : c.hi[0] < table.lo[0] ? "left" : "right"));
    expect(new Set(sides)).toEqual(new Set(["front", "back", "left", "right"]));
    // A chair's front is -Y; in front of the table (at -Y) it turns half round to face it.
    expect(Math.abs(p.parts.find((x) => x.name === "chair1_seat")!.rotation[2])).toBeCloseTo(Math.PI);
    // Every chair's centre is nearer the table's centre than the row layout would put it.
    for (const c of chairs) expect(Math.hypot(c.cx - table.cx, c.cy - table.cy)).toBeLessThan(1.5);
  });

  it("six chairs around a round table stand on a circle", () => {
    const p = plan("a round table with 6 chairs around it");
    const d = [1, 2, 3, 4, 5, 6].map((n) => companion(p, `chair${n}_`)).map((c) => Math.hypot(c.cx, c.cy));
    for (const r of d) expect(r).toBeCloseTo(d[0], 1);
  });

  it("'a house with a tree beside it' stands the tree next to the house, on the ground, not inside", () => {
    const p = plan("a house with a tree beside it");
    const house = main(p), tree = companion(p, "tree1_");
    expect(overlap(house, tree)).toBe(false);
    expect(tree.lo[0] - house.hi[0]).toBeLessThan(2);
    expect(tree.lo[2]).toBeCloseTo(0);
  });

  it("'a vase on a table' rests the vase on the table top", () => {
    const p = plan("a vase on a table");
    expect(p.name).toBe("Vase on a table");
    const vase = main(p), table = companion(p, "table1_");
    expect(vase.lo[2]).toBeCloseTo(table.hi[2], 3);
    expect(vase.cx).toBeGreaterThan(table.lo[0]);
    expect(vase.cx).toBeLessThan(table.hi[0]);
  });

  it("in front of and behind: -Y and +Y of the anchor", () => {
    const front = plan("a desk with a chair in front of it");
    expect(companion(front, "chair1_").hi[1]).toBeLessThan(main(front).lo[1]);
    const behind = plan("a house with a tree behind it");
    expect(companion(behind, "tree1_").lo[1]).toBeGreaterThan(main(behind).hi[1]);
  });

  it("'on each side' puts one on the left and one on the right", () => {
    const p = plan("a bed with a nightstand on each side");
    const bed = main(p), a = companion(p, "cabinet1_"), b = companion(p, "cabinet2_");
    expect(a.hi[0]).toBeLessThan(bed.lo[0]);
    expect(b.lo[0]).toBeGreaterThan(bed.hi[0]);
  });

  it("something too big to go on top stands beside instead ('a man on a chair')", () => {
    const p = plan("a man on a chair");
    expect(main(p).lo[2]).toBeCloseTo(0);
  });

  it("without spatial words companions still stand in a row without overlap", () => {
    const p = plan("a table with two chairs");
    const table = main(p);
    for (const n of [1, 2]) expect(companion(p, `chair${n}_`).lo[0]).toBeGreaterThan(table.hi[0]);
  });
});

type Box = ReturnType<typeof box>;
/** Footprints at least `gap` apart on some ground axis. */
const apart = (a: Box, b: Box, gap = 0.05) => [0, 1].some((i) => a.lo[i] >= b.hi[i] + gap - 1e-3 || b.lo[i] >= a.hi[i] + gap - 1e-3);
/** How far the point m lies from the segment a-b, and where along it (0 at a, 1 at b). */
function alongSegment(m: Box, a: Box, b: Box) {
  const [dx, dy] = [b.cx - a.cx, b.cy - a.cy];
  const t = ((m.cx - a.cx) * dx + (m.cy - a.cy) * dy) / (dx * dx + dy * dy);
  return { t, off: Math.hypot(a.cx + t * dx - m.cx, a.cy + t * dy - m.cy) };
}

describe("'between' stands a thing midway between two others", () => {
  it.each([
    ["a lamp between two chairs", "Lamp between two chairs", "chair1_", "chair2_"],
    ["a tree between two houses", "Tree between two houses", "house1_", "house2_"],
    ["a rug between the sofa and the table", "Rug between a sofa and a table", "sofa1_", "table1_"],
    ["a bench between two lamp posts", "Bench between two street lamps", "street_lamp1_", "street_lamp2_"],
  ])("%s", (prompt, title, left, right) => {
    const p = plan(prompt);
    expect(p.name).toBe(title);
    expect(p.unknown_words).toEqual([]);
    const [m, a, b] = [main(p), companion(p, left), companion(p, right)];
    const { t, off } = alongSegment(m, a, b);
    expect(off).toBeLessThan(0.05);
    expect(t).toBeGreaterThan(0.1);
    expect(t).toBeLessThan(0.9);
    // Clear of both anchors, by the same room on each side, standing on the ground.
    expect(apart(m, a)).toBe(true);
    expect(apart(m, b)).toBe(true);
    expect(apart(a, b)).toBe(true);
    expect(Math.abs((m.lo[0] - a.hi[0]) - (b.lo[0] - m.hi[0]))).toBeLessThan(0.02);
    expect(m.lo[2]).toBeCloseTo(0);
  });

  it("seats on either side turn to face what stands between them; a seat between two things keeps facing front", () => {
    const p = plan("a lamp between two chairs");
    // A chair's front is -Y: the left one turns a quarter left to face +X, the right one a quarter right.
    expect(p.parts.find((x) => x.name === "chair1_seat")!.rotation[2]).toBeCloseTo(Math.PI / 2);
    expect(p.parts.find((x) => x.name === "chair2_seat")!.rotation[2]).toBeCloseTo(-Math.PI / 2);
    const bench = plan("a bench between two lamp posts").parts.filter((x) => !x.name.startsWith("street_lamp"));
    expect(bench.map((x) => x.rotation[2])).toEqual(bench.map(() => 0));
  });

  it.each([
    ["two chairs with a lamp between them", "lamp1_", "", "chair2_"],
    ["a sofa and a table with a rug between them", "rug1_", "", "table1_"],
    ["between two houses stands a tree", "tree1_", "", "house2_"],
    ["a car and two chairs with a lamp between them", "lamp1_", "chair1_", "chair2_"],
  ])("%s: the anchors can come first", (prompt, middle, first, second) => {
    const p = plan(prompt);
    const [m, a, b] = [companion(p, middle), first ? companion(p, first) : main(p), companion(p, second)];
    const { t, off } = alongSegment(m, a, b);
    expect(off).toBeLessThan(0.05);
    expect(t).toBeGreaterThan(0.1);
    expect(t).toBeLessThan(0.9);
    expect(apart(m, a) && apart(m, b)).toBe(true);
    // Midway, with neither anchor pushed round something else.
    expect(Math.abs((m.lo[0] - a.hi[0]) - (b.lo[0] - m.hi[0]))).toBeLessThan(0.02);
  });

  it("anchors already placed part to make room: 'a sofa with a table in front of it and a rug between them'", () => {
    const p = plan("a sofa with a table in front of it and a rug between them");
    const [sofa, table, rug] = [main(p), companion(p, "table1_"), companion(p, "rug1_")];
    expect(table.hi[1]).toBeLessThan(sofa.lo[1]);
    expect(rug.hi[1]).toBeLessThan(sofa.lo[1] - 0.05);
    expect(rug.lo[1]).toBeGreaterThan(table.hi[1] + 0.05);
  });

  it("between two things on a table rests on the table: 'two vases on a table with a candle between them'", () => {
    const p = plan("two vases on a table with a candle between them");
    const [a, b, table, candle] = [main(p), companion(p, "vase2_"), companion(p, "table1_"), companion(p, "candle1_")];
    expect(candle.lo[2]).toBeCloseTo(table.hi[2], 3);
    expect(candle.cx).toBeGreaterThan(a.hi[0]);
    expect(candle.cx).toBeLessThan(b.lo[0]);
    for (const v of [a, b]) expect(v.lo[0] >= table.lo[0] && v.hi[0] <= table.hi[0]).toBe(true);
  });

  it("words it does not know stay unknown; between one thing is beside it", () => {
    const dragons = plan("a lamp between two dragons");
    expect(dragons.unknown_words).toEqual(["dragons"]);
    expect(dragons.name).toBe("Lamp");
    const one = plan("a lamp between the chair");
    expect(one.name).toBe("Lamp beside a chair");
    expect(apart(main(one), companion(one, "chair1_"))).toBe(true);
  });
});
