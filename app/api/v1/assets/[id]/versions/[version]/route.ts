import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { getVersionOrThrow } from "@/lib/assets/open-version-file";
import { serializeVersionDetail } from "@/lib/assets/serialize-version";
import { versionNumberSchema } from "@/lib/validations/assets";

/** GET /api/v1/assets/{id}/versions/{version}: plan, code, stats, quality reasons, files and trail of one version. */
export const GET = withAuth<{ id: string; version: string }>(async ({ params, user }) => {
  const asset = await getAssetOrThrow({ assetId: params.id, userId: user.id });
  const version = versionNumberSchema.parse(params.version);
  const row = await getVersionOrThrow({ assetId: asset.id, currentVersionId: asset.currentVersionId, version });
  return NextResponse.json(serializeVersionDetail(row, asset.currentVersionId));
});
