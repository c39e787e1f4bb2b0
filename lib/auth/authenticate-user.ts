import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

// Verified against when the email is unknown, so that both paths cost one argon2 verification.
let dummyHash: Promise<string> | undefined;

/** Returns the user whose email and password match, or null. */
export async function authenticateUser({ email, password }: { email: string; password: string }) {
  const user = await db.user.findUnique({ where: { email }, omit: { passwordHash: false } });
  dummyHash ??= hashPassword("not-a-real-password");
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}
