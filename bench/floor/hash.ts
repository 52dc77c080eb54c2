// The tus section's hash measurement: `GET /hash?impl=current|ts-loop|none&mib=N` feeds N MiB (a
// random 64 KiB block, over and over: SHA-256 takes as long whatever the bytes) through a resumable
// SHA-256 in 64 KiB updates, as a PATCH's stream does, and answers the digest. The benchmark times the
// request from outside (workerd's clocks do not move during computation) and subtracts `impl=none`.
import { ResumableSha256 } from "../../src/tus/sha256";
import { ResumableSha256 as LoopSha256 } from "./sha256-v1";

const HASH_PATH = "/hash";
const BLOCK = 64 * 1024;

/** Answers `GET /hash`, or null for another path. */
export function hashFloor(url: URL): Response | null {
  if (url.pathname !== HASH_PATH) return null;
  const impl = url.searchParams.get("impl");
  const blocks = Number(url.searchParams.get("mib") ?? "0") * (1024 * 1024 / BLOCK);
  const block = crypto.getRandomValues(new Uint8Array(BLOCK));
  const hash = impl === "current" ? new ResumableSha256() : impl === "ts-loop" ? new LoopSha256() : null;
  if (impl !== "none" && !hash) return new Response("impl=current, ts-loop or none\n", { status: 400 });
  for (let i = 0; i < blocks && hash; i++) hash.update(block);
  return new Response(hash ? hash.hex() : "none");
}
