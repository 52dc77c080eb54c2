import { describe, expect, it } from "vitest";
import { cursorKey, decodeCursor, encodeCursor, queryFingerprint, type CursorState } from "../../src/pagination/cursor";

const STATE: CursorState = {
  createdAt: "2026-11-22T10:15:00.000Z",
  id: "6f1c2a9e-3b7d-4c41-9a55-2d8e0b6f4a10",
  direction: "next",
  fingerprint: "abcDEF123_-x",
};

const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** `text` with the character at `index` replaced by each other base64url character in turn. */
function everyFlipAt(text: string, index: number): string[] {
  return [...B64URL].filter((ch) => ch !== text[index]).map((ch) => text.slice(0, index) + ch + text.slice(index + 1));
}

describe("cursor encoding", () => {
  it("decodes what it encodes, in both directions", async () => {
    const key = await cursorKey("secret-1");
    for (const direction of ["next", "prev"] as const) {
      const state = { ...STATE, direction };
      expect(await decodeCursor(key, await encodeCursor(key, state))).toEqual(state);
    }
  });

  it("makes an opaque, URL-safe cursor that does not spell out its fields", async () => {
    const cursor = await encodeCursor(await cursorKey("secret-1"), STATE);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(STATE.id);
    expect(encodeURIComponent(cursor)).toBe(cursor);
  });

  it("is deterministic for the same key and state", async () => {
    const key = await cursorKey("secret-1");
    expect(await encodeCursor(key, STATE)).toBe(await encodeCursor(key, STATE));
  });

  it("rejects a cursor whose body has any character changed", async () => {
    const key = await cursorKey("secret-1");
    const cursor = await encodeCursor(key, STATE);
    const bodyLength = cursor.indexOf(".");
    for (const index of [0, Math.floor(bodyLength / 2), bodyLength - 1]) {
      for (const tampered of everyFlipAt(cursor, index)) expect(await decodeCursor(key, tampered)).toBeNull();
    }
  });

  it("rejects a cursor whose signature has any character changed, the last one included", async () => {
    const key = await cursorKey("secret-1");
    const cursor = await encodeCursor(key, STATE);
    const dot = cursor.indexOf(".");
    for (const index of [dot + 1, cursor.length - 2, cursor.length - 1]) {
      for (const tampered of everyFlipAt(cursor, index)) expect(await decodeCursor(key, tampered)).toBeNull();
    }
  });

  it("rejects one cursor's body under another cursor's signature", async () => {
    const key = await cursorKey("secret-1");
    const a = await encodeCursor(key, STATE);
    const b = await encodeCursor(key, { ...STATE, id: "00000000-0000-4000-8000-000000000000" });
    const spliced = `${b.split(".")[0]}.${a.split(".")[1]}`;
    expect(await decodeCursor(key, spliced)).toBeNull();
  });

  it("rejects a cursor made with another key", async () => {
    const cursor = await encodeCursor(await cursorKey("secret-1"), STATE);
    expect(await decodeCursor(await cursorKey("secret-2"), cursor)).toBeNull();
    expect(await decodeCursor(await cursorKey("secret-1"), cursor)).toEqual(STATE);
  });

  it.each([
    ["an empty string", ""],
    ["no signature", "eyJhIjoxfQ"],
    ["an empty signature", "eyJhIjoxfQ."],
    ["an empty body", ".AAAAAAAAAAAAAAAAAAAAAA"],
    ["three parts", "a.b.c"],
    ["characters outside base64", "%%%.***"],
    ["a short signature", "eyJhIjoxfQ.AAAA"],
    ["an over-long cursor", `${"A".repeat(700)}.AAAAAAAAAAAAAAAAAAAAAA`],
  ])("rejects a malformed cursor: %s", async (_label, cursor) => {
    expect(await decodeCursor(await cursorKey("secret-1"), cursor)).toBeNull();
  });

  it("rejects a correctly signed body that is not a cursor's JSON", async () => {
    // Signs arbitrary bodies the way encodeCursor does, to reach the checks behind the signature.
    const raw = new TextEncoder().encode("recordings-api/cursor/v1\u0000secret-1");
    const hmac = await crypto.subtle.importKey("raw", await crypto.subtle.digest("SHA-256", raw), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
    const signed = async (json: string) => {
      const body = b64url(new TextEncoder().encode(json));
      const mac = new Uint8Array(await crypto.subtle.sign("HMAC", hmac, new TextEncoder().encode(body))).slice(0, 16);
      return `${body}.${b64url(mac)}`;
    };
    const key = await cursorKey("secret-1");
    // The same signing reproduces a real cursor, so the rejections below are about the bodies alone.
    expect(await decodeCursor(key, await signed(JSON.stringify([1, STATE.createdAt, STATE.id, "n", STATE.fingerprint])))).toEqual(STATE);
    for (const json of [
      "not json",
      "{}",
      JSON.stringify([2, STATE.createdAt, STATE.id, "n", STATE.fingerprint]),
      JSON.stringify([1, STATE.createdAt, STATE.id, "x", STATE.fingerprint]),
      JSON.stringify([1, 5, STATE.id, "n", STATE.fingerprint]),
      JSON.stringify([1, STATE.createdAt, STATE.id, "n"]),
    ]) {
      expect(await decodeCursor(key, await signed(json))).toBeNull();
    }
  });
});

describe("query fingerprint", () => {
  it("is the same whatever the order of the parts", async () => {
    const a = await queryFingerprint({ account: "a", status: "complete", deleted: "exclude" });
    const b = await queryFingerprint({ deleted: "exclude", status: "complete", account: "a" });
    expect(a).toBe(b);
  });

  it("differs when the account or any filter differs", async () => {
    const base = await queryFingerprint({ account: "a", status: "complete" });
    expect(await queryFingerprint({ account: "b", status: "complete" })).not.toBe(base);
    expect(await queryFingerprint({ account: "a", status: "failed" })).not.toBe(base);
    expect(await queryFingerprint({ account: "a", status: "complete", room_id: "r" })).not.toBe(base);
  });
});
