import { z } from "zod";
import { PROVIDERS } from "@/lib/llm/types";

const modelName = z.string().trim().min(1, "a model name must not be empty").max(200, "a model name is at most 200 characters");

/** Model per role; `default` serves every role without its own. */
export const llmModelsSchema = z
  .object({
    default: modelName.nullable().default(null),
    planner: modelName.nullable().default(null),
    coder: modelName.nullable().default(null),
    critic: modelName.nullable().default(null),
  })
  .strict();

/** PUT /api/v1/settings/llm: replaces the user's settings; `api_key` absent keeps the stored key, null removes it. */
export const updateLlmSettingsSchema = z
  .object({
    provider: z.enum(PROVIDERS, { error: `provider must be one of ${PROVIDERS.join(", ")}` }),
    base_url: z
      .string()
      .trim()
      .url("base_url must be a URL")
      .refine((u) => /^https?:\/\//i.test(u), "base_url must start with http:// or https://")
      .max(500)
      .nullable()
      .default(null),
    api_key: z.string().trim().min(1, "api_key must not be empty (send null to remove it)").max(1000).nullable().optional(),
    models: llmModelsSchema.default({ default: null, planner: null, coder: null, critic: null }),
    vision: z.boolean().default(false),
    structured_output: z.boolean().default(true),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.provider !== "builtin" && !v.models.default && !(v.models.planner && v.models.coder && v.models.critic)) {
      ctx.addIssue({ code: "custom", path: ["models", "default"], message: "name a default model (or one for each of planner, coder and critic)" });
    }
  });

export type UpdateLlmSettings = z.infer<typeof updateLlmSettingsSchema>;

/** What GET and PUT answer: never the key, only whether one will be used. */
export const llmSettingsResponseSchema = z.object({
  provider: z.enum(PROVIDERS),
  base_url: z.string().nullable(),
  models: llmModelsSchema,
  vision: z.boolean(),
  structured_output: z.boolean(),
  has_api_key: z.boolean(),
  source: z.enum(["user", "default"]),
});

export type LlmSettingsResponse = z.infer<typeof llmSettingsResponseSchema>;
