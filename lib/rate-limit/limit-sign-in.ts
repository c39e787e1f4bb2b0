import { consumeLimit } from "@/lib/rate-limit/consume-limit";
import { clientIp } from "@/lib/rate-limit/client-ip";

/** Counts one password attempt for the client IP and the account; throws a 429 ApiError when either is spent. */
export async function limitSignIn({ email, headers }: { email: string; headers: Headers }): Promise<void> {
  await consumeLimit({ name: "signInIp", key: clientIp(headers) });
  await consumeLimit({ name: "signInAccount", key: email.toLowerCase() });
}
