// Quality of the agent loop with your own model: runs a prompt list through the real worker, real Blender and the
// configured provider (the worker's LL3M_LLM_* variables: OpenAI, Anthropic, a local Ollama or vLLM...), in a
// database of its own, and writes report.html (each prompt's render embedded) and report.json.
// Usage: npm run eval:agents -- --prompts FILE [--scripted] [--out DIR]
// FILE: a JSON array of prompts (strings or {"prompt": ...}) or plain text, one prompt per line.
// --scripted answers from the project's scripted provider instead (no model needed; CI runs it).
// Last stdout line: {"prompts","completed","mean_score","llm_calls","tokens":{"input","output"},"report"}.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBenchDatabase } from "@/scripts/lib/bench-database";
import { evalReportHtml } from "@/scripts/lib/eval-report-html";
import { evalResult, evalTotals, type EvalResult } from "@/scripts/lib/eval-summary";
import { tableReplies } from "@/tests/helpers/agent-script";
import { startScriptedLlmServer } from "@/tests/helpers/scripted-llm-server";

const { values: args } = parseArgs({ options: { prompts: { type: "string" }, scripted: { type: "boolean", default: false }, out: { type: "string" } } });
if (!args.prompts) {
  console.error("eval:agents: --prompts FILE is required (a JSON array of prompts, or one prompt per line).");
  process.exit(2);
}

/** Prompts from a JSON array (strings or {prompt}) or from plain lines; blank lines and # comments are skipped. */
function readPrompts(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) return (JSON.parse(trimmed) as (string | { prompt: string })[]).map((p) => (typeof p === "string" ? p : p.prompt));
  return trimmed.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
}
const prompts = readPrompts(await readFile(args.prompts, "utf8"));
if (prompts.length === 0) {
  console.error(`eval:agents: ${args.prompts} has no prompts.`);
  process.exit(2);
}

const started = new Date();
const outDir = path.resolve(args.out ?? path.join(".data", "eval", started.toISOString().replace(/[:.]/g, "-")));
const scratch = await mkdtemp(path.join(os.tmpdir(), "ll3m-eval-"));
const llm = args.scripted ? await startScriptedLlmServer() : null;
llm?.setFallback(tableReplies());
const providerEnv: Record<string, string> = llm
  ? { LL3M_LLM_PROVIDER: "openai-compatible", LL3M_LLM_BASE_URL: llm.url, LL3M_LLM_API_KEY: "scripted", LL3M_LLM_PLANNER_MODEL: "planner", LL3M_LLM_CODER_MODEL: "coder", LL3M_LLM_CRITIC_MODEL: "critic", LL3M_LLM_VISION: "1" }
  : {};
const provider = llm ? "scripted provider" : `${process.env.LL3M_LLM_PROVIDER ?? "builtin"} ${process.env.LL3M_LLM_BASE_URL ?? ""} ${process.env.LL3M_LLM_MODEL ?? ""}`.trim();
const database = await openBenchDatabase();
const env = { DATABASE_URL: database.url, LL3M_DATA_DIR: path.join(scratch, "data"), AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("hex"), LL3M_LOG_LEVEL: "warn", ...providerEnv };
Object.assign(process.env, env);
// Imported only now: the db client and env read DATABASE_URL and LL3M_DATA_DIR when first used.
const { db } = await import("@/lib/db");
const { getEnv } = await import("@/lib/env");
const { versionFile } = await import("@/lib/storage/paths");
const { enqueueGenerateTask } = await import("@/lib/tasks/enqueue-task");
const { generateSchema } = await import("@/lib/validations/generate");

const worker = spawn(process.execPath, ["--import", "tsx", "worker/main.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
const exited = new Promise((r) => worker.once("exit", r));
try {
  const user = await db.user.create({ data: { email: `eval-${randomBytes(4).toString("hex")}@example.test`, passwordHash: "not-a-login" } });
  console.log(`eval:agents: ${prompts.length} prompts with ${provider}`);
  const ids: string[] = [];
  for (const prompt of prompts) ids.push((await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt, output_formats: ["glb"] }) })).id);
  // One task at a time per worker: each may take the whole task timeout, plus a minute of slack.
  const deadline = Date.now() + prompts.length * (getEnv().LL3M_TASK_TIMEOUT_S + 60) * 1000;
  while ((await db.task.count({ where: { id: { in: ids }, status: { in: ["queued", "running"] } } })) > 0) {
    if (Date.now() > deadline || worker.exitCode !== null) throw new Error("the worker stopped or took too long");
    await new Promise((r) => setTimeout(r, 250));
  }
  const results: EvalResult[] = [];
  for (const [i, id] of ids.entries()) {
    const task = await db.task.findUniqueOrThrow({ where: { id }, include: { version: true } });
    const preview = task.version ? await readFile(versionFile({ assetId: task.version.assetId, versionId: task.version.id, file: "preview.png" })).catch(() => null) : null;
    const result = evalResult({ prompt: prompts[i], task, score: task.version?.qualityScore ?? null, trail: (task.version?.trail ?? []) as never[], preview });
    results.push(result);
    console.log(`${result.status.padEnd(9)} score ${result.score ?? "-"}  ${result.llm_calls} calls  ${result.seconds ?? "-"} s  ${result.prompt}${result.failures.length ? `  [${result.failures.map((f) => f.kind).join(", ")}]` : ""}`);
  }
  const totals = evalTotals(results);
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, "report.json"), JSON.stringify({ provider, started: started.toISOString(), totals, results }, null, 2));
  await writeFile(path.join(outDir, "report.html"), evalReportHtml({ results, totals, provider, started }));
  console.log(JSON.stringify({ ...totals, report: path.join(outDir, "report.html") }));
} finally {
  worker.kill("SIGTERM");
  await exited;
  await db.$disconnect();
  await llm?.close();
  await database.close();
  await rm(scratch, { recursive: true, force: true });
}
