import { ApiError } from "@/lib/api/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { findAssetRows } from "@/lib/assets/find-asset-rows";
import { UUID } from "@/lib/tasks/get-task-or-throw";

/** The caller's asset with its current version; another user's id or a malformed one answers 404. */
export async function getAssetOrThrow({ assetId, userId }: { assetId: string; userId: string }) {
  const asset = UUID.test(assetId) ? (await findAssetRows({ where: Prisma.sql`a.id = ${assetId}::uuid AND a.user_id = ${userId}::uuid` })).rows[0] : undefined;
  if (!asset) throw new ApiError("not_found", `Asset ${assetId} not found.`);
  return asset;
}
