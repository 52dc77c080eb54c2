/**
 * Conditional requests (RFC 9110 §13): evaluating `If-Match`, `If-Unmodified-Since`,
 * `If-None-Match`, `If-Modified-Since` and `If-Range` against a representation's validators.
 * Every function here tolerates any header value without throwing.
 */
import { parseEntityTag, parseEntityTagList, strongMatch, weakMatch } from "./etag";
import type { EntityTag } from "./etag";
import { parseHttpDate } from "./http-date";

export { formatHttpDate, parseHttpDate } from "./http-date";

/** The validators of the selected representation (which exists). */
export interface Validators {
  /** A full entity-tag with its quotes, e.g. `"\"3f2a\""`. */
  etag: string;
  /**
   * Last modification, at whole-second precision. Without it (a representation whose date cannot tell
   * every change apart, such as a bulk ZIP), date conditionals are ignored and a date `If-Range` fails.
   */
  lastModified?: Date;
}

/** What the preconditions decide: carry on, answer 304, or answer 412. */
export type PreconditionResult = "proceed" | "not-modified" | "precondition-failed";

/**
 * Evaluates the preconditions of a request in the order of RFC 9110 §13.2.2.
 *
 * If-Match (strong; malformed matches nothing), else If-Unmodified-Since (invalid dates ignored);
 * then If-None-Match (weak; malformed is ignored as if absent), else If-Modified-Since on GET/HEAD.
 *
 * @example
 * const v = { etag: '"v1"', lastModified: new Date("2024-01-01T00:00:00Z") };
 * evaluatePreconditions(new Headers({ "If-None-Match": 'W/"v1"' }), "GET", v); // "not-modified"
 * evaluatePreconditions(new Headers({ "If-Match": '"v0"' }), "PUT", v);        // "precondition-failed"
 */
export function evaluatePreconditions(
  headers: Headers,
  method: string,
  v: Validators,
): PreconditionResult {
  const safe = isGetOrHead(method);
  const ifMatch = headers.get("if-match");
  if (ifMatch !== null) {
    if (!ifMatchPasses(ifMatch, parseEntityTag(v.etag))) return "precondition-failed";
  } else if (modifiedSince(headers.get("if-unmodified-since"), v.lastModified) === true) {
    return "precondition-failed";
  }
  const ifNoneMatch = headers.get("if-none-match");
  const noneMatch = ifNoneMatch === null ? null : ifNoneMatchMatches(ifNoneMatch, parseEntityTag(v.etag));
  if (noneMatch === true) return safe ? "not-modified" : "precondition-failed";
  if (noneMatch === false || !safe) return "proceed";
  if (modifiedSince(headers.get("if-modified-since"), v.lastModified) === false) {
    return "not-modified";
  }
  return "proceed";
}

/**
 * Tells whether a `Range` may be honoured under `If-Range` (§13.1.5): true without `If-Range`,
 * or when it names the current strong entity-tag (strong comparison) or exactly the
 * `Last-Modified` date; false for a weak or different tag, another date, or anything malformed.
 *
 * @example
 * const v = { etag: '"v1"', lastModified: new Date("2024-01-01T00:00:00Z") };
 * ifRangeAllowsRange(new Headers({ "If-Range": '"v1"' }), v);                          // true
 * ifRangeAllowsRange(new Headers({ "If-Range": "Mon, 01 Jan 2024 00:00:00 GMT" }), v); // true
 * ifRangeAllowsRange(new Headers({ "If-Range": 'W/"v1"' }), v);                        // false
 */
export function ifRangeAllowsRange(headers: Headers, v: Validators): boolean {
  const value = headers.get("if-range");
  if (value === null) return true;
  const text = value.trim();
  // §13.1.5: an entity-tag is told apart from an HTTP-date by its leading DQUOTE (or W/).
  if (text.startsWith('"') || text.startsWith("W/")) {
    const requested = parseEntityTag(text);
    const current = parseEntityTag(v.etag);
    return requested !== null && current !== null && strongMatch(requested, current);
  }
  const date = parseHttpDate(text);
  return date !== null && v.lastModified !== undefined && wholeSeconds(date) === wholeSeconds(v.lastModified);
}

function isGetOrHead(method: string): boolean {
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD";
}

/** If-Match: "*" matches the existing representation; a tag must match strongly. */
function ifMatchPasses(value: string, current: EntityTag | null): boolean {
  const list = parseEntityTagList(value);
  if (list === null) return false;
  if ("any" in list) return true;
  return current !== null && list.tags.some((tag) => strongMatch(tag, current));
}

/** If-None-Match: true/false when it matches or not; null when absent or malformed (ignored). */
export function ifNoneMatchMatches(value: string | null, current: EntityTag | null): boolean | null {
  if (value === null) return null;
  const list = parseEntityTagList(value);
  if (list === null) return null;
  if ("any" in list) return true;
  return current !== null && list.tags.some((tag) => weakMatch(tag, current));
}

/**
 * Whether the representation changed after the date in `value`, at whole-second precision;
 * null when the header is absent or not a valid HTTP-date (so it is ignored).
 */
function modifiedSince(value: string | null, lastModified: Date | undefined): boolean | null {
  if (value === null || lastModified === undefined) return null;
  const date = parseHttpDate(value);
  if (date === null || Number.isNaN(lastModified.getTime())) return null;
  return wholeSeconds(lastModified) > wholeSeconds(date);
}

function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
