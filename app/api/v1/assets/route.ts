import { NextResponse } from "next/server";
import { z } from "zod";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db";
import { serializeAsset } from "@/lib/assets/serialize-asset";

const querySchema = z.object({
  limit: z.coerce.number().int().min(1, "limit must be 1-100").max(100, "limit must be 1-100").default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/** GET /api/v1/assets: the caller's assets, newest first. */
export const GET = withAuth(async ({ req, user }) => {
  const q = querySchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const where = { userId: user.id };
  const [items, total] = await Promise.all([
    db.asset.findMany({
      where,
      include: { currentVersion: true, _count: { select: { versions: true } } },
      orderBy: { createdAt: "desc" },
      take: q.limit,
      skip: q.offset,
    }),
    db.asset.count({ where }),
  ]);
  return NextResponse.json({ items: items.map(serializeAsset), total, limit: q.limit, offset: q.offset });
});
