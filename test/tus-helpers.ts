import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { api, createRecording, createTenant, type Tenant } from "./helpers";

export const MiB = 1024 * 1024;
export const TUS = { "tus-resumable": "1.0.0" };

/** `Upload-Metadata` from plain values (base64 of UTF-8, as tus says). */
export function metadata(fields: Record<string, string>): string {
  const b64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
  return Object.entries(fields)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(",");
}

/** POST …/uploads (tus creation), optionally with a first chunk. */
export function createUpload(
  tenant: Tenant,
  recordingId: string,
  length: number,
  { meta = { filename: "call.wav", filetype: "audio/wav" }, headers = {}, body }: { meta?: Record<string, string>; headers?: Record<string, string>; body?: Uint8Array } = {},
): Promise<Response> {
  const chunkHeaders: Record<string, string> = body
    ? { "content-type": "application/offset+octet-stream", "content-length": String(body.byteLength) }
    : {};
  return api(`/v1/recordings/${recordingId}/uploads`, {
    method: "POST",
    headers: { authorization: tenant.auth, ...TUS, "upload-length": String(length), "upload-metadata": metadata(meta), ...chunkHeaders, ...headers },
    body,
  });
}

/** Creates an upload (expects 201) and returns its path. */
export async function newUpload(tenant: Tenant, recordingId: string, length: number, meta?: Record<string, string>): Promise<string> {
  const res = await createUpload(tenant, recordingId, length, { meta });
  expect(res.status).toBe(201);
  return new URL(res.headers.get("location")!).pathname;
}

/** A fresh tenant and recording with a new upload of `length` bytes. */
export async function startedUpload(length: number) {
  const tenant = await createTenant();
  const recording = await createRecording(tenant);
  const path = await newUpload(tenant, recording.id, length);
  return { tenant, recording, path };
}

/** One tus PATCH of `bytes` at `offset`. */
export function patchChunk(tenant: Tenant, path: string, offset: number, bytes: Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return api(path, {
    method: "PATCH",
    headers: {
      authorization: tenant.auth, ...TUS, "upload-offset": String(offset), "content-type": "application/offset+octet-stream",
      "content-length": String(bytes.byteLength), ...headers,
    },
    body: bytes,
  });
}

/** tus HEAD of an upload. */
export function headUpload(tenant: Tenant, path: string): Promise<Response> {
  return api(path, { method: "HEAD", headers: { authorization: tenant.auth, ...TUS } });
}

/** Sends `bytes` in chunks of `chunk` bytes from `from`, expecting 204 each time; returns the last response. */
export async function patchAll(tenant: Tenant, path: string, bytes: Uint8Array, chunk: number, from = 0): Promise<Response> {
  let last: Response | undefined;
  for (let offset = from; offset < bytes.byteLength; offset += chunk) {
    last = await patchChunk(tenant, path, offset, bytes.subarray(offset, offset + chunk));
    expect(last.status, await last.clone().text()).toBe(204);
    expect(last.headers.get("upload-offset")).toBe(String(Math.min(offset + chunk, bytes.byteLength)));
  }
  return last!;
}

/** The uploads row behind an upload path. */
export async function uploadRow(path: string) {
  const id = path.split("/").pop()!;
  return env.DB.prepare("SELECT * FROM uploads WHERE id = ?1").bind(id).first<{ r2_key: string; r2_upload_id: string; expires_at: string; upload_offset: number }>();
}
