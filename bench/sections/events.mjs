// Section `events`: 1,000 recording changes with two subscribed webhook endpoints, timed from the commit
// (the event's created_at) to each receiver having it (p50/p99); and what the outbox and the hand-over add
// to a create: creates per second for an account with two endpoints against one with none (target ≥ 0.9).
import { createServer } from "node:http";
import { performance } from "node:perf_hooks";
import { envNumber } from "../context.mjs";
import { median, percentile } from "../load.mjs";

const ms = (value) => `${value.toFixed(1)} ms`;

/** A receiver that answers 204 at once and notes when each event (by webhook-id) arrived, by the wall clock. */
async function receiver() {
  const arrivals = new Map();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (c) => chunks.push(c));
    request.on("end", () => {
      const id = String(request.headers["webhook-id"]);
      if (!arrivals.has(id)) arrivals.set(id, { at: Date.now(), event: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/hooks`, arrivals, close: () => new Promise((r) => server.close(r)) };
}

/** `count` creates with `concurrency` in flight; resolves with the seconds they took. */
async function creates(apiUrl, key, count, concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const res = await fetch(`${apiUrl}/v1/recordings`, {
        method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify({ status: "active" }),
      });
      if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (performance.now() - t0) / 1000;
}

async function waitFor(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export default {
  name: "events",
  title: "Events and webhooks",
  /** @param {ReturnType<typeof import("../context.mjs").sectionContext>} ctx */
  async run(ctx) {
    const config = {
      changes: envNumber("BENCH_EVENTS_CHANGES", 1000),
      rounds: envNumber("BENCH_EVENTS_ROUNDS", 2),
      concurrency: envNumber("BENCH_EVENTS_CONCURRENCY", 8),
    };
    const persistTo = await ctx.newState("events");
    const api = await ctx.start("events-api", { persistTo, vars: { WEBHOOK_ALLOW_HTTP_LOOPBACK: "true" } });
    const [one, two] = [await receiver(), await receiver()];
    try {
      const subscribed = await ctx.tenant(api.url, "bench events");
      const quiet = await ctx.tenant(api.url, "bench no endpoints");
      for (const r of [one, two]) {
        const res = await fetch(`${api.url}/v1/webhooks`, {
          method: "POST", headers: { authorization: `Bearer ${subscribed.key}`, "content-type": "application/json" }, body: JSON.stringify({ url: r.url }),
        });
        if (res.status !== 201) throw new Error(`webhook create answered ${res.status}: ${await res.text()}`);
      }
      const perRound = Math.ceil(config.changes / config.rounds);
      const rates = { subscribed: [], quiet: [] };
      ctx.log(`${config.rounds} rounds of ${perRound} creates (${config.concurrency} in flight) with two endpoints and with none, alternating first…`);
      for (let round = 0; round < config.rounds; round++) {
        const order = round % 2 === 0 ? ["subscribed", "quiet"] : ["quiet", "subscribed"];
        for (const which of order) {
          const tenant = which === "subscribed" ? subscribed : quiet;
          rates[which].push(perRound / (await creates(api.url, tenant.key, perRound, config.concurrency)));
        }
      }
      const total = perRound * config.rounds;
      await waitFor(() => one.arrivals.size >= total && two.arrivals.size >= total, 180_000, `${total} events at both receivers`);
      const latencies = [one, two].flatMap((r) => [...r.arrivals.values()].map(({ at, event }) => at - Date.parse(event.created_at)));
      const ratio = median(rates.subscribed) / median(rates.quiet);
      const rows = [
        [`${total} creates with two endpoints: commit → receiver, p50`, ms(percentile(latencies, 50)), "", ""],
        [`${total} creates with two endpoints: commit → receiver, p99`, ms(percentile(latencies, 99)), "", ""],
        ["deliveries received (each event at both receivers, once)", `${one.arrivals.size + two.arrivals.size}`, `${2 * total}`, one.arrivals.size + two.arrivals.size === 2 * total],
        ["creates per second, two endpoints subscribed (p50 of rounds)", median(rates.subscribed).toFixed(1), "", ""],
        ["creates per second, no endpoints (p50 of rounds)", median(rates.quiet).toFixed(1), "", ""],
        ["create throughput with endpoints / without", ratio.toFixed(2), "≥ 0.9", ratio >= 0.9],
      ];
      const details = `Rounds: with endpoints ${rates.subscribed.map((r) => r.toFixed(1)).join(", ")} creates/s; without ${rates.quiet.map((r) => r.toFixed(1)).join(", ")}.

### Method

The API runs in \`wrangler dev\` on fresh local storage (its local Queue is the delivery queue, consumed by the
same Worker), with \`WEBHOOK_ALLOW_HTTP_LOOPBACK=true\` so that two Node HTTP receivers on 127.0.0.1 can be
endpoints of one account; a second account has no endpoint. Each round sends ${perRound} \`POST /v1/recordings\`
(status \`active\`: one \`recording.created\` event each) with ${config.concurrency} requests in flight, for one account
and then the other (the order alternates by round), and counts creates per second. Every create writes its
event in its own D1 batch and hands the account's waiting events to the queue after answering (waitUntil),
also for the account with no endpoints, so the ratio shows what fan-out and delivery cost the API. The latency
of a delivery is the wall-clock time at which a receiver first got the event minus the event's \`created_at\`
(the commit, stamped by the Worker on the same machine); both receivers answer 204 at once.`;
      return { rows, allMet: ratio >= 0.9 && one.arrivals.size + two.arrivals.size === 2 * total, details };
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  },
};
