// Just enough markdown and shell reading for scripts/check-docs.mjs: links outside code, heading
// anchors as GitHub makes them, ```sh blocks, and the method and path of each curl command in them.

const FENCE = /^\s*(```|~~~)/;

/**
 * The links of a markdown text, outside fenced code and code spans, with their 1-based line.
 * @param {string} text
 * @returns {Array<{ target: string, line: number }>}
 */
export function markdownLinks(text) {
  const links = [];
  let inFence = false;
  text.split("\n").forEach((raw, index) => {
    if (FENCE.test(raw)) inFence = !inFence;
    if (inFence || FENCE.test(raw)) return;
    const line = raw.replace(/`[^`]*`/g, "``");
    for (const match of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1], line: index + 1 });
  });
  return links;
}

/**
 * GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens.
 * @param {string} heading the heading's text (markdown)
 */
export function slug(heading) {
  return heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/**
 * Every anchor a markdown text offers: its headings' (repeats numbered -1, -2, … as GitHub does) and
 * explicit `<a id="…">` / `name="…"`.
 * @param {string} text
 * @returns {Set<string>}
 */
export function headingAnchors(text) {
  const anchors = new Set();
  const seen = new Map();
  let inFence = false;
  for (const line of text.split("\n")) {
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const base = slug(heading[1]);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count ? `${base}-${count}` : base);
    }
    for (const match of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  }
  return anchors;
}

/**
 * The ```sh (or bash, shell, console) blocks of a markdown text, with the line their first command is on.
 * @param {string} text
 * @returns {Array<{ text: string, line: number }>}
 */
export function shellBlocks(text) {
  const blocks = [];
  let current = null;
  text.split("\n").forEach((line, index) => {
    const fence = /^\s*```\s*([a-z]*)/.exec(line);
    if (fence && !current) current = { lang: fence[1], lines: [], line: index + 2 };
    else if (fence && current) {
      if (["sh", "bash", "shell", "console"].includes(current.lang)) blocks.push({ text: current.lines.join("\n"), line: current.line });
      current = null;
    } else if (current) current.lines.push(line);
  });
  return blocks;
}

/** Splits a shell command line into words, honouring quotes; stops at a comment. */
function words(line) {
  const out = [];
  let word = null;
  let quote = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === "\\" && quote === '"' && i + 1 < line.length) word += line[++i];
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      word ??= "";
    } else if (/\s/.test(ch)) {
      if (word !== null) out.push(word);
      word = null;
    } else if (ch === "#" && word === null) break;
    else if ("|;&()".includes(ch)) {
      if (word !== null) out.push(word);
      out.push(ch);
      word = null;
    } else word = (word ?? "") + ch;
  }
  if (word !== null) out.push(word);
  return out;
}

/** Curl options that take a value (so their value is not mistaken for the URL). */
const WITH_VALUE = new Set(["-H", "--header", "-d", "--data", "--data-binary", "--data-raw", "-o", "--output", "-u", "--user",
  "-X", "--request", "-T", "--upload-file", "-F", "--form", "-w", "--write-out", "-D", "--dump-header", "-m", "--max-time",
  "-r", "--range", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie", "-c", "--cookie-jar", "--connect-timeout"]);
const SENDS_BODY = new Set(["-d", "--data", "--data-binary", "--data-raw", "-F", "--form"]);

/**
 * The request path of a URL as written in an example, normalized: ids, `<placeholders>`, `$VARS`
 * and `…` become `{}`; the query and fragment are dropped. Null when the URL is not the API's: the API
 * is `$API` (or `${API}`), the local dev server (`localhost`/`127.0.0.1`, any port) or a bare path;
 * anything else (a webhook receiver, `"<download_url>"`, `$OTHER/…`) is left alone.
 * @param {string} url
 */
export function examplePath(url) {
  const match = /^(?:\$\{?API\}?|https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?)?(\/[^?#\s]*)/.exec(url);
  if (!match) return null;
  const placeholder = /^(<[^>]*>|\$\{?[A-Za-z_]\w*\}?|…|\.\.\.|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
  return match[1]
    .split("/")
    .map((segment, i) => (i > 0 && placeholder.test(segment) ? "{}" : segment))
    .join("/");
}

/**
 * The curl commands of a shell block: method, URL and normalized path, with the block-relative line.
 * Variables assigned in the block (`LOCATION=$API/v1/…`) are substituted.
 * @param {string} block
 * @returns {Array<{ method: string, url: string, path: string | null, line: number }>}
 */
export function curlOperations(block) {
  const vars = {};
  const commands = [];
  const lines = block.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i];
    while (/\\\s*$/.test(line) && i + 1 < lines.length) line = line.replace(/\\\s*$/, " ") + lines[++i];
    const assignment = /^\s*(?:export\s+)?([A-Za-z_]\w*)=(\S+)\s*(?:#.*)?$/.exec(line);
    if (assignment) vars[assignment[1]] = assignment[2];
    const tokens = words(line);
    for (let t = tokens.indexOf("curl"); t !== -1; t = tokens.indexOf("curl", t + 1)) {
      let method = null;
      let sendsBody = false;
      let url = null;
      for (let k = t + 1; k < tokens.length && !"|;&()".includes(tokens[k]); k++) {
        const token = tokens[k];
        if (token === "-X" || token === "--request") method = tokens[k + 1];
        if (token === "-I" || token === "--head" || /^-[a-zA-Z]*I[a-zA-Z]*$/.test(token)) method ??= "HEAD";
        if (SENDS_BODY.has(token)) sendsBody = true;
        if (WITH_VALUE.has(token)) k++;
        else if (!token.startsWith("-") && url === null) url = token;
      }
      if (url === null) continue;
      const expanded = url.replace(/\$\{?([A-Za-z_]\w*)\}?/g, (whole, name) => (name in vars && name !== "API" ? vars[name] : whole));
      commands.push({ method: (method ?? (sendsBody ? "POST" : "GET")).toUpperCase(), url, path: examplePath(expanded), line: start });
    }
  }
  return commands;
}
