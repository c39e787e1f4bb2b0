import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Task } from "@/lib/generated/prisma/client";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import type { ExportFormat } from "@/lib/assets/formats";
import { writeObjBundle } from "@/lib/assets/obj-bundle";
import { storage } from "@/lib/storage/storage";
import type { BlenderResult } from "@/worker/blender/types";
import { log } from "@/worker/log";
import { commitOutcome, commitVersion } from "@/worker/pipeline/commit-version";
import { TransientTaskError } from "@/worker/pipeline/errors";
import { placeVersionFiles } from "@/worker/pipeline/place-version-files";
import type { TaskContext } from "@/worker/pipeline/task-context";
import type { VersionDraft } from "@/worker/pipeline/version-draft";

const COMMIT_TRIES = 3;

/** Each format's download and its size; the OBJ download is the .obj zipped with its .mtl when there is one. */
async function describeFiles(dir: string, files: BlenderResult["files"]): Promise<VersionFiles> {
  const out: VersionFiles = {};
  for (const [format, exported] of Object.entries(files) as [ExportFormat, string][]) {
    const file = (format === "obj" && (await writeObjBundle({ dir, objFile: exported }))) || exported;
    out[format] = { file, bytes: (await stat(path.join(dir, file))).size };
  }
  return out;
}

/**
 * Puts the run's files in storage (a rename into the data directory, or an upload of every file to the bucket),
 * then commits the version and completes the task in one transaction: no row ever names an object that is not in
 * place. A commit that fails is checked (it may have gone through), written again while the task is still ours,
 * and otherwise undone by deleting the objects. Only when the database stays unreachable are they left: if no row
 * names them, the orphan sweep (worker/maintenance) removes them later.
 */
export async function storeVersion({ ctx, task, draft }: { ctx: TaskContext; task: Task; draft: VersionDraft }) {
  const versionId = randomUUID();
  const assetId = task.assetId ?? randomUUID();
  const files = await describeFiles(draft.outDir, draft.result.files);
  const placed = await placeVersionFiles({ store: storage(), outDir: draft.outDir, assetId, versionId });
  ctx.closeStage();
  for (let attempt = 1; ; attempt++) {
    try {
      await commitVersion({ ctx, task, draft, assetId, versionId, files });
      return { assetId, versionId };
    } catch (err) {
      const outcome = await commitOutcome({ ctx, versionId, log: (m) => log.warn(m) });
      log.warn(`task ${ctx.taskId}: commit ${attempt} failed (${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}): ${outcome}`);
      if (outcome === "committed") return { assetId, versionId };
      if (outcome === "ours" && attempt < COMMIT_TRIES) continue;
      if (outcome === "unknown") throw new TransientTaskError("database_unavailable", "The new version could not be recorded: the database is unreachable.");
      // The sweep removes what the undo cannot (storage unreachable too); the commit's error is the one to report.
      await placed.undo().catch((e) => log.warn(`task ${ctx.taskId}: could not remove the uncommitted files: ${e instanceof Error ? e.message : String(e)}`));
      throw err;
    }
  }
}
