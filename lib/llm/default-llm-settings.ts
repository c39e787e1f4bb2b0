import { getEnv, type Env } from "@/lib/env";
import { DEFAULT_BASE_URL, mapRoles, type EffectiveLlmSettings, type ExternalProvider, type LlmConnection, type LlmRole, type ProviderKind } from "@/lib/llm/types";

/** The operator's defaults plus what the settings view shows: the shared model and the roles' own endpoints. */
export type DefaultLlmSettings = EffectiveLlmSettings & { defaultModel: string | null; ownEndpoints: Record<LlmRole, LlmConnection | undefined> };

/** A base URL as used: the configured one, else the provider's public API (none for the built-in modeler). */
export function effectiveBaseUrl(provider: ProviderKind, baseUrl: string | null | undefined): string | null {
  return provider === "builtin" ? null : (baseUrl ?? DEFAULT_BASE_URL[provider]);
}

// LL3M_LLM_<ROLE>_PROVIDER / _BASE_URL / _API_KEY; lib/env.ts has already refused a half-configured role.
function roleEndpointFromEnv(env: Env, role: LlmRole): LlmConnection | undefined {
  const name = role.toUpperCase() as Uppercase<LlmRole>;
  const provider: ExternalProvider | undefined = env[`LL3M_LLM_${name}_PROVIDER`];
  if (!provider) return undefined;
  return { provider, baseUrl: effectiveBaseUrl(provider, env[`LL3M_LLM_${name}_BASE_URL`]), apiKey: env[`LL3M_LLM_${name}_API_KEY`] ?? null };
}

/** The operator's defaults from the environment (LL3M_LLM_*), used by every user without their own settings. */
export function defaultLlmSettings(): DefaultLlmSettings {
  const env = getEnv();
  const model = env.LL3M_LLM_MODEL ?? null;
  const provider = env.LL3M_LLM_PROVIDER;
  const main: LlmConnection = { provider, baseUrl: effectiveBaseUrl(provider, env.LL3M_LLM_BASE_URL), apiKey: env.LL3M_LLM_API_KEY ?? null };
  const ownEndpoints = mapRoles((role) => roleEndpointFromEnv(env, role));
  return {
    ...main,
    endpoints: mapRoles((role) => ownEndpoints[role] ?? main),
    ownEndpoints,
    defaultModel: model,
    models: {
      planner: env.LL3M_LLM_PLANNER_MODEL ?? model,
      coder: env.LL3M_LLM_CODER_MODEL ?? model,
      critic: env.LL3M_LLM_CRITIC_MODEL ?? model,
    },
    vision: env.LL3M_LLM_VISION,
    structuredOutput: env.LL3M_LLM_STRUCTURED_OUTPUT,
    source: "default",
  };
}

/** Base URLs compared without trailing slashes, so "…/v1/" and "…/v1" are the same endpoint. */
export function sameEndpoint(a: string | null, b: string | null): boolean {
  const norm = (u: string | null) => (u ?? "").trim().replace(/\/+$/, "").toLowerCase();
  return norm(a) === norm(b);
}

/**
 * The operator's key for a connection a user set up without one of their own: only when it names the operator's
 * own endpoint (same provider and base URL), so the key never goes to a URL a user typed.
 */
export function operatorKeyFor({ provider, baseUrl, operator }: { provider: ProviderKind; baseUrl: string | null; operator: LlmConnection }): string | null {
  return provider === operator.provider && sameEndpoint(baseUrl, operator.baseUrl) ? operator.apiKey : null;
}
