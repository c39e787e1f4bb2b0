import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "../helpers/test-db";

async function waitHealthy(url: string, ms: number, exited: () => boolean) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !exited()) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the app at ${url} did not become healthy`);
}

/** Runs the real app (launcher: migrations, web, worker) against a fresh database for the browser tests. */
export default async function globalSetup() {
  const port = Number(process.env.E2E_PORT ?? 3917);
  const db = await createTestDatabase({ prefix: "ll3m_e2e", migrate: false });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-e2e-data-"));
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/launcher.ts", "start", "--no-build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATABASE_URL: db.url, LL3M_DATA_DIR: dataDir, PORT: String(port), AUTH_SECRET: randomBytes(32).toString("hex") },
  });
  let exited = false;
  app.on("exit", () => (exited = true));
  await waitHealthy(`http://localhost:${port}/api/v1/health`, 120_000, () => exited);
  return async () => {
    if (!exited) {
      const done = new Promise((r) => app.once("exit", r));
      app.kill("SIGTERM");
      await done;
    }
    await db.drop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
