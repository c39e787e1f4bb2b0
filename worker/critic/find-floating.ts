import type { ObjectStat } from "@/worker/blender/types";
import { TOUCH, touches } from "./boxes";

/** Parts not connected, through touching parts, to anything resting on the ground (the scene's lowest point). */
export function findFloating(parts: ObjectStat[]): ObjectStat[] {
  const groundZ = Math.min(...parts.map((p) => p.bbox_min[2]));
  const supported = new Set(parts.filter((p) => p.bbox_min[2] <= groundZ + TOUCH));
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
