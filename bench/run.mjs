// `npm run bench [-- section …]`: runs the benchmark sections (all, or those named) against `wrangler
// dev` on 127.0.0.1, each on its own fresh local storage, each measuring the API against a floor in
// the same run. Prints a markdown table per section and writes it, with the method, to
// bench/results/<section>.md, its table to docs/benchmarks.md and the README's headline (bench/docs.mjs). See bench/README.md.
// Exits 0 when a target is missed (the table says so); non-zero when a section cannot run.
// BENCH_KEEP=1 keeps bench/.state/run-*/ (state and wrangler logs); other knobs are per section.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { projectRoot } from "../scripts/lib/wrangler.mjs";
import { sectionContext } from "./context.mjs";
import { closeLoad } from "./load.mjs";
import { updateBenchmarkDocs } from "./docs.mjs";
import { markdownTable, writeSectionResults } from "./report.mjs";
import { SECTIONS } from "./sections/index.mjs";

const log = (line) => console.log(line);
/** @type {Array<() => Promise<void>>} */
const cleanups = [];

function chosenSections(names) {
  const unknown = names.filter((name) => !SECTIONS.some((s) => s.name === name));
  if (unknown.length) throw new Error(`Unknown section(s) ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.name).join(", ")}`);
  return names.length ? SECTIONS.filter((s) => names.includes(s.name)) : SECTIONS;
}

async function runSection(section, runDir) {
  const startedAt = new Date();
  const loadBefore = os.loadavg()[0];
  const t0 = performance.now();
  log(`\n== ${section.name}: ${section.title}`);
  const ctx = sectionContext({ runDir, log });
  cleanups.push(ctx.stopAll);
  try {
    const { rows, allMet, details } = await section.run(ctx);
    const table = markdownTable(rows);
    const file = writeSectionResults({ section, table, details, startedAt, load: { before: loadBefore, after: os.loadavg()[0] } });
    updateBenchmarkDocs(section, table);
    log(`\n${table}\n`);
    log(`${allMet ? "All targets met" : "TARGET MISSED: see the ✗ rows above"} (${((performance.now() - t0) / 1000).toFixed(0)} s). Written to ${path.relative(projectRoot, file)}`);
    return allMet;
  } finally {
    await ctx.stopAll();
  }
}

async function main() {
  const sections = chosenSections(process.argv.slice(2));
  const stateDir = path.join(projectRoot, "bench", ".state");
  mkdirSync(stateDir, { recursive: true });
  const runDir = mkdtempSync(path.join(stateDir, "run-"));
  log(`Benchmark state and wrangler logs: ${path.relative(projectRoot, runDir)}`);
  let ok = false;
  const missed = [];
  try {
    for (const section of sections) if (!(await runSection(section, runDir))) missed.push(section.name);
    ok = true;
  } finally {
    await closeLoad();
    if (ok && !process.env.BENCH_KEEP) rmSync(runDir, { recursive: true, force: true });
    else log(`Kept ${path.relative(projectRoot, runDir)} (state and wrangler logs).`);
  }
  log(missed.length ? `\nTargets missed in: ${missed.join(", ")}` : "\nEvery target met.");
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    log(`\n${signal}: stopping wrangler…`);
    Promise.allSettled(cleanups.map((stop) => stop())).finally(() => process.exit(130));
  });
}

main().catch((error) => {
  console.error(`\nThe benchmark could not run: ${error.stack ?? error}`);
  process.exitCode = 1;
});
