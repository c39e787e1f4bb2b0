import { db } from "@/lib/db";
import { defaultLlmSettings } from "@/lib/llm/default-llm-settings";
import { encryptSecret } from "@/lib/llm/secret-box";
import { readRoleEndpoints, sealRoleEndpoints, viewRoleEndpoints } from "@/lib/llm/stored-role-endpoints";
import { mapRoles, type LlmConnection } from "@/lib/llm/types";
import type { LlmEndpointView, LlmSettingsResponse, UpdateLlmSettings } from "@/lib/validations/llm-settings";

type Row = NonNullable<Awaited<ReturnType<typeof readRow>>>;

// The sealed columns are read here only to say whether a key is stored; fromRow never copies them out.
function readRow(userId: string) {
  return db.userLlmSettings.findUnique({ where: { userId }, omit: { apiKeyEncrypted: false, roleEndpoints: false } });
}

function fromRow(row: Row): LlmSettingsResponse {
  return {
    provider: row.provider as LlmSettingsResponse["provider"],
    base_url: row.baseUrl,
    models: { default: row.model, planner: row.plannerModel, coder: row.coderModel, critic: row.criticModel },
    endpoints: viewRoleEndpoints(readRoleEndpoints(row.roleEndpoints)),
    vision: row.vision,
    structured_output: row.structuredOutput,
    has_api_key: Boolean(row.apiKeyEncrypted),
    source: "user",
  };
}

const envEndpoint = (e: LlmConnection | undefined): LlmEndpointView | null =>
  e && e.provider !== "builtin" ? { provider: e.provider, base_url: e.baseUrl, has_api_key: Boolean(e.apiKey) } : null;

function fromDefaults(): LlmSettingsResponse {
  const d = defaultLlmSettings();
  const own = (m: string | null) => (m === d.defaultModel ? null : m);
  return {
    provider: d.provider,
    base_url: d.baseUrl,
    models: { default: d.defaultModel, planner: own(d.models.planner), coder: own(d.models.coder), critic: own(d.models.critic) },
    endpoints: mapRoles((role) => envEndpoint(d.ownEndpoints[role])),
    vision: d.vision,
    structured_output: d.structuredOutput,
    has_api_key: d.provider !== "builtin" && Boolean(d.apiKey),
    source: "default",
  };
}

/** The user's LLM settings as the API shows them: theirs, else the operator's defaults; never a key. */
export async function getLlmSettingsView({ userId }: { userId: string }): Promise<LlmSettingsResponse> {
  const row = await readRow(userId);
  return row ? fromRow(row) : fromDefaults();
}

/** Saves the user's LLM settings, encrypting new keys; an absent `api_key` keeps the stored one (see sealRoleEndpoints for roles). */
export async function saveLlmSettings({ userId, input }: { userId: string; input: UpdateLlmSettings }): Promise<LlmSettingsResponse> {
  const previous = await readRow(userId);
  const fields = {
    provider: input.provider,
    baseUrl: input.base_url,
    model: input.models.default,
    plannerModel: input.models.planner,
    coderModel: input.models.coder,
    criticModel: input.models.critic,
    roleEndpoints: sealRoleEndpoints({ userId, input: input.endpoints, previous: previous?.roleEndpoints }),
    vision: input.vision,
    structuredOutput: input.structured_output,
  };
  const key = input.api_key === undefined ? {} : { apiKeyEncrypted: input.api_key === null ? null : encryptSecret({ plain: input.api_key, context: userId }) };
  const row = await db.userLlmSettings.upsert({
    where: { userId },
    create: { userId, ...fields, ...key },
    update: { ...fields, ...key },
    omit: { apiKeyEncrypted: false, roleEndpoints: false },
  });
  return fromRow(row);
}

/** Forgets the user's settings (and keys): their tasks use the operator's defaults again. */
export async function resetLlmSettings({ userId }: { userId: string }): Promise<LlmSettingsResponse> {
  await db.userLlmSettings.deleteMany({ where: { userId } });
  return fromDefaults();
}
