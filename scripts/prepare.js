#!/usr/bin/env node
// npm's `prepare` script: builds dist/ (tsc -p tsconfig.build.json) from a clean slate.
// npm runs it after `npm install` / `npm ci` in this project, before `npm pack` and
// `npm publish`, in the temporary clone of a git install (after installing the
// devDependencies there) and in the directory of a directory install.
//
// A directory install (`npm install ../http-client-py`) links the directory and runs this
// script in it without installing its devDependencies; in a fresh clone TypeScript is then
// missing, so this script installs the pinned typescript and @types/node of package.json
// into a temporary folder (from the npm registry, or npm's cache when offline) and builds
// with them.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    console.error(`prepare: ${path.basename(cmd)} ${args.join(" ")} exited with ${r.status ?? r.signal}`);
    process.exit(r.status || 1);
  }
}

/** The path of a package's file as this project resolves it, or null. */
function resolveHere(request) {
  try {
    return require.resolve(request, { paths: [root] });
  } catch {
    return null;
  }
}

/** Runs npm: the npm that runs this script when there is one, else the npm on PATH. */
function npm(args, cwd) {
  const cli = process.env.npm_execpath;
  if (cli && /\.[cm]?js$/.test(cli)) run(process.execPath, [cli, ...args], { cwd });
  else run(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd, shell: process.platform === "win32" });
}

let tsc = resolveHere("typescript/bin/tsc");
const extra = [];
let tmp = null;
if (tsc === null || resolveHere("@types/node/package.json") === null) {
  const want = ["typescript", "@types/node"].map((name) => `${name}@${pkg.devDependencies[name]}`);
  console.error(`prepare: the devDependencies are not installed here (a directory install?); installing ${want.join(" ")} into a temporary folder to build dist/`);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "http-client-py-build-"));
  fs.writeFileSync(path.join(tmp, "package.json"), '{"private": true}\n');
  npm(["install", "--no-save", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline", ...want], tmp);
  tsc = path.join(tmp, "node_modules", "typescript", "bin", "tsc");
  extra.push("--typeRoots", path.join(tmp, "node_modules", "@types"));
}

try {
  fs.rmSync(path.join(root, "dist"), { recursive: true, force: true });
  run(process.execPath, [tsc, "-p", "tsconfig.build.json", ...extra]);
} finally {
  if (tmp !== null) fs.rmSync(tmp, { recursive: true, force: true });
}
