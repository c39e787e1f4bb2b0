import { db } from "@/lib/db";
import { defaultLlmSettings, effectiveBaseUrl, operatorKeyFor } from "@/lib/llm/default-llm-settings";
import { LlmSettingsError } from "@/lib/llm/llm-settings-error";
import { decryptSecret } from "@/lib/llm/secret-box";
import { readRoleEndpoints, roleKeyContext } from "@/lib/llm/stored-role-endpoints";
import { mapRoles, PROVIDERS, type EffectiveLlmSettings, type LlmConnection, type ProviderKind } from "@/lib/llm/types";

function openKey(sealed: string, context: string): string {
  try {
    return decryptSecret({ sealed, context });
  } catch {
    throw new LlmSettingsError("llm_key_unreadable", "Your stored LLM API key can no longer be read (the server secret changed); enter it again in Settings.");
  }
}

/** A stored connection ready to call: its base URL filled in, its own key opened, else the operator's where it may go. */
function openConnection({ provider, baseUrl, sealed, context, operator }: { provider: ProviderKind; baseUrl: string | null; sealed: string | null; context: string; operator: LlmConnection }): LlmConnection {
  const url = effectiveBaseUrl(provider, baseUrl);
  return { provider, baseUrl: url, apiKey: sealed ? openKey(sealed, context) : operatorKeyFor({ provider, baseUrl: url, operator }) };
}

/** The LLM configuration a task of this user runs with: their saved settings, else the operator's defaults. */
export async function resolveLlmSettings({ userId }: { userId: string }): Promise<EffectiveLlmSettings> {
  const defaults = defaultLlmSettings();
  const row = await db.userLlmSettings.findUnique({ where: { userId }, omit: { apiKeyEncrypted: false, roleEndpoints: false } });
  if (!row) return defaults;
  if (!PROVIDERS.includes(row.provider as ProviderKind)) throw new LlmSettingsError("llm_settings_invalid", `Unknown LLM provider "${row.provider}" in your settings.`);
  const main = openConnection({ provider: row.provider as ProviderKind, baseUrl: row.baseUrl, sealed: row.apiKeyEncrypted, context: userId, operator: defaults });
  const own = readRoleEndpoints(row.roleEndpoints);
  const endpoints = mapRoles((role) => {
    const e = own[role];
    return e ? openConnection({ provider: e.provider, baseUrl: e.baseUrl, sealed: e.apiKeyEncrypted, context: roleKeyContext(userId, role), operator: defaults.endpoints[role] }) : main;
  });
  return {
    ...main,
    endpoints,
    models: { planner: row.plannerModel ?? row.model, coder: row.coderModel ?? row.model, critic: row.criticModel ?? row.model },
    vision: row.vision,
    structuredOutput: row.structuredOutput,
    source: "user",
  };
}
