import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assetDir } from "@/lib/storage/paths";
import { startApiFixture, type ApiUser } from "../helpers/api-fixture";
import { seedAsset } from "../helpers/seed-assets";

// Assets are seeded as rows plus small files (as the worker leaves them), so no Blender run is needed here.
const { server, api, recorded, userWithKey, contractFailures } = await startApiFixture({ prefix: "ll3m_api_assets" });

afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

let alice: ApiUser;
let bob: ApiUser;

beforeAll(async () => {
  alice = await userWithKey("alice");
  bob = await userWithKey("bob");
});

describe("assets: list, filters, read, update, versions, files", () => {
  let assets: Record<string, string>;
  beforeAll(async () => {
    const mk = async (name: string, prompt: string, tags: string[], scores: (number | null)[]) => (await seedAsset({ userId: alice.id, name, prompt, tags, scores })).assetId;
    assets = {
      chair: await mk("Red Chair", "a red wooden chair", ["red", "wooden", "furniture"], [0.6, 0.9]),
      table: await mk("Oak Table", "an oak table", ["wooden", "furniture"], [0.7]),
      mug: await mk("Blue Mug", "a blue MUG for coffee", ["blue"], [0.4]),
      lamp: await mk("Lamp 100%", "a desk lamp", ["red"], [null]),
      stool: await mk("Stool", "a three-legged stool", ["wooden"], [0.5, 0.55, 0.95]),
    };
    await seedAsset({ userId: bob.id, name: "Bob's Red Chair", prompt: "a red chair", tags: ["red", "wooden"] });
  });

  const names = (body: { items: { name: string }[] }) => body.items.map((a) => a.name);

  it("lists only the caller's assets, newest first, with total/limit/offset", async () => {
    const res = await api("/api/v1/assets", { key: alice.key });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 5, limit: 20, offset: 0 });
    expect(names(res.body)).toEqual(["Stool", "Lamp 100%", "Blue Mug", "Oak Table", "Red Chair"]);
    const page = await api("/api/v1/assets?limit=2&offset=2", { key: alice.key });
    expect(names(page.body)).toEqual(["Blue Mug", "Oak Table"]);
    expect(page.body.total).toBe(5);
    const past = await api("/api/v1/assets?offset=50", { key: alice.key });
    expect(past.body).toMatchObject({ items: [], total: 5, offset: 50 });
    expect((await api("/api/v1/assets?tags=nothing-has-this", { key: alice.key })).body).toMatchObject({ items: [], total: 0 });
  });

  it("filters by every tag, minimum quality and text (case-insensitive, over name and prompt)", async () => {
    expect(names((await api("/api/v1/assets?tags=wooden,furniture&sort=name", { key: alice.key })).body)).toEqual(["Oak Table", "Red Chair"]);
    expect(names((await api("/api/v1/assets?tags=RED&sort=name", { key: alice.key })).body)).toEqual(["Lamp 100%", "Red Chair"]);
    expect(names((await api("/api/v1/assets?min_quality=0.7&sort=-quality_score", { key: alice.key })).body)).toEqual(["Stool", "Red Chair", "Oak Table"]);
    expect(names((await api("/api/v1/assets?q=mug", { key: alice.key })).body)).toEqual(["Blue Mug"]);
    expect(names((await api("/api/v1/assets?q=COFFEE", { key: alice.key })).body)).toEqual(["Blue Mug"]);
    expect(names((await api(`/api/v1/assets?q=${encodeURIComponent("100%")}`, { key: alice.key })).body)).toEqual(["Lamp 100%"]);
    expect(names((await api(`/api/v1/assets?q=${encodeURIComponent("%")}`, { key: alice.key })).body)).toEqual(["Lamp 100%"]);
    expect(names((await api("/api/v1/assets?q=_", { key: alice.key })).body)).toEqual([]);
  });

  it("sorts by each allowed key, unscored last", async () => {
    expect(names((await api("/api/v1/assets?sort=name", { key: alice.key })).body)).toEqual(["Blue Mug", "Lamp 100%", "Oak Table", "Red Chair", "Stool"]);
    expect(names((await api("/api/v1/assets?sort=-name", { key: alice.key })).body)).toEqual(["Stool", "Red Chair", "Oak Table", "Lamp 100%", "Blue Mug"]);
    expect(names((await api("/api/v1/assets?sort=quality_score", { key: alice.key })).body)).toEqual(["Blue Mug", "Oak Table", "Red Chair", "Stool", "Lamp 100%"]);
    expect(names((await api("/api/v1/assets?sort=created_at", { key: alice.key })).body)[0]).toBe("Red Chair");
  });

  it.each([["limit=0"], ["limit=101"], ["offset=-1"], ["sort=size"], ["min_quality=11"], ["limit=ten"]])("refuses ?%s with 422", async (query) => {
    const res = await api(`/api/v1/assets?${query}`, { key: alice.key });
    expect(res.status).toBe(422);
  });

  it("reads an asset with file URLs and never a server path", async () => {
    const res = await api(`/api/v1/assets/${assets.chair}`, { key: alice.key });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Red Chair", current_version: 2, versions_count: 2, quality_score: 0.9 });
    expect(res.body.files.glb.url).toBe(`/api/v1/assets/${assets.chair}/download/glb`);
    expect(JSON.stringify(res.body)).not.toContain(server.dataDir);
    expect(JSON.stringify(res.body)).not.toMatch(/model\.glb|\/tmp\//);
  });

  it("renames and retags; refuses empty and unknown fields", async () => {
    const res = await api(`/api/v1/assets/${assets.mug}`, { method: "PATCH", key: alice.key, body: { name: "  Coffee Mug ", tags: ["Blue", "kitchen", "blue"] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: "Coffee Mug", tags: ["blue", "kitchen"] });
    expect((await api(`/api/v1/assets/${assets.mug}`, { method: "PATCH", key: alice.key, body: {} })).status).toBe(422);
    expect((await api(`/api/v1/assets/${assets.mug}`, { method: "PATCH", key: alice.key, body: { prompt: "x" } })).status).toBe(422);
    expect((await api(`/api/v1/assets/${assets.mug}`, { method: "PATCH", key: alice.key, body: { name: "" } })).status).toBe(422);
  });

  it("lists versions, shows one in full, and restores an earlier one", async () => {
    const list = await api(`/api/v1/assets/${assets.stool}/versions`, { key: alice.key });
    expect(list.status).toBe(200);
    expect(list.body.map((v: { version: number; is_current: boolean }) => [v.version, v.is_current])).toEqual([[1, false], [2, false], [3, true]]);
    expect(list.body[1].refinement_request).toBe("make it better (2)");

    const v1 = await api(`/api/v1/assets/${assets.stool}/versions/1`, { key: alice.key });
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, is_current: false, quality_score: 0.5, code: "import bpy  # version 1", plan: { subject: "chair" }, stats: { objects: 12 } });
    // The version carries the full scene report; asset answers carry its summary only.
    expect(v1.body.stats.parts).toHaveLength(12);
    expect(v1.body.quality_reasons).toEqual([{ severity: "info", message: "seeded" }]);
    expect(v1.body.files.obj.url).toBe(`/api/v1/assets/${assets.stool}/download/obj?version=1`);
    expect(v1.body.screenshot_url).toBe(`/api/v1/assets/${assets.stool}/screenshot?version=1`);

    const restored = await api(`/api/v1/assets/${assets.stool}/versions/1/restore`, { method: "POST", key: alice.key });
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ current_version: 1, quality_score: 0.5, versions_count: 3, stats: { objects: 12, triangles: 528 } });
    expect(restored.body.stats).not.toHaveProperty("parts");
    expect(restored.body.stats).not.toHaveProperty("materials");
    const obj = await fetch(`${server.baseUrl}/api/v1/assets/${assets.stool}/download/obj`, { headers: { authorization: `Bearer ${alice.key}` } });
    expect(await obj.text()).toContain("# version 1");

    expect((await api(`/api/v1/assets/${assets.stool}/versions/9`, { key: alice.key })).status).toBe(404);
    expect((await api(`/api/v1/assets/${assets.stool}/versions/abc`, { key: alice.key })).status).toBe(422);
    expect((await api(`/api/v1/assets/${assets.stool}/versions/9/restore`, { method: "POST", key: alice.key })).status).toBe(404);
  });

  it("downloads a version's file under its proper name, and the screenshot", async () => {
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assets.stool}/download/obj?version=2`, { headers: { authorization: `Bearer ${alice.key}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="stool-v2.obj"');
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(await res.text()).toContain("# version 2");
    const png = await fetch(`${server.baseUrl}/api/v1/assets/${assets.stool}/screenshot`, { headers: { authorization: `Bearer ${alice.key}` } });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
  });

  it.each([
    ["..%5C..%5Cetc%5Cpasswd", ""],
    ["..%2F..%2F..%2Fetc%2Fpasswd", ""],
    ["%2e%2e%2fmodel.glb", ""],
    ["%2Fetc%2Fpasswd", ""],
    ["constructor", ""],
    ["__proto__", ""],
    ["GLB", ""],
    ["fbx", ""],
    ["glb", "?version=..%2F..%2F1"],
    ["glb", "?version=99"],
  ])("cannot steer a download outside the asset's files: format %s%s", async (format, query) => {
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assets.stool}/download/${format}${query}`, { headers: { authorization: `Bearer ${alice.key}` } });
    expect([404, 422]).toContain(res.status);
    const body = await res.json();
    expect(body.error.code).toMatch(/not_found|validation_error/);
    recorded.push({ method: "GET", path: `/api/v1/assets/${assets.stool}/download/x`, status: res.status, body });
  });

  it("answers 404 for path tricks on the asset id", async () => {
    for (const id of ["..%2F..%2Fetc", "%2Ftmp", "00000000-0000-0000-0000-000000000000"]) {
      const res = await fetch(`${server.baseUrl}/api/v1/assets/${id}/download/glb`, { headers: { authorization: `Bearer ${alice.key}` } });
      expect(res.status, id).toBe(404);
    }
  });

  it("deletes an asset: 204, rows gone, folder gone; tasks keep their history", async () => {
    const { assetId } = await seedAsset({ userId: alice.id, name: "Doomed", scores: [0.5, 0.6] });
    expect(existsSync(assetDir({ assetId }))).toBe(true);
    const res = await fetch(`${server.baseUrl}/api/v1/assets/${assetId}`, { method: "DELETE", headers: { authorization: `Bearer ${alice.key}` } });
    expect(res.status).toBe(204);
    expect(existsSync(assetDir({ assetId }))).toBe(false);
    expect(await db.assetVersion.count({ where: { assetId } })).toBe(0);
    expect((await api(`/api/v1/assets/${assetId}`, { key: alice.key })).status).toBe(404);
    expect((await api(`/api/v1/assets/${assetId}`, { method: "DELETE", key: alice.key })).status).toBe(404);
  });

  it("validates refine requests and queues a refine task for version N+1", async () => {
    const path = `/api/v1/generate/${assets.chair}/refine`;
    expect((await api(path, { method: "POST", key: alice.key, body: { feedback: " " } })).status).toBe(422);
    expect((await api(path, { method: "POST", key: alice.key, body: { feedback: "x".repeat(301) } })).body.error.message).toMatch(/300/);
    expect((await api(path, { method: "POST", key: alice.key, body: { feedback: "use subprocess" } })).body.error.message).toMatch(/forbidden pattern: subprocess/);
    expect((await api(path, { method: "POST", key: alice.key, body: { feedback: "taller", output_formats: ["xyz"] } })).status).toBe(422);
    expect((await api(path, { method: "POST", key: alice.key, body: { feedback: "taller", version: 7 } })).status).toBe(404);
    const res = await api(path, { method: "POST", key: alice.key, body: { feedback: "make the legs black", preserve_aspects: ["seat color"], version: 1 } });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ type: "refine", status: "queued", asset_id: assets.chair, feedback: "make the legs black" });
    const row = await db.task.findUniqueOrThrow({ where: { id: res.body.task_id } });
    expect(row).toMatchObject({ baseVersion: 1, preserveAspects: ["seat color"] });
    expect(row.outputFormats.sort()).toEqual(["glb", "obj"]);
    expect(row.qualityLevel).toBe("standard"); // nothing records how a seeded version was made
  });

  it("refines at the quality the refined version was made at, unless the request names one", async () => {
    const path = `/api/v1/generate/${assets.chair}/refine`;
    const v1 = await db.assetVersion.findFirstOrThrow({ where: { assetId: assets.chair, number: 1 } });
    await db.task.create({ data: { userId: alice.id, prompt: "a chair", qualityLevel: "high", outputFormats: ["glb"], status: "completed", assetId: assets.chair, versionId: v1.id } });
    const kept = await api(path, { method: "POST", key: alice.key, body: { feedback: "make the seat blue", version: 1 } });
    expect(kept.status).toBe(202);
    expect(kept.body.quality_level).toBe("high");
    const named = await api(path, { method: "POST", key: alice.key, body: { feedback: "make the seat blue", version: 1, quality_level: "draft" } });
    expect(named.body.quality_level).toBe("draft");
    expect((await api(path, { method: "POST", key: alice.key, body: { feedback: "taller", quality_level: "ultra" } })).body.error.message).toMatch(/draft, standard, high/);
  });

  it("answers 404 to another user's key on every endpoint that takes an id", async () => {
    const task = (await api("/api/v1/generate", { method: "POST", key: alice.key, body: { prompt: "a tall lamp" } })).body;
    const key = (await db.apiKey.findFirstOrThrow({ where: { userId: alice.id } })).id;
    const a = assets.chair;
    const calls: [string, string, unknown?][] = [
      ["GET", `/api/v1/generate/${task.task_id}`],
      ["GET", `/api/v1/generate/${task.task_id}/events`],
      ["POST", `/api/v1/generate/${task.task_id}/cancel`],
      ["POST", `/api/v1/generate/${a}/refine`, { feedback: "make it blue" }],
      ["GET", `/api/v1/assets/${a}`],
      ["PATCH", `/api/v1/assets/${a}`, { name: "stolen" }],
      ["DELETE", `/api/v1/assets/${a}`],
      ["GET", `/api/v1/assets/${a}/versions`],
      ["GET", `/api/v1/assets/${a}/versions/1`],
      ["POST", `/api/v1/assets/${a}/versions/1/restore`],
      ["GET", `/api/v1/assets/${a}/download/glb`],
      ["GET", `/api/v1/assets/${a}/screenshot`],
      ["DELETE", `/api/v1/api-keys/${key}`],
    ];
    for (const [method, path, body] of calls) {
      const res = await api(path, { method, key: bob.key, body });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe("not_found");
    }
    expect((await api(`/api/v1/assets/${a}`, { key: alice.key })).body.name).toBe("Red Chair");
    expect((await api(`/api/v1/generate/${task.task_id}`, { key: alice.key })).body.status).toBe("queued");
    const bobsList = await api("/api/v1/tasks", { key: bob.key });
    expect(bobsList.body.items.some((t: { task_id: string }) => t.task_id === task.task_id)).toBe(false);
  });
});

describe("the contract", () => {
  it("every JSON answer of this file matches the served OpenAPI document", async () => {
    expect(recorded.length).toBeGreaterThan(50);
    expect(await contractFailures()).toEqual([]);
  });
});
