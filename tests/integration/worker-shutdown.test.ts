// SIGTERM: the worker stops claiming, lets the running task finish within the grace period or stops Blender and
// requeues it (attempt given back, no partial files), and exits; a second signal forces the exit.
import path from "node:path";
import { afterAll, describe, expect, it, onTestFailed } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { blenderRunsOf, pidsOfRuns } from "../helpers/blender-runs";
import { createUser } from "../helpers/seed";
import { filesUnder, foldersIn, useOwnDataDir } from "../helpers/test-data-dir";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_wstop");
const removeDataDir = await useOwnDataDir("ll3m-wstop-");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
  await removeDataDir();
});

const row = (id: string) => db.task.findUniqueOrThrow({ where: { id } });
const atStage = (id: string, stage: string) => waitFor(async () => ((await row(id)).stage === stage ? true : undefined), { what: `task ${id} at ${stage}`, timeoutMs: 60_000 });
const showOutput = (w: WorkerHandle) => onTestFailed(() => console.log(w.output().slice(-5000)));
/** The worker's Blender runs once it started one (the spare it pre-starts next is among them when present). */
const runsOf = (w: WorkerHandle) => waitFor(async () => (blenderRunsOf(w.proc.pid!).length ? blenderRunsOf(w.proc.pid!) : undefined), { what: "Blender", timeoutMs: 20_000 });

describe("stopping a worker", () => {
  let user: Awaited<ReturnType<typeof createUser>>;
  let second: string;

  it("on SIGTERM stops claiming, finishes the running task within the grace period and exits 0", async () => {
    user = await createUser("shutdown");
    const worker = startWorker({ LL3M_SHUTDOWN_GRACE_S: "60" });
    showOutput(worker);
    const first = await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a wooden chair" }) });
    await atStage(first.id, "modeling");
    const signaled = Date.now();
    worker.proc.kill("SIGTERM");
    second = (await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a blue mug" }) })).id;
    expect(await worker.exited).toBe(0);
    expect(Date.now() - signaled).toBeLessThan(60_000);
    expect((await row(first.id)).status).toBe("completed");
    const untouched = await row(second);
    expect(untouched.status).toBe("queued");
    expect(untouched.attempts).toBe(0);
  });

  it("with a tiny grace period stops Blender, requeues the task with its attempt given back, and leaves no files", async () => {
    const worker = startWorker({ LL3M_SHUTDOWN_GRACE_S: "0" });
    showOutput(worker);
    await atStage(second, "modeling");
    const runs = await runsOf(worker);
    expect(pidsOfRuns(runs).length).toBeGreaterThan(0);
    expect(await worker.stop("SIGTERM")).toBe(0);
    expect(pidsOfRuns(runs)).toEqual([]);
    const task = await row(second);
    expect(task.status).toBe("queued");
    expect(task.attempts).toBe(0);
    expect(task.leaseOwner).toBeNull();
    expect(worker.output()).toContain(`task ${second}: shutdown`);
    expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    expect(await foldersIn(path.join(dataDir(), "assets"))).toHaveLength(1); // the first test's asset only
    expect(await db.workerHeartbeat.count()).toBe(0);
  });

  it("exits at once on a second signal, Blender included; the lease then hands the task to another worker", async () => {
    const worker = startWorker({ LL3M_SHUTDOWN_GRACE_S: "60", LL3M_LEASE_S: "5" });
    showOutput(worker);
    await atStage(second, "modeling");
    const runs = await runsOf(worker);
    worker.proc.kill("SIGTERM");
    await waitFor(async () => (worker.output().includes("no new tasks") ? true : undefined), { what: "the shutdown to begin" });
    worker.proc.kill("SIGINT");
    expect(await worker.exited).toBe(1);
    await waitFor(async () => (pidsOfRuns(runs).length === 0 ? true : undefined), { what: "Blender to be gone", timeoutMs: 5000 });
    expect((await row(second)).status).toBe("running");

    const next = startWorker({ LL3M_LEASE_S: "5" });
    showOutput(next);
    try {
      const task = await waitFor(async () => {
        const t = await row(second);
        return t.status === "completed" || t.status === "failed" ? t : undefined;
      }, { what: "the task to be completed by the next worker", timeoutMs: 60_000 });
      expect(task.status).toBe("completed");
      expect(task.attempts).toBe(2);
      expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    } finally {
      expect(await next.stop()).toBe(0);
    }
  });
});
