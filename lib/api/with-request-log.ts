import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { handleApiError } from "@/lib/api/errors";
import { writeLogLine } from "@/lib/api/write-log-line";

/** What one request carries through the wrappers: its id, and the caller once known (for the log line). */
export interface RequestMeta {
  requestId: string;
  userId: string | null;
}

/** The context Next passes to a route handler; `params` is a promise since Next 15. */
export type RouteContext<P> = { params: Promise<P> };

type MetaHandler<P> = (req: NextRequest, context: RouteContext<P>, meta: RequestMeta) => Promise<Response>;

// A caller's own request id is kept (so its logs and ours line up) only when it cannot inject into a log line.
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Outermost wrapper of every API route: gives the request an id, turns thrown errors into the one error envelope,
 * sets X-Request-Id and X-Process-Time, and writes one JSON log line (for streams: when the headers go out).
 */
export function withRequestLog<P = Record<string, never>>(handler: MetaHandler<P>) {
  return async (req: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const given = req.headers.get("x-request-id");
    const meta: RequestMeta = { requestId: given && CLIENT_REQUEST_ID.test(given) ? given : randomUUID(), userId: null };
    const started = performance.now();
    let res: Response;
    try {
      res = await handler(req, context, meta);
    } catch (err) {
      res = handleApiError(err, meta.requestId);
    }
    const ms = performance.now() - started;
    try {
      res.headers.set("X-Request-Id", meta.requestId);
    } catch {
      // A response with immutable headers (e.g. Response.redirect from a library): copy it so ours can be added.
      res = new Response(res.body, res);
      res.headers.set("X-Request-Id", meta.requestId);
    }
    res.headers.set("X-Process-Time", (ms / 1000).toFixed(4));
    writeLogLine({
      level: res.status >= 500 ? "error" : "info",
      msg: "request",
      method: req.method,
      path: req.nextUrl.pathname,
      status: res.status,
      ms: Math.round(ms * 10) / 10,
      request_id: meta.requestId,
      user_id: meta.userId,
    });
    return res;
  };
}
