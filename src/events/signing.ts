// Standard Webhooks signatures (standardwebhooks.com): what the `standardwebhooks` and `svix`
// libraries verify. Pure: no bindings.
import { fromBase64, toBase64 } from "../lib/base64";

const SECRET_PREFIX = "whsec_";

/** A new endpoint secret: `whsec_` and 32 random bytes in standard base64. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

/** The HMAC key of a `whsec_…` secret (the base64 after the prefix). @throws Error when it is not one */
function secretKey(secret: string): Uint8Array<ArrayBuffer> {
  const key = secret.startsWith(SECRET_PREFIX) ? fromBase64(secret.slice(SECRET_PREFIX.length)) : null;
  if (!key || key.byteLength === 0) throw new Error("Not a whsec_ secret");
  return key;
}

/**
 * One signature, `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, with the secret's key.
 * @example await signPayload("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}')
 * // "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
 */
export async function signPayload(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", secretKey(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/**
 * The three headers of a delivery: `webhook-id`, `webhook-timestamp` (seconds) and
 * `webhook-signature`, one space-separated signature per active secret (during a rotation's overlap
 * the new one and the old one), so a receiver holding either verifies it.
 */
export async function webhookHeaders(secrets: string[], id: string, at: Date, body: string): Promise<Record<string, string>> {
  const timestamp = Math.floor(at.getTime() / 1000);
  const signatures = await Promise.all(secrets.map((secret) => signPayload(secret, id, timestamp, body)));
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signatures.join(" "),
  };
}
