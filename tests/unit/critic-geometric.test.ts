import { describe, expect, it } from "vitest";
import type { Plan, PlanPart } from "@/lib/validations/plan";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { sceneStats, statPart, statsFromPlan } from "../helpers/plan-stats";

type V3 = [number, number, number];
const RED: V3 = [0.56, 0.02, 0.02];

/** A hand-made plan part: a box of `size` centred at `at`, red unless told otherwise. */
function planPart(name: string, size: V3, at: V3, extra: Partial<PlanPart> = {}): PlanPart {
  return {
    name, shape: "box", dimensions: size, position: at, rotation: [0, 0, 0], group: null,
    material: { name: "red_wood", color_name: "red", base_color: RED, metallic: 0, roughness: 0.5, transmission: 0, emission: 0 },
    ...extra,
  };
}

/** A stool: a seat on three legs, the way a correct build reports it. */
function stool(): Plan {
  const legs = [0, 1, 2].map((i) => planPart(`leg_${i + 1}`, [0.04, 0.04, 0.4], [0.12 * Math.cos(i * 2.1), 0.12 * Math.sin(i * 2.1), 0.2], { group: "legs" }));
  return {
    subject: "stool", recognized: true, name: "Stool", style: null, size: null, counts: { legs: 3 }, colors: ["red"], materials: [],
    parts: [planPart("seat", [0.35, 0.35, 0.04], [0, 0, 0.42]), ...legs], unknown_words: [], interpretation: null, notes: [], params: null,
  };
}

const critique = (plan: Plan, edit: (s: ReturnType<typeof statsFromPlan>) => void = () => {}) => {
  const stats = statsFromPlan(plan);
  edit(stats);
  return critiqueScene({ plan, stats });
};
const messages = (c: ReturnType<typeof critique>) => c.reasons.map((r) => r.message).join("\n");

describe("geometric critic", () => {
  it("a correct build scores 10 with one info reason", () => {
    const c = critique(stool());
    expect(c.score).toBe(10);
    expect(c.reasons).toEqual([{ severity: "info", message: expect.stringMatching(/All 4 parts present/) }]);
  });

  it("an empty scene scores 0", () => {
    const c = critiqueScene({ plan: stool(), stats: sceneStats([statPart("empty", [0, 0, 0], [0, 0, 0], { triangles: 0, type: "EMPTY" })]) });
    expect(c.score).toBe(0);
  });

  it("a leg built inside the seat is buried; a leg meeting the seat is a joint", () => {
    const plan = stool();
    // leg_1 moved up into the seat slab: its whole box lies inside the seat's.
    const c = critique(plan, (s) => {
      const leg = s.parts.find((p) => p.name === "leg_1")!;
      Object.assign(leg, { bbox_min: [0.1, -0.02, 0.405], bbox_max: [0.14, 0.02, 0.435] });
    });
    expect(messages(c)).toMatch(/'leg_1' inside 'seat'/);
    expect(c.reasons.find((r) => /buried/.test(r.message))!.severity).toBe("warning");
    expect(c.score).toBeLessThan(10);
    // The legs of the correct build end at the seat's underside and are not reported.
    expect(messages(critique(plan))).not.toMatch(/buried inside/);
  });

  it("a part set into a wall with its face showing is not buried; one inside a glass part is on show", () => {
    const wall = planPart("wall", [4, 0.3, 3], [0, 0, 1.5]);
    const door = planPart("door", [1, 0.1, 2], [0, -0.12, 1]);
    const lantern = planPart("lantern", [1, 1, 1], [0, 0, 3.5], { shape: "cylinder", material: { ...wall.material, name: "glass", transmission: 1 } });
    const bulb = planPart("bulb", [0.3, 0.3, 0.3], [0, 0, 3.5], { shape: "sphere" });
    const plan = { ...stool(), counts: {}, parts: [wall, door, lantern, bulb] };
    expect(messages(critique(plan))).not.toMatch(/buried inside/);
    // The same bulb in an opaque drum is buried.
    const drum = { ...plan, parts: [wall, door, { ...lantern, material: wall.material }, bulb] };
    expect(messages(critique(drum))).toMatch(/'bulb' inside 'lantern'/);
  });

  it("a ring does not bury what sits in its hole (a hub inside a wheel)", () => {
    const wheel = planPart("wheel", [0.7, 0.7, 0.05], [0, 0, 0.35], { shape: "torus", rotation: [Math.PI / 2, 0, 0] });
    const hub = planPart("hub", [0.1, 0.1, 0.04], [0, 0, 0.35], { shape: "cylinder", rotation: [Math.PI / 2, 0, 0] });
    const spoke = planPart("spoke", [0.02, 0.02, 0.3], [0, 0, 0.2]);
    expect(messages(critique({ ...stool(), counts: {}, parts: [wheel, hub, spoke] }))).not.toMatch(/buried inside/);
  });

  it("a part hanging in the air floats", () => {
    const c = critique(stool(), (s) => {
      const seat = s.parts.find((p) => p.name === "seat")!;
      seat.bbox_min[2] += 0.3;
      seat.bbox_max[2] += 0.3;
    });
    expect(messages(c)).toMatch(/1 part floats.*'seat'/);
    expect(c.score).toBe(9);
  });

  it("a missing leg is a missing part and a wrong count: an error that costs more than a floating part", () => {
    const c = critique(stool(), (s) => {
      s.parts = s.parts.filter((p) => p.name !== "leg_3");
    });
    expect(messages(c)).toMatch(/1 of the 4 planned parts is missing: 'leg_3'/);
    expect(messages(c)).toMatch(/Expected 3 legs, built 2/);
    expect(c.reasons.filter((r) => r.severity === "error")).toHaveLength(2);
    expect(c.score).toBe(7);
  });

  it("a part in another colour than planned is an error", () => {
    const c = critique(stool(), (s) => {
      s.materials.push({ name: "blue", base_color: [0, 0, 0.8, 1], metallic: 0, roughness: 0.5 });
      s.parts.find((p) => p.name === "seat")!.materials = ["blue"];
    });
    expect(messages(c)).toMatch(/1 part not in the planned colour: 'seat'/);
    expect(c.score).toBe(9);
  });

  it("degenerate parts (no faces, or a line) are errors", () => {
    const c = critique(stool(), (s) => {
      Object.assign(s.parts.find((p) => p.name === "leg_2")!, { triangles: 0 });
    });
    expect(messages(c)).toMatch(/degenerate.*'leg_2'/);
    expect(c.score).toBeLessThanOrEqual(8);
  });

  it("a model much bigger than its plan is flagged", () => {
    const c = critique(stool(), (s) => {
      for (const p of s.parts) for (let i = 0; i < 3; i++) {
        p.bbox_min[i] *= 3;
        p.bbox_max[i] *= 3;
      }
      s.bbox = sceneStats(s.parts).bbox;
    });
    expect(messages(c)).toMatch(/plan says/);
  });

  it("scores stay between 0 and 10 and get worse as more goes wrong", () => {
    const bad = critique(stool(), (s) => {
      s.parts = s.parts.filter((p) => p.name === "seat").map((p) => ({ ...p, bbox_min: [p.bbox_min[0], p.bbox_min[1], 1] as V3, bbox_max: [p.bbox_max[0], p.bbox_max[1], 1.04] as V3 }));
      s.parts.push(statPart("junk", [5, 5, 0], [5.1, 5.1, 0.1]));
    });
    expect(bad.score).toBeGreaterThanOrEqual(0);
    expect(bad.score).toBeLessThan(5);
  });
});
