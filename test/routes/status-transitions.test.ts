import { describe, expect, it } from "vitest";
import { RecordingSchema, STATUSES, type Status } from "../../src/schemas/recording";
import { api, createRecording, createTenant, deleteRecording, expectError, send, withJson, type Tenant } from "../helpers";

function patch(tenant: Tenant, id: string, body: unknown) {
  return api(`/v1/recordings/${id}`, withJson("PATCH", body, tenant.auth));
}

async function current(tenant: Tenant, id: string) {
  const res = await send(`/v1/recordings/${id}`, tenant.auth);
  expect(res.status).toBe(200);
  return RecordingSchema.parse(await res.json());
}

/** The moves contract section 3 allows besides "the same status again". */
const FORWARD: Record<Status, Status[]> = {
  starting: ["active", "ending", "complete", "failed", "aborted"],
  active: ["ending", "complete", "failed", "aborted"],
  ending: ["complete", "failed", "aborted"],
  complete: [],
  failed: [],
  aborted: [],
};

const pairs = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as [Status, Status]));
const allowed = pairs.filter(([from, to]) => from === to || FORWARD[from].includes(to));
const refused = pairs.filter(([from, to]) => from !== to && !FORWARD[from].includes(to));

describe("PATCH status transitions", () => {
  it.each(allowed)("allows %s → %s", async (from, to) => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status: from });
    const res = await patch(tenant, recording.id, { status: to });
    expect(res.status).toBe(200);
    expect(RecordingSchema.parse(await res.json()).status).toBe(to);
  });

  it.each(refused)("refuses %s → %s with 409 INVALID_STATUS_TRANSITION naming both, and changes nothing", async (from, to) => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status: from, metadata: { a: 1 } });
    const res = await patch(tenant, recording.id, { status: to, room_id: "changed", metadata: { b: 2 } });
    const error = await expectError(res, 409, "INVALID_STATUS_TRANSITION");
    expect(error.message).toContain(from);
    expect(error.message).toContain(to);
    expect(await current(tenant, recording.id)).toEqual(recording);
  });

  it("keeps a finished recording deletable: complete → active is refused and the delete still works", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant, { status: "complete" });
    await expectError(await patch(tenant, recording.id, { status: "active" }), 409, "INVALID_STATUS_TRANSITION");
    expect((await deleteRecording(tenant, recording.id)).status).toBe(204);
  });

  it("lets exactly one of two racing moves out of an in-progress status win", async () => {
    const tenant = await createTenant();
    for (let round = 0; round < 5; round++) {
      const recording = await createRecording(tenant, { status: "ending" });
      const [a, b] = await Promise.all([patch(tenant, recording.id, { status: "complete" }), patch(tenant, recording.id, { status: "failed" })]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const winner = a.status === 200 ? "complete" : "failed";
      expect((await current(tenant, recording.id)).status).toBe(winner);
    }
  });
});
