/**
 * Content negotiation over `Accept` (RFC 9110 §12.5.1): parsing media ranges with their weights
 * and matching them against a content type. Never throws on any header value.
 */

/** One acceptable media range; type and subtype lowercased, `*` for wildcards. */
export interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_RANGE = new RegExp(`(${TOKEN})/(${TOKEN})`, "y");
const PARAM_NAME = new RegExp(`(${TOKEN})=`, "y");
const PARAM_TOKEN = new RegExp(TOKEN, "y");
const CONTENT_TYPE_ESSENCE = new RegExp(`^(${TOKEN})/(${TOKEN})$`);
const QUOTED_STRING = /"(?:[^"\\]|\\.)*"/y;
// qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Parses an `Accept` value into media ranges ordered by q descending (ties in header order),
 * skipping malformed ones (bad syntax, `*` + `/subtype`, invalid or repeated q). q=0 entries are
 * kept, last: they refuse what they name (see `acceptQuality`). Parameters other than q are ignored.
 *
 * An absent or empty header accepts anything and yields `[{ type: "*", subtype: "*", q: 1 }]`;
 * a header whose every entry is malformed yields `[]`.
 *
 * @example
 * parseAccept("audio/*;q=0.5, audio/mpeg");
 * // [{ type: "audio", subtype: "mpeg", q: 1 }, { type: "audio", subtype: "*", q: 0.5 }]
 */
export function parseAccept(header: string | null | undefined): MediaRange[] {
  if (header == null || header.trim() === "") return [{ type: "*", subtype: "*", q: 1 }];
  const ranges: MediaRange[] = [];
  let pos = 0;
  while (pos < header.length) {
    const parsed = parseElement(header, skipOws(header, pos));
    if (parsed.range !== null) ranges.push(parsed.range);
    pos = parsed.next + 1;
  }
  // Array.prototype.sort is stable, so equal weights keep their header order.
  return ranges.sort((a, b) => b.q - a.q);
}

/** How well a client accepts one content type: the weight and the preference rank that decided it. */
export interface Acceptance {
  q: number;
  /** Position of the deciding range in `parseAccept`'s order: lower is preferred. */
  rank: number;
}

/**
 * The weight `ranges` give a content type (RFC 9110 §12.5.1): that of the most specific range that
 * matches it (`type/subtype` over `type/*` over `*∕*`), so `audio/*, audio/wav;q=0` refuses WAV.
 * Null when no range matches; q is 0 when the deciding range refuses it.
 * @example acceptQuality(parseAccept("audio/*;q=0.5, audio/wav"), "audio/wav") // { q: 1, rank: 0 }
 */
export function acceptQuality(ranges: MediaRange[], contentType: string): Acceptance | null {
  let best: (Acceptance & { specificity: number }) | null = null;
  ranges.forEach((range, rank) => {
    if (!mediaRangeMatches(range, contentType)) return;
    const specificity = (range.type === "*" ? 0 : 1) + (range.subtype === "*" ? 0 : 1);
    if (!best || specificity > best.specificity) best = { q: range.q, rank, specificity };
  });
  if (!best) return null;
  const { q, rank } = best;
  return { q, rank };
}

/**
 * Tells whether a content type (parameters ignored, case-insensitive) falls within a media range.
 *
 * @example
 * mediaRangeMatches({ type: "audio", subtype: "*", q: 1 }, "Audio/MPEG; codecs=mp3"); // true
 * mediaRangeMatches({ type: "video", subtype: "*", q: 1 }, "audio/mpeg");             // false
 */
export function mediaRangeMatches(range: MediaRange, contentType: string): boolean {
  const essence = contentType.split(";", 1)[0]!.trim().toLowerCase();
  const match = CONTENT_TYPE_ESSENCE.exec(essence);
  if (match === null) return false;
  const rangeType = range.type.toLowerCase();
  const rangeSubtype = range.subtype.toLowerCase();
  return (
    (rangeType === "*" || rangeType === match[1]) &&
    (rangeSubtype === "*" || rangeSubtype === match[2])
  );
}

interface ParsedElement {
  /** The media range, or null for an empty or malformed element. */
  range: MediaRange | null;
  /** Index of the comma ending the element, or the header length. */
  next: number;
}

/** Parses one list element starting at `pos`: `type "/" subtype *( OWS ";" OWS [ parameter ] )`. */
function parseElement(header: string, pos: number): ParsedElement {
  MEDIA_RANGE.lastIndex = pos;
  const media = MEDIA_RANGE.exec(header);
  if (media === null) return { range: null, next: skipToComma(header, pos) };
  const type = media[1]!.toLowerCase();
  const subtype = media[2]!.toLowerCase();
  if (type === "*" && subtype !== "*") return { range: null, next: skipToComma(header, pos) };
  const q = parseParameters(header, MEDIA_RANGE.lastIndex);
  if (q.value === null) return { range: null, next: q.next };
  return { range: { type, subtype, q: q.value }, next: q.next };
}

/** Reads parameters up to the element's end; the weight, 1 by default, or null when malformed. */
function parseParameters(header: string, pos: number): { value: number | null; next: number } {
  let q: number | null = null;
  let sawQ = false;
  for (pos = skipOws(header, pos); pos < header.length && header[pos] !== ","; ) {
    if (header[pos] !== ";") return { value: null, next: skipToComma(header, pos) };
    pos = skipOws(header, pos + 1);
    if (pos >= header.length || header[pos] === ";" || header[pos] === ",") continue;
    const param = readParameter(header, pos);
    if (param === null) return { value: null, next: skipToComma(header, pos) };
    if (param.name === "q") {
      if (sawQ || param.quoted || !QVALUE.test(param.value)) {
        return { value: null, next: skipToComma(header, param.next) };
      }
      sawQ = true;
      q = Number(param.value);
    }
    pos = skipOws(header, param.next);
  }
  return { value: q ?? 1, next: pos };
}

/** Reads `name "=" ( token / quoted-string )` at `pos`; no whitespace around "=" (§5.6.6). */
function readParameter(
  header: string,
  pos: number,
): { name: string; value: string; quoted: boolean; next: number } | null {
  PARAM_NAME.lastIndex = pos;
  const name = PARAM_NAME.exec(header);
  if (name === null) return null;
  const valueStart = PARAM_NAME.lastIndex;
  const quoted = header[valueStart] === '"';
  const pattern = quoted ? QUOTED_STRING : PARAM_TOKEN;
  pattern.lastIndex = valueStart;
  const value = pattern.exec(header);
  if (value === null) return null;
  return { name: name[1]!.toLowerCase(), value: value[0], quoted, next: pattern.lastIndex };
}

/** Index of the next comma outside a quoted-string, or the header length. */
function skipToComma(header: string, pos: number): number {
  let quoted = false;
  for (; pos < header.length; pos++) {
    const char = header[pos];
    if (quoted && char === "\\") pos++;
    else if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) return pos;
  }
  return header.length;
}

function skipOws(value: string, pos: number): number {
  while (pos < value.length && (value[pos] === " " || value[pos] === "\t")) pos++;
  return pos;
}
