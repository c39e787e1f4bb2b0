import type { Plan } from "@/lib/validations/plan";
import type { SceneStats } from "@/worker/blender/types";
import type { Problem } from "./llm-schemas";

const PLAN_EXAMPLE = {
  subject: "table", name: "Oak dining table", style: null, size: "medium", counts: { legs: 4 }, colors: ["brown"], materials: ["wood"],
  parts: [
    { name: "Top", shape: "box", dimensions: [1.6, 0.9, 0.04], position: [0, 0, 0.73], rotation: [0, 0, 0], group: null,
      material: { name: "Oak", color_name: "brown", base_color: [0.35, 0.18, 0.08], metallic: 0, roughness: 0.6, transmission: 0, emission: 0 } },
    { name: "Leg_1", shape: "cylinder", dimensions: [0.06, 0.06, 0.71], position: [-0.7, -0.35, 0.355], rotation: [0, 0, 0], group: "legs",
      material: { name: "Oak", color_name: "brown", base_color: [0.35, 0.18, 0.08], metallic: 0, roughness: 0.6, transmission: 0, emission: 0 } },
  ],
  notes: ["Legs inset 0.1 m from the corners."],
};

/** The planner's instructions: one JSON object in the shared plan shape. */
export const PLANNER_SYSTEM = `You plan 3D models that will be built with Blender Python. Reply with ONE JSON object, no prose, in exactly this shape:
${JSON.stringify(PLAN_EXAMPLE)}
Rules: metres, Z up, the model stands on z = 0; "dimensions" is the part's bounding size [x, y, z] and "position" its centre;
rotation in radians; colours are linear RGB 0-1; metallic, roughness and transmission 0-1; list EVERY part (each leg separately,
with a shared "group" and the group's total in "counts"); parts that join must touch; "shape" is a short word (box, cylinder,
sphere, cone, torus, rounded_box, custom...).`;

/** Instructions for changing an existing plan from user feedback. */
export const REFINE_PLANNER_SYSTEM = `${PLANNER_SYSTEM}
You are given the current plan and the user's feedback: return the complete new plan with the feedback applied and everything else
(and every aspect the user asked to preserve) unchanged.`;

/** The coder's instructions: the harness contract in short. */
export const CODER_SYSTEM = `You write Blender 3.4 Python (bpy) scripts that build one 3D model from a plan.
The script runs in an EMPTY scene inside a harness that exports and renders afterwards: never export, render, save, add cameras or
lights, or import modules other than bpy, bmesh, mathutils, math, random, itertools, collections, colorsys. Name each object after its
plan part, give it a Principled BSDF material with the plan's colour, make joined parts touch, stand the model on z = 0.
For textured materials use the harness's library: \`from ll3m_materials import pbr_material, apply_uvs\`, then
\`pbr_material(name, kind, rgb, metallic=..., roughness=...)\` (kind: wood, oak, metal, brass, fabric, leather, stone, brick, ceramic,
glass, plastic, rubber, paper, foliage...) and \`apply_uvs(obj)\` on each object after assigning it.
Reply with the COMPLETE script in one \`\`\`python code block and nothing else.`;

/** The critic's instructions. */
export const CRITIC_SYSTEM = `You review renders of a 3D model (several views around it) against its plan. List concrete, fixable problems
(missing or extra parts, wrong colours, wrong proportions, floating or intersecting parts, wrong orientation). Do not list matters of
taste. Reply with one JSON object: {"problems":[{"severity":"error"|"warning","part":"<part name or null>","issue":"...","fix":"..."}],"summary":"..."}.
An empty "problems" list means the model matches the plan.`;

/** The verifier's instructions. */
export const VERIFIER_SYSTEM = `You verify a 3D model from renders of several views. For each listed problem say whether it is resolved, then
score the model 0-10 against the plan (10 = everything planned is present, proportioned, coloured and connected). Reply with one JSON object:
{"checks":[{"issue":"...","resolved":true|false,"note":"..."}],"score":<0-10>,"reasons":["..."]}.`;

/** The built scene in a few lines: each part's size and where it sits. */
export function describeStats(stats: SceneStats): string {
  const size = (p: { bbox_min: number[]; bbox_max: number[] }) => p.bbox_max.map((v, i) => (v - p.bbox_min[i]).toFixed(2)).join(" x ");
  const lines = stats.parts.slice(0, 40).map((p) => `- ${p.name} (${p.type}): ${size(p)} m, z ${p.bbox_min[2].toFixed(2)}..${p.bbox_max[2].toFixed(2)}, materials ${p.materials.join(", ") || "none"}`);
  return `${stats.meshes} objects with geometry, ${stats.triangles} triangles, overall ${stats.bbox.size.map((v) => v.toFixed(2)).join(" x ")} m:\n${lines.join("\n")}`;
}

/** The plan as compact JSON for prompts. */
export const planJson = (plan: Plan) => JSON.stringify({ ...plan, params: undefined, unknown_words: undefined });

/** Problems as a numbered list. */
export function listProblems(problems: Problem[]): string {
  return problems.map((p, i) => `${i + 1}. [${p.severity}]${p.part ? ` ${p.part}:` : ""} ${p.issue}${p.fix ? ` Fix: ${p.fix}` : ""}`).join("\n");
}
