import { setTimeout as sleep } from "node:timers/promises";

/**
 * Runs `fn` again with backoff until it succeeds or `budgetMs` is spent, for database writes that must not be lost
 * to a Postgres restart or a dropped connection. Only for writes that are safe to repeat (guarded by status/owner).
 */
export async function retryDb<T>(fn: () => Promise<T>, { what, log, budgetMs = 30_000 }: { what: string; log?: (m: string) => void; budgetMs?: number }): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 4000)) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() + delay > deadline) throw err;
      log?.(`${what} failed (${err instanceof Error ? err.message.split("\n").filter(Boolean).pop() : String(err)}); retrying in ${delay} ms`);
      await sleep(delay);
    }
  }
}
