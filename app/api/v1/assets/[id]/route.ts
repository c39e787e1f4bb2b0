import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { serializeAsset } from "@/lib/assets/serialize-asset";

/** GET /api/v1/assets/{id}. */
export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const asset = await getAssetOrThrow({ assetId: params.id, userId: user.id });
  return NextResponse.json(serializeAsset(asset));
});
