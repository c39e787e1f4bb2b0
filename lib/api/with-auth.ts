import type { NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { ApiError } from "@/lib/api/errors";
import { withRequestLog } from "@/lib/api/with-request-log";
import { userFromApiKey } from "@/lib/auth/api-keys";
import { consumeLimit } from "@/lib/rate-limit/consume-limit";

export interface AuthedUser {
  id: string;
  email: string;
  /** Set when the caller authenticated with an API key (null for the session cookie). */
  apiKeyId: string | null;
}

export interface HandlerContext<P> {
  req: NextRequest;
  params: P;
  user: AuthedUser;
  requestId: string;
}

/** A route handler that runs once the caller is known. */
export type AuthedHandler<P> = (ctx: HandlerContext<P>) => Promise<Response>;

/** Resolves the caller from `Authorization: Bearer <key>` or the session cookie, then runs the handler. */
export function withAuth<P = Record<string, never>>(handler: AuthedHandler<P>) {
  return withRequestLog<P>(async (req, context, meta) => {
    const user = await resolveUser(req);
    meta.userId = user.id;
    // Every request made with a key counts against that key's per-minute budget.
    if (user.apiKeyId) await consumeLimit({ name: "apiKey", key: user.apiKeyId });
    return handler({ req, params: await context.params, user, requestId: meta.requestId });
  });
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
  return { id: session.user.id, email: session.user.email, apiKeyId: null };
}

// Cookie-authenticated writes must come from our own pages, so no other site can ride the session.
function assertSameOrigin(req: NextRequest) {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = null;
  }
  if (!originHost || !host || originHost !== host) {
    throw new ApiError("forbidden", "Cross-origin request refused: cookie-authenticated writes must come from this site.");
  }
}
