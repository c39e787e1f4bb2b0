import { db } from "@/lib/db";
import { log } from "@/worker/log";
import { failAbandonedTasks } from "@/worker/queue/fail-abandoned-tasks";

/** What a worker tells the worker_heartbeats table about itself. */
export interface WorkerInfo {
  id: string;
  hostname: string;
  pid: number;
  concurrency: number;
  blender: string | null;
  sandbox: string | null;
}

/** Records this worker as alive and extends the leases of the tasks it runs. */
export async function beat({ info, leaseS, running }: { info: WorkerInfo; leaseS: number; running: string[] }) {
  // Upsert: a worker paused for longer than the heartbeat retention (its row pruned) comes back as itself.
  await db.workerHeartbeat.upsert({
    where: { id: info.id },
    create: { ...info, runningTasks: running.length },
    update: { lastSeenAt: new Date(), runningTasks: running.length },
  });
  if (running.length) {
    await db.$executeRaw`
      UPDATE tasks SET lease_expires_at = now() + make_interval(secs => ${leaseS})
      WHERE lease_owner = ${info.id} AND status = 'running' AND id = ANY(${running}::uuid[])`;
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

/**
 * Once a second: abort tasks canceled or taken over (so Blender stops within a second or two). A few times per
 * lease: heartbeat and lease renewal, so even a 5 s lease is renewed before it can lapse; every 5 s: fail tasks
 * abandoned on their last attempt. Ticks never overlap, so a slow database cannot pile them up.
 */
export function startHeartbeat({ info, leaseS, running }: { info: WorkerInfo; leaseS: number; running: Map<string, { controller: AbortController }> }) {
  const beatEvery = Math.max(1, Math.min(5, Math.floor(leaseS / 3)));
  let ticks = 0;
  let current: Promise<void> | null = null;
  // Each step on its own: a failed cancellation check must not also skip the lease renewal.
  const guard = (what: string, fn: () => Promise<void>) =>
    fn().catch((err) => log.warn(`${what} failed: ${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}`));
  const tick = async () => {
    const ids = [...running.keys()];
    await guard("cancellation check", async () => {
      for (const [id, reason] of await lostTasks({ workerId: info.id, running: ids })) running.get(id)?.controller.abort(reason);
    });
    if (ticks % beatEvery === 0) await guard("heartbeat", () => beat({ info, leaseS, running: ids }));
    if (ticks % 5 === 0) {
      await guard("abandoned-task check", async () => {
        for (const id of await failAbandonedTasks()) log.warn(`task ${id} failed: its worker vanished on its last attempt`);
      });
    }
    ticks++;
  };
  const timer = setInterval(() => {
    current ??= tick().finally(() => (current = null));
  }, 1000);
  timer.unref();
  return {
    /** Stops ticking and waits for a tick in flight, so nothing writes the heartbeat row after this resolves. */
    stop: async () => {
      clearInterval(timer);
      await current;
    },
  };
}
