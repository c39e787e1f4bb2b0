import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { baseUrlRefusal, isAllowedBaseUrl } from "@/lib/llm/allowed-base-url";
import { withAuth } from "@/lib/api/with-auth";
import { getLlmSettingsView, resetLlmSettings, saveLlmSettings } from "@/lib/llm/llm-settings-view";
import { updateLlmSettingsSchema } from "@/lib/validations/llm-settings";

/** GET /api/v1/settings/llm: the caller's provider, base URL, models per role and whether a key is set (never the key). */
export const GET = withAuth(async ({ user }) => NextResponse.json(await getLlmSettingsView({ userId: user.id })));

/** PUT /api/v1/settings/llm: replaces the caller's settings; a given api_key is stored encrypted. */
export const PUT = withAuth(async ({ req, user }) => {
  const input = updateLlmSettingsSchema.parse(await readJson(req));
  if (input.base_url && !isAllowedBaseUrl(input.base_url)) throw new ApiError("validation_error", `base_url: ${baseUrlRefusal(input.base_url)}`);
  return NextResponse.json(await saveLlmSettings({ userId: user.id, input }));
});

/** DELETE /api/v1/settings/llm: back to the operator's defaults; the stored key is erased. */
export const DELETE = withAuth(async ({ user }) => NextResponse.json(await resetLlmSettings({ userId: user.id })));
