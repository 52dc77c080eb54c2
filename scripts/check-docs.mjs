#!/usr/bin/env node
// `npm run docs:check`: the docs cannot point nowhere.
//  - every relative link in README.md, docs/*.md and bench/README.md names a file that exists, and its
//    #anchor (when the target is markdown) a heading of that file;
//  - every curl example in their ```sh blocks that calls the API ($API/…, the local dev server) is an
//    operation of the OpenAPI document the code generates (method and path; ids and placeholders fill
//    path parameters);
//  - every link in the document's descriptions names a guide (docs/…, as the Worker serves them) and a
//    heading that exist;
//  - the benchmark tables in docs/benchmarks.md and the README are those of bench/results/*.md.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { benchmarkDocsProblems } from "../bench/docs.mjs";
import { curlOperations, headingAnchors, markdownLinks, shellBlocks } from "./lib/markdown.mjs";
import { buildOpenApiDocument } from "./lib/openapi-document.mjs";
import { projectRoot } from "./lib/wrangler.mjs";

/** Paths that are not the API's but that the docs may call: wrangler's scheduled-event test endpoint. */
const NOT_API_PATHS = ["/__scheduled"];

const docsDir = path.join(projectRoot, "docs");
const files = [
  "README.md",
  "bench/README.md",
  ...readdirSync(docsDir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];
const problems = [];
const anchorCache = new Map();

/** The anchors of a markdown file (cached). */
function anchorsOf(file) {
  if (!anchorCache.has(file)) anchorCache.set(file, headingAnchors(readFileSync(file, "utf8")));
  return anchorCache.get(file);
}

/** Checks one relative link from `fromFile` (repository-relative); returns a problem or null. */
function linkProblem(fromFile, target) {
  const [rawPath, anchor] = target.split("#", 2);
  const resolved = rawPath ? path.resolve(path.dirname(path.join(projectRoot, fromFile)), decodeURI(rawPath)) : path.join(projectRoot, fromFile);
  if (!resolved.startsWith(projectRoot)) return `${target} leaves the repository`;
  if (!existsSync(resolved)) return `${target}: no such file`;
  if (anchor && resolved.endsWith(".md") && statSync(resolved).isFile() && !anchorsOf(resolved).has(anchor)) {
    return `${target}: no heading with the anchor #${anchor} in ${path.relative(projectRoot, resolved)}`;
  }
  return null;
}

/** Whether the document has an operation `method` on `examplePath` (`{}` segments are ids and placeholders, which fill parameters). */
function documented(doc, method, examplePath) {
  const segments = examplePath.split("/").slice(1);
  return Object.entries(doc.paths).some(([template, item]) => {
    const parts = template.split("/").slice(1);
    if (parts.length !== segments.length) return false;
    // A placeholder fills a parameter; a literal segment is a literal of the path (so a typo cannot pass as an id).
    const matches = parts.every((part, i) => (part.startsWith("{") ? segments[i] === "{}" : segments[i] === part));
    return matches && Object.hasOwn(item, method.toLowerCase());
  });
}

const doc = await buildOpenApiDocument();
let links = 0;
let curls = 0;
for (const file of files) {
  const text = readFileSync(path.join(projectRoot, file), "utf8");
  for (const { target, line } of markdownLinks(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
    links++;
    const problem = linkProblem(file, target);
    if (problem) problems.push(`${file}:${line}: ${problem}`);
  }
  for (const block of shellBlocks(text)) {
    for (const op of curlOperations(block.text)) {
      if (!op.path || NOT_API_PATHS.includes(op.path)) continue; // not the API's URL (see examplePath)
      curls++;
      const where = `${file}:${block.line + op.line}`;
      if (!documented(doc, op.method, op.path))
        problems.push(`${where}: ${op.method} ${op.path} is not an operation of the OpenAPI document`);
    }
  }
}

// Links in the document: relative to /docs and /openapi.json, which is the repository's root for docs/….
let docLinks = 0;
const descriptions = [];
(function walk(value, at) {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}/${i}`));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, `${at}/${k}`);
  else if (typeof value === "string" && /\]\(/.test(value)) descriptions.push({ text: value, at });
})(doc, "#");
for (const { text, at } of descriptions) {
  for (const { target } of markdownLinks(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    docLinks++;
    if (!target.startsWith("docs/")) problems.push(`OpenAPI ${at}: ${target}: link a guide as docs/<guide>.md (served at /docs/<guide>.md)`);
    else {
      const problem = linkProblem("README.md", target);
      if (problem) problems.push(`OpenAPI ${at}: ${problem}`);
    }
  }
}

problems.push(...benchmarkDocsProblems().map((p) => `${p}: run \`node bench/docs.mjs\``));

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} problem(s) in the docs.`);
  process.exit(1);
}
console.log(
  `docs: ${links} relative links in ${files.length} files resolve; ${curls} curl examples are operations of the OpenAPI document; ` +
    `${docLinks} guide links in the document resolve; the benchmark tables match bench/results/.`,
);
