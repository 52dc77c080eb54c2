import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "../lib/types";
import { handOverEvents } from "./dispatch";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * After every successful write by an API key, hands the account's new events to the delivery queue
 * once the response is on its way (`waitUntil`), so a change's webhooks go out right after it commits.
 * Whatever this misses (the Worker died first), the scheduled job hands over.
 */
export function handOverAfterWrites(): MiddlewareHandler<AppBindings> {
  return async function handOverAfterWritesMiddleware(c, next) {
    await next();
    if (READS.has(c.req.method) || c.res.status >= 300) return;
    const accountId = c.get("principal")?.accountId;
    if (!accountId) return;
    c.executionCtx.waitUntil(
      handOverEvents(c.env, { accountId }).catch((err: unknown) => {
        console.error(JSON.stringify({ event: "events_hand_over_failed", error: String(err) }));
      }),
    );
  };
}
