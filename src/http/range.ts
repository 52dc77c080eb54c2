/**
 * Single byte-range requests (RFC 9110 §14): what a `Range` header asks of a representation of a
 * known size, and the `Content-Range` value that answers it.
 */

/** What to answer for a `Range` header: the whole body (200), a 416, or one slice (206). */
export type RangeDecision =
  | { type: "full" }
  | { type: "unsatisfiable" }
  | { type: "partial"; offset: number; length: number; end: number };

/** Longer header values are treated as malformed rather than parsed. */
const MAX_HEADER_LENGTH = 1000;

// unit OWS "=" OWS range-set; each range-spec is first-pos "-" [last-pos] or "-" suffix-length.
// Whitespace around "-" is tolerated beyond the RFC grammar.
const UNIT_PATTERN = /^[ \t]*([A-Za-z]+)[ \t]*=([^]*)$/;
const SPEC_PATTERN = /^[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/;
// What players send (`bytes=0-1048575`, `bytes=5000-`): decided without splitting the list.
const FIRST_LAST = /^bytes=(\d+)-(\d*)$/;

const FULL: RangeDecision = { type: "full" };
const UNSATISFIABLE: RangeDecision = { type: "unsatisfiable" };

/**
 * Decides how to answer a `Range` header for a representation of `size` bytes; never throws on
 * any header value, and compares numerals exactly (as BigInt), so giant positions clamp rather
 * than overflow.
 *
 * Ignored (→ "full"): no header, unknown unit, several ranges, or anything malformed. Empty list
 * elements are skipped, so `bytes=0-1,` is one range.
 *
 * @throws RangeError when `size` is not a non-negative safe integer (a caller bug).
 * @example
 * decideRange("bytes=0-99", 1000);   // { type: "partial", offset: 0, length: 100, end: 99 }
 * decideRange("bytes=-100", 1000);   // { type: "partial", offset: 900, length: 100, end: 999 }
 * decideRange("bytes=1000-", 1000);  // { type: "unsatisfiable" }
 * decideRange("bytes=0-1,5-9", 1000) // { type: "full" }
 */
export function decideRange(header: string | null | undefined, size: number): RangeDecision {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new RangeError(`size must be a non-negative safe integer, got ${size}`);
  }
  if (header == null || header.length > MAX_HEADER_LENGTH) return FULL;
  const simple = FIRST_LAST.exec(header);
  if (simple !== null) return decideIntRange(BigInt(simple[1]!), simple[2] === "" ? null : BigInt(simple[2]!), size);
  const unitMatch = UNIT_PATTERN.exec(header);
  if (unitMatch === null || unitMatch[1]!.toLowerCase() !== "bytes") return FULL;
  // RFC 9110 §5.6.1: empty list elements ("bytes=0-1,", "bytes=, 0-1") are ignored.
  const specs = unitMatch[2]!.split(",").filter((spec) => spec.trim() !== "");
  if (specs.length !== 1) return FULL;
  const match = SPEC_PATTERN.exec(specs[0]!);
  if (match === null) return FULL;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return FULL;
  if (first === "") return decideSuffix(BigInt(last), size);
  return decideIntRange(BigInt(first), last === "" ? null : BigInt(last), size);
}

/** `first-pos "-" [last-pos]`: a start past the end is unsatisfiable; an end past it is clamped. */
function decideIntRange(first: bigint, last: bigint | null, size: number): RangeDecision {
  if (last !== null && last < first) return FULL;
  const total = BigInt(size);
  if (first >= total) return UNSATISFIABLE;
  const end = last === null || last >= total ? total - 1n : last;
  return partial(Number(first), Number(end));
}

/** `"-" suffix-length`: the last n bytes, the whole representation when n is at least its size. */
function decideSuffix(length: bigint, size: number): RangeDecision {
  if (length === 0n) return UNSATISFIABLE;
  // A zero-length representation has no bytes to express as a range; send it whole.
  if (size === 0) return FULL;
  const total = BigInt(size);
  const offset = length >= total ? 0 : Number(total - length);
  return partial(offset, size - 1);
}

function partial(offset: number, end: number): RangeDecision {
  return { type: "partial", offset, length: end - offset + 1, end };
}

/**
 * Formats a `Content-Range` value for a satisfied range or for a 416.
 *
 * @example
 * contentRangeHeader({ offset: 0, end: 99 }, 1000); // "bytes 0-99/1000"
 * contentRangeHeader("unsatisfiable", 1000);       // "bytes *\/1000"
 */
export function contentRangeHeader(
  decision: { offset: number; end: number } | "unsatisfiable",
  size: number,
): string {
  if (decision === "unsatisfiable") return `bytes */${size}`;
  return `bytes ${decision.offset}-${decision.end}/${size}`;
}
