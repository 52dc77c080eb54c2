import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { validationError, type ErrorDetail } from "./errors";
import { SplitRouter } from "./router";
import type { AppBindings } from "./types";

const LOCATIONS: Record<string, string> = { json: "body", query: "query", param: "path", header: "header" };

/** Turns zod issues into the contract's `details`, one entry per problem, located by where it came from. */
export function zodDetails(target: string, error: z.ZodError): ErrorDetail[] {
  const where = LOCATIONS[target] ?? target;
  return error.issues.flatMap((issue): ErrorDetail[] => {
    const loc = [where, ...issue.path.map((p) => (typeof p === "number" ? p : String(p)))];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ loc: [...loc, key], msg: "Unknown field", type: issue.code }));
    }
    return [{ loc, msg: issue.message, type: issue.code }];
  });
}

/**
 * Whether a route's request-header schema only documents headers: every field an optional string with no
 * check. Validating it can never fail, and would only copy every request header into an object (measured:
 * about 4 % of a keyed media read's CPU); the handlers read such headers (ranges, conditionals, digests)
 * themselves, as RFC 9110 says, ignoring malformed ones.
 */
export function documentsOnly(headers: unknown): boolean {
  if (!(headers instanceof z.ZodObject)) return false;
  return Object.values(headers.shape as Record<string, z.ZodType>).every((field) => {
    if (!(field instanceof z.ZodOptional)) return false;
    const inner = field.unwrap();
    return inner instanceof z.ZodString && (inner._zod.def.checks ?? []).length === 0;
  });
}

/** A request's query string as hono's validator reads it: a name given once is a string, given more often an array. */
function queryObject(c: Context): Record<string, string | string[]> {
  if (!c.req.url.includes("?")) return {};
  const out: Record<string, string | string[]> = {};
  for (const [name, values] of Object.entries(c.req.queries())) out[name] = values.length === 1 ? values[0]! : values;
  return out;
}

/** Parses one part of the request: its value becomes the validated data, or its problems go into `details`. */
function validatePart(c: Context, target: "param" | "query", schema: z.ZodType, value: unknown, details: ErrorDetail[]): void {
  const result = schema.safeParse(value);
  if (result.success) c.req.addValidatedData(target, result.data as object);
  else details.push(...zodDetails(target, result.error));
}

/**
 * One validator for a route's path parameters and query string: both are parsed (synchronously; none of
 * their schemas is async), and a request wrong in both gets every problem in one 422, path first.
 */
function pathAndQueryValidator(params: z.ZodType | undefined, query: z.ZodType | undefined): MiddlewareHandler<AppBindings> {
  return function validatePathAndQuery(c, next) {
    const details: ErrorDetail[] = [];
    if (params) validatePart(c, "param", params, c.req.param(), details);
    if (query) validatePart(c, "query", query, queryObject(c), details);
    if (details.length) throw validationError(details);
    return next();
  };
}

/**
 * The one router factory: every router shares the validation hook, which answers any schema failure
 * with 422 `VALIDATION_ERROR` and the located details, and the same router (./router.ts). Every route is
 * documented as declared. Served, its path and query are checked by one validator
 * ({@link pathAndQueryValidator}; a route with its own hook keeps hono's, one per part), and request
 * headers that are documentation only (`documentsOnly`) are not validated at all: `c.req.valid("header")`
 * is not for such routes (none uses it).
 */
export function createRouter(): OpenAPIHono<AppBindings> {
  const app = new OpenAPIHono<AppBindings>({
    strict: true,
    router: new SplitRouter(),
    defaultHook: (result) => {
      if (!result.success) {
        throw validationError(zodDetails(result.target, result.error));
      }
    },
  });
  const openapi = app.openapi;
  app.openapi = ((route, handler, hook) => {
    const request = route.request;
    const skipHeaders = request?.headers !== undefined && documentsOnly(request.headers);
    // A route with its own hook (which sees each target's raw input) keeps hono's validators.
    const joinPathAndQuery = hook === undefined && (request?.params !== undefined || request?.query !== undefined);
    if (!request || (!skipHeaders && !joinPathAndQuery)) return openapi(route, handler, hook);
    const { middleware, hide, ...documented } = route;
    if (!hide) app.openAPIRegistry.registerPath(documented);
    const served = { ...request };
    if (skipHeaders) served.headers = undefined;
    const own = middleware === undefined ? [] : Array.isArray(middleware) ? [...middleware] : [middleware];
    if (joinPathAndQuery) {
      own.push(pathAndQueryValidator(request.params, request.query));
      served.params = undefined;
      served.query = undefined;
    }
    return openapi({ ...route, hide: true, middleware: own, request: served }, handler, hook);
  }) as typeof openapi;
  return app;
}
