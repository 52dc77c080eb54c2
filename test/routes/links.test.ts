import { describe, expect, it } from "vitest";
import { DownloadUrlSchema, ShareUrlSchema } from "../../src/routes/links/links.routes";
import {
  addKey,
  api,
  bytesOf,
  createRecording,
  createTenant,
  expectError,
  linkPath,
  send,
  trashDirectly,
  uploaded,
  withJson,
  type Tenant,
} from "../helpers";

async function fixture() {
  const tenant = await createTenant();
  const recording = await createRecording(tenant, { status: "complete" });
  const transcript = await uploaded(tenant, recording.id, bytesOf(30), "text/plain");
  const audio = await uploaded(tenant, recording.id, bytesOf(200), "audio/wav");
  const video = await uploaded(tenant, recording.id, bytesOf(300), "video/mp4");
  return { tenant, recording, transcript, audio, video };
}

const postDownloadUrl = (tenant: Tenant, id: string, body?: unknown, auth = tenant.auth) =>
  api(`/v1/recordings/${id}/download-url`, body === undefined ? { method: "POST", headers: { authorization: auth } } : withJson("POST", body, auth));

function secondsUntil(iso: string): number {
  return (Date.parse(iso) - Date.now()) / 1000;
}

describe("POST /v1/recordings/{id}/download-url", () => {
  it("links the primary media for an hour by default, with its type and size, even without a body", async () => {
    const { tenant, recording, audio } = await fixture();
    const res = await postDownloadUrl(tenant, recording.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private");
    const body = DownloadUrlSchema.strict().parse(await res.json());
    expect(body).toMatchObject({ media_id: audio.id, content_type: "audio/wav", file_size_bytes: 200 });
    expect(secondsUntil(body.expires_at)).toBeGreaterThan(3590);
    expect(secondsUntil(body.expires_at)).toBeLessThanOrEqual(3600);
    expect(linkPath(body.download_url)).toMatch(
      new RegExp(`^/v1/signed/media/${recording.id}/${audio.id}\\?disposition=inline&expires=\\d+&kid=test-2&sig=[\\w-]{43}$`),
    );
    const served = await send(linkPath(body.download_url));
    expect(served.status).toBe(200);
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytesOf(200));
  });

  it("links the media item named, for the time and disposition asked", async () => {
    const { tenant, recording, transcript } = await fixture();
    const body = DownloadUrlSchema.parse(
      await (await postDownloadUrl(tenant, recording.id, { media_id: transcript.id, expires_in: 60, disposition: "attachment" })).json(),
    );
    expect(body).toMatchObject({ media_id: transcript.id, content_type: "text/plain", file_size_bytes: 30 });
    expect(secondsUntil(body.expires_at)).toBeLessThanOrEqual(60);
    expect(secondsUntil(body.expires_at)).toBeGreaterThan(50);
    const served = await send(linkPath(body.download_url));
    expect(served.headers.get("content-disposition")).toMatch(/^attachment; /);
    await served.arrayBuffer();
  });

  it("accepts the longest expiry, 7 days", async () => {
    const { tenant, recording } = await fixture();
    const body = DownloadUrlSchema.parse(await (await postDownloadUrl(tenant, recording.id, { expires_in: 604800 })).json());
    expect(secondsUntil(body.expires_at)).toBeGreaterThan(604790);
  });

  it.each([
    ["expires_in below 60 s", { expires_in: 59 }, ["body", "expires_in"]],
    ["expires_in above 7 days", { expires_in: 604801 }, ["body", "expires_in"]],
    ["a fractional expires_in", { expires_in: 90.5 }, ["body", "expires_in"]],
    ["expires_in as a string", { expires_in: "3600" }, ["body", "expires_in"]],
    ["an unknown disposition", { disposition: "download" }, ["body", "disposition"]],
    ["a media_id that is not a UUID", { media_id: "abc" }, ["body", "media_id"]],
    ["an unknown field", { expires: 60 }, ["body", "expires"]],
  ])("refuses %s with 422", async (_what, body, loc) => {
    const { tenant, recording } = await fixture();
    const error = await expectError(await postDownloadUrl(tenant, recording.id, body), 422, "VALIDATION_ERROR");
    expect(error.details?.[0]?.loc).toEqual(loc);
  });

  it("answers 400 MALFORMED_JSON for a body that is not JSON", async () => {
    const { tenant, recording } = await fixture();
    const res = await api(`/v1/recordings/${recording.id}/download-url`, { method: "POST", headers: { authorization: tenant.auth }, body: "{" });
    await expectError(res, 400, "MALFORMED_JSON");
  });

  it("answers 404 MEDIA_NOT_FOUND for another recording's media id, and for a recording without audio or video", async () => {
    const { tenant, recording } = await fixture();
    const other = await fixture();
    await expectError(await postDownloadUrl(tenant, recording.id, { media_id: other.audio.id }), 404, "MEDIA_NOT_FOUND");
    const textOnly = await createRecording(tenant);
    await uploaded(tenant, textOnly.id, bytesOf(5), "text/plain");
    await expectError(await postDownloadUrl(tenant, textOnly.id, {}), 404, "MEDIA_NOT_FOUND");
  });

  it("answers 404 for another account's recording, a trashed one and one that never existed", async () => {
    const { tenant, recording } = await fixture();
    const stranger = await createTenant();
    await expectError(await postDownloadUrl(stranger, recording.id, {}), 404, "RECORDING_NOT_FOUND");
    await expectError(await postDownloadUrl(tenant, crypto.randomUUID(), {}), 404, "RECORDING_NOT_FOUND");
    await trashDirectly(recording.id);
    await expectError(await postDownloadUrl(tenant, recording.id, {}), 404, "RECORDING_NOT_FOUND");
  });

  it("answers 409 RECORDING_IN_PROGRESS while the recording is in progress", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status: "active" });
    await uploaded(tenant, recording.id, bytesOf(10));
    await expectError(await postDownloadUrl(tenant, recording.id, {}), 409, "RECORDING_IN_PROGRESS");
  });

  it("needs a key with recordings:read (401 without one, 403 without the scope) and a UUID id (422)", async () => {
    const { tenant, recording } = await fixture();
    await expectError(await api(`/v1/recordings/${recording.id}/download-url`, withJson("POST", {})), 401, "UNAUTHORIZED");
    const writer = await addKey(tenant.accountId, ["recordings:write"]);
    await expectError(await postDownloadUrl(writer, recording.id, {}), 403, "FORBIDDEN");
    await expectError(await postDownloadUrl(tenant, "not-a-uuid", {}), 422, "VALIDATION_ERROR");
  });
});

describe("GET /v1/recordings/{id}/url", () => {
  it("links a share page of the primary media for an hour by default", async () => {
    const { tenant, recording, audio } = await fixture();
    const res = await send(`/v1/recordings/${recording.id}/url`, tenant.auth);
    expect(res.status).toBe(200);
    const body = ShareUrlSchema.strict().parse(await res.json());
    expect(secondsUntil(body.expires_at)).toBeGreaterThan(3590);
    expect(linkPath(body.url)).toMatch(new RegExp(`^/v1/signed/share/${recording.id}/${audio.id}\\?expires=\\d+&kid=test-2&sig=[\\w-]{43}$`));
    const page = await send(linkPath(body.url));
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    await page.text();
  });

  it("takes expires_in between 60 s and 7 days as a whole number", async () => {
    const { tenant, recording } = await fixture();
    const body = ShareUrlSchema.parse(await (await send(`/v1/recordings/${recording.id}/url?expires_in=120`, tenant.auth)).json());
    expect(secondsUntil(body.expires_at)).toBeLessThanOrEqual(120);
    for (const bad of ["59", "604801", "1.5", "-60", "abc", "", "1e3", "99999999"]) {
      const res = await send(`/v1/recordings/${recording.id}/url?expires_in=${bad}`, tenant.auth);
      const error = await expectError(res, 422, "VALIDATION_ERROR");
      expect(error.details?.[0]?.loc, bad).toEqual(["query", "expires_in"]);
    }
  });

  it("answers 404 for another account's or a trashed recording, 404 without audio or video, 409 in progress", async () => {
    const { tenant, recording } = await fixture();
    await expectError(await send(`/v1/recordings/${recording.id}/url`, (await createTenant()).auth), 404, "RECORDING_NOT_FOUND");
    const textOnly = await createRecording(tenant);
    await uploaded(tenant, textOnly.id, bytesOf(5), "text/plain");
    await expectError(await send(`/v1/recordings/${textOnly.id}/url`, tenant.auth), 404, "MEDIA_NOT_FOUND");
    const active = await createRecording(tenant, { status: "starting" });
    await expectError(await send(`/v1/recordings/${active.id}/url`, tenant.auth), 409, "RECORDING_IN_PROGRESS");
    await trashDirectly(recording.id);
    await expectError(await send(`/v1/recordings/${recording.id}/url`, tenant.auth), 404, "RECORDING_NOT_FOUND");
  });
});
