import { ApiError } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { RegisterInput } from "@/lib/validations/auth";

/** Creates a user with an argon2 password hash; a taken email answers 409. */
export async function registerUser({ email, password, name }: RegisterInput) {
  const passwordHash = await hashPassword(password);
  try {
    return await db.user.create({ data: { email, passwordHash, name: name || null } });
  } catch (err) {
    if (typeof err === "object" && err && "code" in err && err.code === "P2002") {
      throw new ApiError("conflict", "An account with this email already exists; sign in instead.");
    }
    throw err;
  }
}
