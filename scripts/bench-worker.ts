// Worker benchmark on a database of its own: pickup latency (enqueue → claim), throughput of 1 vs 2 workers
// (noop pipeline: queue, lease and storeVersion cost without Blender) on the data directory and again on an S3
// bucket (s3rver on loopback: every version uploaded before its commit), and end-to-end time per built-in asset
// (real Blender, 10 prompts one after another). Usage: npm run bench:worker  (the last stdout line is JSON;
// `--s3-only` runs just the S3 throughput pass).
// Uses the server at LL3M_TEST_ADMIN_URL when set (creating and dropping a database), else an embedded PostgreSQL.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openBenchDatabase } from "@/scripts/lib/bench-database";
import { startS3Server } from "@/tests/helpers/s3-server";

const PICKUPS = 40;
const THROUGHPUT_TASKS = 300;
const E2E_PROMPTS = 10;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


const database = await openBenchDatabase();
const dataDir = await mkdtemp(path.join(os.tmpdir(), "ll3m-bench-data-"));
Object.assign(process.env, { DATABASE_URL: database.url, LL3M_DATA_DIR: dataDir, AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex") });
const { db } = await import("@/lib/db");
const { enqueueGenerateTask } = await import("@/lib/tasks/enqueue-task");
const { generateSchema } = await import("@/lib/validations/generate");
const { registerUser } = await import("@/lib/users/register-user");
const user = await registerUser({ email: `bench-${randomBytes(4).toString("hex")}@example.test`, password: randomBytes(12).toString("hex") });

function startWorkers(n: number, env: Record<string, string>) {
  return Array.from({ length: n }, () => {
    const proc = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], { env: { ...process.env, ...env }, stdio: "ignore" });
    return { proc, exited: new Promise<void>((r) => proc.once("exit", () => r())) };
  });
}
async function stopWorkers(workers: ReturnType<typeof startWorkers>) {
  for (const w of workers) w.proc.kill("SIGTERM");
  await Promise.all(workers.map((w) => w.exited));
}
async function untilRegistered(n: number) {
  while ((await db.workerHeartbeat.count()) < n) await sleep(50);
  await sleep(300); // let the loops reach their first idle sleep, so pickup measures a waiting worker
}
async function untilDone(ids: string[]) {
  while ((await db.task.count({ where: { id: { in: ids }, status: { in: ["queued", "running"] } } })) > 0) await sleep(20);
}
const enqueue = (prompt: string) => enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt }) });
const NOOP = { LL3M_PIPELINE: "noop", LL3M_ALLOW_TEST_PIPELINE: "1" };
const s3Only = process.argv.includes("--s3-only");

/** Tasks per second for 1 and 2 workers draining a filled queue; timed from the first claim to the last finish. */
async function throughput(label: string, env: Record<string, string>) {
  const tps: Record<number, number> = {};
  for (const n of [1, 2]) {
    const ids: string[] = [];
    for (let i = 0; i < THROUGHPUT_TASKS; i++) ids.push((await enqueue("a small cube")).id);
    const workers = startWorkers(n, { ...NOOP, ...env });
    await untilDone(ids);
    await stopWorkers(workers);
    const span = await db.task.aggregate({ where: { id: { in: ids } }, _min: { startedAt: true }, _max: { finishedAt: true } });
    const seconds = (span._max.finishedAt!.getTime() - span._min.startedAt!.getTime()) / 1000;
    tps[n] = THROUGHPUT_TASKS / seconds;
    console.log(`throughput, ${n} worker(s), noop pipeline, ${label}: ${THROUGHPUT_TASKS} tasks in ${seconds.toFixed(2)} s = ${tps[n].toFixed(1)} tasks/s`);
  }
  return tps;
}

async function throughputOnS3() {
  const s3 = await startS3Server({ bucket: "ll3m-bench" });
  try {
    return await throughput("S3 bucket (s3rver)", s3.env("bench"));
  } finally {
    await s3.stop();
  }
}
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** The S3 throughput pass alone (`--s3-only`). */
async function s3Run() {
  const s3 = await throughputOnS3();
  console.log(JSON.stringify({ throughput_ratio_2v1_s3: round(s3[2] / s3[1], 2), throughput_1_s3_tps: round(s3[1], 1) }));
}

/** Every figure. */
async function fullRun() {
  // 1. Pickup: an idle worker, one task at a time; from just before the enqueue transaction to the claim.
  let workers = startWorkers(1, NOOP);
  await untilRegistered(1);
  const pickups: number[] = [];
  for (let i = 0; i < PICKUPS; i++) {
    const before = Date.now();
    const task = await enqueue("a small cube");
    await untilDone([task.id]);
    const row = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    pickups.push(row.startedAt!.getTime() - before);
    await sleep(20 + Math.random() * 30);
  }
  await stopWorkers(workers);
  console.log(`pickup (enqueue → claim, ${PICKUPS} tasks): p50 ${quantile(pickups, 0.5)} ms, p95 ${quantile(pickups, 0.95)} ms, max ${Math.max(...pickups)} ms`);

  // 2. Throughput: the queue filled first, then n workers drain it, on the data directory and on a bucket.
  const tps = await throughput("data directory", {});
  const s3 = await throughputOnS3();

  // 3. End to end with real Blender: one worker, one prompt at a time, enqueue → completed.
  const prompts = (JSON.parse(await readFile("tests/fixtures/modeler-prompts.json", "utf8")) as { prompt: string }[]).slice(0, E2E_PROMPTS).map((p) => p.prompt);
  workers = startWorkers(1, {});
  await untilRegistered(1);
  const e2e: number[] = [];
  for (const prompt of prompts) {
    const before = Date.now();
    const task = await enqueue(prompt);
    await untilDone([task.id]);
    const row = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    if (row.status !== "completed") console.log(`  "${prompt}": ${row.status} (${row.errorCode}: ${row.errorMessage})`);
    else e2e.push((row.finishedAt!.getTime() - before) / 1000);
  }
  await stopWorkers(workers);
  console.log(`end to end, built-in pipeline with Blender (${e2e.length} of ${prompts.length} completed): ${e2e.map((s) => s.toFixed(2)).join(" ")} s`);

  console.log(JSON.stringify({
    pickup_p50_ms: quantile(pickups, 0.5), throughput_ratio_2v1: round(tps[2] / tps[1], 2), e2e_p50_s: round(quantile(e2e, 0.5), 2), e2e_p95_s: round(quantile(e2e, 0.95), 2),
    throughput_ratio_2v1_s3: round(s3[2] / s3[1], 2), throughput_1_s3_tps: round(s3[1], 1),
  }));
}

try {
  await (s3Only ? s3Run() : fullRun());
} finally {
  await db.$disconnect();
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
}
