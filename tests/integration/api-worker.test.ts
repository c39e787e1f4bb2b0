import { mtlTextureNames } from "@/lib/assets/obj-bundle";
import { existsSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assetDir } from "@/lib/storage/paths";
import { startApiFixture } from "../helpers/api-fixture";
import { readEventStream } from "../helpers/sse";
import { waitFor } from "../helpers/worker-process";

// The real server and a real worker with Blender: few completed assets, reused across tests (each costs seconds).
const { server, api, recorded, userWithKey, contractFailures } = await startApiFixture({ prefix: "ll3m_api_worker" });
const worker = server.startWorker();

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

let key: string;
let auth: Record<string, string>;

/** Follows a task's event stream to its end; every task event is recorded for the contract check. */
async function follow(taskId: string) {
  const tasks: { status: string; progress: number; stage: string | null; asset: { id: string } | null }[] = [];
  const stream = await readEventStream(`${server.baseUrl}/api/v1/generate/${taskId}/events`, auth, (e) => {
    if (e.event !== "task") return;
    const body = JSON.parse(e.data);
    tasks.push(body);
    recorded.push({ method: "GET", path: `/api/v1/generate/${taskId}`, status: 200, body });
  });
  return { tasks, ...stream };
}

beforeAll(async () => {
  key = (await userWithKey("worker-api")).key;
  auth = { authorization: `Bearer ${key}` };
  await waitFor(async () => ((await api("/api/v1/health")).status === 200 ? true : undefined), { timeoutMs: 60_000, what: "a healthy app (worker beating)" });
});

describe("generation over HTTP with a real worker", () => {
  let assetId: string;

  it("reports Blender and the live worker in health", async () => {
    const health = await api("/api/v1/health");
    expect(health.body.status).toBe("healthy");
    expect(health.body.dependencies.blender).toMatch(/\d+\.\d+/);
    expect(health.body.workers.live).toBe(1);
  });

  it("streams a generation as Server-Sent Events until it completes, progress rising to 100", async () => {
    const task = await api("/api/v1/generate", { method: "POST", key, body: { prompt: "a red wooden chair", output_formats: ["glb", "obj"], tags: ["chair"] } });
    expect(task.status).toBe(202);
    const { tasks, events, headers } = await follow(task.body.task_id);
    expect(headers.get("content-type")).toMatch(/text\/event-stream/);
    expect(tasks.length).toBeGreaterThanOrEqual(2);
    expect(tasks.map((t) => t.progress)).toEqual([...tasks.map((t) => t.progress)].sort((a, b) => a - b));
    expect(tasks.some((t) => t.status === "running")).toBe(true);
    const last = tasks.at(-1)!;
    expect(last).toMatchObject({ status: "completed", progress: 100 });
    expect(events.at(-1)).toMatchObject({ event: "end", data: '{"status":"completed"}' });
    assetId = last.asset!.id;

    const got = await api(`/api/v1/generate/${task.body.task_id}`, { key });
    expect(got.body.asset.files.glb.url).toBe(`/api/v1/assets/${assetId}/download/glb`);
    const glb = await fetch(`${server.baseUrl}${got.body.asset.files.glb.url}`, { headers: auth });
    expect(glb.status).toBe(200);
    expect(glb.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+-v1\.glb"$/);
    expect(Buffer.from(await glb.arrayBuffer()).subarray(0, 4).toString()).toBe("glTF");

    // The OBJ comes with its material library, zipped together, so the red survives an OBJ import.
    const obj = await fetch(`${server.baseUrl}${got.body.asset.files.obj.url}`, { headers: auth });
    expect(obj.status).toBe(200);
    expect(obj.headers.get("content-type")).toBe("application/zip");
    expect(obj.headers.get("content-disposition")).toMatch(/^attachment; filename="[a-z0-9-]+-v1\.obj\.zip"$/);
    const zipBytes = new Uint8Array(await obj.arrayBuffer());
    // The size the asset reports for its OBJ download is the size of what is downloaded.
    expect(got.body.asset.files.obj.bytes).toBe(zipBytes.length);
    const zipped = unzipSync(zipBytes);
    const objName = Object.keys(zipped).find((n) => n.endsWith(".obj"))!;
    // Beside the .obj and its .mtl: exactly the texture maps the .mtl names (a wooden chair is textured at standard).
    const maps = mtlTextureNames(strFromU8(zipped["model.mtl"]));
    expect(maps.length, "the wood's colour map").toBeGreaterThan(0);
    expect(Object.keys(zipped).sort()).toEqual([...new Set([objName, "model.mtl", ...maps])].sort());
    for (const map of maps) expect(strFromU8(zipped[map].subarray(1, 4))).toBe("PNG");
    expect(strFromU8(zipped[objName])).toMatch(/^mtllib model\.mtl$/m);
    const kd = [...strFromU8(zipped["model.mtl"]).matchAll(/^Kd ([\d.]+) ([\d.]+) ([\d.]+)$/gm)].map((m) => m.slice(1).map(Number));
    expect(kd.some(([r, g, b]) => r > 0.3 && r > 2 * g && r > 2 * b), JSON.stringify(kd)).toBe(true);
  });

  it("refines the asset into version 2 over HTTP, and restores version 1", async () => {
    const refine = await api(`/api/v1/generate/${assetId}/refine`, { method: "POST", key, body: { feedback: "make the legs black" } });
    expect(refine.status).toBe(202);
    const { tasks } = await follow(refine.body.task_id);
    expect(tasks.at(-1)).toMatchObject({ status: "completed", asset: { id: assetId, current_version: 2, versions_count: 2 } });
    const listed = await api("/api/v1/tasks?status=completed", { key });
    expect(listed.body.items.map((t: { asset: { versions_count: number } }) => t.asset.versions_count)).toEqual([2, 2]);
    const versions = await api(`/api/v1/assets/${assetId}/versions`, { key });
    expect(versions.body.map((v: { version: number; is_current: boolean }) => [v.version, v.is_current])).toEqual([[1, false], [2, true]]);
    const v2 = await api(`/api/v1/assets/${assetId}/versions/2`, { key });
    expect(v2.body.refinement_request).toBe("make the legs black");
    expect(v2.body.code).toContain("bpy");
    expect(Object.keys(v2.body.files).sort()).toEqual(["glb", "obj"]);
    const restored = await api(`/api/v1/assets/${assetId}/versions/1/restore`, { method: "POST", key });
    expect(restored.body.current_version).toBe(1);
  });

  it("cancels a running task: the worker stops and no asset is made", async () => {
    const task = await api("/api/v1/generate", { method: "POST", key, body: { prompt: "a wooden bookshelf with five shelves", output_formats: ["glb", "obj", "stl", "fbx", "blend"] } });
    let canceled: { status: number; body: { status: string } } | undefined;
    await readEventStream(`${server.baseUrl}/api/v1/generate/${task.body.task_id}/events`, auth, async (e) => {
      if (e.event === "task" && JSON.parse(e.data).status === "running" && !canceled) {
        canceled = await api(`/api/v1/generate/${task.body.task_id}/cancel`, { method: "POST", key });
      }
    });
    expect(canceled?.status).toBe(200);
    expect(canceled?.body.status).toBe("canceled");
    // The worker notices within about a second and frees its slot; the task stays canceled, without an asset.
    await waitFor(async () => ((await db.workerHeartbeat.findFirst())?.runningTasks === 0 ? true : undefined), { timeoutMs: 30_000, what: "the worker to drop the task" });
    const row = await db.task.findUniqueOrThrow({ where: { id: task.body.task_id } });
    expect(row.status).toBe("canceled");
    expect(row.assetId).toBeNull();
  });

  it("deletes a generated asset with its versions and files", async () => {
    expect(existsSync(assetDir({ assetId }))).toBe(true);
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}`, { method: "DELETE", headers: auth });
    expect(res.status).toBe(204);
    expect(existsSync(assetDir({ assetId }))).toBe(false);
    expect(await db.assetVersion.count({ where: { assetId } })).toBe(0);
    expect((await api(`/api/v1/assets/${assetId}`, { key })).status).toBe(404);
  });
});

describe("the contract", () => {
  it("every JSON answer (and every streamed task) of this file matches the served OpenAPI document", async () => {
    expect(await contractFailures()).toEqual([]);
    expect(worker.output()).not.toMatch(/unhandled/i);
  });
});
