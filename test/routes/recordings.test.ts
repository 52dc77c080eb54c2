import { describe, expect, it } from "vitest";
import { RecordingSchema, type Recording } from "../../src/schemas/recording";
import { api, createRecording, createTenant, expectError, listPage, pause, send, trashDirectly, withJson, type Tenant } from "../helpers";

async function getRecording(tenant: Tenant, id: string): Promise<Recording> {
  const res = await send(`/v1/recordings/${id}`, tenant.auth);
  expect(res.status).toBe(200);
  return RecordingSchema.parse(await res.json());
}

function patch(tenant: Tenant, id: string, body: unknown) {
  return api(`/v1/recordings/${id}`, withJson("PATCH", body, tenant.auth));
}

const CALL_ID = "6F1C2A9E-3B7D-4C41-9A55-2D8E0B6F4A10";

/** Every writable field set, with the values the service should answer with. */
const FULL = {
  call_id: CALL_ID,
  room_id: "room-ü 42",
  user_id: "user@example.com",
  source: "webrtc",
  status: "active",
  started_at: "2026-03-01T10:00:00+02:00",
  ended_at: "2026-03-01T08:30:00.5Z",
  duration_seconds: 1800.5,
  channels: 2,
  track: "both",
  metadata: { customer: { id: 7, tags: ["a", "b"] }, flag: true, none: null, ratio: 1.5, text: "ünïcode ✓" },
} as const;

describe("POST /v1/recordings", () => {
  const defaults = {
    call_id: null,
    room_id: null,
    user_id: null,
    source: "other",
    status: "complete",
    started_at: null,
    ended_at: null,
    duration_seconds: null,
    channels: null,
    track: null,
    metadata: {},
    media: [],
    deleted_at: null,
    deleted_by: null,
  };

  it.each([
    ["no body at all", { method: "POST" }],
    ["an empty body with a JSON Content-Type", { method: "POST", headers: { "content-type": "application/json" }, body: "" }],
    ["an empty object", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }],
  ])("creates a recording with the contract's defaults from %s", async (_label, init: RequestInit) => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", { ...init, headers: { ...(init.headers as Record<string, string>), authorization: tenant.auth } });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const recording = RecordingSchema.parse(await res.json());
    expect(recording).toMatchObject({ ...defaults, account_id: tenant.accountId });
    expect(recording.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(recording.updated_at).toBe(recording.created_at);
    expect(new Date(recording.created_at).toISOString()).toBe(recording.created_at);
    expect(res.headers.get("location")).toBe(`/v1/recordings/${recording.id}`);
    expect(await getRecording(tenant, recording.id)).toEqual(recording);
  });

  it("stores every field it is given and answers it back, dates in UTC and the call id in lower case", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", withJson("POST", FULL, tenant.auth));
    expect(res.status).toBe(201);
    const recording = RecordingSchema.parse(await res.json());
    expect(recording).toMatchObject({
      ...FULL,
      call_id: CALL_ID.toLowerCase(),
      started_at: "2026-03-01T08:00:00.000Z",
      ended_at: "2026-03-01T08:30:00.500Z",
    });
    expect(recording.metadata).toEqual(FULL.metadata);
    expect(await getRecording(tenant, recording.id)).toEqual(recording);
    expect((await listPage(tenant)).data).toEqual([recording]);
  });

  it("gives each recording its own id", async () => {
    const tenant = await createTenant();
    const [a, b] = await Promise.all([createRecording(tenant), createRecording(tenant)]);
    expect(a.id).not.toBe(b.id);
  });

  it("accepts ended_at equal to started_at", async () => {
    const tenant = await createTenant();
    const at = "2026-05-01T12:00:00.000Z";
    const recording = await createRecording(tenant, { started_at: at, ended_at: at });
    expect([recording.started_at, recording.ended_at]).toEqual([at, at]);
  });

  it.each(["id", "account_id", "media", "created_at", "updated_at", "deleted_at", "deleted_by"])(
    "refuses the server-owned field %s with 422 located at it, and stores nothing",
    async (field) => {
      const tenant = await createTenant();
      const values: Record<string, unknown> = {
        id: crypto.randomUUID(),
        account_id: tenant.accountId,
        media: [],
        created_at: "2026-01-01T00:00:00.000Z",
        updated_at: "2026-01-01T00:00:00.000Z",
        deleted_at: null,
        deleted_by: null,
      };
      const res = await api("/v1/recordings", withJson("POST", { room_id: "r", [field]: values[field] }, tenant.auth));
      const error = await expectError(res, 422, "VALIDATION_ERROR");
      expect(error.details?.map((d) => d.loc)).toEqual([["body", field]]);
      expect((await listPage(tenant)).data).toEqual([]);
    },
  );

  it("refuses unknown fields with 422, one detail for each", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", withJson("POST", { foo: 1, bar: "x", room_id: "r" }, tenant.auth));
    const error = await expectError(res, 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc).sort()).toEqual([["body", "bar"], ["body", "foo"]]);
    expect((await listPage(tenant)).data).toEqual([]);
  });

  const invalid: [string, Record<string, unknown>, (string | number)[]][] = [
    ["a status that is a number", { status: 1 }, ["body", "status"]],
    ["a room id that is a number", { room_id: 5 }, ["body", "room_id"]],
    ["a user id that is an object", { user_id: { id: 1 } }, ["body", "user_id"]],
    ["a duration that is a string", { duration_seconds: "60" }, ["body", "duration_seconds"]],
    ["channels as a string", { channels: "1" }, ["body", "channels"]],
    ["channels 3", { channels: 3 }, ["body", "channels"]],
    ["channels 0", { channels: 0 }, ["body", "channels"]],
    ["channels 1.5", { channels: 1.5 }, ["body", "channels"]],
    ["a call id that is not a UUID", { call_id: "call-1" }, ["body", "call_id"]],
    ["an empty room id", { room_id: "" }, ["body", "room_id"]],
    ["a room id over 256 characters", { room_id: "r".repeat(257) }, ["body", "room_id"]],
    ["a user id over 256 characters", { user_id: "u".repeat(10_000) }, ["body", "user_id"]],
    ["a room id with a NUL", { room_id: "a\u0000b" }, ["body", "room_id"]],
    ["a user id with a newline", { user_id: "alice\nbob" }, ["body", "user_id"]],
    ["a user id with an escape character", { user_id: "\u001b[31mred" }, ["body", "user_id"]],
    ["a duration of 1e308", { duration_seconds: 1e308 }, ["body", "duration_seconds"]],
    ["a duration over a year", { duration_seconds: 31_536_001 }, ["body", "duration_seconds"]],
    ["a negative duration", { duration_seconds: -1 }, ["body", "duration_seconds"]],
    ["an unknown source", { source: "fax" }, ["body", "source"]],
    ["an unknown status", { status: "done" }, ["body", "status"]],
    ["a status in another case", { status: "COMPLETE" }, ["body", "status"]],
    ["a null status", { status: null }, ["body", "status"]],
    ["a null source", { source: null }, ["body", "source"]],
    ["an unknown track", { track: "left" }, ["body", "track"]],
    ["a started_at that is not a date", { started_at: "yesterday" }, ["body", "started_at"]],
    ["a started_at on a day that does not exist", { started_at: "2026-02-30T10:00:00Z" }, ["body", "started_at"]],
    ["a started_at without a time", { started_at: "2026-02-03" }, ["body", "started_at"]],
    ["a started_at without an offset", { started_at: "2026-02-03T10:00:00" }, ["body", "started_at"]],
    ["a started_at in year 0 (would not sort as text)", { started_at: "0000-01-01T00:00:00+14:00" }, ["body", "started_at"]],
    ["a started_at before 1970", { started_at: "1969-12-31T23:59:59Z" }, ["body", "started_at"]],
    ["an ended_at at hour 25", { ended_at: "2026-02-03T25:00:00Z" }, ["body", "ended_at"]],
    ["an ended_at as a number", { ended_at: 1767225600000 }, ["body", "ended_at"]],
    ["metadata that is an array", { metadata: [1, 2] }, ["body", "metadata"]],
    ["metadata that is a string", { metadata: "{}" }, ["body", "metadata"]],
    ["metadata that is null", { metadata: null }, ["body", "metadata"]],
    ["metadata over 8 KiB", { metadata: { note: "m".repeat(8 * 1024) } }, ["body", "metadata"]],
  ];

  it.each(invalid)("refuses %s with 422 located at the field, and stores nothing", async (_label, body, loc) => {
    const tenant = await createTenant();
    const error = await expectError(await api("/v1/recordings", withJson("POST", body, tenant.auth)), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("refuses a number too large for JSON (1e400 parses to Infinity) with 422", async () => {
    const tenant = await createTenant();
    const res = await api("/v1/recordings", { method: "POST", headers: { authorization: tenant.auth }, body: '{"duration_seconds": 1e400}' });
    const error = await expectError(res, 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["body", "duration_seconds"]]);
    expect((await listPage(tenant)).data).toEqual([]);
  });

  it("accepts metadata of just under 8 KiB", async () => {
    const tenant = await createTenant();
    const metadata = { note: "m".repeat(8 * 1024 - '{"note":""}'.length) };
    expect(new TextEncoder().encode(JSON.stringify(metadata)).byteLength).toBe(8 * 1024);
    expect((await createRecording(tenant, { metadata })).metadata).toEqual(metadata);
  });

  it("refuses ended_at before started_at with 422 at ended_at, and stores nothing", async () => {
    const tenant = await createTenant();
    const body = { started_at: "2026-05-01T12:00:00Z", ended_at: "2026-05-01T13:59:59+02:00" };
    const error = await expectError(await api("/v1/recordings", withJson("POST", body, tenant.auth)), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["body", "ended_at"]]);
    expect((await listPage(tenant)).data).toEqual([]);
  });
});

describe("GET /v1/recordings/{id}", () => {
  it("answers 200 with the recording as JSON", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { room_id: "get-me", metadata: { a: 1 } });
    const res = await send(`/v1/recordings/${recording.id}`, tenant.auth);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(RecordingSchema.parse(await res.json())).toEqual(recording);
  });

  it("finds the recording by its id in upper case", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    expect(await getRecording(tenant, recording.id.toUpperCase())).toEqual(recording);
  });

  it("answers 404 RECORDING_NOT_FOUND for an id that does not exist", async () => {
    const tenant = await createTenant();
    await createRecording(tenant);
    const missing = crypto.randomUUID();
    const error = await expectError(await send(`/v1/recordings/${missing}`, tenant.auth), 404, "RECORDING_NOT_FOUND");
    expect(error.message).toContain(missing);
  });

  it("answers 404 for a recording in the trash", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    await trashDirectly(recording.id);
    await expectError(await send(`/v1/recordings/${recording.id}`, tenant.auth), 404, "RECORDING_NOT_FOUND");
  });
});

describe("PATCH /v1/recordings/{id}", () => {
  it("changes the given fields, keeps the rest, and bumps updated_at only", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { ...FULL, status: "active", metadata: { a: 1 } });
    await pause();
    const changes = {
      status: "complete",
      ended_at: "2026-03-01T09:00:00Z",
      duration_seconds: 3600,
      call_id: "00000000-0000-4000-8000-000000000001",
      room_id: "room-2",
      user_id: "user-2",
      track: "inbound",
      channels: 1,
    };
    const res = await patch(tenant, original.id, changes);
    expect(res.status).toBe(200);
    const updated = RecordingSchema.parse(await res.json());
    expect(updated).toEqual({
      ...original,
      ...changes,
      ended_at: "2026-03-01T09:00:00.000Z",
      updated_at: updated.updated_at,
    });
    expect(updated.updated_at > original.updated_at).toBe(true);
    expect(updated.created_at).toBe(original.created_at);
    expect(await getRecording(tenant, original.id)).toEqual(updated);
  });

  it("clears nullable fields set to null", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, FULL);
    const res = await patch(tenant, original.id, { room_id: null, user_id: null, call_id: null, channels: null, track: null, duration_seconds: null, ended_at: null });
    expect(res.status).toBe(200);
    const updated = RecordingSchema.parse(await res.json());
    expect(updated).toMatchObject({ room_id: null, user_id: null, call_id: null, channels: null, track: null, duration_seconds: null, ended_at: null });
    expect(updated.started_at).toBe(original.started_at);
    expect(updated.status).toBe(original.status);
  });

  it("merges metadata as RFC 7396 says: objects merge, null removes, the rest replaces", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { metadata: { keep: "yes", nested: { x: 1, y: 2 }, drop: true, list: [1, 2, 3] } });
    const res = await patch(tenant, original.id, { metadata: { nested: { y: null, z: 3 }, drop: null, list: [4], added: { deep: "v" } } });
    expect(res.status).toBe(200);
    const expected = { keep: "yes", nested: { x: 1, z: 3 }, list: [4], added: { deep: "v" } };
    expect(RecordingSchema.parse(await res.json()).metadata).toEqual(expected);
    expect((await getRecording(tenant, original.id)).metadata).toEqual(expected);
  });

  it("keeps every key when many metadata merges arrive at once (no lost update)", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { metadata: { base: 0 } });
    const keys = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const answers = await Promise.all(keys.map((key, i) => patch(tenant, original.id, { metadata: { [key]: i } })));
    expect(answers.map((r) => r.status)).toEqual(keys.map(() => 200));
    const expected = Object.fromEntries([["base", 0], ...keys.map((key, i) => [key, i] as const)]);
    expect((await getRecording(tenant, original.id)).metadata).toEqual(expected);
  });

  it("leaves metadata alone when the patch does not mention it", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { status: "active", metadata: { a: { b: 1 } } });
    const res = await patch(tenant, original.id, { status: "failed" });
    expect(res.status).toBe(200);
    const updated = RecordingSchema.parse(await res.json());
    expect(updated.metadata).toEqual({ a: { b: 1 } });
    expect(updated.status).toBe("failed");
  });

  it("moves a recording in progress to complete, as a recorder does", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { status: "starting" });
    for (const status of ["active", "ending", "complete"]) {
      const res = await patch(tenant, original.id, { status });
      expect(res.status).toBe(200);
      expect(RecordingSchema.parse(await res.json()).status).toBe(status);
    }
  });

  const badPatches: [string, Record<string, unknown>, (string | number)[]][] = [
    ["a null status", { status: null }, ["body", "status"]],
    ["an unknown status", { status: "finished" }, ["body", "status"]],
    ["channels 3", { channels: 3 }, ["body", "channels"]],
    ["a duration of 1e308", { duration_seconds: 1e308 }, ["body", "duration_seconds"]],
    ["a room id with a control character", { room_id: "r\u0007" }, ["body", "room_id"]],
    ["a bad ended_at", { ended_at: "2026-13-01T00:00:00Z" }, ["body", "ended_at"]],
    ["metadata that is null", { metadata: null }, ["body", "metadata"]],
    ["metadata that is an array", { metadata: ["x"] }, ["body", "metadata"]],
    ["the source, which is set on create only", { source: "sip" }, ["body", "source"]],
    ["started_at, which is set on create only", { started_at: "2026-03-01T07:00:00Z" }, ["body", "started_at"]],
    ["the id", { id: "00000000-0000-4000-8000-000000000002" }, ["body", "id"]],
    ["the account id", { account_id: "00000000-0000-4000-8000-000000000003" }, ["body", "account_id"]],
    ["created_at", { created_at: "2020-01-01T00:00:00Z" }, ["body", "created_at"]],
    ["updated_at", { updated_at: "2020-01-01T00:00:00Z" }, ["body", "updated_at"]],
    ["deleted_at", { deleted_at: "2020-01-01T00:00:00Z" }, ["body", "deleted_at"]],
    ["media", { media: [] }, ["body", "media"]],
    ["an unknown field", { colour: "red" }, ["body", "colour"]],
    ["an ended_at before the stored started_at", { ended_at: "2026-03-01T07:59:59Z" }, ["body", "ended_at"]],
  ];

  it.each(badPatches)("refuses %s with 422 and changes nothing, even alongside valid changes", async (_label, body, loc) => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { ...FULL, metadata: { a: 1 } });
    const error = await expectError(await patch(tenant, original.id, { room_id: "changed", metadata: { b: 2 }, ...body }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(loc);
    expect(await getRecording(tenant, original.id)).toEqual(original);
  });

  it("refuses a merge that would take the metadata over 8 KiB, and changes nothing", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { metadata: { first: "f".repeat(5000) } });
    const error = await expectError(await patch(tenant, original.id, { metadata: { second: "s".repeat(5000) } }), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toEqual([["body", "metadata"]]);
    expect(await getRecording(tenant, original.id)).toEqual(original);
  });

  it("allows a merge that frees room by removing a key in the same patch", async () => {
    const tenant = await createTenant();
    const original = await createRecording(tenant, { metadata: { first: "f".repeat(5000) } });
    const res = await patch(tenant, original.id, { metadata: { first: null, second: "s".repeat(5000) } });
    expect(res.status).toBe(200);
    expect(RecordingSchema.parse(await res.json()).metadata).toEqual({ second: "s".repeat(5000) });
  });

  it("answers 404 RECORDING_NOT_FOUND for an id that does not exist", async () => {
    const tenant = await createTenant();
    await expectError(await patch(tenant, crypto.randomUUID(), { status: "failed" }), 404, "RECORDING_NOT_FOUND");
  });

  it("answers 404 for a recording in the trash and leaves it as it was", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { room_id: "trashed" });
    await trashDirectly(recording.id);
    await expectError(await patch(tenant, recording.id, { room_id: "changed" }), 404, "RECORDING_NOT_FOUND");
    const [row] = (await listPage(tenant, "deleted=only")).data;
    expect(row?.room_id).toBe("trashed");
  });
});

describe("tenant isolation", () => {
  /** The error for `id`, with the id taken out, so two answers can be compared. */
  async function notFoundShape(res: Response, id: string) {
    const body = await expectError(res, 404, "RECORDING_NOT_FOUND");
    return { status: res.status, code: body.error_code, message: body.message.replace(id, "<id>"), details: body.details };
  }

  it("answers another account's recording on GET exactly like a missing one", async () => {
    const [owner, stranger] = await Promise.all([createTenant(), createTenant()]);
    const recording = await createRecording(owner);
    const missing = crypto.randomUUID();
    const theirs = await notFoundShape(await send(`/v1/recordings/${recording.id}`, stranger.auth), recording.id);
    const absent = await notFoundShape(await send(`/v1/recordings/${missing}`, stranger.auth), missing);
    expect(theirs).toEqual(absent);
  });

  it("answers another account's recording on PATCH like a missing one, and leaves it unchanged", async () => {
    const [owner, stranger] = await Promise.all([createTenant(), createTenant()]);
    const recording = await createRecording(owner, { room_id: "mine", metadata: { a: 1 } });
    const missing = crypto.randomUUID();
    const theirs = await notFoundShape(await patch(stranger, recording.id, { room_id: "theirs", metadata: { a: null } }), recording.id);
    const absent = await notFoundShape(await patch(stranger, missing, { room_id: "theirs" }), missing);
    expect(theirs).toEqual(absent);
    expect(await getRecording(owner, recording.id)).toEqual(recording);
  });

  it("lists only the caller's own recordings", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    const mine = await createRecording(a, { room_id: "shared-room" });
    const theirs = await createRecording(b, { room_id: "shared-room" });
    expect((await listPage(a, "room_id=shared-room")).data.map((r) => r.id)).toEqual([mine.id]);
    expect((await listPage(b, "room_id=shared-room&deleted=include")).data.map((r) => r.id)).toEqual([theirs.id]);
  });

  it("keeps another account's trashed recordings out of deleted=only", async () => {
    const [a, b] = await Promise.all([createTenant(), createTenant()]);
    const theirs = await createRecording(b);
    await trashDirectly(theirs.id);
    expect((await listPage(a, "deleted=only")).data).toEqual([]);
    expect((await listPage(b, "deleted=only")).data.map((r) => r.id)).toEqual([theirs.id]);
  });
});
