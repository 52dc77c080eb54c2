import { request } from "node:http";
import { describe, expect, inject, test } from "vitest";
import { toneWav } from "../scripts/lib/wav.mjs";
import { authorized, client, rawBody } from "./client";
import { baseUrl, newTenant } from "./helpers";

const directUrl = inject("directUrl");

/** A POST with a JSON body and a `Host` header of the client's choosing, straight on the socket. */
function postWithHost(url: string, path: string, host: string, key: string, body: unknown): Promise<{ status: number; json: Record<string, string> }> {
  const target = new URL(url);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname, port: target.port, path, method: "POST",
        headers: { Host: host, Authorization: `Bearer ${key}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || "{}") }));
      },
    );
    req.on("error", reject);
    req.end(text);
  });
}

describe("links made for a request naming another Host", () => {
  // Straight to workerd only where its own socket was found (global-setup's directUrl).
  const targets = [["through wrangler dev's proxy", baseUrl], ["straight to workerd", directUrl]].filter(([, url]) => url);

  test.each(targets)("start with PUBLIC_ORIGIN, %s", async (_, url) => {    const tenant = await newTenant();
    const { data: recording } = await client.POST("/v1/recordings", { headers: authorized(tenant.key), body: {} });
    if (!recording) throw new Error("no recording");
    const uploaded = await client.POST("/v1/recordings/{id}/media", {
      headers: { ...authorized(tenant.key), "Content-Type": "audio/wav" },
      params: { path: { id: recording.id }, query: {} },
      body: new Blob([new Uint8Array(toneWav({ seconds: 1, frequencies: [440] }))]),
      bodySerializer: rawBody,
    });
    expect(uploaded.response.status).toBe(201);
    const { hostname, port } = new URL(url!);
    for (const host of ["evil.example", `${hostname}:${port}@evil.example`]) {
      const answer = await postWithHost(url!, `/v1/recordings/${recording.id}/download-url`, host, tenant.key, {});
      expect(answer.status, host).toBe(200);
      expect(new URL(answer.json.download_url!).origin, host).toBe(new URL(baseUrl).origin);
      expect((await fetch(answer.json.download_url!)).status).toBe(200);
    }
  });
});
