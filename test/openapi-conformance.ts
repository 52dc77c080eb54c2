import { Validator, type Schema } from "@cfworker/json-schema";
import { z } from "zod";
import { createApp } from "../src/app";
import { openApiDocument } from "../src/lib/openapi-document";

/**
 * Checks a response against the OpenAPI document the app serves: the operation (route template and
 * method), the status, the required headers, the content type and, for JSON, the body's JSON Schema
 * (draft 2020-12, by @cfworker/json-schema, which compiles no code and so runs inside workerd).
 * A path the document does not know must be a 404 `NOT_FOUND`, a method it does not list for a known
 * path a 405 `METHOD_NOT_ALLOWED`; so a route that is served but not documented fails the check.
 */

const HeaderSchema = z.looseObject({ required: z.boolean().optional() });
const ResponseSchema = z.looseObject({
  headers: z.record(z.string(), HeaderSchema).optional(),
  content: z.record(z.string(), z.looseObject({ schema: z.record(z.string(), z.unknown()).optional() })).optional(),
});
const OperationSchema = z.looseObject({ operationId: z.string(), responses: z.record(z.string(), ResponseSchema) });
const DocumentSchema = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
});

type Operation = z.infer<typeof OperationSchema>;
type ResponseSpec = z.infer<typeof ResponseSchema>;

/** The document as JSON, exactly as GET /openapi.json sends it. */
export const document = DocumentSchema.parse(JSON.parse(JSON.stringify(openApiDocument(createApp()))));

const METHODS = new Set(["get", "head", "post", "put", "patch", "delete", "options", "trace"]);

/** Path templates, most specific first (fewest parameters), each with a matcher. */
const templates = Object.keys(document.paths)
  .map((template) => ({
    template,
    params: (template.match(/\{/g) ?? []).length,
    pattern: new RegExp(`^${template.replace(/[.+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
  }))
  .sort((a, b) => a.params - b.params);

const defs = JSON.parse(JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"));
const validators = new Map<string, Validator>();

function validatorFor(key: string, schema: Record<string, unknown>): Validator {
  let validator = validators.get(key);
  if (!validator) {
    const root = JSON.parse(JSON.stringify(schema).replaceAll("#/components/schemas/", "#/$defs/"));
    const full: Schema = { ...root, $defs: defs };
    validators.set(key, (validator = new Validator(full, "2020-12", false)));
  }
  return validator;
}

/** The operation for a request, or why there is none. */
export function operationFor(method: string, pathname: string): { template: string; operation: Operation } | "no-path" | "no-method" {
  const matching = templates.filter((t) => t.pattern.test(pathname));
  if (matching.length === 0) return "no-path";
  for (const { template } of matching) {
    const item = document.paths[template] ?? {};
    const operation = item[method.toLowerCase()];
    if (operation && METHODS.has(method.toLowerCase())) return { template, operation: OperationSchema.parse(operation) };
  }
  return "no-method";
}

/** The path as the router matches it: percent-escapes decoded, as Hono decodes them (`medi%61` is `media`). */
function routedPath(url: string): string {
  const { pathname } = new URL(url);
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** Whether a response media type is covered by a documented media range (`audio/*`, `*∕*`). */
function mediaRangeFor(content: Record<string, unknown>, type: string): string | undefined {
  if (type in content) return type;
  const wildcard = `${type.split("/")[0]}/*`;
  if (wildcard in content) return wildcard;
  return "*/*" in content ? "*/*" : undefined;
}

async function bodyProblems(key: string, spec: ResponseSpec, request: Request, response: Response): Promise<string[]> {
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!spec.content) {
    return response.body === null || request.method === "HEAD" ? [] : [`has a body (${type}) but the document describes none`];
  }
  if (request.method === "HEAD") return [];
  const range = mediaRangeFor(spec.content, type);
  if (!range) return [`has Content-Type ${type || "(none)"}, not one of ${Object.keys(spec.content).join(", ")}`];
  const schema = spec.content[range]?.schema;
  if (!schema || !/^application\/(.+\+)?json$/.test(type)) return [];
  const text = await response.clone().text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [`says ${type} but its body is not JSON: ${text.slice(0, 200)}`];
  }
  const result = validatorFor(`${key} ${range}`, schema).validate(json);
  return result.valid
    ? []
    : [`body does not match its schema:\n${result.errors.map((e) => `  ${e.instanceLocation}: ${e.error}`).join("\n")}\nbody: ${text.slice(0, 500)}`];
}

/** Everything wrong with `response` as an answer to `request`, by the document; empty when it conforms. */
export async function documentProblems(request: Request, response: Response): Promise<string[]> {
  const pathname = routedPath(request.url);
  const found = operationFor(request.method, pathname);
  const status = String(response.status);
  if (found === "no-path" || found === "no-method") {
    const expected = found === "no-path" ? "404" : "405";
    return status === expected ? [] : [`${request.method} ${pathname} is not in the document, yet answered ${status}`];
  }
  const { template, operation } = found;
  const spec = operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? (response.status >= 500 ? operation.responses.default : undefined);
  const where = `${request.method} ${template} → ${status}`;
  if (!spec) return [`${where}: ${operation.operationId} does not document status ${status}`];
  const problems = Object.entries(spec.headers ?? {})
    .filter(([name, header]) => header.required && !response.headers.has(name))
    .map(([name]) => `lacks the required header ${name}`);
  problems.push(...(await bodyProblems(`${operation.operationId} ${status}`, spec, request, response)));
  return problems.map((p) => `${where}: ${p}`);
}

/** Throws, naming every problem, when `response` does not conform to the document. */
export async function assertConforms(request: Request, response: Response): Promise<void> {
  const problems = await documentProblems(request, response);
  if (problems.length > 0) throw new Error(`The response does not match the OpenAPI document:\n${problems.join("\n")}`);
}
