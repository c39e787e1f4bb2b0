// A deployment across machines: two web servers and two workers on one database and one S3 bucket, each with a
// data directory of its own (nothing shared on disk). Every asset is generated exactly once, by real Blender, and
// downloads from either web server: one redirects to the bucket, the other (LL3M_STORAGE_PROXY=1) streams.
import path from "node:path";
import { buffer } from "node:stream/consumers";
import { afterAll, describe, expect, it } from "vitest";
import { startS3Server } from "../helpers/s3-server";

const s3 = await startS3Server();
Object.assign(process.env, s3.env("fleet"));
const { db } = await import("@/lib/db");
const { startAppServer } = await import("../helpers/app-server");
const { createUser } = await import("../helpers/seed");
const { filesUnder } = await import("../helpers/test-data-dir");
const { waitFor } = await import("../helpers/worker-process");

const a = await startAppServer({ prefix: "ll3m_fleet", env: s3.env("fleet") });
const b = await startAppServer({ prefix: "ll3m_fleet_b", env: { ...s3.env("fleet"), LL3M_STORAGE_PROXY: "1" }, besides: a });
const workers = [a.startWorker(), b.startWorker()];
const bucket = s3.storage("fleet");

afterAll(async () => {
  await db.$disconnect();
  await b.stop();
  await a.stop();
  await s3.stop();
});

const PROMPTS = ["a small wooden table", "a red ball", "a blue mug", "a wooden chair"];

describe("two web servers and two workers on one bucket", () => {
  it("generate each asset exactly once and serve its files from either web server", async () => {
    await waitFor(async () => ((await db.workerHeartbeat.count()) === 2 ? true : undefined), { what: "2 workers", timeoutMs: 120_000 });
    const user = await createUser("fleet");
    const token = await fetch(`${a.baseUrl}/api/v1/auth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: user.email, password: user.password, name: "fleet" }) });
    const auth = { authorization: `Bearer ${((await token.json()) as { key: string }).key}` };
    // Half the prompts arrive at each web server, as behind a load balancer.
    const ids: string[] = [];
    for (const [i, prompt] of PROMPTS.entries()) {
      const server = i % 2 ? b : a;
      const res = await fetch(`${server.baseUrl}/api/v1/generate`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ prompt, output_formats: ["glb"], quality_level: "draft" }) });
      expect(res.status).toBe(202);
      ids.push(((await res.json()) as { task_id: string }).task_id);
    }
    await waitFor(async () => ((await db.task.count({ where: { id: { in: ids }, status: { in: ["queued", "running"] } } })) === 0 ? true : undefined), { what: "every task to finish", timeoutMs: 600_000 });

    const tasks = await db.task.findMany({ where: { id: { in: ids } } });
    expect(tasks.map((t) => `${t.status} ${t.errorMessage ?? ""}`.trim())).toEqual(ids.map(() => "completed"));
    expect(tasks.map((t) => t.attempts)).toEqual(ids.map(() => 1));
    const versions = await db.assetVersion.findMany({ where: { asset: { userId: user.id } } });
    expect(versions.map((v) => v.id).sort()).toEqual(tasks.map((t) => t.versionId).sort());
    expect(versions.every((v) => v.provider === "builtin")).toBe(true);

    for (const t of tasks) {
      const stored = await buffer((await bucket.get(`assets/${t.assetId}/${t.versionId}/model.glb`))!.body);
      expect(stored.subarray(0, 4).toString()).toBe("glTF");
      for (const server of [a, b]) {
        const res = await fetch(`${server.baseUrl}/api/v1/assets/${t.assetId}/download/glb`, { headers: auth });
        expect(res.status).toBe(200);
        // A answers with the bucket's URL (followed here), B with the bytes itself.
        expect(res.url.startsWith(s3.endpoint)).toBe(server === a);
        expect(Buffer.from(await res.arrayBuffer()).equals(stored)).toBe(true);
      }
    }
    // Nothing of an asset lands on any machine's disk: scratch is emptied, assets live only in the bucket.
    for (const server of [a, b]) {
      expect(await filesUnder(path.join(server.dataDir, "assets"))).toEqual([]);
      expect(await filesUnder(path.join(server.dataDir, "tmp"))).toEqual([]);
    }
    for (const w of workers) expect(w.output()).not.toMatch(/"level":"error"/);
  });
});
