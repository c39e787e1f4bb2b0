import type { Plan, PlanPart } from "./plan";

type PartLike = Pick<PlanPart, "name" | "shape" | "dimensions" | "group" | "profile" | "path" | "radius" | "bend_radius">;

/** What a curved shape word needs beside it, as a sentence the planner can act on (null when all is there). */
function curvedShapeProblem(p: PartLike): string | null {
  const shape = p.shape.split(":")[0].toLowerCase();
  if (shape === "lathe") {
    if (!p.profile || p.profile.length < 2) return `part '${p.name}' is a lathe but has no "profile" of at least 2 [radius, height] points`;
    if (p.profile.some(([r]) => r < 0)) return `part '${p.name}' has a lathe profile with a negative radius`;
  }
  if (shape === "extrusion" && (!p.profile || p.profile.length < 3)) return `part '${p.name}' is an extrusion but has no "profile" outline of at least 3 [x, y] points`;
  if (shape === "tube" || shape === "bent_pipe") {
    if (!p.path || p.path.length < 2) return `part '${p.name}' is a ${shape} but has no "path" of at least 2 [x, y, z] points`;
    if (!(p.radius && p.radius > 0)) return `part '${p.name}' is a ${shape} but has no positive "radius"`;
    if (p.bend_radius !== undefined && p.bend_radius <= 0) return `part '${p.name}' has a non-positive "bend_radius"`;
  }
  return null;
}

/**
 * Problems that make a plan unbuildable or contradictory, each a sentence naming what to change: duplicate part
 * names (objects are matched by name), negative or empty sizes, curved shapes without their profile or path, and
 * group counts that disagree with the parts listed. Empty when the plan is consistent.
 */
export function planConsistencyProblems(plan: Pick<Plan, "counts"> & { parts: PartLike[] }): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const p of plan.parts) {
    if (seen.has(p.name)) out.push(`part name '${p.name}' is used twice; every part needs its own name`);
    seen.add(p.name);
    if (p.dimensions.some((d) => !(d >= 0)) || p.dimensions.every((d) => d === 0)) out.push(`part '${p.name}' has negative or all-zero dimensions (${p.dimensions.join(", ")})`);
    const curved = curvedShapeProblem(p);
    if (curved) out.push(curved);
  }
  for (const [group, count] of Object.entries(plan.counts)) {
    const listed = plan.parts.filter((p) => p.group === group).length;
    if (listed && listed !== count) out.push(`counts.${group} is ${count} but ${listed} parts have group '${group}'; list every part or correct the count`);
  }
  return out;
}
