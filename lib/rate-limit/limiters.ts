import { RateLimiterPostgres } from "rate-limiter-flexible";
import { getEnv, type Env } from "@/lib/env";
import { rateLimitPool } from "@/lib/rate-limit/pg-pool";

/** Each limit: its budget from the env, its window, and how the 429 message names it. */
const LIMITS = {
  generate: { points: (e: Env) => e.LL3M_RATE_GENERATE_PER_HOUR, seconds: 3600, what: "generation requests per hour" },
  apiKey: { points: (e: Env) => e.LL3M_RATE_API_KEY_PER_MINUTE, seconds: 60, what: "requests per minute for this API key" },
  signInAccount: { points: (e: Env) => e.LL3M_RATE_SIGNIN_PER_ACCOUNT, seconds: 900, what: "sign-in attempts for this account per 15 minutes" },
  signInIp: { points: (e: Env) => e.LL3M_RATE_SIGNIN_PER_IP, seconds: 900, what: "sign-in attempts from this address per 15 minutes" },
} as const;

export type LimitName = keyof typeof LIMITS;

const globalForLimiters = globalThis as unknown as { ll3mLimiters?: Map<LimitName, RateLimiterPostgres> };

/** The limiter for `name`, counting in the migrated `rate_limits` table (shared by every web instance). */
export function getLimiter(name: LimitName): RateLimiterPostgres {
  const limiters = (globalForLimiters.ll3mLimiters ??= new Map<LimitName, RateLimiterPostgres>());
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: rateLimitPool(),
      tableName: "rate_limits",
      // The table comes from our migration (and has a Prisma model); the limiter must not create its own.
      tableCreated: true,
      keyPrefix: name,
      points: LIMITS[name].points(getEnv()),
      duration: LIMITS[name].seconds,
    });
    limiters.set(name, limiter);
  }
  return limiter;
}

/** What the 429 message calls this limit, with its budget. */
export function describeLimit(name: LimitName): string {
  return `${LIMITS[name].points(getEnv())} ${LIMITS[name].what}`;
}
