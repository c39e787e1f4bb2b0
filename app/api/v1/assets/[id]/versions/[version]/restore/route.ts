import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { restoreVersion } from "@/lib/assets/restore-version";
import { serializeAsset } from "@/lib/assets/serialize-asset";
import { versionNumberSchema } from "@/lib/validations/assets";

/** POST /api/v1/assets/{id}/versions/{version}/restore: make that version current again; answers the asset. */
export const POST = withAuth<{ id: string; version: string }>(async ({ params, user }) => {
  await getAssetOrThrow({ assetId: params.id, userId: user.id });
  const version = versionNumberSchema.parse(params.version);
  return NextResponse.json(serializeAsset(await restoreVersion({ assetId: params.id, userId: user.id, version })));
});
