import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startApiFixture } from "../helpers/api-fixture";
import { makeImportFixtures, type ImportFixtures } from "../helpers/import-fixtures";
import { filesUnder } from "../helpers/test-data-dir";
import { waitFor } from "../helpers/worker-process";

const { server, api, recorded, userWithKey, contractFailures } = await startApiFixture({
  prefix: "ll3m_import_hostile",
  env: { LL3M_IMPORT_MAX_MB: "2", LL3M_IMPORT_MAX_TRIANGLES: "5000", LL3M_IMPORT_MAX_ZIP_ENTRIES: "50", LL3M_IMPORT_MAX_UNPACKED_MB: "5" },
});
server.startWorker();

let fixtures: ImportFixtures;
let fixtureDir: string;
let key: string;
let auth: Record<string, string>;

beforeAll(async () => {
  fixtureDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-import-hostile-"));
  fixtures = await makeImportFixtures(fixtureDir);
  key = (await userWithKey("hostile")).key;
  auth = { authorization: `Bearer ${key}` };
  await waitFor(async () => ((await api("/api/v1/health")).status === 200 ? true : undefined), { timeoutMs: 60_000, what: "a healthy app (worker beating)" });
}, 180_000);

afterAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
  await db.$disconnect();
  await server.stop();
});

async function upload(bytes: Buffer | null, filename = "model.glb", fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  if (bytes) form.set("file", new Blob([new Uint8Array(bytes)]), filename);
  const res = await fetch(`${server.baseUrl}/api/v1/assets/import`, { method: "POST", headers: auth, body: form });
  const body = await res.json();
  recorded.push({ method: "POST", path: "/api/v1/assets/import", status: res.status, body });
  return { status: res.status, body };
}

/** What an import could leave behind: stored files (uploads, versions, scratch), assets, versions, tasks. */
async function leftovers() {
  const files = (await Promise.all(["uploads", "assets", "tmp"].map((d) => filesUnder(path.join(server.dataDir, d))))).flat();
  return { files, assets: await db.asset.count(), versions: await db.assetVersion.count(), tasks: await db.task.count({ where: { status: { in: ["queued", "running", "completed"] } } }) };
}
const NOTHING = { files: [], assets: 0, versions: 0, tasks: 0 };

/** A zip with its entryIndex-th central directory record changed by `patch`. */
function patchZip(zip: Buffer, entryIndex: number, patch: (zip: Buffer, central: number) => void) {
  let at = -1;
  for (let i = 0; i <= entryIndex; i++) at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 1);
  patch(zip, at);
  return zip;
}

describe("refused at once, before anything is queued", () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2000, 7)]);
  const glbMagic = (n: number) => {
    const b = Buffer.alloc(n, 1);
    b.write("glTF", 0);
    b.writeUInt32LE(2, 4);
    b.writeUInt32LE(n, 8);
    return b;
  };
  const cases: { name: string; make: () => Promise<Buffer | null>; filename?: string; status: number; message: RegExp }[] = [
    { name: "a PNG named .glb", make: async () => png, filename: "chair.glb", status: 415, message: /This file is a PNG image, not a GLB; upload a GLB/ },
    { name: "a file over the size limit", make: async () => glbMagic(3 * 1024 * 1024), status: 413, message: /larger than 2 MB \(LL3M_IMPORT_MAX_MB\)/ },
    { name: "a cut-off GLB", make: async () => (await fixtures.file("scene.glb")).subarray(0, 5000), status: 422, message: /The GLB is cut off: its header says \d+ bytes, the file has 5000/ },
    { name: "a zip entry leaving the folder", make: async () => Buffer.from(zipSync({ "../../evil.obj": new Uint8Array(10) })), filename: "m.zip", status: 422, message: /"\.\.\/\.\.\/evil\.obj" points outside the archive's folder/ },
    { name: "a zip bomb", make: async () => Buffer.from(zipSync({ "a.obj": new Uint8Array(8 * 1024 * 1024) }, { level: 9 })), filename: "m.zip", status: 422, message: /would unpack to 8 MB; at most 5 MB/ },
    {
      name: "a zip with a symbolic link",
      make: async () =>
        // Made on Unix (host 3) with mode lrwxrwxrwx, as `zip --symlinks` writes a link.
        patchZip(Buffer.from(zipSync({ "scene.obj": new Uint8Array(10), "scene.mtl": new Uint8Array(11) })), 1, (zip, c) => {
          zip.writeUInt16LE((3 << 8) | 20, c + 4);
          zip.writeUInt32LE((0o120777 << 16) >>> 0, c + 38);
        }),
      filename: "m.zip",
      status: 422,
      message: /"scene\.mtl" is a symbolic link/,
    },
    { name: "a zip of too many entries", make: async () => Buffer.from(zipSync(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`t/${i}.png`, new Uint8Array(1)])))), filename: "m.zip", status: 422, message: /has 60 entries; at most 50/ },
    { name: "a zip without a model", make: async () => Buffer.from(zipSync({ "readme.txt": new Uint8Array(3) })), filename: "m.zip", status: 415, message: /holds no \.gltf or \.obj/ },
    { name: "no file part", make: async () => null, status: 422, message: /no part named 'file'/ },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.status}, nothing stored or queued`, async () => {
      const res = await upload(await c.make(), c.filename);
      expect(res.status, JSON.stringify(res.body)).toBe(c.status);
      expect(res.body.error.message).toMatch(c.message);
      expect(await leftovers()).toEqual(NOTHING);
    });
  }
});

describe("failing in the worker with their own reasons, leaving nothing", () => {
  const fail = async (bytes: Buffer, filename: string) => {
    const queued = await upload(bytes, filename);
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    return waitFor(async () => {
      const t = await api(`/api/v1/generate/${queued.body.task_id}`, { key });
      return ["completed", "failed", "canceled"].includes(t.body.status) ? t.body : undefined;
    }, { timeoutMs: 120_000, what: "the import to end" });
  };
  /** A GLB whose header length matches but whose binary chunk is cut: only the importer can tell. */
  const damagedGlb = async () => {
    const cut = Buffer.from((await fixtures.file("scene.glb")).subarray(0, 4000));
    cut.writeUInt32LE(cut.length, 8);
    return cut;
  };
  /** A zip whose directory says its OBJ is 100 bytes while it inflates to far more. */
  const lyingZip = async () => {
    const zip = Buffer.from(zipSync({ "scene.obj": new Uint8Array(await fixtures.file("obj/scene.obj")) }));
    const local = zip.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    zip.writeUInt32LE(100, local + 22);
    return patchZip(zip, 0, (z, c) => z.writeUInt32LE(100, c + 24));
  };
  const cases: { name: string; make: () => Promise<Buffer>; filename: string; code: string; message: RegExp }[] = [
    { name: "a damaged GLB", make: damagedGlb, filename: "broken.glb", code: "import_failed", message: /Blender's glTF importer could not read the file: Bad GLB/ },
    { name: "a .blend with an auto-run script", make: () => fixtures.file("scripted.blend"), filename: "scripted.blend", code: "import_has_scripts", message: /Python scripts set to run when it opens \(autorun\.py\); LL3M never runs/ },
    { name: "a model over the triangle limit", make: () => fixtures.file("dense.glb"), filename: "dense.glb", code: "import_too_many_triangles", message: /has 16\d{3} triangles; at most 5000 are accepted/ },
    { name: "a zip whose entry inflates past its declared size", make: lyingZip, filename: "liar.zip", code: "import_unsafe_zip", message: /"scene\.obj" unpacks to more than its header says/ },
  ];
  for (const c of cases) {
    it(`${c.name}: failed with ${c.code}, no asset, version or file`, async () => {
      const task = await fail(await c.make(), c.filename);
      expect(task).toMatchObject({ status: "failed", error_code: c.code, asset: null });
      expect(task.error_message).toMatch(c.message);
      expect(await leftovers()).toEqual(NOTHING);
    });
  }

  it("a canceled import removes its upload at once", async () => {
    const queued = await upload(await fixtures.file("scene.glb"), "scene.glb");
    const canceled = await api(`/api/v1/generate/${queued.body.task_id}/cancel`, { method: "POST", key });
    expect(canceled.body.status).toBe("canceled");
    await waitFor(async () => ((await leftovers()).files.length === 0 ? true : undefined), { what: "the canceled import's files to go" });
    expect(await leftovers()).toEqual(NOTHING);
  });

  it("another user cannot see an import task", async () => {
    const queued = await upload(await fixtures.file("scene.stl"), "scene.stl");
    const other = await userWithKey("someone-else");
    expect((await api(`/api/v1/generate/${queued.body.task_id}`, { key: other.key })).status).toBe(404);
    await waitFor(async () => {
      const t = await api(`/api/v1/generate/${queued.body.task_id}`, { key });
      return t.body.status === "completed" ? t.body : undefined;
    }, { timeoutMs: 120_000, what: "the import to complete" });
  });

  it("every answer matches the OpenAPI document", async () => {
    expect(await contractFailures()).toEqual([]);
  });
});
