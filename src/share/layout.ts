import { escapeHtml } from "../lib/html";

const STYLE = `
:root{color-scheme:light dark;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.5}
body{margin:0;padding:2rem 1rem;display:flex;justify-content:center}
main{width:100%;max-width:44rem}
h1{font-size:1.5rem;margin:0 0 1rem;overflow-wrap:anywhere}
audio,video{width:100%;margin:0 0 1rem}
video{max-height:70vh;background:#000}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.5rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
.button{display:inline-block;padding:.6rem 1.2rem;border-radius:.4rem;background:#1f6feb;color:#fff;text-decoration:none;font-weight:600}
.note{color:GrayText;font-size:.9rem}
`;

/** The parts of one of the service's small HTML pages; `head` and `body` are already-escaped HTML. */
export interface PageParts {
  title: string;
  nonce: string;
  head?: string;
  body: string;
}

/** A complete, self-contained HTML document (the title is escaped here; no scripts, one nonce'd style). */
export function htmlPage({ title, nonce, head = "", body }: PageParts): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex,nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>${head}
<style nonce="${escapeHtml(nonce)}">${STYLE}</style>
</head><body><main>
${body}
</main></body></html>`;
}
