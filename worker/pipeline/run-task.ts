import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import type { Task } from "@/lib/generated/prisma/client";
import type { ExportFormat, QualityLevel } from "@/lib/assets/formats";
import { scratchDir } from "@/lib/storage/paths";
import { runBlender } from "@/worker/blender/run-blender";
import type { BlenderResult } from "@/worker/blender/types";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { planFromPrompt } from "@/worker/modeler/plan-from-prompt";
import { codeFromPlan } from "@/worker/modeler/code-from-plan";
import { PermanentTaskError, TaskLostError, TransientTaskError } from "@/worker/pipeline/errors";
import { storeVersion } from "@/worker/pipeline/store-version";
import type { TaskContext } from "@/worker/pipeline/task-context";

const PREVIEW_SIZE = 512;

/** Turns a failed Blender run into the task error it deserves. */
function blenderFailure(result: BlenderResult, signal: AbortSignal): Error {
  const err = result.error;
  if (err?.kind === "canceled") return new TaskLostError((signal.reason as TaskLostError["reason"]) ?? "canceled");
  const message = err?.message ?? "Blender failed without a report.";
  if (err?.kind === "crashed") return new TransientTaskError("blender_crashed", `Blender crashed: ${message}`);
  if (err?.kind === "timeout") return new PermanentTaskError("blender_timeout", message);
  return new PermanentTaskError(`blender_${err?.kind ?? "error"}`, message);
}

/** The built-in pipeline for one claimed task: plan → code → Blender → critic → store. */
export async function runTask({ ctx, timeoutMs }: { ctx: TaskContext; timeoutMs: number }) {
  const task: Task = await db.task.findUniqueOrThrow({ where: { id: ctx.taskId } });
  const quality = task.qualityLevel as QualityLevel;

  await ctx.stage("planning", 10);
  const plan = planFromPrompt({ prompt: task.prompt, quality });
  if (!plan.recognized) {
    const words = plan.unknown_words.length ? ` (did not understand: ${plan.unknown_words.map((w) => `"${w}"`).join(", ")})` : "";
    throw new PermanentTaskError(
      "prompt_not_understood",
      `The built-in modeler does not know how to build "${task.prompt}"${words}. Try a known object such as a chair, table, lamp, mug, tree or house, or configure an LLM provider in Settings for anything else.`,
    );
  }

  await ctx.stage("coding", 20);
  const code = codeFromPlan({ plan, quality });

  await ctx.stage("modeling", 30);
  const workDir = path.join(scratchDir(), `${task.id}-${task.attempts}`);
  const outDir = path.join(workDir, "out");
  await rm(workDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  try {
    const result = await runBlender({
      code,
      formats: task.outputFormats as ExportFormat[],
      outDir,
      previewSize: PREVIEW_SIZE,
      timeoutMs,
      signal: ctx.signal,
    });
    if (!result.ok || !result.stats) throw blenderFailure(result, ctx.signal);
    ctx.closeStage();
    if (result.timings.export_ms) ctx.addMeasuredStage("exporting", result.timings.export_ms);
    if (result.timings.render_ms) ctx.addMeasuredStage("rendering", result.timings.render_ms);

    await ctx.stage("checking", 85);
    const critique = critiqueScene({ plan, stats: result.stats });

    await ctx.stage("saving", 95);
    return await storeVersion({
      ctx,
      task,
      draft: { plan, code, provider: "builtin", result, outDir, score: critique.score, reasons: critique.reasons },
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
