import type { Plan } from "@/lib/validations/plan";
import type { ObjectStat, SceneStats } from "@/worker/blender/types";

export interface Finding {
  severity: "error" | "warning" | "info";
  message: string;
}

export interface Critique {
  score: number;
  reasons: Finding[];
}

// Parts closer than this (metres) count as touching; modelled joints are rarely exact.
const TOUCH = 0.02;

function touches(a: ObjectStat, b: ObjectStat): boolean {
  for (let i = 0; i < 3; i++) {
    if (a.bbox_min[i] > b.bbox_max[i] + TOUCH || b.bbox_min[i] > a.bbox_max[i] + TOUCH) return false;
  }
  return true;
}

function onGround(p: ObjectStat, groundZ: number): boolean {
  return p.bbox_min[2] <= groundZ + TOUCH;
}

/** Parts not connected, through touching parts, to anything resting on the ground. */
function floatingParts(parts: ObjectStat[]): ObjectStat[] {
  const groundZ = Math.min(...parts.map((p) => p.bbox_min[2]));
  const supported = new Set(parts.filter((p) => onGround(p, groundZ)));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of parts) {
      if (supported.has(p)) continue;
      if ([...supported].some((s) => touches(p, s))) {
        supported.add(p);
        grew = true;
      }
    }
  }
  return parts.filter((p) => !supported.has(p));
}

/** Scores a built scene 0-10 from the harness report: missing or empty parts, floating parts, wrong counts. */
export function critiqueScene({ plan, stats }: { plan: Plan; stats: SceneStats }): Critique {
  const reasons: Finding[] = [];
  let score = 10;
  const meshes = stats.parts.filter((p) => p.type === "MESH");
  if (meshes.length === 0 || stats.triangles === 0) return { score: 0, reasons: [{ severity: "error", message: "The scene has no geometry." }] };

  const degenerate = meshes.filter((p) => p.triangles === 0 || p.bbox_max.some((v, i) => v - p.bbox_min[i] < 1e-5 && i < 2));
  for (const p of degenerate) reasons.push({ severity: "error", message: `Part '${p.name}' is degenerate (no faces or zero size).` });
  score -= Math.min(4, degenerate.length * 2);

  if (plan.parts.length > 0 && meshes.length < plan.parts.length) {
    const missing = plan.parts.length - meshes.length;
    reasons.push({ severity: "error", message: `${missing} of the ${plan.parts.length} planned parts are missing.` });
    score -= Math.min(4, missing);
  }

  for (const [group, expected] of Object.entries(plan.counts)) {
    const built = plan.parts.filter((p) => p.group === group).map((p) => p.name);
    const found = meshes.filter((m) => built.includes(m.name)).length;
    if (built.length && found !== expected) {
      reasons.push({ severity: "error", message: `Expected ${expected} ${group}, built ${found}.` });
      score -= 2;
    }
  }

  const floating = floatingParts(meshes);
  for (const p of floating.slice(0, 5)) reasons.push({ severity: "warning", message: `Part '${p.name}' floats: it touches nothing that rests on the ground.` });
  score -= Math.min(3, floating.length);

  if (reasons.length === 0) reasons.push({ severity: "info", message: `All ${meshes.length} parts present, connected and resting on the ground.` });
  return { score: Math.max(0, Math.min(10, score)), reasons };
}
