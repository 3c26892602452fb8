#!/usr/bin/env node
// Compile-time tests of the public types, as a strict consumer sees them: the files of
// tests/types/ and every ```ts block of README.md import the package by its name
// ("http-client-py/http/client"), which resolves through package.json's exports to the
// freshly built declarations in dist/. Each is compiled twice, with nodenext and with
// bundler resolution.
//
// A line with a `// expect-error` comment (optionally `// expect-error TS2353`) must have a
// compile error (of that code); every other line must have none. README blocks must compile
// as they are; a block preceded by `<!-- continues -->` is appended to the previous one.
// The last line is "tests: N passed, N failed": one test per expected error and per file.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dir = path.join(root, "tests", "types");
const readmeDir = path.join(dir, ".readme");
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });

function run(args) {
  return spawnSync(process.execPath, [tsc, ...args], { cwd: root, encoding: "utf8" });
}

// 1. the declarations the package ships, built from the current sources
const build = run(["-p", "tsconfig.build.json"]);
if (build.status !== 0) {
  process.stdout.write(build.stdout + build.stderr);
  console.log("type tests: the build failed");
  console.log("tests: 0 passed, 1 failed");
  process.exit(1);
}

// 2. README's TypeScript examples, as modules
fs.rmSync(readmeDir, { recursive: true, force: true });
fs.mkdirSync(readmeDir, { recursive: true });
const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
const blocks = [];
const fence = /(<!-- continues -->\s*\n)?```ts\n([\s\S]*?)```/g;
for (let m; (m = fence.exec(readme)); ) {
  if (m[1] && blocks.length) blocks[blocks.length - 1] += "\n" + m[2];
  else blocks.push(m[2]);
}
blocks.forEach((b, i) => fs.writeFileSync(path.join(readmeDir, `readme-${i + 1}.mts`), b + "\nexport {};\n"));

// 3. the expectations: line numbers of `// expect-error [TSnnnn]` per file
const files = [
  ...fs.readdirSync(dir).filter((f) => /\.(mts|cts|ts)$/.test(f)).map((f) => path.join(dir, f)),
  ...fs.readdirSync(readmeDir).map((f) => path.join(readmeDir, f)),
];
const expected = new Map(); // file -> Map(line -> code | "")
for (const f of files) {
  const m = new Map();
  fs.readFileSync(f, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const e = /\/\/ expect-error\b(?: (TS\d+))?/.exec(line);
      if (e) m.set(i + 1, e[1] ?? "");
    });
  expected.set(f, m);
}

let passed = 0;
let failed = 0;
const problems = [];
for (const resolution of ["nodenext", "bundler"]) {
  const r = run(["-p", path.join(dir, `tsconfig.${resolution}.json`), "--pretty", "false"]);
  const got = new Map(); // file -> Map(line -> [codes])
  for (const line of (r.stdout + r.stderr).split("\n")) {
    const d = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (!d) continue;
    const file = path.resolve(root, d[1]);
    if (!got.has(file)) got.set(file, new Map());
    const lines = got.get(file);
    if (!lines.has(+d[2])) lines.set(+d[2], []);
    lines.get(+d[2]).push(`${d[3]}: ${d[4]}`);
  }
  for (const [file, lines] of got) {
    if (!expected.has(file)) {
      failed++;
      problems.push(`${resolution}: errors in ${path.relative(root, file)}: ${[...lines.values()].flat().join("; ")}`);
    }
  }
  for (const [file, want] of expected) {
    const have = got.get(file) ?? new Map();
    const rel = path.relative(root, file);
    let fileOk = true;
    for (const [line, msgs] of have) {
      if (!want.has(line)) {
        fileOk = false;
        problems.push(`${resolution}: ${rel}:${line}: unexpected ${msgs.join("; ")}`);
      }
    }
    fileOk ? passed++ : failed++;
    for (const [line, code] of want) {
      const msgs = have.get(line) ?? [];
      if (msgs.length && (code === "" || msgs.some((m) => m.startsWith(code)))) passed++;
      else {
        failed++;
        problems.push(`${resolution}: ${rel}:${line}: expected ${code || "an error"}, got ${msgs.length ? msgs.join("; ") : "none"}`);
      }
    }
  }
}

for (const p of problems) console.log(p);
console.log(`type tests: ${files.length} files (${blocks.length} README examples), nodenext and bundler resolution`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
