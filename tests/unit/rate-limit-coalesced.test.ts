import { RateLimiterMemory } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { consumeCoalesced } from "@/lib/rate-limit/consume-coalesced";

// The library's in-memory store has the Postgres store's consume semantics; the spy counts the store's upserts.
function limiter(points: number) {
  const real = new RateLimiterMemory({ keyPrefix: `t${Math.random()}`, points, duration: 60 });
  const calls: number[] = [];
  const consume = (key: string | number, n = 1) => (calls.push(n), real.consume(key, n));
  return { limiter: { keyPrefix: real.keyPrefix, consume }, calls };
}

describe("consumeCoalesced", () => {
  it("gives concurrent requests of one key consecutive counts from fewer upserts, the total unchanged", async () => {
    const { limiter: l, calls } = limiter(100);
    const counts = await Promise.all(Array.from({ length: 10 }, () => consumeCoalesced({ limiter: l, key: "k" })));
    expect(counts.map((c) => c.consumedPoints)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(calls).toEqual([1, 9]);
    expect((await consumeCoalesced({ limiter: l, key: "k" })).consumedPoints).toBe(11);
  });

  it("lets the requests that fit the budget through and counts the rest past it, as single upserts would", async () => {
    const { limiter: l } = limiter(3);
    const counts = await Promise.all(Array.from({ length: 6 }, () => consumeCoalesced({ limiter: l, key: "k" })));
    expect(counts.map((c) => c.consumedPoints)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(counts.every((c) => c.msBeforeNext > 0 && c.msBeforeNext <= 60_000)).toBe(true);
  });

  it("keeps keys apart and passes a store failure to every request of the batch", async () => {
    const { limiter: l } = limiter(100);
    const [a, b] = await Promise.all([consumeCoalesced({ limiter: l, key: "a" }), consumeCoalesced({ limiter: l, key: "b" })]);
    expect([a.consumedPoints, b.consumedPoints]).toEqual([1, 1]);
    const broken = { keyPrefix: "broken", consume: () => Promise.reject(new Error("store down")) };
    const results = await Promise.allSettled([1, 2, 3].map(() => consumeCoalesced({ limiter: broken, key: "k" })));
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    // The queue is gone after a failure: the next request asks the store again.
    await expect(consumeCoalesced({ limiter: broken, key: "k" })).rejects.toThrow("store down");
  });
});
