import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { baseUrlRefusal, firstRefusedBaseUrl } from "@/lib/llm/allowed-base-url";
import { withAuth } from "@/lib/api/with-auth";
import { getLlmSettingsView, resetLlmSettings, saveLlmSettings } from "@/lib/llm/llm-settings-view";
import { baseUrlFields, updateLlmSettingsSchema } from "@/lib/validations/llm-settings";

/** GET /api/v1/settings/llm: the caller's provider, base URL, models and endpoints per role, and whether keys are set (never a key). */
export const GET = withAuth(async ({ user }) => NextResponse.json(await getLlmSettingsView({ userId: user.id })));

/** PUT /api/v1/settings/llm: replaces the caller's settings; given API keys are stored encrypted. */
export const PUT = withAuth(async ({ req, user }) => {
  const input = updateLlmSettingsSchema.parse(await readJson(req));
  const refused = firstRefusedBaseUrl(baseUrlFields(input));
  if (refused) throw new ApiError("validation_error", `${refused.name}: ${baseUrlRefusal(refused.url)}`);
  return NextResponse.json(await saveLlmSettings({ userId: user.id, input }));
});

/** DELETE /api/v1/settings/llm: back to the operator's defaults; the stored key is erased. */
export const DELETE = withAuth(async ({ user }) => NextResponse.json(await resetLlmSettings({ userId: user.id })));
