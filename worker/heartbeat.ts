import { db } from "@/lib/db";

/** Records this worker as alive and extends the leases of the tasks it runs. */
export async function beat({ workerId, leaseS, running }: { workerId: string; leaseS: number; running: string[] }) {
  await db.workerHeartbeat.update({ where: { id: workerId }, data: { lastSeenAt: new Date(), runningTasks: running.length } });
  if (running.length) {
    await db.$executeRaw`
      UPDATE tasks SET lease_expires_at = now() + make_interval(secs => ${leaseS})
      WHERE lease_owner = ${workerId} AND status = 'running' AND id = ANY(${running}::uuid[])`;
  }
}

/** Ids among `running` that are no longer this worker's to run (canceled, or taken back after a lost lease). */
export async function lostTasks({ workerId, running }: { workerId: string; running: string[] }): Promise<Map<string, string>> {
  if (!running.length) return new Map();
  const rows = await db.task.findMany({ where: { id: { in: running } }, select: { id: true, status: true, leaseOwner: true } });
  const lost = new Map<string, string>();
  for (const id of running) {
    const row = rows.find((r) => r.id === id);
    if (!row || row.status === "canceled") lost.set(id, "canceled");
    else if (row.status !== "running" || row.leaseOwner !== workerId) lost.set(id, "lease_lost");
  }
  return lost;
}
