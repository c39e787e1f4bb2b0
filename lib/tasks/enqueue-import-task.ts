import { EXPORT_FORMAT_NAMES } from "@/lib/assets/formats";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportFile } from "@/lib/imports/formats";
import { TASK_CHANNEL } from "@/lib/tasks/enqueue-task";

/** Queues the conversion of a stored upload into a new asset (every download format), waking a worker with NOTIFY. */
export async function enqueueImportTask({ taskId, userId, file, name, tags }: { taskId: string; userId: string; file: ImportFile; name: string; tags: string[] }) {
  return db.$transaction(async (tx) => {
    const task = await tx.task.create({
      data: {
        id: taskId,
        userId,
        type: "import",
        // The asset's name comes from the task's prompt when the plan has none; an import's plan is named after it.
        prompt: name,
        outputFormats: [...EXPORT_FORMAT_NAMES],
        tags,
        importFile: file as unknown as Prisma.InputJsonValue,
        maxAttempts: getEnv().LL3M_MAX_ATTEMPTS,
      },
    });
    await tx.$executeRaw`SELECT pg_notify(${TASK_CHANNEL}, ${task.id})`;
    return task;
  });
}
