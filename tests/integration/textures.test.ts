import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { validateBytes } from "gltf-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";
import { versionFile } from "@/lib/storage/paths";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { enqueueRefineTask } from "@/lib/tasks/enqueue-refine-task";
import { generateSchema } from "@/lib/validations/generate";
import { runBlender } from "@/worker/blender/run-blender";
import { linearMean, splitGlb, textureBytes, type GltfTextured } from "../helpers/gltf-textures";
import { decodePng, pixelStdDev } from "../helpers/png";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_textures");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
});

const ALL_FORMATS = ["glb", "gltf", "obj", "fbx", "blend"];
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

async function finished(taskId: string) {
  return waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { timeoutMs: 110_000, what: `task ${taskId}` });
}

interface Version {
  assetId: string;
  files: VersionFiles;
  read: (file: string) => Promise<Buffer>;
  glb: { json: GltfTextured; bin: Buffer };
  glbBytes: Buffer;
}

async function version(taskId: string): Promise<Version> {
  const task = await finished(taskId);
  expect(task.errorMessage).toBeNull();
  const row = await db.assetVersion.findUniqueOrThrow({ where: { id: task.versionId! } });
  const read = (file: string) => readFile(versionFile({ assetId: task.assetId!, versionId: row.id, file }));
  const files = row.files as VersionFiles;
  const glbBytes = await read(files.glb!.file);
  return { assetId: task.assetId!, files, read, glb: splitGlb(glbBytes), glbBytes };
}

const material = (v: Version, name: RegExp) => {
  const k = (v.glb.json.materials ?? []).findIndex((m) => name.test(m.name ?? ""));
  expect(k, `a material named ${name} among ${JSON.stringify(v.glb.json.materials?.map((m) => m.name))}`).toBeGreaterThanOrEqual(0);
  return v.glb.json.materials![k];
};
const baseTexture = (v: Version, name: RegExp) => {
  const index = material(v, name).pbrMetallicRoughness?.baseColorTexture?.index;
  expect(index, `${name} has a base colour texture`).toBeDefined();
  return textureBytes(v.glb, index!);
};
/** Offsets of every embedded PNG in a binary file (FBX Content blocks, packed .blend images). */
const pngsIn = (bytes: Buffer) => {
  const found: number[] = [];
  for (let at = bytes.indexOf(PNG_MAGIC); at >= 0; at = bytes.indexOf(PNG_MAGIC, at + 1)) found.push(at);
  return found;
};

describe("textured PBR materials through the real worker and Blender", () => {
  let worker: WorkerHandle;
  let user: Awaited<ReturnType<typeof createUser>>;
  const tasks: Record<string, string> = {};
  const enqueue = async (prompt: string, quality: string, formats = ["glb"]) =>
    (await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt, quality_level: quality, output_formats: formats }) })).id;

  beforeAll(async () => {
    user = await createUser("textures");
    tasks.chair = await enqueue("a red wooden chair", "standard", ALL_FORMATS);
    tasks.draft = await enqueue("a red wooden chair", "draft");
    tasks.table = await enqueue("a wooden table with a glass top", "standard");
    tasks.metal = await enqueue("a chair with metal legs", "high");
    worker = startWorker({ LL3M_WORKER_CONCURRENCY: "2" });
  });
  afterAll(async () => {
    expect(await worker.stop()).toBe(0);
  });

  it("gives a red wooden chair at standard a varied 512 px wood texture that averages to the red asked for", async () => {
    const v = await version(tasks.chair);
    const png = decodePng(baseTexture(v, /red_wood/));
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(pixelStdDev(png), "the texture is not one flat colour").toBeGreaterThan(3);
    const mean = linearMean(png);
    colorRgb("red").forEach((want, i) => expect(Math.abs(mean[i] - want), `channel ${i} of ${mean.join()}`).toBeLessThan(0.01));
    const wood = material(v, /red_wood/).pbrMetallicRoughness!;
    expect(wood.metallicRoughnessTexture, "a roughness map").toBeDefined();
    expect(wood.roughnessFactor).toBeCloseTo(0.6, 3);
    expect(wood.metallicFactor ?? 1).toBe(0);
    expect(v.glbBytes.length, "a typical GLB stays under 2 MB").toBeLessThan(2 * 1024 * 1024);
  });

  it("passes the Khronos validator with no errors and no texture or image warnings, GLB and glTF alike", async () => {
    const v = await version(tasks.chair);
    const gltf = await v.read(v.files.gltf!.file);
    const embedded = (JSON.parse(gltf.toString("utf8")) as GltfTextured).images ?? [];
    expect(embedded.length, "the .gltf carries its images").toBeGreaterThanOrEqual(2);
    // Inside the file: a buffer view of its base64 buffer, never a separate image file.
    expect(embedded.every((i) => i.bufferView !== undefined || i.uri?.startsWith("data:"))).toBe(true);
    for (const bytes of [v.glbBytes, gltf]) {
      const report = await validateBytes(new Uint8Array(bytes));
      expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 3))).toBe(0);
      const textureWarnings = report.issues.messages.filter((m) => m.severity <= 1 && /TEXTURE|IMAGE|SAMPLER/i.test(`${m.code} ${m.pointer ?? ""}`));
      expect(textureWarnings).toEqual([]);
    }
  });

  it("zips the OBJ with its .mtl and the texture files the .mtl names", async () => {
    const v = await version(tasks.chair);
    expect(v.files.obj!.file).toMatch(/\.zip$/);
    const zip = unzipSync(new Uint8Array(await v.read(v.files.obj!.file)));
    const mtl = Buffer.from(zip["model.mtl"]).toString("utf8");
    const maps = [...mtl.matchAll(/^map_Kd (\S+)$/gm)].map((m) => m[1]);
    expect(maps.length, mtl).toBeGreaterThan(0);
    for (const name of maps) {
      expect(zip[name], `${name} is in the zip`).toBeDefined();
      expect(pixelStdDev(decodePng(Buffer.from(zip[name])))).toBeGreaterThan(3);
    }
  });

  it("embeds the textures in the FBX and packs them into the .blend", async () => {
    const v = await version(tasks.chair);
    const fbx = await v.read(v.files.fbx!.file);
    expect(fbx.includes(Buffer.from("Content")), "the FBX has embedded media").toBe(true);
    // FBX has a slot for the colour map (its roughness map reaches the shader through a channel split FBX cannot say).
    const embedded = pngsIn(fbx);
    expect(embedded.length).toBeGreaterThanOrEqual(1);
    expect(pixelStdDev(decodePng(fbx.subarray(embedded[0])))).toBeGreaterThan(3);
    expect(pngsIn(await v.read(v.files.blend!.file)).length).toBeGreaterThanOrEqual(2);
  });

  it("keeps draft untextured: flat colours, no images", async () => {
    const v = await version(tasks.draft);
    expect(v.glb.json.images ?? []).toEqual([]);
    expect(material(v, /red_wood/).pbrMetallicRoughness?.baseColorFactor?.slice(0, 3)).toEqual(colorRgb("red").map((c) => expect.closeTo(c, 3)));
  });

  it("keeps glass see-through and untextured beside textured wood", async () => {
    const v = await version(tasks.table);
    const glass = material(v, /glass/);
    expect(glass.extensions?.KHR_materials_transmission?.transmissionFactor).toBe(1);
    expect(glass.pbrMetallicRoughness?.baseColorTexture).toBeUndefined();
    expect(pixelStdDev(decodePng(baseTexture(v, /wood/)))).toBeGreaterThan(3);
  });

  it("keeps metal fully metallic with its own roughness, and adds 1024 px normal maps at high", async () => {
    const v = await version(tasks.metal);
    const metal = material(v, /^metal$/);
    expect(metal.pbrMetallicRoughness?.metallicFactor ?? 1).toBe(1);
    expect(metal.pbrMetallicRoughness?.roughnessFactor).toBeCloseTo(0.35, 3);
    expect(metal.pbrMetallicRoughness?.metallicRoughnessTexture).toBeDefined();
    const normal = decodePng(textureBytes(v.glb, metal.normalTexture!.index));
    expect([normal.width, normal.height]).toEqual([1024, 1024]);
    expect(pixelStdDev(normal)).toBeGreaterThan(1);
  });

  it("changes the wood's texture when refined with 'make it oak'", async () => {
    const before = await version(tasks.chair);
    const asset = await db.asset.findUniqueOrThrow({ where: { id: before.assetId } });
    const task = await enqueueRefineTask({ userId: user.id, asset, feedback: "make it oak", preserveAspects: [], qualityLevel: "standard", outputFormats: ["glb"] });
    const after = await version(task.id);
    const oak = baseTexture(after, /oak/);
    const hash = (b: Buffer) => createHash("sha256").update(b).digest("hex");
    expect(hash(oak)).not.toBe(hash(baseTexture(before, /red_wood/)));
    const png = decodePng(oak);
    expect(pixelStdDev(png)).toBeGreaterThan(3);
    colorRgb("tan").forEach((want, i) => expect(Math.abs(linearMean(png)[i] - want)).toBeLessThan(0.01));
  });
});

describe("the material library from code an LLM wrote, sandboxed", () => {
  // What the coder is told to write: a bpy.ops primitive, a library material, the library's UVs.
  const code = [
    "import bpy",
    "from ll3m_materials import apply_uvs, pbr_material",
    "bpy.ops.mesh.primitive_cube_add(size=1.0, location=(0, 0, 0.5))",
    "box = bpy.context.active_object",
    'box.name = "Crate"',
    'box.data.materials.append(pbr_material("Crate_Wood", "pine", (0.6, 0.45, 0.25)))',
    "apply_uvs(box)",
  ].join("\n");

  it.each([["standard", 1], ["draft", 0]] as const)("passes the lint and textures the part at the task's quality (%s)", async (quality, images) => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-tex-llm-"));
    try {
      const result = await runBlender({ code, formats: ["glb"], outDir, untrusted: true, quality });
      expect(result.error).toBeUndefined();
      const glb = splitGlb(await readFile(path.join(outDir, "model.glb")));
      const colours = (glb.json.materials ?? []).filter((m) => m.pbrMetallicRoughness?.baseColorTexture);
      expect(colours.length).toBe(images);
      if (images) expect(pixelStdDev(decodePng(textureBytes(glb, colours[0].pbrMetallicRoughness!.baseColorTexture!.index)))).toBeGreaterThan(3);
      expect(result.timings.texture_ms ?? -1).toBeGreaterThanOrEqual(0);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
