// The tus section's hash measurement: `GET /hash?impl=current|ts-loop|native|none&mib=N` feeds N MiB (a
// random 64 KiB block, over and over: SHA-256 takes as long whatever the bytes) through a resumable
// SHA-256 in 64 KiB updates, as a PATCH's stream does, and answers the digest; `native` is the runtime's
// own digest (crypto.DigestStream), which cannot save its state: the ceiling, not a candidate. The
// benchmark times the request from outside (workerd's clocks do not move during computation) and
// subtracts `impl=none`.
import { toHex } from "../../src/lib/crypto";
import { ResumableSha256 } from "../../src/tus/sha256";
import { ResumableSha256 as LoopSha256 } from "./sha256-v1";

const HASH_PATH = "/hash";
const BLOCK = 64 * 1024;

/** Answers `GET /hash`, or null for another path. */
export function hashFloor(url: URL): Response | Promise<Response> | null {
  if (url.pathname !== HASH_PATH) return null;
  const impl = url.searchParams.get("impl");
  const blocks = Number(url.searchParams.get("mib") ?? "0") * (1024 * 1024 / BLOCK);
  const block = crypto.getRandomValues(new Uint8Array(BLOCK));
  if (impl === "native") return nativeDigest(block, blocks);
  const hash = impl === "current" ? new ResumableSha256() : impl === "ts-loop" ? new LoopSha256() : null;
  if (impl !== "none" && !hash) return new Response("impl=current, ts-loop, native or none\n", { status: 400 });
  for (let i = 0; i < blocks && hash; i++) hash.update(block);
  return new Response(hash ? hash.hex() : "none");
}

/** The runtime's streaming digest over `blocks` copies of `block`. */
async function nativeDigest(block: Uint8Array, blocks: number): Promise<Response> {
  const digest = new crypto.DigestStream("SHA-256");
  const writer = digest.getWriter();
  for (let i = 0; i < blocks; i++) await writer.write(block);
  await writer.close();
  return new Response(toHex(await digest.digest));
}
