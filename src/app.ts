import { bearerCors } from "./access/cors";
import { createRouter } from "./lib/create-router";
import { notFound, onError } from "./lib/error-handler";
import { documentHeadRequests } from "./lib/openapi-document";
import type { AppOpenAPI } from "./lib/types";
import { d1Session } from "./edge/session";
import { defaultCacheControl } from "./middleware/cache-control";
import { identityBodies } from "./middleware/content-encoding";
import { handOverAfterWrites } from "./events/hand-over";
import { requestId } from "./middleware/request-id";
import { SIGNED_PREFIX, signedResponses } from "./middleware/signed-link";
import accessTokens from "./routes/access-tokens/access-tokens.index";
import account from "./routes/account/account.index";
import admin from "./routes/admin/admin.index";
import { registerDocs } from "./routes/docs/docs.index";
import downloads from "./routes/downloads/downloads.index";
import events from "./routes/events/events.index";
import lifecycle from "./routes/lifecycle/lifecycle.index";
import links from "./routes/links/links.index";
import media from "./routes/media/media.index";
import recordings from "./routes/recordings/recordings.index";
import signed from "./routes/signed/signed.index";
import uploads from "./routes/uploads/uploads.index";
import webhooks from "./routes/webhooks/webhooks.index";

/**
 * A matcher from request paths to the methods served on them, for 405 answers: Hono's routes, and the
 * operations of the OpenAPI document, which also names those a middleware serves (the /docs files).
 */
function methodsByPath(app: AppOpenAPI): (path: string) => string[] {
  const pattern = (path: string) =>
    new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/:[A-Za-z_]+/g, "[^/]+")}$`);
  const build = () => {
    const served = [
      ...app.routes.filter((r) => r.method !== "ALL").map((r) => ({ method: r.method, path: r.path })),
      ...app.openAPIRegistry.definitions.flatMap((d) =>
        d.type === "route" ? [{ method: d.route.method.toUpperCase(), path: d.route.path.replace(/\{([^}]+)\}/g, ":$1") }] : [],
      ),
    ];
    // Most operations are in both lists: each method and path once.
    const unique = new Map(served.map((r) => [`${r.method} ${r.path}`, r]));
    return [...unique.values()].map((r) => ({ method: r.method, pattern: pattern(r.path) }));
  };
  let table: { pattern: RegExp; method: string }[] | undefined;
  return (path) => {
    table ??= build();
    const methods = new Set(table.filter((r) => r.pattern.test(path)).map((r) => r.method));
    if (methods.has("GET")) methods.add("HEAD");
    return [...methods];
  };
}

/** The whole API: request ids, one D1 session per request, unencoded bodies only, feature routers, the OpenAPI document and reference, one error shape. */
export function createApp(): AppOpenAPI {
  const app = createRouter();
  app.use("*", requestId());
  // Before every other middleware and route: all of them, auth included, get their database from it.
  app.use("*", d1Session());
  app.use("/v1/admin/*", defaultCacheControl("no-store"));
  app.use("/v1/webhooks/*", defaultCacheControl("no-store"));
  app.use("/v1/webhooks", defaultCacheControl("no-store"));
  app.use("/v1/events", defaultCacheControl("no-store"));
  app.use("/v1/recordings/*", defaultCacheControl("private"));
  app.use("/v1/account", defaultCacheControl("no-store"));
  app.use("/v1/account/*", defaultCacheControl("no-store"));
  app.use(`${SIGNED_PREFIX}/*`, signedResponses());
  app.use("*", identityBodies());
  for (const path of ["/v1/recordings", "/v1/recordings/*", "/v1/access-tokens"]) app.use(path, bearerCors());
  // Outermost of the feature routes: after a write commits and answers, its events go to the webhook queue.
  app.use("/v1/*", handOverAfterWrites());
  app.route("/", admin);
  app.route("/", accessTokens);
  // Before recordings: its `/v1/recordings/{id}` would otherwise take `/v1/recordings/download`.
  app.route("/", downloads);
  app.route("/", recordings);
  app.route("/", media);
  app.route("/", links);
  app.route("/", signed);
  app.route("/", lifecycle);
  app.route("/", uploads);
  app.route("/", account);
  app.route("/", events);
  app.route("/", webhooks);
  registerDocs(app);
  documentHeadRequests(app);
  app.onError(onError);
  app.notFound(notFound(methodsByPath(app)));
  return app;
}
