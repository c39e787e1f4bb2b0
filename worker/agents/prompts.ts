import type { Plan } from "@/lib/validations/plan";
import { allowedImportsText } from "@/worker/blender/allowed-imports";
import { FRAME, SIZE_CONVENTION } from "./frame";
import type { Problem } from "./llm-schemas";

export { describeStats } from "./describe-build";

const oak = { name: "Oak", color_name: "brown", base_color: [0.35, 0.18, 0.08], metallic: 0, roughness: 0.6, transmission: 0, emission: 0 };
const PLAN_EXAMPLE = {
  subject: "table", name: "Oak dining table", style: null, size: "medium", counts: { legs: 4 }, colors: ["brown"], materials: ["wood"],
  parts: [
    { name: "Top", shape: "box", dimensions: [1.6, 0.9, 0.04], position: [0, 0, 0.73], rotation: [0, 0, 0], group: null, material: oak },
    { name: "Leg_1", shape: "cylinder", dimensions: [0.06, 0.06, 0.71], position: [-0.7, -0.35, 0.355], rotation: [0, 0, 0], group: "legs", material: oak },
  ],
  notes: ["Legs inset 0.1 m from the corners."],
};

/** The curved shape words and the data each needs, for the planner (see CURVED_SHAPES in lib/validations/plan.ts). */
const CURVED_SHAPES_TEXT = `Curved parts use one of these shapes with its data, all in the part's own frame:
"lathe" + "profile": [[radius, height], ...] from the bottom up, revolved about the part's own Z (vases, bottles, bells, knobs);
"extrusion" + "profile": [[x, y], ...] an outline in the own XY plane, extruded along own Z by dimensions[2] (brackets, letters, gears);
"tube" + "path": [[x, y, z], ...] relative to "position" + "radius": a smooth tube through the points (hoses, handles, cables);
"bent_pipe" + "path" + "radius" (+ "bend_radius"): straight runs with rounded bends (plumbing, rails, saxophone bodies).`;

/** The planner's instructions: one JSON object in the shared plan shape. */
export const PLANNER_SYSTEM = `You plan 3D models that will be built with Blender Python. Reply with ONE JSON object, no prose, in exactly this shape:
${JSON.stringify(PLAN_EXAMPLE)}
${FRAME}
${SIZE_CONVENTION}
Rules: colours are linear RGB 0-1; metallic, roughness and transmission 0-1; list EVERY part with its own unique name (each leg
separately, with a shared "group" and the group's total in "counts"); parts that join must touch; "shape" is a short word (box,
cylinder, sphere, cone, torus, rounded_box, lathe, extrusion, tube, bent_pipe, custom...).
${CURVED_SHAPES_TEXT}`;

/** Instructions for changing an existing plan from user feedback. */
export const REFINE_PLANNER_SYSTEM = `${PLANNER_SYSTEM}
You are given the current plan and the user's feedback: return the complete new plan with the feedback applied and everything else
(and every aspect the user asked to preserve) unchanged.`;

/** The coder's instructions: the harness contract in short. */
export const CODER_SYSTEM = `You write Blender 3.4 Python (bpy) scripts that build one 3D model from a plan.
The script runs in an EMPTY scene inside a harness that exports and renders afterwards: never export, render, save, add cameras or
lights, or import modules other than ${allowedImportsText()}.
${FRAME}
${SIZE_CONVENTION} Build a part at its dimensions, then set its rotation_euler and location, so its own size stays the plan's.
Name each object exactly as its plan part (the plan's names win over any other naming), give it a Principled BSDF material with the
plan's colour, make joined parts touch. Curved shapes (lathe, extrusion, tube, bent_pipe) follow the recipes in the notes.
For textured materials use the harness's library: \`from ll3m_materials import pbr_material, apply_uvs\`, then
\`pbr_material(name, kind, rgb, metallic=..., roughness=...)\` (kind: wood, oak, metal, brass, fabric, leather, stone, brick, ceramic,
glass, plastic, rubber, paper, foliage...) and \`apply_uvs(obj)\` on each object after assigning it.
Reply with the COMPLETE script in one \`\`\`python code block and nothing else.`;

/** How the critic and the verifier read sizes: like with like. */
const REVIEW_SIZES = `The build report gives each part's own size (before rotation) and rotation beside its world box: compare a part's planned
"dimensions" with its own size, never with its world box (a tilted part's world box is bigger and that is not a mismatch).`;

/** The critic's instructions. */
export const CRITIC_SYSTEM = `You review renders of a 3D model (several views around it) against its plan. List concrete, fixable problems
(missing or extra parts, wrong colours, wrong proportions, floating or intersecting parts, wrong orientation). Do not list matters of
taste.
${FRAME}
${REVIEW_SIZES}
The plan wins: object names follow the plan and are never changed by a fix. When a fix needs the plan itself to change (a size, place,
turn or colour the plan states), say so in "plan_change" for that part; otherwise leave it null and the coder brings the build in line
with the plan. Reply with one JSON object:
{"problems":[{"severity":"error"|"warning","part":"<plan part name or null>","issue":"...","fix":"...","plan_change":null|{"dimensions"?:[x,y,z],"position"?:[x,y,z],"rotation"?:[x,y,z],"base_color"?:[r,g,b],"metallic"?:0-1,"roughness"?:0-1}}],"summary":"..."}.
An empty "problems" list means the model matches the plan.`;

const VERIFIER_INTRO = `You verify a 3D model from renders of several views.
${FRAME}
${REVIEW_SIZES}`;
const SCORE_RULE = `score the model 0-10 against the plan (10 = everything planned is present, proportioned, coloured and connected)`;

/** The verifier's instructions when problems were raised: check each off, then score. */
export const VERIFIER_SYSTEM = `${VERIFIER_INTRO}
For each listed problem say whether it is resolved, then ${SCORE_RULE}. Reply with one JSON object:
{"checks":[{"issue":"...","resolved":true|false,"note":"..."}],"score":<0-10>,"reasons":["..."]}.`;

/** The verifier's instructions when nothing was raised: there is nothing to check off, only a score. */
export const VERIFIER_SCORE_SYSTEM = `${VERIFIER_INTRO}
${SCORE_RULE[0].toUpperCase()}${SCORE_RULE.slice(1)}. Reply with one JSON object: {"score":<0-10>,"reasons":["..."]}.`;

/** The plan as compact JSON for prompts. */
export const planJson = (plan: Plan) => JSON.stringify({ ...plan, params: undefined, unknown_words: undefined });

/** Problems as a numbered list. */
export function listProblems(problems: Problem[]): string {
  return problems.map((p, i) => `${i + 1}. [${p.severity}]${p.part ? ` ${p.part}:` : ""} ${p.issue}${p.fix ? ` Fix: ${p.fix}` : ""}`).join("\n");
}
