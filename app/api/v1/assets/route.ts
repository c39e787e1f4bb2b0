import { NextResponse } from "next/server";
import { withAuth } from "@/lib/api/with-auth";
import { listAssets } from "@/lib/assets/list-assets";
import { serializeAsset } from "@/lib/assets/serialize-asset";
import { listAssetsQuerySchema } from "@/lib/validations/assets";

/** GET /api/v1/assets?tags=&min_quality=&q=&limit=&offset=&sort=: the caller's assets, one page. */
export const GET = withAuth(async ({ req, user }) => {
  const query = listAssetsQuerySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const { items, total } = await listAssets({ userId: user.id, query });
  return NextResponse.json({ items: items.map(serializeAsset), total, limit: query.limit, offset: query.offset });
});
