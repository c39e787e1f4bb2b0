import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, rmdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Task } from "@/lib/generated/prisma/client";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import type { ExportFormat } from "@/lib/assets/formats";
import { writeObjBundle } from "@/lib/assets/obj-bundle";
import type { Plan } from "@/lib/validations/plan";
import { versionDir } from "@/lib/storage/paths";
import type { BlenderResult } from "@/worker/blender/types";
import { log } from "@/worker/log";
import { commitOutcome, commitVersion } from "@/worker/pipeline/commit-version";
import { TransientTaskError } from "@/worker/pipeline/errors";
import type { TaskContext } from "@/worker/pipeline/task-context";

export interface VersionDraft {
  plan: Plan;
  code: string;
  provider: string;
  result: BlenderResult;
  /** The run's output folder; it is moved, not copied, into the version's place. */
  outDir: string;
  score: number;
  reasons: { severity: string; message: string }[];
  trail?: unknown[];
}

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
 * Moves the run's files into place, then commits the version and completes the task in one transaction. A commit
 * that fails is checked (it may have gone through), written again while the task is still ours, and otherwise
 * undone by removing the files. Only when the database stays unreachable are the files left: if no row names them,
 * the orphan sweep (worker/maintenance) removes them later.
 */
export async function storeVersion({ ctx, task, draft }: { ctx: TaskContext; task: Task; draft: VersionDraft }) {
  const versionId = randomUUID();
  const assetId = task.assetId ?? randomUUID();
  const files = await describeFiles(draft.outDir, draft.result.files);
  const finalDir = versionDir({ assetId, versionId });
  await mkdir(path.dirname(finalDir), { recursive: true });
  await rename(draft.outDir, finalDir);
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
      await rm(finalDir, { recursive: true, force: true });
      // A first version's asset folder was made for it alone; rmdir leaves anything else in place.
      if (!task.assetId) await rmdir(path.dirname(finalDir)).catch(() => {});
      throw err;
    }
  }
}
