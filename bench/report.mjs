// The benchmark's output: per section a markdown table, printed and written with the machine, the
// versions and the section's own details and method to bench/results/<section>.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../scripts/lib/wrangler.mjs";

export const RESULTS_DIR = path.join(projectRoot, "bench", "results");

function packageVersion(name) {
  const file = path.join(projectRoot, "node_modules", name, "package.json");
  return JSON.parse(readFileSync(file, "utf8")).version;
}

/**
 * A markdown table of a section's rows: measurement, value, target and a verdict. A row's fourth
 * cell is `true`/`false` for a target met or missed, or text ("" for rows without a target).
 * @param {Array<[string, string, string, boolean | string]>} rows
 * @returns {string}
 */
export function markdownTable(rows) {
  const verdict = (ok) => (ok === true ? "✓ met" : ok === false ? "✗ **MISSED**" : ok);
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const header = ["measurement", "value", "target", "ok"];
  return [line(header), line(header.map(() => "---")), ...rows.map(([m, v, t, ok]) => line([m, v, t, verdict(ok)]))].join("\n");
}

/**
 * What the load average before a section says about its numbers: a load above the core count means other
 * processes were competing for the CPU when it started.
 * @param {number} before the 1-minute load average when the section started
 */
function loadNote(before) {
  const cores = os.availableParallelism();
  return before > cores
    ? `; at the start it was above the ${cores} cores: other processes competed for the CPU and the numbers are noisier than usual`
    : `; at the start it was below the ${cores} cores`;
}

/**
 * Writes bench/results/<name>.md: date, machine facts, versions, the table, the section's details.
 * @param {{ section: { name: string, title: string }, table: string, details: string, startedAt: Date,
 *   load: { before: number, after: number } }} run load: the 1-minute load average at the start and the end
 * @returns {string} the file's path
 */
export function writeSectionResults({ section, table, details, startedAt, load }) {
  const cpus = os.cpus();
  const text = `# Benchmark: ${section.title}

Produced by \`npm run bench -- ${section.name}\` (bench/sections/${section.name}.mjs) on ${startedAt.toISOString()}. Numbers from
\`wrangler dev\` (local workerd with miniflare's D1 and R2 simulators) on one small machine: they compare the API with
its floor on the same machine, in the same run, not with production Cloudflare.

## Machine

- CPU: ${cpus[0]?.model ?? "unknown"}, ${os.availableParallelism()} cores; ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM
- OS: ${os.type()} ${os.release()} (${os.arch()})
- Node ${process.version}, wrangler ${packageVersion("wrangler")}, workerd ${packageVersion("workerd")}
- 1-minute load average ${load.before.toFixed(2)} at the start, ${load.after.toFixed(2)} at the end (the end's includes the
  benchmark's own wrangler and load generator)${loadNote(load.before)}

## Results

${table}

${details}
`;
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${section.name}.md`);
  writeFileSync(file, text);
  return file;
}
