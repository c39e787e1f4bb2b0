import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/embedded-db";
import { signInOverHttp, sessionFetch } from "../helpers/http-session";
import { pidsWithCmdline } from "../helpers/processes";
import { waitFor } from "../helpers/worker-process";

// `npm start` as a user runs it: embedded PostgreSQL in the data dir, web + worker, stopped and started again.
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-launch-"));
const port = await freePort();
const base = `http://localhost:${port}`;
const env: Record<string, string> = { ...(process.env as Record<string, string>), PORT: String(port), LL3M_DATA_DIR: dataDir };
delete env.DATABASE_URL;
delete env.AUTH_SECRET;
let app: ChildProcess | null = null;

function start() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no web build: run `npm test` (it builds first) or `npx next build`");
  const proc = spawn(process.execPath, ["scripts/run.mjs", "start", "--no-build"], { env: env as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  app = proc;
  return { proc, output: () => out, exited: new Promise<number | null>((r) => proc.once("exit", (c) => r(c))) };
}

const healthy = (run: { output: () => string }) =>
  waitFor(async () => ((await fetch(`${base}/api/v1/health`).then((r) => r.status, () => 0)) === 200 ? true : undefined), { timeoutMs: 90_000, what: "the app to be healthy" }).catch(
    (err: Error) => {
      throw new Error(`${err.message}; its output:\n${run.output().slice(-3000)}`);
    },
  );
const down = () => waitFor(async () => ((await fetch(`${base}/api/v1/health`).then(() => false, () => true)) ? true : undefined), { timeoutMs: 30_000, what: "the web server to stop" });
const postgresPids = () => pidsWithCmdline(`-D ${path.join(dataDir, "postgres")}`);

afterAll(async () => {
  if (app && app.exitCode === null) app.kill("SIGTERM");
  await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  const email = `launch-${Date.now()}@example.test`;
  const password = "correct horse battery";
  let taskId = "";

  it("sets up an embedded database, serves the app and a worker, and builds an asset", async () => {
    const run = start();
    await healthy(run);
    expect(postgresPids().length).toBeGreaterThan(0);
    const reg = await fetch(`${base}/api/v1/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) });
    expect(reg.status).toBe(201);
    const api = sessionFetch(base, await signInOverHttp(base, email, password));
    const created = await api("/api/v1/generate", { method: "POST", body: JSON.stringify({ prompt: "a green mug", output_formats: ["glb"] }) });
    expect(created.status).toBe(202);
    taskId = ((await created.json()) as { task_id: string }).task_id;
    const task = await waitFor(async () => {
      const t = (await (await api(`/api/v1/generate/${taskId}`)).json()) as { status: string; error_message: string | null };
      return t.status === "queued" || t.status === "running" ? undefined : t;
    }, { timeoutMs: 60_000, what: "the task" });
    expect(task).toMatchObject({ status: "completed", error_message: null });

    run.proc.kill("SIGTERM");
    expect(await run.exited, run.output().slice(-2000)).toBe(0);
    await down();
    expect(postgresPids()).toEqual([]);
  });

  it("keeps the account, the task and the asset across a restart", async () => {
    const run = start();
    await healthy(run);
    const api = sessionFetch(base, await signInOverHttp(base, email, password));
    const task = (await (await api(`/api/v1/generate/${taskId}`)).json()) as { status: string; asset: { files: { glb: { url: string } } } };
    expect(task.status).toBe("completed");
    const glb = await api(task.asset.files.glb.url);
    expect(glb.status).toBe(200);
    expect(Buffer.from(await glb.arrayBuffer()).subarray(0, 4).toString()).toBe("glTF");

    // A launcher killed outright: its web server and worker follow it, and the next start cleans up after it.
    const [launcherPid] = pidsWithCmdline("scripts/launcher.ts start").filter((p) => p !== run.proc.pid);
    process.kill(launcherPid, "SIGKILL");
    await run.exited;
    await down();
  });

  it("starts again after the launcher was killed, with the data intact", async () => {
    const run = start();
    await healthy(run);
    const api = sessionFetch(base, await signInOverHttp(base, email, password));
    const task = (await (await api(`/api/v1/generate/${taskId}`)).json()) as { status: string };
    expect(task.status).toBe("completed");
    run.proc.kill("SIGTERM");
    expect(await run.exited).toBe(0);
    expect(postgresPids()).toEqual([]);
  });
});
