import type { Plan, PlanPart } from "@/lib/validations/plan";
import { parseFeedback } from "./refine-words";
import { buildMaterial } from "./resolve-material";
import type { RefineResult } from "./refine-result";
import { refinedReading } from "./interpretation";
import type { RoleDef, SubjectDef, Vec3 } from "./types";
import { colorRgb } from "./vocabulary/colors";
import { applyFinish } from "./vocabulary/finishes";

/** A part's role in a plan from elsewhere: its group, else its name without the trailing number. */
const roleOf = (p: PlanPart) => p.group ?? p.name.replace(/_\d+$/, "");

/** A stand-in subject whose roles are the plan's part names, so feedback words can find them. */
function looseSubject(plan: Plan): SubjectDef {
  const roles: Record<string, RoleDef> = {};
  for (const p of plan.parts) {
    const role = roleOf(p);
    const words = [role, role.replace(/s$/, ""), ...role.split("_")];
    roles[role] = { words: [...new Set([...(roles[role]?.words ?? []), ...words])], material: p.material.name };
  }
  return { name: plan.subject, synonyms: [], category: "household", roles, build: () => [] };
}

/** Refine a plan with no replayable spec (an LLM plan): colours, materials, finishes and sizes part by part. */
export function refineLoosePlan(args: { plan: Plan; feedback: string; preserve?: string[] }): RefineResult {
  const plan: Plan = structuredClone(args.plan);
  const { requests, unknown, applied, sources, unapplied } = parseFeedback(args.feedback, looseSubject(plan));
  const kept = new Set((args.preserve ?? []).map((p) => p.toLowerCase()));
  const changes: string[] = [];
  for (const r of requests) {
    const role = "role" in r ? r.role : null;
    const targets = plan.parts.filter((p) => (role ? roleOf(p) === role : true) && !kept.has(roleOf(p)) && !kept.has(p.name));
    if (r.kind === "color") {
      for (const p of targets) p.material = { ...p.material, name: `${r.value}_${p.material.name}`.replace(/ /g, "_"), color_name: r.value, base_color: colorRgb(r.value) };
    } else if (r.kind === "finish") {
      for (const p of targets) p.material = { ...applyFinish(p.material, r.value), name: `${r.value}_${p.material.name}` };
    } else if (r.kind === "material") {
      for (const p of targets) p.material = buildMaterial(r.value, p.material.color_name && role ? p.material.color_name : null);
    } else if (r.kind === "scale") {
      const f: Vec3 = r.factor;
      for (const p of targets) {
        p.dimensions = p.dimensions.map((d, i) => d * f[i]) as Vec3;
        if (!role) p.position = p.position.map((v, i) => v * f[i]) as Vec3;
      }
    } else {
      changes.push("This plan did not come from the built-in modeler, so counts, parts and style cannot be changed here.");
      // What it came from is then not applied.
      const word = sources[requests.indexOf(r)];
      if (applied.includes(word)) applied.splice(applied.indexOf(word), 1);
      if (!unapplied.includes(word)) unapplied.push(word);
      continue;
    }
    changes.push(`Changed ${targets.length} part${targets.length === 1 ? "" : "s"}: ${r.kind} ${"value" in r ? r.value : r.word}.`);
  }
  const understood = requests.length > 0;
  const terms = { applied_terms: applied, unapplied_terms: unapplied };
  if (understood) plan.interpretation = refinedReading(args.plan, terms);
  return { plan: understood ? plan : args.plan, changes, understood, unknown_words: unknown, ...terms };
}
