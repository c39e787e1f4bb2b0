// The database goes away under running workers: connections terminated (pg_terminate_backend), then a full
// Postgres restart. Every task still ends completed exactly once, none stuck running, and the workers live on.
// This file runs its own embedded PostgreSQL, the one server here it may stop and start.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { freePort, startEmbeddedDb, type EmbeddedDb } from "@/scripts/lib/embedded-db";
import { filesUnder, foldersIn, useOwnDataDir } from "../helpers/test-data-dir";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const PASSWORD = "outage-test";
const pgDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-outage-pg-"));
const port = await freePort();
let server: EmbeddedDb = await startEmbeddedDb({ dir: pgDir, password: PASSWORD, port });
await server.createDatabase("ll3m");
await applyMigrations({ databaseUrl: server.url("ll3m"), dir: path.resolve("prisma/migrations") });
process.env.DATABASE_URL = server.url("ll3m");
process.env.LL3M_MAX_ATTEMPTS = "5"; // a task hit by several of the outages below may need a few attempts
const removeDataDir = await useOwnDataDir("ll3m-outage-");
const { db } = await import("@/lib/db");
const { dataDir } = await import("@/lib/env");
const { enqueueGenerateTask } = await import("@/lib/tasks/enqueue-task");
const { generateSchema } = await import("@/lib/validations/generate");
const { createUser } = await import("../helpers/seed");
const { sweepVersionFolders } = await import("@/worker/maintenance/sweep-version-folders");

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
  await rm(pgDir, { recursive: true, force: true });
  await removeDataDir();
});

/** Like waitFor, but a query failing because the database is down counts as "not yet". */
const poll = <T>(check: () => Promise<T | undefined>, what: string, timeoutMs = 90_000) => waitFor(() => check().catch(() => undefined), { what, timeoutMs });

async function enqueue(n: number) {
  const user = await createUser("outage");
  const input = generateSchema.parse({ prompt: "a small cube" });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await enqueueGenerateTask({ userId: user.id, input })).id);
  return ids;
}

async function expectAllCompletedOnce(ids: string[], workers: WorkerHandle[]) {
  await poll(async () => ((await db.task.count({ where: { status: { in: ["queued", "running"] } } })) === 0 ? true : undefined), "the queue to drain");
  const tasks = await db.task.findMany({ where: { id: { in: ids } } });
  expect(tasks.map((t) => `${t.status} ${t.errorCode ?? ""}`.trim())).toEqual(ids.map(() => "completed"));
  const versions = await db.assetVersion.findMany({ where: { id: { in: tasks.map((t) => t.versionId!) } } });
  expect(versions).toHaveLength(ids.length);
  // Every version row belongs to a completed task: none was committed twice.
  const completed = await db.task.findMany({ where: { status: "completed" }, select: { versionId: true } });
  const extra = await db.assetVersion.findMany({ where: { id: { notIn: completed.map((t) => t.versionId!) } }, select: { id: true, assetId: true, createdAt: true } });
  expect(extra, "version rows no completed task names").toEqual([]);
  expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
  // A commit whose outcome the worker could not learn leaves its files for the orphan sweep (by design: deleting
  // them could delete a committed version's files). Run that sweep now instead of in 15 minutes; it must remove
  // only orphans, so afterwards every asset row has its folder and no folder is without a row.
  const swept = await sweepVersionFolders({ minAgeMs: 0 });
  if (swept.length) console.log(`orphan sweep removed ${swept.length} folders left by commits whose outcome was unknown`);
  const folders = new Set(await foldersIn(path.join(dataDir(), "assets")));
  const assets = await db.asset.findMany({ select: { id: true } });
  expect(assets.filter((a) => !folders.has(a.id)), "assets without their folder").toEqual([]);
  expect(folders.size, "asset folders after the sweep").toBe(assets.length);
  expect(workers.map((w) => w.proc.exitCode)).toEqual(workers.map(() => null));
  // Retries here are the outage's doing (a stage write cut off); the log says which.
  return tasks.filter((t) => t.attempts > 1).length;
}

describe("workers through a database outage", () => {
  const workers: WorkerHandle[] = [];
  afterAll(async () => {
    expect(await Promise.all(workers.map((w) => w.stop()))).toEqual(workers.map(() => 0));
  });

  it("survive their connections being terminated mid-run", async () => {
    const env = { LL3M_PIPELINE: "noop", LL3M_NOOP_TASK_MS: "150", LL3M_WORKER_CONCURRENCY: "2", LL3M_LEASE_S: "5" };
    workers.push(startWorker(env), startWorker(env));
    onTestFailed(() => workers.forEach((w) => console.log(w.output().slice(-5000))));
    await poll(async () => ((await db.workerHeartbeat.count()) === 2 ? true : undefined), "2 workers", 30_000);
    const ids = await enqueue(40);
    const admin = new pg.Client({ connectionString: server.url("postgres") });
    await admin.connect();
    try {
      for (const completed of [5, 15, 25]) {
        await poll(async () => ((await db.task.count({ where: { status: "completed" } })) >= completed ? true : undefined), `${completed} completed`);
        // A burst, so some connections die in the middle of a query or a transaction, not only idle ones.
        let terminated = 0;
        for (let i = 0; i < 10; i++) {
          terminated += (await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'll3m' AND pid <> pg_backend_pid()")).rowCount ?? 0;
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(terminated).toBeGreaterThan(4);
      }
    } finally {
      await admin.end();
    }
    const retried = await expectAllCompletedOnce(ids, workers);
    const warnings = workers.flatMap((w) => w.output().split("\n").filter((l) => l.includes('"level":"warn"')));
    console.log(`terminate: ${retried} of ${ids.length} tasks needed a second attempt; ${warnings.length} warnings, e.g.\n${warnings.slice(0, 8).join("\n")}`);
  });

  it("survive a Postgres restart mid-run", async () => {
    const ids = await enqueue(40);
    await poll(async () => ((await db.task.count({ where: { id: { in: ids }, status: "completed" } })) >= 8 ? true : undefined), "8 completed");
    await server.stop();
    const stoppedAt = Date.now();
    await waitFor(async () => (Date.now() - stoppedAt > 2000 ? true : undefined), { what: "a 2 s outage" });
    server = await startEmbeddedDb({ dir: pgDir, password: PASSWORD, port });
    const restartedAt = new Date();
    const retried = await expectAllCompletedOnce(ids, workers);
    console.log(`restart: ${retried} of ${ids.length} tasks needed a second attempt`);
    // Both workers beat again after the restart (their heartbeat and lease renewal recovered too).
    await poll(async () => ((await db.workerHeartbeat.count({ where: { lastSeenAt: { gt: restartedAt } } })) === 2 ? true : undefined), "heartbeats after the restart", 20_000);
    // And the LISTEN connection is back: a new task is picked up.
    const [late] = await enqueue(1);
    await poll(async () => ((await db.task.findUniqueOrThrow({ where: { id: late } })).status === "completed" ? true : undefined), "a task after the restart", 20_000);
  });
});
