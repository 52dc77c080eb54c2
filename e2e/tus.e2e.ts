import { createHash, randomBytes } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { createRecording } from "../scripts/lib/seed.mjs";
import { tusUpload } from "../scripts/lib/tus.mjs";
import { RecordingSchema } from "../src/schemas/recording";
import { authorized } from "./client";
import { baseUrl, newTenant, UUID, type Tenant } from "./helpers";

const MiB = 1024 * 1024;
const file = randomBytes(60 * MiB);
const fileSha256 = createHash("sha256").update(file).digest("hex");
let tenant: Tenant;

beforeAll(async () => {
  tenant = await newTenant();
});

/** The media item as the API lists it, and its bytes downloaded through the API. */
async function downloaded(recordingId: string, mediaId: string) {
  const got = await fetch(new URL(`/v1/recordings/${recordingId}`, baseUrl), { headers: authorized(tenant.key) });
  const media = RecordingSchema.parse(await got.json()).media.find((m) => m.id === mediaId);
  const response = await fetch(new URL(`/v1/recordings/${recordingId}/media/${mediaId}`, baseUrl), { headers: authorized(tenant.key) });
  expect(response.status).toBe(200);
  return { media, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe("tus-js-client against wrangler dev", () => {
  test("uploads a 60 MiB file in 8 MiB chunks; the media is the file, byte for byte, with its SHA-256", { timeout: 180_000 }, async () => {
    const { id } = await createRecording(baseUrl, tenant.key, { status: "complete" });
    const result = await tusUpload({ baseUrl, key: tenant.key, recordingId: id, data: file, filename: "meeting.mp4", filetype: "video/mp4" });
    expect(result.mediaId).toMatch(UUID);
    const { media, bytes } = await downloaded(id, result.mediaId!);
    expect(media).toMatchObject({ kind: "video", filename: "meeting.mp4", content_type: "video/mp4", byte_size: file.byteLength, sha256: fileSha256 });
    expect(bytes.equals(file)).toBe(true);
  });

  test("resumes from the stored upload URL after the client is cut off mid-chunk", { timeout: 180_000 }, async () => {
    const { id } = await createRecording(baseUrl, tenant.key, { status: "complete" });
    // Stop part-way through the fourth chunk: its PATCH is cut off, the first three stay.
    const first = await tusUpload({ baseUrl, key: tenant.key, recordingId: id, data: file, filetype: "audio/wav", stopAfterBytes: 28 * MiB });
    expect(first.stopped).toBe(true);
    const head = await fetch(first.url, { method: "HEAD", headers: { ...authorized(tenant.key), "Tus-Resumable": "1.0.0" } });
    expect(head.status).toBe(200);
    const offset = Number(head.headers.get("upload-offset"));
    expect(offset % (8 * MiB)).toBe(0);
    expect(offset).toBeGreaterThanOrEqual(16 * MiB);
    expect(offset).toBeLessThan(file.byteLength);

    const sentAfterResume: number[] = [];
    const resumed = await tusUpload({
      baseUrl, key: tenant.key, recordingId: id, data: file, uploadUrl: first.url, onProgress: (sent) => sentAfterResume.push(sent),
    });
    expect(resumed.url).toBe(first.url);
    expect(resumed.mediaId).toMatch(UUID);
    const { media, bytes } = await downloaded(id, resumed.mediaId!);
    expect(media).toMatchObject({ kind: "audio", byte_size: file.byteLength, sha256: fileSha256 });
    expect(bytes.equals(file)).toBe(true);
  });
});
