import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/validations/plan";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { readSceneSpec } from "@/lib/modeler/assemble-plan";
import { findOverlaps, findPlanOverlaps, type Footprint } from "@/lib/modeler/find-overlaps";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { halfExtents } from "@/lib/modeler/transform";
import type { SubjectSpec } from "@/lib/modeler/types";
import { statsFromPlan } from "../helpers/plan-stats";

const plan = (prompt: string, quality: "draft" | "high" = "draft") => planFromPrompt({ prompt, quality });
const fixturePrompts = ["tests/fixtures/modeler-prompts.json", "tests/fixtures/modeler-heldout.json"]
  .flatMap((f) => (JSON.parse(readFileSync(f, "utf8")) as { prompt: string }[]).map((x) => x.prompt));
const several = fixturePrompts.filter((prompt) => (readSceneSpec(plan(prompt))?.instances.length ?? 0) > 1);

/** World box of the parts whose names start with `prefix` ("" = the main subject's, which have no prefix). */
function box(p: Plan, prefix: string) {
  const parts = p.parts.filter((x) => (prefix ? x.name.startsWith(prefix) : !/^[a-z_]+\d+_/.test(x.name)));
  const half = parts.map((x) => halfExtents({ name: x.name, shape: x.shape, size: x.dimensions, at: x.position, rot: x.rotation, role: "" }));
  const lo = [0, 1, 2].map((i) => Math.min(...parts.map((x, k) => x.position[i] - half[k][i])));
  const hi = [0, 1, 2].map((i) => Math.max(...parts.map((x, k) => x.position[i] + half[k][i])));
  return { lo, hi };
}

const spec = (place?: SubjectSpec["place"]): SubjectSpec => ({ subject: "chair", counts: {}, features: {}, roles: {}, scale: [1, 1, 1], place });
const at = (x0: number, x1: number): Footprint => ({ min: [x0, 0], max: [x1, 1] });

describe("findOverlaps: footprints of separately placed things", () => {
  it("flags footprints closer than 5 cm, and not those further apart", () => {
    const specs = [spec(), spec(), spec()];
    expect(findOverlaps({ footprints: [at(0, 1), at(1.04, 2), at(2.06, 3)], specs })).toEqual([[0, 1]]);
    expect(findOverlaps({ footprints: [at(0, 1), at(0.5, 2), null], specs })).toEqual([[0, 1]]);
  });

  it("lets things stacked on or under another share its ground, but not two things side by side on it", () => {
    const specs = [spec(), spec({ rel: "on", anchor: 0 }), spec({ rel: "on", anchor: 0 }), spec({ rel: "under", anchor: 0 }), spec({ rel: "on", anchor: 1 })];
    const all = [at(0, 3), at(0.2, 1), at(0.9, 2), at(1, 2), at(0.3, 0.6)];
    // 1 and 2 are two cups on one table, too close; everything else is stacked at another level.
    expect(findOverlaps({ footprints: all, specs })).toEqual([[1, 2]]);
  });
});

describe("separately placed things never overlap", () => {
  it.each([
    "a table with four chairs around it and a lamp next to it",
    "a table with a lamp next to it and four chairs around it",
    "a sofa with a table in front of it and a plant beside it",
    "a house with a tree beside it and a car in front of it",
    "a bed with two nightstands on either side and a lamp on each nightstand",
    "a table with a bench in front of it and four chairs around it",
    "a house with 6 trees around it",
    "a lamp between two chairs", "a tree between two houses", "a rug between the sofa and the table", "a bench between two lamp posts",
    "two vases on a table with a candle between them", "a sofa with a table in front of it and a rug between them",
    "a car and two chairs with a lamp between them",
  ])("%s: no overlaps, and the critic finds nothing wrong", (prompt) => {
    for (const quality of ["draft", "high"] as const) {
      const p = plan(prompt, quality);
      expect(findPlanOverlaps({ plan: p })).toEqual([]);
      const c = critiqueScene({ plan: p, stats: statsFromPlan(p) });
      expect(c.reasons.filter((r) => r.severity !== "info")).toEqual([]);
      expect(c.score).toBe(10);
    }
  });

  it("has fixture prompts with several things to check", () => expect(several.length).toBeGreaterThanOrEqual(10));

  it.each(several)("fixture '%s'", (prompt) => {
    for (const quality of ["draft", "high"] as const) expect(findPlanOverlaps({ plan: plan(prompt, quality) })).toEqual([]);
  });

  it("a later thing slides away from its anchor rather than jumping: the chair in front stays in front, facing the table", () => {
    const p = plan("a table with a bench in front of it and four chairs around it");
    const [table, bench, chair] = [box(p, ""), box(p, "bench1_"), box(p, "chair1_")];
    expect(bench.hi[1]).toBeLessThan(table.lo[1]);
    expect(chair.hi[1]).toBeLessThan(bench.lo[1] - 0.049);
    expect((chair.lo[0] + chair.hi[0]) / 2).toBeCloseTo((table.lo[0] + table.hi[0]) / 2, 2);
    expect(Math.abs(p.parts.find((x) => x.name === "chair1_seat")!.rotation[2])).toBeCloseTo(Math.PI);
  });

  it("next to stays next to: the lamp stands just right of the chairs round the table", () => {
    for (const prompt of ["a table with four chairs around it and a lamp next to it", "a table with a lamp next to it and four chairs around it"]) {
      const p = plan(prompt);
      const [lamp, right] = [box(p, "lamp1_"), box(p, "chair4_")];
      expect(lamp.lo[0] - right.hi[0]).toBeGreaterThanOrEqual(0.049);
      expect(lamp.lo[0] - right.hi[0]).toBeLessThan(0.5);
    }
  });

  it("stacking keeps working: the lamp rests on a nightstand", () => {
    const p = plan("a bed with two nightstands on either side and a lamp on each nightstand");
    const lamp = box(p, "lamp1_");
    const under = ["cabinet1_", "cabinet2_", "cabinet3_"].map((c) => box(p, c)).find((c) => c.lo[0] <= lamp.lo[0] && lamp.hi[0] <= c.hi[0]);
    expect(under).toBeDefined();
    expect(lamp.lo[2]).toBeCloseTo(under!.hi[2], 3);
  });
});
