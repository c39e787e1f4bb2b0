import { db } from "@/lib/db";
import { uploadPrefix } from "@/lib/imports/formats";
import { storage } from "@/lib/storage/storage";

/**
 * Removes an import task's upload once the task has ended (completed, failed for good or canceled); a task queued
 * again for a retry keeps it. The version keeps its own copy as its `original` file.
 */
export async function releaseUpload({ taskId }: { taskId: string }): Promise<boolean> {
  const task = await db.task.findUnique({ where: { id: taskId }, select: { type: true, status: true } });
  if (task && (task.type !== "import" || task.status === "queued" || task.status === "running")) return false;
  await storage().deletePrefix(uploadPrefix({ taskId }));
  return true;
}
