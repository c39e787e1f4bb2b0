import { z } from "zod";
import { effectiveBaseUrl, sameEndpoint } from "@/lib/llm/default-llm-settings";
import { LlmSettingsError } from "@/lib/llm/llm-settings-error";
import { encryptSecret } from "@/lib/llm/secret-box";
import { EXTERNAL_PROVIDERS, mapRoles, ROLES, type LlmRole } from "@/lib/llm/types";
import type { EndpointInput, LlmEndpointView } from "@/lib/validations/llm-settings";

const storedEndpointSchema = z.object({ provider: z.enum(EXTERNAL_PROVIDERS), baseUrl: z.string().nullable(), apiKeyEncrypted: z.string().nullable() });
const storedRoleEndpointsSchema = z.object({ planner: storedEndpointSchema.optional(), coder: storedEndpointSchema.optional(), critic: storedEndpointSchema.optional() });

/** One role's endpoint as user_llm_settings.role_endpoints holds it: the key sealed with secret-box. */
export type StoredEndpoint = z.infer<typeof storedEndpointSchema>;
export type StoredRoleEndpoints = z.infer<typeof storedRoleEndpointsSchema>;

/** The secret-box context of a role's key: bound to the user and the role, so keys cannot be swapped between them. */
export const roleKeyContext = (userId: string, role: LlmRole) => `${userId}:${role}`;

/** The role_endpoints column read back; a shape this code never writes is a settings error, not a crash later. */
export function readRoleEndpoints(json: unknown): StoredRoleEndpoints {
  const parsed = storedRoleEndpointsSchema.safeParse(json ?? {});
  if (!parsed.success) throw new LlmSettingsError("llm_settings_invalid", "Your per-role LLM endpoints cannot be read; save them again in Settings.");
  return parsed.data;
}

/** What GET shows of each role's endpoint: never the key, only whether one is stored. */
export function viewRoleEndpoints(stored: StoredRoleEndpoints): Record<LlmRole, LlmEndpointView | null> {
  return mapRoles((role) => {
    const e = stored[role];
    return e ? { provider: e.provider, base_url: e.baseUrl, has_api_key: Boolean(e.apiKeyEncrypted) } : null;
  });
}

/**
 * One role's endpoint to store from the PUT input: a new key is sealed, null removes it, and an absent one keeps the
 * stored key only while the endpoint stays the same (a key must not follow its role to another server).
 */
function sealEndpoint({ input, previous, context }: { input: EndpointInput; previous: StoredEndpoint | undefined; context: string }): StoredEndpoint {
  const unchanged = previous?.provider === input.provider && sameEndpoint(effectiveBaseUrl(input.provider, previous.baseUrl), effectiveBaseUrl(input.provider, input.base_url));
  const kept = unchanged ? (previous?.apiKeyEncrypted ?? null) : null;
  const apiKeyEncrypted = input.api_key === undefined ? kept : input.api_key === null ? null : encryptSecret({ plain: input.api_key, context });
  return { provider: input.provider, baseUrl: input.base_url, apiKeyEncrypted };
}

/**
 * The role_endpoints column for a PUT from the input and the column as it was: every role named in the input,
 * sealed; roles left out have none. A stored column that cannot be read keeps no keys, so saving repairs it.
 */
export function sealRoleEndpoints({ userId, input, previous }: { userId: string; input: Record<LlmRole, EndpointInput | null>; previous: unknown }): StoredRoleEndpoints {
  const before = storedRoleEndpointsSchema.safeParse(previous ?? {}).data ?? {};
  const out: StoredRoleEndpoints = {};
  for (const role of ROLES) {
    const e = input[role];
    if (e) out[role] = sealEndpoint({ input: e, previous: before[role], context: roleKeyContext(userId, role) });
  }
  return out;
}
