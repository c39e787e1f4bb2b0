/** Where LLM calls go: the offline built-in modeler, any OpenAI-compatible endpoint, or Anthropic. */
export const PROVIDERS = ["builtin", "openai-compatible", "anthropic"] as const;
export type ProviderKind = (typeof PROVIDERS)[number];

/** The agent roles that each may use their own model. */
export const ROLES = ["planner", "coder", "critic"] as const;
export type LlmRole = (typeof ROLES)[number];

/** A record with one value per role, computed from the role. */
export function mapRoles<T>(fn: (role: LlmRole) => T): Record<LlmRole, T> {
  return { planner: fn("planner"), coder: fn("coder"), critic: fn("critic") };
}

/** The providers a role may have its own endpoint at (the built-in modeler has no roles). */
export const EXTERNAL_PROVIDERS = ["openai-compatible", "anthropic"] as const;
export type ExternalProvider = (typeof EXTERNAL_PROVIDERS)[number];

/** Where one role's requests go: provider, base URL and the API key in clear (in memory only). */
export interface LlmConnection {
  provider: ProviderKind;
  baseUrl: string | null;
  apiKey: string | null;
}

/** A user's effective LLM configuration as the worker uses it (API keys in clear, in memory only). */
export interface EffectiveLlmSettings extends LlmConnection {
  /** The connection each role uses: its own endpoint, else the main connection above. */
  endpoints: Record<LlmRole, LlmConnection>;
  models: Record<LlmRole, string | null>;
  vision: boolean;
  structuredOutput: boolean;
  /** "user" when the user saved their own settings, "default" for the operator's env defaults. */
  source: "user" | "default";
}

/** Base URLs used when none is configured. */
export const DEFAULT_BASE_URL: Record<ExternalProvider, string> = {
  "openai-compatible": "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com/v1",
};
