import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/read-json";
import { withAuth } from "@/lib/api/with-auth";
import { createApiKey, listApiKeys, serializeApiKey } from "@/lib/auth/api-keys";
import { createApiKeySchema } from "@/lib/validations/api-keys";

/** GET /api/v1/api-keys: the caller's keys (never the keys themselves). */
export const GET = withAuth(async ({ user }) => {
  const keys = await listApiKeys({ userId: user.id });
  return NextResponse.json({ items: keys.map(serializeApiKey) });
});

/** POST /api/v1/api-keys: a new key, shown in this response only. */
export const POST = withAuth(async ({ req, user }) => {
  const { name } = createApiKeySchema.parse(await readJson(req));
  const key = await createApiKey({ userId: user.id, name });
  return NextResponse.json(serializeApiKey(key), { status: 201, headers: { "Cache-Control": "no-store" } });
});
