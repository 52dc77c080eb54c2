import { z } from "@hono/zod-openapi";
import { LegalHoldSchema } from "./account";
import { IsoDateTimeSchema, NO_CONTROL_CHARACTERS, orNull, TimestampSchema, UuidSchema } from "./common";

export const SOURCES = ["pstn", "sip", "webrtc", "other"] as const;
export const STATUSES = ["starting", "active", "ending", "complete", "failed", "aborted"] as const;
export const IN_PROGRESS: readonly Status[] = ["starting", "active", "ending"];
export const TRACKS = ["inbound", "outbound", "both"] as const;
export const MEDIA_KINDS = ["audio", "video", "image", "transcript", "other"] as const;
export const MAX_METADATA_BYTES = 8 * 1024;

export const SourceSchema = z.enum(SOURCES).openapi("Source", { description: "Where the call came from" });
export const StatusSchema = z.enum(STATUSES).openapi("Status", {
  description:
    "`starting`, `active` and `ending` are in progress; `complete`, `failed` and `aborted` are final. " +
    "A status only moves forward.",
});
export const TrackSchema = z.enum(TRACKS).openapi("Track", { description: "Which side of the call the media holds" });
export const MediaKindSchema = z.enum(MEDIA_KINDS).openapi("MediaKind", { description: "What a media item holds" });
/** 1 (mono) or 2 (stereo). */
export const ChannelsSchema = z
  .literal([1, 2], { message: "Must be 1 or 2" })
  // The generator keeps only a multi-value literal's first value; say both.
  .openapi({ type: "integer", enum: [1, 2], description: "Audio channels: 1 (mono) or 2 (stereo)" });
export type Status = z.infer<typeof StatusSchema>;
export type MediaKind = z.infer<typeof MediaKindSchema>;

/** A caller-chosen identifier: 1–256 characters, no control characters. */
export const ExternalIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(NO_CONTROL_CHARACTERS, "Must not contain control characters");

/** Whether metadata (as JSON text) is within the 8 KiB limit, counted in UTF-8 bytes. */
function fitsMetadataLimit(json: string): boolean {
  return new TextEncoder().encode(json).byteLength <= MAX_METADATA_BYTES;
}

/**
 * Where a key holds U+0000, at any depth, or null. SQLite's JSON functions read such a key only up to
 * the NUL, so a merge would overwrite or delete another key (`{"role\u0000": null}` removes `role`).
 */
function keyWithNul(value: unknown): (string | number)[] | null {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [node, path] = item;
    if (typeof node !== "object" || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      const at = [...path, Array.isArray(node) ? Number(key) : key];
      if (key.includes("\u0000")) return at;
      stack.push([child, at]);
    }
  }
  return null;
}

export const MetadataSchema = z
  .record(z.string(), z.json())
  .refine((m) => fitsMetadataLimit(JSON.stringify(m)), {
    message: `Metadata must be at most ${MAX_METADATA_BYTES} bytes of JSON`,
  })
  .superRefine((m, ctx) => {
    const path = keyWithNul(m);
    if (path) ctx.addIssue({ code: "custom", path, message: "Metadata keys must not contain U+0000" });
  })
  .openapi({
    type: "object",
    additionalProperties: true,
    description: "Free-form JSON object, at most 8 KiB",
    example: { queue: "support", rating: 5 },
  });

/** The fields a client may change with PATCH (contract section 4), each nullable where the recording allows null. */
const patchableFields = {
  call_id: UuidSchema.nullable().openapi({ description: "The call this recording belongs to" }),
  room_id: ExternalIdSchema.nullable().openapi({ description: "The caller's room identifier", example: "room-42" }),
  user_id: ExternalIdSchema.nullable().openapi({ description: "The caller's user identifier", example: "agent-7" }),
  ended_at: IsoDateTimeSchema.nullable().openapi({ description: "When the recording ended (ISO 8601 with an offset); not before `started_at`" }),
  duration_seconds: z.number().min(0).max(31_536_000).nullable().openapi({ description: "Length in seconds", example: 754.2 }),
  channels: orNull(ChannelsSchema),
  track: orNull(TrackSchema),
  status: StatusSchema,
};

export const CreateRecordingSchema = z
  .strictObject({
    ...patchableFields,
    source: SourceSchema,
    started_at: IsoDateTimeSchema.nullable().openapi({ description: "When the recording started (ISO 8601 with an offset)" }),
    metadata: MetadataSchema,
  })
  .partial()
  .openapi("CreateRecording");
export type CreateRecording = z.infer<typeof CreateRecordingSchema>;

export const UpdateRecordingSchema = z
  .strictObject({
    ...patchableFields,
    metadata: MetadataSchema.openapi({ description: "Merged into the stored metadata (RFC 7396: null removes a key)" }),
  })
  .partial()
  .openapi("UpdateRecording");
export type UpdateRecording = z.infer<typeof UpdateRecordingSchema>;

export const MediaSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    kind: MediaKindSchema,
    filename: z.string().openapi({ example: "call.wav" }),
    content_type: z.string().openapi({ description: "As uploaded; media is served with it", example: "audio/wav" }),
    byte_size: z.number().int().min(0),
    sha256: z.string().openapi({
      description: "Hex SHA-256 of the bytes (the media's ETag, in quotes)",
      example: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    }),
    created_at: TimestampSchema,
  })
  .openapi("Media");
export type Media = z.infer<typeof MediaSchema>;

/** How media is served: `inline` (the default) or `attachment`. */
export const DispositionSchema = z
  .enum(["inline", "attachment"])
  .default("inline")
  .openapi({ description: "`attachment` asks the browser to download rather than show the media" });

/** `?disposition=` of every media GET. */
export const ServeQuerySchema = z.object({ disposition: DispositionSchema });

export const RecordingSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    account_id: z.string().openapi({ format: "uuid", description: "The owning account (tenant)" }),
    call_id: z.string().nullable().openapi({ format: "uuid" }),
    room_id: z.string().nullable().openapi({ example: "room-42" }),
    user_id: z.string().nullable().openapi({ example: "agent-7" }),
    source: SourceSchema,
    status: StatusSchema,
    started_at: TimestampSchema.nullable(),
    ended_at: TimestampSchema.nullable(),
    duration_seconds: z.number().nullable().openapi({ example: 754.2 }),
    channels: orNull(ChannelsSchema),
    track: orNull(TrackSchema),
    metadata: z
      .record(z.string(), z.unknown())
      .openapi({ description: "Free-form JSON object, at most 8 KiB", example: { queue: "support", rating: 5 } }),
    media: z.array(MediaSchema).openapi({ description: "Media items in upload order" }),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
    deleted_at: TimestampSchema.nullable().openapi({ description: "When it went to the trash; null when it is not there" }),
    deleted_by: z.string().nullable().openapi({ description: "The id of the API key that deleted it, or `retention` (the account's retention_days)" }),
    legal_hold: orNull(LegalHoldSchema).openapi({ description: "The recording's legal hold, or else the account's; null when neither" }),
  })
  .openapi("Recording");
export type Recording = z.infer<typeof RecordingSchema>;
export const RECORDING_FIELDS = Object.keys(RecordingSchema.shape) as (keyof Recording)[];
