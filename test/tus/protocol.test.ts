import { describe, expect, it } from "vitest";
import { parseByteCount, parseUploadMetadata, requireTusResumable } from "../../src/tus/protocol";
import { thrownApiError as thrown } from "../helpers";

describe("parseUploadMetadata", () => {
  it("decodes base64 UTF-8 values and keys without a value", () => {
    const meta = parseUploadMetadata(`filename ${btoa("call.mp3")},is_confidential, note ${btoa(String.fromCharCode(...new TextEncoder().encode("Grüße")))}`);
    expect({ ...meta }).toEqual({ filename: "call.mp3", is_confidential: "", note: "Grüße" });
  });

  it("is empty for an absent or blank header", () => {
    expect({ ...parseUploadMetadata(undefined) }).toEqual({});
    expect({ ...parseUploadMetadata("  ") }).toEqual({});
  });

  it("names the key whose value is not base64, not UTF-8, or repeated", () => {
    for (const [header, key] of [
      ["filename abc$", "filename"],
      [`ok ${btoa("x")},kind ${btoa("\xff\xfe")}`, "kind"],
      [`a ${btoa("1")},a ${btoa("2")}`, "a"],
      ["a b c", "a"],
    ] as const) {
      const error = thrown(() => parseUploadMetadata(header));
      expect(error.status).toBe(422);
      expect(error.details?.[0]?.loc).toEqual(["header", "Upload-Metadata", key]);
    }
  });

  it("does not let a key named __proto__ reach the prototype", () => {
    const meta = parseUploadMetadata(`__proto__ ${btoa("x")}`);
    expect(meta.__proto__).toBe("x");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("parseByteCount", () => {
  it("reads plain decimal numbers", () => {
    expect(parseByteCount("Upload-Offset", "0")).toBe(0);
    expect(parseByteCount("Upload-Length", " 5242880 ")).toBe(5242880);
  });

  it("answers 400 for absent, signed, fractional, hex or overlong values", () => {
    for (const value of [undefined, "-1", "+1", "1.5", "0x10", "1e3", "12345678901234567", ""]) {
      const error = thrown(() => parseByteCount("Upload-Length", value));
      expect(error.status).toBe(400);
      expect(error.code).toBe("INVALID_TUS_HEADER");
    }
  });
});

describe("requireTusResumable", () => {
  it("accepts 1.0.0 and answers 412 with Tus-Version for anything else", () => {
    expect(() => requireTusResumable("1.0.0")).not.toThrow();
    for (const value of [undefined, "0.2.2", "1.0", ""]) {
      const error = thrown(() => requireTusResumable(value));
      expect(error.status).toBe(412);
      expect(error.headers).toEqual({ "Tus-Version": "1.0.0" });
    }
  });
});
