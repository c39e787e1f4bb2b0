import { readFile } from "node:fs/promises";
import { validateBytes } from "gltf-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { versionFile } from "@/lib/storage/paths";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import type { VersionFiles } from "@/lib/assets/serialize-asset";
import { generateSchema } from "@/lib/validations/generate";
import type { Plan } from "@/lib/validations/plan";
import { loadModelerCases, modelProblems, readGlbJson } from "../helpers/modeler-expect";
import { decodePng, pixelStdDev } from "../helpers/png";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_mprompt");
afterAll(async () => {
  await db.$disconnect();
  await dropDatabase();
});

const cases = loadModelerCases();
// Draft changes only segment counts and bevels, none of which these checks look at. A few prompts full of
// rounded boxes run at standard so the bevel modifiers' export path is validated as well.
const STANDARD = new Set(["a green velvet couch with four cushions", "a navy cabinet with three doors", "a yellow sports car", "a table with two chairs"]);

describe("the sample prompts through the real worker, Postgres and Blender", () => {
  let worker: WorkerHandle;
  const taskIds = new Map<string, string>();

  beforeAll(async () => {
    const user = await createUser("modeler");
    // All tasks are queued at once; two run at a time and each test below waits for its own.
    for (const c of cases) {
      const input = generateSchema.parse({ prompt: c.prompt, quality_level: STANDARD.has(c.prompt) ? "standard" : "draft", output_formats: ["glb"] });
      taskIds.set(c.prompt, (await enqueueGenerateTask({ userId: user.id, input })).id);
    }
    worker = startWorker({ LL3M_WORKER_CONCURRENCY: "2" });
  });
  afterAll(async () => {
    expect(await worker.stop()).toBe(0);
  });

  it("has at least 40 prompts", () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases.map((c) => [c.prompt, c] as const))("%s", async (_, c) => {
    const task = await waitFor(
      async () => {
        const t = await db.task.findUniqueOrThrow({ where: { id: taskIds.get(c.prompt)! } });
        return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
      },
      { timeoutMs: 110_000, what: `"${c.prompt}" to finish` },
    );
    expect(task.errorMessage).toBeNull();
    expect(task.status).toBe("completed");
    const version = await db.assetVersion.findUniqueOrThrow({ where: { id: task.versionId! } });
    const file = (name: string) => readFile(versionFile({ assetId: task.assetId!, versionId: version.id, file: name }));

    const glb = await file((version.files as VersionFiles).glb!.file);
    const report = await validateBytes(new Uint8Array(glb));
    expect(report.issues.numErrors, JSON.stringify(report.issues.messages.slice(0, 3))).toBe(0);
    // Subject from the stored plan; colours and counted parts from what the GLB itself carries.
    expect(modelProblems({ c, subject: (version.plan as Plan).subject, gltf: readGlbJson(glb), glb })).toEqual([]);

    const png = decodePng(await file(version.previewFile!));
    expect(png.width).toBeGreaterThanOrEqual(256);
    expect(pixelStdDev(png), "preview is blank").toBeGreaterThan(5);
    // What Blender really built, judged by the critic: a correct model has nothing worse than a small flaw.
    expect(version.qualityScore, JSON.stringify(version.qualityReasons)).toBeGreaterThanOrEqual(8);
  });
});
