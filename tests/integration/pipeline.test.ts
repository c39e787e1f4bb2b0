import { chmod, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { validateBytes } from "gltf-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { enqueueRefineTask } from "@/lib/tasks/enqueue-refine-task";
import { versionFile } from "@/lib/storage/paths";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { generateSchema } from "@/lib/validations/generate";
import { seenBaseColor, splitGlb } from "../helpers/gltf-textures";
import { decodePng, pixelStdDev } from "../helpers/png";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_pipe");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
});

async function finished(taskId: string) {
  return waitFor(
    async () => {
      const t = await db.task.findUniqueOrThrow({ where: { id: taskId } });
      return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
    },
    { timeoutMs: 90_000, what: `task ${taskId} to finish` },
  );
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe("a prompt through the real worker, Postgres and Blender", () => {
  let worker: WorkerHandle;
  let user: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    user = await createUser("pipeline");
    worker = startWorker();
  });
  afterAll(async () => {
    expect(await worker.stop()).toBe(0);
  });

  it("turns 'a red wooden chair' into a completed asset with a valid GLB and a real preview", async () => {
    const input = generateSchema.parse({ prompt: "a red wooden chair with a bow tie", output_formats: ["glb", "obj", "stl", "blend"] });
    const task = await finished((await enqueueGenerateTask({ userId: user.id, input })).id);
    expect(task.errorMessage).toBeNull();
    expect(task.status).toBe("completed");
    expect(task.progress).toBe(100);
    expect((task.stageLog as { name: string }[]).map((s) => s.name)).toEqual(expect.arrayContaining(["planning", "coding", "modeling", "saving"]));
    // The task says what it built and what it left out; so does the version, and the score counts the left-out words.
    expect(task.interpretation).toMatchObject({ subject: "chair", unmodelled_terms: expect.arrayContaining(["bow tie"]) });

    const asset = await db.asset.findUniqueOrThrow({ where: { id: task.assetId! }, include: { currentVersion: true } });
    expect(asset.userId).toBe(user.id);
    const version = asset.currentVersion!;
    expect(version.number).toBe(1);
    expect((version.plan as { subject: string }).subject).toBe("chair");
    expect(version.code).toContain("bpy");
    expect(version.qualityScore).toBeGreaterThan(0);
    expect(version.qualityScore).toBeLessThan(10);
    expect((version.plan as { interpretation: unknown }).interpretation).toEqual(task.interpretation);
    const files = version.files as VersionFiles;
    expect(Object.keys(files).sort()).toEqual(["blend", "glb", "obj", "stl"]);

    const glb = await readFile(versionFile({ assetId: asset.id, versionId: version.id, file: files.glb!.file }));
    const report = await validateBytes(new Uint8Array(glb));
    expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 3))).toBe(0);
    // What a viewer shows of each material on average: its factor times its (standard quality) colour map.
    const split = splitGlb(glb);
    const colors = (split.json.materials ?? []).map((_, k) => seenBaseColor(split, k));
    expect(colors.some(([r, g, b]: number[]) => r > 0.3 && r > 2 * g && r > 2 * b), `a red material among ${JSON.stringify(colors)}`).toBe(true);

    const png = decodePng(await readFile(versionFile({ assetId: asset.id, versionId: version.id, file: version.previewFile! })));
    expect(png.width).toBeGreaterThanOrEqual(256);
    expect(pixelStdDev(png)).toBeGreaterThan(5);
    expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);

    // Feedback makes version 2; version 1 keeps its row and files.
    const v1Files = await filesUnder(path.join(dataDir(), "assets", asset.id, version.id));
    const refine = await enqueueRefineTask({ userId: user.id, asset, feedback: "make the legs black and add gold wings", preserveAspects: [], qualityLevel: "standard", outputFormats: ["glb"] });
    const refined = await finished(refine.id);
    expect(refined.errorMessage).toBeNull();
    expect(refined.interpretation).toMatchObject({ subject: "chair", applied_terms: expect.arrayContaining(["black", "legs"]), unapplied_terms: expect.arrayContaining(["wings"]) });
    const after = await db.asset.findUniqueOrThrow({ where: { id: asset.id }, include: { currentVersion: true, versions: true } });
    expect(after.versions.map((v) => v.number).sort()).toEqual([1, 2]);
    expect(after.currentVersion!.number).toBe(2);
    expect(after.currentVersion!.feedback).toBe("make the legs black and add gold wings");
    const legs = (after.currentVersion!.plan as { parts: { group: string | null; material: { color_name: string | null } }[] }).parts.filter((p) => p.group === "legs");
    expect(legs.length).toBeGreaterThan(0);
    expect(legs.every((p) => p.material.color_name === "black")).toBe(true);
    const v1 = after.versions.find((v) => v.number === 1)!;
    expect(v1.code).toBe(version.code);
    expect(await filesUnder(path.join(dataDir(), "assets", asset.id, version.id))).toEqual(v1Files);
  });

  it("fails a prompt the built-in modeler does not know with a message that says what it did not understand", async () => {
    const input = generateSchema.parse({ prompt: "a quantum flux capacitor" });
    const task = await finished((await enqueueGenerateTask({ userId: user.id, input })).id);
    expect(task.status).toBe("failed");
    expect(task.errorCode).toBe("prompt_not_understood");
    expect(task.errorMessage).toMatch(/quantum|flux|capacitor/);
    expect(task.errorMessage).toMatch(/LLM provider/);
    expect(task.attempts).toBe(1);
    expect(task.assetId).toBeNull();
    expect(task.interpretation).toMatchObject({ subject: null, modelled_terms: [], unmodelled_terms: expect.arrayContaining(["quantum"]) });
  });
});

describe("a Blender failure", () => {
  it("leaves the task failed with the reason, and no version row or file", async () => {
    // A Blender that starts (answers --version) but dies on every run, as a crash would.
    const dir = await mkdtemp(path.join(os.tmpdir(), "ll3m-fake-blender-"));
    const fake = path.join(dir, "blender");
    await writeFile(fake, `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Blender 3.4.1"; exit 0; fi\necho "Segmentation fault" >&2\nexit 139\n`);
    await chmod(fake, 0o755);
    const user = await createUser("crash");
    const input = generateSchema.parse({ prompt: "a blue mug" });
    const queued = await enqueueGenerateTask({ userId: user.id, input });
    await db.task.update({ where: { id: queued.id }, data: { maxAttempts: 2 } });
    const worker = startWorker({ BLENDER_PATH: fake });
    try {
      const task = await finished(queued.id);
      expect(task.status).toBe("failed");
      expect(task.attempts).toBe(2);
      expect(task.errorCode).toMatch(/blender/);
      expect(task.errorMessage).toMatch(/Blender/);
      expect(task.versionId).toBeNull();
      expect(await db.asset.count({ where: { userId: user.id } })).toBe(0);
      expect(await filesUnder(path.join(dataDir(), "tmp"))).toEqual([]);
    } finally {
      expect(await worker.stop()).toBe(0);
    }
  });
});
