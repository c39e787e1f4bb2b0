import { db } from "@/lib/db";
import { attachAssets } from "@/lib/tasks/attach-assets";
import { serializeTask } from "@/lib/tasks/serialize-task";

const POLL_MS = 400;
const KEEP_ALIVE_MS = 15_000;
const TERMINAL = new Set(["completed", "failed", "canceled"]);

/**
 * Server-Sent Events for one task: an `event: task` with the whole task on every change (polling the row), a
 * comment as keep-alive, and `event: end` once it reached a terminal status, then the stream closes. It stops
 * polling as soon as the client goes away (`signal` aborts or the stream is canceled).
 */
export function streamTaskEvents({ taskId, userId, signal }: { taskId: string; userId: string; signal: AbortSignal }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let timer: NodeJS.Timeout | undefined;
  let open = true;
  let last = "";
  let lastSent = Date.now();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (!open) return;
        controller.enqueue(encoder.encode(text));
        lastSent = Date.now();
      };
      const close = () => {
        if (!open) return;
        open = false;
        clearTimeout(timer);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      signal.addEventListener("abort", close, { once: true });

      const poll = async () => {
        if (!open) return;
        try {
          const row = await db.task.findFirst({ where: { id: taskId, userId } });
          if (!row) {
            send(`event: end\ndata: ${JSON.stringify({ status: "deleted" })}\n\n`);
            return close();
          }
          const [task] = await attachAssets([row]);
          const data = JSON.stringify(serializeTask(task));
          if (data !== last) {
            last = data;
            send(`event: task\nid: ${task.updatedAt.getTime()}\ndata: ${data}\n\n`);
          } else if (Date.now() - lastSent > KEEP_ALIVE_MS) send(": keep-alive\n\n");
          if (TERMINAL.has(task.status)) {
            send(`event: end\ndata: ${JSON.stringify({ status: task.status })}\n\n`);
            return close();
          }
        } catch (err) {
          console.error(JSON.stringify({ level: "error", msg: "task event stream failed", task_id: taskId, error: String(err) }));
          send(`event: error\ndata: ${JSON.stringify({ message: "The stream failed on the server; reconnect to resume." })}\n\n`);
          return close();
        }
        timer = setTimeout(() => void poll(), POLL_MS);
      };
      // Tells EventSource how soon to reconnect, and flushes headers at once.
      send("retry: 2000\n: connected\n\n");
      void poll();
    },
    cancel() {
      open = false;
      clearTimeout(timer);
    },
  });
}
