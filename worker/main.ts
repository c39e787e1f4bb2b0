import { randomBytes } from "node:crypto";
import os from "node:os";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { blenderInfo } from "@/worker/blender/find-blender";
import { stopSpare } from "@/worker/blender/prestart";
import { sandboxStatus } from "@/worker/blender/sandbox";
import { beat, lostTasks } from "@/worker/heartbeat";
import { log } from "@/worker/log";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import { runTask } from "@/worker/pipeline/run-task";
import { TaskContext } from "@/worker/pipeline/task-context";
import { claimNextTask } from "@/worker/queue/claim-next-task";
import { listenForTasks } from "@/worker/queue/listen-for-tasks";
import { settleTask } from "@/worker/queue/settle-task";

const env = getEnv();
const workerId = `${os.hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
const POLL_MS = 5000;
const SHUTDOWN_GRACE_MS = Number(process.env.LL3M_SHUTDOWN_GRACE_S ?? 20) * 1000;
const running = new Map<string, TaskContext>();
let stopping = false;
let wakeUp: () => void = () => {};

function sleep(ms: number) {
  return new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    wakeUp = () => {
      clearTimeout(t);
      resolve();
    };
  });
}

function start(taskId: string) {
  const ctx = new TaskContext(taskId, workerId, new AbortController());
  running.set(taskId, ctx);
  const timeoutS = env.LL3M_TASK_TIMEOUT_S;
  const timer = setTimeout(() => ctx.controller.abort("timeout"), timeoutS * 1000);
  log.info(`task ${taskId} claimed`);
  runTask({ ctx, timeoutMs: timeoutS * 1000 })
    .then(() => log.info(`task ${taskId} completed`, { stages: ctx.stages }))
    .catch((error) => {
      const err = ctx.signal.reason === "timeout" ? new PermanentTaskError("timed_out", `The task took longer than ${timeoutS} s and was stopped.`) : error;
      return settleTask({ ctx, error: err, log: (m) => log.warn(m) });
    })
    .catch((err) => log.error(`task ${taskId}: could not record the outcome: ${String(err)}`))
    .finally(() => {
      clearTimeout(timer);
      running.delete(taskId);
      wakeUp();
    });
}

// Once a second: notice cancellations and lost leases quickly; every 5 s: heartbeat and lease renewal.
let ticks = 0;
async function tick() {
  const ids = [...running.keys()];
  try {
    for (const [id, reason] of await lostTasks({ workerId, running: ids })) running.get(id)?.controller.abort(reason);
    if (ticks++ % 5 === 0) await beat({ workerId, leaseS: env.LL3M_LEASE_S, running: ids });
  } catch (err) {
    log.warn(`heartbeat failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

async function loop() {
  while (!stopping) {
    if (running.size < env.LL3M_WORKER_CONCURRENCY) {
      const id = await claimNextTask({ workerId, leaseS: env.LL3M_LEASE_S }).catch((err) => {
        log.warn(`claim failed: ${err instanceof Error ? err.message : String(err)}`);
        return null;
      });
      if (id && !stopping) {
        start(id);
        continue;
      }
    }
    await sleep(POLL_MS);
  }
}

async function shutdown(signal: string) {
  if (stopping) {
    log.warn(`second ${signal}: exiting now`);
    process.exit(1);
  }
  stopping = true;
  wakeUp();
  log.info(`${signal}: no new tasks; waiting up to ${SHUTDOWN_GRACE_MS / 1000} s for ${running.size} running`);
  const deadline = Date.now() + SHUTDOWN_GRACE_MS;
  while (running.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const ctx of running.values()) ctx.controller.abort("shutdown");
  while (running.size) await new Promise((r) => setTimeout(r, 50));
  await stopSpare();
  await db.workerHeartbeat.delete({ where: { id: workerId } }).catch(() => {});
  await listener?.stop();
  await db.$disconnect();
  log.info("stopped");
  process.exit(0);
}

let listener: ReturnType<typeof listenForTasks> | undefined;

async function main() {
  const blender = await blenderInfo();
  if (!blender) {
    log.error("Blender was not found. Install it (Debian: apt-get install -y --no-install-recommends blender python3-numpy) or set BLENDER_PATH.");
    process.exit(1);
  }
  const sandbox = await sandboxStatus();
  if (!sandbox.available) log.warn(`bubblewrap sandbox unavailable (${sandbox.reason}); code from LLMs will be refused. Install it: apt-get install -y bubblewrap`);
  await db.workerHeartbeat.upsert({
    where: { id: workerId },
    create: { id: workerId, hostname: os.hostname(), pid: process.pid, concurrency: env.LL3M_WORKER_CONCURRENCY, blender: blender.version, sandbox: sandbox.available ? "bubblewrap" : `off: ${sandbox.reason}` },
    update: { lastSeenAt: new Date() },
  });
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
  // Started by the launcher with an IPC channel: when the launcher dies, shut down like on SIGTERM.
  if (process.send) process.on("disconnect", () => void shutdown("launcher gone"));
  listener = listenForTasks({ databaseUrl: env.DATABASE_URL, onWake: () => wakeUp(), log: (m) => log.warn(m) });
  setInterval(() => void tick(), 1000).unref();
  log.info(`worker ${workerId} ready`, { blender: blender.version, sandbox: sandbox.available, concurrency: env.LL3M_WORKER_CONCURRENCY });
  await loop();
}

main().catch((err) => {
  log.error(`worker failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
