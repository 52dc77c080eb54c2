import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import { createTenant } from "../helpers";

const app = createApp();
const call = (path: string, init: RequestInit) => app.fetch(new Request(`http://api.test${path}`, init), env, createExecutionContext());

describe("CORS for the credentialed API", () => {
  it("answers a preflight from any origin allowing Authorization, so a front-end can send its token", async () => {
    for (const path of ["/v1/recordings", `/v1/recordings/${crypto.randomUUID()}/media`, "/v1/access-tokens"]) {
      const res = await call(path, {
        method: "OPTIONS",
        headers: { origin: "https://room.example", "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    }
  });

  it("lets any origin read answers and their request id, and still answers a plain OPTIONS with 405", async () => {
    const tenant = await createTenant();
    const res = await call("/v1/recordings", { headers: { origin: "https://room.example", authorization: tenant.auth } });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
    expect((await call("/v1/recordings", { method: "OPTIONS" })).status).toBe(405);
  });

  it("lets a front-end send and read X-D1-Bookmark, so it can read its own writes", async () => {
    const tenant = await createTenant();
    const preflight = await call("/v1/recordings", {
      method: "OPTIONS",
      headers: { origin: "https://room.example", "access-control-request-method": "GET", "access-control-request-headers": "authorization, x-d1-bookmark" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("X-D1-Bookmark");
    const res = await call("/v1/recordings", { headers: { origin: "https://room.example", authorization: tenant.auth } });
    expect(res.headers.get("access-control-expose-headers")).toContain("X-D1-Bookmark");
    expect(res.headers.get("x-d1-bookmark")).toMatch(/^[0-9a-f]{8}-/);
  });
});
