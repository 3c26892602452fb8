#!/usr/bin/env node
// `npm run fuzz`: coverage-guided fuzzing of the port with Jazzer.js (libFuzzer for Node).
//
//   npm run fuzz -- [--time S] [--target NAME]... [--node 20|22|24] [--merge] [--src DIR] [-- LIBFUZZER_ARGS]
//
// Each target of fuzz/targets/ (every file not starting with "_") runs for S seconds
// (default 60), one after the other, over its corpus: the inputs saved in fuzz/corpus/NAME/
// and fuzz/regressions/NAME/, the seeds made here (the response streams of the conformance
// scenarios, for the targets that read responses) and what earlier runs found, kept in
// node_modules/.cache/http-client-py-fuzz/corpus/NAME/. libFuzzer is given
// fuzz/dicts/NAME.dict (HTTP tokens). A crash (a property broken: a non-Python exception, a
// call that does not settle within its bound, memory growing past its bound) stops that
// target; its input is written to node_modules/.cache/http-client-py-fuzz/artifacts/NAME/.
// Save it in fuzz/regressions/NAME/ along with the fix: npm test replays it.
//
// --src DIR fuzzes the port's sources in DIR (a copy of src/ at some commit, say) instead of src/.
// --merge minimizes the corpus (saved + found + seeds) into fuzz/corpus/NAME/ after the run
// (--time 0 merges without fuzzing).
// Each target prints its executions and coverage (libFuzzer's cov: and ft:); the last line is
//   fuzz: T targets, N executions, C crashes
// and the exit status is 1 when C > 0.
//
// The sources are transpiled (no type check: npm test does that) into the cache; only the
// port (src/) is instrumented for coverage. Jazzer's prebuilt addon needs glibc 2.38;
// fuzz/glibc-compat.js lets it load on older ones.
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const cache = path.join(root, "node_modules", ".cache", "http-client-py-fuzz");
const buildDir = path.join(cache, "build");
const targetsDir = path.join(__dirname, "targets");

/**
 * Per target: libFuzzer's -max_len, whether its fuzz() is synchronous (Jazzer's --sync), the
 * seeds made from the conformance scenarios, and the largest input --merge saves.
 */
const SETTINGS = {
  // (lines past the 65536-byte limit come from the targets' stretch control, not long inputs:
  // short inputs keep the executions fast)
  response: { maxLen: 16384, sync: false, seeds: "responses", saveMax: 4096 },
  request: { maxLen: 8192, sync: false, saveMax: 2048 },
  connection: { maxLen: 4096, sync: false, seeds: "hosts", saveMax: 1024 },
  headers: { maxLen: 16384, sync: false, seeds: "headers", saveMax: 4096 },
  int: { maxLen: 16384, sync: true, saveMax: 1024 },
};

function usage(msg) {
  if (msg) console.error(`fuzz: ${msg}`);
  console.error("usage: npm run fuzz -- [--time S] [--target NAME]... [--node 20|22|24] [--merge] [--src DIR] [-- LIBFUZZER_ARGS]");
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { time: 60, targets: [], node: null, merge: false, src: path.join(root, "src"), extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === "--") {
      opts.extra = argv.slice(i + 1);
      break;
    } else if (a === "--time") opts.time = Number(value());
    else if (a.startsWith("--time=")) opts.time = Number(a.slice(7));
    else if (a === "--target") opts.targets.push(value());
    else if (a.startsWith("--target=")) opts.targets.push(a.slice(9));
    else if (a === "--node") opts.node = value();
    else if (a.startsWith("--node=")) opts.node = a.slice(7);
    else if (a === "--merge") opts.merge = true;
    else if (a === "--src") opts.src = path.resolve(value());
    else if (a.startsWith("--src=")) opts.src = path.resolve(a.slice(6));
    else usage(`unknown argument ${a}`);
  }
  if (!(opts.time >= 0)) usage("--time needs a number of seconds");
  if (opts.time === 0 && !opts.merge) usage("--time 0 only with --merge");
  return opts;
}

/** The fuzz targets: fuzz/targets/NAME.ts, NAME not starting with "_". */
function allTargets() {
  return fs
    .readdirSync(targetsDir)
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** The node binary: this one, or a pinned Node 22 / 24 of scripts/node-versions/. */
function nodeBinary(version) {
  if (version === null || version === "20" || version === "system") return process.execPath;
  const bin = path.join(root, "scripts", "node-versions", "node_modules", `node${version}`, "bin", "node");
  if (!fs.existsSync(bin)) usage(`no Node ${version} at ${bin} (cd scripts/node-versions && npm ci)`);
  return bin;
}

function* tsFiles(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) yield p;
  }
}

/** Transpiles the port's sources (src/) and fuzz/targets/ into the cache (files whose source changed only). */
function build(src) {
  const ts = require("typescript");
  const compilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    esModuleInterop: true,
    inlineSourceMap: true,
    inlineSources: true,
  };
  let n = 0;
  for (const [dir, base] of [
    [src, "src"],
    [targetsDir, path.join("fuzz", "targets")],
  ]) {
    for (const file of tsFiles(dir)) {
      const rel = path.join(base, path.relative(dir, file));
      const out = path.join(buildDir, rel.replace(/\.ts$/, ".js"));
      const source = fs.readFileSync(file, "utf8");
      const stamp = `// source: ${rel} ${require("node:crypto").createHash("sha1").update(source).digest("hex")}\n`;
      if (fs.existsSync(out) && fs.readFileSync(out, "utf8").startsWith(stamp)) continue;
      const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: file });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, stamp + outputText);
      n++;
    }
  }
  return n;
}

/** Latin-1 bytes of a scenario's encoded value ({"bytes": ...} or a plain string), or null. */
function scenarioBytes(v) {
  if (typeof v === "string") return Buffer.from(v, "latin1");
  if (v && typeof v === "object" && typeof v.bytes === "string") return Buffer.from(v.bytes, "latin1");
  return null;
}

/**
 * Seeds from the conformance scenarios: their response streams (as response inputs, whose
 * control bytes default to a plain read), their header blocks, and the hosts they connect to.
 */
function scenarioSeeds(kind) {
  const out = new Map();
  const dir = path.join(root, "conformance", "scenarios");
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    let scenarios;
    try {
      scenarios = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    } catch {
      continue; // (a scenario file being edited)
    }
    if (!Array.isArray(scenarios)) continue;
    for (const sc of scenarios) {
      if (!sc || typeof sc !== "object") continue;
      const streams = [];
      if (Array.isArray(sc.responses)) streams.push(...sc.responses);
      else if ("response" in sc) streams.push(sc.response);
      for (const s of streams) {
        const b = scenarioBytes(s);
        if (b === null || b.length === 0) continue;
        if (kind === "responses") out.set(b.toString("latin1"), b);
        else if (kind === "headers") {
          // what follows the status line, as parse_headers() reads it
          const nl = b.indexOf(0x0a);
          if (nl >= 0) out.set(b.subarray(nl + 1).toString("latin1"), b.subarray(nl + 1));
        }
      }
      if (kind === "hosts" && sc.connection && typeof sc.connection === "object") {
        const args = Array.isArray(sc.connection.args) ? sc.connection.args : [];
        if (typeof args[0] === "string") {
          // connection.ts reads the host as the payload's first chunk; its length is the last byte
          const host = Buffer.from(args[0], "utf8");
          if (host.length < 255) out.set(`h${args[0]}`, Buffer.concat([host, Buffer.from([1, host.length])]));
        }
      }
    }
  }
  return [...out.values()];
}

function writeSeeds(target, kind) {
  const dir = path.join(cache, "seeds", target);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const crypto = require("node:crypto");
  for (const b of scenarioSeeds(kind)) fs.writeFileSync(path.join(dir, crypto.createHash("sha1").update(b).digest("hex")), b);
  return dir;
}

/** Runs one target; resolves with {executions, cov, ft, corpus, crashes, artifacts, status}. */
function runTarget(node, target, opts) {
  const settings = SETTINGS[target] ?? { maxLen: 4096, sync: false };
  const work = path.join(cache, "corpus", target);
  const artifacts = path.join(cache, "artifacts", target);
  fs.mkdirSync(work, { recursive: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const dirs = [work];
  for (const d of [path.join(__dirname, "corpus", target), path.join(__dirname, "regressions", target)]) if (fs.existsSync(d)) dirs.push(d);
  if (settings.seeds) dirs.push(writeSeeds(target, settings.seeds));
  const dict = path.join(__dirname, "dicts", `${target}.dict`);
  const libFuzzerArgs = [
    `-max_total_time=${opts.time}`,
    `-max_len=${settings.maxLen}`,
    "-rss_limit_mb=2560",
    `-artifact_prefix=${artifacts}${path.sep}`,
    "-print_final_stats=1",
    ...(fs.existsSync(dict) ? [`-dict=${dict}`] : []),
    ...opts.extra,
  ];
  const args = [
    "-r",
    path.join(__dirname, "glibc-compat.js"),
    require.resolve("@jazzer.js/core/dist/cli.js", { paths: [root] }),
    path.join(buildDir, "fuzz", "targets", `${target}.js`),
    ...dirs,
    `--includes=${path.join(buildDir, "src")}`,
    "--excludes=node_modules/@jazzer.js",
    "--timeout=30000",
    ...(settings.sync ? ["--sync"] : []),
    "--",
    ...libFuzzerArgs,
  ];
  return new Promise((resolve) => {
    const child = spawn(node, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    const r = { executions: 0, cov: 0, ft: 0, corpus: 0, crashes: 0, artifacts: [], status: null };
    let pending = "";
    const onData = (d) => {
      pending += d.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const line of lines) onLine(line);
    };
    let inDict = false; // libFuzzer's "recommended dictionary" is not shown
    const onLine = (line) => {
      let m;
      if (/^###### Recommended dictionary/.test(line)) inDict = true;
      if (inDict) {
        if (/^###### End of recommended dictionary/.test(line)) inDict = false;
        return;
      }
      if ((m = /^#(\d+)\s+(\w+)\s.*?\bcov: (\d+) ft: (\d+) corp: (\d+)/.exec(line))) {
        r.executions = Math.max(r.executions, Number(m[1]));
        r.cov = Number(m[3]);
        r.ft = Number(m[4]);
        r.corpus = Number(m[5]);
        if (m[2] === "NEW" || m[2] === "REDUCE") return; // progress: the pulses, INITED and DONE lines only
      } else if ((m = /^stat::number_of_executed_units: (\d+)/.exec(line))) {
        r.executions = Number(m[1]);
        return;
      } else if ((m = /^Done (\d+) runs/.exec(line))) {
        r.executions = Math.max(r.executions, Number(m[1]));
      } else if ((m = /Test unit written to (.*)$/.exec(line))) {
        r.crashes++;
        r.artifacts.push(m[1].trim());
      } else if (/^stat::|^INFO: /.test(line)) return;
      // (a warning from Babel inside Jazzer's instrumentor, not from the port)
      else if (/Accessing non-existent property 'default' of module exports inside circular dependency|^\(Use `node --trace-warnings/.test(line)) return;
      process.stdout.write(`  ${target}: ${line}\n`);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code, signal) => {
      if (pending) onLine(pending);
      r.status = code ?? (signal ? 128 : -1);
      // a crash that wrote no unit (the fuzzer died) counts too
      if (r.status !== 0 && r.crashes === 0) r.crashes = 1;
      resolve(r);
    });
  });
}

/**
 * The inputs of the corpus that add coverage, saved in fuzz/corpus/NAME/: libFuzzer's
 * merge, driven from here (its own -merge=1 re-executes the command line, which Jazzer's is
 * not). A -merge_inner=1 run records each input's coverage in a control file; then, smallest
 * inputs first, each input that reaches an edge not reached yet is kept. Inputs over the
 * target's saveMax bytes are left out (the saved corpus stays small).
 */
async function mergeTarget(node, target) {
  const settings = SETTINGS[target] ?? { maxLen: 4096, sync: false };
  const saved = path.join(__dirname, "corpus", target);
  const dirs = [saved, path.join(cache, "corpus", target)];
  if (settings.seeds) dirs.push(writeSeeds(target, settings.seeds));
  const files = [];
  const seen = new Set();
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d)) {
      const p = path.join(d, f);
      const data = fs.readFileSync(p);
      const key = require("node:crypto").createHash("sha1").update(data).digest("hex");
      if (data.length > (settings.saveMax ?? 8192) || seen.has(key)) continue;
      seen.add(key);
      files.push(p);
    }
  }
  const control = path.join(cache, `merge-${target}.txt`);
  fs.writeFileSync(control, `${files.length}\n0\n${files.join("\n")}\n`);
  const args = [
    "-r",
    path.join(__dirname, "glibc-compat.js"),
    require.resolve("@jazzer.js/core/dist/cli.js", { paths: [root] }),
    path.join(buildDir, "fuzz", "targets", `${target}.js`),
    `--includes=${path.join(buildDir, "src")}`,
    ...(settings.sync ? ["--sync"] : []),
    "--",
    "-merge_inner=1",
    `-merge_control_file=${control}`,
    `-max_len=${settings.maxLen}`,
  ];
  // An input that crashes ends the inner run; the next one resumes after it.
  for (let attempt = 0; attempt < 10; attempt++) {
    await new Promise((resolve) => spawn(node, args, { cwd: root, stdio: "ignore" }).on("close", resolve));
    const done = fs.readFileSync(control, "utf8").split("\n").filter((l) => l.startsWith("STARTED ")).length;
    if (done >= files.length) break;
  }
  // libFuzzer's selection, over the coverage edges rather than all its features (fewer
  // inputs, the same code reached): smallest first (then most edges), each bringing a new one.
  const info = new Map();
  for (const line of fs.readFileSync(control, "utf8").split("\n")) {
    const m = /^COV (\d+)((?: \d+)*)$/.exec(line);
    if (m) info.set(Number(m[1]), m[2].trim() ? m[2].trim().split(" ").map(Number) : []);
  }
  const order = [...info.keys()].map((i) => ({ i, size: fs.statSync(files[i]).size, ft: info.get(i) }));
  order.sort((a, b) => a.size - b.size || b.ft.length - a.ft.length);
  const all = new Set();
  const keep = [];
  for (const f of order) {
    if (!f.ft.some((x) => !all.has(x))) continue;
    for (const x of f.ft) all.add(x);
    keep.push(fs.readFileSync(files[f.i]));
  }
  fs.rmSync(saved, { recursive: true, force: true });
  fs.mkdirSync(saved, { recursive: true });
  let bytes = 0;
  for (const data of keep) {
    fs.writeFileSync(path.join(saved, require("node:crypto").createHash("sha1").update(data).digest("hex")), data);
    bytes += data.length;
  }
  console.log(`fuzz: ${target}: corpus saved in fuzz/corpus/${target}/: ${keep.length} of ${files.length} inputs (${bytes} bytes, ${all.size} edges)`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const known = allTargets();
  const targets = opts.targets.length ? opts.targets : known;
  for (const t of targets) if (!known.includes(t)) usage(`no target ${t} (targets: ${known.join(", ")})`);
  const node = nodeBinary(opts.node);
  const built = build(opts.src);
  console.log(`fuzz: ${targets.length} targets, ${opts.time} s each, on ${node === process.execPath ? `Node ${process.version}` : node} (${built} files transpiled)`);
  let executions = 0;
  let crashes = 0;
  for (const target of targets) {
    if (opts.time === 0) {
      await mergeTarget(node, target);
      continue;
    }
    const r = await runTarget(node, target, opts);
    executions += r.executions;
    crashes += r.crashes;
    const where = r.artifacts.length ? `; input: ${r.artifacts.join(", ")}` : "";
    console.log(`fuzz: ${target}: ${r.executions} executions, cov: ${r.cov} ft: ${r.ft}, corpus ${r.corpus} inputs, ${r.crashes} crashes${where}`);
    if (opts.merge && r.crashes === 0) await mergeTarget(node, target);
  }
  console.log(`fuzz: ${targets.length} targets, ${executions} executions, ${crashes} crashes`);
  process.exitCode = crashes > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
