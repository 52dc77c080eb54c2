import type { Context } from "hono";
import type { Access } from "../../access/restriction";
import { ApiError } from "../../lib/errors";
import type { AppBindings, AppRouteHandler } from "../../lib/types";
import { planDownload, serveArchive } from "../../media/serve-archive";
import { signedCacheControl, signedUrl } from "../../middleware/signed-link";
import { expiryFrom } from "../../schemas/signed-links";
import { MAX_QUERY_LENGTH, splitList } from "../../signing/links";
import { selectorOf, type Selector } from "../../zip/selection";
import { SIGNED_ZIP_PATH } from "./downloads.routes";
import type * as routes from "./downloads.routes";

type SelectorInput = { recording_ids?: string[]; call_ids?: string[] };

/** Plans the caller's archive for the validated selection and answers with it (ranges only when resumable). */
async function download(c: Context<AppBindings>, input: SelectorInput, resumable: boolean) {
  const plan = await planDownload(c.env.DB, c.get("principal"), selectorOf(input));
  return serveArchive(c.env.MEDIA, c.req.raw, plan, { cacheControl: "private", requestId: c.get("requestId"), resumable });
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => download(c, c.req.valid("json"), false);

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => download(c, c.req.valid("query"), true);

export const createLink: AppRouteHandler<typeof routes.createLink> = async (c) => {
  const { accountId, restrict } = c.get("principal");
  const { expires_in, ...input } = c.req.valid("json");
  const selector = selectorOf(input);
  const plan = await planDownload(c.env.DB, c.get("principal"), selector); // 404 now rather than when the link is opened
  const params: Record<string, string | string[]> = { account: accountId, [selector.by]: selector.ids };
  if (restrict?.room_id !== undefined) params.room = restrict.room_id;
  if (restrict?.user_id !== undefined) params.user = restrict.user_id;
  // A link grants what it was made for: the recordings the calls have now, not those added later.
  if (selector.by === "call_ids") params.pinned = [...new Set(plan.entries.flatMap((e) => (e.media ? [e.media.recording_id] : [])))];
  const link = await signedUrl(c, { path: SIGNED_ZIP_PATH, params, expiresAt: expiryFrom(expires_in) });
  if (new URL(link.url).search.length > MAX_QUERY_LENGTH) {
    const message = "These calls hold too many recordings for one link; ask for a link by recording_ids, a few calls at a time";
    throw new ApiError(413, "BULK_DOWNLOAD_TOO_LARGE", message);
  }
  return c.json({ download_url: link.url, expires_at: link.expiresAt.toISOString() }, 200);
};

/** The selection a verified link signed: exactly one of the two lists. */
function signedSelector(params: Readonly<Record<string, string>>): Selector {
  return params.recording_ids !== undefined
    ? { by: "recording_ids", ids: splitList(params.recording_ids) }
    : { by: "call_ids", ids: splitList(params.call_ids ?? "") };
}

/** Whose recordings a verified link reaches: the maker's account and restriction, as signed. */
function signedAccess(params: Readonly<Record<string, string>>): Access {
  const restrict = params.room !== undefined ? { room_id: params.room } : params.user !== undefined ? { user_id: params.user } : null;
  return { accountId: params.account ?? "", restrict };
}

export const getSigned: AppRouteHandler<typeof routes.getSigned> = async (c) => {
  const { params, expiresAt } = c.get("signedLink");
  const pinned = params.pinned !== undefined ? new Set(splitList(params.pinned)) : undefined;
  const plan = await planDownload(c.env.DB, signedAccess(params), signedSelector(params), pinned);
  // CORS for any origin comes from the middleware every signed path shares.
  return serveArchive(c.env.MEDIA, c.req.raw, plan, {
    cacheControl: signedCacheControl(expiresAt), requestId: c.get("requestId"), resumable: true,
  });
};
