import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { cancelTask } from "@/lib/tasks/cancel-task";
import { serializeTask } from "@/lib/tasks/serialize-task";

/** POST /api/v1/generate/{task_id}/cancel: cancels a queued or running task; 409 once it finished. */
export const POST = withAuth<{ task_id: string }>(async ({ params, user }) => {
  const task = await cancelTask({ taskId: params.task_id, userId: user.id });
  return NextResponse.json(serializeTask(task));
});
