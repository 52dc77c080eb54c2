// Builds src/routes/docs/static-files.js: every file the Worker serves under /docs/ besides the page itself, as
// one ES module the Worker bundles (there is no static-assets directory; src/routes/docs/serve-file.ts serves them).
//  - /docs/vendor/swagger-ui/…: the API reference's renderer, Swagger UI, from the installed swagger-ui-dist
//    package, never from a CDN, so /docs works offline. The data: images in its stylesheet become files beside
//    it (img-<hash>.<ext>), so the page's Content-Security-Policy can allow images from the Worker's own origin only.
//  - /docs/init.js and /docs/reference.css: the page's own script and style (src/routes/docs/static/).
//  - /docs/<guide>.md: the guides, docs/*.md, so the links the OpenAPI document's descriptions carry
//    (`docs/uploads.md#…`, relative to /docs and /openapi.json) open on every deployment.
// Each file has its content type and a strong ETag (its SHA-256), both computed here. Gitignored: always rebuilt
// from node_modules and the committed sources, never committed; src/routes/docs/static-files.d.ts is its type.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** The generated module; src/routes/docs/docs.index.ts imports it. */
export const staticFilesPath = path.join(projectRoot, "src", "routes", "docs", "static-files.js");
/** The page's own script and stylesheet, committed. */
const pageFilesDir = path.join(projectRoot, "src", "routes", "docs", "static");
const guidesDir = path.join(projectRoot, "docs");
/** What is taken from swagger-ui-dist as it is (swagger-ui.css is rewritten, see externalizeDataUrls). */
const SWAGGER_UI_FILES = ["swagger-ui-bundle.js", "favicon-32x32.png", "LICENSE", "NOTICE"];

/** Content types by extension; a file without one (LICENSE, NOTICE) is plain text. */
const TYPES = {
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  "": "text/plain; charset=utf-8",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
};

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
    const extension = extensions[type];
    if (!extension) throw new Error(`swagger-ui.css: a data: URL of type ${type}, which /docs does not serve`);
    const name = `img-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${extension}`;
    write(name, bytes);
    return `url(${name})`;
  });
}

/**
 * One entry of the table: the content type by extension, the strong ETag, and the body as text (UTF-8
 * that encodes back to exactly these bytes) or else as base64.
 * @param {string} name
 * @param {Buffer} bytes
 */
function entry(name, bytes) {
  const extension = /\.([a-z0-9]+)$/.exec(name)?.[1] ?? "";
  const type = TYPES[/** @type {keyof typeof TYPES} */ (extension)];
  if (!type) throw new Error(`${name}: no content type for .${extension}`);
  const etag = `"${createHash("sha256").update(bytes).digest("hex")}"`;
  const text = type.startsWith("text/") ? bytes.toString("utf8") : undefined;
  if (text !== undefined && Buffer.from(text, "utf8").equals(bytes)) return { type, etag, text };
  return { type, etag, base64: bytes.toString("base64") };
}

/** Swagger UI's files by name, its stylesheet's images among them; and the package's version. */
function swaggerUiFiles() {
  const require = createRequire(path.join(projectRoot, "package.json"));
  const packageDir = path.dirname(require.resolve("swagger-ui-dist/package.json"));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8"));
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (const file of SWAGGER_UI_FILES) files.set(file, readFileSync(path.join(packageDir, file)));
  const css = readFileSync(path.join(packageDir, "swagger-ui.css"), "utf8").replace(/\/\*# sourceMappingURL=.*?\*\//g, "");
  files.set("swagger-ui.css", Buffer.from(externalizeDataUrls(css, (name, bytes) => files.set(name, bytes)), "utf8"));
  return { files, version };
}

/** The page's script and stylesheet, and every guide, by their names under /docs/. */
function docsFiles() {
  /** @type {Map<string, Buffer>} */
  const files = new Map();
  for (const file of readdirSync(pageFilesDir).sort()) files.set(file, readFileSync(path.join(pageFilesDir, file)));
  for (const guide of readdirSync(guidesDir).filter((f) => f.endsWith(".md")).sort()) {
    if (files.has(guide)) throw new Error(`docs/${guide} has the name of a file in src/routes/docs/static/`);
    files.set(guide, readFileSync(path.join(guidesDir, guide)));
  }
  return files;
}

/**
 * A `new Map([...])` expression of the entries, one line each.
 * @param {Map<string, Buffer>} files
 */
function mapSource(files) {
  const lines = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, bytes]) => `  [${JSON.stringify(name)}, ${JSON.stringify(entry(name, bytes))}],`);
  return `new Map([\n${lines.join("\n")}\n])`;
}

/** The generated module's source. */
export function staticFilesSource() {
  const swaggerUi = swaggerUiFiles();
  return (
    "// Generated by scripts/lib/static-files.mjs (`npm run build`) from swagger-ui-dist " +
    `${swaggerUi.version}, src/routes/docs/static/ and docs/*.md. Do not edit: gitignored and rebuilt.\n` +
    "// Each entry: the content type, a strong ETag (the SHA-256 of the bytes) and the body as text or base64.\n\n" +
    "/** /docs/<name>: the reference page's script and stylesheet, and the guides. */\n" +
    `export const DOCS_FILES = ${mapSource(docsFiles())};\n\n` +
    "/** /docs/vendor/swagger-ui/<name>: Swagger UI. */\n" +
    `export const SWAGGER_UI_FILES = ${mapSource(swaggerUi.files)};\n`
  );
}

/** Writes src/routes/docs/static-files.js unless it already holds exactly this (so `wrangler dev` does not rebuild for nothing). */
export function buildStaticFiles() {
  const source = staticFilesSource();
  if (existsSync(staticFilesPath) && readFileSync(staticFilesPath, "utf8") === source) return;
  writeFileSync(staticFilesPath, source);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildStaticFiles();
