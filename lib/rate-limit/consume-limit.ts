import { ApiError } from "@/lib/api/errors";
import { consumeCoalesced } from "@/lib/rate-limit/consume-coalesced";
import { describeLimit, getLimiter, type LimitName } from "@/lib/rate-limit/limiters";

/** Counts one request against `name` for `key`; past the budget it throws a 429 with Retry-After. */
export async function consumeLimit({ name, key }: { name: LimitName; key: string }): Promise<void> {
  const limiter = getLimiter(name);
  const { consumedPoints, msBeforeNext } = await consumeCoalesced({ limiter, key });
  if (consumedPoints <= limiter.points) return;
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  throw new ApiError("rate_limited", `Rate limit reached (${describeLimit(name)}); retry in ${retryAfter} s.`, {
    "Retry-After": String(retryAfter),
  });
}

/** Forgets `key`'s count for `name` (a successful sign-in clears the account's failed attempts). */
export async function resetLimit({ name, key }: { name: LimitName; key: string }): Promise<void> {
  await getLimiter(name).delete(key);
}
