import { z } from "@hono/zod-openapi";
import { IsoDateTimeSchema, TimestampSchema, UuidSchema } from "./common";

export const SOURCES = ["pstn", "sip", "webrtc", "other"] as const;
export const STATUSES = ["starting", "active", "ending", "complete", "failed", "aborted"] as const;
export const IN_PROGRESS: readonly Status[] = ["starting", "active", "ending"];
export const TRACKS = ["inbound", "outbound", "both"] as const;
export const MEDIA_KINDS = ["audio", "video", "image", "transcript", "other"] as const;
export const MAX_METADATA_BYTES = 8 * 1024;

export const SourceSchema = z.enum(SOURCES).openapi("Source");
export const StatusSchema = z.enum(STATUSES).openapi("Status");
export const TrackSchema = z.enum(TRACKS).openapi("Track");
export const MediaKindSchema = z.enum(MEDIA_KINDS).openapi("MediaKind");
export type Status = z.infer<typeof StatusSchema>;
export type MediaKind = z.infer<typeof MediaKindSchema>;

/** A caller-chosen identifier: 1–256 characters, no control characters. */
export const ExternalIdSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^\p{Cc}]*$/u, "Must not contain control characters");

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
  .openapi({ type: "object", additionalProperties: true, description: "Free-form JSON object, at most 8 KiB" });

/** The fields a client may change with PATCH (contract section 4), each nullable where the recording allows null. */
const patchableFields = {
  call_id: UuidSchema.nullable(),
  room_id: ExternalIdSchema.nullable(),
  user_id: ExternalIdSchema.nullable(),
  ended_at: IsoDateTimeSchema.nullable(),
  duration_seconds: z.number().min(0).max(31_536_000).nullable(),
  channels: z.literal([1, 2], { message: "Must be 1 or 2" }).nullable(),
  track: TrackSchema.nullable(),
  status: StatusSchema,
};

export const CreateRecordingSchema = z
  .strictObject({ ...patchableFields, source: SourceSchema, started_at: IsoDateTimeSchema.nullable(), metadata: MetadataSchema })
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
    filename: z.string(),
    content_type: z.string(),
    byte_size: z.number().int(),
    sha256: z.string().openapi({ description: "Hex SHA-256 of the bytes" }),
    created_at: TimestampSchema,
  })
  .openapi("Media");
export type Media = z.infer<typeof MediaSchema>;

export const RecordingSchema = z
  .object({
    id: z.string().openapi({ format: "uuid" }),
    account_id: z.string().openapi({ format: "uuid" }),
    call_id: z.string().nullable(),
    room_id: z.string().nullable(),
    user_id: z.string().nullable(),
    source: SourceSchema,
    status: StatusSchema,
    started_at: TimestampSchema.nullable(),
    ended_at: TimestampSchema.nullable(),
    duration_seconds: z.number().nullable(),
    channels: z.number().int().nullable(),
    track: TrackSchema.nullable(),
    metadata: z.record(z.string(), z.unknown()),
    media: z.array(MediaSchema),
    created_at: TimestampSchema,
    updated_at: TimestampSchema,
    deleted_at: TimestampSchema.nullable(),
    deleted_by: z.string().nullable(),
  })
  .openapi("Recording");
export type Recording = z.infer<typeof RecordingSchema>;
export const RECORDING_FIELDS = Object.keys(RecordingSchema.shape) as (keyof Recording)[];
