// Builds the OpenAPI document from the code, in Node and without wrangler: esbuild bundles the app
// (src/ has no workerd-only imports), and the document is asked of it exactly as GET /openapi.json does.
import { readFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { buildGenerated } from "./build.mjs";
import { projectRoot } from "./wrangler.mjs";

/**
 * `import module from "….wasm"` as wrangler bundles it (a compiled WebAssembly.Module), for Node: the
 * bytes inline, compiled when the bundle loads.
 * @type {import("esbuild").Plugin}
 */
const compiledWasm = {
  name: "compiled-wasm",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.wasm$/ }, (args) => ({
      contents: `export default new WebAssembly.Module(Uint8Array.from(atob(${JSON.stringify(readFileSync(args.path).toString("base64"))}), (c) => c.charCodeAt(0)));`,
      loader: "js",
    }));
  },
};

/**
 * The OpenAPI document of the app, as `GET /openapi.json` serves it.
 * @returns {Promise<Record<string, unknown>>}
 */
export async function buildOpenApiDocument() {
  buildGenerated(); // the app imports src/routes/docs/static-files.js and src/tus/wasm/sha256.wasm
  const result = await build({
    plugins: [compiledWasm],
    stdin: {
      contents: `export { createApp } from "./src/app.ts"; export { openApiDocument } from "./src/lib/openapi-document.ts";`,
      resolveDir: projectRoot,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "import"],
    external: ["node:*"],
    write: false,
    logLevel: "silent",
    absWorkingDir: projectRoot,
    tsconfig: path.join(projectRoot, "tsconfig.json"),
  });
  const code = result.outputFiles[0]?.text ?? "";
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  return JSON.parse(JSON.stringify(module.openApiDocument(module.createApp())));
}
