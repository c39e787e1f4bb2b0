import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { ApiError } from "@/lib/api/errors";
import { authConfig } from "@/lib/auth/config";
import { authenticateUser } from "@/lib/auth/authenticate-user";
import { limitSignIn } from "@/lib/rate-limit/limit-sign-in";
import { resetLimit } from "@/lib/rate-limit/consume-limit";
import { credentialsSchema } from "@/lib/validations/auth";

/** Too many attempts for this account or address: the sign-in page gets `code=rate_limited`. */
class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

/** Auth.js v5: email + password against argon2 hashes, sessions as JWT cookies. */
export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // The same Postgres-backed limits as POST /api/v1/auth/token, so neither door allows more guesses.
        try {
          await limitSignIn({ email: parsed.data.email, headers: request.headers });
        } catch (err) {
          if (err instanceof ApiError && err.code === "rate_limited") throw new RateLimitedSignIn();
          throw err;
        }
        const user = await authenticateUser(parsed.data);
        if (user) await resetLimit({ name: "signInAccount", key: parsed.data.email });
        return user;
      },
    }),
  ],
});
