import { afterAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { db } from "@/lib/db";
import { resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import { llmSettingsForTask } from "@/worker/agents/llm-settings-for-task";
import { startAppServer } from "../helpers/app-server";
import { createUser } from "../helpers/seed";

// The real built app over HTTP; the test process shares its database to check what was stored. Both this process
// (the worker's check) and the server run with an allowlist for user-set base URLs.
const ALLOWED = "127.0.0.1:11434,*.example.com";
process.env.LL3M_LLM_ALLOWED_HOSTS = ALLOWED;
const server = await startAppServer({ prefix: "ll3m_llmset", env: { LL3M_LLM_ALLOWED_HOSTS: ALLOWED } });
afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

async function call(key: string, method: string, body?: unknown) {
  const res = await fetch(`${server.baseUrl}/api/v1/settings/llm`, {
    method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("GET/PUT/DELETE /api/v1/settings/llm", () => {
  it("stores the key encrypted, never returns it, and the worker's resolver reads it back", async () => {
    const user = await createUser("settings");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const before = await call(key, "GET");
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ provider: "builtin", source: "default", has_api_key: false });

    const put = await call(key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", api_key: "sk-user-secret-123", models: { default: "llama3.1", critic: "llava" }, vision: true });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({
      provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", models: { default: "llama3.1", planner: null, coder: null, critic: "llava" },
      vision: true, structured_output: true, has_api_key: true, source: "user",
    });
    expect(JSON.stringify(put.json)).not.toContain("sk-user-secret");
    const got = await call(key, "GET");
    expect(got.json).toEqual(put.json);

    const row = await db.userLlmSettings.findUniqueOrThrow({ where: { userId: user.id }, omit: { apiKeyEncrypted: false } });
    expect(row.apiKeyEncrypted).toMatch(/^v1\./);
    expect(row.apiKeyEncrypted).not.toContain("sk-user-secret");
    // Secret columns are left out of ordinary reads.
    expect(Object.keys(await db.userLlmSettings.findUniqueOrThrow({ where: { userId: user.id } }))).not.toContain("apiKeyEncrypted");
    expect(await resolveLlmSettings({ userId: user.id })).toMatchObject({ apiKey: "sk-user-secret-123", models: { planner: "llama3.1", coder: "llama3.1", critic: "llava" }, vision: true });

    // Without api_key the stored key stays; null removes it.
    await call(key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", models: { default: "qwen2.5-coder" } });
    expect((await resolveLlmSettings({ userId: user.id })).apiKey).toBe("sk-user-secret-123");
    const cleared = await call(key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", api_key: null, models: { default: "qwen2.5-coder" } });
    expect(cleared.json.has_api_key).toBe(false);

    const reset = await call(key, "DELETE");
    expect(reset.json).toMatchObject({ source: "default", provider: "builtin" });
    expect(await db.userLlmSettings.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects bad input with 422 and unauthenticated calls with 401", async () => {
    const user = await createUser("settings-bad");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const noModel = await call(key, "PUT", { provider: "anthropic" });
    expect(noModel.status).toBe(422);
    expect(JSON.stringify(noModel.json)).toContain("models.default");
    expect((await call(key, "PUT", { provider: "openai-compatible", base_url: "file:///etc/passwd", models: { default: "m" } })).status).toBe(422);
    expect((await call(key, "PUT", { provider: "magic" })).status).toBe(422);
    expect((await call("ll3m_not-a-key", "GET")).status).toBe(401);
  });

  it("refuses base URLs outside LL3M_LLM_ALLOWED_HOSTS, at save time and again when a task runs", async () => {
    const user = await createUser("allow");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const metadata = await call(key, "PUT", { provider: "openai-compatible", base_url: "http://169.254.169.254/v1", models: { default: "m" } });
    expect(metadata.status).toBe(422);
    expect(JSON.stringify(metadata.json)).toMatch(/169\.254\.169\.254.*LL3M_LLM_ALLOWED_HOSTS/);
    expect((await call(key, "PUT", { provider: "openai-compatible", base_url: "https://llm.example.com/v1", models: { default: "m" } })).status).toBe(200);

    // A URL saved before the allowlist was tightened: the worker refuses it with a clear, permanent task error.
    await db.userLlmSettings.update({ where: { userId: user.id }, data: { baseUrl: "http://10.0.0.7:8000/v1" } });
    const task = await db.task.create({ data: { userId: user.id, prompt: "a chair", outputFormats: ["glb"] } });
    await expect(llmSettingsForTask(task)).rejects.toMatchObject({ code: "llm_base_url_not_allowed", message: expect.stringContaining("10.0.0.7:8000") });
  });
});
