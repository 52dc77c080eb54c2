import { IN_PROGRESS } from "../schemas/recording";

/** Many values in one bound parameter (?1, a JSON array), read back with `json_each`: D1 binds at most 100 values. */
export const IN_JSON_ARRAY = "(SELECT value FROM json_each(?1))";

/** The SQL list of in-progress statuses (fixed strings from the schema, not input). */
export const IN_PROGRESS_SQL = IN_PROGRESS.map((s) => `'${s}'`).join(", ");
