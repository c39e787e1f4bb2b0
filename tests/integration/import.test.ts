import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { validateBytes } from "gltf-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startApiFixture } from "../helpers/api-fixture";
import { FIXTURE_TRIANGLES, makeImportFixtures, type ImportFixtures } from "../helpers/import-fixtures";
import { readGlbJson } from "../helpers/modeler-expect";
import { filesUnder } from "../helpers/test-data-dir";
import { waitFor } from "../helpers/worker-process";

// Small limits so the hostile cases stay small files.
const { server, api, recorded, userWithKey, contractFailures } = await startApiFixture({
  prefix: "ll3m_import",
  env: { LL3M_IMPORT_MAX_MB: "2", LL3M_IMPORT_MAX_TRIANGLES: "5000", LL3M_IMPORT_MAX_ZIP_ENTRIES: "50", LL3M_IMPORT_MAX_UNPACKED_MB: "5" },
});
server.startWorker();

let fixtures: ImportFixtures;
let fixtureDir: string;
let key: string;
let auth: Record<string, string>;

beforeAll(async () => {
  fixtureDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-import-fixtures-"));
  fixtures = await makeImportFixtures(fixtureDir);
  key = (await userWithKey("importer")).key;
  auth = { authorization: `Bearer ${key}` };
  await waitFor(async () => ((await api("/api/v1/health")).status === 200 ? true : undefined), { timeoutMs: 60_000, what: "a healthy app (worker beating)" });
}, 180_000);

afterAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
  await db.$disconnect();
  await server.stop();
});

/** POST /assets/import with a multipart body; the JSON answer is recorded for the contract check. */
async function upload(bytes: Buffer, filename: string, fields: Record<string, string> = {}, headers = auth) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([new Uint8Array(bytes)]), filename);
  const res = await fetch(`${server.baseUrl}/api/v1/assets/import`, { method: "POST", headers, body: form });
  const body = await res.json();
  recorded.push({ method: "POST", path: "/api/v1/assets/import", status: res.status, body });
  return { status: res.status, body };
}

async function finished(taskId: string) {
  return waitFor(async () => {
    const t = await api(`/api/v1/generate/${taskId}`, { key });
    return ["completed", "failed", "canceled"].includes(t.body.status) ? t.body : undefined;
  }, { timeoutMs: 120_000, what: `task ${taskId} to finish` });
}

async function download(url: string) {
  const res = await fetch(`${server.baseUrl}${url}`, { headers: auth });
  expect(res.status, url).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

const near = (a: number[], b: number[], tol = 0.02) => a.every((v, i) => Math.abs(v - b[i]) < tol);
const hasColour = (glb: Buffer, rgb: number[]) => (readGlbJson(glb).materials ?? []).some((m) => near((m.pbrMetallicRoughness?.baseColorFactor ?? [1, 1, 1, 1]).slice(0, 3), rgb));
const RED = [0.8, 0.05, 0.05];
const GREEN = [0.05, 0.6, 0.1];

describe("importing each format", () => {
  const cases: { name: string; file: () => Promise<Buffer>; filename: string; format: string; materials: boolean }[] = [
    { name: "GLB", file: () => fixtures.file("scene.glb"), filename: "scene.glb", format: "glb", materials: true },
    { name: "glTF in a zip", file: async () => fixtures.gltfZip, filename: "scene-gltf.zip", format: "zip", materials: true },
    { name: "OBJ with its .mtl in a zip", file: async () => fixtures.objZip, filename: "scene-obj.zip", format: "zip", materials: true },
    { name: "OBJ alone", file: () => fixtures.file("obj/scene.obj"), filename: "scene.obj", format: "obj", materials: false },
    { name: "STL", file: () => fixtures.file("scene.stl"), filename: "scene.stl", format: "stl", materials: false },
    { name: "PLY", file: () => fixtures.file("scene.ply"), filename: "scene.ply", format: "ply", materials: false },
    { name: "FBX", file: () => fixtures.file("scene.fbx"), filename: "scene.fbx", format: "fbx", materials: true },
    { name: ".blend", file: () => fixtures.file("scene.blend"), filename: "scene.blend", format: "blend", materials: true },
  ];

  for (const c of cases) {
    it(`${c.name}: version 1 with every format, a valid GLB with the same triangles and materials, the original kept`, async () => {
      const bytes = await c.file();
      const queued = await upload(bytes, c.filename, { tags: "Imported,test" });
      expect(queued.status, JSON.stringify(queued.body)).toBe(202);
      expect(queued.body).toMatchObject({ type: "import", status: "queued", tags: ["imported", "test"], import_file: { filename: c.filename, format: c.format, bytes: bytes.length, normalize: false } });
      const task = await finished(queued.body.task_id);
      expect(task.status, task.error_message).toBe("completed");
      const asset = task.asset;
      expect(asset.name).toBe(c.filename.replace(/\.[^.]+$/, ""));
      expect(Object.keys(asset.files).sort()).toEqual(["blend", "fbx", "glb", "gltf", "obj", "original", "stl"]);
      const version = (await api(`/api/v1/assets/${asset.id}/versions/1`, { key })).body;
      expect(version.source).toBe("import");
      expect(version.stats.triangles).toBe(FIXTURE_TRIANGLES);
      expect(version.code).toContain("import_original()");
      expect(version.screenshot_url).not.toBeNull();

      const glb = await download(asset.files.glb.url);
      const report = await validateBytes(new Uint8Array(glb));
      expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 3))).toBe(0);
      if (c.materials) {
        expect(hasColour(glb, RED), JSON.stringify(readGlbJson(glb).materials)).toBe(true);
        expect(hasColour(glb, GREEN)).toBe(true);
      }
      // The original comes back byte for byte, named after the asset.
      expect((await download(asset.files.original.url)).equals(bytes)).toBe(true);
      // The upload itself is gone once the task ended; the version holds its copy.
      expect(await filesUnder(path.join(server.dataDir, "uploads", queued.body.task_id))).toEqual([]);
    });
  }

  it("normalises when asked: base centre at the origin, ground at z = 0, a millimetre STL in metres", async () => {
    const glb = await finished((await upload(await fixtures.file("scene.glb"), "scene.glb", { normalize: "true", name: "Normalised" })).body.task_id);
    const stats = (await api(`/api/v1/assets/${glb.asset.id}/versions/1`, { key })).body.stats;
    expect(near(stats.bbox.min, [-1, -1, 0], 1e-3) && near(stats.bbox.max, [1, 1, 3], 1e-3), JSON.stringify(stats.bbox)).toBe(true);
    // Without normalize the scene stays where the file put it.
    const raw = await finished((await upload(await fixtures.file("scene.glb"), "scene.glb")).body.task_id);
    expect((await api(`/api/v1/assets/${raw.asset.id}/versions/1`, { key })).body.stats.bbox.min).toEqual([2, -3, 0.5]);

    const mm = await finished((await upload(await fixtures.file("scene-mm.stl"), "part.stl", { normalize: "true" })).body.task_id);
    const mmStats = (await api(`/api/v1/assets/${mm.asset.id}/versions/1`, { key })).body.stats;
    expect(near(mmStats.bbox.size, [2, 2, 3], 1e-3), JSON.stringify(mmStats.bbox)).toBe(true);
  });
});

describe("the import API", () => {
  it("every answer matches the OpenAPI document", async () => {
    expect(await contractFailures()).toEqual([]);
  });
});
