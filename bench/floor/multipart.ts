// The floor of a tus PATCH: `POST /multipart` starts an R2 multipart upload (answers its id), and
// `PUT /multipart/{id}/{n}` stores the request body as part n with nothing else: no auth, no D1, no
// hashing, no checks.
const MULTIPART_KEY = "bench/floor/multipart";
const PART_PATH = /^\/multipart\/([^/]+)\/(\d+)$/;

/** Starts a multipart upload, or stores one request body as one part of it. */
export async function multipartFloor(request: Request, bucket: R2Bucket, pathname: string): Promise<Response> {
  if (request.method === "POST" && pathname === "/multipart") {
    return new Response((await bucket.createMultipartUpload(MULTIPART_KEY)).uploadId);
  }
  const part = PART_PATH.exec(pathname);
  if (request.method !== "PUT" || !part || !request.body) return new Response("POST /multipart or PUT /multipart/{id}/{n}\n", { status: 404 });
  const upload = bucket.resumeMultipartUpload(MULTIPART_KEY, decodeURIComponent(part[1]!));
  const stored = await upload.uploadPart(Number(part[2]), request.body);
  return new Response(stored.etag);
}
