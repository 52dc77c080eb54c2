import { OpenAPIHono, z } from "@hono/zod-openapi";
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

/**
 * The one router factory: every router shares the validation hook, which answers any schema failure
 * with 422 `VALIDATION_ERROR` and the located details, and the same router (./router.ts). A route whose
 * request headers are documentation only (`documentsOnly`) is in the OpenAPI document with them, but
 * served without their validator: `c.req.valid("header")` is not for such routes (none uses it).
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
    if (!route.request?.headers || !documentsOnly(route.request.headers)) return openapi(route, handler, hook);
    const { middleware: _middleware, hide, ...documented } = route;
    if (!hide) app.openAPIRegistry.registerPath(documented);
    return openapi({ ...route, hide: true, request: { ...route.request, headers: undefined } }, handler, hook);
  }) as typeof openapi;
  return app;
}
