import { acceptQuality, parseAccept, type Acceptance } from "./accept";

/** What a recording's GET answers with: its JSON, one of its media items (by index), or nothing acceptable. */
export type Representation = { type: "json" } | { type: "media"; index: number } | { type: "none" };

const preferred = (a: Acceptance, b: Acceptance) => a.q > b.q || (a.q === b.q && a.rank < b.rank);

/**
 * Picks the representation the client prefers among JSON and `mediaTypes` (the recording's audio and
 * video content types, in its order): the highest weight, then the range named first, then JSON, then
 * the earlier media item. Each is weighed by its most specific matching range, so `*∕*` alone means
 * JSON and `audio/*, audio/wav;q=0` refuses WAV. No Accept, or none parseable, means JSON.
 * @example chooseRepresentation("audio/*, application/json;q=0.5", ["audio/wav"]) // { type: "media", index: 0 }
 */
export function chooseRepresentation(accept: string | null | undefined, mediaTypes: string[]): Representation {
  const ranges = parseAccept(accept);
  if (ranges.length === 0) return { type: "json" };
  let choice: Representation = { type: "none" };
  let best: Acceptance | null = null;
  const consider = (candidate: Representation, acceptance: Acceptance | null) => {
    if (!acceptance || acceptance.q === 0 || (best && !preferred(acceptance, best))) return;
    choice = candidate;
    best = acceptance;
  };
  consider({ type: "json" }, acceptQuality(ranges, "application/json"));
  mediaTypes.forEach((type, index) => consider({ type: "media", index }, acceptQuality(ranges, type)));
  return choice;
}

/**
 * Whether a client (a browser navigating) prefers an HTML page to JSON: `text/html` weighs more than
 * `application/json`, or as much but named first. `*∕*` alone, or no Accept, means JSON.
 * @example prefersHtml("text/html,application/xhtml+xml,*∕*;q=0.8") // true
 */
export function prefersHtml(accept: string | null | undefined): boolean {
  const ranges = parseAccept(accept);
  const html = acceptQuality(ranges, "text/html");
  if (!html || html.q === 0) return false;
  const json = acceptQuality(ranges, "application/json");
  return !json || preferred(html, json);
}
