/** Applies a JSON merge patch (RFC 7396) to `target`, as SQLite's json_patch does. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    typeof target === "object" && target !== null && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/**
 * The fields a PATCH changes on a recording as it stands (`data.changes` of `recording.updated`):
 * each given field whose value differs, and `metadata` when the merge changes it. Setting a field to
 * the value it has is not a change. Named in the recording's field order.
 * @example changedFields({ status: "active", metadata: "{}" }, { status: "active" }, undefined) // []
 */
export function changedFields(
  current: Record<string, unknown> & { metadata: string },
  changes: Record<string, unknown>,
  metadataPatch: Record<string, unknown> | undefined,
): string[] {
  const metadataChanged = () => {
    const before = JSON.parse(current.metadata) as unknown;
    return JSON.stringify(mergePatch(before, metadataPatch)) !== JSON.stringify(before);
  };
  // In the recording's own field order.
  return Object.keys(current).filter((name) =>
    name === "metadata" ? metadataPatch !== undefined && metadataChanged() : changes[name] !== undefined && !sameValue(current[name], changes[name]),
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "string" && typeof b === "string" && !Number.isNaN(Date.parse(a)) && /^\d{4}-/.test(a)) {
    return Date.parse(a) === Date.parse(b);
  }
  return (a ?? null) === (b ?? null);
}
