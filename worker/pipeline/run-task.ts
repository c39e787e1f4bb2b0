import { db } from "@/lib/db";
import type { QualityLevel } from "@/lib/assets/formats";
import { llmSettingsForTask } from "@/worker/agents/llm-settings-for-task";
import { loadReference } from "@/worker/agents/reference-image";
import { runAgentPipeline } from "@/worker/agents/run-agent-pipeline";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { codeFromPlan } from "@/lib/modeler/code-from-plan";
import { buildInBlender } from "@/worker/pipeline/build-in-blender";
import { planNewAsset, refineWithBuiltin } from "@/worker/pipeline/builtin-plan";
import { loadBaseVersion } from "@/worker/pipeline/load-base-version";
import { storeVersion } from "@/worker/pipeline/store-version";
import type { TaskContext } from "@/worker/pipeline/task-context";
import { codeFromImportPlan } from "@/lib/imports/code-from-import-plan";
import { readImportParams } from "@/lib/imports/import-plan";
import { attachBaseOriginal } from "@/worker/imports/attach-base-original";
import { runImportTask } from "@/worker/imports/run-import-task";

/** The built-in pipeline for one claimed task: plan (or refine the base plan) → code → Blender → critic → store. */
export async function runTask({ ctx, timeoutMs }: { ctx: TaskContext; timeoutMs: number }) {
  const task = await db.task.findUniqueOrThrow({ where: { id: ctx.taskId } });
  if (task.type === "import") return runImportTask({ ctx, task, timeoutMs });
  // A user (or the operator) with an LLM provider gets the agent loop; builtin keeps the offline path below.
  const llm = await llmSettingsForTask(task);
  if (llm) return runAgentPipeline({ ctx, task, settings: llm, timeoutMs });
  // The built-in modeler cannot look at a reference image: refuse the task rather than ignore the image.
  await loadReference({ task, settings: null });

  await ctx.stage("planning", 10);
  const trail: unknown[] = [];
  let plan;
  let releaseOriginal: (() => Promise<void>) | null = null;
  if (task.type === "refine") {
    const base = await loadBaseVersion(task);
    const refined = refineWithBuiltin({ plan: base.plan, task });
    plan = refined.plan;
    trail.push({ kind: "refinement", base_version: base.number, feedback: task.feedback, changes: refined.changes });
    releaseOriginal = await attachBaseOriginal({ ctx, attempt: task.attempts, base });
  } else {
    plan = planNewAsset(task).plan;
  }

  // Recorded as soon as it is known, so a client following the task sees what will be built and what will not.
  await ctx.stage("coding", 20, plan.interpretation ? { interpretation: plan.interpretation } : {});
  // An imported scene is rebuilt from its original with the refinements applied; any other plan is built from parts.
  const code = readImportParams(plan) ? codeFromImportPlan({ plan }) : codeFromPlan({ plan, quality: task.qualityLevel as QualityLevel });

  const build = await buildInBlender({ ctx, task, code, timeoutMs }).catch(async (err) => {
    await releaseOriginal?.();
    throw err;
  });
  try {
    await ctx.stage("checking", 85);
    const critique = critiqueScene({ plan, stats: build.result.stats });
    await ctx.stage("saving", 95);
    return await storeVersion({
      ctx,
      task,
      draft: { plan, code, provider: "builtin", result: build.result, outDir: build.outDir, score: critique.score, reasons: critique.reasons, trail },
    });
  } finally {
    await build.cleanup();
    await releaseOriginal?.();
  }
}
