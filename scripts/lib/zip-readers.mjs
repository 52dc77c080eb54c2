// Five ZIP readers no one here wrote, run on one archive file: Info-ZIP unzip, Python's zipfile, 7-Zip
// (Debian's `7zip`: /usr/bin/7zz) and libarchive's bsdtar from the file and from a pipe. Each must test
// the archive clean and give every entry's name, size and CRC-32 as expected; bsdtar's extracted bytes
// are CRC'd here, entry by entry, from its output stream.
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { crc32 } from "node:zlib";

/** Runs `command`, resolving with its stdout (text) or rejecting with its stderr. */
function run(command, args, { stdin, onData } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: [stdin ? "pipe" : "ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C.UTF-8" } });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => (onData ? onData(chunk) : out.push(chunk)));
    child.stderr.on("data", (chunk) => err.push(chunk));
    if (stdin) createReadStream(stdin).pipe(child.stdin).on("error", () => undefined);
    child.on("error", reject);
    child.on("close", (code) => {
      const stderr = Buffer.concat(err).toString();
      if (code === 0) resolve(Buffer.concat(out).toString());
      else reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.slice(-2000)}`));
    });
  });
}

const hex = (n) => n.toString(16).padStart(8, "0");
const line = (e) => `${e.name} ${e.size} ${hex(e.crc32)}`;

/** Splits a stream of the entries' bytes, in archive order, by their sizes, CRC-32 of each. */
function splitter(entries) {
  const got = [];
  let index = 0;
  let left = entries[0]?.size ?? 0;
  let crc = 0;
  const skipEmpty = () => {
    while (index < entries.length && left === 0) {
      got.push({ ...entries[index], crc32: crc });
      index++;
      crc = 0;
      left = entries[index]?.size ?? 0;
    }
  };
  skipEmpty();
  return {
    push(chunk) {
      let at = 0;
      while (at < chunk.byteLength) {
        if (index >= entries.length) throw new Error("bsdtar wrote more bytes than the entries hold");
        const take = Math.min(left, chunk.byteLength - at);
        crc = crc32(chunk.subarray(at, at + take), crc);
        at += take;
        left -= take;
        skipEmpty();
      }
    },
    done: () => got,
  };
}

const READERS = {
  async unzip(file) {
    const tested = await run("unzip", ["-t", file]);
    if (!/No errors detected/.test(tested)) throw new Error(`unzip -t: ${tested.slice(-500)}`);
    // unzip -lv: " Length  Method  Size  Cmpr  Date  Time  CRC-32  Name"
    const verbose = await run("unzip", ["-lv", file]);
    return verbose
      .split("\n")
      .map((row) => /^\s*(\d+)\s+(Stored|Defl:\w)\s+\d+\s+\S+\s+\S+\s+\S+\s+([0-9a-f]{8})\s\s(.*)$/.exec(row))
      .filter(Boolean)
      .map(([, size, , crc, name]) => ({ name, size: Number(size), crc32: parseInt(crc, 16) }));
  },
  async python(file) {
    const script =
      "import sys, json, zipfile\n" +
      "z = zipfile.ZipFile(sys.argv[1])\n" +
      "bad = z.testzip()\n" +
      "assert bad is None, bad\n" +
      "print(json.dumps([[i.filename, i.file_size, i.CRC] for i in z.infolist()]))\n";
    const out = await run("python3", ["-c", script, file]);
    return JSON.parse(out).map(([name, size, crc]) => ({ name, size, crc32: crc }));
  },
  async "7zz"(file) {
    const tested = await run("7zz", ["t", file]);
    if (!/Everything is Ok/.test(tested)) throw new Error(`7zz t: ${tested.slice(-500)}`);
    const listed = await run("7zz", ["l", "-slt", file]);
    const blocks = listed.split("\n\n").filter((block) => /^Path = /m.test(block) && /^CRC = /m.test(block));
    return blocks.map((block) => {
      const field = (name) => new RegExp(`^${name} = (.*)$`, "m").exec(block)?.[1] ?? "";
      return { name: field("Path"), size: Number(field("Size")), crc32: parseInt(field("CRC") || "0", 16) };
    });
  },
  async "bsdtar file"(file, entries) {
    const names = (await run("bsdtar", ["-tf", file])).split("\n").filter(Boolean);
    const split = splitter(entries);
    await run("bsdtar", ["-xOf", file], { onData: (chunk) => split.push(chunk) });
    return split.done().map((e, i) => ({ ...e, name: names[i] }));
  },
  async "bsdtar pipe"(file, entries) {
    const names = (await run("bsdtar", ["-tf", "-"], { stdin: file })).split("\n").filter(Boolean);
    const split = splitter(entries);
    await run("bsdtar", ["-xOf", "-"], { stdin: file, onData: (chunk) => split.push(chunk) });
    return split.done().map((e, i) => ({ ...e, name: names[i] }));
  },
};

/**
 * Runs every reader on `file` and compares what each read with `expected` ({ name, size, crc32 } in
 * archive order). Resolves with one result per reader: { reader, ok, seconds, problem? }.
 */
export async function checkWithReaders(file, expected, { log = console.log } = {}) {
  const want = expected.map(line).join("\n");
  const results = [];
  for (const [reader, read] of Object.entries(READERS)) {
    const started = Date.now();
    let problem;
    try {
      const got = (await read(file, expected)).map(line).join("\n");
      if (got !== want) problem = `read differently:\n--- expected\n${want}\n--- ${reader}\n${got}`;
    } catch (err) {
      problem = String(err.message ?? err);
    }
    const seconds = (Date.now() - started) / 1000;
    results.push({ reader, ok: !problem, seconds, problem });
    log(`${problem ? "FAIL" : "ok  "} ${reader.padEnd(12)} ${seconds.toFixed(1)} s${problem ? `\n${problem}` : ""}`);
  }
  return results;
}
