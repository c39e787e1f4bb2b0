import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { readJson } from "@/lib/api/read-json";
import { generateSchema } from "@/lib/validations/generate";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { serializeTask } from "@/lib/tasks/serialize-task";

/** POST /api/v1/generate: queue a generation task; 202 with the task. */
export const POST = withAuth(async ({ req, user }) => {
  const input = generateSchema.parse(await readJson(req));
  const task = await enqueueGenerateTask({ userId: user.id, input });
  return NextResponse.json(serializeTask({ ...task, asset: null }), { status: 202, headers: { Location: `/api/v1/generate/${task.id}` } });
});
