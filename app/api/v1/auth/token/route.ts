import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { withRequestLog } from "@/lib/api/with-request-log";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { createApiKey, serializeApiKey } from "@/lib/auth/api-keys";
import { limitSignIn } from "@/lib/rate-limit/limit-sign-in";
import { resetLimit } from "@/lib/rate-limit/consume-limit";
import { tokenSchema } from "@/lib/validations/api-keys";

/** POST /api/v1/auth/token: email + password in exchange for a NEW API key, shown once. */
export const POST = withRequestLog(async (req, _context, meta) => {
  const input = tokenSchema.parse(await readJson(req));
  await limitSignIn({ email: input.email, headers: req.headers });
  const user = await authenticateUser(input);
  if (!user) throw new ApiError("unauthorized", "Email or password is wrong.");
  meta.userId = user.id;
  await resetLimit({ name: "signInAccount", key: input.email });
  const key = await createApiKey({ userId: user.id, name: input.name ?? `token ${new Date().toISOString().slice(0, 10)}` });
  return NextResponse.json(serializeApiKey(key), { status: 201, headers: { "Cache-Control": "no-store" } });
});
