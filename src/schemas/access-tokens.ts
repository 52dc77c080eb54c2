import { z } from "@hono/zod-openapi";
import { orNull, TimestampSchema } from "./common";
import { RestrictionSchema, ScopeListSchema, ScopeSchema } from "./auth";

/** Access tokens last 60 seconds to 24 hours; 1 hour unless asked otherwise. */
export const MIN_TOKEN_SECONDS = 60;
export const MAX_TOKEN_SECONDS = 86_400;
export const DEFAULT_TOKEN_SECONDS = 3600;

export const CreateAccessTokenSchema = z
  .strictObject({
    scopes: ScopeListSchema.openapi({ description: "What the token may do: some or all of the caller's scopes" }),
    restrict: RestrictionSchema.optional().openapi({
      description: "One room's or one user's recordings; within the caller's own restriction. Without it the token has the caller's.",
    }),
    expires_in: z
      .number()
      .int()
      .min(MIN_TOKEN_SECONDS)
      .max(MAX_TOKEN_SECONDS)
      .optional()
      .openapi({
        description:
          `Seconds until the token expires (${MIN_TOKEN_SECONDS}–${MAX_TOKEN_SECONDS}, default ${DEFAULT_TOKEN_SECONDS}). ` +
          "A token minted with a token never outlives it: asking for longer is a 422, and the default stops at its expiry.",
        example: 3600,
      }),
  })
  .openapi("CreateAccessToken");

export const AccessTokenSchema = z
  .object({
    token: z.string().openapi({
      description: "Use as `Authorization: Bearer <token>` (never as a Basic password). Starts with `rat_`; not stored by the service.",
    }),
    scopes: z.array(ScopeSchema),
    restrict: orNull(RestrictionSchema).openapi({ description: "The token's restriction; null: the whole account" }),
    expires_at: TimestampSchema,
  })
  .openapi("AccessToken");
