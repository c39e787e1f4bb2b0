import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/embedded-db";
import { signInOverHttp, sessionFetch } from "../helpers/http-session";
import { cmdlineOf, descendantsOf, isAlive, pidsWithCmdline } from "../helpers/processes";
import { waitFor } from "../helpers/worker-process";

// `npm start` as a user runs it: embedded PostgreSQL in the data dir, web + worker, stopped and started again.
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-launch-"));
const port = await freePort();
const base = `http://localhost:${port}`;
const env: Record<string, string> = { ...(process.env as Record<string, string>), PORT: String(port), LL3M_DATA_DIR: dataDir };
delete env.DATABASE_URL;
delete env.AUTH_SECRET;
let app: ChildProcess | null = null;

/** `node scripts/run.mjs start`, or with `viaNpm` the way users type it: `npm start` (npm, its shell, then us). */
function start({ viaNpm = false, extraEnv = {} }: { viaNpm?: boolean; extraEnv?: Record<string, string> } = {}) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no web build: run `npm test` (it builds first) or `npx next build`");
  const [cmd, args] = viaNpm ? ["npm", ["start", "--", "--no-build"]] : [process.execPath, ["scripts/run.mjs", "start", "--no-build"]];
  const proc = spawn(cmd, args, { env: { ...env, ...extraEnv } as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  proc.stderr.on("data", (d) => (out += d));
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

describe("npm start under faults and signals", () => {
  const email = `supervised-${Date.now()}@example.test`;
  const password = "correct horse battery";
  const health = () => fetch(`${base}/api/v1/health`).then((r) => r.json() as Promise<{ launcher: { restarts: { web: number; worker: number } } | null }>);
  const workerPids = (root: number) => descendantsOf(root).filter((p) => cmdlineOf(p).includes("worker/main.ts") && !cmdlineOf(p).includes("tsx/dist/cli"));

  it("restarts a worker killed with SIGKILL while the web keeps answering, and every task completes once", async () => {
    // The test pipeline (no Blender) so a queue of tasks is in flight when the worker dies; short leases bring its
    // claimed task back quickly.
    const run = start({ viaNpm: true, extraEnv: { LL3M_PIPELINE: "noop", LL3M_ALLOW_TEST_PIPELINE: "1", LL3M_NOOP_TASK_MS: "400", LL3M_LEASE_S: "5" } });
    await healthy(run);
    expect((await health()).launcher).toEqual({ restarts: { web: 0, worker: 0 }, last_restart: null });
    expect((await fetch(`${base}/api/v1/auth/register`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password }) })).status).toBe(201);
    const api = sessionFetch(base, await signInOverHttp(base, email, password));
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await api("/api/v1/generate", { method: "POST", body: JSON.stringify({ prompt: `a small cube ${i}`, output_formats: ["glb"] }) });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { task_id: string }).task_id);
    }
    const tasks = async () => Promise.all(ids.map(async (id) => (await (await api(`/api/v1/generate/${id}`)).json()) as { status: string; asset_id: string | null }));
    await waitFor(async () => ((await tasks()).filter((t) => t.status === "completed").length >= 3 ? true : undefined), { what: "3 tasks done", timeoutMs: 60_000 });

    const [killed] = workerPids(run.proc.pid!);
    expect(killed).toBeGreaterThan(0);
    process.kill(killed, "SIGKILL");
    // The web server answers all along: every poll below gets an HTTP answer, until the launcher reports the restart.
    const restarted = await waitFor(async () => {
      const h = await health();
      return h.launcher?.restarts.worker === 1 ? h.launcher : undefined;
    }, { what: "the launcher to restart the worker", timeoutMs: 30_000 });
    expect(restarted).toMatchObject({ restarts: { web: 0, worker: 1 }, last_restart: { process: "worker", exit: "signal SIGKILL" } });
    const [replacement] = await waitFor(async () => (workerPids(run.proc.pid!).length ? workerPids(run.proc.pid!) : undefined), { what: "a new worker" });
    expect(replacement).not.toBe(killed);
    expect(run.output()).toContain("worker exited (signal SIGKILL); restarting it in 1 s (restart 1)");

    const done = await waitFor(async () => {
      const all = await tasks();
      return all.every((t) => t.status !== "queued" && t.status !== "running") ? all : undefined;
    }, { what: "every task to finish", timeoutMs: 120_000 });
    expect(done.map((t) => t.status)).toEqual(ids.map(() => "completed"));
    // Exactly once: twelve assets, one version each.
    expect(new Set(done.map((t) => t.asset_id)).size).toBe(ids.length);
    for (const t of done) {
      const versions = (await (await api(`/api/v1/assets/${t.asset_id}/versions`)).json()) as unknown[];
      expect(versions).toHaveLength(1);
    }

    run.proc.kill("SIGINT");
    expect(await run.exited, run.output().slice(-2000)).toBe(0);
    await down();
  });

  it("stops web, worker, Blender and PostgreSQL when npm itself gets SIGTERM, leaving nothing running", async () => {
    const run = start({ viaNpm: true });
    await healthy(run);
    // After its first model the worker keeps a pre-started, sandboxed Blender waiting: part of what must stop.
    const api = sessionFetch(base, await signInOverHttp(base, email, password));
    const created = await api("/api/v1/generate", { method: "POST", body: JSON.stringify({ prompt: "a green mug", output_formats: ["glb"] }) });
    const taskId = ((await created.json()) as { task_id: string }).task_id;
    await waitFor(async () => (((await (await api(`/api/v1/generate/${taskId}`)).json()) as { status: string }).status === "completed" ? true : undefined), { what: "a model", timeoutMs: 120_000 });
    const tree = await waitFor(async () => {
      const pids = descendantsOf(run.proc.pid!);
      return pids.some((p) => cmdlineOf(p).includes("ll3m-run=")) ? pids : undefined;
    }, { what: "a waiting Blender", timeoutMs: 60_000 });
    const named = (re: RegExp) => tree.filter((p) => re.test(cmdlineOf(p)));
    expect(named(/serve-web\.mjs/).length, "web").toBeGreaterThan(0);
    expect(named(/worker\/main\.ts/).length, "worker").toBeGreaterThan(0);
    expect(named(/postgres/).length, "postgres").toBeGreaterThan(0);

    run.proc.kill("SIGTERM"); // the npm process, not the launcher
    expect(await run.exited, run.output().slice(-2000)).toBe(0);
    const survivors = () => tree.filter(isAlive).map((p) => `${p} ${cmdlineOf(p)}`);
    // npm returns once our wrapper exits, which is after everything below it stopped; give /proc a moment to agree.
    await waitFor(async () => (survivors().length === 0 ? true : undefined), { what: "every process to end", timeoutMs: 10_000 }).catch(() => {});
    expect(survivors()).toEqual([]);
    expect(postgresPids()).toEqual([]);
    await down();
  });
});
