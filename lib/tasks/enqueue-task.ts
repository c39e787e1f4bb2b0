import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { GenerateInput } from "@/lib/validations/generate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReferenceImage } from "@/lib/images/reference-image";

/** Channel the worker LISTENs on; the payload is the task id. */
export const TASK_CHANNEL = "ll3m_tasks";

/** Inserts a queued generation task (with its reference image, if any) and wakes a worker with NOTIFY in the same transaction. */
export async function enqueueGenerateTask({ userId, input, image, idempotencyKey, requestHash }: { userId: string; input: GenerateInput; image?: ReferenceImage | null; idempotencyKey?: string; requestHash?: string }) {
  return db.$transaction(async (tx) => {
    const task = await tx.task.create({
      data: {
        userId,
        type: "generate",
        prompt: input.prompt,
        qualityLevel: input.quality_level,
        // The viewer and the stats need a GLB, so every task makes one.
        outputFormats: [...new Set(["glb", ...input.output_formats])],
        tags: input.tags,
        metadata: (input.metadata ?? undefined) as Prisma.InputJsonValue | undefined,
        maxAttempts: getEnv().LL3M_MAX_ATTEMPTS,
        idempotencyKey,
        requestHash,
        ...(image ? { referenceImage: { create: { mediaType: image.mediaType, width: image.width, height: image.height, sizeBytes: image.sizeBytes, sha256: image.sha256, bytes: new Uint8Array(image.bytes) } } } : {}),
      },
    });
    await tx.$executeRaw`SELECT pg_notify(${TASK_CHANNEL}, ${task.id})`;
    return task;
  });
}
