import { getEnv } from "@/lib/env";

/**
 * Whether a user-set LLM base URL may be called, per LL3M_LLM_ALLOWED_HOSTS (comma-separated `host`, `host:port`
 * or `*.domain`; unset allows any host, which a single-team server pointing at its own Ollama wants). A
 * multi-tenant operator sets it so users cannot aim the worker at internal addresses.
 */
export function isAllowedBaseUrl(url: string): boolean {
  return matchesAllowedHosts(url, getEnv().LL3M_LLM_ALLOWED_HOSTS);
}

/** The rule itself: `allowed` is the comma-separated list (empty or unset: any host). */
export function matchesAllowedHosts(url: string, allowed: string | undefined): boolean {
  const patterns = (allowed ?? "").split(",").map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (patterns.length === 0) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  const hostPort = `${host}:${parsed.port || (parsed.protocol === "https:" ? "443" : "80")}`;
  return patterns.some((p) => (p.startsWith("*.") ? host.endsWith(p.slice(1)) : p.includes(":") ? p === hostPort : p === host));
}

/** The message a refused base URL gets, naming the setting that governs it (and the role that would call it). */
export function baseUrlRefusal(url: string, role?: string): string {
  return `The ${role ? `${role}'s ` : ""}LLM base URL ${new URL(url).host} is not allowed on this server (LL3M_LLM_ALLOWED_HOSTS); ask the operator or use an allowed endpoint.`;
}

/** The first of the named base URLs this server refuses (unset ones are skipped), or undefined when all may be called. */
export function firstRefusedBaseUrl(urls: [name: string, url: string | null | undefined][]): { name: string; url: string } | undefined {
  const found = urls.find(([, url]) => url && !isAllowedBaseUrl(url));
  return found && { name: found[0], url: found[1]! };
}
