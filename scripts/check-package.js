#!/usr/bin/env node
// The packaging check of `npm test`: packs the package as npm publishes it (`npm pack`,
// which runs the prepare script, so dist/ is built afresh), lints the tarball with publint
// and @arethetypeswrong/cli (any problem, suggestion included, fails the check), installs
// it into a scratch consumer in a temporary folder (offline: the tarball has no
// dependencies) and uses it from CommonJS, from ESM and from TypeScript (type-checked with
// moduleResolution nodenext in both module kinds, bundler and node10).
//
//   node scripts/check-package.js            the checks above
//   node scripts/check-package.js --installs also installs this working tree as a directory
//                                            (a copy without node_modules/ and dist/, as a
//                                            fresh clone is) and as a git repository (its
//                                            committed HEAD): each gets a working package
//
// The last line is "tests: N passed, N failed", one per check.
"use strict";
const { spawn, spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const withInstalls = process.argv.includes("--installs");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "http-client-py-pack-"));
const results = [];

/** Runs a command; returns its exit status and output (both streams, in order only per stream). */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, ...opts });
  if (r.error) return { status: -1, stdout: "", out: String(r.error) };
  return { status: r.status ?? -1, stdout: r.stdout ?? "", out: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** npm, as the npm that runs this script when there is one. */
function npm(args, opts = {}) {
  const cli = process.env.npm_execpath;
  if (cli && /\.[cm]?js$/.test(cli)) return run(process.execPath, [cli, ...args], opts);
  return run(process.platform === "win32" ? "npm.cmd" : "npm", args, { shell: process.platform === "win32", ...opts });
}

/** A project's own command-line tool, run with this Node. */
function tool(rel, args, opts = {}) {
  return run(process.execPath, [path.join(root, "node_modules", rel), ...args], opts);
}

/** The same as tool(), without waiting: resolves when it exits. */
function toolAsync(rel, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", rel), ...args], { cwd: root, ...opts });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", (e) => resolve({ status: -1, out: out + String(e) }));
    child.on("close", (code) => resolve({ status: code ?? -1, out }));
  });
}

/** Records and prints the outcome of one check. */
function report(name, ok, detail, t0) {
  results.push(ok);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${ok ? "ok  " : "FAIL"} ${name} (${secs} s)`);
  if (!ok && detail) console.log(detail.replace(/^/gm, "     "));
}

/** Runs one check: fn returns {ok, detail}. */
function check(name, fn) {
  const t0 = Date.now();
  let ok = false;
  let detail = "";
  try {
    const r = fn();
    ok = r.ok;
    detail = r.detail ?? "";
  } catch (e) {
    detail = e && e.stack ? e.stack : String(e);
  }
  report(name, ok, detail, t0);
}

const NPM_QUIET = ["--no-audit", "--no-fund", "--loglevel=error"];

/** Packs the package into tmp; returns the tarball's path, or null. */
function pack() {
  let tarball = null;
  check("npm pack (builds dist/ through prepare)", () => {
    const r = npm(["pack", "--json", "--pack-destination", tmp, ...NPM_QUIET]);
    if (r.status !== 0) return { ok: false, detail: r.out };
    const info = JSON.parse(r.stdout.slice(r.stdout.search(/^\[/m)));
    tarball = path.join(tmp, info[0].filename);
    const files = new Set(info[0].files.map((f) => f.path));
    const missing = ["LICENSE", "README.md", "package.json", "dist/index.js", "dist/index.d.ts", "dist/index.js.map", "src/index.ts"].filter((f) => !files.has(f));
    // Every source map (of the code and of the declarations) names sources the package ships.
    for (const m of [...files].filter((f) => f.endsWith(".map"))) {
      const map = JSON.parse(fs.readFileSync(path.join(root, m), "utf8"));
      for (const src of map.sources) {
        const rel = path.posix.join(path.posix.dirname(m), src);
        if (!files.has(rel)) missing.push(`${rel} (a source of ${m})`);
      }
    }
    const stray = [...files].filter((f) => /^(tests?|node_modules|conformance|scripts|docs\/api)\//.test(f));
    const detail = [
      missing.length ? `missing from the tarball: ${missing.join(", ")}` : "",
      stray.length ? `not meant for the tarball: ${stray.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("\n");
    return { ok: !detail, detail };
  });
  return tarball;
}

/** Writes the consumer's sources (JS, TS) and configs into dir. */
function writeConsumer(dir, dependency) {
  fs.mkdirSync(dir, { recursive: true });
  const files = {
    "package.json": JSON.stringify({ name: "consumer", version: "1.0.0", private: true, dependencies: { [pkg.name]: dependency } }, null, 2),
    "serve.js": SERVE_JS,
    "cjs.cjs": CJS,
    "esm.mjs": ESM,
    "esm.mts": TS_ESM,
    "cjs.cts": TS_CJS,
    "bundler.ts": TS_ESM,
    "node10.ts": TS_ESM,
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  // Our declarations are checked too (skipLibCheck off), with the project's @types/node.
  const typeRoots = [path.join(root, "node_modules", "@types")];
  const base = { strict: true, noEmit: true, skipLibCheck: false, types: ["node"], typeRoots, target: "ES2022", lib: ["ES2022"], ignoreDeprecations: "6.0" };
  const configs = {
    nodenext: { compilerOptions: { ...base, module: "nodenext", moduleResolution: "nodenext" }, files: ["esm.mts", "cjs.cts"] },
    bundler: { compilerOptions: { ...base, module: "preserve", moduleResolution: "bundler" }, files: ["bundler.ts"] },
    node10: { compilerOptions: { ...base, module: "commonjs", moduleResolution: "node10", esModuleInterop: true }, files: ["node10.ts"] },
  };
  for (const [name, cfg] of Object.entries(configs)) fs.writeFileSync(path.join(dir, `tsconfig.${name}.json`), JSON.stringify(cfg, null, 2));
}

/** Checks that an installed consumer works: JS from both module systems, TS under each resolution. */
async function useConsumer(dir, label) {
  check(`${label}: require() from CommonJS`, () => {
    const r = run(process.execPath, ["cjs.cjs"], { cwd: dir });
    return { ok: r.status === 0 && /^cjs ok$/m.test(r.out), detail: r.out };
  });
  check(`${label}: import from ESM`, () => {
    const r = run(process.execPath, ["esm.mjs"], { cwd: dir });
    return { ok: r.status === 0 && /^esm ok$/m.test(r.out), detail: r.out };
  });
  // The three compiles run side by side.
  const resolutions = ["nodenext", "bundler", "node10"];
  const t0 = Date.now();
  const done = await Promise.all(resolutions.map((res) => toolAsync("typescript/bin/tsc", ["-p", `tsconfig.${res}.json`], { cwd: dir })));
  resolutions.forEach((res, i) => report(`${label}: TypeScript, moduleResolution ${res}`, done[i].status === 0, done[i].out, t0));
}

async function main() {
  const tarball = pack();
  if (tarball === null) return finish();

  check("publint", () => {
    const r = tool("publint/src/cli.js", ["run", tarball, "--level", "suggestion", "--strict", "--pack", "false"]);
    return { ok: r.status === 0 && /All good/.test(r.out), detail: r.out };
  });
  check("attw (node10, node16 CJS and ESM, bundler)", () => {
    const r = tool("@arethetypeswrong/cli/dist/index.js", [tarball, "--no-definitely-typed", "--format", "table", "--no-color", "--no-emoji"]);
    return { ok: r.status === 0 && /No problems found/.test(r.out), detail: r.out };
  });

  const consumer = path.join(tmp, "consumer");
  check("the tarball installs into a scratch project (offline)", () => {
    writeConsumer(consumer, `file:${tarball}`);
    const r = npm(["install", "--offline", ...NPM_QUIET], { cwd: consumer });
    return { ok: r.status === 0 && fs.existsSync(path.join(consumer, "node_modules", pkg.name, "dist", "index.js")), detail: r.out };
  });
  await useConsumer(consumer, "tarball");

  if (withInstalls) {
    // A directory install of a fresh clone (no node_modules/, no dist/): npm links the
    // directory and runs its prepare script there.
    const clone = path.join(tmp, "clone");
    check("git clone of HEAD", () => {
      const r = run("git", ["clone", "--quiet", root, clone]);
      return { ok: r.status === 0, detail: r.out };
    });
    const dirConsumer = path.join(tmp, "dir-consumer");
    check("npm install <fresh clone directory>", () => {
      writeConsumer(dirConsumer, `file:${clone}`);
      const r = npm(["install", ...NPM_QUIET], { cwd: dirConsumer });
      return { ok: r.status === 0 && fs.existsSync(path.join(clone, "dist", "index.js")), detail: r.out };
    });
    await useConsumer(dirConsumer, "directory install");
    // A git install: npm clones the repository, installs its devDependencies there, runs
    // prepare and packs the result.
    const gitConsumer = path.join(tmp, "git-consumer");
    check("npm install git+file://<repository> (HEAD)", () => {
      writeConsumer(gitConsumer, `git+file://${root}`);
      const r = npm(["install", ...NPM_QUIET], { cwd: gitConsumer });
      return { ok: r.status === 0 && fs.existsSync(path.join(gitConsumer, "node_modules", pkg.name, "dist", "index.js")), detail: r.out };
    });
    await useConsumer(gitConsumer, "git install");
  }
  finish();
}

function finish() {
  fs.rmSync(tmp, { recursive: true, force: true });
  const passed = results.filter(Boolean).length;
  const failed = results.length - passed;
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// --- the consumer's sources ------------------------------------------------------------

// A small HTTP server that echoes the method, the target and the body.
const SERVE_JS = `"use strict";
const http = require("node:http");
module.exports = function serve() {
  return new Promise((resolve) => {
    const srv = http.createServer((req, res) => {
      let body = "";
      req.on("data", (d) => (body += d));
      req.on("end", () => {
        res.setHeader("Content-Type", "text/plain");
        res.end(req.method + " " + req.url + " " + body);
      });
    });
    srv.listen(0, "127.0.0.1", () => resolve(srv));
  });
};
`;

const CJS = `"use strict";
const assert = require("node:assert");
const serve = require("./serve.js");
const pkg = require("${pkg.name}");
const client = require("${pkg.name}/http/client");
const { HTTPStatus } = require("${pkg.name}/http");
const io = require("${pkg.name}/io");
const socket = require("${pkg.name}/socket");
const ssl = require("${pkg.name}/ssl");
const builtins = require("${pkg.name}/builtins");
const { chunks } = require("${pkg.name}/node");
const meta = require("${pkg.name}/package.json");
assert.strictEqual(meta.name, "${pkg.name}");
assert.strictEqual(pkg.HTTPConnection, client.HTTPConnection);
assert.strictEqual(pkg.http_client, client);
assert.strictEqual(HTTPStatus.NOT_FOUND.phrase, "Not Found");
assert.strictEqual(typeof io.BytesIO, "function");
assert.strictEqual(typeof socket.create_connection, "function");
assert.strictEqual(typeof ssl.create_default_context, "function");
(async () => {
  const srv = await serve();
  const conn = new client.HTTPConnection("127.0.0.1", srv.address().port, { timeout: 10 });
  await conn.request("POST", "/cjs", { body: Buffer.from("hello") });
  const resp = await conn.getresponse();
  assert.strictEqual(resp.status, 200);
  let text = "";
  for await (const piece of chunks(resp)) text += piece.toString("latin1");
  assert.strictEqual(text, "POST /cjs hello");
  conn.close();
  srv.close();
  assert.throws(() => new client.HTTPConnection("127.0.0.1:x"), (e) => e instanceof client.InvalidURL && e instanceof builtins.BaseException);
  console.log("cjs ok");
})().catch((e) => { console.error(e); process.exit(1); });
`;

const ESM = `import assert from "node:assert";
import { createRequire } from "node:module";
import pkgDefault, { HTTPConnection, http_client, HTTPException } from "${pkg.name}";
import * as client from "${pkg.name}/http/client";
import { HTTPStatus } from "${pkg.name}/http";
import { BytesIO } from "${pkg.name}/io";
import { ValueError } from "${pkg.name}/builtins";
import { toWebStream } from "${pkg.name}/node";
import meta from "${pkg.name}/package.json" with { type: "json" };
const serve = createRequire(import.meta.url)("./serve.js");
assert.strictEqual(meta.name, "${pkg.name}");
assert.strictEqual(HTTPConnection, client.HTTPConnection);
assert.strictEqual(pkgDefault.HTTPConnection, HTTPConnection);
assert.strictEqual(http_client.HTTPException, HTTPException);
assert.strictEqual(HTTPStatus.OK.value, 200);
assert.strictEqual(new BytesIO(Buffer.from("ab")).read().toString(), "ab");
const srv = await serve();
const conn = new HTTPConnection("127.0.0.1", srv.address().port);
await conn.request("GET", "/esm");
const resp = await conn.getresponse();
let text = "";
for await (const piece of toWebStream(resp)) text += Buffer.from(piece).toString("latin1");
assert.strictEqual(text, "GET /esm ");
conn.close();
srv.close();
assert.throws(() => new HTTPConnection("127.0.0.1:x"), (e) => e instanceof http_client.InvalidURL && e instanceof HTTPException && !(e instanceof ValueError));
console.log("esm ok");
`;

// TypeScript: the same imports, with types that must resolve (a wrong or missing type
// fails the compile under noImplicitAny / strict).
const TS_BODY = `
async function main(port: number): Promise<string> {
  const conn: HTTPConnection = new HTTPConnection("127.0.0.1", port, { timeout: 5 });
  await conn.request("GET", "/", { headers: { Accept: "*/*" } });
  const resp: HTTPResponse = await conn.getresponse();
  const status: number | string = resp.status;
  const type: string | null = resp.getheader("Content-Type");
  const body: Buffer = await resp.read();
  const pieces: AsyncIterable<Buffer> = chunks(resp);
  void pieces;
  conn.close();
  if (!(new InvalidURL("x") instanceof BaseException)) throw new ValueError("no");
  const ok: number = HTTPStatus.OK.value;
  const raw: Buffer | string = new BytesIO(Buffer.from("x")).read();
  return \`\${status} \${type} \${body.length} \${ok} \${raw.length}\`;
}
export { main };
`;
const TS_ESM = `import { HTTPConnection, HTTPResponse, InvalidURL } from "${pkg.name}";
import { BaseException, ValueError } from "${pkg.name}/builtins";
import { HTTPStatus } from "${pkg.name}/http";
import { BytesIO } from "${pkg.name}/io";
import { chunks } from "${pkg.name}/node";
import * as ssl from "${pkg.name}/ssl";
import * as socket from "${pkg.name}/socket";
import * as client from "${pkg.name}/http/client";
export const ctx: ssl.SSLContext = ssl.create_default_context();
export const s: typeof socket.socket = socket.socket;
export const c: typeof client.HTTPSConnection = client.HTTPSConnection;
${TS_BODY}`;
const TS_CJS = `import { HTTPConnection, HTTPResponse, InvalidURL } from "${pkg.name}";
import { BaseException, ValueError } from "${pkg.name}/builtins";
import { HTTPStatus } from "${pkg.name}/http";
import { BytesIO } from "${pkg.name}/io";
import { chunks } from "${pkg.name}/node";
import pkgJson = require("${pkg.name}/package.json");
export const version: string = pkgJson.version;
${TS_BODY}`;


main().catch((e) => {
  console.error(e);
  process.exit(1);
});
