// The whole app on an S3 bucket (a real S3-protocol server, s3rver, on loopback): a real generation's files go to the
// bucket and nowhere else, downloads and screenshots redirect to presigned URLs only for the owner, the CLI follows
// the redirect, deletion and the orphan sweep remove objects.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server } from "../helpers/s3-server";

// Before anything reads the env: this process (seeding, sweeping) uses the bucket as the servers do.
const s3 = await startS3Server();
Object.assign(process.env, s3.env("app"));
const { db } = await import("@/lib/db");
const { startApiFixture } = await import("../helpers/api-fixture");
const { filesUnder } = await import("../helpers/test-data-dir");
const { waitFor } = await import("../helpers/worker-process");
const { sweepVersionFolders } = await import("@/worker/maintenance/sweep-version-folders");

const { server, api, userWithKey, contractFailures } = await startApiFixture({ prefix: "ll3m_s3app", env: s3.env("app") });
const worker = server.startWorker();
const bucket = s3.storage("app");

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
  await s3.stop();
});

async function keysUnder(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const o of bucket.list(prefix)) keys.push(o.key);
  return keys.sort();
}

let owner: { key: string };
let assetId: string;
let versionId: string;

beforeAll(async () => {
  owner = await userWithKey("s3-owner");
  await waitFor(async () => ((await api("/api/v1/health")).status === 200 ? true : undefined), { timeoutMs: 60_000, what: "a healthy app (worker beating)" });
});

describe("an app whose files live in an S3 bucket", () => {
  it("says in health that storage is a bucket, that it answers and that downloads redirect", async () => {
    const health = await api("/api/v1/health");
    expect(health.body.dependencies.storage).toBe("ok");
    expect(health.body.storage).toEqual({ kind: "s3", downloads: "redirect" });
  });

  it("stores a real generation's files in the bucket and none in the data directory", async () => {
    const task = await api("/api/v1/generate", { method: "POST", key: owner.key, body: { prompt: "a red wooden chair", output_formats: ["glb", "obj"] } });
    expect(task.status).toBe(202);
    const done = await waitFor(async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id: task.body.task_id } });
      return t.status === "queued" || t.status === "running" ? undefined : t;
    }, { timeoutMs: 120_000, what: "the generation" });
    expect(done.status, done.errorMessage ?? "").toBe("completed");
    assetId = done.assetId!;
    versionId = done.versionId!;
    const keys = await keysUnder(`assets/${assetId}/`);
    const prefix = `assets/${assetId}/${versionId}/`;
    expect(keys).toEqual(expect.arrayContaining([`${prefix}model.glb`, `${prefix}model.obj.zip`, `${prefix}preview.png`]));
    expect(keys.every((k) => k.startsWith(prefix))).toBe(true);
    expect(await filesUnder(path.join(server.dataDir, "assets"))).toEqual([]);
    expect(await filesUnder(path.join(server.dataDir, "tmp"))).toEqual([]);
  });

  it("answers the owner's download with a short-lived presigned redirect whose bytes are the stored file", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}/download/glb`, { headers: { authorization: `Bearer ${owner.key}` }, redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const location = new URL(res.headers.get("location")!);
    expect(location.origin).toBe(s3.endpoint);
    expect(Number(location.searchParams.get("X-Amz-Expires"))).toBeLessThanOrEqual(600);
    const file = await fetch(location);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toBe('attachment; filename="red-wooden-chair-v1.glb"');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe("glTF");
    expect(bytes.equals(await buffer((await bucket.get(`assets/${assetId}/${versionId}/model.glb`))!.body))).toBe(true);
    // An API client that follows redirects gets the file in one call (its Authorization header stays behind).
    const followed = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}/download/obj`, { headers: { authorization: `Bearer ${owner.key}` } });
    expect(followed.status).toBe(200);
    expect(followed.headers.get("content-disposition")).toBe('attachment; filename="red-wooden-chair-v1.obj.zip"');
    expect(Buffer.from(await followed.arrayBuffer()).subarray(0, 2).toString()).toBe("PK");
  });

  it("redirects the screenshot to an inline PNG", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}/screenshot`, { headers: { authorization: `Bearer ${owner.key}` } });
    expect(res.status).toBe(200);
    expect(res.url.startsWith(s3.endpoint)).toBe(true);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(Buffer.from(await res.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
  });

  it("lets pages load images and models from the bucket under their Content Security Policy", async () => {
    const res = await fetch(`${server.baseUrl}/docs`);
    const csp = Object.fromEntries((res.headers.get("content-security-policy") ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(csp["connect-src"]).toContain(s3.endpoint);
    expect(csp["img-src"]).toContain(s3.endpoint);
    expect(csp["script-src"]).not.toContain(s3.endpoint);
  });

  it("gives another user a 404 and no URL", async () => {
    const other = await userWithKey("s3-other");
    for (const p of [`/download/glb`, `/screenshot`]) {
      const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}${p}`, { headers: { authorization: `Bearer ${other.key}` }, redirect: "manual" });
      expect(res.status).toBe(404);
      expect(res.headers.get("location")).toBeNull();
      expect(await res.text()).not.toContain(s3.endpoint);
    }
  });

  it("lets the ll3m CLI download through the redirect", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-s3-cli-"));
    const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const proc = spawn(process.execPath, ["bin/ll3m.mjs", "download", assetId, "--format", "glb", "--output", dir], {
        env: { ...process.env, LL3M_API_URL: server.baseUrl, LL3M_API_KEY: owner.key, LL3M_CONFIG: path.join(dir, "none.json"), NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      proc.stdout.on("data", (d) => (out += d));
      proc.stderr.on("data", (d) => (out += d));
      proc.on("exit", (code) => resolve({ code, out }));
    });
    expect(run.code, run.out).toBe(0);
    const saved = await readFile(path.join(dir, "red-wooden-chair-v1.glb"));
    expect(saved.equals(await buffer((await bucket.get(`assets/${assetId}/${versionId}/model.glb`))!.body))).toBe(true);
    await rm(dir, { recursive: true, force: true });
  });

  it("sweeps objects of versions no row names once they are old enough, and keeps the rest", async () => {
    const orphan = `assets/${randomUUID()}/${randomUUID()}/`;
    await bucket.put(`${orphan}model.glb`, Readable.from(["half-committed"]));
    await bucket.put(`${orphan}preview.png`, Readable.from(["png"]));
    expect(await sweepVersionFolders({ minAgeMs: 3600_000 })).toEqual([]);
    expect(await keysUnder(orphan)).toHaveLength(2);
    expect(await sweepVersionFolders({ minAgeMs: 0 })).toEqual([orphan]);
    expect(await keysUnder(orphan)).toEqual([]);
    expect((await keysUnder(`assets/${assetId}/`)).length).toBeGreaterThanOrEqual(3);
  });

  it("deletes an asset's objects with the asset", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}`, { method: "DELETE", headers: { authorization: `Bearer ${owner.key}` } });
    expect(res.status).toBe(204);
    expect(await keysUnder(`assets/${assetId}/`)).toEqual([]);
  });

  it("every JSON answer matches the OpenAPI document, and the worker logged no error", async () => {
    expect(await contractFailures()).toEqual([]);
    expect(worker.output()).not.toMatch(/"level":"error"|unhandled/i);
  });
});
