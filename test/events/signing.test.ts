import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { newWebhookSecret, signPayload, webhookHeaders } from "../../src/events/signing";

// The Standard Webhooks specification's test vector (also in the standardwebhooks and svix libraries' tests).
const VECTOR = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("Standard Webhooks signatures", () => {
  it("match the specification's test vector", async () => {
    expect(await signPayload(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body)).toBe(VECTOR.signature);
  });

  it("change with the id, the timestamp, the body and the secret", async () => {
    const base = await signPayload(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body);
    expect(await signPayload(VECTOR.secret, "msg_other", VECTOR.timestamp, VECTOR.body)).not.toBe(base);
    expect(await signPayload(VECTOR.secret, VECTOR.id, VECTOR.timestamp + 1, VECTOR.body)).not.toBe(base);
    expect(await signPayload(VECTOR.secret, VECTOR.id, VECTOR.timestamp, '{"test": 2432232315}')).not.toBe(base);
    expect(await signPayload(newWebhookSecret(), VECTOR.id, VECTOR.timestamp, VECTOR.body)).not.toBe(base);
  });

  it("refuse a secret that is not whsec_ and base64", async () => {
    await expect(signPayload("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "a", 1, "{}")).rejects.toThrow(/whsec_/);
    await expect(signPayload("whsec_***", "a", 1, "{}")).rejects.toThrow(/whsec_/);
  });

  it("make secrets of 32 random bytes that the standardwebhooks library accepts", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newWebhookSecret()).not.toBe(secret);
    expect(() => new Webhook(secret)).not.toThrow();
  });

  it("give headers that the standardwebhooks library verifies, with either secret during a rotation", async () => {
    const [current, previous] = [newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ id: "evt_1", type: "recording.created", data: {} });
    const headers = await webhookHeaders([current, previous], "evt_1", new Date(), body);
    expect(headers["webhook-id"]).toBe("evt_1");
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    for (const secret of [current, previous]) expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
    expect(() => new Webhook(current).verify(`${body} `, headers)).toThrow();
  });
});
