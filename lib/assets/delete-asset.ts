import { db } from "@/lib/db";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { assetPrefix, storage } from "@/lib/storage/storage";

/**
 * Deletes the caller's asset: its rows (versions cascade, tasks keep their history with asset_id NULL) in one
 * transaction, then its objects. Objects go after the rows, so a failure never leaves a row pointing at no file
 * (objects a failure leaves behind have no row, and the orphan sweep removes them).
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
  // The asset is gone for the user once the rows are; objects the storage did not let us delete are orphans now.
  await storage().deletePrefix(assetPrefix({ assetId: asset.id })).catch((err) => {
    console.warn(JSON.stringify({ level: "warn", msg: "asset objects left for the orphan sweep", asset_id: asset.id, error: String(err) }));
  });
}
