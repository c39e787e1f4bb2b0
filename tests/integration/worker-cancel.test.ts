// Cancellation as the cancel endpoint does it (status 'canceled', finished_at on the row): a running task's
// Blender is killed within a second or two and nothing is written; a queued one is never run.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { pidsWithCmdline } from "../helpers/processes";
import { createUser } from "../helpers/seed";
import { filesUnder, foldersIn, useOwnDataDir } from "../helpers/test-data-dir";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_wcancel");
const removeDataDir = await useOwnDataDir("ll3m-wcancel-");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
  await removeDataDir();
});

const cancel = (id: string) => db.$executeRaw`UPDATE tasks SET status = 'canceled', finished_at = now() WHERE id = ${id}::uuid`;

describe("canceling a task", () => {
  it("kills the running Blender within seconds, writes no version, and skips a canceled queued task", async () => {
    const worker = startWorker();
    try {
      const user = await createUser("cancel");
      const input = generateSchema.parse({ prompt: "a tall wooden bookshelf" });
      const running = await enqueueGenerateTask({ userId: user.id, input });
      const queued = await enqueueGenerateTask({ userId: user.id, input });

      await waitFor(async () => ((await db.task.findUniqueOrThrow({ where: { id: running.id } })).stage === "modeling" ? true : undefined), { what: "modeling", timeoutMs: 60_000 });
      // The worker's first run starts a fresh Blender whose command line names the attempt's scratch folder.
      await waitFor(async () => (pidsWithCmdline(`${running.id}-1`).length ? true : undefined), { what: "the task's Blender", timeoutMs: 20_000 });
      await cancel(queued.id);
      await cancel(running.id);
      await waitFor(async () => (pidsWithCmdline(`${running.id}-1`).length === 0 ? true : undefined), { what: "Blender to be killed", timeoutMs: 10_000 });
      await waitFor(async () => (worker.output().includes(`task ${running.id}: canceled`) ? true : undefined), { what: "the worker to drop the task", timeoutMs: 10_000 });

      const task = await db.task.findUniqueOrThrow({ where: { id: running.id } });
      expect(task.status).toBe("canceled");
      expect(task.versionId).toBeNull();
      expect(task.assetId).toBeNull();
      expect(await db.asset.count({ where: { userId: user.id } })).toBe(0);
      expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
      expect(await foldersIn(path.join(dataDir(), "assets"))).toEqual([]);

      // The worker carries on; the canceled queued task (older) is passed over for a newer one.
      const next = await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a red mug" }) });
      const done = await waitFor(async () => {
        const t = await db.task.findUniqueOrThrow({ where: { id: next.id } });
        return t.status === "completed" || t.status === "failed" ? t : undefined;
      }, { what: "the next task", timeoutMs: 60_000 });
      expect(done.status).toBe("completed");
      const skipped = await db.task.findUniqueOrThrow({ where: { id: queued.id } });
      expect(skipped.status).toBe("canceled");
      expect(skipped.attempts).toBe(0);
    } finally {
      expect(await worker.stop()).toBe(0);
    }
  });
});
