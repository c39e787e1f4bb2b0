import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { readLauncherState } from "@/lib/health/read-launcher-state";
import { proxyDownloads, storage } from "@/lib/storage/storage";

const startedAt = Date.now();
/** A worker that has not beaten its heart for this long is not counted as live. */
const WORKER_STALE_MS = 30_000;

/** A storage that does not answer within this long counts as unavailable (health must answer even then). */
const STORAGE_PING_MS = 5_000;

/** "ok" when the storage answers a write, else what went wrong (in one line). */
async function pingStorage(): Promise<string> {
  const timeout = sleep(STORAGE_PING_MS, undefined, { ref: false }).then(() => {
    throw new Error(`no answer within ${STORAGE_PING_MS / 1000} s`);
  });
  try {
    await Promise.race([storage().ping(), timeout]);
    return "ok";
  } catch (err) {
    const reason = err instanceof Error ? err.message || err.name : String(err);
    return `unavailable (${reason.split("\n")[0].slice(0, 200)})`;
  }
}

/** Status of the server and each dependency: database, storage, workers (with their Blender and sandbox). */
export async function getHealth() {
  const database = await db.$queryRaw`SELECT 1`.then(() => "ok", () => "unavailable");
  const workers =
    database === "ok"
      ? await db.workerHeartbeat.findMany({ where: { lastSeenAt: { gt: new Date(Date.now() - WORKER_STALE_MS) } } })
      : [];
  const counts = database === "ok" ? await db.task.groupBy({ by: ["status"], where: { status: { in: ["queued", "running"] } }, _count: true }) : null;
  const count = (status: string) => (counts ? (counts.find((c) => c.status === status)?._count ?? 0) : null);
  const storageStatus = await pingStorage();
  const ok = database === "ok" && storageStatus === "ok" && workers.length > 0;
  return {
    status: ok ? "healthy" : "degraded",
    version: process.env.npm_package_version ?? "0.1.0",
    uptime: (Date.now() - startedAt) / 1000,
    dependencies: {
      database,
      storage: storageStatus,
      workers: workers.length > 0 ? `${workers.length} live` : "none seen in the last 30 s",
      blender: workers.find((w) => w.blender)?.blender ?? "unknown (no live worker)",
      sandbox: workers.find((w) => w.sandbox)?.sandbox ?? "unknown (no live worker)",
    },
    queue: { queued: count("queued"), running: count("running") },
    workers: { live: workers.length },
    launcher: await readLauncherState(),
    storage: { kind: storage().kind, downloads: proxyDownloads() ? ("proxy" as const) : ("redirect" as const) },
  };
}
