import { describe, expect, it } from "vitest";
import { BulkDownloadUrlResponseSchema } from "../../src/schemas/bulk-download";
import {
  api, bytesOf, createRecording, createTenant, expectError, linkPath, recordingsWithMedia, send, signTestLink, trashDirectly, uploaded, withJson,
  type Tenant,
} from "../helpers";
import { manifestOf, readAll, unzipped } from "../zip-reader";


async function makeLink(tenant: Tenant, body: Record<string, unknown>) {
  const res = await api("/v1/recordings/bulk-download-url", withJson("POST", body, tenant.auth));
  expect(res.status).toBe(200);
  return BulkDownloadUrlResponseSchema.parse(await res.json());
}


describe("signed bulk download links", () => {
  it("gives a link that downloads the same ZIP without credentials, until it expires", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 3);
    const before = Date.now();
    const link = await makeLink(tenant, { recording_ids: ids, expires_in: 600 });
    expect(new URL(link.download_url).pathname).toBe("/v1/signed/zip");
    expect(Date.parse(link.expires_at) - before).toBeGreaterThan(598_000);
    expect(Date.parse(link.expires_at) - before).toBeLessThanOrEqual(601_000);

    const direct = await api("/v1/recordings/bulk-download", withJson("POST", { recording_ids: ids }, tenant.auth));
    const signed = await send(linkPath(link.download_url));
    expect(signed.status).toBe(200);
    expect(signed.headers.get("content-type")).toBe("application/zip");
    expect(signed.headers.get("access-control-allow-origin")).toBe("*");
    const maxAge = Number(/max-age=(\d+)/.exec(signed.headers.get("cache-control") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(600);
    const zip = await readAll(signed.body!);
    expect(Number(signed.headers.get("content-length"))).toBe(zip.byteLength);
    expect(zip).toEqual(new Uint8Array(await direct.arrayBuffer()));
  });

  it("binds the account and the exact ids: any change is 403 SIGNATURE_INVALID", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2);
    const url = new URL((await makeLink(tenant, { recording_ids: ids })).download_url);
    const altered = [
      ["recording_ids", ids[0]!],
      ["recording_ids", `${ids.join(",")},${crypto.randomUUID()}`],
      ["account", crypto.randomUUID()],
      ["expires", String(Number(url.searchParams.get("expires")) + 60)],
    ];
    for (const [name, value] of altered) {
      const changed = new URL(url);
      changed.searchParams.set(name!, value!);
      await expectError(await send(linkPath(changed.href)), 403, "SIGNATURE_INVALID");
    }
    const byCall = new URL(url);
    byCall.searchParams.delete("recording_ids");
    byCall.searchParams.set("call_ids", ids.join(","));
    await expectError(await send(linkPath(byCall.href)), 403, "SIGNATURE_INVALID");
  });

  it("answers 403 URL_EXPIRED for a genuine link past its expiry", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 1);
    const link = await signTestLink({
      path: "/v1/signed/zip",
      params: { account: tenant.accountId, recording_ids: ids },
      expiresAt: new Date(Date.now() - 1000),
    });
    await expectError(await send(link), 403, "URL_EXPIRED");
  });

  it("checks the ids again when the link is used: what went to the trash since is left out", async () => {
    const tenant = await createTenant();
    const ids = await recordingsWithMedia(tenant, 2);
    const link = linkPath((await makeLink(tenant, { recording_ids: ids })).download_url);
    await trashDirectly(ids[0]!);
    const res = await send(link);
    expect(res.status).toBe(200);
    const zip = await readAll(res.body!);
    expect(Object.keys(unzipped(zip)).slice(1).map((n) => n.split("/")[0])).toEqual([ids[1]]);
    expect(manifestOf(zip).skipped).toEqual([{ recording_id: ids[0], reason: "in_trash" }]);
    await trashDirectly(ids[1]!);
    await expectError(await send(link), 404, "NO_RECORDINGS_FOUND");
  });

  it("links by call id, and answers HEAD without a body", async () => {
    const tenant = await createTenant();
    const call = crypto.randomUUID();
    const recording = await createRecording(tenant, { call_id: call });
    await uploaded(tenant, recording.id, bytesOf(50));
    const link = linkPath((await makeLink(tenant, { call_ids: [call] })).download_url);
    const head = await send(link, undefined, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const get = await send(link);
    expect(head.headers.get("content-length")).toBe(String((await readAll(get.body!)).byteLength));
  });

  it("checks the request like the download itself: limit first, 422, 404, and expires_in bounds", async () => {
    const tenant = await createTenant();
    const post = (body: unknown) => api("/v1/recordings/bulk-download-url", withJson("POST", body, tenant.auth));
    const many = Array.from({ length: 51 }, () => crypto.randomUUID());
    await expectError(await post({ recording_ids: many, expires_in: 5 }), 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    await expectError(await post({ recording_ids: ["x"] }), 422, "VALIDATION_ERROR");
    for (const expires_in of [59, 604_801, 1.5, "60"]) {
      const error = await expectError(await post({ recording_ids: many.slice(0, 1), expires_in }), 422, "VALIDATION_ERROR");
      expect(error.details?.[0]?.loc).toEqual(["body", "expires_in"]);
    }
    const missing = await expectError(await post({ recording_ids: many.slice(0, 2) }), 404, "NO_RECORDINGS_FOUND");
    expect(missing.message).toBe("None of the requested calls have recordings available");
    await expectError(await api("/v1/recordings/bulk-download-url", withJson("POST", { recording_ids: many.slice(0, 1) })), 401, "UNAUTHORIZED");
  });

  it("never lets one account's link zip another account's recordings", async () => {
    const tenant = await createTenant();
    const stranger = await createTenant();
    const [mine] = await recordingsWithMedia(tenant, 1);
    const [theirs] = await recordingsWithMedia(stranger, 1);
    const link = linkPath((await makeLink(tenant, { recording_ids: [mine!, theirs!] })).download_url);
    const zip = await readAll((await send(link)).body!);
    expect(manifestOf(zip).skipped).toEqual([{ recording_id: theirs, reason: "not_found" }]);
    expect(Object.keys(unzipped(zip)).some((name) => name.startsWith(theirs!))).toBe(false);
  });
});
