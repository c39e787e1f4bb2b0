import { RateLimiterRes } from "rate-limiter-flexible";
import { ApiError } from "@/lib/api/errors";
import { describeLimit, getLimiter, type LimitName } from "@/lib/rate-limit/limiters";

/** Counts one request against `name` for `key`; past the budget it throws a 429 with Retry-After. */
export async function consumeLimit({ name, key }: { name: LimitName; key: string }): Promise<void> {
  try {
    await getLimiter(name).consume(key);
  } catch (err) {
    // The library rejects with a RateLimiterRes when the budget is spent, with an Error when the store failed.
    if (!(err instanceof RateLimiterRes)) throw err;
    const retryAfter = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
    throw new ApiError("rate_limited", `Rate limit reached (${describeLimit(name)}); retry in ${retryAfter} s.`, {
      "Retry-After": String(retryAfter),
    });
  }
}

/** Forgets `key`'s count for `name` (a successful sign-in clears the account's failed attempts). */
export async function resetLimit({ name, key }: { name: LimitName; key: string }): Promise<void> {
  await getLimiter(name).delete(key);
}
