import { rm } from "node:fs/promises";
import { db } from "@/lib/db";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { assetDir } from "@/lib/storage/paths";

/**
 * Deletes the caller's asset: its rows (versions cascade, tasks keep their history with asset_id NULL) in one
 * transaction, then its folder. Files go after the rows, so a failure never leaves a row pointing at no file.
 */
export async function deleteAsset({ assetId, userId }: { assetId: string; userId: string }) {
  const asset = await getAssetOrThrow({ assetId, userId });
  await db.$transaction(async (tx) => {
    // A refinement finishing now locks the asset row too (storeVersion), so the two cannot interleave.
    await tx.$queryRaw`SELECT id FROM assets WHERE id = ${asset.id}::uuid FOR UPDATE`;
    await tx.asset.update({ where: { id: asset.id }, data: { currentVersionId: null } });
    await tx.assetVersion.deleteMany({ where: { assetId: asset.id } });
    await tx.asset.delete({ where: { id: asset.id } });
  });
  await rm(assetDir({ assetId: asset.id }), { recursive: true, force: true });
}
