// 3 worker processes, 300 tasks through the noop pipeline (same claim, lease, storeVersion and settle code as
// real tasks; no Blender, which would take far too long for 300 tasks on 2 cores): each completed exactly once.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { getHealth } from "@/lib/health/get-health";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { createUser } from "../helpers/seed";
import { filesUnder, foldersIn, useOwnDataDir } from "../helpers/test-data-dir";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_wscale");
const removeDataDir = await useOwnDataDir("ll3m-wscale-");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
  await removeDataDir();
});

const TASKS = 300;

describe("many workers share one queue", () => {
  it("completes 300 tasks across 3 worker processes exactly once each", async () => {
    const workers = [1, 2, 3].map(() => startWorker({ LL3M_PIPELINE: "noop", LL3M_WORKER_CONCURRENCY: "2", LL3M_NOOP_TASK_MS: "20" }));
    try {
      await waitFor(async () => ((await db.workerHeartbeat.count()) === 3 ? true : undefined), { what: "3 workers to register", timeoutMs: 30_000 });
      const user = await createUser("scale");
      const input = generateSchema.parse({ prompt: "a small cube" });
      const ids: string[] = [];
      for (let i = 0; i < TASKS; i += 10) {
        const batch = await Promise.all(Array.from({ length: 10 }, () => enqueueGenerateTask({ userId: user.id, input })));
        ids.push(...batch.map((t) => t.id));
      }
      // Health sees the workers while they work (the API's /api/v1/health reports this object).
      const health = await getHealth();
      expect(health.dependencies.workers).toBe("3 live");

      await waitFor(async () => ((await db.task.count({ where: { status: { in: ["queued", "running"] } } })) === 0 ? true : undefined), {
        what: "the queue to drain",
        timeoutMs: 90_000,
      });
      const tasks = await db.task.findMany({ where: { id: { in: ids } } });
      expect([...new Set(tasks.map((t) => t.status))]).toEqual(["completed"]);
      expect(tasks).toHaveLength(TASKS);
      // Nothing crashed here, so no task should have needed a second attempt.
      expect(tasks.filter((t) => t.attempts !== 1).map((t) => `${t.id}: ${t.attempts} attempts, ${t.errorCode}`)).toEqual([]);

      const versions = await db.assetVersion.findMany({ include: { asset: true } });
      expect(versions).toHaveLength(TASKS);
      expect(new Set(tasks.map((t) => t.versionId)).size).toBe(TASKS);
      expect(new Set(versions.map((v) => v.id))).toEqual(new Set(tasks.map((t) => t.versionId)));
      expect(versions.every((v) => v.number === 1 && v.provider === "noop")).toBe(true);

      // Stop them first: their logs are read below, and a log line can trail the commit it reports.
      expect(await Promise.all(workers.map((w) => w.stop()))).toEqual([0, 0, 0]);
      // The work was shared: every worker completed some of it.
      const perWorker = workers.map((w) => (w.output().match(/"msg":"task [0-9a-f-]+ completed"/g) ?? []).length);
      expect(perWorker.reduce((a, b) => a + b, 0)).toBe(TASKS);
      expect(perWorker.every((n) => n > 0), `per worker: ${perWorker.join()}`).toBe(true);
      // LL3M_WORKER_CONCURRENCY=2: a worker runs two tasks at once, never more (read from its claim/complete log).
      const inFlight = workers.map((w) => {
        let now = 0;
        let max = 0;
        for (const m of w.output().matchAll(/"msg":"task [0-9a-f-]+ (claimed|completed)"/g)) max = Math.max(max, (now += m[1] === "claimed" ? 1 : -1));
        return max;
      });
      expect(Math.max(...inFlight), `most tasks at once per worker: ${inFlight.join()}`).toBe(2);

      // One folder per version on disk, each with its GLB; no scratch left.
      const assetFolders = await foldersIn(path.join(dataDir(), "assets"));
      expect(assetFolders.sort()).toEqual(versions.map((v) => v.assetId).sort());
      expect((await filesUnder(path.join(dataDir(), "assets"))).filter((f) => f.endsWith("model.glb"))).toHaveLength(TASKS);
      expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    } finally {
      const codes = await Promise.all(workers.map((w) => w.stop()));
      expect(codes).toEqual([0, 0, 0]);
    }
    // A clean stop removes each worker's heartbeat row.
    expect(await db.workerHeartbeat.count()).toBe(0);
  });

  it("refuses the noop pipeline outside tests unless explicitly allowed", async () => {
    const worker = startWorker({ LL3M_PIPELINE: "noop", NODE_ENV: "production" });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toMatch(/LL3M_PIPELINE=noop .*NODE_ENV=test or LL3M_ALLOW_TEST_PIPELINE=1/);
  });
});
