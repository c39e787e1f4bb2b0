import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { attachAssets } from "@/lib/tasks/attach-assets";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The caller's task with its asset; another user's id or a malformed one answers 404. */
export async function getTaskOrThrow({ taskId, userId }: { taskId: string; userId: string }) {
  const task = UUID.test(taskId) ? await db.task.findFirst({ where: { id: taskId, userId } }) : null;
  if (!task) throw new ApiError("not_found", `Task ${taskId} not found.`);
  return (await attachAssets([task]))[0];
}

export { UUID };
