import { z } from "zod";
import { EXTERNAL_PROVIDERS, PROVIDERS, ROLES } from "@/lib/llm/types";

const modelName = z.string().trim().min(1, "a model name must not be empty").max(200, "a model name is at most 200 characters");

const baseUrl = z
  .string()
  .trim()
  .url("base_url must be a URL")
  .refine((u) => /^https?:\/\//i.test(u), "base_url must start with http:// or https://")
  .max(500)
  .nullable()
  .default(null);

const apiKey = z.string().trim().min(1, "api_key must not be empty (send null to remove it)").max(1000).nullable().optional();

/** One value per agent role. */
const byRole = <T extends z.ZodType>(schema: T) => z.object({ planner: schema, coder: schema, critic: schema });

/** Model per role; `default` serves every role without its own. */
export const llmModelsSchema = z
  .object({
    default: modelName.nullable().default(null),
    planner: modelName.nullable().default(null),
    coder: modelName.nullable().default(null),
    critic: modelName.nullable().default(null),
  })
  .strict();

/** A role's own connection; `api_key` absent keeps the stored one while provider and base URL stay the same. */
export const endpointInputSchema = z
  .object({
    provider: z.enum(EXTERNAL_PROVIDERS, { error: `provider must be one of ${EXTERNAL_PROVIDERS.join(", ")}` }),
    base_url: baseUrl,
    api_key: apiKey,
  })
  .strict();

export type EndpointInput = z.infer<typeof endpointInputSchema>;

/** PUT /api/v1/settings/llm: replaces the user's settings; `api_key` absent keeps the stored key, null removes it. */
export const updateLlmSettingsSchema = z
  .object({
    provider: z.enum(PROVIDERS, { error: `provider must be one of ${PROVIDERS.join(", ")}` }),
    base_url: baseUrl,
    api_key: apiKey,
    models: llmModelsSchema.default({ default: null, planner: null, coder: null, critic: null }),
    /** Roles with their own provider, base URL and key; a role left out or null uses the connection above. */
    endpoints: byRole(endpointInputSchema.nullable().default(null)).strict().default({ planner: null, coder: null, critic: null }),
    vision: z.boolean().default(false),
    structured_output: z.boolean().default(true),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.provider !== "builtin" && !v.models.default && !(v.models.planner && v.models.coder && v.models.critic)) {
      ctx.addIssue({ code: "custom", path: ["models", "default"], message: "name a default model (or one for each of planner, coder and critic)" });
    }
    const withEndpoint = ROLES.filter((role) => v.endpoints[role]);
    if (v.provider === "builtin" && withEndpoint.length) {
      ctx.addIssue({ code: "custom", path: ["endpoints"], message: "endpoints need an external provider; the built-in modeler has no roles" });
      return;
    }
    for (const role of withEndpoint.filter((r) => !v.models[r])) {
      ctx.addIssue({ code: "custom", path: ["models", role], message: `name the ${role} model for its own endpoint` });
    }
  });

export type UpdateLlmSettings = z.infer<typeof updateLlmSettingsSchema>;

/** Every base URL the input sets, named by its field (for the allowlist check and its message). */
export function baseUrlFields(input: UpdateLlmSettings): [field: string, url: string | null | undefined][] {
  return [["base_url", input.base_url], ...ROLES.map((r): [string, string | null | undefined] => [`endpoints.${r}.base_url`, input.endpoints[r]?.base_url])];
}

/** A role's own endpoint as GET shows it: never the key, only whether one is stored. */
export const llmEndpointSchema = z.object({ provider: z.enum(EXTERNAL_PROVIDERS), base_url: z.string().nullable(), has_api_key: z.boolean() });

export type LlmEndpointView = z.infer<typeof llmEndpointSchema>;

/** What GET and PUT answer: never a key, only whether one will be used. */
export const llmSettingsResponseSchema = z.object({
  provider: z.enum(PROVIDERS),
  base_url: z.string().nullable(),
  models: llmModelsSchema,
  /** Each role's own endpoint, or null where the role uses the main connection. */
  endpoints: byRole(llmEndpointSchema.nullable()),
  vision: z.boolean(),
  structured_output: z.boolean(),
  has_api_key: z.boolean(),
  source: z.enum(["user", "default"]),
});

export type LlmSettingsResponse = z.infer<typeof llmSettingsResponseSchema>;
