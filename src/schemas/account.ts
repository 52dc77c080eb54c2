import { z } from "@hono/zod-openapi";
import { NO_CONTROL_CHARACTERS, orNull, TimestampSchema } from "./common";

/** Whole days a recording is kept before the scheduled job moves it to the trash. */
export const MAX_RETENTION_DAYS = 36_500;
/** Whole days a recording stays in the trash before it is purged. */
export const MAX_TRASH_RETENTION_DAYS = 365;
/** The longest range `GET /v1/account/usage` answers at once, in days. */
export const MAX_USAGE_DAYS = 366;

export const LegalHoldSchema = z
  .object({
    reason: z.string().openapi({ example: "Litigation 2026-114" }),
    placed_at: TimestampSchema,
    placed_by: z.string().openapi({ description: "The id of the API key that placed it" }),
  })
  .openapi("LegalHold", { description: "While it stands, nothing deletes or purges what it holds" });
export type LegalHold = z.infer<typeof LegalHoldSchema>;

export const PlaceLegalHoldSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .regex(NO_CONTROL_CHARACTERS, "Must not contain control characters")
      .openapi({ description: "Why it is held (1–1000 characters)", example: "Litigation 2026-114" }),
  })
  .openapi("PlaceLegalHold");

const CountSchema = z.number().int().min(0);

export const UsageSchema = z
  .object({
    recordings: CountSchema.openapi({ description: "Recordings stored, the trash included" }),
    recordings_in_trash: CountSchema,
    media_items: CountSchema,
    bytes_stored: CountSchema.openapi({ description: "Bytes of every media item, the trash included" }),
  })
  .openapi("Usage", { description: "Exact: kept in the same transactions as the rows it counts" });

const LimitSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable();

export const QuotaSchema = z
  .object({
    max_bytes_stored: LimitSchema.openapi({ description: "null: no limit" }),
    max_recordings: LimitSchema.openapi({ description: "null: no limit; counts the trash" }),
  })
  .openapi("Quota");

export const AccountSettingsSchema = z
  .object({
    retention_days: z.number().int().nullable().openapi({ description: "null: recordings are kept until deleted" }),
    trash_retention_days: z.number().int().openapi({ description: "Days in the trash before the purge" }),
  })
  .openapi("AccountSettings");

export const AccountDetailsSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    name: z.string(),
    settings: AccountSettingsSchema,
    usage: UsageSchema,
    quota: QuotaSchema,
    legal_hold: orNull(LegalHoldSchema).openapi({ description: "A hold on every recording of the account" }),
  })
  .openapi("AccountDetails");
export type AccountDetails = z.infer<typeof AccountDetailsSchema>;

export const UpdatedAccountSchema = AccountDetailsSchema.extend({
  affected_recordings: CountSchema.openapi({
    description: "How many recordings the retention job will move to the trash under these settings (none held or in progress)",
  }),
}).openapi("UpdatedAccount");

export const UpdateAccountSchema = z
  .strictObject({
    retention_days: z
      .number()
      .int()
      .min(1)
      .max(MAX_RETENTION_DAYS)
      .nullable()
      .openapi({ description: `1–${MAX_RETENTION_DAYS} whole days, or null: keep forever`, example: 365 }),
    trash_retention_days: z
      .number()
      .int()
      .min(1)
      .max(MAX_TRASH_RETENTION_DAYS)
      .openapi({ description: `1–${MAX_TRASH_RETENTION_DAYS} whole days`, example: 30 }),
  })
  .partial()
  .openapi("UpdateAccount");

export const UpdateQuotaSchema = z
  .strictObject({
    max_bytes_stored: LimitSchema.openapi({ description: "Bytes, or null: no limit", example: 10_000_000_000 }),
    max_recordings: LimitSchema.openapi({ description: "Recordings (the trash counts), or null: no limit", example: 10_000 }),
  })
  .partial()
  .openapi("UpdateQuota");

const DaySchema = z.iso.date().openapi({ example: "2026-12-01" });

export const UsageQuerySchema = z.object({
  from: DaySchema.optional().openapi({ description: "First UTC day (YYYY-MM-DD); default 29 days before `to`" }),
  to: DaySchema.optional().openapi({ description: "Last UTC day (YYYY-MM-DD); default today" }),
});

export const UsageDaySchema = z
  .object({
    date: DaySchema,
    bytes_stored: CountSchema.openapi({ description: "At the day's end (now, for today)" }),
    recordings: CountSchema.openapi({ description: "At the day's end (now, for today), the trash included" }),
    bytes_uploaded: CountSchema,
    recordings_created: CountSchema,
    recordings_purged: CountSchema,
  })
  .openapi("UsageDay");
export type UsageDay = z.infer<typeof UsageDaySchema>;

export const UsageReportSchema = z
  .object({ data: z.array(UsageDaySchema).openapi({ description: "One row per UTC day, oldest first, from the account's creation on" }) })
  .openapi("UsageReport");
