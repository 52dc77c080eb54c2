import { z } from "@hono/zod-openapi";
import { NO_CONTROL_CHARACTERS, orNull, TimestampSchema, UuidSchema } from "./common";
import { ExternalIdSchema } from "./recording";

export const SCOPES = ["recordings:read", "recordings:write", "recordings:delete", "account:manage", "legal_holds:manage", "webhooks:manage"] as const;
export const ScopeSchema = z.enum(SCOPES).openapi("Scope", {
  description:
    "What an API key may do: read, write or delete recordings, change the account's settings, place and release legal holds, manage webhook endpoints",
});
export type Scope = z.infer<typeof ScopeSchema>;

const NameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(NO_CONTROL_CHARACTERS, "Must not contain control characters");

export const CreateAccountSchema = z
  .strictObject({ name: NameSchema.openapi({ description: "For people: 1–200 characters, no control characters", example: "Acme" }) })
  .openapi("CreateAccount");

export const AccountSchema = z
  .object({ id: z.string().openapi({ format: "uuid" }), name: z.string(), created_at: TimestampSchema })
  .openapi("Account");

/** 1 to all scopes, none repeated. */
export const ScopeListSchema = z
  .array(ScopeSchema)
  .min(1)
  .max(SCOPES.length)
  .refine((s) => new Set(s).size === s.length, "Scopes must not repeat");

/**
 * A restriction to one room's or one user's recordings: exactly one of the two, each checked as the
 * recording's own `room_id` and `user_id` are.
 */
export const RestrictionSchema = z
  .union([
    z.strictObject({ room_id: ExternalIdSchema.openapi({ description: "Only the recordings whose `room_id` is this", example: "room-42" }) }),
    z.strictObject({ user_id: ExternalIdSchema.openapi({ description: "Only the recordings whose `user_id` is this", example: "agent-7" }) }),
  ])
  .openapi("Restriction", {
    description:
      "Limits a key or an access token to the recordings of one room, or of one user: it sees and acts on no others " +
      "(they answer 404, as missing ones do), and the recordings it creates get that room (or user).",
  });

export const CreateKeySchema = z
  .strictObject({
    name: NameSchema.openapi({ description: "What the key is for (1–200 characters)", example: "ci" }),
    scopes: ScopeListSchema,
    restrict: RestrictionSchema.optional(),
  })
  .openapi("CreateKey");

export const CreatedKeySchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    key: z.string().openapi({ description: "The secret key. Shown once; only its hash is stored." }),
    scopes: z.array(ScopeSchema),
    restrict: orNull(RestrictionSchema).openapi({ description: "The key's restriction; null: the whole account" }),
    created_at: TimestampSchema,
  })
  .openapi("CreatedKey");

export const AccountIdParamsSchema = z.object({
  account_id: UuidSchema.openapi({ param: { name: "account_id", in: "path", description: "The account's id (a UUID)" } }),
});

export const KeyIdParamsSchema = z.object({
  key_id: UuidSchema.openapi({ param: { name: "key_id", in: "path", description: "The API key's id (not the key itself)" } }),
});
