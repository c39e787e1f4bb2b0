import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readGenerateRequest } from "@/lib/api/read-generate-request";
import { withAuth } from "@/lib/api/with-auth";
import { withRateLimit } from "@/lib/api/with-rate-limit";
import { checkReferenceImage } from "@/lib/images/reference-image";
import { requireVision } from "@/lib/images/require-vision";
import { resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import { enqueueIdempotentTask } from "@/lib/tasks/enqueue-idempotent-task";
import { serializeTask } from "@/lib/tasks/serialize-task";
import { generateSchema } from "@/lib/validations/generate";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * POST /api/v1/generate: queue a generation task; 202 with the task (the same task again for a repeated Idempotency-Key).
 * JSON or multipart/form-data; an optional reference image is checked, and refused without a vision model, before anything is stored.
 */
export const POST = withAuth(
  withRateLimit("generate", async ({ req, user }) => {
    const key = req.headers.get("idempotency-key");
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) throw new ApiError("bad_request", "Idempotency-Key must be 1-255 printable ASCII characters without spaces.");
    const { fields, image } = await readGenerateRequest(req);
    const input = generateSchema.parse(fields);
    const reference = image ? await checkReferenceImage(image) : null;
    // Never ignored: an image the configured model cannot see is refused here, not dropped later.
    if (reference) requireVision(await resolveLlmSettings({ userId: user.id }));
    const { task, replayed } = await enqueueIdempotentTask({ userId: user.id, input, image: reference, idempotencyKey: key });
    const headers: Record<string, string> = { Location: `/api/v1/generate/${task.id}` };
    if (replayed) headers["Idempotent-Replayed"] = "true";
    return NextResponse.json(serializeTask(task), { status: 202, headers });
  }),
);
