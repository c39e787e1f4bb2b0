import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DELETE, GET, PUT } from "@/app/api/v1/settings/llm/route";
import { createApiKey } from "@/lib/auth/api-keys";
import { db } from "@/lib/db";
import { resolveLlmSettings } from "@/lib/llm/resolve-llm-settings";
import { createUser } from "../helpers/seed";
import { useOwnDatabase } from "../helpers/test-db";

// next-auth cannot be loaded outside Next's bundler; these calls authenticate with API keys, which never reach it.
vi.mock("@/lib/auth/auth", () => ({ auth: async () => null }));

const dropDatabase = await useOwnDatabase("ll3m_llmset");
afterAll(async () => {
  await db.$disconnect();
  // withAuth's per-key rate limiter keeps a pg pool of its own; close it before the database is dropped.
  await (globalThis as { ll3mRateLimitPool?: { end: () => Promise<void> } }).ll3mRateLimitPool?.end();
  await dropDatabase();
});

// The route handlers themselves, called with real requests (API-key auth), against a real database.
async function call(handler: typeof GET, key: string, method: string, body?: unknown) {
  const req = new NextRequest("http://localhost/api/v1/settings/llm", {
    method, headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const res = await handler(req, { params: Promise.resolve({}) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown>, text: "" };
}

describe("GET/PUT/DELETE /api/v1/settings/llm", () => {
  it("stores the key encrypted, never returns it, and the worker's resolver reads it back", async () => {
    const user = await createUser("settings");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const before = await call(GET, key, "GET");
    expect(before.status).toBe(200);
    expect(before.json).toMatchObject({ provider: "builtin", source: "default", has_api_key: false });

    const put = await call(PUT, key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", api_key: "sk-user-secret-123", models: { default: "llama3.1", critic: "llava" }, vision: true });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({
      provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", models: { default: "llama3.1", planner: null, coder: null, critic: "llava" },
      vision: true, structured_output: true, has_api_key: true, source: "user",
    });
    expect(JSON.stringify(put.json)).not.toContain("sk-user-secret");
    const got = await call(GET, key, "GET");
    expect(got.json).toEqual(put.json);

    const row = await db.userLlmSettings.findUniqueOrThrow({ where: { userId: user.id }, omit: { apiKeyEncrypted: false } });
    expect(row.apiKeyEncrypted).toMatch(/^v1\./);
    expect(row.apiKeyEncrypted).not.toContain("sk-user-secret");
    // Secret columns are left out of ordinary reads.
    expect(Object.keys(await db.userLlmSettings.findUniqueOrThrow({ where: { userId: user.id } }))).not.toContain("apiKeyEncrypted");
    expect(await resolveLlmSettings({ userId: user.id })).toMatchObject({ apiKey: "sk-user-secret-123", models: { planner: "llama3.1", coder: "llama3.1", critic: "llava" }, vision: true });

    // Without api_key the stored key stays; null removes it.
    await call(PUT, key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", models: { default: "qwen2.5-coder" } });
    expect((await resolveLlmSettings({ userId: user.id })).apiKey).toBe("sk-user-secret-123");
    const cleared = await call(PUT, key, "PUT", { provider: "openai-compatible", base_url: "http://127.0.0.1:11434/v1", api_key: null, models: { default: "qwen2.5-coder" } });
    expect(cleared.json.has_api_key).toBe(false);

    const reset = await call(DELETE, key, "DELETE");
    expect(reset.json).toMatchObject({ source: "default", provider: "builtin" });
    expect(await db.userLlmSettings.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects bad input with 422 and unauthenticated calls with 401", async () => {
    const user = await createUser("settings-bad");
    const { key } = await createApiKey({ userId: user.id, name: "t" });
    const noModel = await call(PUT, key, "PUT", { provider: "anthropic" });
    expect(noModel.status).toBe(422);
    expect(JSON.stringify(noModel.json)).toContain("models.default");
    expect((await call(PUT, key, "PUT", { provider: "openai-compatible", base_url: "file:///etc/passwd", models: { default: "m" } })).status).toBe(422);
    expect((await call(PUT, key, "PUT", { provider: "magic" })).status).toBe(422);
    expect((await call(GET, "ll3m_not-a-key", "GET")).status).toBe(401);
  });
});
