// Runs the sample prompt set end to end through the real worker, Blender and a database of its own.
// Usage: npm run bench:modeler [-- --quality standard|draft|high --concurrency 1 --limit 10 --texture-cases 8]
// Prints one line per prompt, then a LAST line of JSON: {"cases","success_rate","p50_s","p95_s","kinds",
// "heldout_subject_accuracy","refused_rate","wrong_rate","texture_ms_p50","glb_kb_p50"}. The last two are objects
// {draft, standard, high}: the first --texture-cases sample prompts built again at each quality, with the time the
// material library spent on textures and UVs inside Blender (the "texturing" stage) and the GLB's size. The last three come from the categorised held-out set
// (tests/fixtures/modeler-heldout-categories.json) run through the same worker: a prompt counts as built right only
// when its task completed with the kind meant; accuracy and refusals are shares of the prompts that have a kind,
// wrong is the share of all prompts built as a different object (or built at all when they should be refused).
// Time per asset = tasks.started_at (claimed) → finished_at (files written, version stored).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { buffer } from "node:stream/consumers";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBenchDatabase } from "@/scripts/lib/bench-database";
import { QUALITY_LEVELS, type QualityLevel } from "@/lib/assets/formats";
import { SUBJECTS } from "@/lib/modeler/subjects";
import { judgeHeldOut, loadCategoryCases } from "@/tests/helpers/heldout-categories";
import { loadModelerCases, modelProblems, readGlbJson } from "@/tests/helpers/modeler-expect";

const { values: args } = parseArgs({
  options: { quality: { type: "string", default: "standard" }, concurrency: { type: "string", default: "1" }, limit: { type: "string" }, "texture-cases": { type: "string", default: "8" } },
});
const cases = loadModelerCases().slice(0, args.limit ? Number(args.limit) : undefined);
const heldOut = loadCategoryCases().slice(0, args.limit ? Number(args.limit) : undefined);
const scratch = await mkdtemp(path.join(os.tmpdir(), "ll3m-bench-modeler-"));
const dbName = `ll3m_bench_${randomBytes(4).toString("hex")}`;


const database = await openBenchDatabase();
const env = {
  DATABASE_URL: database.url,
  LL3M_DATA_DIR: path.join(scratch, "data"),
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
  LL3M_WORKER_CONCURRENCY: args.concurrency,
  LL3M_LOG_LEVEL: "warn",
};
Object.assign(process.env, env);
// Imported only now: the db client and env read DATABASE_URL and LL3M_DATA_DIR when first used.
const { db } = await import("@/lib/db");
const { enqueueGenerateTask } = await import("@/lib/tasks/enqueue-task");
const { storage, versionKey } = await import("@/lib/storage/storage");
const { generateSchema } = await import("@/lib/validations/generate");

const worker = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
const exited = new Promise((r) => worker.once("exit", r));
const p = (q: number, xs: number[]) => xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)] : NaN;

try {
  const user = await db.user.create({ data: { email: `bench-${dbName}@example.test`, passwordHash: "not-a-login" } });
  console.log(`bench:modeler: ${cases.length} sample and ${heldOut.length} held-out prompts, quality ${args.quality}, glb only, worker concurrency ${args.concurrency}`);
  const started = Date.now();
  const ids: string[] = [];
  const heldOutIds: string[] = [];
  const enqueue = async (prompt: string) => {
    const input = generateSchema.parse({ prompt, quality_level: args.quality, output_formats: ["glb"] });
    return (await enqueueGenerateTask({ userId: user.id, input })).id;
  };
  for (const c of cases) ids.push(await enqueue(c.prompt));
  for (const c of heldOut) heldOutIds.push(await enqueue(c.prompt));
  // The texture budget: the same typical prompts at every quality level.
  const textureCases = cases.slice(0, Number(args["texture-cases"]));
  const textureIds = Object.fromEntries(await Promise.all(QUALITY_LEVELS.map(async (q) => {
    const list: string[] = [];
    for (const c of textureCases) list.push((await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: c.prompt, quality_level: q, output_formats: ["glb"] }) })).id);
    return [q, list] as const;
  }))) as Record<QualityLevel, string[]>;
  const all = [...ids, ...heldOutIds, ...Object.values(textureIds).flat()];
  const deadline = Date.now() + all.length * 60_000;
  while ((await db.task.count({ where: { id: { in: all }, status: { in: ["queued", "running"] } } })) > 0) {
    if (Date.now() > deadline || worker.exitCode !== null) throw new Error("the worker stopped or took too long");
    await new Promise((r) => setTimeout(r, 250));
  }
  const times: number[] = [];
  let passed = 0;
  for (const [i, c] of cases.entries()) {
    const task = await db.task.findUniqueOrThrow({ where: { id: ids[i] }, include: { version: true } });
    const seconds = task.startedAt && task.finishedAt ? (task.finishedAt.getTime() - task.startedAt.getTime()) / 1000 : NaN;
    let problems = [`${task.status}: ${task.errorMessage ?? ""}`];
    if (task.status === "completed" && task.version) {
      times.push(seconds);
      const files = task.version.files as { glb?: { file: string } };
      const stored = await storage().get(versionKey({ assetId: task.assetId!, versionId: task.version.id, file: files.glb!.file }));
      const glb = stored ? await buffer(stored.body) : Buffer.alloc(0);
      problems = modelProblems({ c, subject: (task.version.plan as { subject: string }).subject, gltf: readGlbJson(glb), glb });
    }
    if (problems.length === 0) passed++;
    const score = task.version?.qualityScore ?? "-";
    const stages = (task.stageLog as { name: string; ms: number }[]).map((s) => `${s.name} ${s.ms}`).join(", ");
    console.log(`${problems.length ? "FAIL" : "ok  "} ${seconds.toFixed(2).padStart(6)} s  score ${score}  ${JSON.stringify(c.prompt)}${problems.length ? "  " + problems.join("; ") : ""}  [${stages}]`);
  }
  console.log(`wall ${((Date.now() - started) / 1000).toFixed(1)} s for ${all.length} tasks`);

  // The held-out set: what each task really built (the stored version's subject), or null when it was refused or failed.
  const heldTasks = await db.task.findMany({ where: { id: { in: heldOutIds } }, include: { version: true } });
  const byId = new Map(heldTasks.map((t) => [t.id, t]));
  const builtOf = new Map(heldOut.map((c, i) => {
    const t = byId.get(heldOutIds[i]);
    return [c, t?.status === "completed" && t.version ? (t.version.plan as { subject: string }).subject : null] as const;
  }));
  const report = judgeHeldOut(heldOut, (c) => builtOf.get(c) ?? null);
  for (const [category, row] of Object.entries(report.byCategory)) console.log(`held-out ${category.padEnd(13)} ${row.right}/${row.n} right, ${row.refused} refused, ${row.wrong} wrong`);
  for (const w of report.wrong) console.log(`WRONG ${JSON.stringify(w.prompt)} built ${w.built}, meant ${w.subject ?? "nothing"}`);
  for (const [c, built] of builtOf) {
    const t = byId.get(heldOutIds[heldOut.indexOf(c)]);
    if (c.subject && built === null && t?.errorCode !== "prompt_not_understood") console.log(`FAILED ${JSON.stringify(c.prompt)}: ${t?.errorCode} ${t?.errorMessage ?? ""}`);
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const textureMs = {} as Record<QualityLevel, number>;
  const glbKb = {} as Record<QualityLevel, number>;
  for (const q of QUALITY_LEVELS) {
    const done = await db.task.findMany({ where: { id: { in: textureIds[q] }, status: "completed" }, include: { version: true } });
    const stage = (t: (typeof done)[number], name: string) => (t.stageLog as { name: string; ms: number }[]).find((s) => s.name === name)?.ms ?? 0;
    const ms = done.map((t) => stage(t, "texturing"));
    const exportMs = done.map((t) => stage(t, "exporting"));
    const kb = done.map((t) => ((t.version?.files as { glb?: { bytes: number } } | undefined)?.glb?.bytes ?? NaN) / 1024);
    const seconds = done.map((t) => (t.finishedAt!.getTime() - t.startedAt!.getTime()) / 1000);
    textureMs[q] = Math.round(p(0.5, ms));
    glbKb[q] = Math.round(p(0.5, kb));
    console.log(`textures ${q.padEnd(8)} ${done.length}/${textureIds[q].length} built, texturing p50 ${textureMs[q]} ms (max ${Math.max(0, ...ms)}), GLB p50 ${glbKb[q]} KB (max ${Math.round(Math.max(0, ...kb))}), export p50 ${Math.round(p(0.5, exportMs))} ms, time per asset p50 ${round(p(0.5, seconds))} s`);
  }
  console.log(JSON.stringify({
    cases: cases.length, success_rate: round(passed / cases.length), p50_s: round(p(0.5, times)), p95_s: round(p(0.95, times)),
    kinds: SUBJECTS.length, heldout_subject_accuracy: report.heldout_subject_accuracy, refused_rate: report.refused_rate, wrong_rate: report.wrong_rate,
    texture_ms_p50: textureMs, glb_kb_p50: glbKb,
  }));
} finally {
  worker.kill("SIGTERM");
  await exited;
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database.close();
  await rm(scratch, { recursive: true, force: true });
}
