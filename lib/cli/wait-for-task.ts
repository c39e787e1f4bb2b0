import { EventSourceParserStream } from "eventsource-parser/stream";
import type { ApiClient } from "@/lib/cli/client";
import { CliError, EXIT } from "@/lib/cli/errors";
import { color, interactive } from "@/lib/cli/output";
import { TERMINAL, type ApiTask } from "@/lib/cli/types";

const BAR = 24;
const POLL_MS = 700;

function bar(task: ApiTask): string {
  const filled = Math.round((task.progress / 100) * BAR);
  return `[${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${String(task.progress).padStart(3)}% ${task.stage ?? task.status}`;
}

/** The task's changes as the server streams them (GET …/events); ends when the stream does. */
async function* streamedUpdates(client: ApiClient, taskId: string): AsyncGenerator<ApiTask> {
  const res = await client.request(`/api/v1/generate/${taskId}/events`, { headers: { accept: "text/event-stream" } });
  if (!res.body) return;
  const events = res.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  try {
    for (;;) {
      const { done, value: event } = await events.read();
      if (done || event.event === "end" || event.event === "error") return;
      if (event.event === "task") yield JSON.parse(event.data) as ApiTask;
    }
  } finally {
    // Leaving early (the task ended, or Ctrl-C) closes the connection rather than leaving it open.
    await events.cancel().catch(() => {});
  }
}

/**
 * The task's states until it ends: streamed when the server's event stream gets through, else (a proxy that buffers
 * or cuts it, a dropped connection) by polling. Errors that polling would meet too (bad key, unknown task) are thrown.
 */
async function* taskUpdates(client: ApiClient, taskId: string): AsyncGenerator<ApiTask> {
  try {
    for await (const task of streamedUpdates(client, taskId)) {
      yield task;
      if (TERMINAL.has(task.status)) return;
    }
  } catch (err) {
    if (err instanceof CliError && err.exitCode !== EXIT.failed) throw err;
  }
  for (;;) {
    const task = await client.json<ApiTask>(`/api/v1/generate/${taskId}`);
    yield task;
    if (TERMINAL.has(task.status)) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/**
 * Follows a task until it ends, drawing a progress line on a terminal (one line per stage change otherwise).
 * Ctrl-C stops waiting, says the task goes on, and exits 130.
 */
export async function waitForTask(client: ApiClient, taskId: string, { quiet = false } = {}): Promise<ApiTask> {
  const onInt = () => {
    if (interactive()) process.stderr.write("\n");
    process.stderr.write(`Stopped waiting. The task goes on on the server; check it with: ll3m status ${taskId}\n`);
    process.exit(EXIT.interrupted);
  };
  process.once("SIGINT", onInt);
  let lastStage: string | null | undefined; // undefined: nothing shown yet, so the first state always prints
  try {
    for await (const task of taskUpdates(client, taskId)) {
      if (!quiet) {
        if (interactive()) process.stderr.write(`\r${color.cyan(bar(task))}\x1b[K`);
        else if (task.stage !== lastStage) process.stderr.write(`${task.progress}% ${task.stage ?? task.status}\n`);
        lastStage = task.stage;
      }
      if (TERMINAL.has(task.status)) {
        if (!quiet && interactive()) process.stderr.write("\n");
        return task;
      }
    }
    throw new CliError(`Lost track of task ${taskId}: the server stopped answering about it.`);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`Lost track of task ${taskId}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    process.removeListener("SIGINT", onInt);
  }
}
