import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

// The edge-safe config reads the JWT cookie without touching the database.
const { auth } = NextAuth(authConfig);

/** Sends signed-out page requests to /signin?callbackUrl=<path>; the dashboard layout remains the real guard. */
export const proxy = auth((req) => {
  if (req.auth?.user) return NextResponse.next();
  const url = new URL("/signin", req.nextUrl.origin);
  const { pathname, search } = req.nextUrl;
  if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
});

export const config = {
  // Everything except the API, its public reference (/docs), Next internals, auth pages and files with an extension.
  matcher: ["/((?!api(?:/|$)|docs(?:/|$)|_next/|signin(?:/|$)|register(?:/|$)|favicon|.*\\.\\w+$).*)"],
};
