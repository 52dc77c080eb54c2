import { describe, expect, it } from "vitest";
import { parseSigningKeys } from "../../src/signing/keys";
import { MAX_QUERY_LENGTH, signLink, splitList, verifyLink, type LinkClaims } from "../../src/signing/links";

const secret = (fill: number) => btoa(String.fromCharCode(...new Uint8Array(32).fill(fill)));
const KEY_A = `a:${secret(0xa)}`;
const KEY_B = `b:${secret(0xb)}`;
const keysA = parseSigningKeys(KEY_A);

const NOW = Date.UTC(2026, 10, 23, 12, 0, 0);
const PATH = "/v1/signed/media/6f1c2a4e-0000-4000-8000-000000000001/6f1c2a4e-0000-4000-8000-000000000002";
const claims: LinkClaims = { path: PATH, params: { disposition: "inline" }, expiresAt: new Date(NOW + 3600_000) };

const get = (pathAndQuery: string, method = "GET") => ({ method, url: `https://api.example${pathAndQuery}` });

async function link(c: LinkClaims = claims, keys = keysA): Promise<string> {
  return (await signLink(keys, c)).pathAndQuery;
}

describe("signLink", () => {
  it("writes the parameters sorted, then expires, kid and sig, and reports the whole-second expiry", async () => {
    const signed = await signLink(keysA, { path: "/x", params: { zeta: "1", alpha: "a b" }, expiresAt: new Date(NOW + 1500) });
    expect(signed.pathAndQuery).toMatch(/^\/x\?alpha=a%20b&zeta=1&expires=\d+&kid=a&sig=[A-Za-z0-9_-]{43}$/);
    expect(signed.expiresAt).toEqual(new Date(NOW + 1000));
  });

  it("carries list parameters comma-joined, and gives them back as lists", async () => {
    const ids = ["6f1c2a4e-0000-4000-8000-000000000001", "6f1c2a4e-0000-4000-8000-000000000002"];
    const signed = await link({ path: "/v1/signed/zip", params: { ids, account: "acc" }, expiresAt: claims.expiresAt });
    const result = await verifyLink(keysA, get(signed), NOW);
    expect(result.ok && splitList(result.params.ids!)).toEqual(ids);
    expect(splitList("")).toEqual([]);
  });

  it("refuses reserved or malformed parameter names, list items with commas and relative paths", async () => {
    const expiresAt = claims.expiresAt;
    await expect(signLink(keysA, { path: PATH, params: { sig: "x" }, expiresAt })).rejects.toThrow(TypeError);
    await expect(signLink(keysA, { path: PATH, params: { "Bad-Name": "x" }, expiresAt })).rejects.toThrow(TypeError);
    await expect(signLink(keysA, { path: PATH, params: { ids: ["a,b"] }, expiresAt })).rejects.toThrow(/comma/);
    await expect(signLink(keysA, { path: "v1/x", expiresAt })).rejects.toThrow(/absolute/);
    await expect(signLink(keysA, { path: "/v1/x?y=1", expiresAt })).rejects.toThrow(/absolute/);
    await expect(signLink(keysA, { path: PATH, expiresAt: new Date(Number.NaN) })).rejects.toThrow(/expiry/);
  });
});

describe("verifyLink", () => {
  it("grants GET and HEAD of the signed path with its parameters, expiry and key id", async () => {
    const signed = await link();
    for (const method of ["GET", "HEAD"]) {
      expect(await verifyLink(keysA, get(signed, method), NOW)).toEqual({
        ok: true,
        params: { disposition: "inline" },
        expiresAt: new Date(NOW + 3600_000),
        keyId: "a",
      });
    }
  });

  it("refuses every other method", async () => {
    const signed = await link();
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "get"]) {
      expect(await verifyLink(keysA, get(signed, method), NOW), method).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("works until the second before its expiry and is expired from that second on", async () => {
    const signed = await link();
    const expiry = NOW + 3600_000;
    expect((await verifyLink(keysA, get(signed), expiry - 1)).ok).toBe(true);
    expect(await verifyLink(keysA, get(signed), expiry)).toEqual({ ok: false, reason: "expired" });
    expect(await verifyLink(keysA, get(signed), expiry + 86_400_000)).toEqual({ ok: false, reason: "expired" });
  });

  it("calls an altered expired link invalid, not expired", async () => {
    const signed = await link();
    const altered = signed.replace("disposition=inline", "disposition=attachment");
    expect(await verifyLink(keysA, get(altered), NOW + 7200_000)).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses every alteration of any part of the link", async () => {
    const signed = await link();
    const expires = String(Math.floor(claims.expiresAt.getTime() / 1000));
    const sig = new URL(`https://x${signed}`).searchParams.get("sig")!;
    const flipped = `${sig.slice(0, 10)}${sig[10] === "A" ? "B" : "A"}${sig.slice(11)}`;
    const variants: Record<string, string> = {
      "another path": signed.replace(PATH, PATH.replace(/2$/, "3")),
      "a longer path": signed.replace(PATH, `${PATH}/x`),
      "an upper-case path": signed.replace(PATH, PATH.toUpperCase()),
      "a percent-encoded path": signed.replace("/media/", "/medi%61/"),
      "another disposition": signed.replace("disposition=inline", "disposition=attachment"),
      "an upper-case parameter": signed.replace("disposition=inline", "disposition=INLINE"),
      "an upper-case parameter name": signed.replace("disposition=", "Disposition="),
      "a percent-encoded value": signed.replace("disposition=inline", "disposition=inlin%65"),
      "a later expiry": signed.replace(`expires=${expires}`, `expires=${Number(expires) + 1}`),
      "an expiry with a leading zero": signed.replace(`expires=${expires}`, `expires=0${expires}`),
      "an unknown key id": signed.replace("kid=a", "kid=b"),
      "a flipped signature character": signed.replace(sig, flipped),
      "a truncated signature": signed.replace(sig, sig.slice(0, -1)),
      "a padded signature": signed.replace(sig, `${sig}=`),
      "a standard-base64 signature": signed.replace(sig, sig.replaceAll("-", "+").replaceAll("_", "/") + "+"),
      "an empty signature": signed.replace(`sig=${sig}`, "sig="),
      "a removed parameter": signed.replace("disposition=inline&", ""),
      "a removed expiry": signed.replace(`expires=${expires}&`, ""),
      "a removed key id": signed.replace("kid=a&", ""),
      "a removed signature": signed.replace(`&sig=${sig}`, ""),
      "an added parameter": `${signed}&media=x`,
      "an added empty pair": `${signed}&`,
      "a leading parameter": signed.replace("?", "?x=1&"),
      "a duplicated parameter": signed.replace("disposition=inline", "disposition=inline&disposition=inline"),
      "a duplicated signature": `${signed}&sig=${sig}`,
      "reordered parameters": signed.replace(`expires=${expires}&kid=a`, `kid=a&expires=${expires}`),
      "a parameter without a value": signed.replace("disposition=inline", "disposition"),
      "a bad percent-encoding": signed.replace("disposition=inline", "disposition=%E0%A4%A"),
      "a plus sign for a space": signed.replace("disposition=inline", "disposition=in+line"),
      "no query at all": PATH,
      "a fragment-like query": signed.replace("?", "?#"),
    };
    for (const [name, altered] of Object.entries(variants)) {
      expect(altered, name).not.toBe(signed);
      expect(await verifyLink(keysA, get(altered), NOW), name).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("refuses a query longer than 15 KiB without parsing it, and takes one just within", async () => {
    const signed = await link({ ...claims, params: { pad: "x".repeat(MAX_QUERY_LENGTH) } });
    expect(await verifyLink(keysA, get(signed), NOW)).toEqual({ ok: false, reason: "invalid" });
    const within = await link({ ...claims, params: { pad: "x".repeat(MAX_QUERY_LENGTH - 200) } });
    expect((await verifyLink(keysA, get(within), NOW)).ok).toBe(true);
  });

  it("does not accept a link signed by another key under the same id", async () => {
    const signed = await link(claims, parseSigningKeys(`a:${secret(0xc)}`));
    expect(await verifyLink(keysA, get(signed), NOW)).toEqual({ ok: false, reason: "invalid" });
  });

  it("keeps old links working after rotation while their key stays configured, and not after", async () => {
    const signedByA = await link();
    const rotated = parseSigningKeys(`${KEY_B},${KEY_A}`);
    expect((await verifyLink(rotated, get(signedByA), NOW)).ok).toBe(true);
    const signedByB = await link(claims, rotated);
    expect(signedByB).toContain("kid=b");
    expect((await verifyLink(rotated, get(signedByB), NOW)).ok).toBe(true);

    const retired = parseSigningKeys(KEY_B);
    expect(await verifyLink(retired, get(signedByA), NOW)).toEqual({ ok: false, reason: "invalid" });
    expect((await verifyLink(retired, get(signedByB), NOW)).ok).toBe(true);
  });

  it("keeps values with reserved characters intact through the round trip", async () => {
    const value = "a&b=c,d é/?#%+";
    const signed = await link({ ...claims, params: { name: value } });
    const result = await verifyLink(keysA, get(signed), NOW);
    expect(result.ok && result.params.name).toBe(value);
  });
});
