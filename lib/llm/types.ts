/** Where LLM calls go: the offline built-in modeler, any OpenAI-compatible endpoint, or Anthropic. */
export const PROVIDERS = ["builtin", "openai-compatible", "anthropic"] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

/** The agent roles that each may use their own model. */
export const ROLES = ["planner", "coder", "critic"] as const;
export type LlmRole = (typeof ROLES)[number];

/** A user's effective LLM configuration as the worker uses it (the API key in clear, in memory only). */
export interface EffectiveLlmSettings {
  provider: ProviderKind;
  baseUrl: string | null;
  apiKey: string | null;
  models: Record<LlmRole, string | null>;
  vision: boolean;
  structuredOutput: boolean;
  /** "user" when the user saved their own settings, "default" for the operator's env defaults. */
  source: "user" | "default";
}

/** Base URLs used when none is configured. */
export const DEFAULT_BASE_URL: Record<Exclude<ProviderKind, "builtin">, string> = {
  "openai-compatible": "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com/v1",
};
