import { getDbPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Asset, AssetVersion } from "@/lib/generated/prisma/client";

/** An asset with what its API shape needs of the current version, and its number of versions. */
export type AssetRow = Asset & {
  currentVersion: Pick<AssetVersion, "number" | "files" | "previewFile" | "stats"> | null;
  _count: { versions: number };
};

type RawRow = Omit<Asset, "userId" | "currentVersionId" | "qualityScore" | "createdAt" | "updatedAt"> & {
  user_id: string;
  current_version_id: string | null;
  quality_score: number | null;
  created_at: Date;
  updated_at: Date;
  v_number: number | null;
  v_files: AssetVersion["files"] | null;
  v_preview_file: string | null;
  v_stats: AssetVersion["stats"] | null;
  versions_count: number;
  total_count: number;
};

/**
 * A page of assets matching `where` (SQL over alias `a`) and how many match, in one query. Prisma's `include` of the
 * version and `_count` would be three queries, load the version's plan, code and trail, and count versions by
 * grouping the whole asset_versions table. Asset answers carry the scene summary: per-part and per-material
 * detail stays on the version endpoint.
 */
export async function findAssetRows({ where, orderBy = Prisma.sql`a.created_at DESC, a.id`, limit = 1, offset = 0 }: { where: Prisma.Sql; orderBy?: Prisma.Sql; limit?: number; offset?: number }): Promise<{ rows: AssetRow[]; total: number | null }> {
  // The page is chosen first (ids and count(*) OVER () for the number of matches, null past the end); only its rows
  // then get their version columns and version counts, rather than every matching row.
  const sql = Prisma.sql`
    WITH page AS (
      SELECT a.id, count(*) OVER ()::int AS total_count
      FROM assets a
      WHERE ${where}
      ORDER BY ${orderBy}
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT a.id, a.user_id, a.name, a.prompt, a.tags, a.metadata, a.current_version_id, a.quality_score, a.created_at, a.updated_at,
           v.number AS v_number, v.files AS v_files, v.preview_file AS v_preview_file,
           v.stats - 'parts' - 'materials' AS v_stats,
           (SELECT count(*)::int FROM asset_versions c WHERE c.asset_id = a.id) AS versions_count,
           page.total_count
    FROM page JOIN assets a ON a.id = page.id LEFT JOIN asset_versions v ON v.id = a.current_version_id
    ORDER BY ${orderBy}`;
  // Straight to pg with Prisma's own placeholders and values: the same SQL and column types, less CPU per request.
  const { rows } = await getDbPool().query<RawRow>(sql.text, sql.values);
  const assets = rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    prompt: r.prompt,
    tags: r.tags ?? [],
    metadata: r.metadata,
    currentVersionId: r.current_version_id,
    qualityScore: r.quality_score,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    currentVersion: r.v_number === null ? null : { number: r.v_number, files: r.v_files ?? {}, previewFile: r.v_preview_file, stats: r.v_stats ?? {} },
    _count: { versions: r.versions_count },
  }));
  return { rows: assets, total: rows[0]?.total_count ?? null };
}
