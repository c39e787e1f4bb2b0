import { describe, expect, it } from "vitest";
import { codeFromPlan } from "@/lib/modeler/code-from-plan";
import { planFromPrompt } from "@/lib/modeler/plan-from-prompt";
import { SUBJECTS } from "@/lib/modeler/subjects";

/** The same rules the Blender static check applies: only these modules, none of the escape hatches. */
function lint(code: string): string[] {
  const problems: string[] = [];
  for (const m of code.matchAll(/^\s*(?:from\s+(\S+)\s+import|import\s+(\S+))/gm)) {
    const mod = (m[1] ?? m[2]).split(".")[0];
    if (!["bpy", "bmesh", "mathutils", "math", "ll3m_materials"].includes(mod)) problems.push(`import ${mod}`);
  }
  const banned = [/\bos\./, /\bopen\(/, /\beval\(/, /\bexec\(/, /__\w+__/, /bpy\.ops\.script/, /bpy\.ops\.wm\.open/, /preferences/, /\.\s*__/];
  for (const re of banned) if (re.test(code)) problems.push(re.source);
  return problems;
}

const addPartNames = (code: string) => [...code.matchAll(/^add_part\("([^"]+)"/gm)].map((m) => m[1]);

describe("codeFromPlan", () => {
  it.each(SUBJECTS.map((s) => s.name))("%s: one add_part per plan part, lint-clean", (subject) => {
    const plan = planFromPrompt({ prompt: `a ${subject}`, quality: "standard" });
    const code = codeFromPlan({ plan, quality: "standard" });
    expect(addPartNames(code)).toEqual(plan.parts.map((p) => p.name));
    expect(lint(code)).toEqual([]);
    for (const m of new Set(plan.parts.map((p) => p.material))) expect(code).toContain(`pbr_material("${m.name}", "${m.kind}"`);
  });

  it("writes a readable header, helpers and per-part blocks", () => {
    const plan = planFromPrompt({ prompt: "a red wooden chair with five legs", quality: "standard" });
    const code = codeFromPlan({ plan, quality: "standard" });
    expect(code).toMatch(/^# Red wooden chair/);
    expect(code).toContain("from ll3m_materials import apply_uvs, pbr_material");
    expect(code).toContain("def add_part(name, shape, size, location");
    expect(code).toContain("# --- legs (5) ---");
    expect(code).toContain('group="legs"');
  });

  it("scales detail with quality: draft has few segments and no bevel, high more segments and bevels", () => {
    const plan = planFromPrompt({ prompt: "a table", quality: "standard" });
    const draft = codeFromPlan({ plan, quality: "draft" });
    const high = codeFromPlan({ plan, quality: "high" });
    expect(draft).toContain("SEGMENTS = 12");
    expect(draft).toContain("BEVEL_SEGMENTS = 0");
    expect(high).toContain("SEGMENTS = 64");
    expect(high).toMatch(/add_part\("leg_1".*bevel=/);
  });

  it("asks the material library for the task's texture quality", () => {
    const plan = planFromPrompt({ prompt: "a red wooden chair", quality: "standard" });
    expect(codeFromPlan({ plan, quality: "draft" })).toContain('TEXTURES = "draft"');
    const high = codeFromPlan({ plan, quality: "high" });
    expect(high).toContain('TEXTURES = "high"');
    expect(high).toMatch(/"red_wood": pbr_material\("red_wood", "wood", \([^)]*\), metallic=0\.0, roughness=0\.6, quality=TEXTURES\)/);
  });

  it("names the library kind of plans stored before kinds existed by the material's last word", () => {
    const plan = planFromPrompt({ prompt: "an oak table", quality: "standard" });
    for (const p of plan.parts) p.material = { ...p.material, kind: undefined };
    expect(codeFromPlan({ plan, quality: "standard" })).toMatch(/pbr_material\("oak", "oak"/);
  });

  it("low-poly style forces faceted settings", () => {
    const plan = planFromPrompt({ prompt: "a low-poly tree", quality: "high" });
    expect(codeFromPlan({ plan, quality: "high" })).toContain("SMOOTH = False");
  });

  it("keeps hostile names from an LLM plan inside string literals and comments", () => {
    const plan = planFromPrompt({ prompt: "a mug", quality: "draft" });
    plan.name = 'evil\nimport os\nos.system("x")';
    plan.parts[0].name = 'a"); import os; ("';
    const code = codeFromPlan({ plan, quality: "draft" });
    expect(code).not.toMatch(/^import os/m);
    expect(lint(code)).toEqual([]);
  });

  it("refuses a plan with no parts", () => {
    const plan = planFromPrompt({ prompt: "a dragon", quality: "draft" });
    expect(() => codeFromPlan({ plan, quality: "draft" })).toThrow();
  });
});
