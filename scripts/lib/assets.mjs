// Builds the Worker's static assets (public/, `[assets]` in wrangler.toml): copies the API reference's
// renderer, Swagger UI, from the installed swagger-ui-dist package into public/docs/vendor/swagger-ui/,
// never from a CDN, so /docs works offline. The data: images in its stylesheet become files beside it,
// so the page's Content-Security-Policy can allow images from the Worker's own origin only. It also copies
// the guides (docs/*.md) into public/docs/, so the links the OpenAPI document's descriptions carry
// (`docs/uploads.md#…`, relative to /docs and /openapi.json) open on every deployment.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where the copied renderer lives (gitignored; rebuilt from node_modules). */
export const vendorDir = path.join(projectRoot, "public", "docs", "vendor", "swagger-ui");
const FILES = ["swagger-ui-bundle.js", "favicon-32x32.png", "LICENSE", "NOTICE"];

/**
 * Moves each `url(data:…)` of a stylesheet into its own file; returns the rewritten CSS.
 * @param {string} css
 * @param {(name: string, bytes: Buffer) => void} write
 */
export function externalizeDataUrls(css, write) {
  return css.replace(/url\((["']?)data:([^;,]+)(;charset=[^;,]+)?(;base64)?,(.*?)\1\)/g, (_match, _q, type, _cs, b64, data) => {
    const bytes = b64 ? Buffer.from(data, "base64") : Buffer.from(decodeURIComponent(data.replace(/\\"/g, '"')), "utf8");
    /** @type {Record<string, string>} */
    const extensions = { "image/svg+xml": "svg", "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif" };
    const extension = extensions[type] ?? "bin";
    const name = `img-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${extension}`;
    write(name, bytes);
    return `url(${name})`;
  });
}

/** Where the guides are served from: /docs/<guide>.md (gitignored copies of docs/*.md). */
export const guidesDir = path.join(projectRoot, "public", "docs");

/** Copies every guide, docs/*.md, into public/docs/ (and removes copies of guides that are gone). */
export function copyGuides() {
  const source = path.join(projectRoot, "docs");
  const guides = readdirSync(source).filter((f) => f.endsWith(".md"));
  for (const stale of readdirSync(guidesDir).filter((f) => f.endsWith(".md") && !guides.includes(f))) rmSync(path.join(guidesDir, stale));
  for (const guide of guides) writeFileSync(path.join(guidesDir, guide), readFileSync(path.join(source, guide)));
}

/** Copies the guides, and Swagger UI into public/docs/vendor/swagger-ui/ unless the same version is already there. */
export function buildAssets() {
  copyGuides();
  const require = createRequire(path.join(projectRoot, "package.json"));
  const packageDir = path.dirname(require.resolve("swagger-ui-dist/package.json"));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  const stamp = path.join(vendorDir, "VERSION");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === version) return;
  rmSync(vendorDir, { recursive: true, force: true });
  mkdirSync(vendorDir, { recursive: true });
  for (const file of FILES) writeFileSync(path.join(vendorDir, file), readFileSync(path.join(packageDir, file)));
  const css = readFileSync(path.join(packageDir, "swagger-ui.css"), "utf8").replace(/\/\*# sourceMappingURL=.*?\*\//g, "");
  writeFileSync(
    path.join(vendorDir, "swagger-ui.css"),
    externalizeDataUrls(css, (name, bytes) => writeFileSync(path.join(vendorDir, name), bytes)),
  );
  writeFileSync(stamp, version);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildAssets();
