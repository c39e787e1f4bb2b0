import { db } from "@/lib/db";

/** Deletes heartbeat rows of workers not seen for `olderThanMs` (killed workers never delete their own). */
export async function pruneHeartbeats({ olderThanMs }: { olderThanMs: number }): Promise<number> {
  const { count } = await db.workerHeartbeat.deleteMany({ where: { lastSeenAt: { lt: new Date(Date.now() - olderThanMs) } } });
  return count;
}
