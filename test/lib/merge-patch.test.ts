import { describe, expect, it } from "vitest";
import { mergePatch } from "../../src/lib/merge-patch";

describe("mergePatch (RFC 7386)", () => {
  // The object-rooted examples of RFC 7386 appendix A.
  it.each([
    [{ a: "b" }, { a: "c" }, { a: "c" }],
    [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
    [{ a: "b" }, { a: null }, {}],
    [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
    [{ a: ["b"] }, { a: "c" }, { a: "c" }],
    [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
    [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
    [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])("merges %j with %j into %j", (target, patch, expected) => {
    expect(mergePatch(target, patch)).toEqual(expected);
  });

  it("applies the RFC's worked example", () => {
    const target = { title: "Goodbye!", author: { givenName: "John", familyName: "Doe" }, tags: ["example", "sample"], content: "This will be unchanged" };
    const patch = { title: "Hello!", phoneNumber: "+01-123-456-7890", author: { familyName: null }, tags: ["example"] };
    expect(mergePatch(target, patch)).toEqual({
      title: "Hello!",
      author: { givenName: "John" },
      tags: ["example"],
      content: "This will be unchanged",
      phoneNumber: "+01-123-456-7890",
    });
  });

  it("returns an equal copy for an empty patch", () => {
    const target = { a: 1, b: { c: [1, 2] } };
    const merged = mergePatch(target, {});
    expect(merged).toEqual(target);
    expect(merged).not.toBe(target);
  });

  it("replaces a scalar with an object and drops the object's nulls", () => {
    expect(mergePatch({ a: 1 }, { a: { b: null, c: 2 } })).toEqual({ a: { c: 2 } });
  });

  it("keeps falsy values that are not null: 0, false and the empty string", () => {
    expect(mergePatch({ a: 1, b: true, c: "x" }, { a: 0, b: false, c: "" })).toEqual({ a: 0, b: false, c: "" });
  });

  it("ignores a null for a key that is not there", () => {
    expect(mergePatch({ a: 1 }, { missing: null })).toEqual({ a: 1 });
  });

  it("merges several levels deep, leaving untouched branches as they were", () => {
    const target = { a: { b: { c: 1, d: 2 }, e: 3 }, f: 4 };
    expect(mergePatch(target, { a: { b: { d: null, g: 5 } } })).toEqual({ a: { b: { c: 1, g: 5 }, e: 3 }, f: 4 });
  });

  it("changes neither the target nor the patch", () => {
    const target = { a: { b: 1 }, c: 2 };
    const patch = { a: { b: null, d: 3 }, c: null };
    const before = structuredClone({ target, patch });
    mergePatch(target, patch);
    expect({ target, patch }).toEqual(before);
  });
});

describe("mergePatch and the __proto__ key", () => {
  it("keeps a __proto__ key as plain data, never as the result's prototype", () => {
    const patch = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const merged = mergePatch({}, patch);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(["__proto__", "a"]);
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("merges into and removes an existing __proto__ key like any other", () => {
    const target = JSON.parse('{"__proto__": {"x": 1, "y": 2}}') as Record<string, unknown>;
    const merged = mergePatch(target, JSON.parse('{"__proto__": {"y": null, "z": 3}}') as Record<string, unknown>);
    expect(JSON.stringify(merged)).toBe('{"__proto__":{"x":1,"z":3}}');
    expect(JSON.stringify(mergePatch(target, JSON.parse('{"__proto__": null}') as Record<string, unknown>))).toBe("{}");
  });
});
