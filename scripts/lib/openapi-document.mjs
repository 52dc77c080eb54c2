// Builds the OpenAPI document from the code, in Node and without wrangler: esbuild bundles the app
// (src/ has no workerd-only imports), and the document is asked of it exactly as GET /openapi.json does.
import path from "node:path";
import { build } from "esbuild";
import { projectRoot } from "./wrangler.mjs";

/**
 * The OpenAPI document of the app, as `GET /openapi.json` serves it.
 * @returns {Promise<Record<string, unknown>>}
 */
export async function buildOpenApiDocument() {
  const result = await build({
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
