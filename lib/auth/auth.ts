import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/config";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { credentialsSchema } from "@/lib/validations/auth";

/** Auth.js v5: email + password against argon2 hashes, sessions as JWT cookies. */
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        return authenticateUser(parsed.data);
      },
    }),
  ],
});
