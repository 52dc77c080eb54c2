import { describe, expect, it } from "vitest";
import { EntryNames, MAX_NAME_BYTES, safeFileName } from "../../src/zip/entry-names";

const ID = "0b9a6f3e-2c41-4d8e-9f57-3a1e5c7d9b20";
const utf8 = new TextEncoder();

describe("safe file names", () => {
  it("keeps an ordinary name whose extension fits the content type", () => {
    expect(safeFileName("call.mp3", "audio/mpeg", ID)).toBe("call.mp3");
    expect(safeFileName("Call.WAV", "audio/wav; rate=8000", ID)).toBe("Call.wav");
    expect(safeFileName("photo.jpeg", "image/jpeg", ID)).toBe("photo.jpeg");
  });

  it("adds the content type's extension when the name has another or none", () => {
    expect(safeFileName("call", "audio/wav", ID)).toBe("call.wav");
    expect(safeFileName("invoice.exe", "audio/wav", ID)).toBe("invoice.exe.wav");
    expect(safeFileName("data.docx", "application/x-unknown", ID)).toBe("data.docx.bin");
  });

  it("turns path separators and parent references into harmless characters", () => {
    for (const hostile of ["../../etc/passwd", "/etc/passwd", "..\\..\\windows\\system32", "C:\\boot.ini", "a/../../b"]) {
      const name = safeFileName(hostile, "audio/wav", ID);
      expect(name).not.toMatch(/[/\\:]|\.\./);
      expect(name.startsWith(".")).toBe(false);
      expect(name.endsWith(".wav")).toBe(true);
    }
    expect(safeFileName("../../etc/passwd", "audio/wav", ID)).toBe("_._etc_passwd.wav");
  });

  it("removes control characters, bidi overrides and zero-width characters", () => {
    expect(safeFileName("a\u0000b\u001fc\u007f\u0085.wav", "audio/wav", ID)).toBe("abc.wav");
    expect(safeFileName("invoice\u202Egpj.exe", "image/jpeg", ID)).toBe("invoicegpj.exe.jpg");
    expect(safeFileName("a\u200Bb\u2028c.wav", "audio/wav", ID)).toBe("ab c.wav");
  });

  it("replaces characters Windows refuses and defuses its device names", () => {
    expect(safeFileName('a<b>c:d"e|f?g*h.wav', "audio/wav", ID)).toBe("a_b_c_d_e_f_g_h.wav");
    expect(safeFileName("CON", "audio/wav", ID)).toBe("_CON.wav");
    expect(safeFileName("nul.wav", "audio/wav", ID)).toBe("_nul.wav");
    expect(safeFileName("com1.txt", "text/plain", ID)).toBe("_com1.txt");
    expect(safeFileName("console.wav", "audio/wav", ID)).toBe("console.wav");
  });

  it("drops leading dots and trailing dots and spaces, and collapses whitespace", () => {
    expect(safeFileName(".hidden", "audio/wav", ID)).toBe("hidden.wav");
    expect(safeFileName("  name . . ", "audio/wav", ID)).toBe("name.wav");
    expect(safeFileName("a\t\tb  c.wav", "audio/wav", ID)).toBe("a b c.wav");
  });

  it("falls back to the given id when nothing of the name is left", () => {
    for (const empty of ["", "..", ".", "\u0000\u0001", "   ", ". . ."]) {
      expect(safeFileName(empty, "audio/wav", ID)).toBe(`${ID}.wav`);
    }
  });

  it("keeps non-ASCII names, normalised to NFC, and replaces lone surrogates", () => {
    expect(safeFileName("Gru\u0308\u00dfe 通話.wav", "audio/wav", ID)).toBe("Grüße 通話.wav");
    expect(safeFileName("a\uD800b.wav", "audio/wav", ID)).toBe("a\uFFFDb.wav");
  });

  it("cuts long names on a character boundary, keeping the extension", () => {
    const name = safeFileName(`${"通".repeat(200)}.wav`, "audio/wav", ID);
    expect(utf8.encode(name).byteLength).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name).toMatch(/^通+\.wav$/);
  });
});

describe("unique entry names", () => {
  it("numbers repeated names before the extension, ignoring case", () => {
    const names = new EntryNames();
    expect(names.claim("r1", "call.wav")).toBe("r1/call.wav");
    expect(names.claim("r1", "CALL.wav")).toBe("r1/CALL (2).wav");
    expect(names.claim("r1", "call.wav")).toBe("r1/call (3).wav");
    expect(names.claim("r2", "call.wav")).toBe("r2/call.wav");
  });

  it("does not hand out a name that a numbered one would collide with", () => {
    const names = new EntryNames();
    expect(names.claim("r", "a (2).wav")).toBe("r/a (2).wav");
    expect(names.claim("r", "a.wav")).toBe("r/a.wav");
    expect(names.claim("r", "a.wav")).toBe("r/a (3).wav");
  });

  it("keeps reserved top-level names out of use", () => {
    const names = new EntryNames();
    expect(names.reserve("manifest.json")).toBe("manifest.json");
    expect(names.claim("x", "manifest.json")).toBe("x/manifest.json");
  });
});
