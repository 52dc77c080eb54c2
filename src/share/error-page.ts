import { escapeHtml as esc } from "../lib/html";
import { htmlPage } from "./layout";

const HEADINGS: Record<string, string> = {
  URL_EXPIRED: "This link has expired",
  SIGNATURE_INVALID: "This link is not valid",
  RECORDING_NOT_FOUND: "This recording is no longer available",
  MEDIA_NOT_FOUND: "This recording is no longer available",
  RECORDING_IN_PROGRESS: "This recording is not finished yet",
};

const ADVICE: Record<string, string> = {
  URL_EXPIRED: "Links to recordings work for a limited time. Ask the person who shared it for a new link.",
  SIGNATURE_INVALID: "The link may have been cut off or changed when it was copied. Ask the person who shared it for a new link.",
};

/** What the error page shows: the contract's error fields. */
export interface ErrorPage {
  status: number;
  errorCode: string;
  message: string;
  requestId: string;
  nonce: string;
}

/** A readable HTML page for an error a browser met on a signed link (expired, changed, gone). */
export function renderErrorPage(page: ErrorPage): string {
  const heading = HEADINGS[page.errorCode] ?? "This page cannot be shown";
  const advice = ADVICE[page.errorCode] ?? "";
  const body = `<h1>${esc(heading)}</h1>
<p>${esc(page.message)}</p>${advice ? `\n<p>${esc(advice)}</p>` : ""}
<p class="note">Error ${esc(page.status)} <code>${esc(page.errorCode)}</code> · request id <code>${esc(page.requestId)}</code></p>`;
  return htmlPage({ title: heading, nonce: page.nonce, body });
}
