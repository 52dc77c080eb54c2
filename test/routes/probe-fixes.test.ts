import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { RecordingPageSchema } from "../../src/schemas/list";
import { api, bytesOf, createRecording, createTenant, expectError, linkPath, listPage, responseBytes, send, uploaded, withJson, type Tenant } from "../helpers";
import { assertConforms } from "../openapi-conformance";
import { TUS } from "../tus-helpers";
import { manifestOf } from "../zip-reader";

const app = createApp();

/** A request to the app as deployed with `PUBLIC_ORIGIN`, sent to a Host the client chose. */
async function viaHost(host: string, path: string, init: RequestInit, publicOrigin: string): Promise<Response> {
  const request = new Request(`http://${host}${path}`, init);
  const response = await app.fetch(request.clone(), { ...env, PUBLIC_ORIGIN: publicOrigin }, createExecutionContext());
  await assertConforms(request, response);
  return response;
}

describe("absolute URLs", () => {
  const ORIGIN = "https://recordings.example.com";

  it("start with PUBLIC_ORIGIN whatever Host the request names: links, share pages, tus Location, list links", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { call_id: crypto.randomUUID() });
    await uploaded(tenant, recording.id, bytesOf(32));
    const auth = { authorization: tenant.auth };
    const evil = (path: string, init: RequestInit = { headers: auth }) => viaHost("evil.example", path, init, ORIGIN);
    const download = (await (await evil(`/v1/recordings/${recording.id}/download-url`, withJson("POST", {}, tenant.auth))).json()) as { download_url: string };
    const share = (await (await evil(`/v1/recordings/${recording.id}/url`)).json()) as { url: string };
    const zip = (await (await evil("/v1/recordings/bulk-download-url", withJson("POST", { recording_ids: [recording.id] }, tenant.auth))).json()) as { download_url: string };
    const page = RecordingPageSchema.parse(await (await evil("/v1/recordings?limit=1")).json());
    const upload = await evil(`/v1/recordings/${recording.id}/uploads`, { method: "POST", headers: { ...auth, ...TUS, "upload-length": "4" } });
    const sharePage = await (await evil(new URL(share.url).pathname + new URL(share.url).search, {})).text();
    const urls = [download.download_url, share.url, zip.download_url, page.links.self, page.links.first, upload.headers.get("location")!];
    for (const url of urls) expect(new URL(url).origin, url).toBe(ORIGIN);
    expect(sharePage).not.toContain("evil.example");
    expect(sharePage).toContain(ORIGIN);
  });

  it("fall back to the request's own origin only where PUBLIC_ORIGIN is empty (local development)", async () => {
    const tenant = await createTenant();
    const res = await viaHost("localhost:8787", "/v1/recordings", { headers: { authorization: tenant.auth } }, "");
    expect(new URL(RecordingPageSchema.parse(await res.json()).links.self).origin).toBe("http://localhost:8787");
  });

  it("answer 500, never a link on the request's Host, when PUBLIC_ORIGIN is not an origin", async () => {
    const tenant = await createTenant();
    for (const bad of ["recordings.example.com", "https://recordings.example.com/api", "ftp://x.example"]) {
      const res = await viaHost("evil.example", "/v1/recordings", { headers: { authorization: tenant.auth } }, bad);
      await expectError(res, 500, "INTERNAL_SERVER_ERROR");
    }
  });
});

describe("a signed ZIP link made for call_ids", () => {
  it("zips the recordings the calls had when it was made, not one added later", async () => {
    const tenant = await createTenant();
    const call = crypto.randomUUID();
    const before = await createRecording(tenant, { call_id: call });
    await uploaded(tenant, before.id, bytesOf(16));
    const link = await api("/v1/recordings/bulk-download-url", withJson("POST", { call_ids: [call] }, tenant.auth));
    const { download_url } = (await link.json()) as { download_url: string };
    const later = await createRecording(tenant, { call_id: call });
    await uploaded(tenant, later.id, bytesOf(16));
    const moved = await createRecording(tenant);
    await uploaded(tenant, moved.id, bytesOf(16));
    expect((await api(`/v1/recordings/${moved.id}`, withJson("PATCH", { call_id: call }, tenant.auth))).status).toBe(200);
    const manifest = manifestOf(await responseBytes(await send(linkPath(download_url))));
    expect(manifest.recordings.map((r) => r.id)).toEqual([before.id]);
    const live = await api("/v1/recordings/bulk-download", withJson("POST", { call_ids: [call] }, tenant.auth));
    expect(manifestOf(await responseBytes(live)).recordings).toHaveLength(3);
  });
});

describe("lone UTF-16 surrogates", () => {
  const raw = (tenant: Tenant, method: string, path: string, text: string) =>
    api(path, { method, headers: { authorization: tenant.auth, "content-type": "application/json" }, body: text });

  it.each([
    ["room_id", '{"room_id":"a\\ud800b"}'],
    ["user_id", '{"user_id":"\\udc00"}'],
    ["a metadata key", '{"metadata":{"k\\ud800":"v"}}'],
    ["a metadata value", '{"metadata":{"k":["ok","x\\udbff"]}}'],
    ["a nested metadata value", '{"metadata":{"a":{"b":"\\ud83d"}}}'],
  ])("are refused with 422 in %s, and nothing is stored", async (_, text) => {
    const tenant = await createTenant();
    const body = await expectError(await raw(tenant, "POST", "/v1/recordings", text), 422, "VALIDATION_ERROR");
    expect(body.details?.[0]?.msg).toMatch(/surrogate/);
    expect((await listPage(tenant)).data).toEqual([]);
    const recording = await createRecording(tenant);
    await expectError(await raw(tenant, "PATCH", `/v1/recordings/${recording.id}`, text), 422, "VALIDATION_ERROR");
  });

  it("are refused in every JSON body, a token's restriction and a bulk request's ids too", async () => {
    const tenant = await createTenant();
    await expectError(await raw(tenant, "POST", "/v1/access-tokens", '{"scopes":["recordings:read"],"restrict":{"room_id":"\\ud800"}}'), 422, "VALIDATION_ERROR");
    await expectError(await raw(tenant, "POST", "/v1/recordings/bulk-delete", '{"recording_ids":["\\ud800"]}'), 422, "VALIDATION_ERROR");
  });

  it("leave well-formed text alone, emoji (a surrogate pair) included", async () => {
    const tenant = await createTenant();
    const res = await raw(tenant, "POST", "/v1/recordings", '{"room_id":"\\ud83d\\ude00 room","metadata":{"\\ud83d\\udc4d":"ok"}}');
    expect(res.status).toBe(201);
    expect((await listPage(tenant, `room_id=${encodeURIComponent("😀 room")}`)).data).toHaveLength(1);
  });
});
