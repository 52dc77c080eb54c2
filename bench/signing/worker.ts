// The signing section's probe: verifies one signed link N times with the API's own code
// (src/signing), so the CPU time of one verification can be read from the process group's CPU time.
// `GET /verify?n=N` with the link's path and query in `X-Link`; answers `{ ok }`, the verifications
// that passed (all of them for a live link). Local only; never deployed.
import { loadSigningKeys } from "../../src/signing/keys";
import { verifyLink } from "../../src/signing/links";

interface ProbeEnv {
  /** The API's SIGNING_KEYS, passed with `--var`. */
  SIGNING_KEYS: string;
}

export default {
  async fetch(request: Request, env: ProbeEnv): Promise<Response> {
    const url = new URL(request.url);
    const n = Number(url.searchParams.get("n") ?? "1");
    const link = request.headers.get("x-link");
    if (url.pathname !== "/verify" || !link || !Number.isInteger(n) || n < 1 || n > 1_000_000) {
      return new Response("GET /verify?n=<1..1000000> with X-Link: <path?query>\n", { status: 400 });
    }
    const keys = loadSigningKeys(env.SIGNING_KEYS);
    const target = { method: "GET", url: new URL(link, url).href };
    let ok = 0;
    for (let i = 0; i < n; i++) if ((await verifyLink(keys, target)).ok) ok++;
    return Response.json({ ok });
  },
};
