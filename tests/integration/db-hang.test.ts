// A database that stops answering (a table lock held open by another session) must not hang the server or the
// worker: the API answers 503 in the error envelope while the lock is still held, and everything recovers after.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { startAppServer } from "../helpers/app-server";
import { seedAsset } from "../helpers/seed-assets";
import { waitFor, type WorkerHandle } from "../helpers/worker-process";

const TIMEOUTS = { LL3M_DB_STATEMENT_TIMEOUT_MS: "1000", LL3M_DB_CONNECT_TIMEOUT_MS: "1000" };
const server = await startAppServer({ prefix: "ll3m_dbhang", env: TIMEOUTS });
const { db } = await import("@/lib/db");
const { createApiKey } = await import("@/lib/auth/api-keys");
const { createUser } = await import("../helpers/seed");
const { enqueueGenerateTask } = await import("@/lib/tasks/enqueue-task");
const { generateSchema } = await import("@/lib/validations/generate");

/** Another session that takes an ACCESS EXCLUSIVE lock on a table and keeps its transaction open until released. */
async function holdLock(table: string) {
  const c = new pg.Client({ connectionString: server.databaseUrl });
  await c.connect();
  await c.query("BEGIN");
  await c.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await c.query("ROLLBACK");
    await c.end();
  };
}

let key = "";
let userId = "";
let assetId = "";
let release: (() => Promise<void>) | null = null;

beforeAll(async () => {
  const user = await createUser("dbhang");
  userId = user.id;
  key = (await createApiKey({ userId, name: "dbhang" })).key;
  assetId = (await seedAsset({ userId, name: "Locked Chair", withFiles: false })).assetId;
});

afterAll(async () => {
  await release?.();
  await db.$disconnect();
  await server.stop();
});

const get = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${key}` } });

describe("a database that does not answer", () => {
  it("gets 503 with the error envelope while the lock is held, then the same requests succeed", async () => {
    release = await holdLock("assets");
    // More requests at once than the pool has connections (10): those that wait for a connection give up too.
    const answers = await Promise.all(Array.from({ length: 14 }, (_, i) => get(i % 2 ? `/api/v1/assets/${assetId}` : "/api/v1/assets")));
    const bodies = await Promise.all(answers.map((r) => r.json() as Promise<{ error?: { code: string; message: string; request_id: string } }>));
    // Still holding the lock here: each answer came without waiting for it.
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 503));
    for (const [i, body] of bodies.entries()) {
      expect(body.error).toMatchObject({ code: "unavailable", message: expect.stringMatching(/database is not answering/) });
      expect(answers[i].headers.get("x-request-id")).toBe(body.error!.request_id);
      expect(answers[i].headers.get("retry-after")).toBe("5");
    }
    // Endpoints that do not touch the locked table go on working meanwhile.
    expect((await get("/api/v1/me")).status).toBe(200);
    await release();

    const list = await get("/api/v1/assets");
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: { name: string }[] }).items.map((a) => a.name)).toEqual(["Locked Chair"]);
    expect((await get(`/api/v1/assets/${assetId}`)).status).toBe(200);
    expect(server.output()).toMatch(/"msg":"database unavailable"/);
  });

  it("gets 503 when the rate-limit counters are what is locked (API keys are counted on every request)", async () => {
    release = await holdLock("rate_limits");
    const res = await get("/api/v1/me");
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    await release();
    expect((await get("/api/v1/me")).status).toBe(200);
  });

  it("lets a worker whose commit times out retry the task, which completes once after the lock is gone", async () => {
    const worker: WorkerHandle = server.startWorker({ ...TIMEOUTS, LL3M_PIPELINE: "noop", LL3M_NOOP_TASK_MS: "2000", NODE_ENV: "test", LL3M_MAX_ATTEMPTS: "10" });
    onTestFailed(() => console.log(worker.output().slice(-5000)));
    await waitFor(async () => ((await db.workerHeartbeat.count()) > 0 ? true : undefined), { what: "the worker" });
    const input = generateSchema.parse({ prompt: "a small cube" });
    const { id } = await enqueueGenerateTask({ userId, input });
    // Locked while the (simulated) work runs, so the commit that follows meets the lock.
    await waitFor(async () => ((await db.task.findUniqueOrThrow({ where: { id } })).status === "running" ? true : undefined), { what: "the task to start" });
    release = await holdLock("assets");
    // The noop pipeline's commit creates an asset row: it hits the lock, is cut off, and the task is queued again.
    const retrying = await waitFor(async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id } });
      return t.status === "queued" && t.errorCode === "database_unavailable" ? t : undefined;
    }, { what: "the task to be queued for a retry", timeoutMs: 60_000 });
    expect(retrying.errorMessage).toMatch(/did not answer in time/);
    await release();

    const done = await waitFor(async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id } });
      return t.status === "completed" || t.status === "failed" ? t : undefined;
    }, { what: "the task to finish", timeoutMs: 90_000 });
    expect(done.status).toBe("completed");
    expect(done.attempts).toBeGreaterThan(1);
    expect(await db.assetVersion.count({ where: { assetId: done.assetId! } })).toBe(1);
    expect(worker.proc.exitCode).toBeNull();
    expect(await worker.stop()).toBe(0);
  });
});
