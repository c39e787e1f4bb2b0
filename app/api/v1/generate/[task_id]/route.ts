import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getTaskOrThrow } from "@/lib/tasks/get-task-or-throw";
import { serializeTask } from "@/lib/tasks/serialize-task";

/** GET /api/v1/generate/{task_id}: status, progress, stage, errors and the asset once completed. */
export const GET = withAuth<{ task_id: string }>(async ({ params, user }) => {
  const task = await getTaskOrThrow({ taskId: params.task_id, userId: user.id });
  return NextResponse.json(serializeTask(task));
});
