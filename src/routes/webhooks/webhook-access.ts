import type { MiddlewareHandler } from "hono";
import { ApiError } from "../../lib/errors";
import type { AppBindings } from "../../lib/types";
import { requireScope } from "../../middleware/auth";

/**
 * Requires the `webhooks:manage` scope on an unrestricted credential: an endpoint receives every event
 * of the account, so a key or token restricted to a room or a user may not manage endpoints (403).
 */
export function requireWebhookManager(): MiddlewareHandler<AppBindings> {
  const scoped = requireScope("webhooks:manage");
  return async function requireWebhookManagerMiddleware(c, next) {
    await scoped(c, async () => {
      if (c.get("principal").restrict) {
        throw new ApiError(403, "FORBIDDEN", "Webhook endpoints receive every event of the account: a key or token restricted to a room or user cannot manage them");
      }
      await next();
    });
  };
}
