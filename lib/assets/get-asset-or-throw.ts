import { ApiError } from "@/lib/api/errors";
import { db } from "@/lib/db";
import { UUID } from "@/lib/tasks/get-task-or-throw";

/** The caller's asset with its current version; another user's id or a malformed one answers 404. */
export async function getAssetOrThrow({ assetId, userId }: { assetId: string; userId: string }) {
  const asset = UUID.test(assetId)
    ? await db.asset.findFirst({ where: { id: assetId, userId }, include: { currentVersion: true, _count: { select: { versions: true } } } })
    : null;
  if (!asset) throw new ApiError("not_found", `Asset ${assetId} not found.`);
  return asset;
}
