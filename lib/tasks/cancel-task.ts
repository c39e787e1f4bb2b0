import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { getTaskOrThrow } from "@/lib/tasks/get-task-or-throw";
import { uploadPrefix } from "@/lib/imports/formats";
import { storage } from "@/lib/storage/storage";

/**
 * Cancels the caller's queued or running task. A running task's worker sees status=canceled within about a second
 * (its heartbeat checks) and stops Blender; a finished task answers 409.
 */
export async function cancelTask({ taskId, userId }: { taskId: string; userId: string }) {
  const task = await getTaskOrThrow({ taskId, userId });
  // Guarded by status, so a worker completing the task at this instant and this cancel cannot both win.
  const { count } = await db.task.updateMany({
    where: { id: task.id, userId, status: { in: ["queued", "running"] } },
    data: { status: "canceled", cancelRequested: true, finishedAt: new Date() },
  });
  if (!count) {
    const now = await getTaskOrThrow({ taskId, userId });
    throw new ApiError("conflict", `Task ${taskId} is already ${now.status}; only queued or running tasks can be canceled.`);
  }
  // A canceled import's upload goes at once (a running worker stops without needing it).
  if (task.type === "import") await storage().deletePrefix(uploadPrefix({ taskId: task.id })).catch(() => {});
  return getTaskOrThrow({ taskId, userId });
}
