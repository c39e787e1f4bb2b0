import { db } from "@/lib/db";
import { readPreferences, type MeResponse } from "@/lib/validations/me";

/** The caller's profile and Generate defaults, as GET /api/v1/me answers them. */
export async function getMe({ userId }: { userId: string }): Promise<MeResponse> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, preferences: true } });
  return { id: user.id, email: user.email, name: user.name, preferences: readPreferences(user.preferences) };
}
