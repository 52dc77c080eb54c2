import type { Context } from "hono";
import type { AppBindings, AppRouteHandler } from "../../lib/types";
import { planDownload, serveArchive } from "../../media/serve-archive";
import { selectorOf } from "../../zip/selection";
import type * as routes from "./downloads.routes";

/** Plans the caller's archive for the validated selection and answers with it. */
async function download(c: Context<AppBindings>, input: { recording_ids?: string[]; call_ids?: string[] }) {
  const plan = await planDownload(c.env.DB, c.get("principal").accountId, selectorOf(input));
  return serveArchive(c.env.MEDIA, c.req.raw, plan, { cacheControl: "private, no-transform", requestId: c.get("requestId") });
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => download(c, c.req.valid("json"));

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => download(c, c.req.valid("query"));
