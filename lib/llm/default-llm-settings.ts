import { getEnv } from "@/lib/env";
import { DEFAULT_BASE_URL, type EffectiveLlmSettings } from "@/lib/llm/types";

/** The operator's defaults from the environment (LL3M_LLM_*), used by every user without their own settings. */
export function defaultLlmSettings(): EffectiveLlmSettings & { defaultModel: string | null } {
  const env = getEnv();
  const model = env.LL3M_LLM_MODEL ?? null;
  const provider = env.LL3M_LLM_PROVIDER;
  return {
    provider,
    baseUrl: provider === "builtin" ? null : (env.LL3M_LLM_BASE_URL ?? DEFAULT_BASE_URL[provider]),
    apiKey: env.LL3M_LLM_API_KEY ?? null,
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
