import { db } from "@/lib/db";
import type { Task } from "@/lib/generated/prisma/client";
import { planSchema, type Plan } from "@/lib/validations/plan";
import { PermanentTaskError } from "@/worker/pipeline/errors";

/** The version a refine task starts from (the given number, else the asset's current one): its plan and code. */
export async function loadBaseVersion(task: Task): Promise<{ plan: Plan; code: string; number: number; id: string; assetId: string; files: unknown }> {
  if (!task.assetId) throw new PermanentTaskError("asset_missing", "The asset to refine no longer exists.");
  const asset = await db.asset.findUnique({ where: { id: task.assetId }, include: { currentVersion: true } });
  const base = task.baseVersion
    ? await db.assetVersion.findUnique({ where: { assetId_number: { assetId: task.assetId, number: task.baseVersion } } })
    : asset?.currentVersion;
  if (!asset || !base) throw new PermanentTaskError("asset_missing", "The asset or version to refine no longer exists.");
  return { plan: planSchema.parse(base.plan), code: base.code, number: base.number, id: base.id, assetId: base.assetId, files: base.files };
}
