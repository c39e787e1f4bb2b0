import { db } from "@/lib/db";

/**
 * Claims the next runnable task for this worker: a queued task whose backoff has passed, or a running one whose
 * lease expired (its worker vanished). SKIP LOCKED lets many workers claim at once without waiting on each other.
 */
export async function claimNextTask({ workerId, leaseS }: { workerId: string; leaseS: number }): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH next AS (
      SELECT id FROM tasks
      WHERE (status = 'queued' AND run_after <= now())
         OR (status = 'running' AND lease_expires_at < now())
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
