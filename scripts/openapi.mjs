#!/usr/bin/env node
// The OpenAPI document from the code, without wrangler.
//   node scripts/openapi.mjs dump [file]      write it (default .openapi/openapi.json)
//   node scripts/openapi.mjs types            regenerate e2e/api-types.ts (openapi-typescript) from it
//   node scripts/openapi.mjs types --check    fail when e2e/api-types.ts is not what the code generates
//   node scripts/openapi.mjs lint             dump it, then Redocly (recommended) and Spectral (spectral:oas):
//                                             any error or warning fails (exceptions: redocly.yaml, .spectral.yaml)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildOpenApiDocument } from "./lib/openapi-document.mjs";
import { projectRoot } from "./lib/wrangler.mjs";

const TYPES_FILE = path.join(projectRoot, "e2e", "api-types.ts");
const DUMP_FILE = path.join(projectRoot, ".openapi", "openapi.json");
const bin = (name) => path.join(projectRoot, "node_modules", ".bin", name);
// Offline: no telemetry, no update checks.
const lintEnv = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };

/** Writes the document where the linters (and .redocly.lint-ignore.yaml) expect it. */
function dump(doc, file = DUMP_FILE) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  return path.relative(projectRoot, file);
}

/** Runs a linter; returns whether it passed, having shown its report. */
function run(name, args) {
  try {
    execFileSync(bin(name), args, { cwd: projectRoot, env: lintEnv, stdio: "inherit" });
    return true;
  } catch {
    return false;
  }
}

/** Redocly exits 0 on warnings: count them from its JSON report, then show the readable one. */
function redoclyClean(file) {
  const args = ["lint", file, "--format=json"];
  let report;
  try {
    report = JSON.parse(execFileSync(bin("redocly"), args, { cwd: projectRoot, env: lintEnv, stdio: ["ignore", "pipe", "ignore"] }).toString());
  } catch (error) {
    report = JSON.parse(error.stdout?.toString() || '{"totals":{"errors":1}}');
  }
  run("redocly", ["lint", file, "--format=stylish"]);
  return report.totals.errors === 0 && report.totals.warnings === 0;
}

/** TypeScript types of the document's paths, operations and components (openapi-typescript). */
async function generateTypes(doc) {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const ts = (await import("typescript")).default;
  // Binary bodies (uploads, media) as Blob, so a typed client sends and receives bytes without casts.
  const transform = (schema) =>
    schema.format === "binary" ? ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob")) : undefined;
  const header =
    "// Generated from the OpenAPI document by `npm run openapi:types` (openapi-typescript). Do not edit.\n" +
    "// `npm run openapi:check` (in .ci/run) fails when it is not what the code generates.\n\n";
  // defaultNonNullable: false: a field with a default may be left out of a request (`limit`, `permanent`).
  return header + astToString(await openapiTS(doc, { alphabetize: false, exportType: false, defaultNonNullable: false, transform }));
}

const [command = "dump", arg] = process.argv.slice(2);
const doc = await buildOpenApiDocument();
if (command === "dump") {
  console.log(`wrote ${dump(doc, arg && path.resolve(arg))}`);
} else if (command === "lint") {
  const file = dump(doc);
  const redocly = redoclyClean(file);
  const spectral = run("spectral", ["lint", file, "--fail-severity=warn", "--ruleset", ".spectral.yaml"]);
  if (!redocly || !spectral) {
    console.error("The OpenAPI document has lint errors or warnings (see above).");
    process.exit(1);
  }
  console.log("Redocly and Spectral: no errors, no warnings.");
} else if (command === "types") {
  const types = await generateTypes(doc);
  if (arg === "--check") {
    let current = "";
    try {
      current = readFileSync(TYPES_FILE, "utf8");
    } catch {}
    if (current !== types) {
      console.error("e2e/api-types.ts is out of date with the OpenAPI document: run `npm run openapi:types` and commit it.");
      process.exit(1);
    }
    console.log("e2e/api-types.ts matches the OpenAPI document");
  } else {
    writeFileSync(TYPES_FILE, types);
    console.log("wrote e2e/api-types.ts");
  }
} else {
  console.error(`unknown command ${command}: use dump [file] | types [--check] | lint`);
  process.exit(2);
}
