import type { Analytics, ApiKey, Health, LlmSettings, Me } from "@/components/data/types";
import type { ExternalProvider, LlmRole } from "@/lib/llm/types";
import { apiFetch } from "@/components/data/api";

export const getMe = () => apiFetch<Me>("/api/v1/me");
export const updateMe = (input: { name?: string | null; preferences?: Partial<Me["preferences"]> }) =>
  apiFetch<Me>("/api/v1/me", { method: "PATCH", body: JSON.stringify(input) });

export const listApiKeys = () => apiFetch<{ items: ApiKey[] }>("/api/v1/api-keys");
export const createApiKey = (name: string) => apiFetch<ApiKey & { key: string }>("/api/v1/api-keys", { method: "POST", body: JSON.stringify({ name }) });
export const revokeApiKey = (id: string) => apiFetch<null>(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" });

/** A role's own connection in PUT /settings/llm; `api_key` absent keeps that role's key (dropped if provider or base URL changed), null removes it. */
export interface LlmEndpointInput {
  provider: ExternalProvider;
  base_url: string | null;
  api_key?: string | null;
}

/** The body PUT /settings/llm takes; `api_key` absent keeps the stored key, null removes it; PUT replaces every role's endpoint. */
export interface LlmSettingsInput {
  provider: LlmSettings["provider"];
  base_url: string | null;
  api_key?: string | null;
  models: LlmSettings["models"];
  endpoints?: Partial<Record<LlmRole, LlmEndpointInput | null>>;
  vision: boolean;
  structured_output: boolean;
}
export const getLlmSettings = () => apiFetch<LlmSettings>("/api/v1/settings/llm");
export const saveLlmSettings = (input: LlmSettingsInput) => apiFetch<LlmSettings>("/api/v1/settings/llm", { method: "PUT", body: JSON.stringify(input) });
export const resetLlmSettings = () => apiFetch<LlmSettings>("/api/v1/settings/llm", { method: "DELETE" });

/** Health answers 503 with the same body when degraded: the About panel shows it either way. */
export async function getHealth(): Promise<Health> {
  const res = await fetch("/api/v1/health", { headers: { Accept: "application/json" } });
  return (await res.json()) as Health;
}
export const getAnalytics = (days: number) => apiFetch<Analytics>(`/api/v1/analytics?days=${days}`);
