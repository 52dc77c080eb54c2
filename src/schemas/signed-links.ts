import { z } from "@hono/zod-openapi";
import { TimestampSchema } from "./common";

/** Signed links last 60 seconds to 7 days; 1 hour unless asked otherwise. */
export const MIN_EXPIRES_IN = 60;
export const MAX_EXPIRES_IN = 604_800;
export const DEFAULT_EXPIRES_IN = 3600;

const description = `Seconds until the link expires (${MIN_EXPIRES_IN}–${MAX_EXPIRES_IN}, default ${DEFAULT_EXPIRES_IN})`;

/** `expires_in` in a JSON body: whole seconds, 60 to 604800, default 3600. */
export const ExpiresInSchema = z
  .number()
  .int()
  .min(MIN_EXPIRES_IN)
  .max(MAX_EXPIRES_IN)
  .default(DEFAULT_EXPIRES_IN)
  .openapi({ description, example: 3600 });

/** `expires_in` in a query string: the same bounds, written as a plain decimal numeral. */
export const ExpiresInQuerySchema = z
  .string()
  .regex(/^[0-9]{1,7}$/, "Must be a whole number of seconds")
  .default(String(DEFAULT_EXPIRES_IN))
  .transform(Number)
  .pipe(z.number().min(MIN_EXPIRES_IN).max(MAX_EXPIRES_IN))
  .openapi({ type: "integer", description, example: 3600 });

/** When a link made now for `expiresIn` seconds expires. */
export function expiryFrom(expiresIn: number, now = Date.now()): Date {
  return new Date(now + expiresIn * 1000);
}

/** `expires_at` of a link. */
export const ExpiresAtSchema = TimestampSchema.openapi({ description: "When the link stops working" });
