import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { codeImportingOs, codeWithOtherNames, KEYBOARD_PLAN, keyboardCode, planInProse, planWithWrongType } from "../helpers/agent-fixtures";
import { fenced, TABLE_PLAN, tableCode } from "../helpers/agent-script";
import { startScriptedLlmServer, type ScriptedLlmServer } from "../helpers/scripted-llm-server";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

// Answers the way real models give them, through the real worker, real Blender and a scripted vision model.
// Budget: 2 repairs per script, 1 critic round; so at most plan+repair, code+2 repairs, critique, fix+2, verify.
const MAX_CALLS = 2 + 3 + 1 + 3 + 1;
const dropDatabase = await useOwnDatabase("ll3m_agentfx");
let llm: ScriptedLlmServer;
let worker: WorkerHandle;
let userId: string;

beforeAll(async () => {
  llm = await startScriptedLlmServer();
  userId = (await createUser("fixtures")).id;
  worker = startWorker({
    LL3M_LLM_PROVIDER: "openai-compatible", LL3M_LLM_BASE_URL: llm.url, LL3M_LLM_API_KEY: "k",
    LL3M_LLM_PLANNER_MODEL: "planner", LL3M_LLM_CODER_MODEL: "coder", LL3M_LLM_CRITIC_MODEL: "critic", LL3M_LLM_VISION: "1",
    LL3M_AGENT_MAX_REPAIRS: "2", LL3M_AGENT_MAX_CRITIC_ROUNDS: "1", LL3M_LLM_MAX_RETRIES: "1",
  });
});
afterAll(async () => {
  expect(await worker?.stop()).toBe(0);
  await llm?.close();
  await db.$disconnect();
  await dropDatabase();
});

type Entry = { kind: string; role?: string; purpose?: string; error?: string | null };
/** Runs one prompt to its end; returns the task, its trail and the LLM calls the provider saw. */
async function run(prompt = "a small wooden table") {
  const { id } = await enqueueGenerateTask({ userId, input: generateSchema.parse({ prompt, output_formats: ["glb"] }) });
  const task = await waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { timeoutMs: 200_000, what: `task ${id}` });
  const version = task.versionId ? await db.assetVersion.findUniqueOrThrow({ where: { id: task.versionId } }) : null;
  const trail = (version?.trail ?? []) as Entry[];
  expect(llm.requests.length).toBeLessThanOrEqual(MAX_CALLS);
  return { task, version, trail, calls: trail.filter((e) => e.kind === "llm").map((e) => `${e.role}:${e.purpose}`) };
}
const cleanReview = () => llm.on("critic", { json: { problems: [], summary: "matches the plan" } }, { json: { score: 9, reasons: ["as planned"] } });

describe("realistic model answers end completed or failed with a clear reason, within the call budget", { timeout: 240_000 }, () => {
  it("reads JSON wrapped in prose and a code fence without spending a repair call", async () => {
    llm.reset();
    llm.on("planner", { content: planInProse() });
    llm.on("coder", { content: fenced(tableCode()) });
    cleanReview();
    const { task, trail, calls } = await run();
    expect(task.errorMessage).toBeNull();
    expect(calls).toEqual(["planner:plan", "coder:code", "critic:critique", "critic:verify"]);
    expect(llm.requestsFor("planner")).toHaveLength(1);
    expect(trail.map((e) => e.kind)).not.toContain("names_unmatched");
  });

  it("repairs a plan with a wrong field type once, naming the field", async () => {
    llm.reset();
    llm.on("planner", { json: planWithWrongType() }, { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode()) });
    cleanReview();
    const { task, calls } = await run();
    expect(task.errorMessage).toBeNull();
    expect(calls.slice(0, 2)).toEqual(["planner:plan", "planner:plan-repair"]);
    expect(llm.requestsFor("planner")[1].text).toMatch(/could not be used: .*parts\.0\.dimensions/);
  });

  it("repairs code that imports a module the lint refuses, telling the coder what is allowed", async () => {
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(codeImportingOs()) }, { content: fenced(tableCode()) });
    cleanReview();
    const { task, calls, version } = await run();
    expect(task.errorMessage).toBeNull();
    expect(calls).toEqual(["planner:plan", "coder:code", "coder:code-repair", "critic:critique", "critic:verify"]);
    const repair = llm.requestsFor("coder")[1].text;
    expect(repair).toContain("Kind: static_check");
    expect(repair).toMatch(/import of 'os' is not allowed \(allowed: bpy, bmesh, mathutils/);
    expect(version!.code).not.toContain("import os");
  });

  it("asks the coder to use the plan's names when its objects are named otherwise", async () => {
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(codeWithOtherNames()) }, { content: fenced(tableCode()) });
    cleanReview();
    const { task, calls, version } = await run();
    expect(task.errorMessage).toBeNull();
    expect(calls.slice(0, 3)).toEqual(["planner:plan", "coder:code", "coder:code-repair"]);
    expect(llm.requestsFor("coder")[1].text).toMatch(/Planned names not found: 'Top', 'Leg_1', .*Objects with names the plan does not have: 'Tabletop', 'Support'/);
    expect(version!.code).toContain('top.name = "Top"');
  });

  it("keeps a model that runs when the coder never uses the plan's names, and records why", async () => {
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", ...Array.from({ length: 3 }, () => ({ content: fenced(codeWithOtherNames()) })));
    cleanReview();
    const { task, trail, calls } = await run();
    expect(task.status).toBe("completed");
    expect(calls).toEqual(["planner:plan", "coder:code", "coder:code-repair", "coder:code-repair", "critic:critique", "critic:verify"]);
    expect(trail).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "names_unmatched", message: expect.stringContaining("Planned names not found: 'Top'") })]));
  });

  it("goes straight to a score-only verification when the critic finds nothing", async () => {
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode()) });
    llm.on("critic", { json: { problems: [] } }, { content: 'The model looks right.\n```json\n{"score": 9.5, "reasons": ["all parts present"]}\n```' });
    const { task, calls, version } = await run();
    expect(task.errorMessage).toBeNull();
    expect(calls).toEqual(["planner:plan", "coder:code", "critic:critique", "critic:verify"]);
    expect(version!.qualityScore).toBe(9.5);
    expect(llm.requestsFor("critic")[1].text).not.toContain("Problems raised");
  });

  it("builds a 100-part scene and shows the critic every part, the keys summarised as one group", async () => {
    llm.reset();
    llm.on("planner", { json: KEYBOARD_PLAN });
    llm.on("coder", { content: fenced(keyboardCode()) });
    cleanReview();
    const { task, calls, version } = await run("a keyboard with 100 keys");
    expect(task.errorMessage).toBeNull();
    expect(calls).toEqual(["planner:plan", "coder:code", "critic:critique", "critic:verify"]);
    const critique = llm.requestsFor("critic")[0].text;
    expect(critique).toContain("101 objects with geometry");
    expect(critique).toMatch(/Summarised: 100 of the 101 parts are shown as 1 group/);
    expect(critique).toMatch(/- Key_\* x100 \(Key_1 … Key_100\): each own 0\.03 x 0\.03 x 0\.01 m; .*centres 0\.03 m apart along x/);
    expect(critique).toContain("- Base (MESH): own 0.64 x 0.20 x 0.02 m");
    expect((version!.plan as { parts: unknown[] }).parts).toHaveLength(101);
  });
});
