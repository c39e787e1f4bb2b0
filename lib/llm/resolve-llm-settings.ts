import { db } from "@/lib/db";
import { defaultLlmSettings, sameEndpoint } from "@/lib/llm/default-llm-settings";
import { decryptSecret } from "@/lib/llm/secret-box";
import { DEFAULT_BASE_URL, PROVIDERS, type EffectiveLlmSettings, type ProviderKind } from "@/lib/llm/types";

/** A user's settings row that cannot be used as stored (unknown provider, key no longer decryptable). */
export class LlmSettingsError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The LLM configuration a task of this user runs with: their saved settings, else the operator's defaults. */
export async function resolveLlmSettings({ userId }: { userId: string }): Promise<EffectiveLlmSettings> {
  const defaults = defaultLlmSettings();
  const row = await db.userLlmSettings.findUnique({ where: { userId }, omit: { apiKeyEncrypted: false } });
  if (!row) return defaults;
  if (!PROVIDERS.includes(row.provider as ProviderKind)) throw new LlmSettingsError("llm_settings_invalid", `Unknown LLM provider "${row.provider}" in your settings.`);
  const provider = row.provider as ProviderKind;
  const baseUrl = provider === "builtin" ? null : (row.baseUrl ?? DEFAULT_BASE_URL[provider]);
  let apiKey: string | null = null;
  if (row.apiKeyEncrypted) {
    try {
      apiKey = decryptSecret({ sealed: row.apiKeyEncrypted, context: userId });
    } catch {
      throw new LlmSettingsError("llm_key_unreadable", "Your stored LLM API key can no longer be read (the server secret changed); enter it again in Settings.");
    }
  } else if (provider === defaults.provider && sameEndpoint(baseUrl, defaults.baseUrl)) {
    // The operator's key only ever goes to the operator's own endpoint, never to a URL a user typed.
    apiKey = defaults.apiKey;
  }
  return {
    provider,
    baseUrl,
    apiKey,
    models: { planner: row.plannerModel ?? row.model, coder: row.coderModel ?? row.model, critic: row.criticModel ?? row.model },
    vision: row.vision,
    structuredOutput: row.structuredOutput,
    source: "user",
  };
}
