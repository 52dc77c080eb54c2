// Everything the Worker is built from that is not committed, made from installed packages and committed
// sources: the files it serves under /docs/ (src/routes/docs/static-files.js, scripts/lib/static-files.mjs)
// and the SHA-256 WebAssembly binary (src/tus/wasm/sha256.wasm, scripts/lib/sha256-wasm.mjs). wrangler runs
// this before every `wrangler dev` and `wrangler deploy` ([build] in wrangler.toml); the tests' configuration,
// the OpenAPI scripts and the scripts that start wrangler call it too.
import { fileURLToPath } from "node:url";
import { buildSha256Wasm } from "./sha256-wasm.mjs";
import { buildStaticFiles } from "./static-files.mjs";

/** Builds both; cheap when nothing changed, and rewrites neither when nothing changed. */
export function buildGenerated() {
  buildStaticFiles();
  buildSha256Wasm();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildGenerated();
