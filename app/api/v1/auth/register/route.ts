import { NextResponse } from "next/server";
import { ApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { withRequestLog } from "@/lib/api/with-request-log";
import { registerSchema } from "@/lib/validations/auth";
import { registerUser } from "@/lib/users/register-user";
import { getEnv } from "@/lib/env";

/** POST /api/v1/auth/register: create an account (can be switched off with LL3M_ALLOW_REGISTRATION=0). */
export const POST = withRequestLog(async (req, _context, meta) => {
  if (!getEnv().LL3M_ALLOW_REGISTRATION) throw new ApiError("forbidden", "Registration is switched off on this server.");
  const input = registerSchema.parse(await readJson(req));
  const user = await registerUser(input);
  meta.userId = user.id;
  return NextResponse.json({ id: user.id, email: user.email, name: user.name, created_at: user.createdAt.toISOString() }, { status: 201 });
});
