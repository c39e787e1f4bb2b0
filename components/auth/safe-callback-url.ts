/** The callbackUrl when it is a path on this site, else the fallback: never redirect to another origin. */
export function safeCallbackUrl(value: string | string[] | undefined, fallback = "/generate"): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return fallback;
  try {
    // Resolve against a dummy origin: anything that leaves it ("//evil", "https://evil") is refused.
    const url = new URL(v, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    if (url.pathname.startsWith("/signin") || url.pathname.startsWith("/register")) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
