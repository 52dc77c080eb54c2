// Keeps the benchmark tables in the docs equal to the latest run: each section's table in
// docs/benchmarks.md (between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->`), and the
// README's headline table (every row with a target, from every section) between
// `<!-- bench:headline:start -->` and `<!-- bench:headline:end -->`, and the tables of a section's details that
// other docs quote (COPIED below: the edge section's modelled latency, in the README and docs/operations.md,
// between `<!-- bench:edge-latency:start -->` and its end). `npm run bench` calls
// updateBenchmarkDocs after each section; `node bench/docs.mjs` rewrites both from bench/results/*.md;
// `node bench/docs.mjs --check` fails when they differ (scripts/check-docs.mjs runs it).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const BENCHMARKS_DOC = path.join(projectRoot, "docs", "benchmarks.md");
export const README = path.join(projectRoot, "README.md");
const OPERATIONS_DOC = path.join(projectRoot, "docs", "operations.md");
/** Tables of a section's results, below a `### ` heading, quoted in other docs between bench:<block> markers. */
const COPIED = [{ block: "edge-latency", section: "edge", heading: "### Modelled latency", docs: [README, OPERATIONS_DOC] }];
const RESULTS_DIR = path.join(projectRoot, "bench", "results");

const start = (name) => `<!-- bench:${name}:start -->`;
const end = (name) => `<!-- bench:${name}:end -->`;

/**
 * Replaces what lies between a block's markers; appends the block (under `heading`) when it is missing.
 * @param {string} text
 * @param {string} name
 * @param {string} content
 * @param {string} [heading] markdown put before a block that did not exist yet
 * @returns {string}
 */
export function replaceBlock(text, name, content, heading = "") {
  const from = text.indexOf(start(name));
  const to = text.indexOf(end(name));
  const block = `${start(name)}\n${content.trim()}\n${end(name)}`;
  if (from === -1 || to < from) return `${text.trimEnd()}\n\n${heading}${block}\n`;
  return text.slice(0, from) + block + text.slice(to + end(name).length);
}

/**
 * Every section block of docs/benchmarks.md, in document order: its name and its table's rows.
 * @param {string} text
 * @returns {Array<{ name: string, rows: string[][] }>}
 */
export function sectionBlocks(text) {
  const blocks = [];
  for (const match of text.matchAll(/<!-- bench:([a-z0-9-]+):start -->\n([\s\S]*?)<!-- bench:\1:end -->/g)) {
    if (match[1] === "headline") continue;
    const rows = match[2]
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .slice(2)
      .map((line) => line.slice(1, -1).split(" | ").map((cell) => cell.trim()));
    blocks.push({ name: match[1], rows });
  }
  return blocks;
}

/**
 * The README's headline: every row that has a target (not `(info)`), per section, linked to its table.
 * @param {Array<{ name: string, rows: string[][] }>} blocks
 * @returns {string}
 */
export function headlineTable(blocks) {
  const lines = ["| section | measurement | value | target | ok |", "| --- | --- | --- | --- | --- |"];
  for (const { name, rows } of blocks) {
    for (const [measurement, value, target, ok] of rows) {
      if (!target || target === "(info)") continue;
      lines.push(`| [${name}](docs/benchmarks.md#${name}) | ${measurement} | ${value} | ${target} | ${ok} |`);
    }
  }
  return lines.join("\n");
}

/**
 * The first table of bench/results/<name>.md after the line starting with `heading`, or null.
 * @param {string} name
 * @param {string} heading
 */
export function resultsSubtable(name, heading) {
  const file = path.join(RESULTS_DIR, `${name}.md`);
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const at = lines.findIndex((line) => line.startsWith(heading));
  if (at === -1) return null;
  const first = lines.findIndex((line, i) => i > at && line.startsWith("|"));
  if (first === -1) return null;
  const last = lines.findIndex((line, i) => i > first && !line.startsWith("|"));
  return lines.slice(first, last === -1 ? lines.length : last).join("\n");
}

/** The results table of bench/results/<name>.md, or null. */
export function resultsTable(name) {
  return resultsSubtable(name, "## Results");
}

/**
 * Every doc file as it should be (path → text), given section tables by name: docs/benchmarks.md, the
 * README's headline, and the COPIED tables where their markers are.
 */
function rewritten(tables, titles = {}) {
  let doc = readFileSync(BENCHMARKS_DOC, "utf8");
  for (const [name, table] of Object.entries(tables)) {
    const heading = `## ${name}\n\n${titles[name] ? `${titles[name]}.` : ""}\n\nFull results, per-round numbers and method: [bench/results/${name}.md](../bench/results/${name}.md).\n\n`;
    doc = replaceBlock(doc, name, table, heading);
  }
  const files = { [BENCHMARKS_DOC]: doc, [README]: replaceBlock(readFileSync(README, "utf8"), "headline", headlineTable(sectionBlocks(doc))) };
  for (const { block, section, heading, docs } of COPIED) {
    const table = resultsSubtable(section, heading);
    if (!table) continue;
    for (const file of docs) {
      const text = files[file] ?? readFileSync(file, "utf8");
      if (text.includes(`<!-- bench:${block}:start -->`)) files[file] = replaceBlock(text, block, table);
    }
  }
  return files;
}

/** @param {Record<string, string>} files */
function writeAll(files) {
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
}

/**
 * After a section ran: its table into docs/benchmarks.md, and the README's headline rebuilt.
 * @param {{ name: string, title: string }} section
 * @param {string} table
 */
export function updateBenchmarkDocs(section, table) {
  writeAll(rewritten({ [section.name]: table }, { [section.name]: section.title }));
}

/** Section tables of every bench/results/*.md, and their titles (`# Benchmark: <title>`). */
function allResultsTables() {
  const tables = {};
  const titles = {};
  for (const file of readdirSync(RESULTS_DIR).filter((f) => f.endsWith(".md")).sort()) {
    const name = file.slice(0, -3);
    const table = resultsTable(name);
    if (!table) continue;
    tables[name] = table;
    titles[name] = /^# Benchmark: (.*)$/m.exec(readFileSync(path.join(RESULTS_DIR, file), "utf8"))?.[1] ?? "";
  }
  return { tables, titles };
}

/**
 * Whether docs/benchmarks.md and the README's headline hold the tables of bench/results/*.md.
 * @returns {string[]} what differs (empty when nothing does)
 */
export function benchmarkDocsProblems() {
  const { tables, titles } = allResultsTables();
  const problems = [];
  for (const [file, text] of Object.entries(rewritten(tables, titles))) {
    if (text !== readFileSync(file, "utf8")) problems.push(`${path.relative(projectRoot, file)}'s benchmark tables differ from bench/results/*.md`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--check") {
    const problems = benchmarkDocsProblems();
    for (const problem of problems) console.error(`${problem}: run \`node bench/docs.mjs\``);
    process.exit(problems.length ? 1 : 0);
  }
  const { tables, titles } = allResultsTables();
  writeAll(rewritten(tables, titles));
  console.log("wrote the benchmark tables into docs/benchmarks.md, README.md and docs/operations.md");
}
