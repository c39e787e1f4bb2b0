import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { validateBytes } from "gltf-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fenced } from "../helpers/agent-script";
import { startApiFixture } from "../helpers/api-fixture";
import { makeImportFixtures, type ImportFixtures } from "../helpers/import-fixtures";
import { glbParts, readGlbJson } from "../helpers/modeler-expect";
import { startScriptedLlmServer, type ScriptedLlmServer } from "../helpers/scripted-llm-server";
import { waitFor } from "../helpers/worker-process";

const { server, api, recorded, userWithKey, contractFailures } = await startApiFixture({ prefix: "ll3m_import_refine" });
server.startWorker();

let fixtures: ImportFixtures;
let fixtureDir: string;
let llm: ScriptedLlmServer;

beforeAll(async () => {
  fixtureDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-import-refine-"));
  fixtures = await makeImportFixtures(fixtureDir);
  llm = await startScriptedLlmServer();
  await waitFor(async () => ((await api("/api/v1/health")).status === 200 ? true : undefined), { timeoutMs: 60_000, what: "a healthy app (worker beating)" });
}, 180_000);

afterAll(async () => {
  await llm?.close();
  await rm(fixtureDir, { recursive: true, force: true });
  await db.$disconnect();
  await server.stop();
});

async function finished(key: string, taskId: string) {
  return waitFor(async () => {
    const t = await api(`/api/v1/generate/${taskId}`, { key });
    return ["completed", "failed", "canceled"].includes(t.body.status) ? t.body : undefined;
  }, { timeoutMs: 150_000, what: `task ${taskId} to finish` });
}

async function importGlb(key: string) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(await fixtures.file("scene.glb"))]), "scene.glb");
  const res = await fetch(`${server.baseUrl}/api/v1/assets/import`, { method: "POST", headers: { authorization: `Bearer ${key}` }, body: form });
  const body = await res.text();
  expect(res.status, body).toBe(202);
  const task = await finished(key, (JSON.parse(body) as { task_id: string }).task_id);
  expect(task.status, task.error_message).toBe("completed");
  return task.asset.id as string;
}

async function refine(key: string, assetId: string, feedback: string) {
  const queued = await api(`/api/v1/generate/${assetId}/refine`, { method: "POST", key, body: { feedback } });
  expect(queued.status, JSON.stringify(queued.body)).toBe(202);
  return finished(key, queued.body.task_id);
}

async function glbOf(key: string, assetId: string, version: number) {
  const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}/download/glb?version=${version}`, { headers: { authorization: `Bearer ${key}` } });
  const glb = Buffer.from(await res.arrayBuffer());
  expect((await validateBytes(new Uint8Array(glb))).issues.numErrors).toBe(0);
  return glbParts(readGlbJson(glb));
}

const near = (a: number[], b: number[], tol = 0.02) => a.every((v, i) => Math.abs(v - b[i]) < tol);

describe("refining an imported asset", () => {
  it("on the built-in path: colours and sizes of named objects, the rest listed as not applied", async () => {
    const { key } = await userWithKey("builtin-refiner");
    const assetId = await importGlb(key);
    const before = await glbOf(key, assetId, 1);

    const task = await refine(key, assetId, "make the seat blue and the ball bigger, and add wings");
    expect(task.status, task.error_message).toBe("completed");
    expect(task.interpretation).toMatchObject({ applied_terms: expect.arrayContaining(["blue", "seat", "bigger", "ball"]), unapplied_terms: expect.arrayContaining(["wings"]) });
    const v2 = (await api(`/api/v1/assets/${assetId}/versions/2`, { key })).body;
    expect(v2).toMatchObject({ source: "import", refinement_request: "make the seat blue and the ball bigger, and add wings" });
    expect(v2.code).toContain("objects = import_original()");
    expect(Object.keys(v2.files)).toContain("original");

    const after = await glbOf(key, assetId, 2);
    const seat = after.get("Seat")!;
    const ball = after.get("Ball")!;
    expect(seat.color![2]).toBeGreaterThan(seat.color![0]);
    expect(near(seat.size, before.get("Seat")!.size)).toBe(true);
    expect(ball.color).toEqual(before.get("Ball")!.color);
    expect(ball.size[0]).toBeGreaterThan(before.get("Ball")!.size[0] * 1.1);
    // The ball grows about its own centre; the seat stays where it was.
    expect(near(seat.at, before.get("Seat")!.at)).toBe(true);
    expect(near(ball.at, before.get("Ball")!.at)).toBe(true);

    // A refinement of the refinement re-imports the original and keeps both edits.
    const again = await refine(key, assetId, "make it glossy");
    expect(again.status, again.error_message).toBe("completed");
    const v3 = await glbOf(key, assetId, 3);
    expect(near(v3.get("Seat")!.color!, seat.color!)).toBe(true);
    expect(v3.get("Ball")!.size[0]).toBeCloseTo(ball.size[0], 3);

    const refused = await refine(key, assetId, "add wings");
    expect(refused).toMatchObject({ status: "failed", error_code: "feedback_not_understood" });
  }, 400_000);

  it("on the LLM path: the coder gets the import's program and its edit runs against the original", async () => {
    const { key } = await userWithKey("llm-refiner");
    const assetId = await importGlb(key);
    const put = await api("/api/v1/settings/llm", { method: "PUT", key, body: { provider: "openai-compatible", base_url: llm.url, api_key: "user-key", models: { default: "users-model" }, vision: false } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const v1 = (await api(`/api/v1/assets/${assetId}/versions/1`, { key })).body;
    const gold = { name: "Gold", color_name: "gold", base_color: [1, 0.7, 0.1], metallic: 1, roughness: 0.3, transmission: 0, emission: 0 };
    llm.reset();
    llm.on("users-model",
      { json: { ...v1.plan, colors: ["gold"], parts: v1.plan.parts.map((p: object) => ({ ...p, material: gold })) } },
      { content: fenced(`import bpy

objects = import_original()
gold = bpy.data.materials.new("Gold")
gold.use_nodes = True
gold.node_tree.nodes["Principled BSDF"].inputs["Base Color"].default_value = (1.0, 0.7, 0.1, 1.0)
for obj in objects:
    if obj.type == "MESH":
        obj.data.materials.clear()
        obj.data.materials.append(gold)
`) });
    const task = await refine(key, assetId, "make everything gold");
    expect(task.status, task.error_message).toBe("completed");
    const coder = llm.requests[1];
    expect(coder.text).toContain("objects = import_original()");
    expect(coder.text).toContain("This script rebuilds an uploaded model");
    const v2 = (await api(`/api/v1/assets/${assetId}/versions/2`, { key })).body;
    expect(v2).toMatchObject({ source: "import", provider: "openai-compatible" });
    expect(Object.keys(v2.files)).toContain("original");
    for (const part of (await glbOf(key, assetId, 2)).values()) expect(near(part.color!.slice(0, 3), [1, 0.7, 0.1])).toBe(true);
  }, 300_000);

  it("every answer matches the OpenAPI document", async () => {
    void recorded;
    expect(await contractFailures()).toEqual([]);
  });
});
