import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { scratchDir } from "@/lib/storage/paths";
import type { Plan } from "@/lib/validations/plan";
import type { BlenderResult } from "@/worker/blender/types";
import { storeVersion } from "@/worker/pipeline/store-version";
import type { TaskContext } from "@/worker/pipeline/task-context";

/** The smallest valid GLB: a glTF 2.0 JSON chunk with only `asset` (no scene), padded to 4 bytes. */
function stubGlb(): Buffer {
  let json = JSON.stringify({ asset: { version: "2.0", generator: "LL3M noop pipeline" } });
  json += " ".repeat((4 - (json.length % 4)) % 4);
  const header = Buffer.alloc(20);
  header.write("glTF", 0, "ascii");
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(20 + json.length, 8);
  header.writeUInt32LE(json.length, 12);
  header.write("JSON", 16, "ascii");
  return Buffer.concat([header, Buffer.from(json, "ascii")]);
}

const STUB_RESULT: BlenderResult = {
  ok: true, files: { glb: "model.glb" }, views: [], timings: { total_ms: 0 }, sandboxed: false, log: "",
  stats: { objects: 0, meshes: 0, vertices: 0, triangles: 0, materials: [], bbox: { min: [0, 0, 0], max: [0, 0, 0], size: [0, 0, 0] }, parts: [] },
};

function stubPlan(prompt: string): Plan {
  return {
    subject: "noop", recognized: true, name: prompt.slice(0, 80), style: null, size: null, counts: {}, colors: [], materials: [],
    parts: [], unknown_words: [], interpretation: null, notes: ["Made by the noop test pipeline: no Blender run, an empty GLB."], params: null,
  };
}

/**
 * Test and benchmark pipeline (LL3M_PIPELINE=noop, refused outside NODE_ENV=test unless LL3M_ALLOW_TEST_PIPELINE=1):
 * skips planning and Blender, writes a stub GLB in the attempt's scratch folder (after LL3M_NOOP_TASK_MS of
 * simulated work) and stores it through the same storeVersion, claim, lease and settle code as real tasks.
 */
export async function runNoopTask({ ctx }: { ctx: TaskContext; timeoutMs: number }) {
  const task = await db.task.findUniqueOrThrow({ where: { id: ctx.taskId } });
  await ctx.stage("modeling", 30);
  const workDir = path.join(scratchDir(), `${task.id}-${task.attempts}`);
  const outDir = path.join(workDir, "out");
  await rm(workDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  try {
    await writeFile(path.join(outDir, "model.glb"), stubGlb());
    const workMs = getEnv().LL3M_NOOP_TASK_MS;
    if (workMs) await sleep(workMs, undefined, { signal: ctx.signal }).catch(() => {});
    await ctx.stage("saving", 95); // throws if canceled, taken over or shutting down meanwhile
    return await storeVersion({
      ctx,
      task,
      draft: { plan: stubPlan(task.prompt), code: "# noop pipeline: no Blender run\n", provider: "noop", result: STUB_RESULT, outDir, score: 0, reasons: [], trail: [{ kind: "noop" }] },
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
