import { db } from "@/lib/db";

/**
 * Claims the next runnable task for this worker: a queued task whose backoff has passed, or a running one whose
 * lease expired (its worker vanished) and that has attempts left; failAbandonedTasks ends those without.
 * SKIP LOCKED lets many workers claim at once without waiting on each other.
 */
export async function claimNextTask({ workerId, leaseS }: { workerId: string; leaseS: number }): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH next AS (
      SELECT id FROM tasks
      WHERE (status = 'queued' AND run_after <= now())
         OR (status = 'running' AND lease_expires_at < now() AND attempts < max_attempts)
      ORDER BY run_after, created_at
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    UPDATE tasks t
    SET status = 'running', attempts = t.attempts + 1, lease_owner = ${workerId},
        lease_expires_at = now() + make_interval(secs => ${leaseS}), started_at = COALESCE(t.started_at, now()),
        stage = 'claimed', progress = 0, error_code = NULL, error_message = NULL, updated_at = now()
    FROM next WHERE t.id = next.id
    RETURNING t.id`;
  return rows[0]?.id ?? null;
}

/**
 * Milliseconds until something becomes claimable without a NOTIFY: a backoff that ends, or another worker's lease
 * that expires. Null when nothing is waiting; the loop then sleeps its full poll interval.
 */
export async function msUntilNextDue({ workerId }: { workerId: string }): Promise<number | null> {
  const rows = await db.$queryRaw<{ ms: number | null }[]>`
    SELECT (EXTRACT(EPOCH FROM LEAST(
      (SELECT min(run_after) FROM tasks WHERE status = 'queued'),
      (SELECT min(lease_expires_at) FROM tasks WHERE status = 'running' AND attempts < max_attempts AND lease_owner IS DISTINCT FROM ${workerId})
    ) - now()) * 1000)::float8 AS ms`;
  const ms = rows[0]?.ms;
  return ms === null || ms === undefined ? null : Math.max(0, ms);
}
