import type { Context } from "hono";
import type { AppBindings } from "../lib/types";

/**
 * Sets a header on the response a middleware got back from `next()`, copying a response whose headers
 * are immutable (one passed through from elsewhere). Unlike `c.header`, it never copies a response whose
 * headers can be set: after the handler answered, hono's `c.header` makes a new Response for every call.
 */
export function setResponseHeader(c: Context<AppBindings>, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.res = new Response(c.res.body, c.res);
    c.res.headers.set(name, value);
  }
}
