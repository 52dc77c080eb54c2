/** Escapes text for HTML element content and quoted attribute values (`& < > " '`). */
export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** A fresh nonce for one page's inline `<style>`. */
export function styleNonce(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/**
 * The strict `Content-Security-Policy` of the service's own HTML pages: nothing loads or runs but the
 * nonce'd inline style and the `extra` sources named (e.g. `media-src 'self'`); no scripts at all, no
 * base or form targets, never framed.
 */
export function pageCsp(nonce: string, ...extra: string[]): string {
  return [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    ...extra,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
