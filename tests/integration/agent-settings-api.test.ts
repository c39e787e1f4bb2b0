import { afterAll, describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/auth/api-keys";
import { db } from "@/lib/db";
import { resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import { llmSettingsForTask } from "@/worker/agents/llm-settings-for-task";
import { startAppServer } from "../helpers/app-server";
import { createApiClient, validateRecorded, type RecordedResponse } from "../helpers/openapi-recorder";
import { createUser } from "../helpers/seed";

// The real built app over HTTP; the test process shares its database to check what was stored. Both this process
// (the worker's resolver and check) and the server run with the same operator defaults (planner and coder on a local
// Ollama, the critic on Anthropic with its own key) and an allowlist for user-set base URLs.
const OLLAMA = "http://127.0.0.1:11434/v1";
const OPERATOR = {
  LL3M_LLM_ALLOWED_HOSTS: "127.0.0.1:11434,*.example.com",
  LL3M_LLM_PROVIDER: "openai-compatible", LL3M_LLM_BASE_URL: OLLAMA, LL3M_LLM_API_KEY: "operator-ollama-key", LL3M_LLM_MODEL: "llama3.1",
  LL3M_LLM_CRITIC_PROVIDER: "anthropic", LL3M_LLM_CRITIC_API_KEY: "sk-ant-operator-critic", LL3M_LLM_CRITIC_MODEL: "claude-haiku-4-5",
};
Object.assign(process.env, OPERATOR);
const server = await startAppServer({ prefix: "ll3m_llmset", env: OPERATOR });
const recorded: RecordedResponse[] = [];
const api = createApiClient(server.baseUrl, recorded);
afterAll(async () => {
  await db.$disconnect();
  await server.stop();
});

async function call(key: string, method: string, body?: unknown) {
  const res = await api<Record<string, unknown>>("/api/v1/settings/llm", { method, key, body });
  return { status: res.status, json: res.body };
}

const OPERATOR_VIEW = {
  provider: "openai-compatible", base_url: OLLAMA, models: { default: "llama3.1", planner: null, coder: null, critic: "claude-haiku-4-5" },
  endpoints: { planner: null, coder: null, critic: { provider: "anthropic", base_url: "https://api.anthropic.com/v1", has_api_key: true } },
  vision: false, structured_output: true, has_api_key: true, source: "default",
};

describe("GET/PUT/DELETE /api/v1/settings/llm", () => {
  it("stores the key encrypted, never returns it, and the worker's resolver reads it back", async () => {
    const user = await createUser("settings");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const before = await call(key, "GET");
    expect(before.status).toBe(200);
    expect(before.json).toEqual(OPERATOR_VIEW);

    const put = await call(key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", api_key: "sk-user-secret-123", models: { default: "llama3.1", critic: "llava" }, vision: true });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({
      provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", models: { default: "llama3.1", planner: null, coder: null, critic: "llava" },
      endpoints: { planner: null, coder: null, critic: null }, vision: true, structured_output: true, has_api_key: true, source: "user",
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
    expect(reset.json).toEqual(OPERATOR_VIEW);
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

describe("per-role endpoints", () => {
  const CLAUDE = "https://claude.example.com/v1";
  const withCritic = (critic: unknown, extra: Record<string, unknown> = {}) => ({
    provider: "openai-compatible", base_url: OLLAMA, api_key: "sk-main-user", models: { default: "llama3.1", critic: "claude-sonnet-4-5" }, vision: true, endpoints: { critic }, ...extra,
  });
  const readEndpoints = async (userId: string) => (await db.userLlmSettings.findUniqueOrThrow({ where: { userId }, omit: { roleEndpoints: false } })).roleEndpoints as Record<string, { apiKeyEncrypted: string | null }>;

  it("stores a critic endpoint's key encrypted, shows only that it is set, and keeps it only while the endpoint stays", async () => {
    const user = await createUser("roles");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const put = await call(key, "PUT", withCritic({ provider: "anthropic", base_url: CLAUDE, api_key: "sk-ant-user-critic-456" }));
    expect(put.status).toBe(200);
    expect(put.json.endpoints).toEqual({ planner: null, coder: null, critic: { provider: "anthropic", base_url: CLAUDE, has_api_key: true } });
    const got = await call(key, "GET");
    expect(got.json).toEqual(put.json);
    for (const body of [put.json, got.json]) expect(JSON.stringify(body)).not.toMatch(/sk-ant-user|sk-main-user|apiKeyEncrypted|"v1\./);

    // In the database: sealed (not the key), and left out of ordinary reads like the main key.
    const sealed = (await readEndpoints(user.id)).critic.apiKeyEncrypted;
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("sk-ant-user-critic");
    expect(Object.keys(await db.userLlmSettings.findUniqueOrThrow({ where: { userId: user.id } }))).not.toContain("roleEndpoints");
    const resolved = await resolveLlmSettings({ userId: user.id });
    expect(resolved.endpoints).toEqual({
      planner: { provider: "openai-compatible", baseUrl: OLLAMA, apiKey: "sk-main-user" },
      coder: { provider: "openai-compatible", baseUrl: OLLAMA, apiKey: "sk-main-user" },
      critic: { provider: "anthropic", baseUrl: CLAUDE, apiKey: "sk-ant-user-critic-456" },
    });

    // Same endpoint without api_key: the key stays. Another base URL: it is dropped. Left out: no endpoint at all.
    const same = await call(key, "PUT", withCritic({ provider: "anthropic", base_url: `${CLAUDE}/` }));
    expect(same.json.endpoints).toMatchObject({ critic: { has_api_key: true } });
    expect((await resolveLlmSettings({ userId: user.id })).endpoints.critic.apiKey).toBe("sk-ant-user-critic-456");
    const moved = await call(key, "PUT", withCritic({ provider: "anthropic", base_url: "https://other.example.com/v1" }));
    expect(moved.json.endpoints).toMatchObject({ critic: { base_url: "https://other.example.com/v1", has_api_key: false } });
    expect((await resolveLlmSettings({ userId: user.id })).endpoints.critic.apiKey).toBeNull();
    const gone = await call(key, "PUT", { provider: "openai-compatible", base_url: OLLAMA, models: { default: "llama3.1" } });
    expect(gone.json.endpoints).toEqual({ planner: null, coder: null, critic: null });
    expect(await readEndpoints(user.id)).toEqual({});
  });

  it("answers 422 naming the field for endpoints under builtin, a role without its model, and bad or refused URLs", async () => {
    const user = await createUser("roles-bad");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const cases: [unknown, string][] = [
      [{ provider: "builtin", endpoints: { critic: { provider: "anthropic", base_url: null } } }, "endpoints: endpoints need an external provider; the built-in modeler has no roles"],
      [withCritic({ provider: "anthropic", base_url: null }, { models: { default: "llama3.1" } }), "models.critic: name the critic model for its own endpoint"],
      [withCritic({ provider: "anthropic", base_url: "not a url" }), "endpoints.critic.base_url: base_url must be a URL"],
      [withCritic({ provider: "anthropic", base_url: "http://169.254.169.254/v1" }), "endpoints.critic.base_url: The LLM base URL 169.254.169.254 is not allowed on this server (LL3M_LLM_ALLOWED_HOSTS)"],
    ];
    for (const [body, message] of cases) {
      const res = await call(key, "PUT", body);
      expect(res.status, message).toBe(422);
      expect((res.json.error as { message: string }).message).toContain(message);
    }
    expect(await db.userLlmSettings.count({ where: { userId: user.id } })).toBe(0);
  });

  it("gives a role the operator's key only for the operator's own endpoint of that role", async () => {
    const user = await createUser("roles-operator");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    // Critic on Anthropic's public API (the operator's critic endpoint) without a key; planner on it too.
    const body = withCritic({ provider: "anthropic", base_url: null }, { api_key: null, models: { default: "llama3.1", planner: "claude-sonnet-4-5", critic: "claude-haiku-4-5" } });
    (body.endpoints as Record<string, unknown>).planner = { provider: "anthropic", base_url: null };
    expect((await call(key, "PUT", body)).status).toBe(200);
    const s = await resolveLlmSettings({ userId: user.id });
    expect(s.endpoints.critic).toEqual({ provider: "anthropic", baseUrl: "https://api.anthropic.com/v1", apiKey: "sk-ant-operator-critic" });
    // The operator's planner uses Ollama: the Anthropic key is the critic's, not the planner's.
    expect(s.endpoints.planner).toEqual({ provider: "anthropic", baseUrl: "https://api.anthropic.com/v1", apiKey: null });
    expect(s.endpoints.coder).toEqual({ provider: "openai-compatible", baseUrl: OLLAMA, apiKey: "operator-ollama-key" });
    // A critic endpoint the user typed gets no operator key.
    await call(key, "PUT", withCritic({ provider: "anthropic", base_url: CLAUDE }, { api_key: null }));
    expect((await resolveLlmSettings({ userId: user.id })).endpoints.critic.apiKey).toBeNull();
  });

  it("refuses a task whose role endpoint left the allowlist, when that role is called", async () => {
    const user = await createUser("roles-allow");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    expect((await call(key, "PUT", withCritic({ provider: "anthropic", base_url: CLAUDE, api_key: "k" }))).status).toBe(200);
    const endpoints = await readEndpoints(user.id);
    await db.userLlmSettings.update({ where: { userId: user.id }, data: { roleEndpoints: { critic: { ...endpoints.critic, baseUrl: "http://10.0.0.9:8080/v1" } } } });
    const task = await db.task.create({ data: { userId: user.id, prompt: "a chair", outputFormats: ["glb"] } });
    await expect(llmSettingsForTask(task)).rejects.toMatchObject({ code: "llm_base_url_not_allowed", message: expect.stringMatching(/critic's LLM base URL 10\.0\.0\.9:8080/) });
    // Without vision the critic model is never called, so its endpoint does not stop the task.
    await db.userLlmSettings.update({ where: { userId: user.id }, data: { vision: false } });
    await expect(llmSettingsForTask(task)).resolves.toMatchObject({ endpoints: { critic: { baseUrl: "http://10.0.0.9:8080/v1" } } });
  });

  it("every answer of this file matches the served OpenAPI document", async () => {
    expect(recorded.length).toBeGreaterThan(15);
    const doc = await fetch(`${server.baseUrl}/api/v1/openapi.json`).then((r) => r.json());
    expect(doc.components.schemas.UpdateLlmSettingsRequest.properties.endpoints.properties.critic).toBeDefined();
    expect(validateRecorded(doc, recorded)).toEqual([]);
  });
});
