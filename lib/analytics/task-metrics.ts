import { db } from "@/lib/db";

/** Upper edges (seconds) of the generation-time buckets; the last bucket is open. */
const EDGES = [5, 10, 20, 30, 60, 120, 300];
/** Sub-steps timed inside modeling; a task never fails "in" them as a stage of its own. */
const MEASURED = ["texturing", "exporting", "rendering"];
/** Pipeline order of the stages (built-in and agent paths), for a stable chart. */
const ORDER = ["queued", "planning", "retrieving", "coding", "modeling", "critiquing", "checking", "verifying", "saving"];

/** How long completed tasks took (started_at → finished_at), bucketed, with median and 90th percentile. */
export async function generationTime({ userId }: { userId: string }) {
  const [bins, [pct]] = await Promise.all([
    db.$queryRaw<{ bin: number; count: number }[]>`
      SELECT width_bucket(extract(epoch FROM t.finished_at - t.started_at)::float8, ${EDGES}::float8[])::int AS bin, count(*)::int AS count
      FROM tasks t
      WHERE t.user_id = ${userId}::uuid AND t.status = 'completed' AND t.started_at IS NOT NULL AND t.finished_at IS NOT NULL
      GROUP BY 1`,
    db.$queryRaw<{ median_s: number | null; p90_s: number | null }[]>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.finished_at - t.started_at))::float8 AS median_s,
             percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM t.finished_at - t.started_at))::float8 AS p90_s
      FROM tasks t
      WHERE t.user_id = ${userId}::uuid AND t.status = 'completed' AND t.started_at IS NOT NULL AND t.finished_at IS NOT NULL`,
  ]);
  const byBin = new Map(bins.map((b) => [b.bin, b.count]));
  const buckets = [0, ...EDGES].map((min, i) => {
    const max = EDGES[i] ?? null;
    return { label: max === null ? `${min}s+` : `${min}-${max}s`, min_s: min, max_s: max, count: byBin.get(i) ?? 0 };
  });
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return { buckets, median_s: round(pct.median_s), p90_s: round(pct.p90_s) };
}

/** Finished tasks by outcome. */
export async function taskOutcomes({ userId }: { userId: string }) {
  const rows = await db.$queryRaw<{ status: string; count: number }[]>`
    SELECT t.status::text AS status, count(*)::int AS count FROM tasks t
    WHERE t.user_id = ${userId}::uuid AND t.status IN ('completed', 'failed', 'canceled') GROUP BY 1`;
  const get = (s: string) => rows.find((r) => r.status === s)?.count ?? 0;
  return { completed: get("completed"), failed: get("failed"), canceled: get("canceled") };
}

/**
 * Per stage, completed and failed tasks that reached it and those that failed in it. A failed task's `stage` reads
 * "failed", so the stage it failed in is the last one its stage log recorded ("queued" when it never started one).
 */
export async function stageOutcomes({ userId }: { userId: string }) {
  const rows = await db.$queryRaw<{ stage: string; reached: number; failed: number }[]>`
    WITH finished AS (
      SELECT t.id, t.status, t.stage_log FROM tasks t WHERE t.user_id = ${userId}::uuid AND t.status IN ('completed', 'failed')
    ), entries AS (
      SELECT f.id, f.status, x.e->>'name' AS stage, x.i, max(x.i) OVER (PARTITION BY f.id) AS last_i
      FROM finished f CROSS JOIN LATERAL jsonb_array_elements(f.stage_log) WITH ORDINALITY AS x(e, i)
      WHERE NOT (x.e->>'name' = ANY(${MEASURED}::text[]))
    )
    SELECT stage, count(DISTINCT id)::int AS reached, count(DISTINCT id) FILTER (WHERE status = 'failed' AND i = last_i)::int AS failed
    FROM entries GROUP BY stage
    UNION ALL
    SELECT 'queued', count(*)::int, count(*) FILTER (WHERE f.status = 'failed' AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.id = f.id))::int
    FROM finished f`;
  const rank = (s: string) => (ORDER.includes(s) ? ORDER.indexOf(s) : ORDER.length);
  return rows.filter((r) => r.reached > 0).sort((a, b) => rank(a.stage) - rank(b.stage) || a.stage.localeCompare(b.stage));
}

/** Failed tasks by error code, most frequent first. */
export async function failureCodes({ userId }: { userId: string }) {
  return db.$queryRaw<{ code: string; count: number }[]>`
    SELECT COALESCE(t.error_code, 'unknown') AS code, count(*)::int AS count FROM tasks t
    WHERE t.user_id = ${userId}::uuid AND t.status = 'failed' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`;
}
