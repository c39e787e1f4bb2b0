import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { withAuth } from "@/lib/api/with-auth";
import { withRateLimit } from "@/lib/api/with-rate-limit";
import { enqueueIdempotentTask } from "@/lib/tasks/enqueue-idempotent-task";
import { serializeTask } from "@/lib/tasks/serialize-task";
import { generateSchema } from "@/lib/validations/generate";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** POST /api/v1/generate: queue a generation task; 202 with the task (the same task again for a repeated Idempotency-Key). */
export const POST = withAuth(
  withRateLimit("generate", async ({ req, user }) => {
    const key = req.headers.get("idempotency-key");
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) throw new ApiError("bad_request", "Idempotency-Key must be 1-255 printable ASCII characters without spaces.");
    const input = generateSchema.parse(await readJson(req));
    const { task, replayed } = await enqueueIdempotentTask({ userId: user.id, input, idempotencyKey: key });
    const headers: Record<string, string> = { Location: `/api/v1/generate/${task.id}` };
    if (replayed) headers["Idempotent-Replayed"] = "true";
    return NextResponse.json(serializeTask(task), { status: 202, headers });
  }),
);
