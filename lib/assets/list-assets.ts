import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { findAssetRows } from "@/lib/assets/find-asset-rows";
import type { ListAssetsQuery } from "@/lib/validations/assets";

// The id breaks ties so pages never repeat or skip an asset; unscored assets go last either way.
const ORDER: Record<ListAssetsQuery["sort"], Prisma.Sql> = {
  created_at: Prisma.sql`a.created_at ASC, a.id`,
  "-created_at": Prisma.sql`a.created_at DESC, a.id`,
  quality_score: Prisma.sql`a.quality_score ASC NULLS LAST, a.id`,
  "-quality_score": Prisma.sql`a.quality_score DESC NULLS LAST, a.id`,
  name: Prisma.sql`a.name ASC, a.id`,
  "-name": Prisma.sql`a.name DESC, a.id`,
};

/** `%` and `_` in the search text are text, not ILIKE wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * One page of the caller's assets with filters; each filter has an index that starts with user_id (tags and q: GIN
 * through btree_gin and pg_trgm, sorts: btree), so it stays fast with tens of thousands of assets per user.
 */
export async function listAssets({ userId, query }: { userId: string; query: ListAssetsQuery }) {
  const filters = [Prisma.sql`a.user_id = ${userId}::uuid`];
  if (query.tags?.length) filters.push(Prisma.sql`a.tags @> ${query.tags}::text[]`);
  if (query.min_quality !== undefined) filters.push(Prisma.sql`a.quality_score >= ${query.min_quality}`);
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(Prisma.sql`(a.name ILIKE ${pattern} OR a.prompt ILIKE ${pattern})`);
  }
  const where = Prisma.join(filters, " AND ");
  const page = await findAssetRows({ where, orderBy: ORDER[query.sort], limit: query.limit, offset: query.offset });
  if (page.total !== null || query.offset === 0) return { items: page.rows, total: page.total ?? 0 };
  // A page past the end has no row to carry the count.
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM assets a WHERE ${where}`;
  return { items: page.rows, total };
}
