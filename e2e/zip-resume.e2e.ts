import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { baseUrl, bearer, curl, newTenant, type Tenant } from "./helpers";

const workDir = mkdtempSync(path.join(tmpdir(), "zip-resume-e2e-"));
let tenant: Tenant;
let ids: string[];
let query: string;
let whole: Buffer;
let etag: string;

/** Runs curl with `args`, resolving with its exit code. */
function runCurl(args: string[]): Promise<number> {
  return new Promise((resolve) => execFile("curl", ["-s", ...args], (error) => resolve(error ? Number(error.code) : 0)));
}

/**
 * A download of `url` broken off part-way: the first `keep` bytes of the body reach `file`, then the
 * connection is dropped (as when a network fails), and `curl -C -` resumes the same file.
 */
async function cutAndResume(url: string, headers: Record<string, string>, file: string, keep: number): Promise<Buffer> {
  const abort = new AbortController();
  const response = await fetch(url, { headers, signal: abort.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const got: Uint8Array[] = [];
  for (let length = 0; length < keep; ) {
    const { value } = await reader.read();
    got.push(value!);
    length += value!.byteLength;
  }
  abort.abort();
  writeFileSync(file, Buffer.concat(got).subarray(0, keep));
  const auth = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  expect(await runCurl([...auth, "-f", "-C", "-", "-o", file, url])).toBe(0);
  return readFileSync(file);
}

beforeAll(async () => {
  tenant = await newTenant();
  ids = [];
  for (let i = 0; i < 3; i++) {
    const { id } = await createRecording(baseUrl, tenant.key, { source: "pstn", started_at: "2026-06-01T12:00:00Z" });
    await uploadMedia(baseUrl, tenant.key, id, randomBytes(1_200_000 + i), { contentType: "video/mp4", filename: `clip ${i}.mp4` });
    ids.push(id);
  }
  query = `/v1/recordings/download?recording_ids=${ids.join(",")}`;
  const got = await curl(query, bearer(tenant.key));
  expect(got.status).toBe(200);
  whole = got.body;
  etag = got.headers.etag!;
  expect(got.headers["accept-ranges"]).toBe("bytes");
  expect(Number(got.headers["content-length"])).toBe(whole.byteLength);
}, 180_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("resuming a bulk ZIP from wrangler dev", () => {
  test("three ranged pieces, joined, are the whole archive", async () => {
    const third = Math.floor(whole.byteLength / 3);
    const pieces = [`0-${third - 1}`, `${third}-${2 * third - 1}`, `${2 * third}-`];
    const got = await Promise.all(pieces.map((range) => curl(query, [...bearer(tenant.key), "-r", range])));
    for (const piece of got) {
      expect(piece.status).toBe(206);
      expect(piece.headers.etag).toBe(etag);
    }
    expect(got[2]!.headers["content-range"]).toBe(`bytes ${2 * third}-${whole.byteLength - 1}/${whole.byteLength}`);
    expect(Buffer.concat(got.map((piece) => piece.body)).equals(whole)).toBe(true);
  });

  test("curl -C - resumes a download that was cut off part-way", async () => {
    const file = path.join(workDir, "resumed.zip");
    const bytes = await cutAndResume(new URL(query, baseUrl).toString(), { Authorization: `Bearer ${tenant.key}` }, file, 1_500_000);
    expect(bytes.equals(whole)).toBe(true);
  });

  test("a signed ZIP link resumes the same way, without credentials", async () => {
    const made = await fetch(new URL("/v1/recordings/bulk-download-url", baseUrl), {
      method: "POST",
      headers: { Authorization: `Bearer ${tenant.key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ recording_ids: ids, expires_in: 600 }),
    });
    const { download_url } = (await made.json()) as { download_url: string };
    const file = path.join(workDir, "signed.zip");
    const bytes = await cutAndResume(download_url, {}, file, 2_345_678);
    expect(bytes.equals(whole)).toBe(true);
  });

  test("If-Range with the ETag from before a recording was trashed gives the whole new archive (200)", async () => {
    const trashed = await fetch(new URL(`/v1/recordings/${ids[2]}`, baseUrl), { method: "DELETE", headers: { Authorization: `Bearer ${tenant.key}` } });
    expect(trashed.status).toBe(204);
    const got = await curl(query, [...bearer(tenant.key), "-r", "1000-", "-H", `If-Range: ${etag}`]);
    expect(got.status).toBe(200);
    expect(got.headers.etag).not.toBe(etag);
    expect(Number(got.headers["content-length"])).toBe(got.body.byteLength);
    expect(got.body.byteLength).toBeLessThan(whole.byteLength - 1_200_000);
  });
});
