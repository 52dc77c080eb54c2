import type { Context } from "hono";
import type { AppBindings, AppRouteHandler } from "../../lib/types";
import { planDownload, serveArchive } from "../../media/serve-archive";
import { signedCacheControl, signedUrl } from "../../middleware/signed-link";
import { expiryFrom } from "../../schemas/signed-links";
import { splitList } from "../../signing/links";
import { selectorOf, type Selector } from "../../zip/selection";
import { SIGNED_ZIP_PATH } from "./downloads.routes";
import type * as routes from "./downloads.routes";

type SelectorInput = { recording_ids?: string[]; call_ids?: string[] };

/** Plans the caller's archive for the validated selection and answers with it. */
async function download(c: Context<AppBindings>, input: SelectorInput) {
  const plan = await planDownload(c.env.DB, c.get("principal").accountId, selectorOf(input));
  return serveArchive(c.env.MEDIA, c.req.raw, plan, { cacheControl: "private", requestId: c.get("requestId") });
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => download(c, c.req.valid("json"));

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => download(c, c.req.valid("query"));

export const createLink: AppRouteHandler<typeof routes.createLink> = async (c) => {
  const { accountId } = c.get("principal");
  const { expires_in, ...input } = c.req.valid("json");
  const selector = selectorOf(input);
  await planDownload(c.env.DB, accountId, selector); // 404 or 413 now rather than when the link is opened
  const params = { account: accountId, [selector.by]: selector.ids };
  const link = await signedUrl(c, { path: SIGNED_ZIP_PATH, params, expiresAt: expiryFrom(expires_in) });
  return c.json({ download_url: link.url, expires_at: link.expiresAt.toISOString() }, 200);
};

/** The selection a verified link signed: exactly one of the two lists. */
function signedSelector(params: Readonly<Record<string, string>>): Selector {
  return params.recording_ids !== undefined
    ? { by: "recording_ids", ids: splitList(params.recording_ids) }
    : { by: "call_ids", ids: splitList(params.call_ids ?? "") };
}

export const getSigned: AppRouteHandler<typeof routes.getSigned> = async (c) => {
  const { params, expiresAt } = c.get("signedLink");
  const plan = await planDownload(c.env.DB, params.account ?? "", signedSelector(params));
  // CORS for any origin comes from the middleware every signed path shares.
  return serveArchive(c.env.MEDIA, c.req.raw, plan, { cacheControl: signedCacheControl(expiresAt), requestId: c.get("requestId") });
};
