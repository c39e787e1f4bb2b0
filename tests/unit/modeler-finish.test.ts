import { describe, expect, it } from "vitest";
import type { Plan, PlanPart } from "@/lib/validations/plan";
import { readSceneSpec } from "@/lib/modeler/assemble-plan";
import { codeFromPlan } from "@/lib/modeler/code-from-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { refinePlan } from "@/lib/modeler/refine-plan";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";

const plan = (prompt: string) => planFromPrompt({ prompt, quality: "draft" });
const named = (p: Plan, name: string) => {
  const found = p.parts.find((x) => x.name === name);
  if (!found) throw new Error(`no part ${name} in ${p.parts.map((x) => x.name).join(",")}`);
  return found;
};
const byPrefix = (p: Plan, prefix: string) => p.parts.filter((x) => x.name.startsWith(prefix));
const legs = (p: Plan) => p.parts.filter((x) => x.group === "legs");
const looks = (parts: PlanPart[]) => parts.map((x) => x.material);

describe("finish words in a prompt", () => {
  it("'a shiny red car' gives the car's body and cabin low roughness in red; wheels, glass and lights keep theirs", () => {
    const [shiny, plain] = [plan("a shiny red car"), plan("a red car")];
    expect(shiny.unknown_words).toEqual([]);
    for (const name of ["body", "cabin"]) {
      const m = named(shiny, name).material;
      expect(m.roughness).toBeLessThanOrEqual(0.15);
      expect(m.base_color).toEqual(colorRgb("red"));
      expect(m.metallic).toBe(named(plain, name).material.metallic);
    }
    for (const name of ["wheel_1", "hub_1", "windshield", "headlight_1"]) expect(named(shiny, name).material).toEqual(named(plain, name).material);
  });

  it("'a chair with matte legs' makes only the legs rough", () => {
    const [matte, plain] = [plan("a chair with matte legs"), plan("a chair")];
    expect(legs(matte)).toHaveLength(4);
    for (const leg of legs(matte)) expect(leg.material.roughness).toBeGreaterThanOrEqual(0.85);
    expect(looks(byPrefix(matte, "seat"))).toEqual(looks(byPrefix(plain, "seat")));
    expect(named(matte, "backrest").material).toEqual(named(plain, "backrest").material);
  });

  it("'shiny metal legs' are glossy metal; brushed steel keeps its metal at a satin roughness", () => {
    const shiny = plan("a chair with shiny metal legs");
    for (const leg of legs(shiny)) expect(leg.material).toMatchObject({ metallic: 1, roughness: 0.15 });
    expect(named(shiny, "seat").material).toEqual(named(plan("a chair"), "seat").material);
    for (const leg of legs(plan("a chair with brushed steel legs"))) expect(leg.material).toMatchObject({ metallic: 1, roughness: 0.45 });
    expect(named(plan("a brushed wooden chair"), "seat").material.roughness).toBeGreaterThanOrEqual(0.85);
  });

  it("'a glowing blue orb' and 'a neon mushroom' glow in their own colour; unlit parts do not", () => {
    const orb = plan("a glowing blue orb");
    expect(orb.subject).toBe("ball");
    expect(named(orb, "ball").material).toMatchObject({ emission: 3, base_color: colorRgb("blue") });
    expect(named(orb, "seam_1").material.emission).toBe(0);
    const mushroom = plan("a neon mushroom");
    expect(mushroom.unknown_words).toEqual([]);
    expect(named(mushroom, "cap").material.emission).toBeGreaterThan(0);
    expect(named(mushroom, "cap").material.base_color).toEqual(named(plan("a mushroom"), "cap").material.base_color);
  });

  it("'neon' before a colour stays a bright colour, not a glow", () => {
    const ball = named(plan("a neon pink ball"), "ball").material;
    expect(ball.emission).toBe(0);
    expect(ball.base_color).toEqual(colorRgb("bright pink"));
  });

  it("transparent, see-through and translucent set transmission and keep the colour", () => {
    const plainVase = named(plan("a vase"), "neck").material;
    for (const prompt of ["a transparent vase", "a see-through vase"]) {
      expect(named(plan(prompt), "neck").material).toMatchObject({ transmission: 1, base_color: plainVase.base_color });
    }
    expect(named(plan("a translucent red vase"), "neck").material).toMatchObject({ transmission: 0.6, base_color: colorRgb("red") });
  });

  it("each object of a composition gets its own finish", () => {
    const p = plan("a glossy vase and a matte table");
    for (const x of p.parts.filter((x) => !x.name.startsWith("table1_"))) expect(x.material.roughness, x.name).toBeLessThanOrEqual(0.15);
    for (const x of byPrefix(p, "table1_")) expect(x.material.roughness, x.name).toBeGreaterThanOrEqual(0.85);
    const q = plan("a matte black table with a glossy vase on it");
    expect(readSceneSpec(q)!.instances.map((s) => s.subject)).toEqual(["table", "vase"]);
    expect(named(q, "top").material).toMatchObject({ color_name: "black", roughness: 0.85 });
    for (const x of byPrefix(q, "vase1_")) expect(x.material.roughness, x.name).toBeLessThanOrEqual(0.15);
  });

  it("finishes of different kinds add up; 'not shiny' is matte; 'weathered' is rough and rustic", () => {
    expect(named(plan("a shiny glowing ball"), "ball").material).toMatchObject({ roughness: 0.15, emission: 3 });
    expect(named(plan("a sword that is not shiny"), "blade").material.roughness).toBeGreaterThanOrEqual(0.85);
    const fence = plan("a weathered wooden fence");
    expect(fence.style).toBe("rustic");
    for (const x of fence.parts) expect(x.material.roughness).toBeGreaterThanOrEqual(0.85);
  });

  it("a finish shows in the material name, between colour and material", () => {
    expect(named(plan("a shiny red car"), "body").material.name).toBe("red_glossy_paint");
    expect(named(plan("a shiny gold sword"), "blade").material.name).toBe("glossy_gold");
  });
});

describe("finish words in the generated code", () => {
  it("sets the roughness on the material the body uses and the glow on the orb's", () => {
    const code = codeFromPlan({ plan: plan("a shiny red car"), quality: "draft" });
    expect(code).toMatch(/"red_glossy_paint": pbr_material\("red_glossy_paint", "paint", \([^)]*\), metallic=0\.3, roughness=0\.15, finish="glossy", quality=TEXTURES\)/);
    expect(code).toMatch(/add_part\("body", .*material=materials\["red_glossy_paint"\]/);
    expect(code).toMatch(/add_part\("wheel_1", .*material=materials\["rubber"\]/);
    const orb = codeFromPlan({ plan: plan("a glowing blue orb"), quality: "draft" });
    expect(orb).toMatch(/pbr_material\("blue_glowing_rubber", "rubber", .*emission=3\.0, finish="glowing"/);
  });

  it("writes transmission for a see-through part", () => {
    expect(codeFromPlan({ plan: plan("a see-through vase"), quality: "draft" })).toMatch(/pbr_material\("teal_transparent_ceramic", "ceramic", .*transmission=1\.0/);
  });
});

describe("finish words in feedback", () => {
  it("'make the legs matte' changes only the legs", () => {
    const before = plan("a chair");
    const { plan: after, changes } = refinePlan({ plan: before, feedback: "make the legs matte" });
    expect(changes).toEqual(["Made the legs matte."]);
    for (const leg of legs(after)) expect(leg.material.roughness).toBeGreaterThanOrEqual(0.85);
    for (const name of ["seat", "backrest"]) expect(named(after, name).material).toEqual(named(before, name).material);
  });

  it("'make it glossier' makes every body part glossy, part finishes included; 'less shiny' makes it matte again", () => {
    const legsMatte = refinePlan({ plan: plan("a chair"), feedback: "make the legs matte" }).plan;
    const glossy = refinePlan({ plan: legsMatte, feedback: "make it glossier" });
    expect(glossy.changes).toEqual(["Made the whole chair glossy."]);
    for (const x of glossy.plan.parts) expect(x.material.roughness, x.name).toBeLessThanOrEqual(0.15);
    const matte = refinePlan({ plan: glossy.plan, feedback: "make it less shiny" }).plan;
    for (const x of matte.parts) expect(x.material.roughness, x.name).toBeGreaterThanOrEqual(0.85);
  });

  it("a new finish on a part joins the one it shows: a glossy chair's seat made glowing stays glossy", () => {
    const { plan: after } = refinePlan({ plan: plan("a glossy chair"), feedback: "make the seat glowing" });
    expect(named(after, "seat").material).toMatchObject({ roughness: 0.15, emission: 3 });
    expect(named(after, "leg_1").material.emission).toBe(0);
  });

  it("a subject-wide finish leaves preserved parts as they were", () => {
    const before = plan("a chair");
    const { plan: after } = refinePlan({ plan: before, feedback: "make it shiny", preserve: ["seat"] });
    expect(named(after, "seat").material).toEqual(named(before, "seat").material);
    expect(named(after, "leg_1").material.roughness).toBeLessThanOrEqual(0.15);
  });

  it("a plan without modeler params (an LLM plan) still takes a finish part by part", () => {
    const llm = plan("a table");
    llm.params = null;
    const { plan: after, understood } = refinePlan({ plan: llm, feedback: "make the legs matte" });
    expect(understood).toBe(true);
    for (const leg of legs(after)) expect(leg.material.roughness).toBeGreaterThanOrEqual(0.85);
    expect(named(after, "top").material).toEqual(named(llm, "top").material);
  });
});

describe("words that are still not finishes", () => {
  it("are reported as before, and a finish of an unknown thing lands nowhere", () => {
    expect(plan("a chair with a sparkly cupholder").unknown_words).toEqual(["sparkly", "cupholder"]);
    const dragon = plan("a shiny red dragon");
    expect(dragon.recognized).toBe(false);
    expect(dragon.unknown_words).toEqual(["dragon"]);
    const chair = plan("a chair with a shiny cupholder");
    expect(chair.unknown_words).toEqual(["cupholder"]);
    expect(looks(chair.parts)).toEqual(looks(plan("a chair").parts));
  });

  it("feedback with only an unknown look word is not understood", () => {
    const before = plan("a chair");
    const r = refinePlan({ plan: before, feedback: "make it sparkly" });
    expect(r).toMatchObject({ understood: false, unknown_words: ["sparkly"] });
    expect(r.plan).toBe(before);
    expect(refinePlan({ plan: before, feedback: "make the wheels shiny" }).understood).toBe(false);
  });
});
