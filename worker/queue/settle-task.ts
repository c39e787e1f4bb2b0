import { db } from "@/lib/db";
import { PermanentTaskError, TaskLostError, TransientTaskError } from "@/worker/pipeline/errors";
import type { TaskContext } from "@/worker/pipeline/task-context";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { retryDb } from "@/worker/queue/retry-db";

/** Delay before retry n (1-based): 2 s, 4 s, 8 s ... capped at 60 s. */
export function backoffMs(attempt: number): number {
  return Math.min(60_000, 2000 * 2 ** Math.max(0, attempt - 1));
}

/**
 * Records how a task that did not complete ends: failed for good, queued again after a backoff, or released on
 * shutdown. Every write is guarded by ownership, so a task canceled or taken over meanwhile is left alone, and is
 * retried through a database outage; if it still cannot be written, the lease runs out and another worker retries.
 */
export async function settleTask({ ctx, error, log }: { ctx: TaskContext; error: unknown; log: (m: string) => void }) {
  ctx.closeStage();
  const owned = { id: ctx.taskId, status: "running" as const, leaseOwner: ctx.workerId };
  const lease = { leaseOwner: null, leaseExpiresAt: null, stageLog: ctx.stages as object[] };
  const write = (what: string, data: Parameters<typeof db.task.updateMany>[0]["data"], budgetMs?: number) =>
    retryDb(() => db.task.updateMany({ where: owned, data }), { what: `task ${ctx.taskId}: ${what}`, log, budgetMs });

  if (error instanceof TaskLostError) {
    if (error.reason === "shutdown") {
      // Not the task's fault: give the attempt back and let the next worker start at once. A short budget, as
      // the worker is exiting; if it runs out, the lease expiry hands the task on instead.
      await write("release", { ...lease, status: "queued", stage: "queued", progress: 0, runAfter: new Date(), attempts: { decrement: 1 } }, 10_000);
    }
    log(`task ${ctx.taskId}: ${error.reason}`);
    return;
  }

  const task = await retryDb(() => db.task.findUnique({ where: { id: ctx.taskId }, select: { attempts: true, maxAttempts: true } }), { what: `task ${ctx.taskId}: read attempts`, log });
  const permanent = error instanceof PermanentTaskError;
  const known = error instanceof PermanentTaskError || error instanceof TransientTaskError;
  const lostDb = !known && isDatabaseUnavailable(error);
  const code = known ? error.code : lostDb ? "database_unavailable" : "internal_error";
  const message = lostDb ? "The database was unreachable or did not answer in time during the task." : error instanceof Error ? error.message : String(error);
  if (!known && !lostDb) log(`task ${ctx.taskId} unexpected error: ${error instanceof Error ? error.stack : message}`);

  if (!permanent && task && task.attempts < task.maxAttempts) {
    const delay = backoffMs(task.attempts);
    await write("schedule retry", { ...lease, status: "queued", stage: "retrying", errorCode: code, errorMessage: message, runAfter: new Date(Date.now() + delay) });
    log(`task ${ctx.taskId} attempt ${task.attempts} failed (${code}); retry in ${delay} ms`);
    return;
  }
  const finalMessage = permanent ? message : `${message} (gave up after ${task?.attempts ?? "?"} attempts)`;
  const reading = error instanceof PermanentTaskError && error.interpretation ? { interpretation: error.interpretation } : {};
  await write("fail", { ...lease, ...reading, status: "failed", stage: "failed", errorCode: code, errorMessage: finalMessage, finishedAt: new Date() });
  log(`task ${ctx.taskId} failed (${code}): ${finalMessage}`);
}
