import type { PartSpec, RoleDef } from "../types";
import { HALF_PI, part } from "./kit";

/** One wheel with its axle along Y, standing on the ground (vehicles face +X). */
export function wheel(name: string, x: number, y: number, d: number, w: number, group = "wheels"): PartSpec {
  return part(name, "cylinder", [d, d, w], [x, y, d / 2], "wheels", { rot: [HALF_PI, 0, 0], ...(group ? { group } : {}) });
}

/** Wheel pairs at the given X stations, left and right of the centre line, numbered front to back. */
export function wheelPairs(xs: number[], track: number, d: number, w: number, withHubs = true): PartSpec[] {
  return xs.flatMap((x, i) => [-1, 1].flatMap((s, k) => {
    const n = i * 2 + k + 1, y = s * track / 2;
    const hub = part(`hub_${n}`, "cylinder", [d * 0.5, d * 0.5, w + 0.02], [x, y, d / 2], "hubs", { rot: [HALF_PI, 0, 0] });
    return withHubs ? [wheel(`wheel_${n}`, x, y, d, w), hub] : [wheel(`wheel_${n}`, x, y, d, w)];
  }));
}

/** Wheel stations for `count` wheels (pairs) spread from the back axle to the front one. */
export function axles(count: number, back: number, front: number): number[] {
  const pairs = Math.max(2, Math.round(count / 2));
  return Array.from({ length: pairs }, (_, i) => front - ((front - back) * i) / (pairs - 1));
}

/** Roles every wheeled vehicle shares. */
export const WHEEL_ROLES: Record<string, RoleDef> = {
  wheels: { words: ["wheel", "tire", "tyre"], material: "rubber" },
  hubs: { words: ["hub", "hubcap", "rim"], material: "chrome" },
  windows: { words: ["window", "windshield", "windscreen", "glass"], material: "glass", color: "sky" },
  lights: { words: ["light", "headlight", "headlamp", "lamp"], material: "bulb", color: "cream" },
};
