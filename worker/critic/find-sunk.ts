import type { Plan } from "@/lib/validations/plan";
import type { ObjectStat } from "@/worker/blender/types";
import { overlapVolume, shrink, volume } from "./boxes";

/**
 * How much of a shape's bounding box its solid surely fills, as a box shrunk about the centre: all of a box,
 * the inscribed square of a cylinder, less of a sphere or cone. A torus is a ring, so nothing is inside it.
 */
const CORE: Record<string, number> = {
  box: 1, rounded_box: 0.9, wedge: 0.55, cylinder: 0.7, tapered_cylinder: 0.6, capsule: 0.6, sphere: 0.57,
  ico_sphere: 0.55, hemisphere: 0.5, cone: 0.4, pyramid: 0.4, torus: 0,
  // Curved plan shapes: a revolved or extruded profile fills less than its box; a tube or pipe is a thin sweep.
  lathe: 0.5, extrusion: 0.5, tube: 0, bent_pipe: 0,
};
/** True when part a reaches out of b's box somewhere: a door set into a wall shows its face, so it is not buried. */
function pokesOut(a: ObjectStat, b: ObjectStat): boolean {
  return [0, 1, 2].some((i) => a.bbox_min[i] < b.bbox_min[i] - 1e-3 || a.bbox_max[i] > b.bbox_max[i] + 1e-3);
}

/** Share of a part's box that must lie in another's solid core before we call it sunk (hidden, or misplaced). */
const SUNK_SHARE = 0.85;

export interface Sunk {
  part: ObjectStat;
  into: ObjectStat;
  share: number;
}

/**
 * Parts whose bounding box lies mostly inside another, bigger part's solid core: buried where nobody can see
 * them, which is a misplaced part (a leg inside the seat) rather than a joint (a leg meeting the seat).
 * Shapes come from the plan when it names the part; unknown shapes count as cylinders.
 */
export function findSunk(parts: ObjectStat[], plan: Plan): Sunk[] {
  const planned = new Map(plan.parts.map((p) => [p.name, p]));
  const out: Sunk[] = [];
  for (const a of parts) {
    const va = volume(a);
    let worst: Sunk | null = null;
    for (const b of parts) {
      if (a === b || volume(b) <= va || pokesOut(a, b)) continue;
      const p = planned.get(b.name);
      // Inside glass is on show (a lighthouse's lamp), so only opaque parts can bury another.
      if (p && p.material.transmission > 0.3) continue;
      const core = CORE[p?.shape.split(":")[0] ?? ""] ?? 0.7;
      if (core === 0) continue;
      const share = overlapVolume(a, shrink(b, core)) / va;
      if (share >= SUNK_SHARE && (!worst || share > worst.share)) worst = { part: a, into: b, share };
    }
    if (worst) out.push(worst);
  }
  return out;
}
