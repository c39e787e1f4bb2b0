import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/read-json";
import { withAuth } from "@/lib/api/with-auth";
import { getMe } from "@/lib/users/get-me";
import { updateMe } from "@/lib/users/update-me";
import { updateMeSchema } from "@/lib/validations/me";

/** GET /api/v1/me: the caller's id, email, name and Generate defaults. */
export const GET = withAuth(async ({ user }) => NextResponse.json(await getMe({ userId: user.id })));

/** PATCH /api/v1/me: rename and/or change some Generate defaults; the others are kept. */
export const PATCH = withAuth(async ({ req, user }) => {
  const input = updateMeSchema.parse(await readJson(req));
  return NextResponse.json(await updateMe({ userId: user.id, input }));
});
