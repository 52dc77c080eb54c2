import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { unsupportedCodings } from "../../src/middleware/content-encoding";
import { admin, api, bytesOf, createRecording, createTenant, expectError, listPage, recordingObjectPrefix, type Tenant } from "../helpers";

/** A body that sends `head` and then breaks off, as a request body does when its client goes away. */
function breaksOff(head: Uint8Array): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(new TypeError("Can't read from request stream because client disconnected."));
      controller.enqueue(head);
      sent = true;
    },
  });
}

/** A request whose Content-Length promises `declared` bytes of which `body` delivers fewer. */
function cutOff(path: string, auth: string, declared: number, body: ReadableStream<Uint8Array> | Uint8Array, contentType: string) {
  const headers = { authorization: auth, "content-type": contentType, "content-length": String(declared) };
  return api(path, { method: "POST", headers, body });
}

async function mediaState(tenant: Tenant, recordingId: string) {
  const rows = await env.DB.prepare("SELECT count(*) AS n FROM media WHERE recording_id = ?1").bind(recordingId).first<{ n: number }>();
  const objects = await env.MEDIA.list({ prefix: recordingObjectPrefix(tenant.accountId, recordingId) });
  return { rows: rows?.n, objects: objects.objects.length };
}

const json = new TextEncoder().encode(JSON.stringify({ room_id: "cut-off", metadata: { note: "x".repeat(200) } }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a body cut off before its Content-Length", () => {
  it("answers an upload that breaks off part-way with 400 BODY_LENGTH_MISMATCH and stores nothing", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const res = await cutOff(`/v1/recordings/${recording.id}/media`, tenant.auth, 3 << 20, breaksOff(bytesOf(1 << 20)), "audio/wav");
    const body = await expectError(res, 400, "BODY_LENGTH_MISMATCH");
    // In-process the runtime ends the body where the client broke off; from a socket it may fail instead.
    expect(body.message).toMatch(/(ended|broke off) after \d+ of the 3145728 bytes/);
    expect(await mediaState(tenant, recording.id)).toEqual({ rows: 0, objects: 0 });
  });

  it("logs the cut-off upload as a client error with its cause, and no stack", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const res = await cutOff(`/v1/recordings/${recording.id}/media`, tenant.auth, 100_000, breaksOff(bytesOf(5000)), "audio/wav");
    const { request_id } = await expectError(res, 400, "BODY_LENGTH_MISMATCH");
    expect(error).not.toHaveBeenCalled();
    const lines = warn.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, string>);
    expect(lines).toContainEqual(
      expect.objectContaining({ request_id, client_error: "BODY_LENGTH_MISMATCH", message: expect.stringMatching(/of the 100000 bytes/) }),
    );
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["POST /v1/recordings", "/v1/recordings"],
    ["POST /v1/admin/accounts", "/v1/admin/accounts"],
  ])("answers a JSON body that breaks off on %s with 400 BODY_LENGTH_MISMATCH", async (_label, path) => {
    const tenant = await createTenant();
    const auth = path.startsWith("/v1/admin") ? admin : tenant.auth;
    const res = await cutOff(path, auth, json.byteLength, breaksOff(json.subarray(0, 40)), "application/json");
    await expectError(res, 400, "BODY_LENGTH_MISMATCH");
    if (!path.startsWith("/v1/admin")) expect((await listPage(tenant)).data).toEqual([]);
  });

  it("answers a JSON body shorter than its Content-Length with 400 BODY_LENGTH_MISMATCH and creates nothing", async () => {
    const tenant = await createTenant();
    const res = await cutOff("/v1/recordings", tenant.auth, json.byteLength + 10, json, "application/json");
    const body = await expectError(res, 400, "BODY_LENGTH_MISMATCH");
    expect(body.message).toContain(`${json.byteLength} bytes, not the ${json.byteLength + 10}`);
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("leaves a PATCHed recording unchanged when the JSON body breaks off", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { room_id: "kept" });
    const patch = new TextEncoder().encode(JSON.stringify({ room_id: "changed" }));
    const res = await api(`/v1/recordings/${recording.id}`, {
      method: "PATCH",
      headers: { authorization: tenant.auth, "content-type": "application/json", "content-length": String(patch.byteLength) },
      body: breaksOff(patch.subarray(0, 5)),
    });
    await expectError(res, 400, "BODY_LENGTH_MISMATCH");
    expect((await listPage(tenant)).data).toEqual([recording]);
  });
});

describe("a Content-Encoding the API does not decode", () => {
  it("answers a gzip upload with 415 UNSUPPORTED_MEDIA_TYPE and Accept-Encoding: identity, storing nothing", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const bytes = bytesOf(4096);
    const res = await api(`/v1/recordings/${recording.id}/media`, {
      method: "POST",
      headers: { authorization: tenant.auth, "content-type": "audio/wav", "content-encoding": "gzip", "content-length": "4096" },
      body: bytes,
    });
    const body = await expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect(body.message).toContain("gzip");
    expect(res.headers.get("accept-encoding")).toBe("identity");
    expect(await mediaState(tenant, recording.id)).toEqual({ rows: 0, objects: 0 });
  });

  it.each(["br", "deflate", "zstd", "identity, gzip", "x-custom"])("answers a JSON body with Content-Encoding %s with 415", async (coding) => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", {
      method: "POST",
      headers: { authorization: tenant.auth, "content-type": "application/json", "content-encoding": coding },
      body: json,
    });
    await expectError(res, 415, "UNSUPPORTED_MEDIA_TYPE");
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("answers 415 on every route that reads a JSON body, and changes nothing", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { room_id: "kept" });
    const routes: [string, string, string][] = [
      ["POST", "/v1/admin/accounts", admin],
      ["POST", `/v1/admin/accounts/${tenant.accountId}/keys`, admin],
      ["POST", "/v1/recordings", tenant.auth],
      ["PATCH", `/v1/recordings/${recording.id}`, tenant.auth],
      ["POST", `/v1/recordings/${recording.id}/download-url`, tenant.auth],
      ["POST", "/v1/recordings/bulk-delete", tenant.auth],
    ];
    for (const [method, path, auth] of routes) {
      const headers = { authorization: auth, "content-type": "application/json", "content-encoding": "gzip" };
      await expectError(await api(path, { method, headers, body: json }), 415, "UNSUPPORTED_MEDIA_TYPE");
    }
    expect((await listPage(tenant)).data).toEqual([recording]);
  });

  it("takes a body whose Content-Encoding is identity as it is", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", {
      method: "POST",
      headers: { authorization: tenant.auth, "content-type": "application/json", "content-encoding": "Identity" },
      body: json,
    });
    expect(res.status).toBe(201);
  });

  it("ignores Content-Encoding on a request without a body", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", { headers: { authorization: tenant.auth, "content-encoding": "gzip" } });
    expect(res.status).toBe(200);
  });
});

describe("unsupportedCodings", () => {
  it.each([
    [undefined, []],
    ["", []],
    ["identity", []],
    [" IDENTITY , identity", []],
    ["gzip", ["gzip"]],
    ["GZip, br", ["gzip", "br"]],
    ["identity,,x-gzip", ["x-gzip"]],
  ] as const)("finds in %j the codings %j", (field, expected) => {
    expect(unsupportedCodings(field)).toEqual(expected);
  });
});
