// The floor of the range-read benchmark: one R2 read of a fixed object with the request's
// `Range: bytes=a-b`, answered as 206, and nothing else (no auth, no D1, no validation).

interface FloorEnv {
  MEDIA: R2Bucket;
  /** The R2 key of the object to read, passed with `--var OBJECT_KEY:<key>`. */
  OBJECT_KEY: string;
}

const BYTE_RANGE = /^bytes=(\d+)-(\d+)$/;

export default {
  async fetch(request: Request, env: FloorEnv): Promise<Response> {
    const match = BYTE_RANGE.exec(request.headers.get("range") ?? "");
    if (!match) return new Response("send Range: bytes=a-b\n", { status: 400 });
    const offset = Number(match[1]);
    const length = Number(match[2]) - offset + 1;
    const object = await env.MEDIA.get(env.OBJECT_KEY, { range: { offset, length } });
    if (!object) return new Response("object not found\n", { status: 404 });
    return new Response(object.body, {
      status: 206,
      headers: {
        "Content-Length": String(length),
        "Content-Range": `bytes ${offset}-${offset + length - 1}/${object.size}`,
        "Content-Type": object.httpMetadata?.contentType ?? "application/octet-stream",
      },
    });
  },
};
