import { describe, expect, it } from "vitest";
import { clientAddress, trustedProxyHops } from "@/scripts/lib/client-address.mjs";

describe("the client address for per-address limits", () => {
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress({ forwardedFor: undefined, peer: "192.0.2.7", hops: 0 })).toBe("192.0.2.7");
    expect(clientAddress({ forwardedFor: "203.0.113.5", peer: "192.0.2.7", hops: 0 })).toBe("192.0.2.7");
  });

  it("behind N trusted proxies, is the hop the outermost one added, counted from the right", () => {
    expect(clientAddress({ forwardedFor: "203.0.113.5", peer: "10.0.0.2", hops: 1 })).toBe("203.0.113.5");
    expect(clientAddress({ forwardedFor: "6.6.6.6, 203.0.113.5", peer: "10.0.0.2", hops: 1 })).toBe("203.0.113.5");
    expect(clientAddress({ forwardedFor: "6.6.6.6, 203.0.113.5, 10.0.0.3", peer: "10.0.0.2", hops: 2 })).toBe("203.0.113.5");
  });

  it("falls back to the peer when the request did not pass through the proxies", () => {
    expect(clientAddress({ forwardedFor: undefined, peer: "192.0.2.7", hops: 1 })).toBe("192.0.2.7");
    expect(clientAddress({ forwardedFor: " , ", peer: "", hops: 0 })).toBe("unknown");
  });

  it("reads LL3M_TRUSTED_PROXIES as a small whole number, and names it when it is not", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("yes")).toThrow(/LL3M_TRUSTED_PROXIES must be a whole number/);
    expect(() => trustedProxyHops("-1")).toThrow(/LL3M_TRUSTED_PROXIES/);
  });
});
