import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import {
  api,
  bytesOf,
  createRecording,
  createTenant,
  downloadUrl,
  expectError,
  linkPath,
  send,
  signTestLink,
  trashDirectly,
  uploaded,
} from "../helpers";

const SIZE = 1000;

/** A complete recording with two audio items; a signed link (inline, 1 hour) to the first. */
async function linked() {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  const bytes = bytesOf(SIZE, 5);
  const media = await uploaded(tenant, recording.id, bytes);
  const other = await uploaded(tenant, recording.id, bytesOf(10, 9));
  const link = linkPath((await downloadUrl(tenant, recording.id, { media_id: media.id })).download_url);
  return { tenant, recording, media, other, bytes, link };
}

const mediaPath = (recordingId: string, mediaId: string) => `/v1/signed/media/${recordingId}/${mediaId}`;
const inSeconds = (s: number) => new Date(Date.now() + s * 1000);

describe("a signed media link", () => {
  it("serves the item without credentials, with CORS for any origin and a private cache no longer than the link", async () => {
    const { link, bytes } = await linked();
    const res = await send(link, undefined, { headers: { origin: "https://elsewhere.example" } });
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = res.headers.get("access-control-expose-headers")!.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(["Content-Range", "Content-Length", "Accept-Ranges", "ETag"]));
    const maxAge = Number(/^private, max-age=(\d+), no-transform$/.exec(res.headers.get("cache-control")!)?.[1]);
    expect(maxAge).toBeGreaterThan(3500);
    expect(maxAge).toBeLessThanOrEqual(3600);
    expect(res.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers ranges, 416, conditionals and HEAD exactly as API-key media", async () => {
    const { tenant, recording, media, link, bytes } = await linked();
    const partial = await send(link, undefined, { headers: { range: "bytes=100-199" } });
    expect(partial.status).toBe(206);
    expect(partial.headers.get("content-range")).toBe(`bytes 100-199/${SIZE}`);
    expect(new Uint8Array(await partial.arrayBuffer())).toEqual(bytes.slice(100, 200));
    const unsatisfiable = await send(link, undefined, { headers: { range: `bytes=${SIZE}-` } });
    await expectError(unsatisfiable, 416, "RANGE_NOT_SATISFIABLE");
    expect(unsatisfiable.headers.get("content-range")).toBe(`bytes */${SIZE}`);
    expect(unsatisfiable.headers.get("access-control-allow-origin")).toBe("*");
    const etag = `"${media.sha256}"`;
    expect((await send(link, undefined, { headers: { "if-none-match": etag } })).status).toBe(304);
    await expectError(await send(link, undefined, { headers: { "if-match": '"other"' } }), 412, "PRECONDITION_FAILED");
    const stale = await send(link, undefined, { headers: { range: "bytes=0-9", "if-range": '"other"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
    const head = await send(link, undefined, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(SIZE));
    expect(await head.text()).toBe("");

    const keyed = await send(`/v1/recordings/${recording.id}/media/${media.id}`, tenant.auth, { headers: { range: "bytes=100-199" } });
    for (const name of ["content-type", "content-range", "content-length", "etag", "last-modified", "content-disposition", "accept-ranges"]) {
      expect(partial.headers.get(name), name).toBe(keyed.headers.get(name));
    }
    await keyed.arrayBuffer();
  });

  it("answers the CORS preflight of any origin for GET and HEAD with range and conditional headers", async () => {
    const { link } = await linked();
    const res = await send(link, undefined, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET", "access-control-request-headers": "range" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD");
    expect(res.headers.get("access-control-allow-headers")).toMatch(/\bRange\b/);
  });

  it("refuses every alteration with 403 SIGNATURE_INVALID", async () => {
    const { recording, media, other, link } = await linked();
    const url = new URL(link, "http://x");
    const q = (name: string) => url.searchParams.get(name)!;
    const sig = q("sig");
    const variants: Record<string, string> = {
      "another media item of the recording": link.replace(media.id, other.id),
      "an upper-case media id": link.replace(media.id, media.id.toUpperCase()),
      "a percent-encoded path": link.replace("/signed/media/", "/signed/medi%61/"),
      "a share path": link.replace("/signed/media/", "/signed/share/").replace("disposition=inline&", ""),
      "disposition=attachment": link.replace("disposition=inline", "disposition=attachment"),
      "disposition=INLINE": link.replace("disposition=inline", "disposition=INLINE"),
      "a later expiry": link.replace(`expires=${q("expires")}`, `expires=${Number(q("expires")) + 60}`),
      "an earlier expiry": link.replace(`expires=${q("expires")}`, `expires=${Number(q("expires")) - 1}`),
      "an expiry in the far future": link.replace(`expires=${q("expires")}`, "expires=99999999999999999999"),
      "a negative expiry": link.replace(`expires=${q("expires")}`, "expires=-1"),
      "the previous key id": link.replace("kid=test-2", "kid=test-1"),
      "an unknown key id": link.replace("kid=test-2", "kid=nope"),
      "an empty key id": link.replace("kid=test-2", "kid="),
      "a changed signature": link.replace(sig, `${sig.slice(0, -2)}${sig.endsWith("AA") ? "BA" : "AA"}`),
      "a shortened signature": link.replace(sig, sig.slice(0, 40)),
      "a lengthened signature": link.replace(sig, `${sig}AAAA`),
      "a lower-cased signature": link.replace(sig, sig.toLowerCase()),
      "no signature": link.replace(`&sig=${sig}`, ""),
      "no expiry": link.replace(`expires=${q("expires")}&`, ""),
      "no disposition": link.replace("disposition=inline&", ""),
      "an added parameter": `${link}&media_id=${other.id}`,
      "a duplicated signature": `${link}&sig=${sig}`,
      "a duplicated disposition": link.replace("disposition=inline", "disposition=inline&disposition=attachment"),
      "an encoded parameter name": link.replace("disposition=", "dispositio%6E="),
      "a plus in the signature": link.replace(sig, `${sig.slice(0, 5)}+${sig.slice(6)}`),
      "a truncated query": link.slice(0, link.indexOf("&kid")),
    };
    for (const [what, altered] of Object.entries(variants)) {
      expect(altered, what).not.toBe(link);
      for (const method of ["GET", "HEAD"]) {
        const res = await send(altered, undefined, { method });
        expect(res.status, `${method} ${what}`).toBe(403);
        if (method === "GET") await expectError(res, 403, "SIGNATURE_INVALID");
      }
    }
    // A change that leads to another route answers as that route does, never 200.
    await expectError(await send(link.replace(`/v1/signed/media/${recording.id}`, `/v1/recordings/${recording.id}/media`)), 401, "UNAUTHORIZED");
    await expectError(await send(link.replace("/v1/signed/media/", "/v1/signed/medias/")), 404, "NOT_FOUND");
  });

  it("checks the signature before the path, so an id that is not a UUID is 403, not 422", async () => {
    const { media, link } = await linked();
    await expectError(await send(link.replace(media.id, "not-a-uuid")), 403, "SIGNATURE_INVALID");
  });

  it("grants nothing else: not another recording's or account's media, not listing, not writes", async () => {
    const { recording, media, link } = await linked();
    const stranger = await linked();
    await expectError(await send(link.replace(recording.id, stranger.recording.id)), 403, "SIGNATURE_INVALID");
    await expectError(await send(link.replace(media.id, stranger.media.id)), 403, "SIGNATURE_INVALID");
    const query = link.slice(link.indexOf("?"));
    await expectError(await send(`/v1/recordings${query}`), 401, "UNAUTHORIZED");
    await expectError(await send(`/v1/recordings/${recording.id}${query}`), 401, "UNAUTHORIZED");
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      await expectError(await api(link, { method }), 405, "METHOD_NOT_ALLOWED");
    }
  });

  it("answers 403 URL_EXPIRED once it has expired, and works until then", async () => {
    const { recording, media } = await linked();
    const path = mediaPath(recording.id, media.id);
    const expired = await signTestLink({ path, params: { disposition: "inline" }, expiresAt: inSeconds(-1) });
    const body = await expectError(await send(expired), 403, "URL_EXPIRED");
    expect(body.message).toMatch(/expired at \d{4}-/);
    const fresh = await send(await signTestLink({ path, params: { disposition: "inline" }, expiresAt: inSeconds(5) }));
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("cache-control")).toMatch(/^private, max-age=[0-5], no-transform$/);
    await fresh.arrayBuffer();
  });

  it("calls an expired link that was also altered invalid, not expired", async () => {
    const { recording, media } = await linked();
    const expired = await signTestLink({ path: mediaPath(recording.id, media.id), params: { disposition: "inline" }, expiresAt: inSeconds(-60) });
    await expectError(await send(expired.replace("disposition=inline", "disposition=attachment")), 403, "SIGNATURE_INVALID");
  });

  it("answers 404 once the recording is in the trash, and 409 if it is in progress", async () => {
    const first = await linked();
    await trashDirectly(first.recording.id);
    await expectError(await send(first.link), 404, "RECORDING_NOT_FOUND");
    const second = await linked();
    await env.DB.prepare("UPDATE recordings SET status = 'active' WHERE id = ?1").bind(second.recording.id).run();
    await expectError(await send(second.link), 409, "RECORDING_IN_PROGRESS");
  });

  it("answers 404 MEDIA_NOT_FOUND for a correctly signed link to an item that is not the recording's", async () => {
    const { recording } = await linked();
    const stranger = await linked();
    const path = mediaPath(recording.id, stranger.media.id);
    const link = await signTestLink({ path, params: { disposition: "inline" }, expiresAt: inSeconds(60) });
    await expectError(await send(link), 404, "MEDIA_NOT_FOUND");
  });
});

describe("key rotation", () => {
  const secret = (fill: number) => btoa(String.fromCharCode(...new Uint8Array(32).fill(fill)));
  const KEY_A = `a:${secret(0xa1)}`;
  const KEY_B = `b:${secret(0xb2)}`;
  const app = createApp();
  const context = { waitUntil() {}, passThroughOnException() {}, props: {} } as unknown as ExecutionContext;
  const fetchWith = (keys: string | undefined, path: string) =>
    app.fetch(new Request(`http://api.test${path}`), { ...env, SIGNING_KEYS: keys } as Env, context);

  it("keeps links signed with the previous key working while it stays configured, and refuses them once removed", async () => {
    const { recording, media } = await linked();
    const claims = { path: mediaPath(recording.id, media.id), params: { disposition: "inline" }, expiresAt: inSeconds(600) };
    const signedByA = await signTestLink(claims, KEY_A);
    expect((await fetchWith(KEY_A, signedByA)).status).toBe(200);
    expect((await fetchWith(`${KEY_B},${KEY_A}`, signedByA)).status).toBe(200);
    const signedByB = await signTestLink(claims, `${KEY_B},${KEY_A}`);
    expect(signedByB).toContain("kid=b");
    await expectError(await fetchWith(KEY_B, signedByA), 403, "SIGNATURE_INVALID");
    expect((await fetchWith(KEY_B, signedByB)).status).toBe(200);
  });

  it("signs new links with the first key of SIGNING_KEYS", async () => {
    const { tenant, recording } = await linked();
    const res = await exports.default.fetch(new Request(`http://api.test/v1/recordings/${recording.id}/url`, { headers: { authorization: tenant.auth } }));
    expect(((await res.json()) as { url: string }).url).toContain("kid=test-2");
  });

  it("answers 500 in the contract's shape, with no internals, when SIGNING_KEYS is missing or malformed", async () => {
    const { tenant, recording, link } = await linked();
    for (const keys of [undefined, "", "k:tooshort", "no-colon"]) {
      const body = await expectError(await fetchWith(keys, link), 500, "INTERNAL_SERVER_ERROR");
      expect(body.message).not.toMatch(/SIGNING_KEYS|tooshort/);
      const made = await app.fetch(
        new Request(`http://api.test/v1/recordings/${recording.id}/url`, { headers: { authorization: tenant.auth } }),
        { ...env, SIGNING_KEYS: keys } as Env,
        context,
      );
      await expectError(made, 500, "INTERNAL_SERVER_ERROR");
    }
    // Everything that needs no signing keeps working.
    const listed = await app.fetch(new Request("http://api.test/v1/recordings", { headers: { authorization: tenant.auth } }), { ...env, SIGNING_KEYS: "" } as Env, context);
    expect(listed.status).toBe(200);
  });
});
