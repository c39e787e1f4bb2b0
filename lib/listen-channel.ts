import pg from "pg";

export interface ChannelListener {
  /** Whether the LISTEN is up now: while it is not, notifications can be missed. */
  readonly live: boolean;
  stop: () => Promise<void>;
}

/**
 * Keeps one connection LISTENing on a Postgres channel and calls `onNotify` with each payload; reconnects with
 * backoff when the connection drops (a Postgres restart, a terminated backend). `onConnect` runs after each
 * (re)connect, `onGap` when the connection is lost: notifications sent in between are gone, so callers that cache
 * catch up there.
 */
export function listenToChannel({ databaseUrl, channel, onNotify, onConnect, onGap, log }: {
  databaseUrl: string;
  channel: string;
  onNotify: (payload: string) => void;
  onConnect?: () => void;
  onGap?: () => void;
  log: (m: string) => void;
}): ChannelListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`bad channel name: ${channel}`);
  let client: pg.Client | null = null;
  let stopped = false;
  let delay = 250;

  const retry = () => {
    if (!stopped) setTimeout(() => void connect(), delay).unref();
  };

  async function connect(): Promise<void> {
    if (stopped) return;
    // Named so an operator (or a test) can tell which process holds which LISTEN in pg_stat_activity.
    const c = new pg.Client({ connectionString: databaseUrl, keepAlive: true, application_name: `ll3m-listen ${channel} ${process.pid}` });
    c.on("notification", (n) => onNotify(n.payload ?? ""));
    c.on("error", (err) => log(`${channel}: listen connection error: ${err.message}`));
    c.on("end", () => {
      // Only a connection that was up reconnects from here; a failed connect reconnects from the catch below.
      if (client !== c) return;
      client = null;
      onGap?.();
      retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
      client = c;
      delay = 250;
      onConnect?.();
    } catch (err) {
      log(`${channel}: cannot listen yet: ${err instanceof Error ? err.message : String(err)}`);
      delay = Math.min(delay * 2, 5000);
      await c.end().catch(() => {});
      retry();
    }
  }

  void connect();
  return {
    get live() {
      return client !== null;
    },
    stop: async () => {
      stopped = true;
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
