import type { ImagePart } from "ai";
import { db } from "@/lib/db";
import type { Task } from "@/lib/generated/prisma/client";
import { visionRefusal } from "@/lib/images/require-vision";
import type { EffectiveLlmSettings } from "@/lib/llm/types";
import { PermanentTaskError } from "@/worker/pipeline/errors";

/** The task's reference image as an image part for the planner and the critic. */
export interface Reference {
  part: ImagePart;
  width: number;
  height: number;
}

/**
 * Loads the task's reference image, if it has one. Settings may have changed since the request was accepted, so
 * an image the models cannot see fails the task with vision_required instead of being ignored.
 */
export async function loadReference({ task, settings }: { task: Task; settings: EffectiveLlmSettings | null }): Promise<Reference | null> {
  const row = await db.taskImage.findUnique({ where: { taskId: task.id } });
  if (!row) return null;
  const refusal = visionRefusal(settings ?? { provider: "builtin", vision: false, source: "default" });
  if (refusal) throw new PermanentTaskError("vision_required", refusal);
  return { part: { type: "image", image: new Uint8Array(row.bytes), mediaType: row.mediaType }, width: row.width, height: row.height };
}

/** What the planner is told about the image it is shown. */
export const REFERENCE_FOR_PLANNER = "The attached image is the user's reference: plan the model after it (its parts, proportions and colours), as the prompt names it.";
