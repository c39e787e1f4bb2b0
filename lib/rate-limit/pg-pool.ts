import pg from "pg";
import { dbTimeouts } from "@/lib/db-timeouts";
import { getEnv } from "@/lib/env";
import { createPgPool } from "@/lib/pg-pool";

const globalForPool = globalThis as unknown as { ll3mRateLimitPool?: pg.Pool };

/** A small pg pool of its own for the limiters: their upserts never queue behind Prisma's queries. */
export function rateLimitPool(): pg.Pool {
  globalForPool.ll3mRateLimitPool ??= createPgPool({ connectionString: getEnv().DATABASE_URL, max: 4, ...dbTimeouts() });
  return globalForPool.ll3mRateLimitPool;
}
