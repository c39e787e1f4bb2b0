import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { serializeVersionSummary } from "@/lib/assets/serialize-version";
import { db } from "@/lib/db";

/** GET /api/v1/assets/{id}/versions: every version, oldest first, with the current one marked. */
export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const asset = await getAssetOrThrow({ assetId: params.id, userId: user.id });
  const versions = await db.assetVersion.findMany({ where: { assetId: asset.id }, orderBy: { number: "asc" } });
  return NextResponse.json(versions.map((v) => serializeVersionSummary(v, asset.currentVersionId)));
});
