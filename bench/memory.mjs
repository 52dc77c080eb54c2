// Resident memory of a `wrangler dev` process group (wrangler's node and its workerd), read from
// Linux procfs, sampled while something runs: how the benchmark shows that memory stays flat.
import { readdirSync, readFileSync } from "node:fs";

/**
 * Resident set size in bytes of the workerd processes of a process group (0 without procfs). Only
 * workerd is counted: it runs the Worker and the local D1/R2; wrangler's node only supervises.
 * @param {number} pgid
 * @returns {number}
 */
export function workerdRssBytes(pgid) {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid || !stat.includes("(workerd)")) continue;
      const rss = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * Samples a process group's workerd RSS every `intervalMs` until `stop()`, which returns the RSS
 * when sampling began (idle), the peak, and peak − idle.
 * @param {number} pgid
 * @param {number} [intervalMs]
 * @returns {{ stop: () => { idleBytes: number, peakBytes: number, growthBytes: number } }}
 */
export function sampleMemory(pgid, intervalMs = 25) {
  const idleBytes = workerdRssBytes(pgid);
  let peakBytes = idleBytes;
  const timer = setInterval(() => {
    peakBytes = Math.max(peakBytes, workerdRssBytes(pgid));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      peakBytes = Math.max(peakBytes, workerdRssBytes(pgid));
      return { idleBytes, peakBytes, growthBytes: peakBytes - idleBytes };
    },
  };
}

/** Bytes as MiB with one decimal, e.g. "61.3 MiB". */
export const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
