import { describe, expect, it } from "vitest";
import type { Plan, PlanPart } from "@/lib/validations/plan";
import { planConsistencyProblems } from "@/lib/validations/plan-consistency";
import { amendPlan } from "@/worker/agents/amend-plan";
import { describeStats } from "@/worker/agents/describe-build";
import { llmPlanSchema, problemSchema } from "@/worker/agents/llm-schemas";
import { namingProblem } from "@/worker/agents/naming-problem";
import { wrongPartSizes } from "@/worker/critic/check-plan";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { sceneStats, statPart } from "../helpers/plan-stats";

type V3 = [number, number, number];
const grey = { name: "Grey", color_name: "grey", base_color: [0.5, 0.5, 0.5] as V3, metallic: 0, roughness: 0.5, transmission: 0, emission: 0 };
const part = (name: string, dimensions: V3, position: V3, extra: Partial<PlanPart> = {}): PlanPart => ({ name, shape: "box", dimensions, position, rotation: [0, 0, 0], group: null, material: grey, ...extra });
const plan = (parts: PlanPart[], counts: Record<string, number> = {}): Plan => ({
  subject: "thing", recognized: true, name: "Thing", style: null, size: null, counts, colors: [], materials: [], parts, unknown_words: [], interpretation: null, notes: [], params: null,
});

describe("the build report the critic and the verifier read", () => {
  it("gives each part's own size and rotation beside its world box", () => {
    // A 1 m long bar tilted 90 degrees about Y: its world box stands 1 m tall, its own size is still 1 x 0.1 x 0.1.
    const bar = statPart("Bar", [-0.05, -0.05, 0], [0.05, 0.05, 1], { dimensions: [1, 0.1, 0.1], rotation: [0, Math.PI / 2, 0], materials: ["Grey"] });
    const text = describeStats(sceneStats([bar]));
    expect(text).toContain("- Bar (MESH): own 1.00 x 0.10 x 0.10 m, rotation (0.00, 1.57, 0.00) rad; world box x -0.05..0.05, y -0.05..0.05, z 0.00..1.00; materials Grey");
  });

  it("summarises a 105-part typewriter's keys as a group and leaves no part out", () => {
    const keys = Array.from({ length: 100 }, (_, i) => statPart(`Key_${i + 1}`, [-0.3 + (i % 20) * 0.03, -0.1 + Math.floor(i / 20) * 0.03, 0.05], [-0.28 + (i % 20) * 0.03, -0.08 + Math.floor(i / 20) * 0.03, 0.06], { dimensions: [0.02, 0.02, 0.01], rotation: [0, 0, 0], materials: ["KeyCap"] }));
    const others = ["Body", "Carriage", "Roller", "Knob_L", "Space_Bar"].map((n, i) => statPart(n, [-0.4, -0.2 + i * 0.01, 0], [0.4, 0.2, 0.05 + i * 0.01]));
    const text = describeStats(sceneStats([...others, ...keys]));
    expect(text).toMatch(/Summarised: 100 of the 105 parts are shown as 1 group/);
    expect(text).toContain("Nothing is left out.");
    expect(text).toMatch(/- Key_\* x100 \(Key_1 … Key_100\): each own 0\.02 x 0\.02 x 0\.01 m; together x -0\.30\.\.0\.29, y -0\.10\.\.0\.04, z 0\.05\.\.0\.06; centres 0\.03 m apart along x/);
    for (const n of ["Body", "Carriage", "Roller", "Knob_L", "Space_Bar"]) expect(text).toContain(`- ${n} (MESH)`);
    expect(text.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(6);
  });

  it("lists every part one by one up to 40", () => {
    const legs = Array.from({ length: 40 }, (_, i) => statPart(`Leg_${i + 1}`, [i, 0, 0], [i + 0.1, 0.1, 1]));
    const lines = describeStats(sceneStats(legs)).split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toHaveLength(40);
  });
});

describe("sizes of rotated parts are compared like with like", () => {
  const tilted = plan([part("Bell", [0.1, 0.1, 0.4], [0, 0, 0.5], { rotation: [0, Math.PI / 4, 0] })]);
  const worldHalf = (0.1 + 0.4) * Math.SQRT1_2 / 2;
  const built = (dimensions: V3) => sceneStats([statPart("Bell", [-worldHalf, -0.05, 0.5 - worldHalf], [worldHalf, 0.05, 0.5 + worldHalf], { dimensions, rotation: [0, Math.PI / 4, 0], materials: ["Grey"] })], [{ name: "Grey", base_color: [0.5, 0.5, 0.5, 1], metallic: 0, roughness: 0.5 }]);

  it("a tilted part built to plan is no mismatch, though its world box is bigger than its dimensions", () => {
    expect(wrongPartSizes(tilted, built([0.1, 0.1, 0.4]))).toEqual([]);
    expect(critiqueScene({ plan: tilted, stats: built([0.1, 0.1, 0.4]), partSizes: true }).score).toBe(10);
  });

  it("a part built at another own size is reported with both sizes", () => {
    const wrong = sceneStats([statPart("Bell", [-0.05, -0.05, 0.2], [0.05, 0.05, 0.9], { dimensions: [0.1, 0.1, 0.7], rotation: [0, 0, 0] })]);
    expect(wrongPartSizes(tilted, wrong)).toEqual([{ name: "Bell", planned: [0.1, 0.1, 0.4], built: [0.1, 0.1, 0.7] }]);
    const c = critiqueScene({ plan: tilted, stats: wrong, partSizes: true });
    expect(c.reasons.map((r) => r.message).join("\n")).toContain("'Bell' is 0.10 x 0.10 x 0.70 m, planned 0.10 x 0.40 m".replace("0.10 x 0.40", "0.10 x 0.10 x 0.40"));
  });

  it("a part whose turn was baked into its vertices matches by its world box", () => {
    // Own size now equals the world box; the plan's rotated box is that size too.
    expect(wrongPartSizes(tilted, built([2 * worldHalf, 0.1, 2 * worldHalf]))).toEqual([]);
  });
});

describe("the plan's curved shapes and its consistency check", () => {
  const vase = (extra: Partial<PlanPart>) => ({ ...part("Vase", [0.2, 0.2, 0.3], [0, 0, 0.15]), shape: "lathe", ...extra });

  it("accepts a lathe with its profile, a tube and a bent pipe with path and radius, an extrusion with its outline", () => {
    const ok = plan([
      vase({ profile: [[0, 0], [0.1, 0.05], [0.05, 0.3], [0, 0.3]] }),
      { ...part("Hose", [0.4, 0.02, 0.3], [0, 0, 0.5]), shape: "tube", path: [[0, 0, 0], [0.2, 0, 0.1], [0.4, 0, 0]], radius: 0.01 },
      { ...part("Pipe", [0.3, 0.04, 0.5], [0, 0, 0.3]), shape: "bent_pipe", path: [[0, 0, 0.3], [0, 0, 0], [0.3, 0, 0]], radius: 0.02, bend_radius: 0.05 },
      { ...part("Bracket", [0.2, 0.2, 0.02], [0, 0, 0.01]), shape: "extrusion", profile: [[0, 0], [0.2, 0], [0, 0.2]] },
    ]);
    expect(planConsistencyProblems(ok)).toEqual([]);
  });

  it("names what a curved part lacks, duplicate names and counts that disagree with the parts", () => {
    const bad = plan([
      vase({}),
      { ...part("Hose", [0.4, 0.02, 0.3], [0, 0, 0.5]), shape: "tube", path: [[0, 0, 0], [0.4, 0, 0]] },
      part("Leg", [0.05, 0.05, 0.4], [0, 0, 0.2], { group: "legs" }),
      part("Leg", [0.05, 0.05, 0.4], [0.5, 0, 0.2], { group: "legs" }),
    ], { legs: 4 });
    expect(planConsistencyProblems(bad)).toEqual([
      "part 'Vase' is a lathe but has no \"profile\" of at least 2 [radius, height] points",
      "part 'Hose' is a tube but has no positive \"radius\"",
      "part name 'Leg' is used twice; every part needs its own name",
      "counts.legs is 4 but 2 parts have group 'legs'; list every part or correct the count",
    ]);
  });

  it("the LLM plan schema refuses an inconsistent plan with those sentences (the planner gets them in its repair request)", () => {
    const parsed = llmPlanSchema.safeParse({ subject: "vase", name: "Vase", parts: [vase({})] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(["part 'Vase' is a lathe but has no \"profile\" of at least 2 [radius, height] points"]);
  });
});

describe("fix precedence: a fix amends the plan explicitly, names follow the plan", () => {
  const table = plan([part("Top", [1, 0.6, 0.04], [0, 0, 0.73]), part("Leg_1", [0.05, 0.05, 0.71], [0.4, 0.25, 0.355])]);
  const problem = (p: unknown) => problemSchema.parse(p);

  it("applies a critic's plan_change to the named part and leaves the rest of the plan as it was", () => {
    const red: V3 = [0.8, 0.05, 0.05];
    const { plan: amended, applied, refused } = amendPlan(table, [
      problem({ part: "Top", issue: "The top should be red", fix: "paint it red", plan_change: { base_color: red } }),
      problem({ part: "Leg_1", issue: "The leg floats", fix: "lower it" }),
    ]);
    expect(applied).toEqual([{ part: "Top", change: { base_color: red } }]);
    expect(refused).toEqual([]);
    expect(amended.parts[0].material.base_color).toEqual(red);
    expect(amended.parts.map((p) => p.name)).toEqual(["Top", "Leg_1"]);
    expect(amended.parts[1]).toEqual(table.parts[1]);
    expect(table.parts[0].material.base_color).toEqual(grey.base_color);
  });

  it("refuses a change for a part the plan does not have (a fix cannot rename)", () => {
    const { plan: amended, applied, refused } = amendPlan(table, [problem({ part: "Tabletop", issue: "rename", plan_change: { dimensions: [2, 1, 0.04] } })]);
    expect(applied).toEqual([]);
    expect(refused).toEqual([{ part: "Tabletop", change: { dimensions: [2, 1, 0.04] } }]);
    expect(amended).toBe(table);
  });

  it("asks the coder to rename objects that do not carry the plan's names", () => {
    const renamed = sceneStats([statPart("Tabletop", [0, 0, 0.7], [1, 0.6, 0.75]), statPart("Leg_1", [0, 0, 0], [0.05, 0.05, 0.71])]);
    expect(namingProblem(table, renamed)).toMatch(/Planned names not found: 'Top'\. Objects with names the plan does not have: 'Tabletop'\./);
    const named = sceneStats([statPart("Top", [0, 0, 0.7], [1, 0.6, 0.75]), statPart("Leg_1.001", [0, 0, 0], [0.05, 0.05, 0.71])]);
    expect(namingProblem(table, named)).toBeNull();
  });
});
