import { narrows } from "../../access/restriction";
import { signToken } from "../../access/tokens";
import { ApiError, validationError } from "../../lib/errors";
import type { AppRouteHandler } from "../../lib/types";
import { signingKeys } from "../../middleware/signed-link";
import { DEFAULT_TOKEN_SECONDS } from "../../schemas/access-tokens";
import type * as routes from "./access-tokens.routes";

/** When the new token expires: as asked (or the default), never after the token that mints it. */
function tokenExpiry(expiresIn: number | undefined, parentExpiresAt: Date | undefined, now = Date.now()): Date {
  const asked = new Date(Math.floor((now + (expiresIn ?? DEFAULT_TOKEN_SECONDS) * 1000) / 1000) * 1000);
  if (!parentExpiresAt || asked <= parentExpiresAt) return asked;
  if (expiresIn === undefined) return parentExpiresAt;
  const msg = `A token minted with a token cannot outlive it: this one expires at ${parentExpiresAt.toISOString()}`;
  throw validationError([{ loc: ["body", "expires_in"], msg, type: "too_big" }]);
}

export const create: AppRouteHandler<typeof routes.create> = async (c) => {
  const principal = c.get("principal");
  const { scopes, restrict: asked, expires_in } = c.req.valid("json");
  const missing = scopes.filter((scope) => !principal.scopes.includes(scope));
  if (missing.length > 0) throw new ApiError(403, "FORBIDDEN", `A token cannot have scopes its caller lacks: ${missing.join(", ")}`);
  const restrict = asked ?? principal.restrict;
  if (!narrows(restrict, principal.restrict)) {
    throw new ApiError(403, "FORBIDDEN", `The caller is restricted to ${JSON.stringify(principal.restrict)}; a token cannot reach further`);
  }
  const expiresAt = tokenExpiry(expires_in, principal.tokenExpiresAt);
  const claims = { keyId: principal.keyId, accountId: principal.accountId, scopes, restrict, expiresAt };
  const token = await signToken(signingKeys(c.env), claims);
  c.header("Cache-Control", "no-store");
  return c.json({ token, scopes, restrict, expires_at: expiresAt.toISOString() }, 201);
};
