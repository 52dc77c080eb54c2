import { execFile } from "node:child_process";
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { connect } from "node:net";
import { z } from "@hono/zod-openapi";
import { chromium, type Browser } from "playwright-core";
import { expect, inject } from "vitest";
import { ErrorSchema } from "../src/schemas/common";
import type { components } from "./api-types";
import { authorized, client } from "./client";

export const baseUrl = inject("baseUrl");
export const adminToken = inject("adminToken");

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Tenant {
  accountId: string;
  key: string;
  keyId: string;
}

type Scope = components["schemas"]["Scope"];
const ALL_SCOPES: Scope[] = ["recordings:read", "recordings:write", "recordings:delete"];

/** A fresh account with one key (all scopes unless given), made through the admin API with the typed client. */
export async function newTenant(scopes: Scope[] = ALL_SCOPES): Promise<Tenant> {
  const headers = authorized(adminToken);
  const account = await client.POST("/v1/admin/accounts", { headers, body: { name: `e2e ${randomUUID()}` } });
  const accountId = account.data?.id ?? "";
  const key = await client.POST("/v1/admin/accounts/{account_id}/keys", {
    headers, params: { path: { account_id: accountId } }, body: { name: "e2e", scopes },
  });
  if (!key.data) throw new Error(`could not make a key: ${JSON.stringify(key.error)}`);
  return { accountId, key: key.data.key, keyId: key.data.id };
}

/** JSON text parsed through a response schema; fails the test with the text when it is not JSON or does not fit. */
export function parseBody<T extends z.ZodType>(text: string, schema: T): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`The body is not JSON:\n${text}`);
  }
  return conforming(json, schema, text);
}

/**
 * An already parsed body checked against a response schema, with no fields the schema does not know
 * (zod objects drop unknown keys, which would otherwise pass unnoticed).
 */
export function conforming<T extends z.ZodType>(json: unknown, schema: T, text = JSON.stringify(json)): z.infer<T> {
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new Error(`The body does not match the schema:\n${z.prettifyError(result.error)}\nBody:\n${text}`);
  }
  expect(result.data, `The body has fields the schema does not know:\n${text}`).toEqual(json);
  return result.data;
}

/**
 * The contract's error shape in a response the typed client did not make (curl, a raw socket, a request
 * the client cannot send): JSON, the status and error_code given, request_id = X-Request-Id, no stack.
 */
export async function expectError(response: Response, status: number, errorCode: string | RegExp): Promise<z.infer<typeof ErrorSchema>> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const error = parseBody(text, ErrorSchema);
  if (typeof errorCode === "string") expect(error.error_code).toBe(errorCode);
  else expect(error.error_code).toMatch(errorCode);
  expect(error.request_id).toBeTruthy();
  expect(error.request_id).toBe(response.headers.get("x-request-id"));
  expect(text).not.toMatch(/\n\s+at /); // no stack traces
  return error;
}

export interface CurlResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Runs the real `curl -s -D - <args> <url>` and splits its output into status, headers and body. */
export async function curl(path: string, args: string[] = []): Promise<CurlResult> {
  const url = new URL(path, baseUrl).toString();
  const stdout = await new Promise<Buffer>((resolve, reject) => {
    execFile("curl", ["-s", "-D", "-", ...args, url], { encoding: "buffer", maxBuffer: 64 << 20 }, (error, out, err) =>
      error ? reject(new Error(`curl failed: ${error.message} ${err.toString()}`)) : resolve(out),
    );
  });
  return splitResponse(stdout);
}

/** curl's `-H "Authorization: Bearer <key>"` arguments. */
export function bearer(key: string): string[] {
  return ["-H", `Authorization: Bearer ${key}`];
}

/**
 * One HTTP/1.1 exchange on a raw socket (`Connection: close`): nothing decodes, de-chunks or adds
 * headers, so `body` is every byte that followed the response headers on the wire.
 */
export async function rawExchange(method: string, path: string, headers: Record<string, string> = {}): Promise<CurlResult> {
  const { hostname, port } = new URL(baseUrl);
  const lines = [`${method} ${path} HTTP/1.1`, `Host: ${hostname}:${port}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  const raw = await new Promise<Buffer>((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${lines.join("\r\n")}\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks)));
    socket.on("error", reject);
    socket.setTimeout(10_000, () => socket.destroy(new Error(`${method} ${path} timed out`)));
  });
  return splitResponse(raw);
}

/** Splits `status line, headers, CRLF CRLF, body` (as curl -D - or a raw socket give it). */
function splitResponse(raw: Buffer): CurlResult {
  const end = raw.indexOf("\r\n\r\n");
  const head = raw.subarray(0, end).toString("latin1").split("\r\n");
  const status = Number(head[0]?.split(" ")[1]);
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: raw.subarray(end + 4) };
}

/** Debian's Chromium (as .ci/run installs it, or CHROMIUM_PATH), headless; a test tool's own browser download cannot work here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** A web app on another origin (another port), as a front-end using the API from the browser would be. */
export interface OtherOrigin {
  url: string;
  close(): Promise<void>;
}

/** Serves `handler` on 127.0.0.1 on a free port: a page of another origin than the API's. */
export async function serveOtherOrigin(handler: RequestListener): Promise<OtherOrigin> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
