import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { Scope } from "../schemas/auth";
import type { VerifiedLink } from "../signing/links";

/** Who is calling: an API key of one account, with its scopes. */
export interface Principal {
  accountId: string;
  keyId: string;
  scopes: readonly Scope[];
}

/** API key credentials as presented: `Bearer <key>`, or Basic with the account id too. */
export interface Credentials {
  key: string;
  accountId?: string;
}

/** Credentials as presented, with the key's hash to look it up by. */
export interface PresentedKey extends Credentials {
  keyHash: string;
}

/** The Hono environment every router and handler shares. */
export interface AppBindings {
  Bindings: Env;
  Variables: {
    requestId: string;
    principal: Principal;
    /** Set by `requirePresentedKey` on routes that authorize in their own query. */
    presented: PresentedKey;
    /** Set by `requireSignedLink` on routes opened by a signed link. */
    signedLink: VerifiedLink;
  };
}

export type AppOpenAPI = OpenAPIHono<AppBindings>;

/** A handler typed from its route, so it can only answer what the route declares. */
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;
