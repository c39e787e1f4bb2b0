// The LLM agent loop end to end: a scripted OpenAI-compatible provider with fixed latency, the real worker,
// real Blender and a database of its own. Measures the share of task time NOT spent waiting on the provider or
// on Blender (pipeline bookkeeping, database writes, prompt building, file moves): the agent loop's own overhead.
// Usage: npm run bench:agents [-- --tasks 5 --latency-ms 200]
// Task time = tasks.started_at → finished_at; provider and Blender time come from the version's trail timings.
// Prints one line per task, then a LAST line of JSON: {"tasks","overhead_share","calls_per_task", ...}.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBenchDatabase } from "@/scripts/lib/bench-database";
import { tableReplies } from "@/tests/helpers/agent-script";
import { startScriptedLlmServer } from "@/tests/helpers/scripted-llm-server";

const { values: args } = parseArgs({ options: { tasks: { type: "string", default: "5" }, "latency-ms": { type: "string", default: "200" } } });
const tasks = Number(args.tasks);
const latency = Number(args["latency-ms"]);
const scratch = await mkdtemp(path.join(os.tmpdir(), "ll3m-bench-agents-"));
const dbName = `ll3m_bench_${randomBytes(4).toString("hex")}`;


const llm = await startScriptedLlmServer();
// Every role answers after the same fixed latency: a plan, a script, a clean critique, a verdict.
llm.setFallback(tableReplies(latency));

const database = await openBenchDatabase();
const env = {
  DATABASE_URL: database.url,
  LL3M_DATA_DIR: path.join(scratch, "data"),
  AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"),
  LL3M_LOG_LEVEL: "warn",
  LL3M_LLM_PROVIDER: "openai-compatible",
  LL3M_LLM_BASE_URL: llm.url,
  LL3M_LLM_API_KEY: "bench",
  LL3M_LLM_PLANNER_MODEL: "planner",
  LL3M_LLM_CODER_MODEL: "coder",
  LL3M_LLM_CRITIC_MODEL: "critic",
  LL3M_LLM_VISION: "1",
};
Object.assign(process.env, env);
// Imported only now: the db client and env read DATABASE_URL and LL3M_DATA_DIR when first used.
const { db } = await import("@/lib/db");
const { enqueueGenerateTask } = await import("@/lib/tasks/enqueue-task");
const { generateSchema } = await import("@/lib/validations/generate");

const worker = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
const exited = new Promise((r) => worker.once("exit", r));

try {
  const user = await db.user.create({ data: { email: `bench-${dbName}@example.test`, passwordHash: "not-a-login" } });
  console.log(`bench:agents: ${tasks} tasks, provider latency ${latency} ms per call, vision critic, glb`);
  const ids: string[] = [];
  for (let i = 0; i < tasks; i++) {
    ids.push((await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: `a small table ${i + 1}`, output_formats: ["glb"] }) })).id);
  }
  const deadline = Date.now() + tasks * 60_000;
  while ((await db.task.count({ where: { id: { in: ids }, status: { in: ["queued", "running"] } } })) > 0) {
    if (Date.now() > deadline || worker.exitCode !== null) throw new Error("the worker stopped or took too long");
    await new Promise((r) => setTimeout(r, 250));
  }
  let total = 0;
  let waited = 0;
  let llmTotal = 0;
  let blenderTotal = 0;
  let callsTotal = 0;
  for (const id of ids) {
    const task = await db.task.findUniqueOrThrow({ where: { id }, include: { version: true } });
    if (task.status !== "completed" || !task.version) throw new Error(`task ${id} ${task.status}: ${task.errorMessage}`);
    const ms = task.finishedAt!.getTime() - task.startedAt!.getTime();
    const timings = (task.version.trail as { kind: string; llm_ms?: number; blender_ms?: number }[]).find((e) => e.kind === "timings")!;
    const calls = (task.version.trail as { kind: string }[]).filter((e) => e.kind === "llm").length;
    total += ms;
    callsTotal += calls;
    llmTotal += timings.llm_ms!;
    blenderTotal += timings.blender_ms!;
    waited += timings.llm_ms! + timings.blender_ms!;
    console.log(`task ${ms} ms: provider ${timings.llm_ms} ms (${calls} calls), blender ${timings.blender_ms} ms, other ${ms - timings.llm_ms! - timings.blender_ms!} ms`);
  }
  const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;
  console.log(JSON.stringify({ tasks, overhead_share: round((total - waited) / total), calls_per_task: round(callsTotal / tasks, 2), mean_task_ms: Math.round(total / tasks), mean_provider_ms: Math.round(llmTotal / tasks), mean_blender_ms: Math.round(blenderTotal / tasks) }));
} finally {
  worker.kill("SIGTERM");
  await exited;
  await db.$disconnect();
  await llm.close();
  await database.close();
  await rm(scratch, { recursive: true, force: true });
}
