import { db } from "@/lib/db";

/**
 * Fails running tasks whose lease expired on their last allowed attempt: their worker died (or lost the database)
 * each time, and running them again could kill the next worker too. Returns the ids it failed.
 */
export async function failAbandonedTasks(): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE tasks t
    SET status = 'failed', stage = 'failed', error_code = 'worker_lost',
        error_message = 'The worker running this task stopped responding (it crashed, was killed or lost the database) on attempt '
          || t.attempts || ' of ' || t.max_attempts || ', so it was not run again.',
        lease_owner = NULL, lease_expires_at = NULL, finished_at = now(), updated_at = now()
    WHERE t.id IN (
      SELECT id FROM tasks
      WHERE status = 'running' AND lease_expires_at < now() AND attempts >= max_attempts
      FOR UPDATE SKIP LOCKED
    )
    RETURNING t.id`;
  return rows.map((r) => r.id);
}
