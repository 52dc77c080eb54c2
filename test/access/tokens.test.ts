import { describe, expect, it } from "vitest";
import { signToken, TOKEN_PREFIX, verifyToken, type TokenClaims } from "../../src/access/tokens";
import { fromBase64Url, toBase64Url } from "../../src/lib/base64";
import { parseSigningKeys } from "../../src/signing/keys";

const secret = (byte: number) => Buffer.alloc(32, byte).toString("base64");
const keys = parseSigningKeys(`k2:${secret(2)},k1:${secret(1)}`);
const claims: TokenClaims = {
  keyId: "2b1c3d4e-0000-4000-8000-000000000001",
  accountId: "2b1c3d4e-0000-4000-8000-000000000002",
  scopes: ["recordings:read"],
  restrict: { room_id: "room-a" },
  expiresAt: new Date("2030-01-01T00:00:00.000Z"),
};
const now = Date.parse("2029-12-31T23:00:00.000Z");

/** The token's parts: its claims (as JSON) and its signature. */
function split(token: string) {
  const [payload, sig] = token.slice(TOKEN_PREFIX.length).split(".") as [string, string];
  return { wire: JSON.parse(new TextDecoder().decode(fromBase64Url(payload)!)) as Record<string, unknown>, payload, sig };
}

/** The token with its claims changed and the original signature kept. */
function withClaims(token: string, change: (wire: Record<string, unknown>) => void): string {
  const { wire, sig } = split(token);
  change(wire);
  return `${TOKEN_PREFIX}${toBase64Url(new TextEncoder().encode(JSON.stringify(wire)))}.${sig}`;
}

describe("access tokens", () => {
  it("carry their claims, signed by the current key, and verify until they expire", async () => {
    const token = await signToken(keys, claims);
    expect(token.startsWith("rat_")).toBe(true);
    expect(split(token).wire.kid).toBe("k2");
    expect(await verifyToken(keys, token, now)).toEqual({ ok: true, claims });
  });

  it("expire exactly at expires_at: valid the millisecond before, expired at it", async () => {
    const token = await signToken(keys, claims);
    const at = claims.expiresAt.getTime();
    expect((await verifyToken(keys, token, at - 1)).ok).toBe(true);
    expect(await verifyToken(keys, token, at)).toEqual({ ok: false, reason: "expired" });
  });

  it.each([
    ["the minting key", (w: Record<string, unknown>) => (w.key = "2b1c3d4e-0000-4000-8000-000000000009")],
    ["the account", (w: Record<string, unknown>) => (w.acc = "2b1c3d4e-0000-4000-8000-000000000009")],
    ["the scopes", (w: Record<string, unknown>) => (w.scp = ["recordings:read", "recordings:delete"])],
    ["the restriction", (w: Record<string, unknown>) => (w.rst = { room_id: "room-b" })],
    ["the restriction, removed", (w: Record<string, unknown>) => (w.rst = null)],
    ["the expiry", (w: Record<string, unknown>) => (w.exp = (w.exp as number) + 3600)],
    ["the key id, to the other configured key", (w: Record<string, unknown>) => (w.kid = "k1")],
    ["the key id, to an unknown key", (w: Record<string, unknown>) => (w.kid = "k9")],
    ["an added field", (w: Record<string, unknown>) => (w.extra = 1)],
  ])("are invalid (never merely expired) with %s changed", async (_, change) => {
    const token = await signToken(keys, claims);
    expect(await verifyToken(keys, withClaims(token, change), now)).toEqual({ ok: false, reason: "invalid" });
    const expired = await signToken(keys, { ...claims, expiresAt: new Date(now - 1000) });
    expect(await verifyToken(keys, withClaims(expired, change), now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("are invalid with the prefix, the signature or the framing changed", async () => {
    const token = await signToken(keys, claims);
    const { payload, sig } = split(token);
    const flipped = sig.startsWith("A") ? `B${sig.slice(1)}` : `A${sig.slice(1)}`;
    for (const changed of [
      `rk_${token.slice(4)}`,
      `RAT_${token.slice(4)}`,
      `${TOKEN_PREFIX}${payload}.${flipped}`,
      `${TOKEN_PREFIX}${payload}.${sig.slice(0, -2)}`,
      `${TOKEN_PREFIX}${payload}`,
      `${TOKEN_PREFIX}${payload}.${sig}.${sig}`,
      `${TOKEN_PREFIX}${payload}=.${sig}`,
      `${TOKEN_PREFIX}.${sig}`,
      `${token}x`,
      `${TOKEN_PREFIX}${"A".repeat(3000)}.${sig}`,
    ]) {
      expect(await verifyToken(keys, changed, now), changed.slice(0, 40)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("signed with a previous key keep working while that key is configured, and stop when it is removed", async () => {
    const old = await signToken(parseSigningKeys(`k1:${secret(1)}`), claims);
    expect((await verifyToken(keys, old, now)).ok).toBe(true);
    expect(await verifyToken(parseSigningKeys(`k2:${secret(2)}`), old, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("are invalid when signed by another secret under a configured key id", async () => {
    const forged = await signToken(parseSigningKeys(`k2:${secret(7)}`), claims);
    expect(await verifyToken(keys, forged, now)).toEqual({ ok: false, reason: "invalid" });
  });
});
