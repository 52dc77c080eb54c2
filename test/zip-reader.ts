import { unzipSync } from "fflate";
import { expect } from "vitest";

/** One central directory record, as a ZIP reader sees it. */
export interface CentralEntry {
  name: string;
  madeBy: number;
  os: number;
  flags: number;
  compression: number;
  dosTime: number;
  dosDate: number;
  crc32: number;
  compressedSize: number;
  size: number;
  externalAttrs: number;
  localOffset: number;
}

/** The modification time a DOS date and time pair stands for (UTC, 2-second steps). */
export function dosDateTime(date: number, time: number): Date {
  return new Date(
    Date.UTC(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2),
  );
}

/** Reads the end record and the central directory of a ZIP (no ZIP64), checking their signatures. */
export function centralDirectory(zip: Uint8Array): CentralEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  expect(at + cdSize).toBe(end);
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      madeBy: view.getUint16(at + 4, true),
      os: view.getUint8(at + 5),
      flags: view.getUint16(at + 8, true),
      compression: view.getUint16(at + 10, true),
      dosTime: view.getUint16(at + 12, true),
      dosDate: view.getUint16(at + 14, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      externalAttrs: view.getUint32(at + 38, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** Unzips with fflate's reader (which checks nothing itself) into name → bytes. */
export function unzipped(zip: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(zip);
}

/** The whole of a stream as one byte array. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The manifest of a bulk ZIP, parsed. */
export function manifestOf(zip: Uint8Array): Manifest {
  const bytes = unzipped(zip)["manifest.json"];
  expect(bytes).toBeDefined();
  return JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
}

export interface Manifest {
  requested: { recording_ids?: string[]; call_ids?: string[] };
  recordings: (Record<string, unknown> & { id: string; metadata: unknown; media: { id: string; path: string; filename: string }[] })[];
  skipped: { recording_id?: string; call_id?: string; reason: string }[];
}

/** Deterministic bytes of a given size (each differs from its neighbours). */
export function patternBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  for (let i = 0; i < size; i++) out[i] = (i * 13 + seed) & 0xff;
  return out;
}

/** A byte stream (as R2 bodies are) that delivers `data` in pieces of `piece` bytes. */
export function byteStream(data: Uint8Array<ArrayBuffer>, piece: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  let at = 0;
  const stream = new ReadableStream({
    type: "bytes",
    pull(controller) {
      if (at >= data.byteLength) return controller.close();
      controller.enqueue(data.slice(at, at + piece));
      at += piece;
    },
  });
  return stream as ReadableStream<Uint8Array<ArrayBuffer>>;
}
