import { analyticsResponseSchema } from "@/lib/validations/analytics";
import { createApiKeySchema, tokenSchema } from "@/lib/validations/api-keys";
import { updateAssetSchema } from "@/lib/validations/assets";
import { registerSchema } from "@/lib/validations/auth";
import { generateFormSchema, generateJsonSchema, previewSchema } from "@/lib/validations/generate";
import { llmSettingsResponseSchema, updateLlmSettingsSchema } from "@/lib/validations/llm-settings";
import { meResponseSchema, updateMeSchema } from "@/lib/validations/me";
import { importBodySchema } from "@/lib/validations/imports";
import { refineSchema } from "@/lib/validations/refine";
import {
  apiKeyListSchema,
  apiKeySchema,
  assetPageSchema,
  assetSchema,
  createdApiKeySchema,
  errorResponseSchema,
  healthSchema,
  promptPreviewSchema,
  taskPageSchema,
  taskSchema,
  userSchema,
  versionDetailSchema,
  versionListSchema,
  versionSummarySchema,
} from "@/lib/validations/responses";

/** Request bodies by component name: the very schemas the routes parse with. */
export const REQUEST_SCHEMAS = {
  GenerateRequest: generateJsonSchema,
  GenerateForm: generateFormSchema,
  PreviewRequest: previewSchema,
  RefineRequest: refineSchema,
  ImportRequest: importBodySchema,
  UpdateAssetRequest: updateAssetSchema,
  RegisterRequest: registerSchema,
  TokenRequest: tokenSchema,
  CreateApiKeyRequest: createApiKeySchema,
  UpdateMeRequest: updateMeSchema,
  UpdateLlmSettingsRequest: updateLlmSettingsSchema,
};

/** Response bodies by component name. */
export const RESPONSE_SCHEMAS = {
  Error: errorResponseSchema,
  Asset: assetSchema,
  AssetPage: assetPageSchema,
  Task: taskSchema,
  PromptPreview: promptPreviewSchema,
  TaskPage: taskPageSchema,
  VersionSummary: versionSummarySchema,
  VersionList: versionListSchema,
  VersionDetail: versionDetailSchema,
  ApiKey: apiKeySchema,
  ApiKeyList: apiKeyListSchema,
  CreatedApiKey: createdApiKeySchema,
  User: userSchema,
  Health: healthSchema,
  Me: meResponseSchema,
  Analytics: analyticsResponseSchema,
  LlmSettings: llmSettingsResponseSchema,
};

export type RequestName = keyof typeof REQUEST_SCHEMAS;
export type ResponseName = keyof typeof RESPONSE_SCHEMAS;
