// Benchmark one small script: bare Blender vs sandboxed vs pre-started sandboxed, 10 runs each.
// Usage: npm run bench:sandbox   (the last stdout line is JSON)
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spareReady, stopSpare } from "@/worker/blender/prestart";
import { runBlender } from "@/worker/blender/run-blender";

const RUNS = 10;
const CODE = "import bpy\nbpy.ops.mesh.primitive_uv_sphere_add(segments=32, ring_count=16)\nbpy.ops.object.modifier_add(type='SUBSURF')\n";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timeRuns(label: string, env: Record<string, string>, beforeEach?: () => Promise<unknown>): Promise<number> {
  Object.assign(process.env, env);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await beforeEach?.();
    const outDir = await mkdtemp(join(tmpdir(), "ll3m-bench-"));
    const result = await runBlender({ code: CODE, formats: ["glb"], outDir, untrusted: label !== "bare" });
    await rm(outDir, { recursive: true, force: true });
    if (!result.ok) throw new Error(`${label} run failed: ${result.error?.message}\n${result.log}`);
    if (result.sandboxed !== (label !== "bare")) throw new Error(`${label} run had sandboxed=${result.sandboxed}`);
    times.push(result.timings.total_ms);
  }
  console.log(`${label}: ${times.join(" ")} ms`);
  return median(times);
}

const bare = await timeRuns("bare", { LL3M_SANDBOX: "off", LL3M_BLENDER_PRESTART: "0" });
const sandboxed = await timeRuns("sandboxed", { LL3M_SANDBOX: "", LL3M_BLENDER_PRESTART: "0" });
// Between jobs the spare has time to load, as it does between a worker's tasks; the wait is not timed.
const prestarted = await timeRuns("prestarted", { LL3M_BLENDER_PRESTART: "1" }, spareReady);
await stopSpare();
console.log(JSON.stringify({ bare_ms_median: bare, sandboxed_ms_median: sandboxed, overhead_ms_median: sandboxed - bare, prestarted_ms_median: prestarted }));
