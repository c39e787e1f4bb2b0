// The app's launcher: `start` (set up, then web + worker), `test` (set up, then every test suite), `bench <name>`
// (set up, then one benchmark), `coverage [filters]` (set up, then the unit and integration suites under coverage).
import { rm } from "node:fs/promises";
import path from "node:path";
import { applyMigrations } from "@/lib/migrations/apply-migrations";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { ensureNextBuild, ensurePrismaClient } from "./lib/prepare-build";
import { writeLauncherState } from "./lib/launcher-state";
import { waitForHttp } from "./lib/processes";
import { loadOrCreateSecrets } from "./lib/secrets";
import { ensureSystemPackages } from "./lib/system-packages";
import { runBench } from "./lib/run-bench";
import { runCoverage } from "./lib/run-coverage";
import { Supervisor } from "./lib/supervisor";
import { runTests } from "./lib/run-tests";

const log = (m: string) => console.log(`[ll3m] ${m}`);
const MIGRATIONS = path.resolve("prisma/migrations");

/** DATABASE_URL when given; otherwise the embedded PostgreSQL under the data directory. */
async function resolveDatabase(dataDir: string, password: string): Promise<{ url: string; embedded?: EmbeddedDb }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const embedded = await startEmbeddedDb({ dir: path.join(dataDir, "postgres"), password, port: process.env.LL3M_DB_PORT ? Number(process.env.LL3M_DB_PORT) : undefined, log });
  await embedded.createDatabase("ll3m");
  return { url: embedded.url("ll3m"), embedded };
}

async function start(args: string[]) {
  const dataDir = path.resolve(process.env.LL3M_DATA_DIR ?? ".data");
  const webOnly = args.includes("web") && args.includes("--role");
  const missing = webOnly ? [] : ensureSystemPackages(["blender", "numpy", "bubblewrap"], log);
  if (missing.includes("blender")) process.exit(1);
  ensurePrismaClient(log);
  if (!args.includes("--no-build") && !args.includes("worker")) ensureNextBuild(log);
  const secrets = await loadOrCreateSecrets(dataDir);
  const db = await resolveDatabase(dataDir, secrets.db_password);
  const migrated = await applyMigrations({ databaseUrl: db.url, dir: MIGRATIONS });
  if (migrated.applied.length) log(`applied migrations: ${migrated.applied.join(", ")}`);

  const port = Number(process.env.PORT ?? 3000);
  const childEnv = { DATABASE_URL: db.url, AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.auth_secret, LL3M_DATA_DIR: dataDir, PORT: String(port), NODE_ENV: "production" };
  // The launcher's record of restarts, which the web server's health reports (lib/health/read-launcher-state.ts).
  const stateFile = path.join(dataDir, "launcher-state.json");
  writeLauncherState(stateFile, { restarts: { web: 0, worker: 0 }, last_restart: null });
  const env = { ...childEnv, LL3M_LAUNCHER_STATE: stateFile };
  let stopping: Promise<void> | null = null;
  const stopAll = (code: number) => {
    stopping ??= (async () => {
      await group.stop();
      await db.embedded?.stop();
      await rm(stateFile, { force: true });
      process.exit(code);
    })();
    return stopping;
  };
  const group = new Supervisor({
    log,
    onGiveUp: () => void stopAll(1),
    onRestart: ({ name, exit, restarts }) =>
      writeLauncherState(stateFile, { restarts: { web: restarts.web ?? 0, worker: restarts.worker ?? 0 }, last_restart: { process: name, at: new Date().toISOString(), exit } }),
  });
  // `--role web` or `--role worker` runs one side only (containers, several machines); the default runs both.
  const role = args.includes("--role") ? args[args.indexOf("--role") + 1] : "all";
  if (role !== "worker") group.spawn("web", process.execPath, ["scripts/serve-web.mjs", "-p", String(port)], env);
  if (role !== "web") group.spawn("worker", process.execPath, ["--import", "tsx", "worker/main.ts"], env);
  let signals = 0;
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      if (signals++) return void group.stop();
      log(`${sig}: stopping web and worker`);
      void stopAll(0);
    });
  }
  // Spawned by scripts/run.mjs with an IPC channel: if that wrapper is killed, stop everything.
  process.on("disconnect", () => void stopAll(0));
  if (role === "worker") return log("worker started");
  if (await waitForHttp(`http://localhost:${port}/api/v1/health`, 120_000)) log(`LL3M Studio is ready at http://localhost:${port}`);
  else log(`the app did not report healthy within 2 minutes; see http://localhost:${port}/api/v1/health`);
}

async function main() {
  const [command = "start", ...args] = process.argv.slice(2);
  if (command === "start") return start(args);
  if (command === "test") {
    const missing = ensureSystemPackages(["blender", "numpy", "bubblewrap", "chromium"], log);
    if (missing.length) process.exit(1);
    ensurePrismaClient(log);
    process.exit(await runTests(args, log));
  }
  if (command === "bench") process.exit(await runBench(args, log));
  if (command === "coverage") process.exit(await runCoverage(args, log));
  console.error(`unknown command '${command}'; use start, test, bench or coverage`);
  process.exit(2);
}

main().catch((err) => {
  console.error(`[ll3m] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
