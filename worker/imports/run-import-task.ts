import type { Task } from "@/lib/generated/prisma/client";
import { codeFromImportPlan } from "@/lib/imports/code-from-import-plan";
import { FORMAT_LABELS, uploadKey, type ImportFile } from "@/lib/imports/formats";
import { planFromImport } from "@/lib/imports/import-plan";
import { critiqueScene } from "@/worker/critic/geometric-critic";
import { tryBuildInBlender } from "@/worker/pipeline/build-in-blender";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import { storeVersion } from "@/worker/pipeline/store-version";
import type { TaskContext } from "@/worker/pipeline/task-context";
import { fetchOriginal } from "./fetch-original";
import { importFailure } from "./import-failure";

function importFileOf(task: Task): ImportFile {
  const f = task.importFile as ImportFile | null;
  if (!f?.key || !f.format) throw new PermanentTaskError("import_missing", "This import task has no uploaded file.");
  return f;
}

/**
 * An import task: fetch the upload, run the version's code (import the original with Blender's own importer, then
 * normalise when asked) in the sandbox, export every format and render, then store version 1 of a new asset with
 * the original kept beside its exports.
 */
export async function runImportTask({ ctx, task, timeoutMs }: { ctx: TaskContext; task: Task; timeoutMs: number }) {
  const file = importFileOf(task);
  await ctx.stage("planning", 5);
  const original = await fetchOriginal({ taskId: task.id, attempt: task.attempts, key: file.key ?? uploadKey({ taskId: task.id, format: file.format }), format: file.format, model: file.model });
  try {
    ctx.original = { input: original.input, keep: original.keep };
    const entry = file.format === "zip" ? original.input.file : null;
    const skeleton = planFromImport({ name: task.prompt, original: original.keep.file, model: original.input.format, entry, normalize: file.normalize, parts: [], materials: [], notes: [] });
    await ctx.stage("coding", 15);
    const code = codeFromImportPlan({ plan: skeleton });
    const run = await tryBuildInBlender({ ctx, task, code, timeoutMs, untrusted: true });
    if (!run.ok) throw importFailure(run.result, ctx.signal);
    const build = run.build;
    try {
      await ctx.stage("checking", 85);
      const { stats } = build.result;
      const notes = [`Imported from ${file.filename} (${FORMAT_LABELS[original.input.format]}${entry ? ` ${entry} in a zip` : ""}).`];
      const plan = planFromImport({ name: task.prompt, original: original.keep.file, model: original.input.format, entry, normalize: file.normalize, parts: stats.parts, materials: stats.materials, notes });
      const critique = critiqueScene({ plan, stats });
      await ctx.stage("saving", 95);
      const trail = [{ kind: "import", file: file.filename, format: file.format, model: original.input.format, entry, bytes: file.bytes, normalize: file.normalize }];
      return await storeVersion({
        ctx,
        task,
        draft: { plan, code, provider: "builtin", result: build.result, outDir: build.outDir, score: critique.score, reasons: critique.reasons, trail },
      });
    } finally {
      await build.cleanup();
    }
  } finally {
    await original.cleanup();
  }
}
