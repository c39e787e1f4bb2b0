import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { blockingFolder } from "./postgres/blocking-folder";
import { initDataDir, startPostgres } from "./postgres/postgres-server";
import { postgresUser, type PostgresUser } from "./postgres/postgres-user";
import { platformNativeDir, reachableNativeDir } from "./postgres/reachable-native-dir";

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

/**
 * User postgres must pass through every folder above its data dir (a clone under /root, a 0700 temp dir): where
 * one stops it, grant traverse-only permission (o+x, never read) on that folder alone, and say so.
 */
async function reachDataDir(dir: string, user: PostgresUser, log: (m: string) => void) {
  const who = { uid: user.uid, gids: [user.gid], target: path.dirname(dir) };
  for (let last = ""; ; ) {
    const blocked = await blockingFolder(who);
    if (!blocked) return;
    if (blocked === last) throw new Error(`user postgres still cannot enter ${blocked}, above PostgreSQL's data in ${dir}`);
    await chmod(blocked, ((await stat(blocked)).mode & 0o7777) | 0o001);
    log(`user postgres cannot enter ${blocked}, above PostgreSQL's data in ${dir}: granted it traverse permission (o+x)`);
    last = blocked;
  }
}

/**
 * Starts (initialising on first use) a real PostgreSQL from npm whose data lives in `dir`. As root it runs as user
 * postgres, from a copy of its programs when that user cannot reach them (`nativeDir`, default npm's; `cacheRoot`).
 */
export async function startEmbeddedDb(opts: { dir: string; password: string; port?: number; log?: (m: string) => void; nativeDir?: string; cacheRoot?: string }): Promise<EmbeddedDb> {
  const log = opts.log ?? (() => {});
  const dir = path.resolve(opts.dir);
  const port = opts.port ?? (await freePort());
  const user = postgresUser({ log });
  const nativeDir = opts.nativeDir ?? platformNativeDir();
  const binDir = path.join(user ? await reachableNativeDir({ nativeDir, user, cacheRoot: opts.cacheRoot, log }) : nativeDir, "bin");
  await mkdir(path.dirname(dir), { recursive: true });
  if (user) await reachDataDir(dir, user, log);
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    await rm(dir, { recursive: true, force: true });
    log(`initialising PostgreSQL in ${dir}`);
    await mkdir(dir);
    if (user) await chown(dir, user.uid, user.gid);
    await initDataDir({ binDir, dataDir: dir, password: opts.password, user });
  }
  await stopStalePostmaster(dir, log);
  const server = await startPostgres({ binDir, dataDir: dir, port, user }).catch((err: Error) => {
    throw new Error(`PostgreSQL did not start in ${dir}: ${err.message}`);
  });
  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/${database}`;
  const admin = async (fn: (c: pg.Client) => Promise<unknown>) => {
    const client = new pg.Client({ connectionString: url("postgres") });
    await client.connect();
    await fn(client).finally(() => client.end());
  };
  return {
    url,
    createDatabase: (name) =>
      admin(async (c) => {
        const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (!rowCount) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) => admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`)),
    stop: server.stop,
  };
}
