import { DEFAULT_BASE_URL, mapRoles, type ExternalProvider, type LlmRole } from "@/lib/llm/types";
import type { LlmEndpoint } from "@/components/data/types";
import type { LlmEndpointInput } from "@/components/data/api-account";

/** What the form holds for one role's own connection while the user edits it. */
export interface EndpointDraft {
  own: boolean;
  provider: ExternalProvider;
  baseUrl: string;
  apiKey: string;
  removeKey: boolean;
}

/** Every role's draft from what the server holds: its stored endpoint, or an unchecked OpenAI-compatible one. */
export const endpointDrafts = (stored: Record<LlmRole, LlmEndpoint | null>) =>
  mapRoles((role): EndpointDraft => {
    const e = stored[role];
    return { own: e !== null, provider: e?.provider ?? "openai-compatible", baseUrl: e?.base_url ?? "", apiKey: "", removeKey: false };
  });

/** One role's entry for the PUT body: null when the role uses the main connection. */
function endpointInput(draft: EndpointDraft): LlmEndpointInput | null {
  if (!draft.own) return null;
  const key = draft.apiKey.trim();
  return { provider: draft.provider, base_url: draft.baseUrl.trim() || null, ...(key ? { api_key: key } : draft.removeKey ? { api_key: null } : {}) };
}

/** Every role's entry for the PUT body, which replaces them all; the built-in modeler has no roles, so all null. */
export const endpointInputs = (drafts: Record<LlmRole, EndpointDraft>, external: boolean) => mapRoles((role) => (external ? endpointInput(drafts[role]) : null));

/** True when saving drops the role's stored key: the server keeps a key only for the provider and URL it was given for. */
export function dropsStoredKey(draft: EndpointDraft, stored: LlmEndpoint | null): boolean {
  if (!stored?.has_api_key || !draft.own) return false;
  // Same comparison as the server: an empty URL is the provider's public one; trailing slashes and case do not count.
  const norm = (u: string | null) => (u?.trim() || DEFAULT_BASE_URL[draft.provider]).replace(/\/+$/, "").toLowerCase();
  return draft.provider !== stored.provider || norm(draft.baseUrl) !== norm(stored.base_url);
}
