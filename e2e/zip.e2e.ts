import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRecording, uploadMedia } from "../scripts/lib/seed.mjs";
import { toneWav } from "../scripts/lib/wav.mjs";
import { baseUrl, bearer, curl, expectError, newTenant, type Tenant } from "./helpers";

/** A request with a bearer key and an optional JSON body (the ZIP bodies are bytes, not typed JSON). */
function api(path: string, { method = "GET", token, json }: { method?: string; token: string; json?: unknown }): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (json !== undefined) headers["Content-Type"] = "application/json";
  return fetch(new URL(path, baseUrl), { method, headers, body: json === undefined ? undefined : JSON.stringify(json) });
}

const run = promisify(execFile);
const RECORDINGS = 50;
const workDir = mkdtempSync(path.join(tmpdir(), "zip-e2e-"));

/** What was uploaded, by the entry path the manifest gives it. */
const uploads = new Map<string, Buffer>();
let tenant: Tenant;
let ids: string[];
let zipPath: string;
let zipBytes: Buffer;
let contentLength: string | null;

interface Manifest {
  recordings: { id: string; media: { id: string; path: string; filename: string }[] }[];
  skipped: unknown[];
}

/** A file name per recording, some of them not ASCII, so real unzippers must read UTF-8 names. */
function filenameFor(i: number): string {
  return ["call.wav", "Grüße — Anruf.wav", "通話記録.wav", "zvonok-звонок.wav", "café ☕.wav"][i % 5]!.replace(".wav", ` ${i}.wav`);
}

async function uploadAll(): Promise<{ id: string; files: Map<string, Buffer> }[]> {
  const made: { id: string; files: Map<string, Buffer> }[] = [];
  for (let start = 0; start < RECORDINGS; start += 10) {
    const batch = Array.from({ length: Math.min(10, RECORDINGS - start) }, async (_, k) => {
      const i = start + k;
      const { id } = await createRecording(baseUrl, tenant.key, { source: "pstn", started_at: "2026-06-01T12:00:00Z", metadata: { i } });
      const files = new Map<string, Buffer>();
      const wav = Buffer.from(toneWav({ seconds: 0.1 + (i % 7) * 0.05, frequencies: [220 + i * 5] }));
      const media = await uploadMedia(baseUrl, tenant.key, id, wav, { contentType: "audio/wav", filename: filenameFor(i) });
      files.set(media.id, wav);
      if (i % 10 === 0) {
        const video = randomBytes(2_500_000 + i); // several 1 MiB reads: buffers are recycled across them
        const clip = await uploadMedia(baseUrl, tenant.key, id, video, { contentType: "video/mp4", filename: "screen.mp4" });
        files.set(clip.id, video);
      }
      return { id, files };
    });
    made.push(...(await Promise.all(batch)));
  }
  return made;
}

beforeAll(async () => {
  tenant = await newTenant();
  const made = await uploadAll();
  ids = made.map((r) => r.id);
  const response = await api("/v1/recordings/bulk-download", { method: "POST", token: tenant.key, json: { recording_ids: ids } });
  expect(response.status).toBe(200);
  contentLength = response.headers.get("content-length");
  zipBytes = Buffer.from(await response.arrayBuffer());
  zipPath = path.join(workDir, "recordings.zip");
  writeFileSync(zipPath, zipBytes);
  const manifest = JSON.parse((await run("unzip", ["-p", zipPath, "manifest.json"])).stdout) as Manifest;
  const byMedia = new Map(made.flatMap((r) => [...r.files]));
  for (const recording of manifest.recordings) {
    for (const media of recording.media) uploads.set(media.path, byMedia.get(media.id)!);
  }
}, 180_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe(`a ZIP of ${RECORDINGS} recordings from wrangler dev`, () => {
  test("carries an exact Content-Length and every recording's media", () => {
    expect(Number(contentLength)).toBe(zipBytes.byteLength);
    expect(uploads.size).toBe(RECORDINGS + RECORDINGS / 10);
  });

  test("passes Info-ZIP's unzip -t and Python's zipfile -t", async () => {
    const unzip = await run("unzip", ["-t", zipPath]);
    expect(unzip.stdout).toMatch(/No errors detected/);
    await run("python3", ["-m", "zipfile", "-t", zipPath]);
  });

  test("lists the UTF-8 entry names intact in both readers", async () => {
    const listed = (await run("unzip", ["-Z1", zipPath])).stdout.trim().split("\n");
    const script = "import sys, zipfile; print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))";
    const python = (await run("python3", ["-c", script, zipPath], { env: { ...process.env, PYTHONIOENCODING: "utf-8" } })).stdout.trim().split("\n");
    const expected = ["manifest.json", ...uploads.keys()];
    expect(listed).toEqual(expected);
    expect(python).toEqual(expected);
    expect(listed.filter((name) => /通話記録 \d+\.wav$/.test(name))).toHaveLength(RECORDINGS / 5);
    expect(listed).toContain(`${ids[1]}/Grüße — Anruf 1.wav`);
  });

  test("extracts with unzip and with Python to the uploaded bytes, byte for byte", async () => {
    const byUnzip = path.join(workDir, "unzip");
    const byPython = path.join(workDir, "python");
    await run("unzip", ["-q", zipPath, "-d", byUnzip]);
    await run("python3", ["-m", "zipfile", "-e", zipPath, byPython]);
    for (const [entry, bytes] of uploads) {
      expect(readFileSync(path.join(byUnzip, entry)).equals(bytes), entry).toBe(true);
      expect(readFileSync(path.join(byPython, entry)).equals(bytes), entry).toBe(true);
    }
  });

  test("gives the same bytes to curl on the GET form, and its HEAD the same length", async () => {
    const query = `/v1/recordings/download?recording_ids=${ids.join(",")}`;
    const got = await curl(query, bearer(tenant.key));
    expect(got.status).toBe(200);
    expect(got.headers["content-length"]).toBe(String(zipBytes.byteLength));
    expect(got.body.equals(zipBytes)).toBe(true);
    const head = await api(query, { method: "HEAD", token: tenant.key });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(zipBytes.byteLength));
    expect(await head.text()).toBe("");
  });

  test("gives the same ZIP to curl through a signed link, without credentials", async () => {
    const made = await api("/v1/recordings/bulk-download-url", { method: "POST", token: tenant.key, json: { recording_ids: ids, expires_in: 300 } });
    expect(made.status).toBe(200);
    const { download_url } = (await made.json()) as { download_url: string };
    expect(download_url.startsWith(`${baseUrl}/v1/signed/zip?`)).toBe(true);
    const got = await curl(download_url);
    expect(got.status).toBe(200);
    expect(got.headers["content-length"]).toBe(String(zipBytes.byteLength));
    expect(got.body.equals(zipBytes)).toBe(true);
    const tampered = await curl(download_url.replace(ids[0]!, ids[1]!));
    expect(tampered.status).toBe(403);
  });

  test("refuses 51 ids with 400 BULK_DOWNLOAD_LIMIT_EXCEEDED", async () => {
    const response = await api("/v1/recordings/bulk-download", { method: "POST", token: tenant.key, json: { recording_ids: [...ids, ids[0]] } });
    const error = await expectError(response, 400, "BULK_DOWNLOAD_LIMIT_EXCEEDED");
    expect(error.message).toBe("Bulk download is limited to 50 recordings");
  });
});
