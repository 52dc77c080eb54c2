// CPU time used by one `wrangler dev` (its whole process group: wrangler's node and its workerd
// processes), read from Linux procfs. Unlike throughput it hardly depends on what else runs on the
// machine, so CPU per request is a steadier way to compare two Workers on a busy machine.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond;

/** The fields of /proc/<pid>/stat after the command name, or null when the process is gone. */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function pids() {
  return readdirSync("/proc").filter((name) => /^\d+$/.test(name));
}

/**
 * The process group of the `wrangler dev` that serves 127.0.0.1:`port` (found through the workerd
 * started with `--socket-addr=entry=127.0.0.1:<port>`); null without procfs or such a process.
 * @param {number} port
 * @returns {number | null}
 */
export function wranglerProcessGroup(port) {
  try {
    for (const pid of pids()) {
      let cmdline;
      try {
        cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      } catch {
        continue;
      }
      if (!cmdline.includes(`entry=127.0.0.1:${port}\0`)) continue;
      const fields = statFields(pid);
      if (fields) return Number(fields[2]);
    }
  } catch {
    // no procfs
  }
  return null;
}

/**
 * CPU seconds (user + system) used so far by the live processes of a process group.
 * @param {number} pgid
 * @returns {number}
 */
export function groupCpuSeconds(pgid) {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  let ticks = 0;
  for (const pid of pids()) {
    const fields = statFields(pid);
    // fields[2] is pgrp; fields[11] and fields[12] are utime and stime, in clock ticks
    if (fields && Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}
