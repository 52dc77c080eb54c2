import type { Context, MiddlewareHandler } from "hono";
import type { AppBindings } from "../lib/types";
import { handOverEvents } from "./dispatch";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Hands the account's new events to the delivery queue once the response is on its way (`waitUntil`),
 * so a change's webhooks go out right after it commits. A failure is logged, never answered: whatever
 * this misses, the scheduled job hands over.
 */
export function handOverSoon(c: Context<AppBindings>, accountId: string): void {
  c.executionCtx.waitUntil(
    handOverEvents(c.env, { accountId }).catch((err: unknown) => {
      console.error(JSON.stringify({ event: "events_hand_over_failed", error: String(err) }));
    }),
  );
}

/**
 * After every successful write by an API key, hands the account's new events over ({@link handOverSoon}).
 * Writes without one (the admin routes) name their account themselves.
 */
export function handOverAfterWrites(): MiddlewareHandler<AppBindings> {
  // Reads pass straight through: no await, no work after them.
  const afterWrite = async (c: Context<AppBindings>, next: () => Promise<void>) => {
    await next();
    if (c.res.status >= 300) return;
    const accountId = c.get("principal")?.accountId;
    if (accountId) handOverSoon(c, accountId);
  };
  return function handOverAfterWritesMiddleware(c, next) {
    return READS.has(c.req.method) ? next() : afterWrite(c, next);
  };
}
