import { withAuth } from "@/lib/api/with-auth";
import { getTaskOrThrow } from "@/lib/tasks/get-task-or-throw";
import { streamTaskEvents } from "@/lib/tasks/stream-task-events";

export const dynamic = "force-dynamic";

/** GET /api/v1/generate/{task_id}/events: the task as Server-Sent Events until it completes, fails or is canceled. */
export const GET = withAuth<{ task_id: string }>(async ({ req, params, user }) => {
  const task = await getTaskOrThrow({ taskId: params.task_id, userId: user.id });
  return new Response(streamTaskEvents({ taskId: task.id, userId: user.id, signal: req.signal }), {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      // Proxies such as nginx would otherwise buffer the stream.
      "X-Accel-Buffering": "no",
    },
  });
});
