import { randomBytes } from "node:crypto";
import { registerUser } from "@/lib/users/register-user";

/** A fresh user with a unique email, for one test. */
export async function createUser(name = "user") {
  const email = `${name}-${randomBytes(4).toString("hex")}@example.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const user = await registerUser({ email, password });
  return { ...user, password };
}
