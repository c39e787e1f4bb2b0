import type { AuthedHandler } from "@/lib/api/with-auth";
import { consumeLimit } from "@/lib/rate-limit/consume-limit";
import type { LimitName } from "@/lib/rate-limit/limiters";

/** Counts the request against the caller's `name` budget (e.g. generations per hour) before the handler runs. */
export function withRateLimit<P>(name: LimitName, handler: AuthedHandler<P>): AuthedHandler<P> {
  return async (ctx) => {
    await consumeLimit({ name, key: ctx.user.id });
    return handler(ctx);
  };
}
