// Generated entry data for the large-ZIP scripts: item i's bytes are one pseudo-random MiB per block
// (the same in every run) with (i, block number) written over its first 8 bytes, so no two blocks are
// alike, any range can be produced again, and nothing larger than a block is ever held.
import { Readable } from "node:stream";
import { crc32 } from "node:zlib";

const BLOCK = 1024 * 1024;
const base = Buffer.alloc(BLOCK);
for (let i = 0, x = 0x9e3779b9; i < BLOCK; i += 4) {
  // xorshift32
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  base.writeUInt32LE(x >>> 0, i);
}

function block(item, k) {
  const out = Buffer.from(base);
  out.writeUInt32LE(item, 0);
  out.writeUInt32LE(k, 4);
  return out;
}

/** `length` bytes of item `item` from `offset`. */
export function bytesAt(item, offset, length) {
  const out = Buffer.alloc(length);
  for (let at = 0; at < length; ) {
    const k = Math.floor((offset + at) / BLOCK);
    const from = (offset + at) % BLOCK;
    const take = Math.min(BLOCK - from, length - at);
    block(item, k).copy(out, at, from, from + take);
    at += take;
  }
  return out;
}

/** The CRC-32 of item `item`'s first `size` bytes. */
export function crcOf(item, size) {
  let crc = 0;
  for (let at = 0; at < size; at += BLOCK) crc = crc32(bytesAt(item, at, Math.min(BLOCK, size - at)), crc);
  return crc;
}

/** Item `item`'s first `size` bytes as a Node stream, a block at a time. */
export function itemStream(item, size) {
  let at = 0;
  return new Readable({
    read() {
      if (at >= size) return this.push(null);
      const chunk = bytesAt(item, at, Math.min(BLOCK, size - at));
      at += chunk.byteLength;
      this.push(chunk);
    },
  });
}
