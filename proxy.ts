import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { bucketOrigins } from "@/lib/storage/storage-url";

// The edge-safe config reads the JWT cookie without touching the database.
const { auth } = NextAuth(authConfig);

/** Pages anyone may see; every other page sends a signed-out visitor to sign in. */
const PUBLIC_PAGE = /^\/(docs|signin|register)(\/|$)/;

function signInRedirect(req: NextRequest) {
  const url = new URL("/signin", req.nextUrl.origin);
  const { pathname, search } = req.nextUrl;
  if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

/**
 * Every page gets a Content Security Policy with a nonce of its own: set on the request, so Next renders its
 * scripts with that nonce, and on the response. Signed-out page requests go to /signin?callbackUrl=<path>
 * (the dashboard layout remains the real guard). The other security headers come from next.config.mjs.
 */
export const proxy = auth((req) => {
  const csp = contentSecurityPolicy({ nonce: createNonce(), dev: process.env.NODE_ENV !== "production", bucketOrigins: bucketOrigins() });
  let res: NextResponse;
  if (!req.auth?.user && !PUBLIC_PAGE.test(req.nextUrl.pathname)) res = signInRedirect(req);
  else {
    const headers = new Headers(req.headers);
    headers.set("Content-Security-Policy", csp);
    res = NextResponse.next({ request: { headers } });
  }
  res.headers.set("Content-Security-Policy", csp);
  // Served over TLS directly (behind a proxy, next.config.mjs sees X-Forwarded-Proto instead).
  if (req.nextUrl.protocol === "https:") res.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return res;
});

export const config = {
  // Every page: not the API (next.config.mjs gives it a policy of its own), Next's files or files with an extension.
  matcher: ["/((?!api(?:/|$)|_next/|favicon|.*\\.\\w+$).*)"],
};
