import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { Access } from "../access/restriction";
import type { TokenClaims } from "../access/tokens";
import type { Scope } from "../schemas/auth";
import type { VerifiedLink } from "../signing/links";

/**
 * Who is calling: an API key of one account (or an access token it minted), with its scopes and its
 * restriction; as an `Access`, it is what every recordings query is filtered by.
 */
export interface Principal extends Access {
  keyId: string;
  scopes: readonly Scope[];
  /** Set when the caller is an access token: when it expires. */
  tokenExpiresAt?: Date;
}

/** API key credentials as presented: `Bearer <key>`, or Basic with the account id too. */
export interface Credentials {
  key: string;
  accountId?: string;
}

/** How the live key behind a credential is found: an API key by its hash, a token's minting key by its id. */
export interface KeyLookup {
  column: "key_hash" | "id";
  value: string;
}

/** Credentials as presented: an API key (Basic may name its account too), or a verified access token. */
export type PresentedKey = { lookup: KeyLookup } & ({ kind: "key"; accountId?: string } | { kind: "token"; claims: TokenClaims });

/**
 * The bindings as every handler, job and queue consumer sees them: `DB` is the D1 session of this
 * request (or job), opened in one place (src/edge/session.ts), never the binding itself. Typed as a
 * session, so no code can reach `withSession`, `exec` or a raw `D1Database` through it, and every query
 * function in src/db takes a `D1DatabaseSession`.
 */
export type AppEnv = Omit<Env, "DB"> & { readonly DB: D1DatabaseSession };

/** The Hono environment every router and handler shares. */
export interface AppBindings {
  Bindings: AppEnv;
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
