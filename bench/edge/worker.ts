// The edge section's Worker: the API (src/app.ts, as src/index.ts serves it) behind binding wrappers that
// count each request's calls to D1 (primary or replica), R2 and the colo cache. `GET /__counts?id=<X-Request-Id>`
// answers a finished request's counts. Requests must be sent one at a time (the cache is counted per isolate).
// Benchmark only; never deployed.
import { createApp } from "../../src/app";
import { countCacheCalls, countingEnv, emptyCounts, type Counts } from "./counting";

const app = createApp();
const byRequest = new Map<string, Counts>();
let current: Counts | null = null;
let patched = false;

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (!patched) {
      countCacheCalls(() => current);
      patched = true;
    }
    const url = new URL(request.url);
    if (url.pathname === "/__counts") return Response.json(byRequest.get(url.searchParams.get("id") ?? "") ?? null);
    const counts = emptyCounts();
    const id = request.headers.get("x-request-id");
    if (id) byRequest.set(id, counts);
    current = counts;
    return app.fetch(request, countingEnv(env, counts), ctx);
  },
} satisfies ExportedHandler<Env>;
