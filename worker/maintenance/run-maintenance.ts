import { log } from "@/worker/log";
import { pruneHeartbeats } from "@/worker/maintenance/prune-heartbeats";
import { sweepBlenderRuns } from "@/worker/maintenance/sweep-blender-runs";
import { sweepScratch } from "@/worker/maintenance/sweep-scratch";
import { sweepVersionFolders } from "@/worker/maintenance/sweep-version-folders";

/** A version folder without a row is only an orphan once its commit would long have happened. */
export const ORPHAN_MIN_AGE_MS = 15 * 60_000;
/** Heartbeat rows of workers silent this long are deleted, so the table does not grow with every restart. */
export const HEARTBEAT_RETENTION_MS = 60 * 60_000;

async function step(name: string, fn: () => Promise<unknown[] | number | { killed: unknown[]; removed: unknown[] }>) {
  try {
    const result = await fn();
    const count = typeof result === "number" ? result : Array.isArray(result) ? result.length : result.killed.length + result.removed.length;
    if (count) log.info(`maintenance: ${name}`, { result });
  } catch (err) {
    // Maintenance is best effort: the next run tries again, and the worker must not stop over it.
    log.warn(`maintenance: ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Cleans what crashed workers leave behind: orphan Blender runs and files, stale scratch, old heartbeat rows. */
export async function runMaintenance() {
  await step("orphan Blender runs", sweepBlenderRuns);
  await step("stale scratch folders", sweepScratch);
  await step("orphan version folders", () => sweepVersionFolders({ minAgeMs: ORPHAN_MIN_AGE_MS }));
  await step("old heartbeat rows", () => pruneHeartbeats({ olderThanMs: HEARTBEAT_RETENTION_MS }));
}
