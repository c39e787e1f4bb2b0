import { db } from "@/lib/db";

const BINS = 10;

/** Totals over the user's assets: count, mean score, high scorers (≥ 8), distinct tags and versions. */
export async function assetSummary({ userId }: { userId: string }) {
  const [row] = await db.$queryRaw<
    { total_assets: number; average_quality: number | null; high_quality: number; unique_tags: number; total_versions: number }[]
  >`
    SELECT count(*)::int AS total_assets,
           avg(a.quality_score)::float8 AS average_quality,
           count(*) FILTER (WHERE a.quality_score >= 8)::int AS high_quality,
           (SELECT count(DISTINCT t)::int FROM assets a2 CROSS JOIN LATERAL unnest(a2.tags) AS t WHERE a2.user_id = ${userId}::uuid) AS unique_tags,
           (SELECT count(*)::int FROM asset_versions v JOIN assets a3 ON a3.id = v.asset_id WHERE a3.user_id = ${userId}::uuid) AS total_versions
    FROM assets a WHERE a.user_id = ${userId}::uuid`;
  return { ...row, average_quality: row.average_quality === null ? null : Math.round(row.average_quality * 100) / 100 };
}

/** Ten one-point bins of the quality score (a 10 falls in the last bin), empty bins included. */
export async function qualityHistogram({ userId }: { userId: string }) {
  const rows = await db.$queryRaw<{ bin: number; count: number }[]>`
    SELECT LEAST(GREATEST(width_bucket(a.quality_score, 0, 10, ${BINS}), 1), ${BINS})::int AS bin, count(*)::int AS count
    FROM assets a WHERE a.user_id = ${userId}::uuid AND a.quality_score IS NOT NULL GROUP BY 1`;
  const byBin = new Map(rows.map((r) => [r.bin, r.count]));
  return Array.from({ length: BINS }, (_, i) => ({ min: i, max: i + 1, count: byBin.get(i + 1) ?? 0 }));
}

/** Assets created per UTC day over the last `days` days, days without any included. */
export async function assetsOverTime({ userId, days }: { userId: string; days: number }) {
  return db.$queryRaw<{ date: string; count: number }[]>`
    WITH range AS (
      SELECT date_trunc('day', now() AT TIME ZONE 'UTC') - make_interval(days => ${days - 1}) AS first_day,
             date_trunc('day', now() AT TIME ZONE 'UTC') AS last_day
    ), per_day AS (
      SELECT date_trunc('day', a.created_at AT TIME ZONE 'UTC') AS day, count(*)::int AS count
      FROM assets a, range
      WHERE a.user_id = ${userId}::uuid AND a.created_at >= (range.first_day AT TIME ZONE 'UTC')
      GROUP BY 1
    )
    SELECT to_char(d.day, 'YYYY-MM-DD') AS date, COALESCE(p.count, 0)::int AS count
    FROM range CROSS JOIN LATERAL generate_series(range.first_day, range.last_day, interval '1 day') AS d(day)
    LEFT JOIN per_day p ON p.day = d.day
    ORDER BY d.day`;
}

/** The ten tags on most of the user's assets. */
export async function topTags({ userId }: { userId: string }) {
  return db.$queryRaw<{ tag: string; count: number }[]>`
    SELECT t AS tag, count(*)::int AS count
    FROM assets a CROSS JOIN LATERAL unnest(a.tags) AS t
    WHERE a.user_id = ${userId}::uuid
    GROUP BY t ORDER BY count(*) DESC, t LIMIT 10`;
}
