import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { ApiError, handleApiError } from "@/lib/api/errors";
import { readJson } from "@/lib/api/read-json";
import { registerSchema } from "@/lib/validations/auth";
import { registerUser } from "@/lib/users/register-user";
import { getEnv } from "@/lib/env";

/** POST /api/v1/auth/register: create an account (can be switched off with LL3M_ALLOW_REGISTRATION=0). */
export async function POST(req: NextRequest) {
  const requestId = randomUUID();
  try {
    if (!getEnv().LL3M_ALLOW_REGISTRATION) throw new ApiError("forbidden", "Registration is switched off on this server.");
    const input = registerSchema.parse(await readJson(req));
    const user = await registerUser(input);
    return NextResponse.json(
      { id: user.id, email: user.email, name: user.name, created_at: user.createdAt.toISOString() },
      { status: 201, headers: { "X-Request-Id": requestId } },
    );
  } catch (err) {
    return handleApiError(err, requestId);
  }
}
