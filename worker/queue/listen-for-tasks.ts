import pg from "pg";
import { TASK_CHANNEL } from "@/lib/tasks/enqueue-task";

/**
 * Keeps a LISTEN connection open and calls `onWake` on each NOTIFY; reconnects with backoff when the
 * connection drops (a Postgres restart, a terminated backend), waking once after each reconnect.
 */
export function listenForTasks({ databaseUrl, onWake, log }: { databaseUrl: string; onWake: () => void; log: (m: string) => void }) {
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 250;

  async function connect(): Promise<void> {
    if (stopped) return;
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on("notification", () => onWake());
    c.on("error", (err) => log(`listen connection error: ${err.message}`));
    c.on("end", () => {
      // Only a connection that was up reconnects from here; a failed connect reconnects from the catch below.
      if (client !== c) return;
      client = null;
      if (!stopped) setTimeout(() => void connect(), delay);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${TASK_CHANNEL}`);
      client = c;
      delay = 250;
      onWake();
    } catch (err) {
      log(`cannot listen for tasks yet: ${err instanceof Error ? err.message : String(err)}`);
      delay = Math.min(delay * 2, 5000);
      await c.end().catch(() => {});
      if (!stopped) setTimeout(() => void connect(), delay);
    }
  }

  void connect();
  return {
    stop: async () => {
      stopped = true;
      await client?.end().catch(() => {});
    },
  };
}
