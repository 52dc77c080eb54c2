import { describe, expect, it } from "vitest";
import { ShareUrlSchema } from "../../src/routes/links/links.routes";
import {
  bytesOf,
  createRecording,
  createTenant,
  expectError,
  linkPath,
  send,
  signTestLink,
  trashDirectly,
  uploaded,
  uploadMedia,
  type Tenant,
} from "../helpers";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

async function sharePath(tenant: Tenant, recordingId: string, query = ""): Promise<string> {
  const res = await send(`/v1/recordings/${recordingId}/url${query}`, tenant.auth);
  expect(res.status).toBe(200);
  return linkPath(ShareUrlSchema.parse(await res.json()).url);
}

async function page(path: string): Promise<{ res: Response; html: string }> {
  const res = await send(path, undefined, { headers: { accept: BROWSER_ACCEPT } });
  return { res, html: await res.text() };
}

/** The `src` of the page's player and the `href` of its download button, as paths. */
function links(html: string): { player: string; download: string } {
  const unescape = (s: string) => s.replaceAll("&#38;", "&");
  const player = /<(?:audio|video) [^>]*src="([^"]+)"/.exec(html)?.[1];
  const download = /<a class="button" href="([^"]+)"/.exec(html)?.[1];
  expect(player && download).toBeTruthy();
  return { player: linkPath(unescape(player!)), download: linkPath(unescape(download!)) };
}

/** The link with the first character of its signature changed (always to a different character). */
function tampered(path: string): string {
  return path.replace(/sig=(.)/, (_, first: string) => `sig=${first === "A" ? "B" : "A"}`);
}

describe("the share page", () => {
  it("is HTML with a native audio player, the facts, a download button and a strict CSP", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, {
      source: "pstn",
      started_at: "2026-11-20T09:30:00Z",
      ended_at: "2026-11-20T09:33:05Z",
    });
    await uploaded(tenant, recording.id, bytesOf(800));
    const { res, html } = await page(await sharePath(tenant, recording.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'nonce-[0-9a-f]{32}'; media-src 'self'; /);
    expect(csp).not.toMatch(/script-src|unsafe|https?:/);
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cache-control")).toMatch(/^private, max-age=\d+$/);
    expect(html).not.toMatch(/<script|<iframe|<object|<embed|\son\w+=/i);
    expect(html).toMatch(/<audio controls preload="metadata" src="/);
    expect(html).toContain("<title>Phone call, 2026-11-20 09:30 UTC</title>");
    expect(html).toContain('<time datetime="2026-11-20T09:30:00.000Z">2026-11-20 09:30 UTC</time>');
    expect(html).toContain("<dd>3 min 05 s</dd>");
    expect(html).toContain("<dd>Phone (PSTN)</dd>");
    expect(html).toMatch(/<meta property="og:title" content="Phone call, 2026-11-20 09:30 UTC">/);
    expect(html).toMatch(/<meta property="og:audio" content="http:\/\/api\.test\/v1\/signed\/media\//);
    expect(html).toMatch(/<meta property="og:audio:type" content="audio\/wav">/);
  });

  it("plays through its own signed links: the player inline with ranges, the button as an attachment", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(800));
    const { html } = await page(await sharePath(tenant, recording.id));
    const { player, download } = links(html);
    const played = await send(player, undefined, { headers: { range: "bytes=400-" } });
    expect(played.status).toBe(206);
    expect(played.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(new Uint8Array(await played.arrayBuffer())).toEqual(bytesOf(800).slice(400));
    const saved = await send(download);
    expect(saved.status).toBe(200);
    expect(saved.headers.get("content-disposition")).toMatch(/^attachment; /);
    await saved.arrayBuffer();
  });

  it("uses a video element for video and never embeds anything else", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(50), "image/png");
    await uploaded(tenant, recording.id, bytesOf(60), "video/webm");
    const { html } = await page(await sharePath(tenant, recording.id));
    expect(html).toMatch(/<video controls preload="metadata" playsinline src="/);
    expect(html).not.toMatch(/<audio|<img/);
    expect(html).toContain('<meta property="og:type" content="video.other">');
  });

  it("escapes everything users wrote: metadata title, filename", async () => {
    const tenant = await createTenant();
    const evil = `"><script>alert(1)</script><img src=x onerror=alert(2)>&amp;`;
    const recording = await createRecording(tenant, { metadata: { title: evil } });
    const filename = `"'><b onmouseover=alert(3)>x&amp;.wav`;
    const res = await uploadMedia(tenant, recording.id, bytesOf(20), { query: `?filename=${encodeURIComponent(filename)}` });
    expect(res.status).toBe(201);
    const { html } = await page(await sharePath(tenant, recording.id));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b ");
    expect(html).toContain("<title>&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=alert(2)&#62;&#38;amp;</title>");
    expect(html).toContain('download="&#34;&#39;&#62;&#60;b onmouseover=alert(3)&#62;x&#38;amp;.wav"');
  });

  it("answers HEAD like GET without a body", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await uploaded(tenant, recording.id, bytesOf(20));
    const res = await send(await sharePath(tenant, recording.id), undefined, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await res.text()).toBe("");
  });
});

describe("refusals on the share page", () => {
  async function shared() {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const media = await uploaded(tenant, recording.id, bytesOf(20));
    return { tenant, recording, media, path: await sharePath(tenant, recording.id) };
  }

  it("shows a browser a readable page saying the link was changed, with the contract's status", async () => {
    const { path } = await shared();
    const { res, html } = await page(tampered(path));
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'; style-src 'nonce-/);
    expect(res.headers.get("vary")).toMatch(/Accept/);
    expect(html).toContain("<h1>This link is not valid</h1>");
    expect(html).toContain("SIGNATURE_INVALID");
    expect(html).toContain(res.headers.get("x-request-id")!);
    expect(html).not.toMatch(/<audio|<video|<script/);
  });

  it("shows a browser that the link expired", async () => {
    const { recording, media } = await shared();
    const expired = await signTestLink({ path: `/v1/signed/share/${recording.id}/${media.id}`, expiresAt: new Date(Date.now() - 1000) });
    const { res, html } = await page(expired);
    expect(res.status).toBe(403);
    expect(html).toContain("<h1>This link has expired</h1>");
    expect(html).toContain("URL_EXPIRED");
  });

  it("shows a browser that the recording is gone once it is in the trash", async () => {
    const { recording, path } = await shared();
    await trashDirectly(recording.id);
    const { res, html } = await page(path);
    expect(res.status).toBe(404);
    expect(html).toContain("<h1>This recording is no longer available</h1>");
  });

  it("answers API clients in JSON as everywhere else", async () => {
    const { path } = await shared();
    await expectError(await send(tampered(path)), 403, "SIGNATURE_INVALID");
    await expectError(await send(tampered(path), undefined, { headers: { accept: "application/json" } }), 403, "SIGNATURE_INVALID");
  });

  it("refuses a correctly signed page for media that is not audio or video", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const image = await uploaded(tenant, recording.id, bytesOf(20), "image/png");
    const link = await signTestLink({ path: `/v1/signed/share/${recording.id}/${image.id}`, expiresAt: new Date(Date.now() + 60_000) });
    await expectError(await send(link), 404, "MEDIA_NOT_FOUND");
  });
});
