/**
 * The client's address for per-address limits. The web server (scripts/serve-web.mjs) has already replaced
 * X-Forwarded-For with the one address it trusts (the socket's peer, or what LL3M_TRUSTED_PROXIES proxies saw), so a
 * client cannot pick its own.
 */
export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
