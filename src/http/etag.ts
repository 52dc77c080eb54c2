/**
 * Entity-tags (RFC 9110 §8.8.3) and the lists carried by `If-Match` / `If-None-Match`
 * (§13.1.1, §13.1.2), parsed by a linear scanner that never throws.
 */

/** One entity-tag: its weakness and its opaque part, without the quotes. */
export interface EntityTag {
  weak: boolean;
  opaque: string;
}

/** A parsed `If-Match` / `If-None-Match` value: `*`, or a list of entity-tags. */
export type EntityTagList = { any: true } | { tags: EntityTag[] };

/**
 * Parses an `If-Match` / `If-None-Match` value: `"*"`, or a comma-separated list of entity-tags
 * with optional whitespace and empty elements; returns null when the value is malformed.
 *
 * `W/` is case-sensitive (RFC 9110 §8.8.3); opaque tags may hold `%x21 / %x23-7E` and non-ASCII.
 * A value with no elements at all (`""`, `" , "`) is an empty list, which matches nothing.
 *
 * @example
 * parseEntityTagList('"a", W/"b"'); // { tags: [{ weak: false, opaque: "a" }, { weak: true, opaque: "b" }] }
 * parseEntityTagList("*");          // { any: true }
 * parseEntityTagList('"a');         // null
 */
export function parseEntityTagList(value: string): EntityTagList | null {
  // "*" stands alone, but empty list elements around it are ignored too (RFC 9110 §5.6.1).
  if (value.replace(/^[ \t,]+|[ \t,]+$/g, "") === "*") return { any: true };
  const tags: EntityTag[] = [];
  let pos = skipOws(value, 0);
  while (pos < value.length) {
    if (value[pos] === ",") {
      pos = skipOws(value, pos + 1);
      continue;
    }
    const scanned = scanEntityTag(value, pos);
    if (scanned === null) return null;
    tags.push(scanned.tag);
    pos = skipOws(value, scanned.next);
    if (pos < value.length && value[pos] !== ",") return null;
  }
  return { tags };
}

/**
 * Parses exactly one entity-tag (surrounding whitespace allowed); null when malformed.
 *
 * @example
 * parseEntityTag('W/"v1"'); // { weak: true, opaque: "v1" }
 */
export function parseEntityTag(value: string): EntityTag | null {
  const start = skipOws(value, 0);
  const scanned = scanEntityTag(value, start);
  if (scanned === null) return null;
  return skipOws(value, scanned.next) === value.length ? scanned.tag : null;
}

/** Strong comparison (§8.8.3.2): both strong and the same opaque characters. */
export function strongMatch(a: EntityTag, b: EntityTag): boolean {
  return !a.weak && !b.weak && a.opaque === b.opaque;
}

/** Weak comparison (§8.8.3.2): the same opaque characters, whatever their weakness. */
export function weakMatch(a: EntityTag, b: EntityTag): boolean {
  return a.opaque === b.opaque;
}

/** Scans `[W/] DQUOTE *etagc DQUOTE` starting at `pos`. */
function scanEntityTag(value: string, pos: number): { tag: EntityTag; next: number } | null {
  let weak = false;
  if (value.startsWith("W/", pos)) {
    weak = true;
    pos += 2;
  }
  if (value[pos] !== '"') return null;
  const close = value.indexOf('"', pos + 1);
  if (close === -1) return null;
  const opaque = value.slice(pos + 1, close);
  if (!isOpaque(opaque)) return null;
  return { tag: { weak, opaque }, next: close + 1 };
}

/**
 * etagc = %x21 / %x23-7E / obs-text; the closing quote is already excluded. workerd decodes
 * header bytes as UTF-8, so obs-text may arrive as any non-ASCII code point.
 */
function isOpaque(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code === 0x7f) return false;
  }
  return true;
}

function skipOws(value: string, pos: number): number {
  while (pos < value.length && (value[pos] === " " || value[pos] === "\t")) pos++;
  return pos;
}
