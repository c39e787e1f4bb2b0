import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveLlmSettings } from "@/lib/llm/llm-settings-view";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { generateSchema } from "@/lib/validations/generate";
import { updateLlmSettingsSchema } from "@/lib/validations/llm-settings";
import { fenced, TABLE_PLAN, tableCode } from "../helpers/agent-script";
import { anthropicError } from "../helpers/anthropic-wire";
import { startScriptedLlmServer, type ScriptedLlmServer } from "../helpers/scripted-llm-server";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_agenta");
let llm: ScriptedLlmServer;
let worker: WorkerHandle;
let userId: string;

// Real model ids on purpose: the SDK picks the structured-output mode by id. Sonnet 4 has no native structured
// output, so the planner's generateObject goes out as a forced "json" tool; Haiku 4.5 gets output_config.format.
const PLANNER = "claude-sonnet-4-20250514";
const CODER = "claude-sonnet-4-5-20250929";
const CRITIC = "claude-haiku-4-5-20251001";

beforeAll(async () => {
  llm = await startScriptedLlmServer();
  userId = (await createUser("anthropic")).id;
  worker = startWorker({
    LL3M_LLM_PROVIDER: "anthropic", LL3M_LLM_BASE_URL: llm.url, LL3M_LLM_API_KEY: "sk-ant-operator",
    LL3M_LLM_PLANNER_MODEL: PLANNER, LL3M_LLM_CODER_MODEL: CODER, LL3M_LLM_CRITIC_MODEL: CRITIC, LL3M_LLM_VISION: "1",
    LL3M_AGENT_MAX_CRITIC_ROUNDS: "0", LL3M_LLM_MAX_RETRIES: "0",
  });
});
afterAll(async () => {
  expect(await worker?.stop()).toBe(0);
  await llm?.close();
  await db.$disconnect();
  await dropDatabase();
});

async function run(prompt: string, owner = userId) {
  const { id } = await enqueueGenerateTask({ userId: owner, input: generateSchema.parse({ prompt, output_formats: ["glb"] }) });
  return waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { timeoutMs: 90_000, what: `task ${id}` });
}

type Trail = { kind: string; role?: string; purpose?: string; provider?: string; model?: string; tokens?: { input: number | null }; error?: string | null }[];

describe("the agent loop against Anthropic's Messages API on the wire", { timeout: 120_000 }, () => {
  it("plans through a forced json tool, codes, verifies the views, and stores an anthropic version", async () => {
    llm.reset();
    llm.on(PLANNER, { json: TABLE_PLAN });
    llm.on(CODER, { content: fenced(tableCode()) });
    llm.on(CRITIC, { json: { checks: [], score: 9, reasons: ["Top and four legs present"] } });
    const task = await run("a small wooden table");
    expect(task.errorMessage).toBeNull();
    expect(task.status).toBe("completed");

    // Every call went to {baseURL}/messages with the operator's key as x-api-key, never as a bearer token.
    expect(llm.requests.map((r) => `${r.api} ${r.path} ${r.body.model}`)).toEqual([PLANNER, CODER, CRITIC].map((m) => `anthropic /v1/messages ${m}`));
    for (const r of llm.requests) {
      expect(r.headers["x-api-key"]).toBe("sk-ant-operator");
      expect(r.headers["anthropic-version"]).toBe("2023-06-01");
      expect(r.headers.authorization).toBeUndefined();
    }
    const [plan, code, verify] = llm.requests;
    expect(plan.body.tool_choice).toMatchObject({ type: "any" });
    expect((plan.body.tools as { name: string }[]).map((t) => t.name)).toEqual(["json"]);
    expect(plan.response).toMatchObject({ content: [{ type: "tool_use", name: "json", input: { subject: "table" } }], stop_reason: "tool_use" });
    expect(plan.text).toContain("a small wooden table");
    expect(code.text).toContain("Harness contract");
    expect(verify.body.output_config).toMatchObject({ format: { type: "json_schema" } });
    expect(verify.images).toHaveLength(4);
    expect(verify.images[0]).toMatch(/^data:image\/png;base64,iVBOR/);

    const version = await db.assetVersion.findUniqueOrThrow({ where: { id: task.versionId! } });
    expect(version.provider).toBe("anthropic");
    expect(version.code).toBe(tableCode());
    expect((version.plan as { parts: unknown[] }).parts).toHaveLength(5);
    expect(version.qualityScore).toBe(9);
    const calls = (version.trail as Trail).filter((e) => e.kind === "llm");
    expect(calls.map((c) => `${c.provider}:${c.role}:${c.purpose}:${c.model}`)).toEqual([
      `anthropic:planner:plan:${PLANNER}`, `anthropic:coder:code:${CODER}`, `anthropic:critic:verify:${CRITIC}`,
    ]);
    // Usage came back through the Anthropic response shape, not as nulls.
    expect(calls.every((c) => c.error === null && typeof c.tokens?.input === "number" && c.tokens.input > 0)).toBe(true);
  });

  it("fails at once with llm_auth_failed when Anthropic refuses the key", async () => {
    llm.reset();
    llm.on(PLANNER, { status: 401, rawBody: anthropicError(401, "invalid x-api-key") });
    const task = await run("a table");
    expect(task.status).toBe("failed");
    expect(task.errorCode).toBe("llm_auth_failed");
    expect(task.errorMessage).toMatch(new RegExp(`planner model "${PLANNER}".*HTTP 401.*invalid x-api-key`));
    expect(task.versionId).toBeNull();
    expect(llm.requests).toHaveLength(1);
  });

  it("sends a user's own key, and accepts the bare origin Anthropic's docs give as base URL", async () => {
    const own = await createUser("anthropic-own");
    const origin = new URL(llm.url).origin;
    await saveLlmSettings({ userId: own.id, input: updateLlmSettingsSchema.parse({ provider: "anthropic", base_url: origin, api_key: "sk-ant-user", models: { default: PLANNER }, vision: false }) });
    llm.reset();
    llm.on(PLANNER, { status: 401, rawBody: anthropicError(401, "invalid x-api-key") });
    const task = await run("a table", own.id);
    expect(task.errorCode).toBe("llm_auth_failed");
    expect(llm.requests.map((r) => r.path)).toEqual(["/v1/messages"]);
    expect(llm.requests[0].headers["x-api-key"]).toBe("sk-ant-user");
  });
});
