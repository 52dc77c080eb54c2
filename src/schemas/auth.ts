import { z } from "@hono/zod-openapi";
import { NO_CONTROL_CHARACTERS, TimestampSchema, UuidSchema } from "./common";

export const SCOPES = ["recordings:read", "recordings:write", "recordings:delete"] as const;
export const ScopeSchema = z.enum(SCOPES).openapi("Scope", { description: "What an API key may do: read, write or delete recordings" });
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

export const CreateKeySchema = z
  .strictObject({
    name: NameSchema.openapi({ description: "What the key is for (1–200 characters)", example: "ci" }),
    scopes: z
      .array(ScopeSchema)
      .min(1)
      .max(SCOPES.length)
      .refine((s) => new Set(s).size === s.length, "Scopes must not repeat"),
  })
  .openapi("CreateKey");

export const CreatedKeySchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    key: z.string().openapi({ description: "The secret key. Shown once; only its hash is stored." }),
    scopes: z.array(ScopeSchema),
    created_at: TimestampSchema,
  })
  .openapi("CreatedKey");

export const AccountIdParamsSchema = z.object({
  account_id: UuidSchema.openapi({ param: { name: "account_id", in: "path", description: "The account's id (a UUID)" } }),
});

export const KeyIdParamsSchema = z.object({
  key_id: UuidSchema.openapi({ param: { name: "key_id", in: "path", description: "The API key's id (not the key itself)" } }),
});
