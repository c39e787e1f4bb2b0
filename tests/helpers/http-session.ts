/** Cookies from Set-Cookie headers, as one Cookie header value (name=value; ...). */
function cookieHeader(res: Response, existing = ""): string {
  const jar = new Map(existing ? existing.split("; ").map((c) => c.split("=", 2) as [string, string]) : []);
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Signs in through Auth.js' credentials endpoint like a browser form would; returns the session cookie header. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl }),
  });
  const cookie = cookieHeader(res, cookieHeader(csrf));
  if (!/authjs\.session-token=/.test(cookie)) throw new Error(`sign-in failed for ${email} (status ${res.status})`);
  return cookie;
}

/** fetch with the session cookie and a same-origin Origin header, as the app's own pages send. */
export function sessionFetch(baseUrl: string, cookie: string) {
  return (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl}${path}`, { ...init, headers: { cookie, origin: baseUrl, "content-type": "application/json", ...(init.headers ?? {}) } });
}
