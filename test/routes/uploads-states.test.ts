import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { STATE_FORMAT } from "../../src/tus/sha256";
import { api, bytesOf, createRecording, createTenant, deleteRecording, expectError, restoreRecording, sha256Hex } from "../helpers";
import { createUpload, headUpload, MiB, patchAll, patchChunk, uploadRow, startedUpload } from "../tus-helpers";

vi.setConfig({ testTimeout: 60_000 });

const started = startedUpload;

describe("an upload ended by deleting its recording", () => {
  it("answers PATCH and HEAD with 404 saying so after the recording is restored, not 410 with an invented expiry", async () => {
    const { tenant, recording, path } = await started(12 * MiB);
    await patchAll(tenant, path, bytesOf(6 * MiB), 6 * MiB);
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
    expect((await restoreRecording(tenant, recording.id)).status).toBe(200);
    const error = await expectError(await patchChunk(tenant, path, 6 * MiB, bytesOf(6 * MiB)), 404, "UPLOAD_NOT_FOUND");
    expect(error.message).toMatch(/was ended when its recording was deleted; start a new upload/);
    expect(error.message).not.toMatch(/expired/);
    expect((await headUpload(tenant, path)).status).toBe(404);
  });
});

describe("byte counts quoted as sent", () => {
  it("quotes an Upload-Length of 9999999999999999 as sent in the 413", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const res = await createUpload(tenant, recording.id, 0, { headers: { "upload-length": "9999999999999999" } });
    const error = await expectError(res, 413, "PAYLOAD_TOO_LARGE");
    expect(error.message).toContain("Upload-Length 9999999999999999 ");
    expect(error.message).not.toContain("10000000000000000");
  });

  it("quotes an Upload-Offset of 9999999999999999 as sent in the 409", async () => {
    const { tenant, path } = await started(6 * MiB);
    const res = await patchChunk(tenant, path, 0, bytesOf(6 * MiB), { "upload-offset": "9999999999999999" });
    const error = await expectError(res, 409, "UPLOAD_OFFSET_MISMATCH");
    expect(error.message).toContain("Upload-Offset 9999999999999999 is not this upload's offset, 0");
  });
});

describe("the saved SHA-256 state across versions", () => {
  it("continues a state saved by the first implementation (no format name) to the right digest", async () => {
    const { tenant, recording, path } = await started(11 * MiB);
    const bytes = bytesOf(11 * MiB, 5);
    await patchAll(tenant, path, bytes.subarray(0, 6 * MiB), 6 * MiB);
    const id = path.split("/").pop();
    // What the first implementation wrote: the same layout, without the format's name.
    await env.DB.prepare(`UPDATE uploads SET sha256_state = substr(sha256_state, ${STATE_FORMAT.length + 2}) WHERE id = ?1`).bind(id).run();
    expect((await env.DB.prepare("SELECT sha256_state FROM uploads WHERE id = ?1").bind(id).first<{ sha256_state: string }>())!.sha256_state).not.toContain(":");
    const last = await patchChunk(tenant, path, 6 * MiB, bytes.subarray(6 * MiB));
    expect(last.status).toBe(204);
    const res = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth } });
    const { media } = (await res.json()) as { media: { sha256: string }[] };
    expect(media[0]!.sha256).toBe(await sha256Hex(bytes));
  });

  it("continues a state saved by the TypeScript loop (ts/2) to the right digest", async () => {
    const { tenant, recording, path } = await started(11 * MiB);
    const bytes = bytesOf(11 * MiB, 7);
    await patchAll(tenant, path, bytes.subarray(0, 6 * MiB), 6 * MiB);
    const id = path.split("/").pop();
    // What the version before this one wrote: the same layout, named ts/2.
    await env.DB.prepare(`UPDATE uploads SET sha256_state = 'ts/2:' || substr(sha256_state, ${STATE_FORMAT.length + 2}) WHERE id = ?1`).bind(id).run();
    const last = await patchChunk(tenant, path, 6 * MiB, bytes.subarray(6 * MiB));
    expect(last.status).toBe(204);
    const res = await api(`/v1/recordings/${recording.id}`, { headers: { authorization: tenant.auth } });
    const { media } = (await res.json()) as { media: { sha256: string }[] };
    expect(media[0]!.sha256).toBe(await sha256Hex(bytes));
  });

  it("refuses with 409 UPLOAD_NOT_RESUMABLE a state of a format it does not know, storing nothing", async () => {
    const { tenant, path } = await started(11 * MiB);
    const bytes = bytesOf(11 * MiB, 6);
    await patchAll(tenant, path, bytes.subarray(0, 6 * MiB), 6 * MiB);
    const id = path.split("/").pop();
    await env.DB.prepare("UPDATE uploads SET sha256_state = 'wasm-sha256/3:AAAA' WHERE id = ?1").bind(id).run();
    const before = await uploadRow(path);
    const error = await expectError(await patchChunk(tenant, path, 6 * MiB, bytes.subarray(6 * MiB)), 409, "UPLOAD_NOT_RESUMABLE");
    expect(error.message).toMatch(/"wasm-sha256\/3", which this version does not know.*start a new upload/);
    expect(await uploadRow(path)).toEqual(before);
    expect((await headUpload(tenant, path)).headers.get("upload-offset")).toBe(String(6 * MiB));
  });
});
