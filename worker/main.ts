import { randomBytes } from "node:crypto";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { blenderInfo } from "@/worker/blender/find-blender";
import { stopSpare } from "@/worker/blender/prestart";
import { sandboxStatus } from "@/worker/blender/sandbox";
import { beat, startHeartbeat, type WorkerInfo } from "@/worker/heartbeat";
import { log } from "@/worker/log";
import { runMaintenance } from "@/worker/maintenance/run-maintenance";
import { TaskLostError } from "@/worker/pipeline/errors";
import { runNoopTask } from "@/worker/pipeline/run-noop-task";
import { runTask } from "@/worker/pipeline/run-task";
import { TaskContext } from "@/worker/pipeline/task-context";
import { claimNextTask, msUntilNextDue } from "@/worker/queue/claim-next-task";
import { listenForTasks } from "@/worker/queue/listen-for-tasks";
import { retryDb } from "@/worker/queue/retry-db";
import { runClaimedTask, type Pipeline } from "@/worker/queue/run-claimed-task";
import { settleTask } from "@/worker/queue/settle-task";
import { WakeSignal } from "@/worker/queue/wake-signal";

const env = getEnv();
// pg reads PGAPPNAME, so operators see which connections are workers'; the pool connects lazily, after this.
process.env.PGAPPNAME ??= "ll3m-worker";
const workerId = `${os.hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
/** Longest idle sleep; NOTIFY, finished tasks and due backoffs or leases wake the loop sooner. */
const POLL_MS = 5000;
const MAINTENANCE_MS = 10 * 60_000;
/** After aborting on shutdown, how long tasks may take to write their release. */
const RELEASE_WAIT_MS = 15_000;
const running = new Map<string, TaskContext>();
const wake = new WakeSignal();
let stopping = false;
let loopDone: Promise<void> = Promise.resolve();
let heartbeat: ReturnType<typeof startHeartbeat> | undefined;
let listener: ReturnType<typeof listenForTasks> | undefined;

function choosePipeline(): Pipeline {
  if (env.LL3M_PIPELINE === "full") return runTask;
  if (env.NODE_ENV !== "test" && !env.LL3M_ALLOW_TEST_PIPELINE) {
    throw new Error("LL3M_PIPELINE=noop stores empty models without Blender; it is for tests and benchmarks and runs only with NODE_ENV=test or LL3M_ALLOW_TEST_PIPELINE=1");
  }
  return runNoopTask;
}

function start(taskId: string, pipeline: Pipeline) {
  const ctx = new TaskContext(taskId, workerId, new AbortController());
  running.set(taskId, ctx);
  log.info(`task ${taskId} claimed`);
  void runClaimedTask({ ctx, pipeline, timeoutS: env.LL3M_TASK_TIMEOUT_S }).finally(() => {
    running.delete(taskId);
    wake.wake();
  });
}

async function loop(pipeline: Pipeline) {
  while (!stopping) {
    let dueMs: number | null = null;
    if (running.size < env.LL3M_WORKER_CONCURRENCY) {
      const id = await claimNextTask({ workerId, leaseS: env.LL3M_LEASE_S }).catch((err) => {
        log.warn(`claim failed: ${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}`);
        return null;
      });
      if (id && stopping) {
        // Claimed while the shutdown began: hand it straight back rather than leave it to the lease expiry.
        const ctx = new TaskContext(id, workerId, new AbortController());
        await settleTask({ ctx, error: new TaskLostError("shutdown"), log: (m) => log.info(m) }).catch(() => {});
        break;
      }
      if (id) {
        start(id, pipeline);
        continue;
      }
      dueMs = await msUntilNextDue({ workerId }).catch(() => null);
    }
    await wake.sleep(dueMs === null ? POLL_MS : Math.min(POLL_MS, Math.max(50, dueMs + 10)));
  }
}

async function shutdown(reason: string) {
  if (stopping) {
    log.warn(`second ${reason}: exiting now`);
    process.exit(1); // spawn-process's exit hook still kills every Blender
  }
  stopping = true;
  wake.wake();
  await loopDone;
  log.info(`${reason}: no new tasks; waiting up to ${env.LL3M_SHUTDOWN_GRACE_S} s for ${running.size} running`);
  const graceEnd = Date.now() + env.LL3M_SHUTDOWN_GRACE_S * 1000;
  while (running.size && Date.now() < graceEnd) await sleep(100);
  for (const ctx of running.values()) ctx.controller.abort("shutdown");
  const releaseEnd = Date.now() + RELEASE_WAIT_MS;
  while (running.size && Date.now() < releaseEnd) await sleep(50);
  await heartbeat?.stop();
  await stopSpare();
  await db.workerHeartbeat.delete({ where: { id: workerId } }).catch(() => {});
  await listener?.stop();
  await db.$disconnect().catch(() => {});
  log.info(running.size ? `stopped; ${running.size} task(s) left to their lease expiry` : "stopped");
  process.exit(running.size ? 1 : 0);
}

async function main() {
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // Started by the launcher with an IPC channel: when the launcher dies, shut down like on SIGTERM.
  if (process.send) process.on("disconnect", () => void shutdown("launcher gone"));
  const pipeline = choosePipeline();
  const blender = env.LL3M_PIPELINE === "noop" ? { version: "none (noop pipeline)" } : await blenderInfo();
  if (!blender) {
    log.error("Blender was not found. Install it (Debian: apt-get install -y --no-install-recommends blender python3-numpy) or set BLENDER_PATH.");
    process.exit(1);
  }
  const sandbox = await sandboxStatus();
  if (!sandbox.available) log.warn(`bubblewrap sandbox unavailable (${sandbox.reason}); code from LLMs will be refused. Install it: apt-get install -y bubblewrap`);
  const info: WorkerInfo = {
    id: workerId, hostname: os.hostname(), pid: process.pid, concurrency: env.LL3M_WORKER_CONCURRENCY,
    blender: blender.version, sandbox: sandbox.available ? "bubblewrap" : `off: ${sandbox.reason}`,
  };
  // The database may still be starting (a deploy, a restart): wait for it rather than exit.
  await retryDb(() => beat({ info, leaseS: env.LL3M_LEASE_S, running: [] }), { what: "register worker", log: (m) => log.warn(m), budgetMs: 120_000 });
  await runMaintenance();
  setInterval(() => void runMaintenance(), MAINTENANCE_MS).unref();
  listener = listenForTasks({ databaseUrl: env.DATABASE_URL, onWake: () => wake.wake(), log: (m) => log.warn(m) });
  heartbeat = startHeartbeat({ info, leaseS: env.LL3M_LEASE_S, running });
  log.info(`worker ${workerId} ready`, { blender: blender.version, sandbox: sandbox.available, concurrency: env.LL3M_WORKER_CONCURRENCY, pipeline: env.LL3M_PIPELINE });
  if (!stopping) loopDone = loop(pipeline);
  await loopDone;
}

main().catch((err) => {
  log.error(`worker failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
