import { describe, expect, it } from "vitest";
import { chooseRepresentation, prefersHtml } from "../../src/http/negotiate";

const JSON_ = { type: "json" } as const;
const NONE = { type: "none" } as const;
const media = (index: number) => ({ type: "media", index }) as const;

describe("chooseRepresentation", () => {
  const wavAndWebm = ["audio/wav", "video/webm"];

  describe("JSON", () => {
    it("chooses JSON without an Accept header", () => {
      expect(chooseRepresentation(undefined, wavAndWebm)).toEqual(JSON_);
      expect(chooseRepresentation(null, wavAndWebm)).toEqual(JSON_);
      expect(chooseRepresentation("", wavAndWebm)).toEqual(JSON_);
    });

    it("chooses JSON for */* alone, even when media exists", () => {
      expect(chooseRepresentation("*/*", wavAndWebm)).toEqual(JSON_);
    });

    it("chooses JSON for application/json and application/*", () => {
      expect(chooseRepresentation("application/json", wavAndWebm)).toEqual(JSON_);
      expect(chooseRepresentation("application/*", wavAndWebm)).toEqual(JSON_);
    });

    it("chooses JSON when it weighs more than audio", () => {
      expect(chooseRepresentation("audio/*;q=0.5, application/json", wavAndWebm)).toEqual(JSON_);
    });

    it("chooses JSON when it comes first at equal weight", () => {
      expect(chooseRepresentation("application/json, audio/*", wavAndWebm)).toEqual(JSON_);
    });

    it("falls back to JSON when the named audio type is missing but JSON is acceptable", () => {
      expect(chooseRepresentation("audio/mpeg, application/json;q=0.5", ["audio/wav"])).toEqual(JSON_);
      expect(chooseRepresentation("audio/mpeg, */*;q=0.1", ["audio/wav"])).toEqual(JSON_);
    });

    it("chooses JSON for an Accept with nothing parseable in it", () => {
      expect(chooseRepresentation("garbage", wavAndWebm)).toEqual(JSON_);
      expect(chooseRepresentation(";, ;", wavAndWebm)).toEqual(JSON_);
    });
  });

  describe("media", () => {
    it("chooses the first audio item for audio/*", () => {
      expect(chooseRepresentation("audio/*", ["video/webm", "audio/wav", "audio/mpeg"])).toEqual(media(1));
    });

    it("chooses the video for video/*", () => {
      expect(chooseRepresentation("video/*", wavAndWebm)).toEqual(media(1));
    });

    it("chooses an exact type among several", () => {
      expect(chooseRepresentation("audio/mpeg", ["audio/wav", "audio/mpeg"])).toEqual(media(1));
    });

    it("matches types case-insensitively and ignores parameters", () => {
      expect(chooseRepresentation("Audio/Ogg", ["audio/ogg; codecs=opus"])).toEqual(media(0));
      expect(chooseRepresentation("audio/ogg;codecs=vorbis", ["AUDIO/OGG"])).toEqual(media(0));
    });

    it("chooses audio ahead of JSON when audio weighs more", () => {
      expect(chooseRepresentation("application/json;q=0.9, audio/*", wavAndWebm)).toEqual(media(0));
      expect(chooseRepresentation("*/*;q=0.1, audio/wav", wavAndWebm)).toEqual(media(0));
    });

    it("orders preferences by q-value, not header order", () => {
      expect(chooseRepresentation("audio/*;q=0.4, video/*;q=0.8", wavAndWebm)).toEqual(media(1));
      expect(chooseRepresentation("video/*;q=0.4, audio/*;q=0.8", wavAndWebm)).toEqual(media(0));
    });

    it("keeps header order among equal q-values", () => {
      expect(chooseRepresentation("video/*, audio/*", wavAndWebm)).toEqual(media(1));
      expect(chooseRepresentation("audio/*, video/*", wavAndWebm)).toEqual(media(0));
    });

    it("moves on to the next preference when the first has no media", () => {
      expect(chooseRepresentation("audio/mpeg, video/*;q=0.5", wavAndWebm)).toEqual(media(1));
    });

    it("never offers media for ranges that match neither JSON nor the given media types", () => {
      expect(chooseRepresentation("image/*, text/*", ["audio/wav", "video/webm"])).toEqual(NONE);
    });

    it("lets the most specific range decide, so q=0 refuses one type inside a wildcard", () => {
      expect(chooseRepresentation("audio/*, audio/wav;q=0", ["audio/wav"])).toEqual(NONE);
      expect(chooseRepresentation("audio/*, audio/wav;q=0", ["audio/wav", "audio/ogg"])).toEqual(media(1));
      expect(chooseRepresentation("*/*, application/json;q=0", ["audio/wav"])).toEqual(media(0));
      expect(chooseRepresentation("audio/*;q=0.2, audio/wav, application/json;q=0.5", ["audio/wav"])).toEqual(media(0));
    });
  });

  describe("nothing acceptable", () => {
    it("answers none when the named audio type is missing and JSON is not acceptable", () => {
      expect(chooseRepresentation("audio/mpeg", ["audio/wav"])).toEqual(NONE);
      expect(chooseRepresentation("video/*", ["audio/wav"])).toEqual(NONE);
    });

    it("answers none for audio when there is no media", () => {
      expect(chooseRepresentation("audio/*", [])).toEqual(NONE);
    });

    it("answers none when JSON is refused with q=0", () => {
      expect(chooseRepresentation("audio/mpeg, application/json;q=0", ["audio/wav"])).toEqual(NONE);
    });

    it("answers none for text/html alone", () => {
      expect(chooseRepresentation("text/html", wavAndWebm)).toEqual(NONE);
    });
  });
});

describe("prefersHtml", () => {
  it("is true for what browsers send when they navigate", () => {
    expect(prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8")).toBe(true);
    expect(prefersHtml("text/html")).toBe(true);
    expect(prefersHtml("text/*, application/json;q=0.5")).toBe(true);
  });

  it("is false without Accept, for */* alone, for JSON first, and when HTML is refused", () => {
    for (const accept of [undefined, null, "", "*/*", "application/json", "application/json, text/html", "text/html;q=0, */*", "audio/*"]) {
      expect(prefersHtml(accept), String(accept)).toBe(false);
    }
  });
});
