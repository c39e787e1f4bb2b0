import type { ApiClient } from "@/lib/cli/client";
import { CliError, EXIT } from "@/lib/cli/errors";
import { color, interactive } from "@/lib/cli/output";
import { TERMINAL, type ApiTask } from "@/lib/cli/types";

const BAR = 24;

function bar(task: ApiTask): string {
  const filled = Math.round((task.progress / 100) * BAR);
  return `[${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${String(task.progress).padStart(3)}% ${task.stage ?? task.status}`;
}

/**
 * Polls a task until it ends, drawing a progress line on a terminal (one line per stage change otherwise).
 * Ctrl-C stops waiting, says the task goes on, and exits 130.
 */
export async function waitForTask(client: ApiClient, taskId: string, { quiet = false } = {}): Promise<ApiTask> {
  const onInt = () => {
    if (interactive()) process.stderr.write("\n");
    process.stderr.write(`Stopped waiting. The task goes on on the server; check it with: ll3m status ${taskId}\n`);
    process.exit(EXIT.interrupted);
  };
  process.once("SIGINT", onInt);
  let lastStage = "";
  try {
    for (;;) {
      const task = await client.json<ApiTask>(`/api/v1/generate/${taskId}`);
      if (!quiet) {
        if (interactive()) process.stderr.write(`\r${color.cyan(bar(task))}\x1b[K`);
        else if (task.stage !== lastStage) process.stderr.write(`${task.progress}% ${task.stage ?? task.status}\n`);
        lastStage = task.stage ?? "";
      }
      if (TERMINAL.has(task.status)) {
        if (!quiet && interactive()) process.stderr.write("\n");
        return task;
      }
      await new Promise((r) => setTimeout(r, 700));
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`Lost track of task ${taskId}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    process.removeListener("SIGINT", onInt);
  }
}
