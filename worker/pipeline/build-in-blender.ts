import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { ExportFormat } from "@/lib/assets/formats";
import type { Task } from "@/lib/generated/prisma/client";
import { scratchDir } from "@/lib/storage/paths";
import { runBlender } from "@/worker/blender/run-blender";
import type { BlenderResult } from "@/worker/blender/types";
import { PermanentTaskError, TaskLostError, TransientTaskError } from "@/worker/pipeline/errors";
import type { TaskContext } from "@/worker/pipeline/task-context";

const PREVIEW_SIZE = 512;

/** Turns a failed Blender run into the task error it deserves. */
export function blenderFailure(result: BlenderResult, signal: AbortSignal): Error {
  const err = result.error;
  if (err?.kind === "canceled") return new TaskLostError((signal.reason as TaskLostError["reason"]) ?? "canceled");
  const message = err?.message ?? "Blender failed without a report.";
  if (err?.kind === "crashed") return new TransientTaskError("blender_crashed", `Blender crashed: ${message}`);
  if (err?.kind === "timeout") return new PermanentTaskError("blender_timeout", message);
  return new PermanentTaskError(`blender_${err?.kind ?? "error"}`, message);
}

export interface BlenderBuild {
  result: BlenderResult & { stats: NonNullable<BlenderResult["stats"]> };
  /** Folder holding the run's files; storeVersion moves it into place. */
  outDir: string;
  /** Removes the scratch folder (a no-op for what was already moved out). */
  cleanup: () => Promise<void>;
}

/** Runs code in a fresh Blender into a scratch folder of this attempt, recording the modeling/export/render stages. */
export async function buildInBlender({ ctx, task, code, timeoutMs, untrusted = false }: { ctx: TaskContext; task: Task; code: string; timeoutMs: number; untrusted?: boolean }): Promise<BlenderBuild> {
  await ctx.stage("modeling", 30);
  const workDir = path.join(scratchDir(), `${task.id}-${task.attempts}`);
  const outDir = path.join(workDir, "out");
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  await cleanup();
  await mkdir(outDir, { recursive: true });
  try {
    const result = await runBlender({ code, formats: task.outputFormats as ExportFormat[], outDir, previewSize: PREVIEW_SIZE, timeoutMs, signal: ctx.signal, untrusted });
    if (!result.ok || !result.stats) throw blenderFailure(result, ctx.signal);
    ctx.closeStage();
    if (result.timings.export_ms) ctx.addMeasuredStage("exporting", result.timings.export_ms);
    if (result.timings.render_ms) ctx.addMeasuredStage("rendering", result.timings.render_ms);
    return { result: result as BlenderBuild["result"], outDir, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
