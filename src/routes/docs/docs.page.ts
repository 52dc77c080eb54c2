import { escapeHtml } from "../../lib/html";

/** The parts of an OpenAPI 3.1 document the reference page shows. */
interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string }>;
  security?: Record<string, unknown>[];
}
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

const esc = escapeHtml;

/** Escaped prose with `code` spans, the only markdown the descriptions use. */
const prose = (text: unknown) => esc(text).replace(/`([^`]+)`/g, "<code>$1</code>");

const slug = (method: string, path: string) => `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-");

function schemaText(schema: unknown): string {
  const ref = (schema as { $ref?: string })?.$ref;
  if (ref) return `<a href="#schema-${esc(ref.split("/").pop())}">${esc(ref.split("/").pop())}</a>`;
  return `<code>${esc(JSON.stringify(schema))}</code>`;
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? "yes" : ""}</td><td>${schemaText(p.schema)} ${prose(p.description)}</td></tr>`)
    .join("");
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, c]) => `<li><code>${esc(type)}</code>: ${schemaText(c.schema)}</li>`)
    .join("");
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => `<li><strong>${esc(status)}</strong> ${prose(r.description)}</li>`)
    .join("");
  const auth = op.security?.map((s) => Object.keys(s).join(" + ")).join(" or ");
  return `<section id="${slug(method, path)}"><h3><span class="m ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h3>
<p><strong>${esc(op.summary)}</strong></p>${op.description ? `<p>${prose(op.description)}</p>` : ""}
${auth ? `<p>Auth: ${esc(auth)}</p>` : ""}
${params ? `<table><tr><th>Parameter</th><th>In</th><th>Required</th><th>Schema</th></tr>${params}</table>` : ""}
${body ? `<p>Request body:</p><ul>${body}</ul>` : ""}<p>Responses:</p><ul>${responses}</ul></section>`;
}

/**
 * Renders the OpenAPI document as one self-contained HTML reference (no scripts, no external assets),
 * so it works offline and under a strict Content-Security-Policy.
 */
export function renderDocs(doc: OpenApiDocument, nonce: string): string {
  const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );
  const nav = ops
    .map(({ method, path, op }) => `<li><a href="#${slug(method, path)}">${esc(method.toUpperCase())} ${esc(path)}</a><br><small>${esc(op.summary)}</small></li>`)
    .join("");
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><pre>${esc(JSON.stringify(s, null, 2))}</pre></section>`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} reference</title><style nonce="${nonce}">
body{font:15px/1.5 system-ui,sans-serif;margin:0;display:flex;color:#1d2330}nav{width:300px;height:100vh;overflow:auto;position:sticky;top:0;background:#f4f6fa;padding:1rem;box-sizing:border-box}
nav ul{list-style:none;padding:0}nav li{margin:.4rem 0;overflow-wrap:anywhere}main{flex:1;padding:1rem 2rem;max-width:60rem}section{border-bottom:1px solid #e3e7ef;padding:.5rem 0}
.m{display:inline-block;min-width:4.5rem;padding:0 .4rem;border-radius:4px;color:#fff;font-size:.8rem;text-align:center}.get{background:#2f7d32}.post{background:#1565c0}.patch{background:#8d6e00}.delete{background:#b3261e}.head{background:#555}
table{border-collapse:collapse}td,th{border:1px solid #e3e7ef;padding:.2rem .5rem;text-align:left;vertical-align:top}pre{background:#f4f6fa;padding:.5rem;overflow:auto}code{word-break:break-all}
</style></head><body><nav><strong>${esc(doc.info.title)}</strong> <small>${esc(doc.info.version)}</small><p><a href="/openapi.json">openapi.json</a></p><ul>${nav}</ul></nav>
<main><h1>${esc(doc.info.title)}</h1><p>${prose(doc.info.description)}</p>${ops.map(({ method, path, op }) => operationHtml(method, path, op)).join("")}
<h2>Schemas</h2>${schemas}</main></body></html>`;
}
