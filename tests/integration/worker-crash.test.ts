// A worker killed with SIGKILL mid-task: the task is taken back after its lease and completed exactly once by
// another worker; what the dead worker left (scratch, Blender runs, stale rows) is swept when a worker starts.
import { randomUUID } from "node:crypto";
import { mkdir, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { blenderRunsOf, pidsOfRuns } from "../helpers/blender-runs";
import { createUser } from "../helpers/seed";
import { filesUnder, foldersIn, useOwnDataDir } from "../helpers/test-data-dir";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_wcrash");
const removeDataDir = await useOwnDataDir("ll3m-wcrash-");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
  await removeDataDir();
});

const LEASE = { LL3M_LEASE_S: "5" };
const HOUR = 3600_000;

async function plantOrphanVersion(ageMs: number) {
  const dir = path.join(dataDir(), "assets", randomUUID(), randomUUID());
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "model.glb"), "half-committed");
  const then = new Date(Date.now() - ageMs);
  // The sweep dates a version by its newest object.
  await utimes(path.join(dir, "model.glb"), then, then);
  await utimes(dir, then, then);
  await utimes(path.dirname(dir), then, then);
  return dir;
}

describe("a worker killed with SIGKILL in the middle of a task", () => {
  const workers: WorkerHandle[] = [];
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
  });

  it("is completed exactly once by another worker, and a restarted worker sweeps what the dead one left", async () => {
    workers.push(startWorker(LEASE), startWorker(LEASE));
    await waitFor(async () => ((await db.workerHeartbeat.count()) === 2 ? true : undefined), { what: "2 workers", timeoutMs: 30_000 });
    const user = await createUser("crash");
    const { id } = await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a wooden table" }) });

    const owner = await waitFor(async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id } });
      return t.stage === "modeling" ? t.leaseOwner! : undefined;
    }, { what: "the modeling stage", timeoutMs: 60_000 });
    const victim = workers.find((w) => owner.includes(`-${w.proc.pid}-`))!;
    const survivor = workers.find((w) => w !== victim)!;
    const runs = await waitFor(async () => (blenderRunsOf(victim.proc.pid!).length ? blenderRunsOf(victim.proc.pid!) : undefined), { what: "the victim's Blender", timeoutMs: 20_000 });
    victim.proc.kill("SIGKILL");
    await victim.stop();

    // The last allowed attempt of a task whose worker vanished is failed, not run again.
    const abandoned = await db.task.create({
      data: { userId: user.id, prompt: "a chair", outputFormats: ["glb"], status: "running", attempts: 3, maxAttempts: 3, leaseOwner: "ghost-worker", leaseExpiresAt: new Date(Date.now() - 1000), startedAt: new Date() },
    });

    const task = await waitFor(async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id } });
      return t.status === "completed" || t.status === "failed" ? t : undefined;
    }, { what: "the task to be taken back and completed", timeoutMs: 90_000 });
    expect(task.status).toBe("completed");
    expect(task.attempts).toBe(2);
    // The log line follows the commit and reaches us through a pipe: wait for it rather than race it.
    await waitFor(async () => (survivor.output().includes(`task ${id} completed`) ? true : undefined), { what: "the survivor's completion log", timeoutMs: 10_000 });
    const versions = await db.assetVersion.findMany({ where: { asset: { userId: user.id } } });
    expect(versions.map((v) => v.id)).toEqual([task.versionId]);
    expect(await foldersIn(path.join(dataDir(), "assets", task.assetId!))).toEqual([task.versionId]);

    const failed = await waitFor(async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id: abandoned.id } });
      return t.status === "running" ? undefined : t;
    }, { what: "the abandoned task to fail", timeoutMs: 20_000 });
    expect(failed.status).toBe("failed");
    expect(failed.errorCode).toBe("worker_lost");
    expect(failed.errorMessage).toMatch(/stopped responding.*attempt 3 of 3/);
    expect(failed.attempts).toBe(3);

    // The survivor removed the dead attempt's scratch when it took the task over.
    expect(survivor.output()).toContain(`"stale":["${id}-1"]`);
    expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    // What else a dead worker can leave: scratch of an attempt that is over, its Blender run dirs in the system
    // temp dir, version folders without a row (killed between moving files in and committing), its heartbeat row.
    const staleScratch = path.join(dataDir(), "tmp", `${abandoned.id}-3`, "out");
    await mkdir(staleScratch, { recursive: true });
    await writeFile(path.join(staleScratch, "model.glb"), "partial");
    const runDirs = runs.map((r) => path.join(tmpdir(), r));
    const oldOrphan = await plantOrphanVersion(2 * HOUR);
    const freshOrphan = await plantOrphanVersion(0);
    const dead = await db.workerHeartbeat.create({ data: { id: "dead-2h", hostname: "gone", pid: 1, lastSeenAt: new Date(Date.now() - 2 * HOUR) } });
    const recent = await db.workerHeartbeat.create({ data: { id: "dead-10m", hostname: "gone", pid: 1, lastSeenAt: new Date(Date.now() - 600_000) } });
    // Run dirs without a process are removed once older than the sweep's 15 s margin (they could be starting);
    // the dead worker's are still there (a missing one would keep this wait from passing).
    await waitFor(async () => {
      const ages = await Promise.all(runDirs.map((d) => stat(d).then((s) => Date.now() - s.mtimeMs, () => -1)));
      return ages.every((a) => a > 16_000) ? true : undefined;
    }, { what: "the run dirs to pass the safety margin", timeoutMs: 30_000 });

    // A supervisor restarts the killed worker; its start-up maintenance sweeps.
    const restarted = startWorker(LEASE);
    workers.push(restarted);
    await waitFor(async () => (restarted.output().includes("ready") ? true : undefined), { what: "the restarted worker", timeoutMs: 30_000 });
    expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    expect(pidsOfRuns(runs)).toEqual([]);
    for (const dir of runDirs) await expect(stat(dir)).rejects.toThrow();
    await expect(stat(oldOrphan)).rejects.toThrow();
    await expect(stat(path.dirname(oldOrphan))).rejects.toThrow();
    expect((await stat(freshOrphan)).isDirectory()).toBe(true);
    expect((await stat(path.join(dataDir(), "assets", task.assetId!, task.versionId!, "model.glb"))).size).toBeGreaterThan(0);
    const heartbeats = (await db.workerHeartbeat.findMany()).map((h) => h.id);
    expect(heartbeats).not.toContain(dead.id);
    expect(heartbeats).toContain(recent.id);
  });
});
