import { describe, expect, it } from "vitest";
import type { Recording } from "../../src/schemas/recording";
import { formatDuration, formatSize, formatWhen, shareTitle } from "../../src/share/share-page";

const recording = (fields: Partial<Recording>): Recording =>
  ({ source: "other", metadata: {}, started_at: null, created_at: "2026-11-23T10:15:42.123Z", ...fields }) as Recording;

describe("share page formatting", () => {
  it("writes times in UTC to the minute", () => {
    expect(formatWhen("2026-11-23T10:15:42.123Z")).toBe("2026-11-23 10:15 UTC");
  });

  it("writes durations in seconds, minutes and hours", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(44.6)).toBe("45 s");
    expect(formatDuration(185)).toBe("3 min 05 s");
    expect(formatDuration(3723)).toBe("1 h 02 min 03 s");
  });

  it("writes sizes in decimal units", () => {
    expect(formatSize(812)).toBe("812 bytes");
    expect(formatSize(1400)).toBe("1.4 kB");
    expect(formatSize(1_400_000)).toBe("1.4 MB");
    expect(formatSize(250_000_000)).toBe("250 MB");
    expect(formatSize(3e15)).toBe("3000 TB");
  });

  it("titles the page by the metadata's title, else by the kind of call and when it started", () => {
    expect(shareTitle(recording({ metadata: { title: "  Weekly sync  " } }))).toBe("Weekly sync");
    expect(shareTitle(recording({ metadata: { title: "x".repeat(500) } }))).toHaveLength(120);
    expect(shareTitle(recording({ metadata: { title: 42 } }))).toBe("Recording, 2026-11-23 10:15 UTC");
    expect(shareTitle(recording({ source: "sip", started_at: "2026-11-20T09:00:00.000Z" }))).toBe("SIP call, 2026-11-20 09:00 UTC");
  });
});
