import { readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dataDir } from "@/lib/env";
import { saveLlmSettings } from "@/lib/llm/llm-settings-view";
import { enqueueGenerateTask } from "@/lib/tasks/enqueue-task";
import { enqueueRefineTask } from "@/lib/tasks/enqueue-refine-task";
import { generateSchema } from "@/lib/validations/generate";
import { updateLlmSettingsSchema } from "@/lib/validations/llm-settings";
import { COLOUR_LINE, fenced, TABLE_PLAN, tableCode } from "../helpers/agent-script";
import { startScriptedLlmServer, type ScriptedLlmServer } from "../helpers/scripted-llm-server";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";
import { startWorker, waitFor, type WorkerHandle } from "../helpers/worker-process";

const dropDatabase = await useOwnDatabase("ll3m_agent");
let llm: ScriptedLlmServer;
let worker: WorkerHandle;

beforeAll(async () => {
  llm = await startScriptedLlmServer();
  worker = startWorker({
    LL3M_LLM_PROVIDER: "openai-compatible", LL3M_LLM_BASE_URL: llm.url, LL3M_LLM_API_KEY: "operator-key",
    LL3M_LLM_PLANNER_MODEL: "planner", LL3M_LLM_CODER_MODEL: "coder", LL3M_LLM_CRITIC_MODEL: "critic", LL3M_LLM_VISION: "1",
    LL3M_AGENT_MAX_REPAIRS: "2", LL3M_AGENT_MAX_CRITIC_ROUNDS: "1",
  });
});
afterAll(async () => {
  expect(await worker?.stop()).toBe(0);
  await llm?.close();
  await db.$disconnect();
  await dropDatabase();
});

async function finished(taskId: string) {
  return waitFor(async () => {
    const t = await db.task.findUniqueOrThrow({ where: { id: taskId } });
    return ["completed", "failed", "canceled"].includes(t.status) ? t : undefined;
  }, { timeoutMs: 150_000, what: `task ${taskId} to finish` });
}

type Trail = { kind: string; role?: string; purpose?: string; prompt?: string; error?: string | null; latency_ms?: number; ok?: boolean }[];

describe("the LLM agent loop through the real worker, a scripted provider and real Blender", () => {
  it("repairs a traceback, fixes what the vision critic saw, verifies it, then refines into version 2", async () => {
    const user = await createUser("agent");
    llm.reset();
    llm.on("planner", { json: TABLE_PLAN });
    llm.on("coder", { content: fenced(tableCode(undefined, { colourKey: "Base Colour" })) }, { content: fenced(tableCode()) }, { content: fenced(tableCode("0.8, 0.05, 0.05")) });
    llm.on("critic",
      // The fix changes a colour the plan fixed, so it amends the plan explicitly; a second fix's words alone change nothing.
      { json: { problems: [
        { severity: "error", part: "Top", issue: "The top should be red", fix: "Paint the top red", plan_change: { base_color: [0.8, 0.05, 0.05] } },
        { severity: "warning", part: "Leg_1", issue: "Rename the legs to Support_1..4", fix: "rename them" },
      ], summary: "colour wrong" } },
      { json: { checks: [{ issue: "The top should be red", resolved: true, note: "now red" }], score: 8.5, reasons: ["Top and four legs present"] } });
    const input = generateSchema.parse({ prompt: "a small table with a red top", output_formats: ["glb"] });
    const task = await finished((await enqueueGenerateTask({ userId: user.id, input })).id);
    expect(task.errorMessage).toBeNull();
    expect(task.status).toBe("completed");
    expect((task.stageLog as { name: string }[]).map((s) => s.name)).toEqual(expect.arrayContaining(["planning", "retrieving", "coding", "modeling", "critiquing", "verifying", "saving"]));

    // The repair request carried the traceback and the failing line; the operator's key went to the operator's endpoint.
    const coder = llm.requestsFor("coder");
    expect(coder).toHaveLength(3);
    expect(coder[0].text).toContain("Harness contract");
    expect(coder[1].text).toContain("KeyError");
    expect(coder[1].text).toContain(`Line: ${COLOUR_LINE}`);
    expect(coder[1].text).toContain("Base Colour");
    expect(coder[2].text).toContain("The top should be red");
    // Precedence: the coder is told the plan wins, and gets the amended plan with the amendment named.
    expect(coder[2].text).toContain("Precedence: the plan below wins. Keep every object named exactly as its plan part");
    expect(coder[2].text).toContain('The reviewer amended the plan (already applied above):\n- Top: {"base_color":[0.8,0.05,0.05]}');
    expect(coder[2].text).toContain('"name":"Top","shape":"box","dimensions":[1.2,0.8,0.04],"position":[0,0,0.73],"rotation":[0,0,0],"material":{"name":"Wood","color_name":"brown","base_color":[0.8,0.05,0.05]');
    // Every role was told the frame; the build report gave own sizes beside world boxes.
    for (const r of llm.requests) expect(r.text).toContain("the model's front faces -Y");
    expect(llm.requestsFor("critic")[0].text).toContain("- Top (MESH): own 1.20 x 0.80 x 0.04 m; world box x -0.60..0.60");
    expect(coder[0].headers.authorization).toBe("Bearer operator-key");
    // The critic and the verifier saw the four rendered views as images.
    const critic = llm.requestsFor("critic");
    expect(critic).toHaveLength(2);
    for (const r of critic) {
      expect(r.images).toHaveLength(4);
      expect(r.images[0]).toMatch(/^data:image\/png;base64,iVBOR/);
    }

    const version = await db.assetVersion.findUniqueOrThrow({ where: { id: task.versionId! } });
    expect(version.provider).toBe("openai-compatible");
    expect(version.code).toContain("0.8, 0.05, 0.05");
    expect(version.qualityScore).toBe(8.5);
    expect(version.qualityReasons).toEqual(expect.arrayContaining([{ severity: "info", message: "Top and four legs present" }]));
    // The version keeps the amended plan: the top red, every name as planned.
    const kept = version.plan as { parts: { name: string; material: { base_color: number[] } }[] };
    expect(kept.parts.map((p) => p.name)).toEqual(["Top", "Leg_1", "Leg_2", "Leg_3", "Leg_4"]);
    expect(kept.parts[0].material.base_color).toEqual([0.8, 0.05, 0.05]);
    const trail = version.trail as Trail;
    const calls = trail.filter((e) => e.kind === "llm");
    expect(calls.map((c) => `${c.role}:${c.purpose}`)).toEqual(["planner:plan", "coder:code", "coder:code-repair", "critic:critique", "coder:fix-1", "critic:verify"]);
    expect(calls.every((c) => typeof c.latency_ms === "number" && c.prompt!.length > 0 && c.prompt!.length <= 8 * 1024 + 40)).toBe(true);
    expect(trail.filter((e) => e.kind === "blender").map((e) => e.ok)).toEqual([false, true, true]);
    expect(trail).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "plan_amended", round: 1, applied: [{ part: "Top", change: { base_color: [0.8, 0.05, 0.05] } }], refused: [] })]));
    expect(trail.at(-1)).toMatchObject({ kind: "timings" });
    const files = await readdir(path.join(dataDir(), "assets", task.assetId!, version.id));
    expect(files).toEqual(expect.arrayContaining(["model.glb", "preview.png", "view_0.png", "view_3.png"]));

    // Refinement: the planner sees the old plan and the feedback, the coder the old code; version 1 stays as it was.
    llm.reset();
    const shorter = { ...TABLE_PLAN, parts: TABLE_PLAN.parts.map((p) => (p.group === "legs" ? { ...p, dimensions: [0.06, 0.06, 0.5] } : p)) };
    llm.on("planner", { json: shorter });
    llm.on("coder", { content: fenced(tableCode("0.8, 0.05, 0.05").replaceAll("0.71", "0.5")) });
    llm.on("critic", { json: { problems: [], summary: "fine" } }, { json: { score: 7, reasons: ["Shorter legs as asked"] } });
    const asset = await db.asset.findUniqueOrThrow({ where: { id: task.assetId! } });
    const refine = await finished((await enqueueRefineTask({ userId: user.id, asset, feedback: "make the legs shorter", preserveAspects: ["colour"], qualityLevel: "standard", outputFormats: ["glb"] })).id);
    expect(refine.errorMessage).toBeNull();
    // No problems raised: the verifier is asked for a score, not for checks of nothing.
    const verify = llm.requestsFor("critic")[1];
    expect(verify.text).not.toMatch(/Problems raised|"checks"/);
    expect(verify.text).toContain('{"score":<0-10>,"reasons":["..."]}');
    expect(llm.requestsFor("planner")[0].text).toContain("make the legs shorter");
    expect(llm.requestsFor("planner")[0].text).toContain('"Leg_1"');
    expect(llm.requestsFor("coder")[0].text).toContain("0.8, 0.05, 0.05");
    const after = await db.asset.findUniqueOrThrow({ where: { id: asset.id }, include: { versions: { orderBy: { number: "asc" } }, currentVersion: true } });
    expect(after.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(after.currentVersion!.number).toBe(2);
    expect(after.currentVersion!.code).toContain("depth=0.5");
    expect(after.currentVersion!.feedback).toBe("make the legs shorter");
    expect(after.versions[0].code).toBe(version.code);
    expect(after.versions[0].trail).toEqual(version.trail);
    expect(after.currentVersion!.trail as Trail).toEqual(expect.arrayContaining([expect.objectContaining({ kind: "refinement", base_version: 1 })]));
  }, 300_000); // four Blender runs with five renders each: generous for a 2-core machine shared with other runs

  it("uses the user's own provider settings and key, and builtin users keep the offline modeler", async () => {
    const own = await createUser("own-key");
    await saveLlmSettings({ userId: own.id, input: updateLlmSettingsSchema.parse({ provider: "openai-compatible", base_url: llm.url, api_key: "user-secret-key", models: { default: "users-model" }, vision: false }) });
    const offline = await createUser("offline");
    await saveLlmSettings({ userId: offline.id, input: updateLlmSettingsSchema.parse({ provider: "builtin" }) });
    llm.reset();
    llm.on("users-model", { json: TABLE_PLAN }, { content: fenced(tableCode()) });

    const a = await finished((await enqueueGenerateTask({ userId: own.id, input: generateSchema.parse({ prompt: "a table", output_formats: ["glb"] }) })).id);
    expect(a.errorMessage).toBeNull();
    // Without vision the geometric critic stands in: no critic request, a score from the scene.
    expect(llm.requests.map((r) => r.body.model)).toEqual(["users-model", "users-model"]);
    expect(llm.requests.every((r) => r.headers.authorization === "Bearer user-secret-key")).toBe(true);
    const v = await db.assetVersion.findUniqueOrThrow({ where: { id: a.versionId! } });
    expect(v.qualityScore).toBe(10);

    const b = await finished((await enqueueGenerateTask({ userId: offline.id, input: generateSchema.parse({ prompt: "a red wooden chair", output_formats: ["glb"] }) })).id);
    expect(b.errorMessage).toBeNull();
    expect(llm.requests).toHaveLength(2);
    expect((await db.assetVersion.findUniqueOrThrow({ where: { id: b.versionId! } })).provider).toBe("builtin");
  }, 240_000);

  it("sends each role to its own endpoint: planner and coder to an OpenAI-compatible server, the critic to Anthropic", async () => {
    const CRITIC = "claude-haiku-4-5-20251001";
    const anthropic = await startScriptedLlmServer();
    try {
      const user = await createUser("role-endpoints");
      await saveLlmSettings({ userId: user.id, input: updateLlmSettingsSchema.parse({
        provider: "openai-compatible", base_url: llm.url, api_key: "sk-main-user", models: { default: "local-model", critic: CRITIC }, vision: true,
        endpoints: { critic: { provider: "anthropic", base_url: anthropic.url, api_key: "sk-ant-critic-user" } },
      }) });
      llm.reset();
      llm.on("local-model", { json: TABLE_PLAN }, { content: fenced(tableCode()) });
      anthropic.on(CRITIC, { json: { problems: [], summary: "top and legs as planned" } }, { json: { checks: [], score: 9, reasons: ["Top and four legs present"] } });
      const task = await finished((await enqueueGenerateTask({ userId: user.id, input: generateSchema.parse({ prompt: "a small wooden table", output_formats: ["glb"] }) })).id);
      expect(task.errorMessage).toBeNull();
      expect(task.status).toBe("completed");

      // Each server saw only its roles, with its own key in its own wire format.
      expect(llm.requests.map((r) => `${r.api} ${r.path} ${r.body.model}`)).toEqual(["openai /v1/chat/completions local-model", "openai /v1/chat/completions local-model"]);
      for (const r of llm.requests) {
        expect(r.headers.authorization).toBe("Bearer sk-main-user");
        expect(r.headers["x-api-key"]).toBeUndefined();
      }
      expect(anthropic.requests.map((r) => `${r.api} ${r.path} ${r.body.model}`)).toEqual([`anthropic /v1/messages ${CRITIC}`, `anthropic /v1/messages ${CRITIC}`]);
      for (const r of anthropic.requests) {
        expect(r.headers["x-api-key"]).toBe("sk-ant-critic-user");
        expect(r.headers.authorization).toBeUndefined();
        expect(r.images).toHaveLength(4);
      }

      const version = await db.assetVersion.findUniqueOrThrow({ where: { id: task.versionId! } });
      expect(version.provider).toBe("openai-compatible");
      expect(version.qualityScore).toBe(9);
      const trail = version.trail as (Trail[number] & { provider?: string; base_url?: string; model?: string; endpoints?: unknown })[];
      expect(trail.filter((e) => e.kind === "llm").map((c) => `${c.provider} ${c.base_url} ${c.role}:${c.purpose} ${c.model}`)).toEqual([
        `openai-compatible ${llm.url} planner:plan local-model`,
        `openai-compatible ${llm.url} coder:code local-model`,
        `anthropic ${anthropic.url} critic:critique ${CRITIC}`,
        `anthropic ${anthropic.url} critic:verify ${CRITIC}`,
      ]);
      const settings = trail.find((e) => e.kind === "settings")!;
      expect(settings.endpoints).toEqual({
        planner: { provider: "openai-compatible", base_url: llm.url },
        coder: { provider: "openai-compatible", base_url: llm.url },
        critic: { provider: "anthropic", base_url: anthropic.url },
      });
      expect(JSON.stringify(version.trail)).not.toMatch(/sk-main-user|sk-ant-critic-user/);
    } finally {
      await anthropic.close();
    }
  }, 240_000);
});
