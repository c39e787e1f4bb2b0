import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/read-json";
import { withAuth } from "@/lib/api/with-auth";
import { deleteAsset } from "@/lib/assets/delete-asset";
import { getAssetOrThrow } from "@/lib/assets/get-asset-or-throw";
import { serializeAsset } from "@/lib/assets/serialize-asset";
import { updateAsset } from "@/lib/assets/update-asset";
import { updateAssetSchema } from "@/lib/validations/assets";

/** GET /api/v1/assets/{id}. */
export const GET = withAuth<{ id: string }>(async ({ params, user }) => {
  const asset = await getAssetOrThrow({ assetId: params.id, userId: user.id });
  return NextResponse.json(serializeAsset(asset));
});

/** PATCH /api/v1/assets/{id}: rename and/or retag. */
export const PATCH = withAuth<{ id: string }>(async ({ req, params, user }) => {
  await getAssetOrThrow({ assetId: params.id, userId: user.id });
  const input = updateAssetSchema.parse(await readJson(req));
  return NextResponse.json(serializeAsset(await updateAsset({ assetId: params.id, userId: user.id, input })));
});

/** DELETE /api/v1/assets/{id}: the asset, every version and their files; 204. */
export const DELETE = withAuth<{ id: string }>(async ({ params, user }) => {
  await deleteAsset({ assetId: params.id, userId: user.id });
  return new Response(null, { status: 204 });
});
