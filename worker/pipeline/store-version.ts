import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import type { Prisma, Task } from "@/lib/generated/prisma/client";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import type { ExportFormat } from "@/lib/assets/formats";
import type { Plan } from "@/lib/validations/plan";
import { versionDir } from "@/lib/storage/paths";
import type { BlenderResult } from "@/worker/blender/types";
import { TaskLostError } from "@/worker/pipeline/errors";
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

async function describeFiles(dir: string, files: BlenderResult["files"]): Promise<VersionFiles> {
  const out: VersionFiles = {};
  for (const [format, file] of Object.entries(files) as [ExportFormat, string][]) {
    const info = await stat(path.join(dir, file));
    out[format] = { file, bytes: info.size };
  }
  return out;
}

/**
 * Moves the run's files into place, then in one transaction creates the version, points the asset at it and
 * completes the task. If anything fails the files are removed again, so no half-made version is left behind.
 */
export async function storeVersion({ ctx, task, draft }: { ctx: TaskContext; task: Task; draft: VersionDraft }) {
  const versionId = randomUUID();
  const assetId = task.assetId ?? randomUUID();
  const files = await describeFiles(draft.outDir, draft.result.files);
  const finalDir = versionDir({ assetId, versionId });
  await mkdir(path.dirname(finalDir), { recursive: true });
  await rename(draft.outDir, finalDir);
  ctx.closeStage();
  try {
    await db.$transaction(async (tx) => {
      if (!task.assetId) {
        await tx.asset.create({
          data: { id: assetId, userId: task.userId, name: draft.plan.name || task.prompt.slice(0, 80), prompt: task.prompt, tags: task.tags, metadata: task.metadata ?? undefined },
        });
      } else {
        // Serialise refinements of one asset so version numbers never collide.
        await tx.$queryRaw`SELECT id FROM assets WHERE id = ${assetId}::uuid FOR UPDATE`;
      }
      const last = await tx.assetVersion.aggregate({ where: { assetId }, _max: { number: true } });
      await tx.assetVersion.create({
        data: {
          id: versionId,
          assetId,
          number: (last._max.number ?? 0) + 1,
          plan: draft.plan as unknown as Prisma.InputJsonValue,
          code: draft.code,
          provider: draft.provider,
          qualityScore: draft.score,
          qualityReasons: draft.reasons,
          files: files as Prisma.InputJsonValue,
          previewFile: draft.result.preview ?? null,
          stats: (draft.result.stats ?? {}) as unknown as Prisma.InputJsonValue,
          feedback: task.feedback,
          trail: (draft.trail ?? []) as Prisma.InputJsonValue,
        },
      });
      await tx.asset.update({ where: { id: assetId }, data: { currentVersionId: versionId, qualityScore: draft.score } });
      const { count } = await tx.task.updateMany({
        where: { id: task.id, status: "running", leaseOwner: ctx.workerId },
        data: {
          status: "completed", progress: 100, stage: "completed", assetId, versionId, finishedAt: new Date(),
          leaseOwner: null, leaseExpiresAt: null, stageLog: ctx.stages as object[],
        },
      });
      if (count === 0) throw new TaskLostError("lease_lost");
    });
  } catch (err) {
    await rm(finalDir, { recursive: true, force: true });
    throw err;
  }
  return { assetId, versionId };
}
