import { crc32 } from "node:zlib";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, bytesOf, createRecording, createTenant, expectError, send, trashDirectly, uploaded, withJson, type Tenant } from "../helpers";
import { centralDirectory, dosDateTime, manifestOf, unzipped } from "../zip-reader";

/** POSTs a bulk download and returns the response and its bytes, checking the ZIP headers. */
async function bulkZip(tenant: Tenant, body: unknown) {
  const res = await api("/v1/recordings/bulk-download", withJson("POST", body, tenant.auth));
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/zip");
  expect(res.headers.get("content-disposition")).toBe('attachment; filename="recordings.zip"');
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
  expect(res.headers.get("cache-control")).toBe("private, no-transform");
  expect(res.headers.get("content-encoding")).toBe("identity");
  const zip = new Uint8Array(await res.arrayBuffer());
  expect(Number(res.headers.get("content-length"))).toBe(zip.byteLength);
  return zip;
}

describe("bulk ZIP downloads", () => {
  it("zips every media item of each recording, byte for byte, with the CRC-32 and size of the upload", async () => {
    const tenant = await createTenant();
    const first = await createRecording(tenant, { started_at: "2026-02-03T04:05:06.000Z" });
    const second = await createRecording(tenant);
    const audio = bytesOf(300_000, 1);
    const video = bytesOf(70_000, 2);
    const other = bytesOf(1234, 3);
    await uploaded(tenant, first.id, audio, "audio/wav");
    await uploaded(tenant, first.id, video, "video/mp4");
    const media = await uploaded(tenant, second.id, other, "audio/mpeg");

    const zip = await bulkZip(tenant, { recording_ids: [first.id, second.id] });
    const files = unzipped(zip);
    const names = Object.keys(files);
    expect(names[0]).toBe("manifest.json");
    const [audioName, videoName, otherName] = names.slice(1);
    expect(audioName).toMatch(new RegExp(`^${first.id}/[^/]+\\.wav$`));
    expect(videoName).toMatch(new RegExp(`^${first.id}/[^/]+\\.mp4$`));
    expect(otherName).toBe(`${second.id}/${media.id}.mp3`);
    expect(files[audioName!]).toEqual(audio);
    expect(files[videoName!]).toEqual(video);
    expect(files[otherName!]).toEqual(other);

    const central = centralDirectory(zip);
    expect(central.slice(1).map((e) => [e.crc32, e.size, e.compressedSize, e.compression])).toEqual(
      [audio, video, other].map((b) => [crc32(b), b.byteLength, b.byteLength, 0]),
    );
    expect(dosDateTime(central[1]!.dosDate, central[1]!.dosTime).toISOString()).toBe("2026-02-03T04:05:06.000Z");
  });

  it("lists each included recording with its metadata and media paths in manifest.json", async () => {
    const tenant = await createTenant();
    const metadata = { queue: "support", "</script>": "<img src=x onerror=alert(1)>", nested: { "ü": [1, null, true] } };
    const recording = await createRecording(tenant, { metadata, source: "sip", call_id: crypto.randomUUID() });
    const media = await uploaded(tenant, recording.id, bytesOf(10));
    const manifest = manifestOf(await bulkZip(tenant, { recording_ids: [recording.id] }));
    expect(manifest.requested).toEqual({ recording_ids: [recording.id] });
    expect(manifest.skipped).toEqual([]);
    expect(manifest.recordings).toHaveLength(1);
    const shown = manifest.recordings[0]!;
    expect(shown).toMatchObject({ id: recording.id, source: "sip", call_id: recording.call_id, metadata });
    expect(shown.media).toEqual([{ ...media, path: `${recording.id}/${media.id}.wav` }]);
  });

  it("answers the GET form with the same bytes as the POST, ids comma-separated or repeated", async () => {
    const tenant = await createTenant();
    const a = await createRecording(tenant);
    const b = await createRecording(tenant);
    await uploaded(tenant, a.id, bytesOf(500, 4));
    await uploaded(tenant, b.id, bytesOf(700, 5));
    const posted = await bulkZip(tenant, { recording_ids: [a.id, b.id] });
    for (const query of [`recording_ids=${a.id},${b.id}`, `recording_ids=${a.id}&recording_ids=${b.id}`, `recording_ids=${a.id.toUpperCase()},%20${b.id},`]) {
      const res = await send(`/v1/recordings/download?${query}`, tenant.auth);
      expect(res.status).toBe(200);
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(posted);
    }
  });

  it("zips a duplicated id once and gives a repeated file name a number", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    for (const seed of [1, 2]) {
      const res = await api(`/v1/recordings/${recording.id}/media?filename=call.wav`, {
        method: "POST",
        headers: { authorization: tenant.auth, "content-type": "audio/wav" },
        body: bytesOf(100, seed),
      });
      expect(res.status).toBe(201);
    }
    const zip = await bulkZip(tenant, { recording_ids: [recording.id, recording.id.toUpperCase(), recording.id] });
    expect(Object.keys(unzipped(zip))).toEqual(["manifest.json", `${recording.id}/call.wav`, `${recording.id}/call (2).wav`]);
    expect(manifestOf(zip).requested.recording_ids).toEqual([recording.id]);
  });

  it("gives every stored file name a safe entry name, whatever was stored", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const hostile = ["../../../etc/passwd", "/abs/path.wav", "C:\\Windows\\evil.wav", "a\u0000b\u001b[31m.wav", "x\u202Egnp.exe", "..", "CON", "Grüße 通話.wav"];
    for (const name of hostile) {
      const media = await uploaded(tenant, recording.id, bytesOf(8));
      await env.DB.prepare("UPDATE media SET filename = ?2 WHERE id = ?1").bind(media.id, name).run();
    }
    const zip = await bulkZip(tenant, { recording_ids: [recording.id] });
    const names = Object.keys(unzipped(zip)).slice(1);
    expect(names).toHaveLength(hostile.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      const [folder, file, ...rest] = name.split("/");
      expect(folder).toBe(recording.id);
      expect(rest).toEqual([]);
      expect(file).not.toMatch(/^\.|\.\.|[\\:\p{Cc}\p{Cf}]/u);
      expect(file).toMatch(/\.wav$/);
    }
    expect(names).toContain(`${recording.id}/Grüße 通話.wav`);
    expect(manifestOf(zip).recordings[0]!.media.map((m) => m.filename)).toEqual(hostile);
  });
});

describe("which recordings go in", () => {
  it("leaves out what is missing, another account's, in progress, in the trash or without media, saying why", async () => {
    const tenant = await createTenant();
    const stranger = await createTenant();
    const [ok, failed, active, trashed, empty] = await Promise.all(
      [{}, { status: "failed" }, { status: "active" }, {}, {}].map((fields) => createRecording(tenant, fields)),
    );
    const theirs = await createRecording(stranger);
    for (const r of [ok!, failed!, active!, trashed!]) await uploaded(tenant, r.id, bytesOf(20));
    await uploaded(stranger, theirs.id, bytesOf(20, 9));
    await trashDirectly(trashed!.id);
    const missing = crypto.randomUUID();
    const ids = [ok!.id, failed!.id, active!.id, trashed!.id, empty!.id, theirs.id, missing];

    const zip = await bulkZip(tenant, { recording_ids: ids });
    expect(Object.keys(unzipped(zip)).slice(1).map((n) => n.split("/")[0])).toEqual([ok!.id, failed!.id]);
    const manifest = manifestOf(zip);
    expect(manifest.recordings.map((r) => r.id)).toEqual([ok!.id, failed!.id]);
    expect(manifest.skipped).toEqual([
      { recording_id: active!.id, reason: "in_progress" },
      { recording_id: trashed!.id, reason: "in_trash" },
      { recording_id: empty!.id, reason: "no_media" },
      { recording_id: theirs.id, reason: "not_found" },
      { recording_id: missing, reason: "not_found" },
    ]);
  });

  it("zips every recording of each call by call id, and names calls with nothing to zip", async () => {
    const tenant = await createTenant();
    const stranger = await createTenant();
    const call = crypto.randomUUID();
    const quiet = crypto.randomUUID();
    const [a, b, live] = await Promise.all([{}, {}, { status: "ending" }].map((f) => createRecording(tenant, { ...f, call_id: call })));
    const theirs = await createRecording(stranger, { call_id: quiet });
    for (const r of [a!, b!, live!]) await uploaded(tenant, r.id, bytesOf(30));
    await uploaded(stranger, theirs.id, bytesOf(30));

    const zip = await bulkZip(tenant, { call_ids: [call, quiet] });
    const manifest = manifestOf(zip);
    expect(manifest.requested).toEqual({ call_ids: [call, quiet] });
    expect(manifest.recordings.map((r) => r.id).sort()).toEqual([a!.id, b!.id].sort());
    expect(manifest.skipped).toEqual([
      { call_id: call, recording_id: live!.id, reason: "in_progress" },
      { call_id: quiet, reason: "not_found" },
    ]);
  });

  it("answers 404 NO_RECORDINGS_FOUND when nothing requested can be zipped", async () => {
    const tenant = await createTenant();
    const stranger = await createTenant();
    const theirs = await createRecording(stranger);
    await uploaded(stranger, theirs.id, bytesOf(10));
    const empty = await createRecording(tenant);
    for (const body of [{ recording_ids: [theirs.id, empty.id] }, { call_ids: [crypto.randomUUID()] }]) {
      const res = await api("/v1/recordings/bulk-download", withJson("POST", body, tenant.auth));
      const error = await expectError(res, 404, "NO_RECORDINGS_FOUND");
      expect(error.message).toBe("None of the requested calls have recordings available");
    }
  });
});
