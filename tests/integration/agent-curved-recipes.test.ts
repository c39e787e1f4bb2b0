import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stopSpare } from "@/worker/blender/prestart";
import { runBlender } from "@/worker/blender/run-blender";
import { KNOWLEDGE_DIR } from "@/worker/rag/load-knowledge";

const note = await readFile(join(KNOWLEDGE_DIR, "09-curved-shapes.md"), "utf8");
/** Each "## " section's python block, with the plan shape word its title names. */
const recipes = note.split(/^## /m).slice(1).map((section) => ({
  shape: /\(plan shape "(\w+)"\)/.exec(section)![1],
  code: /```python\n([\s\S]*?)```/.exec(section)![1],
}));
// What each example call builds (name, own size in metres), as its arguments say.
const EXPECTED: Record<string, { name: string; size: [number, number, number] }> = {
  lathe: { name: "Vase_Body", size: [0.22, 0.22, 0.3] },
  extrusion: { name: "Bracket", size: [0.2, 0.2, 0.02] },
  tube: { name: "Handle", size: [0.062, 0.016, 0.116] },
  bent_pipe: { name: "Drain_Pipe", size: [0.34, 0.04, 0.5] },
};
const outDirs: string[] = [];
afterAll(async () => {
  await stopSpare();
  await Promise.all(outDirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function build(code: string) {
  const outDir = await mkdtemp(join(tmpdir(), "ll3m-recipe-"));
  outDirs.push(outDir);
  return runBlender({ code, formats: ["glb"], outDir, untrusted: true, timeoutMs: 60_000 });
}

describe("the curved-shape recipes in the notes run in real Blender 3.4, sandboxed and linted", () => {
  it("has a recipe for every curved plan shape", () => {
    expect(recipes.map((r) => r.shape).sort()).toEqual(["bent_pipe", "extrusion", "lathe", "tube"]);
  });

  it.each(recipes.map((r) => [r.shape, r.code] as const))("%s builds one mesh part of the planned own size", async (shape, code) => {
    const result = await build(code);
    expect(result.error).toBeUndefined();
    expect(result.ok).toBe(true);
    const { name, size } = EXPECTED[shape];
    // One object with the part's name: the helper curves and temporary objects are gone.
    expect(result.stats!.parts.map((p) => `${p.name} ${p.type}`)).toEqual([`${name} MESH`]);
    const part = result.stats!.parts[0];
    expect(part.triangles).toBeGreaterThan(10);
    part.dimensions!.forEach((d, i) => expect(d, `${shape} axis ${i}`).toBeCloseTo(size[i], 2));
    // Resting where the example put it: its lowest point on the ground.
    expect(part.bbox_min[2]).toBeCloseTo(0, 2);
  });

  it("reports a rotated part's own size and rotation beside its bigger world box", async () => {
    const lathe = recipes.find((r) => r.shape === "lathe")!.code.replace(/\nvase = .*\n/, '\nlathe("Bell", [(0.0, 0.0), (0.1, 0.0), (0.05, 0.4), (0.0, 0.4)], position=(0, 0, 0.5), rotation=(0, math.radians(45), 0))\n');
    const result = await build(lathe);
    expect(result.ok).toBe(true);
    const bell = result.stats!.parts[0];
    expect(bell.name).toBe("Bell");
    bell.dimensions!.forEach((d, i) => expect(d).toBeCloseTo([0.2, 0.2, 0.4][i], 2));
    expect(bell.rotation![1]).toBeCloseTo(Math.PI / 4, 3);
    // The world box of the tilted bell is wider than 0.2 m and shorter than 0.4 m.
    expect(bell.bbox_max[0] - bell.bbox_min[0]).toBeGreaterThan(0.3);
    expect(bell.bbox_max[2] - bell.bbox_min[2]).toBeLessThan(0.4);
  });
});
