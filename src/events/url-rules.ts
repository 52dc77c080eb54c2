// Which URLs a webhook endpoint may have (contract section 11). Pure.

/** The longest endpoint URL accepted. */
export const MAX_URL_LENGTH = 2000;

/** Whether `hostname` (as URL parses it) is a loopback host: localhost, 127.0.0.0/8 or [::1]. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === "[::1]";
}

/**
 * Why `text` cannot be an endpoint URL, or null when it can: it must be an absolute `https:` URL
 * (`http:` only to a loopback host, and only when `allowHttpLoopback`), without credentials or a
 * fragment, at most {@link MAX_URL_LENGTH} characters.
 */
export function webhookUrlProblem(text: string, allowHttpLoopback: boolean): string | null {
  if (text.length > MAX_URL_LENGTH) return `Must be at most ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Must be an absolute URL";
  }
  if (url.username || url.password) return "Must not contain credentials";
  if (url.hash) return "Must not contain a fragment";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:") {
    if (allowHttpLoopback && isLoopbackHost(url.hostname)) return null;
    return allowHttpLoopback ? "http: is allowed only to loopback hosts; use https:" : "Must use https:";
  }
  return "Must use https:";
}

/** Reads WEBHOOK_ALLOW_HTTP_LOOPBACK: "true" only for local development (`npm run dev`, the tests). */
export function allowsHttpLoopback(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === "true";
}
