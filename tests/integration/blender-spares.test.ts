import { mkdtemp, rm } from "node:fs/promises";
import { getPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, onTestFinished, vi } from "vitest";
import { fillSpares, SPARE_NICENESS, spareReady, stopSpare, stopSpares } from "@/worker/blender/prestart";
import { runBlender } from "@/worker/blender/run-blender";
import { ourBlenderRuns as ourRuns, runIdsOf, statOf } from "@/tests/helpers/processes";

const outDirs: string[] = [];
const newOutDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), "ll3m-spares-out-"));
  outDirs.push(dir);
  return dir;
};
// The job names its object after the niceness it runs at, so the result shows whether a taken spare was reniced.
const NICE_CUBE = "import bpy, os\nbpy.ops.mesh.primitive_cube_add()\nbpy.context.active_object.name = 'nice%d' % os.nice(0)\n";
describe("pool of pre-started Blenders", () => {
  afterAll(async () => {
    await stopSpares();
    await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("serves two concurrent runs from two niced spares and leaves no Blender after stopSpare", async () => {
    vi.stubEnv("LL3M_BLENDER_SPARES", "2");
    onTestFinished(() => void vi.unstubAllEnvs());
    fillSpares();
    expect(await spareReady()).toBe(true);
    const waiting = ourRuns();
    expect(waiting.length).toBeGreaterThan(0);
    for (const pid of waiting) expect(Number(statOf(pid)[16])).toBe(SPARE_NICENESS); // they load in the cores' spare time
    const spareIds = runIdsOf(waiting);
    expect(spareIds.size).toBe(2);

    const runs = [0, 1].map(async () =>
      runBlender({ code: NICE_CUBE, formats: ["glb"], outDir: await newOutDir(), untrusted: true, skipStaticCheck: true }));
    const results = await Promise.all(runs);
    // Root can give a taken spare its priority back; elsewhere the job keeps the spare's niceness.
    const jobNice = process.getuid?.() === 0 ? getPriority() : SPARE_NICENESS;
    for (const result of results) {
      expect(result).toMatchObject({ ok: true, sandboxed: true });
      expect(spareIds.has(result.runId ?? "")).toBe(true); // served by a Blender that had loaded before the run asked
      expect(JSON.stringify(result.stats)).toContain(`"name":"nice${jobNice}"`);
    }
    expect(results[0].runId).not.toBe(results[1].runId);

    expect(ourRuns().length).toBeGreaterThan(0); // the pool refilled behind the runs
    await stopSpare();
    expect(ourRuns()).toEqual([]);
  });
});
