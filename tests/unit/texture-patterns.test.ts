import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The material library's patterns are plain numpy (Blender's own Python runs them); the system python3 has it too.
const harness = fileURLToPath(new URL("../../worker/blender/harness/", import.meta.url));
const script = fileURLToPath(new URL("../fixtures/check-patterns.py", import.meta.url));
const report = JSON.parse(execFileSync("python3", [script, harness], { encoding: "utf8" })) as Record<string, { seam_ratio: number; tone_spread: number; mean: number[]; rough_max: number; rough_min: number }>;
const RED = [0.5647, 0.0212, 0.0212];

describe("material patterns (worker/blender/harness/ll3m_patterns.py)", () => {
  it("covers the families the library names", () => {
    expect(Object.keys(report).sort()).toEqual(["bark", "fabric", "foliage", "grainy", "leather", "masonry", "metal", "scales", "smooth", "stone", "wood"]);
  });

  it.each(Object.entries(report))("%s tiles without a seam, has visible detail and averages to the asked colour", (_, r) => {
    // Across the wrap-around edge the texture changes no more than between any two neighbouring lines inside it.
    expect(r.seam_ratio).toBeLessThan(1.5);
    expect(r.tone_spread).toBeGreaterThan(0.005);
    RED.forEach((want, i) => expect(Math.abs(r.mean[i] - want)).toBeLessThan(0.003));
    expect(r.rough_min).toBeGreaterThan(0);
  });
});
