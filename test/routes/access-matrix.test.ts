import { describe, expect, it } from "vitest";
import { ALL_SCOPES, createRecording, createTenant, send, uploaded, bytesOf, type Tenant } from "../helpers";
import { addRestrictedKey, mintToken } from "../access-helpers";
import { caseFor, CASES, visible, type Credential, type Fixture, type Target } from "../access/matrix-cases";
import { document } from "../openapi-conformance";
import type { Scope } from "../../src/schemas/auth";
import { RecordingSchema } from "../../src/schemas/recording";
import { newUpload } from "../tus-helpers";

/** Every operation of the OpenAPI document, as "METHOD /path". */
const OPERATIONS = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));

const CREDENTIALS: Credential[] = ["restricted key", "room token", "unrestricted key"];
const TARGETS: Target[] = ["room A", "room B", "other account"];

// Every credential may also place and release legal holds (not change the account's settings).
const SCOPES: Scope[] = [...ALL_SCOPES, "legal_holds:manage"];
const owner = await createTenant(SCOPES, "Matrix owner");
const stranger = await createTenant(SCOPES, "Matrix stranger");
const credentials: Record<Credential, string> = {
  "restricted key": (await addRestrictedKey(owner.accountId, { room_id: "room-a" }, SCOPES)).auth,
  "room token": (await mintToken(owner, { scopes: SCOPES, restrict: { room_id: "room-a" } })).tenant.auth,
  "unrestricted key": owner.auth,
};

/** A fresh recording for one cell, in room A or B of the owner's account, or in room A of another account. */
async function fixture(credential: Credential, target: Target): Promise<Fixture> {
  const holder: Tenant = target === "other account" ? stranger : owner;
  const created = await createRecording(holder, { room_id: target === "room B" ? "room-b" : "room-a", call_id: crypto.randomUUID() });
  const media = await uploaded(holder, created.id, bytesOf(64));
  const uploadPath = await newUpload(holder, created.id, 4);
  const recording = RecordingSchema.parse(await (await send(`/v1/recordings/${created.id}`, holder.auth)).json());
  return { recording, media, uploadPath, owner: holder, auth: credentials[credential], credential, target };
}

describe("the authorization matrix", () => {
  it("has a line for every operation in the OpenAPI document, and none for operations that are gone", () => {
    expect(OPERATIONS.filter((op) => !caseFor(op))).toEqual([]);
    const documented = new Set(OPERATIONS);
    expect(Object.keys(CASES).filter((op) => !documented.has(op))).toEqual([]);
  });

  it.each(OPERATIONS)("%s answers each credential as its reach allows", async (operation) => {
    const line = caseFor(operation);
    if (!line) throw new Error(`no matrix line for ${operation}`);
    const method = operation.split(" ")[0]!;
    const expected: Record<string, number> = {};
    const actual: Record<string, number> = {};
    for (const credential of CREDENTIALS) {
      for (const target of TARGETS) {
        const f = await fixture(credential, target);
        const cell = `${credential} × ${target}`;
        const res = await line.send(f, method);
        expected[cell] = line.expect(f);
        actual[cell] = res.status;
        if (res.status === expected[cell] && res.status < 300 && line.check) await line.check(res, f);
        if (!visible(f)) {
          // What the credential could not reach is exactly as it was.
          const after = await send(`/v1/recordings/${f.recording.id}`, f.owner.auth);
          expect(after.status).toBe(200);
          expect(((await after.json()) as { updated_at: string }).updated_at).toBe(f.recording.updated_at);
        }
      }
    }
    expect(actual).toEqual(expected);
  }, 60_000);
});
