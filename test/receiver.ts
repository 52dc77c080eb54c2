// A webhook receiver for the workerd tests, run in Node as the pool's outbound service: every fetch
// the Worker makes to https://receiver.test/… lands here. Paths choose its behaviour:
//   /ok/<key>                always 200
//   /fail/<n>/<key>          500 for the first n attempts of each webhook-id, then 200
//   /status/<code>/<key>     always <code>
//   /slow/<ms>/<key>         answers 200 after <ms>
// GET https://receiver.test/__log/<key> answers what <key> received: [{ id, timestamp, signature, body, answered }].

/** One POST as the receiver got it. */
export interface Received {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
  body: string;
  answered: number;
  at: number;
}

const received = new Map<string, Received[]>();
const failures = new Map<string, number>();

function answer(path: string[], id: string | null): { status: number; delayMs: number; key: string } {
  const [kind, arg, key = arg] = path;
  if (kind === "fail") {
    const seen = failures.get(`${key}/${id}`) ?? 0;
    failures.set(`${key}/${id}`, seen + 1);
    return { status: seen < Number(arg) ? 500 : 200, delayMs: 0, key: key! };
  }
  if (kind === "status") return { status: Number(arg), delayMs: 0, key: key! };
  if (kind === "slow") return { status: 200, delayMs: Number(arg), key: key! };
  return { status: 200, delayMs: 0, key: arg ?? "default" };
}

/** The outbound service: the receiver for receiver.test, the real network for anything else. */
export async function receiverService(request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.hostname !== "receiver.test") return fetch(request);
  const path = url.pathname.split("/").filter(Boolean);
  if (request.method === "GET" && path[0] === "__log") {
    return Response.json(received.get(path[1] ?? "") ?? []);
  }
  const id = request.headers.get("webhook-id");
  const body = await request.text();
  const { status, delayMs, key } = answer(path, id);
  const entry: Received = {
    id, timestamp: request.headers.get("webhook-timestamp"), signature: request.headers.get("webhook-signature"),
    body, answered: status, at: Date.now(),
  };
  received.set(key, [...(received.get(key) ?? []), entry]);
  if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
  return new Response(status === 200 ? "ok" : "no", { status });
}
