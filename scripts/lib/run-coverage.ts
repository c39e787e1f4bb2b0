import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDb } from "./embedded-db";
import { ensureNextBuild, ensurePrismaClient } from "./prepare-build";
import { ensureSystemPackages } from "./system-packages";

/**
 * `coverage [vitest filters]`: the setup `npm test` does for the integration suite (system packages, Prisma
 * client, web build, a PostgreSQL from LL3M_TEST_ADMIN_URL or TEST_DATABASE_ADMIN_URL, else an embedded one),
 * then scripts/coverage.ts in a process of its own. Returns its exit code.
 */
export async function runCoverage(args: string[], log: (m: string) => void): Promise<number> {
  if (ensureSystemPackages(["blender", "numpy", "bubblewrap"], log).length) return 1;
  ensurePrismaClient(log);
  ensureNextBuild(log);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "ll3m-coverage-db-"));
  let adminUrl = process.env.LL3M_TEST_ADMIN_URL ?? process.env.TEST_DATABASE_ADMIN_URL;
  const embedded = adminUrl ? null : await startEmbeddedDb({ dir: path.join(tmp, "pg"), password: randomBytes(12).toString("hex"), log });
  adminUrl ??= embedded!.url("postgres");
  try {
    const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "coverage.ts"), ...args], {
      stdio: "inherit",
      env: { ...process.env, LL3M_TEST_ADMIN_URL: adminUrl, NEXT_TELEMETRY_DISABLED: "1" },
    });
    // A signal to npm reaches this launcher through scripts/run.mjs: pass it on, then stop the database below.
    for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
    return await new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  } finally {
    await embedded?.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}
