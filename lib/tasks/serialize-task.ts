import type { Task } from "@/lib/generated/prisma/client";
import type { AssetRow } from "@/lib/assets/find-asset-rows";
import { serializeAsset } from "@/lib/assets/serialize-asset";
import type { ImportFile } from "@/lib/imports/formats";
import { readInterpretation } from "@/lib/validations/plan";

/** What a task shows of its upload: never the storage key. */
function importFileView(value: unknown) {
  if (!value || typeof value !== "object") return null;
  const f = value as ImportFile;
  return { filename: f.filename, format: f.format, bytes: f.bytes, normalize: f.normalize };
}

type TaskWithAsset = Task & { asset: AssetRow | null };

/** The API's task shape (snake_case); the asset (see attachAssets) is included once the task completed. */
export function serializeTask(task: TaskWithAsset) {
  return {
    task_id: task.id,
    type: task.type,
    status: task.status,
    progress: task.progress,
    stage: task.stage,
    prompt: task.prompt,
    quality_level: task.qualityLevel,
    output_formats: task.outputFormats,
    tags: task.tags,
    feedback: task.feedback,
    import_file: importFileView(task.importFile),
    attempts: task.attempts,
    error_code: task.errorCode,
    error_message: task.errorMessage,
    interpretation: readInterpretation(task.interpretation),
    stages: task.stageLog,
    created_at: task.createdAt.toISOString(),
    started_at: task.startedAt?.toISOString() ?? null,
    finished_at: task.finishedAt?.toISOString() ?? null,
    asset_id: task.assetId,
    asset: task.status === "completed" && task.asset ? serializeAsset(task.asset) : null,
  };
}

export type TaskResponse = ReturnType<typeof serializeTask>;
