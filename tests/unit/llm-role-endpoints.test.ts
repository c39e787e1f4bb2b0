import { describe, expect, it } from "vitest";
import { envSchema } from "@/lib/env";
import { defaultLlmSettings, operatorKeyFor } from "@/lib/llm/default-llm-settings";
import { decryptSecret } from "@/lib/llm/secret-box";
import { readRoleEndpoints, sealRoleEndpoints, viewRoleEndpoints } from "@/lib/llm/stored-role-endpoints";
import { updateLlmSettingsSchema } from "@/lib/validations/llm-settings";

// The operator's env for this file (read once by getEnv): planner and coder on a local Ollama, the critic on Anthropic.
const OLLAMA = "http://127.0.0.1:11434/v1";
const base = { DATABASE_URL: "postgres://u@127.0.0.1:1/none", AUTH_SECRET: "a".repeat(40) };
const operator = {
  ...base,
  LL3M_LLM_PROVIDER: "openai-compatible", LL3M_LLM_BASE_URL: OLLAMA, LL3M_LLM_API_KEY: "ollama-key", LL3M_LLM_MODEL: "qwen2.5-coder",
  LL3M_LLM_CRITIC_PROVIDER: "anthropic", LL3M_LLM_CRITIC_API_KEY: "sk-ant-operator", LL3M_LLM_CRITIC_MODEL: "claude-haiku-4-5",
};
Object.assign(process.env, operator);

const issues = (env: Record<string, string>) => {
  const r = envSchema.safeParse(env);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("the operator's role endpoints (LL3M_LLM_<ROLE>_PROVIDER, _BASE_URL, _API_KEY)", () => {
  it("resolve each role to its own endpoint, else the main connection", () => {
    const d = defaultLlmSettings();
    expect(d.endpoints.planner).toEqual({ provider: "openai-compatible", baseUrl: OLLAMA, apiKey: "ollama-key" });
    expect(d.endpoints.critic).toEqual({ provider: "anthropic", baseUrl: "https://api.anthropic.com/v1", apiKey: "sk-ant-operator" });
    expect(d.ownEndpoints).toEqual({ planner: undefined, coder: undefined, critic: d.endpoints.critic });
    expect(d.models.critic).toBe("claude-haiku-4-5");
  });

  it("give a role's key only to that role's own operator endpoint", () => {
    const critic = defaultLlmSettings().endpoints.critic;
    expect(operatorKeyFor({ provider: "anthropic", baseUrl: "https://api.anthropic.com/v1/", operator: critic })).toBe("sk-ant-operator");
    expect(operatorKeyFor({ provider: "anthropic", baseUrl: "https://evil.example.com/v1", operator: critic })).toBeNull();
    expect(operatorKeyFor({ provider: "openai-compatible", baseUrl: "https://api.anthropic.com/v1", operator: critic })).toBeNull();
  });

  it("are refused at start when half-configured, under the built-in modeler, or without the role's model", () => {
    expect(issues(operator)).toEqual([]);
    expect(issues({ ...base, LL3M_LLM_CODER_BASE_URL: OLLAMA })).toEqual(["LL3M_LLM_CODER_PROVIDER: LL3M_LLM_CODER_BASE_URL needs LL3M_LLM_CODER_PROVIDER (openai-compatible or anthropic)"]);
    expect(issues({ ...base, LL3M_LLM_CRITIC_PROVIDER: "anthropic", LL3M_LLM_CRITIC_MODEL: "m" })).toEqual([
      "LL3M_LLM_CRITIC_PROVIDER: role endpoints need an external LL3M_LLM_PROVIDER; the built-in modeler has no roles",
    ]);
    expect(issues({ ...base, LL3M_LLM_PROVIDER: "anthropic", LL3M_LLM_MODEL: "m", LL3M_LLM_PLANNER_PROVIDER: "openai-compatible" })).toEqual([
      "LL3M_LLM_PLANNER_MODEL: name the planner model for its own endpoint",
    ]);
    expect(issues({ ...base, LL3M_LLM_PROVIDER: "anthropic", LL3M_LLM_CRITIC_PROVIDER: "builtin" })[0]).toMatch(/^LL3M_LLM_CRITIC_PROVIDER:/);
  });
});

describe("PUT input for role endpoints", () => {
  const message = (input: unknown) => {
    const r = updateLlmSettingsSchema.safeParse(input);
    return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  };

  it("defaults every role to none and needs the role's own model", () => {
    expect(updateLlmSettingsSchema.parse({ provider: "openai-compatible", models: { default: "m" } }).endpoints).toEqual({ planner: null, coder: null, critic: null });
    const critic = { provider: "anthropic", base_url: null, api_key: "k" };
    expect(message({ provider: "openai-compatible", models: { default: "m" }, endpoints: { critic } })).toBe("models.critic: name the critic model for its own endpoint");
    expect(message({ provider: "openai-compatible", models: { default: "m", critic: "c" }, endpoints: { critic } })).toBeNull();
  });

  it("refuses endpoints under the built-in modeler, bad URLs, unknown providers and unknown keys", () => {
    expect(message({ provider: "builtin", endpoints: { coder: { provider: "anthropic", base_url: null } } })).toBe("endpoints: endpoints need an external provider; the built-in modeler has no roles");
    const withCritic = (critic: unknown) => message({ provider: "openai-compatible", models: { default: "m", critic: "c" }, endpoints: { critic } });
    expect(withCritic({ provider: "anthropic", base_url: "file:///etc/passwd" })).toBe("endpoints.critic.base_url: base_url must start with http:// or https://");
    expect(withCritic({ provider: "builtin", base_url: null })).toMatch(/^endpoints\.critic\.provider: provider must be one of openai-compatible, anthropic/);
    expect(withCritic({ provider: "anthropic", base_url: null, apiKey: "k" })).toMatch(/^endpoints\.critic: Unrecognized key/);
    expect(message({ provider: "anthropic", models: { default: "m" }, endpoints: { verifier: null } })).toMatch(/^endpoints: Unrecognized key/);
  });
});

describe("stored role endpoints", () => {
  const userId = "0b7c6d4e-0000-4000-8000-000000000001";
  const seal = (critic: unknown, previous: unknown = {}) =>
    sealRoleEndpoints({ userId, previous, input: { planner: null, coder: null, critic: critic as never } });

  it("seal a new key bound to the user and role, and show only that one is stored", () => {
    const stored = seal({ provider: "anthropic", base_url: null, api_key: "sk-ant-user" });
    expect(Object.keys(stored)).toEqual(["critic"]);
    expect(stored.critic!.apiKeyEncrypted).not.toContain("sk-ant-user");
    expect(decryptSecret({ sealed: stored.critic!.apiKeyEncrypted!, context: `${userId}:critic` })).toBe("sk-ant-user");
    expect(() => decryptSecret({ sealed: stored.critic!.apiKeyEncrypted!, context: `${userId}:planner` })).toThrow();
    expect(viewRoleEndpoints(readRoleEndpoints(stored))).toEqual({ planner: null, coder: null, critic: { provider: "anthropic", base_url: null, has_api_key: true } });
  });

  it("keep a key only while provider and base URL stay the same; null removes it", () => {
    const first = seal({ provider: "anthropic", base_url: null, api_key: "sk-ant-user" });
    // The provider's public URL spelled out (with a trailing slash) is the same endpoint as none.
    expect(seal({ provider: "anthropic", base_url: "https://api.anthropic.com/v1/" }, first).critic!.apiKeyEncrypted).toBe(first.critic!.apiKeyEncrypted);
    expect(seal({ provider: "anthropic", base_url: "https://proxy.example.com/v1" }, first).critic!.apiKeyEncrypted).toBeNull();
    expect(seal({ provider: "openai-compatible", base_url: null }, first).critic!.apiKeyEncrypted).toBeNull();
    expect(seal({ provider: "anthropic", base_url: null, api_key: null }, first).critic!.apiKeyEncrypted).toBeNull();
    expect(seal(null, first)).toEqual({});
    // A column this code cannot read keeps nothing, so saving again repairs it; reading it is a clear settings error.
    expect(seal({ provider: "anthropic", base_url: null }, { critic: { provider: "magic" } }).critic!.apiKeyEncrypted).toBeNull();
    expect(() => readRoleEndpoints({ critic: { provider: "magic" } })).toThrow(/save them again/);
  });
});
