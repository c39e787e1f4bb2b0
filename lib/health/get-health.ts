import { access, constants, mkdir } from "node:fs/promises";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { readLauncherState } from "@/lib/health/read-launcher-state";

const startedAt = Date.now();
/** A worker that has not beaten its heart for this long is not counted as live. */
const WORKER_STALE_MS = 30_000;

async function storageWritable(): Promise<boolean> {
  try {
    await mkdir(dataDir(), { recursive: true });
    await access(dataDir(), constants.W_OK);
    return true;
  } catch {
    return false;
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
  const storage = (await storageWritable()) ? "ok" : "not writable";
  const ok = database === "ok" && storage === "ok" && workers.length > 0;
  return {
    status: ok ? "healthy" : "degraded",
    version: process.env.npm_package_version ?? "0.1.0",
    uptime: (Date.now() - startedAt) / 1000,
    dependencies: {
      database,
      storage,
      workers: workers.length > 0 ? `${workers.length} live` : "none seen in the last 30 s",
      blender: workers.find((w) => w.blender)?.blender ?? "unknown (no live worker)",
      sandbox: workers.find((w) => w.sandbox)?.sandbox ?? "unknown (no live worker)",
    },
    queue: { queued: count("queued"), running: count("running") },
    workers: { live: workers.length },
    launcher: await readLauncherState(),
  };
}
