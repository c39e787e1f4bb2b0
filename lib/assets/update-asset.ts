import { db } from "@/lib/db";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import type { UpdateAssetInput } from "@/lib/validations/assets";

/** Renames and/or retags the caller's asset; another user's id answers 404. */
export async function updateAsset({ assetId, userId, input }: { assetId: string; userId: string; input: UpdateAssetInput }) {
  const asset = await getAssetOrThrow({ assetId, userId });
  await db.asset.update({
    where: { id: asset.id },
    data: { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.tags !== undefined ? { tags: input.tags } : {}) },
  });
  return getAssetOrThrow({ assetId, userId });
}
