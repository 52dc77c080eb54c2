// The type of src/routes/docs/static-files.js, which scripts/lib/static-files.mjs generates (gitignored) from
// swagger-ui-dist, src/routes/docs/static/ and docs/*.md before every build, test run and `wrangler dev`.

/** One file served under /docs/: its content type, its strong ETag, and its bytes as UTF-8 text or as base64. */
export type StaticFile = {
  /** The `Content-Type` to send, e.g. `text/css; charset=utf-8` or `image/png`. */
  readonly type: string;
  /** The SHA-256 of the bytes, in hex, in quotes: a strong entity tag. */
  readonly etag: string;
} & ({ readonly text: string } | { readonly base64: string });

/** /docs/<name>: the reference page's script and stylesheet (init.js, reference.css) and the guides (<guide>.md). */
export declare const DOCS_FILES: ReadonlyMap<string, StaticFile>;

/** /docs/vendor/swagger-ui/<name>: Swagger UI from swagger-ui-dist, with its stylesheet's images as img-<hash>.<ext>. */
export declare const SWAGGER_UI_FILES: ReadonlyMap<string, StaticFile>;
