import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelTask } from "@/lib/tasks/cancel-task";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { fenced, TABLE_PLAN, tableCode } from "../helpers/agent-script";
import { pidsWithCmdline, waitForProcess } from "../helpers/processes";
import { startScriptedLlmServer, type ScriptedLlmServer } from "../helpers/scripted-llm-server";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_agentf");
let llm: ScriptedLlmServer;
let worker: WorkerHandle;
let userId: string;

const workerEnv = (llmTimeoutS: number) => ({
  LL3M_LLM_PROVIDER: "openai-compatible", LL3M_LLM_BASE_URL: llm.url, LL3M_LLM_API_KEY: "k",
  LL3M_LLM_PLANNER_MODEL: "planner", LL3M_LLM_CODER_MODEL: "coder", LL3M_LLM_CRITIC_MODEL: "critic",
  LL3M_LLM_TIMEOUT_S: String(llmTimeoutS), LL3M_LLM_MAX_RETRIES: "1", LL3M_AGENT_MAX_CRITIC_ROUNDS: "0",
  // Cold Blender starts carry the scratch dir (with the task id) on their command line, so the test can find them.
  LL3M_BLENDER_PRESTART: "0",
});

beforeAll(async () => {
  llm = await startScriptedLlmServer();
  userId = (await createUser("agent-fail")).id;
  worker = startWorker(workerEnv(2));
});
afterAll(async () => {
  expect(await worker?.stop()).toBe(0);
  await llm?.close();
  await db.$disconnect();
  await dropDatabase();
});

async function run(prompt = "a table") {
  const { id } = await enqueueGenerateTask({ userId, input: generateSchema.parse({ prompt, output_formats: ["glb"] }) });
  return waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { timeoutMs: 110_000, what: `task ${id}` });
}

const trailOf = async (versionId: string) => (await db.assetVersion.findUniqueOrThrow({ where: { id: versionId } })).trail as { kind: string; purpose?: string; error?: string | null }[];

// Each test waits for at most one or two Blender runs; a loaded 2-core machine can make one take half a minute.
describe("provider failures end in a clear outcome, never a hang", { timeout: 240_000 }, () => {
  it("repairs malformed planner JSON with one follow-up that names the parse error", async () => {
    llm.reset();
    llm.on("planner", { content: '{"subject": "table", "parts": [ {"name": "Top", ' }, { content: "```json\n" + JSON.stringify(TABLE_PLAN) + "\n```" });
    llm.on("coder", { content: fenced(tableCode()) });
    const task = await run();
    expect(task.errorMessage).toBeNull();
    expect(llm.requestsFor("planner")[1].text).toMatch(/could not be used: .*(JSON|shape)/);
    const calls = (await trailOf(task.versionId!)).filter((e) => e.kind === "llm");
    expect(calls.slice(0, 2).map((c) => c.purpose)).toEqual(["plan", "plan-repair"]);
    expect(calls[0].error).toBeTruthy();
  });

  it("fails with llm_bad_output when the planner's JSON stays malformed", async () => {
    llm.reset();
    llm.on("planner", { content: "I think a table has four legs." }, { json: { subject: "table", parts: "four legs" } });
    const task = await run();
    expect(task.status).toBe("failed");
    expect(task.errorCode).toBe("llm_bad_output");
    expect(task.errorMessage).toMatch(/planner model returned unusable output twice.*parts/);
    expect(task.versionId).toBeNull();
  });

  it("waits out a 429 (honouring Retry-After) and then succeeds", async () => {
    llm.reset();
    llm.on("planner", { status: 429, headers: { "retry-after": "1" } }, { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode()) });
    const task = await run();
    expect(task.errorMessage).toBeNull();
    expect(task.attempts).toBe(1);
    expect(llm.requestsFor("planner")).toHaveLength(2);
    const calls = (await trailOf(task.versionId!)).filter((e) => e.kind === "llm");
    expect(calls[0]).toMatchObject({ purpose: "plan", attempt: 1, error: expect.stringContaining("HTTP 429") });
    expect(calls[1]).toMatchObject({ purpose: "plan", attempt: 2, error: null });
  });

  it("fails at once with llm_auth_failed on a 401", async () => {
    llm.reset();
    llm.on("planner", { status: 401, rawBody: JSON.stringify({ error: { message: "Incorrect API key provided" } }) });
    const task = await run();
    expect(task.status).toBe("failed");
    expect(task.errorCode).toBe("llm_auth_failed");
    expect(task.errorMessage).toMatch(/planner model "planner".*HTTP 401.*Incorrect API key/);
    expect(llm.requestsFor("planner")).toHaveLength(1);
  });

  it("gives up on a provider that never answers with llm_timeout after the per-call timeout and its retries", async () => {
    llm.reset();
    llm.on("planner", { delayMs: 30_000, json: TABLE_PLAN }, { delayMs: 30_000, json: TABLE_PLAN });
    const task = await run();
    expect(task.status).toBe("failed");
    expect(task.errorCode).toBe("llm_timeout");
    expect(task.errorMessage).toMatch(/no answer within 2 s, 2 tries/);
    expect(llm.requestsFor("planner")).toHaveLength(2);
  });

  it("stops Blender and writes nothing when the task is canceled mid-run", async () => {
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced("import bpy\nbpy.ops.mesh.primitive_cube_add()\nwhile True:\n    pass\n") });
    const { id } = await enqueueGenerateTask({ userId, input: generateSchema.parse({ prompt: "a spinning table", output_formats: ["glb"] }) });
    await waitForProcess(id, 90_000);
    await db.task.update({ where: { id }, data: { status: "canceled", finishedAt: new Date() } });
    await waitFor(async () => (pidsWithCmdline(id).length === 0 ? true : undefined), { timeoutMs: 10_000, what: "Blender to be stopped" });
    // The worker stays usable, and the canceled task never got a version.
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode()) });
    expect((await run("another table")).status).toBe("completed");
    const task = await db.task.findUniqueOrThrow({ where: { id } });
    expect(task.status).toBe("canceled");
    expect(task.versionId).toBeNull();
    expect(await db.assetVersion.count({ where: { asset: { prompt: "a spinning table" } } })).toBe(0);
  });

  it("hangs up on the provider at once when the task is canceled while a call is in flight", async () => {
    // A worker that would wait a whole minute for an answer, so only the cancel can end the call early.
    expect(await worker.stop()).toBe(0);
    worker = startWorker(workerEnv(60));
    llm.reset();
    llm.on("planner", { delayMs: 55_000, json: TABLE_PLAN });
    const { id } = await enqueueGenerateTask({ userId, input: generateSchema.parse({ prompt: "a slow table", output_formats: ["glb"] }) });
    await waitFor(async () => (llm.requestsFor("planner").length ? true : undefined), { timeoutMs: 60_000, what: "the planner call" });
    await cancelTask({ taskId: id, userId });
    // Within seconds, where the scripted answer would take 55 s and the worker's own timeout 60 s.
    await waitFor(async () => (llm.requestsFor("planner")[0]?.abandonedAt ? true : undefined), { timeoutMs: 15_000, what: "the worker to hang up on the planner call" });
    expect(llm.requestsFor("coder")).toHaveLength(0);
    // The worker is free again at once (not after the call's minute): the next task completes.
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode()) });
    expect((await run("a quick table")).status).toBe("completed");
    const task = await db.task.findUniqueOrThrow({ where: { id } });
    expect(task).toMatchObject({ status: "canceled", versionId: null });
  });
});
