import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RecordingSchema } from "../../src/schemas/recording";
import { bytesOf, expectError, send, sha256Hex, streamOf, trashDirectly } from "../helpers";
import { headUpload, MiB, patchAll, patchChunk, TUS, uploadRow, startedUpload } from "../tus-helpers";

vi.setConfig({ testTimeout: 60_000 });
afterEach(() => vi.useRealTimers());

const started = startedUpload;

async function offsetOf(tenant: Parameters<typeof headUpload>[0], path: string): Promise<string | null> {
  return (await headUpload(tenant, path)).headers.get("upload-offset");
}

describe("PATCH protocol errors", () => {
  it("answers 415 for another Content-Type and for any Content-Encoding, storing nothing", async () => {
    const { tenant, path } = await started(6 * MiB);
    const chunk = bytesOf(6 * MiB);
    await expectError(await patchChunk(tenant, path, 0, chunk, { "content-type": "application/octet-stream" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    await expectError(await patchChunk(tenant, path, 0, chunk, { "content-encoding": "gzip" }), 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(await offsetOf(tenant, path)).toBe("0");
  });

  it("answers 409 when Upload-Offset is not the current offset, naming the right one", async () => {
    const { tenant, path } = await started(12 * MiB);
    const bytes = bytesOf(12 * MiB);
    await patchAll(tenant, path, bytes.subarray(0, 6 * MiB), 6 * MiB);
    const error = await expectError(await patchChunk(tenant, path, 0, bytes.subarray(0, 6 * MiB)), 409, "UPLOAD_OFFSET_MISMATCH");
    expect(error.message).toContain(String(6 * MiB));
    await expectError(await patchChunk(tenant, path, 7 * MiB, bytes.subarray(0, 5 * MiB)), 409, "UPLOAD_OFFSET_MISMATCH");
  });

  it("answers 400 INVALID_TUS_HEADER without a numeric Upload-Offset, and 412 without Tus-Resumable", async () => {
    const { tenant, path } = await started(6 * MiB);
    const chunk = bytesOf(6 * MiB);
    await expectError(await patchChunk(tenant, path, 0, chunk, { "upload-offset": "zero" }), 400, "INVALID_TUS_HEADER");
    const res = await patchChunk(tenant, path, 0, chunk, { "tus-resumable": "" });
    await expectError(res, 412, "TUS_VERSION_UNSUPPORTED");
  });

  it("answers 413 for bytes past Upload-Length before storing any of them", async () => {
    const { tenant, path } = await started(6 * MiB);
    const error = await expectError(await patchChunk(tenant, path, 0, bytesOf(6 * MiB + 1)), 413, "UPLOAD_LENGTH_EXCEEDED");
    expect(error.message).toMatch(/nothing was stored/);
    expect(await offsetOf(tenant, path)).toBe("0");
  });

  it("refuses a chunk under 5 MiB that does not finish the upload, stating the rule", async () => {
    const { tenant, path } = await started(12 * MiB);
    const error = await expectError(await patchChunk(tenant, path, 0, bytesOf(MiB)), 400, "INVALID_CHUNK_SIZE");
    expect(error.message).toMatch(/every PATCH but the last must carry the same number of bytes, at least 5242880/);
    expect(await offsetOf(tenant, path)).toBe("0");
  });

  it("refuses a chunk of another size than the first, and a last chunk larger than the others", async () => {
    const { tenant, path } = await started(6 * MiB + 6 * MiB + 7 * MiB);
    const bytes = bytesOf(19 * MiB);
    await patchAll(tenant, path, bytes.subarray(0, 6 * MiB), 6 * MiB);
    await expectError(await patchChunk(tenant, path, 6 * MiB, bytes.subarray(6 * MiB, 11 * MiB)), 400, "INVALID_CHUNK_SIZE");
    await patchAll(tenant, path, bytes.subarray(0, 12 * MiB), 6 * MiB, 6 * MiB);
    const error = await expectError(await patchChunk(tenant, path, 12 * MiB, bytes.subarray(12 * MiB)), 400, "INVALID_CHUNK_SIZE");
    expect(error.message).toContain(String(6 * MiB));
    expect(await offsetOf(tenant, path)).toBe(String(12 * MiB));
  });

  it("answers 411 without Content-Length", async () => {
    const { tenant, path } = await started(6 * MiB);
    const res = await send(path, tenant.auth, {
      method: "PATCH",
      headers: { ...TUS, "upload-offset": "0", "content-type": "application/offset+octet-stream" },
    });
    await expectError(res, 411, "LENGTH_REQUIRED");
  });

  it("answers 400 for a body shorter than its Content-Length, and keeps the offset", async () => {
    const { tenant, path } = await started(6 * MiB);
    const short = bytesOf(3 * MiB);
    const res = await patchChunk(tenant, path, 0, streamOf(short) as unknown as Uint8Array, { "content-length": String(6 * MiB) });
    await expectError(res, 400, "BODY_LENGTH_MISMATCH");
    expect(await offsetOf(tenant, path)).toBe("0");
    const last = await patchAll(tenant, path, bytesOf(6 * MiB), 6 * MiB);
    expect(last.headers.get("upload-media-id")).toBeTruthy();
  });

  it("accepts an empty PATCH at the current offset as a no-op", async () => {
    const { tenant, path } = await started(6 * MiB);
    const res = await patchChunk(tenant, path, 0, new Uint8Array(0));
    expect(res.status).toBe(204);
    expect(res.headers.get("upload-offset")).toBe("0");
  });
});

describe("racing PATCHes", () => {
  it("lets exactly one of two PATCHes at the same offset win; the other gets 409 and the media is right", async () => {
    const { tenant, recording, path } = await started(10 * MiB + 5);
    const bytes = bytesOf(10 * MiB + 5, 3);
    const first = bytes.subarray(0, 5 * MiB);
    const results = await Promise.all([patchChunk(tenant, path, 0, first), patchChunk(tenant, path, 0, first)]);
    expect(results.map((r) => r.status).sort()).toEqual([204, 409]);
    await expectError(results.find((r) => r.status === 409)!, 409, "UPLOAD_OFFSET_MISMATCH");
    expect(await offsetOf(tenant, path)).toBe(String(5 * MiB));
    const last = await patchAll(tenant, path, bytes, 5 * MiB, 5 * MiB);
    const got = RecordingSchema.parse(await (await send(`/v1/recordings/${recording.id}`, tenant.auth)).json());
    expect(got.media[0]?.id).toBe(last.headers.get("upload-media-id"));
    expect(got.media[0]?.sha256).toBe(await sha256Hex(bytes));
  });
});

describe("expiry", () => {
  it("answers 410 UPLOAD_EXPIRED once Upload-Expires has passed", async () => {
    const { tenant, path } = await started(6 * MiB);
    const expires = Date.parse((await headUpload(tenant, path)).headers.get("upload-expires")!);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(expires + 1000);
    await expectError(await send(path, tenant.auth, { headers: TUS }), 410, "UPLOAD_EXPIRED");
    await expectError(await patchChunk(tenant, path, 0, bytesOf(6 * MiB)), 410, "UPLOAD_EXPIRED");
  });
});

describe("the recording going away", () => {
  it("answers 404 for an upload whose recording is in the trash", async () => {
    const { tenant, recording, path } = await started(6 * MiB);
    await trashDirectly(recording.id);
    await expectError(await patchChunk(tenant, path, 0, bytesOf(6 * MiB)), 404, "UPLOAD_NOT_FOUND");
  });

  it("stores no media and leaves no object when the recording is trashed before the last chunk lands", async () => {
    const { tenant, recording, path } = await started(6 * MiB);
    const row = await uploadRow(path);
    // The trash lands while the last PATCH is on its way: after its lookup, before its media row.
    const trashing = env.DB.prepare("CREATE TRIGGER trash_on_commit AFTER UPDATE OF upload_offset ON uploads BEGIN UPDATE recordings SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = NEW.recording_id; END");
    await trashing.run();
    try {
      await expectError(await patchChunk(tenant, path, 0, bytesOf(6 * MiB)), 404, "RECORDING_NOT_FOUND");
    } finally {
      await env.DB.prepare("DROP TRIGGER trash_on_commit").run();
    }
    expect(await env.MEDIA.head(row!.r2_key)).toBeNull();
    const media = await env.DB.prepare("SELECT count(*) AS n FROM media WHERE recording_id = ?1").bind(recording.id).first();
    expect(media).toEqual({ n: 0 });
    expect(await uploadRow(path)).toBeNull();
  });
});
