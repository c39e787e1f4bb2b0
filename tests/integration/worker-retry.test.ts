// Failures: a transient one (Blender crashing on every run) is retried with growing delays up to the maximum
// attempts and then failed with the reason; a permanent one fails at once; a task over its run time is stopped.
import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { createUser } from "../helpers/seed";
import { filesUnder, useOwnDataDir } from "../helpers/test-data-dir";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_wretry");
const removeDataDir = await useOwnDataDir("ll3m-wretry-");
process.env.LL3M_MAX_ATTEMPTS = "4"; // enqueued tasks get 4 attempts: three retries, 2 s, 4 s and 8 s apart
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
  await removeDataDir();
});

const ended = (id: string, timeoutMs = 60_000) =>
  waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { what: `task ${id} to end`, timeoutMs });

describe("failing tasks", () => {
  it("retries a transient failure with growing delays up to the maximum, then fails it with the reason; a permanent one fails at once", async () => {
    // A Blender that starts (answers --version) but dies on every run, as a crash would.
    const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-fake-blender-"));
    const fake = path.join(dir, "blender");
    await writeFile(fake, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Blender 3.4.1"; exit 0; fi\necho "Segmentation fault" >&2\nexit 139\n`);
    await chmod(fake, 0o755);
    const worker = startWorker({ BLENDER_PATH: fake });
    onTestFailed(() => console.log(worker.output().slice(-5000)));
    try {
      const user = await createUser("retry");
      const crashing = await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a blue mug" }) });
      const unknown = await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a quantum flux capacitor" }) });

      // Watch the row for the backoff each failed attempt was given (each wait lasts seconds, so polling sees it).
      const backoffs = new Map<number, number>();
      const task = await waitFor(async () => {
        const t = await db.task.findUniqueOrThrow({ where: { id: crashing.id } });
        if (t.status === "queued" && t.stage === "retrying") backoffs.set(t.attempts, t.runAfter.getTime() - t.updatedAt.getTime());
        return t.status === "failed" || t.status === "completed" ? t : undefined;
      }, { what: "the crashing task to end", timeoutMs: 90_000 });

      expect(task.status).toBe("failed");
      expect(task.attempts).toBe(4);
      expect(task.errorCode).toBe("blender_crashed");
      expect(task.errorMessage).toMatch(/Blender crashed.*gave up after 4 attempts/);
      expect(task.versionId).toBeNull();
      expect(task.finishedAt).not.toBeNull();
      // 2 s, 4 s, 8 s as written on the row (±0.2 s for the clock reads in between) ...
      expect([...backoffs.keys()]).toEqual([1, 2, 3]);
      [2000, 4000, 8000].forEach((ms, i) => expect(Math.abs(backoffs.get(i + 1)! - ms)).toBeLessThan(200));
      // ... and as the worker lived it (its log stamps each claim): each attempt waited longer than the one before.
      const claims = [...worker.output().matchAll(/"ts":"([^"]+)"[^\n]*"msg":"task ([0-9a-f-]+) claimed"/g)].filter((m) => m[2] === crashing.id).map((m) => Date.parse(m[1]));
      expect(claims).toHaveLength(4);
      const gaps = [1, 2, 3].map((n) => claims[n] - claims[n - 1]);
      expect(gaps[0]).toBeGreaterThanOrEqual(2000);
      expect(gaps[1]).toBeGreaterThan(gaps[0] + 1000);
      expect(gaps[2]).toBeGreaterThan(gaps[1] + 2000);

      const permanent = await ended(unknown.id);
      expect(permanent.status).toBe("failed");
      expect(permanent.errorCode).toBe("prompt_not_understood");
      expect(permanent.attempts).toBe(1);
      expect(await db.asset.count({ where: { userId: user.id } })).toBe(0);
      expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    } finally {
      expect(await worker.stop()).toBe(0);
    }
  });

  it("stops a task that runs longer than LL3M_TASK_TIMEOUT_S and fails it without retrying", async () => {
    const worker = startWorker({ LL3M_PIPELINE: "noop", LL3M_NOOP_TASK_MS: "60000", LL3M_TASK_TIMEOUT_S: "10" });
    onTestFailed(() => console.log(worker.output().slice(-5000)));
    try {
      const user = await createUser("timeout");
      const { id } = await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a slow cube" }) });
      const task = await ended(id, 40_000);
      expect(task.status).toBe("failed");
      expect(task.errorCode).toBe("timed_out");
      expect(task.errorMessage).toMatch(/longer than 10 s/);
      expect(task.attempts).toBe(1);
      expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    } finally {
      expect(await worker.stop()).toBe(0);
    }
  });
});
