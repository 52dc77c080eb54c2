import { env, exports } from "cloudflare:workers";
import { expect, it } from "vitest";
it("runs", async () => {
  const r = await exports.default.fetch("http://x/");
  expect(await r.text()).toBe("hi");
  const t = await env.DB.prepare("select count(*) as n from recordings").first();
  expect(t).toEqual({ n: 0 });
  await env.MEDIA.put("a", "b");
  const { crc32 } = await import("node:zlib");
  expect(crc32("hello")).toBe(907060870);
});
