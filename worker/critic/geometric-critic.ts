import type { Plan } from "@/lib/validations/plan";
import type { SceneStats } from "@/worker/blender/types";
import { missingParts, sizeMismatch, wrongColors, wrongCounts, wrongPartSizes } from "./check-plan";
import { findFloating } from "./find-floating";
import { findSunk } from "./find-sunk";

export interface Finding {
  severity: "error" | "warning" | "info";
  message: string;
}

export interface Critique {
  score: number;
  reasons: Finding[];
}

const names = (list: string[], max = 4) => list.slice(0, max).map((n) => `'${n}'`).join(", ") + (list.length > max ? ` and ${list.length - max} more` : "");
/** Most points unmodelled prompt words can cost together: a long wish list still leaves a sound model above 5. */
const UNMODELLED_MAX = 4;
const plural = (n: number, one: string, many = one + "s") => `${n} ${n === 1 ? one : many}`;

/**
 * Scores a built scene 0-10 from the harness report against its plan. Each kind of problem costs points, capped
 * so one bad kind cannot hide the rest: what the plan asked for (missing parts, wrong counts, wrong colours:
 * errors) weighs more than how it sits (floating or buried parts, a size off the plan: warnings).
 * 10 = everything checked holds and every word of the prompt is modelled; 8-9 = a small flaw or a word left out;
 * 5-7 = visible problems; below 5 = not the asked-for model. `partSizes` also compares each part's own-frame size.
 */
export function critiqueScene({ plan, stats, partSizes = false }: { plan: Plan; stats: SceneStats; partSizes?: boolean }): Critique {
  const meshes = stats.parts.filter((p) => p.type === "MESH" && p.triangles > 0);
  if (meshes.length === 0 || stats.triangles === 0) return { score: 0, reasons: [{ severity: "error", message: "The scene has no geometry." }] };
  const reasons: Finding[] = [];
  let penalty = 0;
  const flag = (severity: Finding["severity"], message: string, cost: number) => {
    reasons.push({ severity, message });
    penalty += cost;
  };

  const degenerate = stats.parts.filter((p) => p.type === "MESH" && (p.triangles === 0 || [0, 1, 2].filter((i) => p.bbox_max[i] - p.bbox_min[i] < 1e-5).length >= 2));
  if (degenerate.length) flag("error", `${plural(degenerate.length, "part")} ${degenerate.length === 1 ? "is" : "are"} degenerate (no faces, or a line or point): ${names(degenerate.map((p) => p.name))}.`, Math.min(4, 2 * degenerate.length));

  const missing = missingParts(plan, meshes);
  if (missing.count > 0) {
    const which = missing.names.length ? `: ${names(missing.names)}` : "";
    flag("error", `${missing.count} of the ${plural(plan.parts.length, "planned part")} ${missing.count === 1 ? "is" : "are"} missing${which}.`, Math.min(4, missing.count));
  }

  wrongCounts(plan, meshes).forEach((c, k) => flag("error", `Expected ${c.expected} ${c.group}, built ${c.found}.`, k < 2 ? 2 : 0));

  const colors = wrongColors(plan, stats);
  if (colors.length) flag("error", `${plural(colors.length, "part")} not in the planned colour: ${names(colors)}.`, colors.length * 4 > plan.parts.length ? 2 : 1);

  const floating = findFloating(meshes);
  if (floating.length) flag("warning", `${plural(floating.length, "part")} float${floating.length === 1 ? "s" : ""}, touching nothing that rests on the ground: ${names(floating.map((p) => p.name))}.`, Math.min(3, floating.length));

  const sunk = findSunk(meshes, plan);
  if (sunk.length) {
    const list = sunk.map((s) => `'${s.part.name}' inside '${s.into.name}'`);
    flag("warning", `${plural(sunk.length, "part")} buried inside bigger parts, where nobody can see ${sunk.length === 1 ? "it" : "them"}: ${list.slice(0, 3).join(", ")}${list.length > 3 ? ` and ${list.length - 3} more` : ""}.`, Math.min(2, sunk.length));
  }

  const size = sizeMismatch(plan, stats);
  if (size) flag("warning", `The model is ${size.built.toFixed(2)} m along ${size.axis}; the plan says ${size.planned.toFixed(2)} m.`, 1);

  // Per-part sizes for LLM-written code (opt-in: the built-in modeler's shapes are checked by its own tests).
  const sized = partSizes ? wrongPartSizes(plan, stats) : [];
  if (sized.length) {
    const dims = (d: number[]) => d.map((v) => v.toFixed(2)).join(" x ");
    const list = sized.slice(0, 3).map((s) => `'${s.name}' is ${dims(s.built)} m, planned ${dims(s.planned)} m`).join("; ");
    flag("warning", `${plural(sized.length, "part")} built at another size than planned (own frame, before rotation): ${list}${sized.length > 3 ? ` and ${sized.length - 3} more` : ""}.`, Math.min(2, sized.length));
  }

  if (reasons.length === 0) {
    reasons.push({ severity: "info", message: `All ${meshes.length} parts present, in their planned colours and counts, connected and resting on the ground; none buried.` });
  }
  // Fidelity to the prompt: a word the plan left out costs a point (at most UNMODELLED_MAX), whatever the geometry.
  const unmodelled = plan.interpretation?.unmodelled_terms ?? [];
  unmodelled.forEach((term, i) => flag("warning", `'${term}' is not modelled.`, i < UNMODELLED_MAX ? 1 : 0));
  // A refinement's words it did not apply count the same way: the score never claims feedback that was not done.
  (plan.interpretation?.unapplied_terms ?? []).forEach((term, i) =>
    flag("warning", `'${term}' in the feedback was not applied.`, unmodelled.length + i < UNMODELLED_MAX ? 1 : 0));
  return { score: Math.max(0, Math.min(10, Math.round((10 - penalty) * 10) / 10)), reasons };
}
