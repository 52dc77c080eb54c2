// Builds src/tus/wasm/sha256.wasm, the resumable uploads' SHA-256 (src/tus/sha256.ts), from the installed
// hash-wasm package (MIT; its C source, src/sha256.c, and LICENSE ship in the package): the package carries
// the compiled WebAssembly as base64 inside dist/sha256.umd.min.js, and compiles it at run time, which
// Workers forbid. This takes the same bytes out at build time, so wrangler bundles them as a compiled
// module (`import … from "./wasm/sha256.wasm"`). Gitignored: always rebuilt from node_modules, never committed.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where the binary goes; src/tus/sha256.ts imports it. */
export const sha256WasmPath = path.join(projectRoot, "src", "tus", "wasm", "sha256.wasm");

/**
 * The SHA-256 WebAssembly binary inside hash-wasm's bundle, checked against the short SHA-1 the bundle
 * records for it (hash-wasm's own check that a binary and its saved states belong together).
 * @returns {{ bytes: Buffer, version: string }}
 */
export function readSha256Wasm() {
  const require = createRequire(path.join(projectRoot, "package.json"));
  const packageDir = path.dirname(require.resolve("hash-wasm/package.json"));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const bundle = readFileSync(path.join(packageDir, "dist", "sha256.umd.min.js"), "utf8");
  const found = /name:"sha256",data:"([A-Za-z0-9+/=]+)",hash:"([0-9a-f]{8})"/.exec(bundle);
  if (!found) throw new Error(`hash-wasm ${version}: no SHA-256 binary found in dist/sha256.umd.min.js`);
  const bytes = Buffer.from(found[1], "base64");
  const sha1 = createHash("sha1").update(bytes).digest("hex");
  if (!sha1.startsWith(found[2])) throw new Error(`hash-wasm ${version}: the SHA-256 binary does not match its recorded hash ${found[2]}`);
  return { bytes, version };
}

/** Writes src/tus/wasm/sha256.wasm unless it already holds the installed package's bytes. */
export function buildSha256Wasm() {
  const { bytes } = readSha256Wasm();
  if (existsSync(sha256WasmPath) && readFileSync(sha256WasmPath).equals(bytes)) return;
  mkdirSync(path.dirname(sha256WasmPath), { recursive: true });
  writeFileSync(sha256WasmPath, bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildSha256Wasm();
