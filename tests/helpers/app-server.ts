import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/lib/embedded-db";
import { createTestDatabase } from "./test-db";
import { startWorker, type WorkerHandle } from "./worker-process";

export interface AppServer {
  baseUrl: string;
  /** The web server's process id (for CPU accounting in benchmarks). */
  pid: number;
  databaseUrl: string;
  dataDir: string;
  env: Record<string, string>;
  output: () => string;
  /** Starts a real worker on the same database and data dir. */
  startWorker: (env?: Record<string, string>) => WorkerHandle;
  stop: () => Promise<void>;
}

async function waitForAnswer(url: string, proc: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`the web server exited (${proc.exitCode}):\n${output().slice(-3000)}`);
    // Any HTTP answer will do: health is 503 until a worker beats.
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the web server did not answer at ${url}:\n${output().slice(-3000)}`);
}

/**
 * Runs the real built app (scripts/serve-web.mjs, as `npm start` does) on a free port, with a migrated database
 * and a data dir of its own. This process's DATABASE_URL and LL3M_DATA_DIR are pointed at them too (call before
 * anything touches `db`), so tests can seed rows and check files directly.
 */
export async function startAppServer({ env = {}, prefix = "ll3m_api", quiet = true, nodeArgs = [], besides }: {
  env?: Record<string, string>;
  prefix?: string;
  quiet?: boolean;
  nodeArgs?: string[];
  /** Another web server of the same deployment: this one shares its database and AUTH_SECRET (the first drops it). */
  besides?: AppServer;
} = {}): Promise<AppServer> {
  const database = besides ? { url: besides.databaseUrl, drop: async () => {} } : await createTestDatabase({ prefix });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-data-`));
  const port = await freePort();
  const fullEnv: Record<string, string> = {
    DATABASE_URL: database.url,
    LL3M_DATA_DIR: dataDir,
    AUTH_SECRET: besides?.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  process.env.DATABASE_URL = database.url;
  process.env.LL3M_DATA_DIR = dataDir;
  process.env.AUTH_SECRET = fullEnv.AUTH_SECRET;

  let chunks: string[] = [];
  let size = 0;
  const proc = spawn(process.execPath, [...nodeArgs, "scripts/serve-web.mjs", "-p", String(port)], {
    env: { ...process.env, ...fullEnv, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  // Keep the tail only, trimmed now and then: one log line per request adds up in a benchmark.
  const keep = (d: Buffer) => {
    chunks.push(d.toString());
    size += d.length;
    if (size > 400_000) {
      const tail = chunks.join("").slice(-200_000);
      chunks = [tail];
      size = tail.length;
    }
    if (!quiet) process.stderr.write(d);
  };
  const output = () => chunks.join("");
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const workers: WorkerHandle[] = [];
  const baseUrl = `http://localhost:${port}`;
  try {
    await waitForAnswer(`${baseUrl}/api/v1/health`, proc, output, 60_000);
  } catch (err) {
    proc.kill("SIGKILL");
    await database.drop();
    throw err;
  }

  return {
    baseUrl,
    pid: proc.pid!,
    databaseUrl: database.url,
    dataDir,
    env: fullEnv,
    output,
    startWorker: (extra = {}) => {
      const w = startWorker({ ...fullEnv, ...extra });
      workers.push(w);
      return w;
    },
    stop: async () => {
      await Promise.all(workers.map((w) => w.stop()));
      if (proc.exitCode === null) proc.kill("SIGTERM");
      await exited;
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
