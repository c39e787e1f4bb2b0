// Who is calling, for per-address rate limits. A client can write any X-Forwarded-For it likes, so only hops added
// by proxies we were told to trust (LL3M_TRUSTED_PROXIES, a count, default 0) are believed; the rest is replaced.

/** The number of trusted reverse-proxy hops from LL3M_TRUSTED_PROXIES (0 when unset). */
export function trustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`LL3M_TRUSTED_PROXIES must be a whole number from 0 to 10, got "${value}"`);
  return n;
}

/**
 * The client's address: the socket's peer when no proxy is trusted; behind `hops` trusted proxies, the address the
 * outermost of them saw (each appends to X-Forwarded-For, so it is counted from the right). Fewer hops than
 * expected means the request did not come through the proxies, so the peer is the answer then too.
 */
export function clientAddress({ forwardedFor, peer, hops }) {
  const chain = [...(forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean), peer || "unknown"];
  return hops > 0 && chain.length > hops ? chain[chain.length - 1 - hops] : chain[chain.length - 1];
}

/** Rewrites the request's X-Forwarded-For to the one address routes may rely on, and drops X-Real-IP. */
export function resolveClientAddress(req, hops) {
  const raw = req.headers["x-forwarded-for"];
  const forwardedFor = Array.isArray(raw) ? raw.join(",") : raw;
  req.headers["x-forwarded-for"] = clientAddress({ forwardedFor, peer: req.socket.remoteAddress, hops });
  delete req.headers["x-real-ip"];
}
