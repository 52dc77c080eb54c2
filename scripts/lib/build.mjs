// Everything the Worker is built from that is not committed, made from installed packages: the static
// assets (scripts/lib/assets.mjs) and the SHA-256 WebAssembly binary (scripts/lib/sha256-wasm.mjs).
// wrangler runs this before every `wrangler dev` and `wrangler deploy` ([build] in wrangler.toml); the
// tests' configuration and the scripts that start wrangler call it too.
import { fileURLToPath } from "node:url";
import { buildAssets } from "./assets.mjs";
import { buildSha256Wasm } from "./sha256-wasm.mjs";

/** Builds both; cheap when nothing changed. */
export function buildGenerated() {
  buildAssets();
  buildSha256Wasm();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildGenerated();
