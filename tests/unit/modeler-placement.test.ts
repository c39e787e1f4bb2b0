import { describe, expect, it } from "vitest";
import type { Plan, PlanPart } from "@/lib/validations/plan";
import { planFromPrompt } from "@/worker/modeler/plan-from-prompt";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });

/** World bounding box of a set of plan parts (rotations about Z only, as the layout uses). */
function box(parts: PlanPart[]) {
  const lo = [Infinity, Infinity, Infinity], hi = [-Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    const [c, s] = [Math.abs(Math.cos(p.rotation[2])), Math.abs(Math.sin(p.rotation[2]))];
    const half = [(p.dimensions[0] * c + p.dimensions[1] * s) / 2, (p.dimensions[0] * s + p.dimensions[1] * c) / 2, p.dimensions[2] / 2];
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i]!, p.position[i]! - half[i]!);
      hi[i] = Math.max(hi[i]!, p.position[i]! + half[i]!);
    }
  }
  return { lo, hi, cx: (lo[0]! + hi[0]!) / 2, cy: (lo[1]! + hi[1]!) / 2 };
}
const main = (p: Plan) => box(p.parts.filter((x) => !/^[a-z_]+\d+_/.test(x.name)));
const companion = (p: Plan, prefix: string) => box(p.parts.filter((x) => x.name.startsWith(prefix)));
const overlap = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) => [0, 1].every((i) => a.lo[i]! < b.hi[i]! - 1e-6 && b.lo[i]! < a.hi[i]! - 1e-6);

describe("spatial words place companions", () => {
  it("'a table with four chairs around it': one chair per side, none inside the table, each facing it", () => {
    const p = plan("a table with four chairs around it");
    const table = main(p);
    const chairs = [1, 2, 3, 4].map((n) => companion(p, `chair${n}_`));
    for (const c of chairs) expect(overlap(c, table)).toBe(false);
    const sides = chairs.map((c) => (c.hi[1]! < table.lo[1]! ? "front" : c.lo[1]! > table.hi[1]! ? "back" : c.hi[0]! < table.lo[0]! ? "left" : "right"));
    expect(new Set(sides)).toEqual(new Set(["front", "back", "left", "right"]));
    // A chair's front is -Y; in front of the table (at -Y) it turns half round to face it.
    expect(Math.abs(p.parts.find((x) => x.name === "chair1_seat")!.rotation[2])).toBeCloseTo(Math.PI);
    // Every chair's centre is nearer the table's centre than the row layout would put it.
    for (const c of chairs) expect(Math.hypot(c.cx - table.cx, c.cy - table.cy)).toBeLessThan(1.5);
  });

  it("six chairs around a round table stand on a circle", () => {
    const p = plan("a round table with 6 chairs around it");
    const d = [1, 2, 3, 4, 5, 6].map((n) => companion(p, `chair${n}_`)).map((c) => Math.hypot(c.cx, c.cy));
    for (const r of d) expect(r).toBeCloseTo(d[0]!, 1);
  });

  it("'a house with a tree beside it' stands the tree next to the house, on the ground, not inside", () => {
    const p = plan("a house with a tree beside it");
    const house = main(p), tree = companion(p, "tree1_");
    expect(overlap(house, tree)).toBe(false);
    expect(tree.lo[0]! - house.hi[0]!).toBeLessThan(2);
    expect(tree.lo[2]).toBeCloseTo(0);
  });

  it("'a vase on a table' rests the vase on the table top", () => {
    const p = plan("a vase on a table");
    expect(p.name).toBe("Vase on a table");
    const vase = main(p), table = companion(p, "table1_");
    expect(vase.lo[2]).toBeCloseTo(table.hi[2]!, 3);
    expect(vase.cx).toBeGreaterThan(table.lo[0]!);
    expect(vase.cx).toBeLessThan(table.hi[0]!);
  });

  it("in front of and behind: -Y and +Y of the anchor", () => {
    const front = plan("a desk with a chair in front of it");
    expect(companion(front, "chair1_").hi[1]).toBeLessThan(main(front).lo[1]!);
    const behind = plan("a house with a tree behind it");
    expect(companion(behind, "tree1_").lo[1]).toBeGreaterThan(main(behind).hi[1]!);
  });

  it("'on each side' puts one on the left and one on the right", () => {
    const p = plan("a bed with a nightstand on each side");
    const bed = main(p), a = companion(p, "cabinet1_"), b = companion(p, "cabinet2_");
    expect(a.hi[0]).toBeLessThan(bed.lo[0]!);
    expect(b.lo[0]).toBeGreaterThan(bed.hi[0]!);
  });

  it("something too big to go on top stands beside instead ('a man on a chair')", () => {
    const p = plan("a man on a chair");
    expect(main(p).lo[2]).toBeCloseTo(0);
  });

  it("without spatial words companions still stand in a row without overlap", () => {
    const p = plan("a table with two chairs");
    const table = main(p);
    for (const n of [1, 2]) expect(companion(p, `chair${n}_`).lo[0]).toBeGreaterThan(table.hi[0]!);
  });
});
