import { db } from "@/lib/db";
import type { Prisma, Task } from "@/lib/generated/prisma/client";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { TaskLostError } from "@/worker/pipeline/errors";
import type { TaskContext } from "@/worker/pipeline/task-context";
import type { VersionDraft } from "@/worker/pipeline/version-draft";
import { retryDb } from "@/worker/queue/retry-db";

/**
 * One transaction: create the asset (first version), the version, point the asset at it and complete the task,
 * guarded by our lease, so a task canceled or taken over never gets a version.
 */
export async function commitVersion({ ctx, task, draft, assetId, versionId, files }: { ctx: TaskContext; task: Task; draft: VersionDraft; assetId: string; versionId: string; files: VersionFiles }) {
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
        // A scene rebuilt from an uploaded original (an import and its refinements) is an imported one.
        source: ctx.original ? "import" : "generate",
        qualityScore: draft.score,
        qualityReasons: draft.reasons,
        files: files,
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
        leaseOwner: null, leaseExpiresAt: null, stageLog: ctx.stages,
      },
    });
    if (count === 0) {
      const row = await tx.task.findUnique({ where: { id: task.id }, select: { status: true } });
      throw new TaskLostError(!row || row.status === "canceled" ? "canceled" : "lease_lost");
    }
  });
}

/**
 * After a failed commit, what happened: the COMMIT may have reached Postgres even though its answer was lost (a
 * connection killed at that moment). `committed`: our version is recorded; `ours`: nothing recorded and the task
 * is still ours to retry; `lost`: canceled or taken over; `unknown`: the database stayed unreachable.
 */
export async function commitOutcome({ ctx, versionId, log }: { ctx: TaskContext; versionId: string; log: (m: string) => void }) {
  const row = await retryDb(() => db.task.findUnique({ where: { id: ctx.taskId }, select: { status: true, leaseOwner: true, versionId: true } }), {
    what: `task ${ctx.taskId}: check the commit`,
    log,
  }).catch(() => undefined);
  if (row === undefined) return "unknown" as const;
  if (row?.versionId === versionId) return "committed" as const;
  if (row?.status === "running" && row.leaseOwner === ctx.workerId) return "ours" as const;
  return "lost" as const;
}
