#!/usr/bin/env node
// Writes scripts/typedoc/python-names.json: the union of what python-names.py prints under
// Pyodide's CPython 3.14 (the devDependency; it has no ssl module) and under a local
// CPython with ssl (the first of $PYTHON, python3.14, python3.13, python3 that runs).
// The API reference's Python names come from it (scripts/typedoc/python-names-plugin.js).
// Run it again when the port or CPython's version moves: node scripts/typedoc/gen-python-names.js
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const script = fs.readFileSync(path.join(__dirname, "python-names.py"), "utf8");

async function underPyodide() {
  const { loadPyodide } = require("pyodide");
  const py = await loadPyodide();
  let out = "";
  py.setStdout({ batched: (s) => (out += s) });
  await py.runPythonAsync(script);
  return JSON.parse(out);
}

function underCPython() {
  for (const exe of [process.env.PYTHON, "python3.14", "python3.13", "python3"].filter(Boolean)) {
    const r = spawnSync(exe, ["-c", script], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status === 0) return JSON.parse(r.stdout);
  }
  throw new Error("no local CPython found (set PYTHON)");
}

(async () => {
  const a = await underPyodide();
  const b = underCPython();
  const merged = { __python__: `${a.__python__} (Pyodide) + ${b.__python__}` };
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== "__python__").sort();
  for (const k of keys) merged[k] = [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])].sort();
  const file = path.join(__dirname, "python-names.json");
  fs.writeFileSync(file, JSON.stringify(merged, null, 0).replace(/\],"/g, '],\n"') + "\n");
  console.log(`wrote ${path.relative(process.cwd(), file)}: ${keys.length} modules and classes (${merged.__python__})`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
