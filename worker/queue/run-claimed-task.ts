import { log } from "@/worker/log";
import { releaseUpload } from "@/worker/imports/release-upload";
import { removeEarlierScratch } from "@/worker/maintenance/sweep-scratch";
import { PermanentTaskError } from "@/worker/pipeline/errors";
import type { TaskContext } from "@/worker/pipeline/task-context";
import { settleTask } from "@/worker/queue/settle-task";

/** A pipeline runs one claimed task to a stored version, or throws. */
export type Pipeline = (args: { ctx: TaskContext; timeoutMs: number }) => Promise<unknown>;

/**
 * Runs one claimed task under the maximum run time (LL3M_TASK_TIMEOUT_S, separate from the lease, which only says
 * the worker is alive) and records any failure. Never rejects: the worker loop must survive every task.
 */
export async function runClaimedTask({ ctx, pipeline, timeoutS }: { ctx: TaskContext; pipeline: Pipeline; timeoutS: number }) {
  const timer = setTimeout(() => ctx.controller.abort("timeout"), timeoutS * 1000);
  try {
    // An earlier attempt whose worker died left its scratch folder; this attempt owns the task now.
    const stale = await removeEarlierScratch({ taskId: ctx.taskId });
    if (stale.length) log.info(`task ${ctx.taskId}: removed scratch of earlier attempts`, { stale });
    await pipeline({ ctx, timeoutMs: timeoutS * 1000 });
    log.info(`task ${ctx.taskId} completed`, { stages: ctx.stages });
  } catch (error) {
    const err = ctx.signal.reason === "timeout" ? new PermanentTaskError("timed_out", `The task took longer than ${timeoutS} s and was stopped.`) : error;
    await settleTask({ ctx, error: err, log: (m) => log.warn(m) }).catch((e) =>
      // The lease is no longer renewed once we return, so another worker takes the task back after it expires.
      log.error(`task ${ctx.taskId}: could not record the outcome: ${e instanceof Error ? e.message : String(e)}`),
    );
  } finally {
    clearTimeout(timer);
    await releaseUpload({ taskId: ctx.taskId }).catch((e) => log.warn(`task ${ctx.taskId}: could not remove its upload: ${e instanceof Error ? e.message : String(e)}`));
  }
}
