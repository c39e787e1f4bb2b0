/**
 * The client's address for per-IP limits: the first X-Forwarded-For hop (set by Next's server or a proxy in
 * front), else X-Real-IP. Behind no proxy a client can forge it, so per-account limits stay the real guard.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
