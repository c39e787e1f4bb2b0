import { createHash } from "node:crypto";
import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { attachAssets } from "@/lib/tasks/attach-assets";
import type { ReferenceImage } from "@/lib/images/reference-image";
import type { GenerateInput } from "@/lib/validations/generate";

/** sha256 of the validated body with sorted keys (and the image's own hash): the same request, however it was spelled. */
function hashRequest(input: GenerateInput, image: ReferenceImage | null): string {
  const canonical = JSON.stringify(image ? { ...input, image_sha256: image.sha256 } : input, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))) : value,
  );
  return createHash("sha256").update(canonical).digest("hex");
}

async function findByKey(userId: string, idempotencyKey: string, requestHash: string) {
  const task = await db.task.findUnique({ where: { userId_idempotencyKey: { userId, idempotencyKey } } });
  if (task && task.requestHash !== requestHash) {
    throw new ApiError(
      "idempotency_key_reused",
      `Idempotency-Key '${idempotencyKey}' was already used with a different request body (task ${task.id}); send a new key for a new request.`,
    );
  }
  return task && (await attachAssets([task]))[0];
}

/**
 * Queues a generation task; with an Idempotency-Key, a repeat of the same request returns the task the first one
 * made (`replayed`), and a different body under the same key is refused (422).
 */
export async function enqueueIdempotentTask({ userId, input, image = null, idempotencyKey }: { userId: string; input: GenerateInput; image?: ReferenceImage | null; idempotencyKey: string | null }) {
  if (!idempotencyKey) return { task: { ...(await enqueueGenerateTask({ userId, input, image })), asset: null }, replayed: false };
  const requestHash = hashRequest(input, image);
  const earlier = await findByKey(userId, idempotencyKey, requestHash);
  if (earlier) return { task: earlier, replayed: true };
  try {
    return { task: { ...(await enqueueGenerateTask({ userId, input, image, idempotencyKey, requestHash })), asset: null }, replayed: false };
  } catch (err) {
    // Two requests with one key raced: the unique (user_id, idempotency_key) let one in; answer with its task.
    if (typeof err === "object" && err && "code" in err && err.code === "P2002") {
      const winner = await findByKey(userId, idempotencyKey, requestHash);
      if (winner) return { task: winner, replayed: true };
    }
    throw err;
  }
}
