import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { readImportParams } from "@/lib/imports/import-plan";
import type { ImportFormat } from "@/lib/imports/formats";
import { versionKey } from "@/lib/storage/storage";
import type { Plan } from "@/lib/validations/plan";
import type { TaskContext } from "@/worker/pipeline/task-context";
import { fetchOriginal } from "./fetch-original";

/**
 * When the version being refined was rebuilt from an uploaded original, fetch that file for this task's Blender
 * runs (its code calls import_original()). Returns a cleanup, or null for versions that were not imported.
 */
export async function attachBaseOriginal({ ctx, attempt, base }: { ctx: TaskContext; attempt: number; base: { plan: Plan; id: string; assetId: string; files: unknown } }) {
  const params = readImportParams(base.plan);
  const stored = (base.files as VersionFiles).original;
  if (!params || !stored) return null;
  const format = stored.file.split(".").pop() as ImportFormat;
  const fetched = await fetchOriginal({ taskId: ctx.taskId, attempt, key: versionKey({ assetId: base.assetId, versionId: base.id, file: stored.file }), format, model: params.model });
  ctx.original = { input: fetched.input, keep: fetched.keep };
  return fetched.cleanup;
}
