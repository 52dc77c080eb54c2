import { OpenAPIHono, type z } from "@hono/zod-openapi";
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
 * The one router factory: every router shares the validation hook, which answers any schema failure
 * with 422 `VALIDATION_ERROR` and the located details, and the same router (./router.ts).
 */
export function createRouter(): OpenAPIHono<AppBindings> {
  return new OpenAPIHono<AppBindings>({
    strict: true,
    router: new SplitRouter(),
    defaultHook: (result) => {
      if (!result.success) {
        throw validationError(zodDetails(result.target, result.error));
      }
    },
  });
}
