import { describe, expect, it } from "vitest";
import { essence, extensionFor, isValidContentType, kindFor, mayBeInline } from "../../src/media/content-types";

describe("essence", () => {
  it("keeps type/subtype and drops parameters", () => {
    expect(essence("audio/ogg; codecs=opus")).toBe("audio/ogg");
    expect(essence('text/plain;charset="utf-8"')).toBe("text/plain");
  });

  it("lowercases and trims", () => {
    expect(essence("  Audio/MPEG  ; x=y")).toBe("audio/mpeg");
  });

  it("answers an empty string for an empty value", () => {
    expect(essence("")).toBe("");
  });
});

describe("extensionFor", () => {
  it.each([
    ["audio/mpeg", "mp3"],
    ["audio/mp3", "mp3"],
    ["audio/wav", "wav"],
    ["audio/x-wav", "wav"],
    ["audio/wave", "wav"],
    ["audio/ogg", "ogg"],
    ["audio/opus", "opus"],
    ["audio/mp4", "m4a"],
    ["audio/flac", "flac"],
    ["video/mp4", "mp4"],
    ["video/webm", "webm"],
    ["video/quicktime", "mov"],
    ["image/jpeg", "jpg"],
    ["image/png", "png"],
    ["text/vtt", "vtt"],
    ["text/plain", "txt"],
    ["application/json", "json"],
    ["application/pdf", "pdf"],
  ])("gives %s the extension %s", (contentType, ext) => {
    expect(extensionFor(contentType)).toBe(ext);
  });

  it("ignores case and parameters", () => {
    expect(extensionFor("AUDIO/MPEG; bitrate=128")).toBe("mp3");
    expect(extensionFor("text/plain; charset=utf-8")).toBe("txt");
  });

  it("falls back to bin for unknown or malformed types", () => {
    expect(extensionFor("application/octet-stream")).toBe("bin");
    expect(extensionFor("audio/x-unknown")).toBe("bin");
    expect(extensionFor("nonsense")).toBe("bin");
    expect(extensionFor("")).toBe("bin");
  });

  it("does not treat inherited object properties as known types", () => {
    expect(extensionFor("constructor")).toBe("bin");
    expect(extensionFor("__proto__")).toBe("bin");
    expect(extensionFor("toString")).toBe("bin");
  });
});

describe("kindFor", () => {
  it.each([
    ["audio/mpeg", "audio"],
    ["audio/x-anything", "audio"],
    ["video/mp4", "video"],
    ["image/png", "image"],
    ["text/vtt", "transcript"],
    ["text/plain; charset=utf-8", "transcript"],
    ["application/json", "other"],
    ["application/octet-stream", "other"],
    ["model/gltf+json", "other"],
    ["audiox/mpeg", "other"],
    ["", "other"],
  ] as const)("gives %s the kind %s", (contentType, kind) => {
    expect(kindFor(contentType)).toBe(kind);
  });

  it("reads the top-level type case-insensitively", () => {
    expect(kindFor("VIDEO/WebM")).toBe("video");
    expect(kindFor("Text/CSV")).toBe("transcript");
  });
});

describe("isValidContentType", () => {
  it.each([
    "audio/mpeg",
    "application/vnd.api+json",
    "audio/ogg; codecs=opus",
    "audio/ogg;codecs=opus",
    'text/plain; charset="utf-8"',
    'audio/ogg; codecs="opus, vorbis"',
    "text/plain; charset=utf-8; format=flowed",
    "AUDIO/MPEG",
  ])("accepts %s", (value) => {
    expect(isValidContentType(value)).toBe(true);
  });

  it.each([
    ["an empty value", ""],
    ["a bare type", "audio"],
    ["a missing subtype", "audio/"],
    ["a missing type", "/mpeg"],
    ["two slashes", "audio/mpeg/x"],
    ["a space in the subtype", "audio/mp eg"],
    ["a parameter without a value", "audio/wav; rate"],
    ["a parameter with an empty value", "audio/wav; rate="],
    ["a trailing semicolon", "audio/wav;"],
    ["an unterminated quoted value", 'audio/wav; name="x'],
    ["a control character", "audio/wav\u0000"],
    ["a quoted value with a control character", 'audio/wav; name="a\u0001b"'],
    ["a non-ASCII subtype", "audio/mpég"],
    ["a comma-joined list", "audio/mpeg, audio/wav"],
  ])("refuses %s", (_what, value) => {
    expect(isValidContentType(value)).toBe(false);
  });

  it("accepts 255 characters and refuses 256", () => {
    const at = `audio/${"x".repeat(249)}`;
    expect(at.length).toBe(255);
    expect(isValidContentType(at)).toBe(true);
    expect(isValidContentType(`${at}x`)).toBe(false);
  });
});

describe("mayBeInline", () => {
  it("lets audio, video, raster images and plain text be inline, whatever their case and parameters", () => {
    for (const type of ["audio/mpeg", "Audio/WAV", "video/mp4; codecs=avc1", "image/png", "image/JPEG", "image/webp", "text/plain; charset=utf-8"]) {
      expect(mayBeInline(type), type).toBe(true);
    }
  });

  it("keeps every type a browser could run or render as a document an attachment", () => {
    const types = [
      "text/html",
      "TEXT/HTML; charset=utf-8",
      "image/svg+xml",
      "application/xhtml+xml",
      "text/xml",
      "application/xml",
      "text/javascript",
      "application/javascript",
      "application/pdf",
      "text/css",
      "text/vtt",
      "multipart/x-mixed-replace",
      "application/octet-stream",
      "application/x-shockwave-flash",
    ];
    for (const type of types) expect(mayBeInline(type), type).toBe(false);
  });
});
