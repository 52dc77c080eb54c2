// Where workerd serves the API itself. `wrangler dev` answers on its port through a proxy Worker of its
// own (the ProxyWorker), which re-sends each request to workerd; tests that must see the Worker's own
// answer to a broken connection (the proxy answers those itself) talk to workerd's socket directly.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** The TCP ports the processes of process group `pgid` listen on, from procfs (socket inodes ↔ /proc/net/tcp). */
function listeningPorts(pgid: number): number[] {
  const inodes = new Set<string>();
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) !== pgid) continue;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode) inodes.add(inode);
      }
    } catch {
      // the process ended, or is not ours to read
    }
  }
  const ports: number[] = [];
  for (const line of readFileSync("/proc/net/tcp", "utf8").split("\n").slice(1)) {
    const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
    if (state === "0A" && inode && inodes.has(inode)) ports.push(parseInt(local!.split(":")[1]!, 16));
  }
  return ports;
}

/**
 * The URL on which workerd serves the API directly, behind a `wrangler dev` (its port and process group):
 * the one other port of its processes that answers GET /openapi.json with the API's document.
 * @returns the URL, or null without procfs or when no port answers so
 */
export async function directWorkerUrl(dev: { port: number; group: number }): Promise<string | null> {
  for (const port of listeningPorts(dev.group).filter((p) => p !== dev.port)) {
    const url = `http://127.0.0.1:${port}`;
    try {
      const response = await fetch(`${url}/openapi.json`, { signal: AbortSignal.timeout(5_000) });
      const text = await response.text();
      if (response.ok && text.includes('"openapi"')) return url;
    } catch {
      // not an HTTP server
    }
  }
  return null;
}
