import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { Recording } from "../../src/schemas/recording";
import {
  api,
  bytesOf,
  createRecording,
  createTenant,
  expectError,
  listPage,
  pause,
  send,
  trashDirectly,
  uploaded,
  type RecordingPage,
  type Tenant,
} from "../helpers";

/** Creates `n` recordings one after another, each a little later than the last; oldest first. */
async function createInOrder(tenant: Tenant, n: number, fields: (i: number) => Record<string, unknown> = () => ({})): Promise<Recording[]> {
  const out: Recording[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await createRecording(tenant, fields(i)));
    await pause();
  }
  return out;
}

const newestFirst = (recordings: Recording[]) => recordings.map((r) => r.id).reverse();
const ids = (page: RecordingPage) => page.data.map((r) => r.id);
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** Follows a page link (a full URL) with the tenant's credentials. */
async function follow(tenant: Tenant, link: string): Promise<RecordingPage> {
  const url = new URL(link);
  expect(url.origin).toBe("http://api.test");
  return listPage(tenant, url.search.slice(1));
}

/** Every page from the first, following `next` until it is absent. */
async function walkForward(tenant: Tenant, q: string): Promise<RecordingPage[]> {
  const pages = [await listPage(tenant, q)];
  for (let next = pages[0]?.links.next; next; next = pages[pages.length - 1]?.links.next) {
    pages.push(await follow(tenant, next));
    expect(pages.length).toBeLessThan(50);
  }
  return pages;
}

async function setCreatedAt(recordingId: string, createdAt: string) {
  const result = await env.DB.prepare("UPDATE recordings SET created_at = ?2 WHERE id = ?1").bind(recordingId, createdAt).run();
  expect(result.meta.changes).toBe(1);
}

/** The cursor in a page link. */
function cursorOf(link: string | undefined): string {
  const cursor = link ? new URL(link).searchParams.get("cursor") : null;
  expect(cursor).toBeTruthy();
  return cursor ?? "";
}

/** `text` with the character at `index` swapped for another base64url character. */
function flip(text: string, index: number): string {
  const swapped = text[index] === "A" ? "B" : "A";
  return text.slice(0, index) + swapped + text.slice(index + 1);
}

describe("GET /v1/recordings order and limit", () => {
  it("lists newest first", async () => {
    const tenant = await createTenant();
    const created = await createInOrder(tenant, 4);
    const page = await listPage(tenant);
    expect(ids(page)).toEqual(newestFirst(created));
    expect(page.data).toEqual([...created].reverse());
  });

  it("breaks ties in created_at by id, descending", async () => {
    const tenant = await createTenant();
    const created = await createInOrder(tenant, 5);
    for (const r of created) await setCreatedAt(r.id, "2024-06-01T00:00:00.000Z");
    const expected = created.map((r) => r.id).sort().reverse();
    expect(ids(await listPage(tenant))).toEqual(expected);
    expect(ids(await listPage(tenant, "limit=2"))).toEqual(expected.slice(0, 2));
  });

  it("answers an account without recordings with an empty page and neither next nor prev", async () => {
    const tenant = await createTenant();
    const page = await listPage(tenant);
    expect(page.data).toEqual([]);
    expect(page.links.next).toBeUndefined();
    expect(page.links.prev).toBeUndefined();
  });

  it("gives 20 recordings by default and a next link when there are more", async () => {
    const tenant = await createTenant();
    await Promise.all(Array.from({ length: 21 }, () => createRecording(tenant)));
    const page = await listPage(tenant);
    expect(page.data).toHaveLength(20);
    expect(page.links.next).toBeDefined();
    expect((await follow(tenant, page.links.next ?? "")).data).toHaveLength(1);
  });

  it("accepts limits of 1 and 100", async () => {
    const tenant = await createTenant();
    await createInOrder(tenant, 2);
    expect((await listPage(tenant, "limit=1")).data).toHaveLength(1);
    expect((await listPage(tenant, "limit=100")).data).toHaveLength(2);
  });

  it.each(["0", "101", "abc", "1.5", "-1", "", " 5", "1e2", "99999999999999999999", "0x10"])(
    "answers 422 for limit=%s",
    async (limit) => {
      const tenant = await createTenant();
      const error = await expectError(await send(`/v1/recordings?${query({ limit })}`, tenant.auth), 422, "VALIDATION_ERROR");
      expect(error.details?.map((d) => d.loc)).toContainEqual(["query", "limit"]);
    },
  );
});

describe("GET /v1/recordings filters", () => {
  const C1 = "11111111-1111-4111-8111-111111111111";
  const C2 = "22222222-2222-4222-8222-222222222222";

  async function fixture() {
    const tenant = await createTenant();
    const [r1, r2, r3, r4] = await createInOrder(tenant, 4, (i) =>
      [
        { call_id: C1, room_id: "room a/ü", user_id: "u1", status: "complete", source: "pstn" },
        { call_id: C2, room_id: "room-b", user_id: "u1", status: "failed", source: "sip" },
        { call_id: C1, room_id: "room a/ü", user_id: "u2", status: "active", source: "webrtc" },
        {},
      ][i] ?? {},
    );
    return { tenant, r1: r1!.id, r2: r2!.id, r3: r3!.id, r4: r4!.id };
  }

  it("filters by every equality filter, alone and together", async () => {
    const { tenant, r1, r2, r3, r4 } = await fixture();
    const cases: [Record<string, string>, string[]][] = [
      [{ call_id: C1 }, [r3, r1]],
      [{ call_id: C1.toUpperCase() }, [r3, r1]],
      [{ call_id: C2 }, [r2]],
      [{ room_id: "room a/ü" }, [r3, r1]],
      [{ room_id: "room-b" }, [r2]],
      [{ user_id: "u1" }, [r2, r1]],
      [{ user_id: "u2" }, [r3]],
      [{ status: "complete" }, [r4, r1]],
      [{ status: "failed" }, [r2]],
      [{ status: "aborted" }, []],
      [{ source: "other" }, [r4]],
      [{ source: "sip" }, [r2]],
      [{ room_id: "room a/ü", status: "complete" }, [r1]],
      [{ call_id: C1, user_id: "u1", source: "pstn" }, [r1]],
      [{ call_id: C2, status: "complete" }, []],
      [{ room_id: "ROOM A/Ü" }, []],
      [{}, [r4, r3, r2, r1]],
    ];
    for (const [params, expected] of cases) {
      expect({ params, ids: ids(await listPage(tenant, query(params))) }).toEqual({ params, ids: expected });
    }
  });

  it("filters on created_after inclusively and created_before exclusively, in any offset", async () => {
    const tenant = await createTenant();
    const [r1, r2, r3] = (await createInOrder(tenant, 3)).map((r) => r.id) as [string, string, string];
    await setCreatedAt(r1, "2020-01-01T00:00:00.000Z");
    await setCreatedAt(r2, "2020-01-02T00:00:00.000Z");
    await setCreatedAt(r3, "2020-01-03T00:00:00.000Z");
    const cases: [Record<string, string>, string[]][] = [
      [{ created_after: "2020-01-02T00:00:00Z" }, [r3, r2]],
      [{ created_after: "2020-01-02T00:00:00.001Z" }, [r3]],
      [{ created_after: "2020-01-02T01:00:00+01:00" }, [r3, r2]],
      [{ created_before: "2020-01-02T00:00:00Z" }, [r1]],
      [{ created_before: "2020-01-02T00:00:00.001Z" }, [r2, r1]],
      [{ created_before: "2020-01-01T19:00:00-05:00" }, [r1]],
      [{ created_after: "2020-01-02T00:00:00Z", created_before: "2020-01-03T00:00:00Z" }, [r2]],
      [{ created_after: "2020-01-03T00:00:00Z", created_before: "2020-01-03T00:00:00Z" }, []],
      [{ created_after: "2021-01-01T00:00:00Z" }, []],
    ];
    for (const [params, expected] of cases) {
      expect({ params, ids: ids(await listPage(tenant, query(params))) }).toEqual({ params, ids: expected });
    }
  });

  it("hides trashed recordings by default and with deleted=exclude, shows them with include, only them with only", async () => {
    const tenant = await createTenant();
    const [live, trashed] = (await createInOrder(tenant, 2)).map((r) => r.id) as [string, string];
    await trashDirectly(trashed, "2026-01-01T00:00:00.000Z", tenant.keyId);
    expect(ids(await listPage(tenant))).toEqual([live]);
    expect(ids(await listPage(tenant, "deleted=exclude"))).toEqual([live]);
    expect(ids(await listPage(tenant, "deleted=include"))).toEqual([trashed, live]);
    const only = await listPage(tenant, "deleted=only");
    expect(ids(only)).toEqual([trashed]);
    expect(only.data[0]).toMatchObject({ deleted_at: "2026-01-01T00:00:00.000Z", deleted_by: tenant.keyId });
  });

  it.each([
    ["status", "done"],
    ["status", ""],
    ["source", "fax"],
    ["call_id", "not-a-uuid"],
    ["room_id", ""],
    ["user_id", "a".repeat(257)],
    ["user_id", "a\u0001b"],
    ["created_after", "yesterday"],
    ["created_after", "2020-01-02T01:00:00 01:00"],
    ["created_before", "2020-02-30T00:00:00Z"],
    ["deleted", "all"],
    ["deleted", "true"],
  ])("answers 422 for %s=%j", async (name, value) => {
    const tenant = await createTenant();
    const error = await expectError(await send(`/v1/recordings?${query({ [name]: value })}`, tenant.auth), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(["query", name]);
  });
});

describe("GET /v1/recordings fields", () => {
  it("projects each recording onto the named fields, always with id", async () => {
    const tenant = await createTenant();
    const [r] = await createInOrder(tenant, 1, () => ({ status: "failed", room_id: "proj" }));
    const page = await listPage(tenant, query({ fields: "status,room_id" }));
    expect(page.data).toEqual([{ id: r!.id, status: "failed", room_id: "proj" }]);
    expect((await listPage(tenant, "fields=id")).data).toEqual([{ id: r!.id }]);
    expect((await listPage(tenant, query({ fields: " status , status " }))).data).toEqual([{ id: r!.id, status: "failed" }]);
  });

  it("includes media when asked for, and in the full recording, but not in a projection without it", async () => {
    const tenant = await createTenant();
    const recording = await createRecording(tenant);
    const media = await uploaded(tenant, recording.id, bytesOf(64));
    expect((await listPage(tenant, "fields=media")).data).toEqual([{ id: recording.id, media: [media] }]);
    expect((await listPage(tenant)).data[0]?.media).toEqual([media]);
    const withoutMedia = (await listPage(tenant, "fields=status")).data[0];
    expect(withoutMedia).toEqual({ id: recording.id, status: "complete" });
  });

  it.each(["colour", "status,colour", "media.id", "ID"])("answers 422 for the unknown field in fields=%s", async (fields) => {
    const tenant = await createTenant();
    const error = await expectError(await send(`/v1/recordings?${query({ fields })}`, tenant.auth), 422, "VALIDATION_ERROR");
    expect(error.details?.map((d) => d.loc)).toContainEqual(["query", "fields"]);
  });
});

describe("GET /v1/recordings paging", () => {
  it("visits every recording exactly once when following next, with next absent on the last page and prev absent on the first", async () => {
    const tenant = await createTenant();
    const created = await createInOrder(tenant, 7);
    const pages = await walkForward(tenant, "limit=3");
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap(ids)).toEqual(newestFirst(created));
    expect(pages.map((p) => p.links.next === undefined)).toEqual([false, false, true]);
    expect(pages.map((p) => p.links.prev === undefined)).toEqual([true, false, false]);
  });

  it("ends without an empty page when the count divides evenly by the limit", async () => {
    const tenant = await createTenant();
    const created = await createInOrder(tenant, 4);
    const pages = await walkForward(tenant, "limit=2");
    expect(pages.map(ids)).toEqual([newestFirst(created).slice(0, 2), newestFirst(created).slice(2)]);
    expect(pages[1]?.links.next).toBeUndefined();
  });

  it("walks back through prev links over the same pages, with no prev on the first", async () => {
    const tenant = await createTenant();
    await createInOrder(tenant, 8);
    const forward = await walkForward(tenant, "limit=3");
    expect(forward).toHaveLength(3);
    const backward = [forward[forward.length - 1]!];
    for (let prev = backward[0]?.links.prev; prev; prev = backward[backward.length - 1]?.links.prev) {
      backward.push(await follow(tenant, prev));
      expect(backward.length).toBeLessThan(10);
    }
    expect(backward.map(ids).reverse()).toEqual(forward.map(ids));
    expect(backward[backward.length - 1]?.links.prev).toBeUndefined();
    // Going forward again from a page reached backwards gives the page after it.
    expect(ids(await follow(tenant, backward[1]!.links.next!))).toEqual(ids(forward[2]!));
  });

  it("makes links full URLs that keep every filter and change only the cursor", async () => {
    const tenant = await createTenant();
    await createInOrder(tenant, 5, () => ({ status: "failed", room_id: "room x&y" }));
    const params = { status: "failed", room_id: "room x&y", limit: "2", fields: "id,status", deleted: "include" };
    const first = await listPage(tenant, query(params));
    expect(new URL(first.links.self).toString()).toBe(first.links.self);
    expect(Object.fromEntries(new URL(first.links.self).searchParams)).toEqual(params);
    expect(Object.fromEntries(new URL(first.links.first).searchParams)).toEqual(params);
    for (const link of [first.links.self, first.links.first, first.links.next ?? ""]) {
      const url = new URL(link);
      expect(`${url.origin}${url.pathname}`).toBe("http://api.test/v1/recordings");
    }
    const next = new URL(first.links.next ?? "");
    expect(Object.fromEntries(next.searchParams)).toEqual({ ...params, cursor: cursorOf(first.links.next) });

    const second = await follow(tenant, first.links.next ?? "");
    expect(second.links.self).toBe(first.links.next);
    expect(Object.fromEntries(new URL(second.links.first).searchParams)).toEqual(params);
    expect(Object.fromEntries(new URL(second.links.prev ?? "").searchParams)).toEqual({ ...params, cursor: cursorOf(second.links.prev) });
    expect(second.data.every((r) => Object.keys(r).sort().join() === "id,status")).toBe(true);
  });

  it("neither repeats nor skips when recordings are added while paging", async () => {
    const tenant = await createTenant();
    const existing = await createInOrder(tenant, 7);
    const first = await listPage(tenant, "limit=2");
    const added: Recording[] = [];
    const seen = ids(first);
    for (let next = first.links.next; next; ) {
      added.push(...(await createInOrder(tenant, 2)));
      const page = await follow(tenant, next);
      seen.push(...ids(page));
      expect(seen.length).toBeLessThanOrEqual(existing.length);
      next = page.links.next;
    }
    expect(added.length).toBeGreaterThanOrEqual(6);
    expect(seen).toEqual(newestFirst(existing));
    expect(ids(await listPage(tenant, "limit=100"))).toEqual([...newestFirst(added), ...newestFirst(existing)]);
  });
});

describe("GET /v1/recordings cursors", () => {
  async function pagedTenant() {
    const tenant = await createTenant();
    await createInOrder(tenant, 3, () => ({ status: "complete" }));
    const page = await listPage(tenant, "limit=1&status=complete");
    return { tenant, cursor: cursorOf(page.links.next) };
  }

  async function expectInvalidCursor(tenant: Tenant, q: string) {
    await expectError(await send(`/v1/recordings?${q}`, tenant.auth), 422, "INVALID_CURSOR");
  }

  it("accepts its own cursor with the same filters", async () => {
    const { tenant, cursor } = await pagedTenant();
    expect((await listPage(tenant, query({ limit: "1", status: "complete", cursor }))).data).toHaveLength(1);
  });

  it.each(["abc", "", "abc.def", "a.b.c", "%%%", "x".repeat(600), "W10.AAAAAAAAAAAAAAAAAAAAAA"])(
    "answers 422 INVALID_CURSOR to the malformed cursor %j",
    async (cursor) => {
      const tenant = await createTenant();
      await createRecording(tenant);
      await expectInvalidCursor(tenant, query({ cursor }));
    },
  );

  it("answers 422 INVALID_CURSOR to a cursor with one character changed anywhere", async () => {
    const { tenant, cursor } = await pagedTenant();
    const dot = cursor.indexOf(".");
    for (const index of [0, Math.floor(dot / 2), dot - 1, dot + 1, cursor.length - 1]) {
      await expectInvalidCursor(tenant, query({ limit: "1", status: "complete", cursor: flip(cursor, index) }));
    }
  });

  it.each([
    ["another status", { status: "failed" }],
    ["no status", {}],
    ["an added filter", { status: "complete", room_id: "x" }],
    ["another trash filter", { status: "complete", deleted: "include" }],
    ["a date filter", { status: "complete", created_after: "2020-01-01T00:00:00Z" }],
  ])("answers 422 INVALID_CURSOR to a cursor used with %s", async (_label, params) => {
    const { tenant, cursor } = await pagedTenant();
    await expectInvalidCursor(tenant, query({ limit: "1", ...params, cursor }));
  });

  it("answers 422 INVALID_CURSOR to a cursor from another account, even with the same filters", async () => {
    const { cursor } = await pagedTenant();
    const other = await createTenant();
    await createInOrder(other, 3, () => ({ status: "complete" }));
    await expectInvalidCursor(other, query({ limit: "1", status: "complete", cursor }));
  });
});
