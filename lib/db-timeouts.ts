import { getEnv } from "@/lib/env";

/**
 * pg pool options every pool of ours shares, so a hung database cannot hang its callers: Postgres cuts off any
 * statement past LL3M_DB_STATEMENT_TIMEOUT_MS (lock waits included) and waiting for a connection, pooled or new,
 * gives up after LL3M_DB_CONNECT_TIMEOUT_MS; both errors are recognised by isDatabaseUnavailable (lib/db-errors.ts).
 */
export function dbTimeouts() {
  const env = getEnv();
  return { statement_timeout: env.LL3M_DB_STATEMENT_TIMEOUT_MS, connectionTimeoutMillis: env.LL3M_DB_CONNECT_TIMEOUT_MS };
}
