// Section `list`: the latency of `GET /v1/recordings?limit=20` on the first page against a page
// thousands deep, with 100,000 recordings in the account.
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { envNumber } from "../context.mjs";
import { executeD1File, recordingRows, writeInsertFiles } from "../d1-seed.mjs";
import { measureListLatency, walkToDeepPage } from "../list-bench.mjs";

/** The brief's target: a deep page costs ≤ 1.3× the first. */
const TARGET = 1.3;
const ms = (value) => `${value.toFixed(1)} ms`;
const ms3 = (s) => `${ms(s.p50)} / ${ms(s.p90)} / ${ms(s.p99)}`;

export default {
  name: "list",
  title: "List pages",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const config = {
      recordings: envNumber("BENCH_RECORDINGS", 100_000),
      depth: envNumber("BENCH_DEPTH", 4_000),
      listRequests: envNumber("BENCH_LIST_REQUESTS", 200),
      listWarmup: 20,
    };
    const persistTo = await ctx.newState("list");
    const seeder = await ctx.start("list-seed", { persistTo });
    const lister = await ctx.tenant(seeder.url, "bench list", ["recordings:read"]);
    await ctx.stop(seeder);

    ctx.log(`Bulk-inserting ${config.recordings.toLocaleString("en-US")} recordings into the local D1…`);
    const t0 = performance.now();
    const rows = recordingRows({ accountId: lister.accountId, count: config.recordings, trashedBy: lister.keyId });
    for (const file of writeInsertFiles(rows, { dir: ctx.runDir })) {
      await executeD1File({ file, persistTo });
      rmSync(file);
    }
    const seedMs = performance.now() - t0;

    const api = await ctx.start("list-api", { persistTo });
    ctx.log(`List: following links.next to page ${config.depth.toLocaleString("en-US")}…`);
    const walk = await walkToDeepPage({ apiUrl: api.url, key: lister.key, depth: config.depth });
    ctx.log(`  reached in ${(walk.walkMs / 1000).toFixed(1)} s; ${config.listRequests} requests each, first and deep page alternating…`);
    const list = await measureListLatency({ ...walk, count: config.listRequests, warmup: config.listWarmup });

    const depth = config.depth.toLocaleString("en-US");
    const listRatio = list.deep.p50 / list.first.p50;
    const allMet = listRatio <= TARGET;
    const rowsOut = [
      ["list `limit=20`, first page p50 / p90 / p99", ms3(list.first), "", ""],
      [`list \`limit=20\`, page ${depth} p50 / p90 / p99`, ms3(list.deep), "", ""],
      [`list, page ${depth} / first page p50`, listRatio.toFixed(2), `≤ ${TARGET}`, allMet],
    ];
    const details = `${config.recordings.toLocaleString("en-US")} recordings in the account (bulk-inserted in ${(seedMs / 1000).toFixed(1)} s);
${list.first.n} first-page and ${list.deep.n} deep-page requests measured. Walking to page ${depth} took
${(walk.walkMs / 1000).toFixed(1)} s; median latency of the walk's first 100 pages ${ms(walk.walkP50.early)}, of its last 100
pages ${ms(walk.walkP50.late)}.

### Method

An account and key are made through the admin API; the recordings are then bulk-inserted straight into the local
D1 with \`wrangler d1 execute --local --file\` (multi-row INSERTs; distinct created_at values minutes apart over about
a year, mixed sources and statuses, call and room ids, 1% in the trash). Bulk insert is a shortcut for the data set
only: every measured request goes through the API. The deep page is reached by following \`links.next\` from
\`GET /v1/recordings?limit=20\` and checked to hold 20 recordings, none of them on the first page and all older. The
first and the deep page are then requested one at a time, alternating, ${config.listWarmup} pairs of warm-up then
${config.listRequests} measured pairs.`;
    return { rows: rowsOut, allMet, details };
  },
};
