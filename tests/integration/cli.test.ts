import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { validateBytes } from "gltf-validator";
import { afterAll, describe, expect, it } from "vitest";
import { startAppServer } from "../helpers/app-server";
import { createUser } from "../helpers/seed";

// The real `ll3m` binary as a child process against a real server and worker.
const server = await startAppServer({ prefix: "ll3m_cli" });
let worker = server.startWorker();
const home = await mkdtemp(path.join(os.tmpdir(), "ll3m-cli-home-"));
const config = path.join(home, ".ll3m", "config.json");
const user = await createUser("cli");

afterAll(async () => {
  await server.stop();
  await rm(home, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ll3m(args: string[], { input, env = {} }: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ["bin/ll3m.mjs", ...args], {
      env: { ...process.env, HOME: home, LL3M_CONFIG: config, LL3M_API_URL: server.baseUrl, NO_COLOR: "1", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proc.stdout.on("data", (d) => (stdout += d));
    proc.stderr.on("data", (d) => (stderr += d));
    proc.stdin.end(input ?? "");
    proc.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("ll3m CLI", () => {
  let assetId = "";
  const out = path.join(home, "out");

  it("logs in with email and password and keeps the key in a file only the user can read", async () => {
    const run = await ll3m(["login"], { input: `${user.email}\n${user.password}\n` });
    expect(run.stderr).toBe("Email: Password: ");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Logged in .* saved to/);
    const saved = JSON.parse(await readFile(config, "utf8"));
    expect(saved.api_key).toMatch(/^ll3m_/);
    expect((await stat(config)).mode & 0o777).toBe(0o600);
  });

  it("generates with --wait and --output, showing stages and writing valid files", async () => {
    const run = await ll3m(["generate", "a blue ceramic mug", "--format", "glb,stl", "--tag", "kitchen", "--output", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/modeling/);
    expect(run.stdout).toMatch(/completed/);
    assetId = /asset ([0-9a-f-]{36})/.exec(run.stdout)![1];
    // The stages came over the task's event stream, not from polling it.
    const taskId = /"path":"\/api\/v1\/generate\/([0-9a-f-]{36})\/events"/.exec(server.output())?.[1];
    expect(taskId, "the CLI opened the task's event stream").toBeTruthy();
    expect(server.output().split(`"path":"/api/v1/generate/${taskId}"`).length - 1).toBeLessThanOrEqual(1);
    const files = (await readdir(out)).sort();
    expect(files.some((f) => f.endsWith(".glb"))).toBe(true);
    expect(files.some((f) => f.endsWith(".stl"))).toBe(true);
    const glb = await readFile(path.join(out, files.find((f) => f.endsWith(".glb"))!));
    expect((await validateBytes(new Uint8Array(glb))).issues.numErrors).toBe(0);
  });

  it("falls back to polling when something between it and the server refuses the event stream", async () => {
    // A proxy on loopback that answers 502 to event streams and passes everything else through.
    const proxy = createServer((req, res) => void (async () => {
      if (req.url?.endsWith("/events")) return void res.writeHead(502).end();
      const body = req.method === "GET" ? undefined : await new Response(Readable.toWeb(req) as ReadableStream).arrayBuffer();
      const upstream = await fetch(server.baseUrl + req.url, { method: req.method, headers: { authorization: req.headers.authorization ?? "", "content-type": req.headers["content-type"] ?? "application/json" }, body });
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" }).end(Buffer.from(await upstream.arrayBuffer()));
    })());
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const run = await ll3m(["generate", "a red stool with a floral pattern", "--format", "glb", "--wait"], { env: { LL3M_API_URL: url } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/modeling/);
      expect(run.stdout).toMatch(/completed/);
      expect(run.stdout).toMatch(/^not modelled: floral, pattern$/m); // said with the result, not only in the score
    } finally {
      proxy.close();
    }
  });

  it("previews how a prompt is read without generating, and exits 1 for one it would refuse", async () => {
    const generates = () => server.output().split('"method":"POST","path":"/api/v1/generate"').length;
    const before = generates();
    const ok = await ll3m(["preview", "a steampunk teapot"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^will build: teapot$/m);
    expect(ok.stdout).toMatch(/^not modelled: steampunk$/m);
    const refused = await ll3m(["preview", "a chiar"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/cannot build this: It did not understand "chiar"\. Nearest built-in objects: a chair\./);
    expect(generates()).toBe(before); // nothing was queued
  });

  it("lists, shows and reports as JSON for scripts", async () => {
    const table = await ll3m(["list", "--tags", "kitchen"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+QUALITY/m);
    expect(table.stdout).toContain(assetId);
    const json = await ll3m(["--json", "list", "--min-quality", "0"]);
    expect(JSON.parse(json.stdout).items.map((a: { id: string }) => a.id)).toContain(assetId);
    const show = await ll3m(["show", assetId]);
    expect(show.stdout).toMatch(/prompt\s+"a blue ceramic mug"/);
    expect((await ll3m(["list", "--tags", "nothing-has-this"])).stdout).toMatch(/No assets/);
  });

  it("refines to version 2, lists versions and downloads version 1", async () => {
    const refine = await ll3m(["refine", assetId, "make it red and add wings", "--wait"]);
    expect(refine.code, refine.stderr).toBe(0);
    expect(refine.stdout).toMatch(/^feedback not applied: wings$/m);
    const versions = await ll3m(["--json", "versions", assetId]);
    const list = JSON.parse(versions.stdout);
    const items = Array.isArray(list) ? list : list.items;
    expect(items.map((v: { version: number }) => v.version).sort()).toEqual([1, 2]);
    const dir = path.join(home, "v1");
    const dl = await ll3m(["download", assetId, "--format", "glb", "--version", "1", "--output", dir]);
    expect(dl.code, dl.stderr).toBe(0);
    expect(await readdir(dir)).toEqual([expect.stringMatching(/-v1\.glb$/)]);
  });

  it("imports a model file with --wait --json, and refuses a file that is not a model in one line", async () => {
    const cube = path.join(home, "cube.obj");
    const v = [[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0], [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 1, 1]];
    const f = [[1, 4, 3, 2], [5, 6, 7, 8], [1, 2, 6, 5], [2, 3, 7, 6], [3, 4, 8, 7], [4, 1, 5, 8]];
    await writeFile(cube, `o Cube\n${v.map((p) => `v ${p.join(" ")}`).join("\n")}\n${f.map((q) => `f ${q.join(" ")}`).join("\n")}\n`);
    const run = await ll3m(["import", cube, "--name", "Hand cube", "--tags", "cli,import", "--wait", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const task = JSON.parse(run.stdout);
    expect(task).toMatchObject({ type: "import", status: "completed", import_file: { filename: "cube.obj", format: "obj" }, asset: { name: "Hand cube", tags: ["cli", "import"] } });
    expect(task.asset.stats.triangles).toBe(12);
    expect(Object.keys(task.asset.files)).toContain("original");

    const png = path.join(home, "cube.obj.png");
    await writeFile(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)]));
    const refused = await ll3m(["import", png]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/This file is a PNG image, not a 3D model/);
  });

  it("says one clear line and exits non-zero on a bad key, an unreachable server and bad arguments", async () => {
    const badKey = await ll3m(["list", "--api-key", "ll3m_not-a-real-key"]);
    expect(badKey.code).toBe(3);
    expect(badKey.stderr.trim().split("\n")).toHaveLength(1);
    expect(badKey.stderr).toMatch(/API key/i);

    const down = await ll3m(["health"], { env: { LL3M_API_URL: "http://localhost:9" } });
    expect(down.code).toBe(5);
    expect(down.stderr).toMatch(/Cannot reach the LL3M server/);
    expect(down.stderr).not.toMatch(/at .*\.ts:\d+/);

    const usage = await ll3m(["generate"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing required argument 'prompt'/);
    const invalid = await ll3m(["generate", "a chair", "--quality", "ultra"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/quality_level/);
    const missing = await ll3m(["show", "00000000-0000-0000-0000-000000000000"]);
    expect(missing.code).toBe(4);
  });

  it("stops waiting on Ctrl-C and says the task goes on; cancels a queued task", async () => {
    await worker.stop(); // nothing picks tasks up now, so they stay queued
    const proc = spawn(process.execPath, ["bin/ll3m.mjs", "generate", "a wooden table", "--wait"], {
      env: { ...process.env, HOME: home, LL3M_CONFIG: config, LL3M_API_URL: server.baseUrl, NO_COLOR: "1" },
    });
    let stderr = "";
    const exited = new Promise<number | null>((r) => proc.on("exit", (c) => r(c)));
    await new Promise<void>((resolve) => proc.stderr.on("data", (d) => ((stderr += d), /queued/.test(stderr) && resolve())));
    proc.kill("SIGINT");
    expect(await exited).toBe(130);
    const taskId = /ll3m status ([0-9a-f-]{36})/.exec(stderr)?.[1];
    expect(stderr).toMatch(/Stopped waiting\. The task goes on/);
    const status = await ll3m(["--json", "status", taskId!]);
    expect(JSON.parse(status.stdout).status).toBe("queued");
    const cancel = await ll3m(["cancel", taskId!]);
    expect(cancel.code).toBe(0);
    expect(cancel.stdout).toMatch(/canceled/);
    expect((await ll3m(["cancel", taskId!])).code).toBe(1);
    worker = server.startWorker();
  });

  it("deletes only with --yes when not on a terminal", async () => {
    const refused = await ll3m(["delete", assetId]);
    expect(refused.code).toBe(2);
    const del = await ll3m(["delete", assetId, "--yes"]);
    expect(del.code).toBe(0);
    expect((await ll3m(["show", assetId])).code).toBe(4);
  });

  it("health reports the server and its worker", async () => {
    const h = await ll3m(["health"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/healthy/);
    expect(h.stdout).toMatch(/blender\s+3\./);
  });
});
