import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { TASK_CHANNEL } from "@/lib/tasks/enqueue-task";

/** Queues a refinement of an asset the caller owns (checked by the caller), waking a worker with NOTIFY. */
export async function enqueueRefineTask({ userId, asset, feedback, preserveAspects, baseVersion, qualityLevel, outputFormats }: {
  userId: string;
  asset: { id: string; prompt: string; tags: string[] };
  feedback: string;
  preserveAspects: string[];
  baseVersion?: number;
  qualityLevel: string;
  outputFormats: string[];
}) {
  return db.$transaction(async (tx) => {
    const task = await tx.task.create({
      data: {
        userId,
        type: "refine",
        assetId: asset.id,
        baseVersion: baseVersion ?? null,
        prompt: asset.prompt,
        feedback,
        preserveAspects,
        qualityLevel,
        outputFormats: [...new Set(["glb", ...outputFormats])],
        tags: asset.tags,
        maxAttempts: getEnv().LL3M_MAX_ATTEMPTS,
      },
    });
    await tx.$executeRaw`SELECT pg_notify(${TASK_CHANNEL}, ${task.id})`;
    return task;
  });
}

/** The quality level of the task that made a version, so a refinement keeps it; "standard" when none is known. */
export async function qualityOfVersion(versionId: string): Promise<string> {
  const maker = await db.task.findUnique({ where: { versionId }, select: { qualityLevel: true } });
  return maker?.qualityLevel ?? "standard";
}
