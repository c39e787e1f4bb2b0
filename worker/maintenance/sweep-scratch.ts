import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { scratchDir } from "@/lib/storage/paths";

// Pipelines work in <data>/tmp/<taskId>-<attempt>[-<label>] (worker/pipeline/build-in-blender.ts, run-noop-task.ts).
// eslint-disable-next-line security/detect-unsafe-regex -- linear: fixed-width uuid, then optional groups each opened by a "-" the digits cannot match
const SCRATCH = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(\d+)(?:-[A-Za-z0-9_.-]+)?$/;

/**
 * Removes scratch folders of attempts that are over: the task is not running, or runs a later attempt. A worker
 * killed mid-task leaves its folder behind; the database, not the clock, says it is stale, so this is safe while
 * other workers (on any machine sharing the data dir) run. Returns the folders removed.
 */
export async function sweepScratch(): Promise<string[]> {
  const entries = (await readdir(scratchDir()).catch(() => [] as string[])).flatMap((name) => {
    const m = SCRATCH.exec(name);
    return m ? [{ name, taskId: m[1], attempt: Number(m[2]) }] : [];
  });
  if (!entries.length) return [];
  const tasks = await db.task.findMany({ where: { id: { in: [...new Set(entries.map((e) => e.taskId))] } }, select: { id: true, status: true, attempts: true } });
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const removed: string[] = [];
  for (const e of entries) {
    const task = byId.get(e.taskId);
    if (task?.status === "running" && task.attempts === e.attempt) continue;
    const dir = path.join(scratchDir(), e.name);
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

/** Removes scratch folders of a task's earlier attempts; called when an attempt starts (the others are over). */
export async function removeEarlierScratch({ taskId }: { taskId: string }): Promise<string[]> {
  const names = (await readdir(scratchDir()).catch(() => [] as string[])).filter((n) => SCRATCH.exec(n)?.[1] === taskId);
  await Promise.all(names.map((n) => rm(path.join(scratchDir(), n), { recursive: true, force: true })));
  return names;
}
