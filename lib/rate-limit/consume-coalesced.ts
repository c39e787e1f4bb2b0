import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/** What is used of a limiter: RateLimiterPostgres in the app, any store of the library in tests. */
type Limiter = Pick<RateLimiterAbstract, "consume" | "keyPrefix">;

/** Where one request's point landed in its key's window: its count so far (this request included) and the wait. */
export interface Consumed {
  consumedPoints: number;
  msBeforeNext: number;
}

type Waiter = { resolve: (c: Consumed) => void; reject: (err: unknown) => void };
type Queue = { waiting: Waiter[] };

const globalForQueues = globalThis as unknown as { ll3mLimitQueues?: Map<string, Queue> };
const queues = (globalForQueues.ll3mLimitQueues ??= new Map<string, Queue>());

/**
 * Counts one point for `key`, sharing the upsert with the key's other requests of the moment: while one upsert is in
 * flight, later requests wait and then go as one upsert of N points, each taking its place in the returned count.
 * The row holds the same total as N single upserts, in a round trip instead of N that all queue on one row lock.
 */
export function consumeCoalesced({ limiter, key }: { limiter: Limiter; key: string }): Promise<Consumed> {
  const id = `${limiter.keyPrefix}:${key}`;
  return new Promise((resolve, reject) => {
    const queue = queues.get(id);
    if (queue) return void queue.waiting.push({ resolve, reject });
    const fresh: Queue = { waiting: [{ resolve, reject }] };
    queues.set(id, fresh);
    void drain({ limiter, key, id, queue: fresh });
  });
}

async function drain({ limiter, key, id, queue }: { limiter: Limiter; key: string; id: string; queue: Queue }) {
  while (queue.waiting.length) {
    const batch = queue.waiting.splice(0);
    let res: RateLimiterRes;
    try {
      res = await limiter.consume(key, batch.length);
    } catch (err) {
      // Past the budget the library rejects with the count (some of the batch may still fit); a store error is an Error.
      if (!(err instanceof RateLimiterRes)) {
        for (const w of batch) w.reject(err);
        continue;
      }
      res = err;
    }
    const before = res.consumedPoints - batch.length;
    batch.forEach((w, i) => w.resolve({ consumedPoints: before + i + 1, msBeforeNext: res.msBeforeNext }));
  }
  queues.delete(id);
}
