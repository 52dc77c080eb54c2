import { createRouter } from "../../lib/create-router";
import { API_TITLE, API_VERSION, openApiDocument, registerSharedComponents } from "../../lib/openapi-document";
import type { AppOpenAPI } from "../../lib/types";
import * as routes from "./docs.routes";
import { docsFiles } from "./serve-file";

/**
 * The reference page: Swagger UI served by this Worker (copied from swagger-ui-dist at build time into
 * static-files.js, with the page's script and stylesheet and the guides), started by a script file, so
 * nothing inline and nothing from another origin.
 */
const REFERENCE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${API_TITLE} reference</title>
<link rel="icon" type="image/png" href="/docs/vendor/swagger-ui/favicon-32x32.png">
<link rel="stylesheet" href="/docs/vendor/swagger-ui/swagger-ui.css">
<link rel="stylesheet" href="/docs/reference.css">
</head>
<body>
<div id="reference"></div>
<script src="/docs/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/** Only this origin, for everything the page loads, runs, fetches or shows. */
export const REFERENCE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * Adds `GET /` (a pointer to the reference), `GET /openapi.json` (generated from the routes' own zod
 * schemas), `GET /docs` (Swagger UI on it) and the files under `/docs/` (Swagger UI's, the page's script
 * and stylesheet, the guides) to `app`, and the security schemes they name.
 */
export function registerDocs(app: AppOpenAPI): void {
  registerSharedComponents(app);
  let doc: ReturnType<typeof openApiDocument> | undefined;
  const docs = createRouter()
    .openapi(routes.index, (c) => c.json({ name: API_TITLE, version: API_VERSION, docs: "/docs", openapi: "/openapi.json" }, 200))
    .openapi(routes.document, (c) => c.json((doc ??= openApiDocument(app)), 200))
    .openapi(routes.reference, (c) => {
      c.header("Content-Security-Policy", REFERENCE_CSP);
      c.header("X-Content-Type-Options", "nosniff");
      return c.html(REFERENCE_HTML, 200);
    });
  // The files under /docs/: two operations in the document, one middleware serving them (serve-file.ts says why).
  docs.openAPIRegistry.registerPath(routes.docsFile);
  docs.openAPIRegistry.registerPath(routes.swaggerUiFile);
  docs.use("/docs/*", docsFiles());
  app.route("/", docs);
}
