import { copyFile, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { ExportFormat, QualityLevel } from "@/lib/assets/formats";
import type { Task } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { scratchDir } from "@/lib/storage/paths";
import { runBlender } from "@/worker/blender/run-blender";
import type { BlenderResult } from "@/worker/blender/types";
import { PermanentTaskError, TaskLostError, TransientTaskError } from "@/worker/pipeline/errors";
import type { TaskContext } from "@/worker/pipeline/task-context";

// The asset grid shows previews at about 300 px; 384 keeps them sharp on dense screens at 56% of the 512 px cost.
const PREVIEW_SIZE = 384;

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

export interface BuildOptions {
  ctx: TaskContext;
  task: Task;
  code: string;
  timeoutMs: number;
  untrusted?: boolean;
  /** Extra views for critics (view_0.png...). */
  views?: number;
  /** Tells apart several runs of one attempt (repairs, fixes), so a kept build is not wiped by the next. */
  label?: string;
  progress?: number;
}

/** Like buildInBlender, but a failed run comes back as its result (for a coder to repair) instead of an error. */
export async function tryBuildInBlender({ ctx, task, code, timeoutMs, untrusted = false, views = 0, label, progress = 30 }: BuildOptions): Promise<{ ok: true; build: BlenderBuild } | { ok: false; result: BlenderResult }> {
  await ctx.stage("modeling", progress);
  const workDir = path.join(scratchDir(), `${task.id}-${task.attempts}${label ? `-${label}` : ""}`);
  const outDir = path.join(workDir, "out");
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  await cleanup();
  await mkdir(outDir, { recursive: true });
  try {
    const quality = task.qualityLevel as QualityLevel;
    const original = ctx.original;
    const maxTriangles = original ? getEnv().LL3M_IMPORT_MAX_TRIANGLES : undefined;
    const result = await runBlender({ code, formats: task.outputFormats as ExportFormat[], outDir, previewSize: PREVIEW_SIZE, views, quality, timeoutMs, signal: ctx.signal, untrusted, original: original?.input, maxTriangles });
    ctx.closeStage();
    if (!result.ok || !result.stats) {
      await cleanup();
      return { ok: false, result };
    }
    if (result.timings.texture_ms) ctx.addMeasuredStage("texturing", result.timings.texture_ms);
    if (original) {
      // The version keeps the file it was rebuilt from, so it can be downloaded and refined again.
      await copyFile(original.keep.path, path.join(outDir, original.keep.file));
      result.files.original = original.keep.file;
    }
    if (result.timings.export_ms) ctx.addMeasuredStage("exporting", result.timings.export_ms);
    if (result.timings.render_ms) ctx.addMeasuredStage("rendering", result.timings.render_ms);
    return { ok: true, build: { result: result as BlenderBuild["result"], outDir, cleanup } };
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** Runs code in a fresh Blender into a scratch folder of this attempt, recording the modeling/export/render stages. */
export async function buildInBlender(options: BuildOptions): Promise<BlenderBuild> {
  const run = await tryBuildInBlender(options);
  if (!run.ok) throw blenderFailure(run.result, options.ctx.signal);
  return run.build;
}
