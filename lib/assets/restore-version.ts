import { db } from "@/lib/db";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { getVersionOrThrow } from "@/lib/assets/open-version-file";

/** Makes an earlier version current again (the asset's score follows it); versions themselves never change. */
export async function restoreVersion({ assetId, userId, version }: { assetId: string; userId: string; version: number }) {
  const asset = await getAssetOrThrow({ assetId, userId });
  const row = await getVersionOrThrow({ assetId: asset.id, currentVersionId: asset.currentVersionId, version });
  await db.asset.update({ where: { id: asset.id }, data: { currentVersionId: row.id, qualityScore: row.qualityScore } });
  return getAssetOrThrow({ assetId, userId });
}
