import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { ApiError, handleApiError } from "@/lib/api/errors";
import { userFromApiKey } from "@/lib/auth/api-keys";

export interface AuthedUser {
  id: string;
  email: string;
}

export interface HandlerContext<P> {
  req: NextRequest;
  params: P;
  user: AuthedUser;
  requestId: string;
}

type RouteContext<P> = { params: Promise<P> };

/** Resolves the caller from `Authorization: Bearer <key>` or the session cookie, then runs the handler. */
export function withAuth<P = Record<string, never>>(handler: (ctx: HandlerContext<P>) => Promise<Response>) {
  return async (req: NextRequest, context: RouteContext<P>) => {
    const requestId = req.headers.get("x-request-id") ?? randomUUID();
    const started = performance.now();
    try {
      const user = await resolveUser(req);
      const res = await handler({ req, params: await context.params, user, requestId });
      res.headers.set("X-Request-Id", requestId);
      res.headers.set("X-Process-Time", `${((performance.now() - started) / 1000).toFixed(4)}`);
      return res;
    } catch (err) {
      const res = handleApiError(err, requestId);
      res.headers.set("X-Process-Time", `${((performance.now() - started) / 1000).toFixed(4)}`);
      return res;
    }
  };
}

async function resolveUser(req: NextRequest): Promise<AuthedUser> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError("unauthorized", "Authorization header must be 'Bearer <api key>'.");
    const user = await userFromApiKey(match[1]);
    if (!user) throw new ApiError("unauthorized", "Invalid or revoked API key.");
    return user;
  }
  const session = await auth();
  if (!session?.user?.id) throw new ApiError("unauthorized", "Sign in or send an API key as 'Authorization: Bearer <key>'.");
  const method = req.method.toUpperCase();
  if (!["GET", "HEAD", "OPTIONS"].includes(method)) assertSameOrigin(req);
  return { id: session.user.id, email: session.user.email };
}

// Cookie-authenticated writes must come from our own pages, so no other site can ride the session.
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) {
    throw new ApiError("forbidden", "Cross-origin request refused: cookie-authenticated writes must come from this site.");
  }
}
