import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { versionDir, versionFile } from "@/lib/storage/paths";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { enqueueRefineTask } from "@/lib/tasks/enqueue-refine-task";
import { generateSchema } from "@/lib/validations/generate";
import { colorRgb } from "@/lib/modeler/vocabulary/colors";
import { glbParts, readGlbJson, type GlbPart } from "../helpers/modeler-expect";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_mrefine");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
});

type Parts = Map<string, GlbPart>;
interface Built {
  number: number;
  parts: Parts;
  /** The version's row and the bytes of its files, to prove a later refinement left them alone. */
  snapshot: string;
}

async function finished(taskId: string) {
  return waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { timeoutMs: 100_000, what: `task ${taskId}` });
}

async function snapshot(assetId: string, versionId: string): Promise<string> {
  const row = await db.assetVersion.findUniqueOrThrow({ where: { id: versionId } });
  const dir = versionDir({ assetId, versionId });
  const files = await Promise.all((await readdir(dir)).sort().map(async (f) => `${f}:${createHash("sha256").update(await readFile(path.join(dir, f))).digest("hex")}`));
  return JSON.stringify({ plan: row.plan, code: row.code, files: row.files, score: row.qualityScore, preview: row.previewFile, disk: files });
}

async function built(assetId: string, versionId: string): Promise<Built> {
  const v = await db.assetVersion.findUniqueOrThrow({ where: { id: versionId } });
  const glb = await readFile(versionFile({ assetId, versionId, file: (v.files as VersionFiles).glb!.file }));
  return { number: v.number, parts: glbParts(readGlbJson(glb)), snapshot: await snapshot(assetId, versionId) };
}

const close = (a: number[], b: number[], tol = 2e-3) => a.every((v, i) => Math.abs(v - b[i]) <= tol * Math.max(1, Math.abs(b[i])));
const isLeg = (n: string) => /^leg_\d+$/.test(n);
/** Parts of `after` other than `changed` look exactly as in `before`: same colour, metal, size and place. */
function unchangedExcept(before: Parts, after: Parts, changed: (name: string) => boolean) {
  for (const [name, p] of before) {
    if (changed(name) || !after.has(name)) continue;
    const q = after.get(name)!;
    expect(q.color, `${name} colour`).toEqual(p.color);
    expect(q.metallic, `${name} metallic`).toEqual(p.metallic);
    expect(close(q.size, p.size), `${name} size ${q.size.join()} vs ${p.size.join()}`).toBe(true);
    expect(close(q.at, p.at), `${name} place`).toBe(true);
  }
}
const scaled = (before: Parts, after: Parts, f: number[]) => {
  for (const [name, p] of before) expect(close(after.get(name)!.size, p.size.map((v, i) => v * f[i])), `${name} scaled by ${f.join()}`).toBe(true);
};
const sameColours = (before: Parts, after: Parts) => {
  for (const [name, p] of before) expect(after.get(name)?.color, name).toEqual(p.color);
};

/** Each step refines the previous version; `check` compares version N (before) with N+1 (after). */
const steps: Array<{ feedback: string; preserve?: string[]; check: (before: Parts, after: Parts) => void }> = [
  { feedback: "make the seat blue", check: (b, a) => {
    expect(close(a.get("seat")!.color!, colorRgb("blue"))).toBe(true);
    unchangedExcept(b, a, (n) => n === "seat");
  } },
  { feedback: "make the legs metal", check: (b, a) => {
    for (const [n, p] of a) if (isLeg(n)) expect(p.metallic).toBe(1);
    unchangedExcept(b, a, isLeg);
  } },
  { feedback: "make it bigger", check: (b, a) => { scaled(b, a, [1.25, 1.25, 1.25]); sameColours(b, a); } },
  { feedback: "make it smaller", check: (b, a) => { scaled(b, a, [0.8, 0.8, 0.8]); sameColours(b, a); } },
  { feedback: "make it taller", check: (b, a) => { scaled(b, a, [1, 1, 1.25]); sameColours(b, a); } },
  { feedback: "make it wider", check: (b, a) => { scaled(b, a, [1.25, 1.25, 1]); sameColours(b, a); } },
  { feedback: "make the legs thinner", check: (b, a) => {
    for (const [n, p] of b) if (isLeg(n)) expect(close(a.get(n)!.size, [p.size[0] * 0.75, p.size[1] * 0.75, p.size[2]])).toBe(true);
    unchangedExcept(b, a, isLeg);
  } },
  { feedback: "add two more legs", check: (b, a) => {
    expect([...a.keys()].filter(isLeg)).toHaveLength([...b.keys()].filter(isLeg).length + 2);
    unchangedExcept(b, a, isLeg);
  } },
  { feedback: "fewer legs", check: (b, a) => {
    expect([...a.keys()].filter(isLeg)).toHaveLength([...b.keys()].filter(isLeg).length - 1);
    unchangedExcept(b, a, isLeg);
  } },
  { feedback: "add armrests", check: (b, a) => {
    expect([...a.keys()].filter((n) => n.startsWith("armrest_"))).toHaveLength(2);
    unchangedExcept(b, a, () => false);
  } },
  { feedback: "remove the backrest", check: (b, a) => {
    expect(b.has("backrest") && !a.has("backrest")).toBe(true);
    unchangedExcept(b, a, () => false);
  } },
  { feedback: "make it green", preserve: ["seat"], check: (b, a) => {
    expect(a.get("seat")!.color).toEqual(b.get("seat")!.color);
    expect(close(a.get("armrest_1")!.color!, colorRgb("green"))).toBe(true);
  } },
];

describe("refinement through the real worker and Blender", () => {
  let worker: WorkerHandle;
  let user: Awaited<ReturnType<typeof createUser>>;
  let asset: { id: string; prompt: string; tags: string[] };
  const versions: Built[] = [];

  beforeAll(async () => {
    user = await createUser("refine");
    worker = startWorker({ LL3M_WORKER_CONCURRENCY: "2" });
    const input = generateSchema.parse({ prompt: "a chair", quality_level: "draft", output_formats: ["glb"] });
    const task = await finished((await enqueueGenerateTask({ userId: user.id, input })).id);
    expect(task.status).toBe("completed");
    asset = await db.asset.findUniqueOrThrow({ where: { id: task.assetId! } });
    versions.push(await built(asset.id, task.versionId!));
  });
  afterAll(async () => {
    expect(await worker.stop()).toBe(0);
  });

  it.each(steps.map((s) => [s.feedback, s] as const))("'%s' makes version N+1 and leaves version N alone", async (_, step) => {
    const before = versions.at(-1)!;
    const task = await finished((await enqueueRefineTask({ userId: user.id, asset, feedback: step.feedback, preserveAspects: step.preserve ?? [], qualityLevel: "draft", outputFormats: ["glb"] })).id);
    expect(task.errorMessage).toBeNull();
    const after = await built(asset.id, task.versionId!);
    expect(after.number).toBe(before.number + 1);
    step.check(before.parts, after.parts);
    const previous = await db.assetVersion.findUniqueOrThrow({ where: { assetId_number: { assetId: asset.id, number: before.number } } });
    expect(await snapshot(asset.id, previous.id)).toBe(before.snapshot);
    versions.push(after);
  });

  it("fails feedback it does not understand with feedback_not_understood, naming the words, and makes no version", async () => {
    const count = await db.assetVersion.count({ where: { assetId: asset.id } });
    const task = await finished((await enqueueRefineTask({ userId: user.id, asset, feedback: "make it more whimsical and snazzy", preserveAspects: [], qualityLevel: "draft", outputFormats: ["glb"] })).id);
    expect(task.status).toBe("failed");
    expect(task.errorCode).toBe("feedback_not_understood");
    expect(task.errorMessage).toMatch(/"whimsical", "snazzy"/);
    expect(task.attempts).toBe(1);
    expect(await db.assetVersion.count({ where: { assetId: asset.id } })).toBe(count);
  });
});
