// A lane of the wire harness: a child process (Node 24) that runs scenarios one at a time
// on one side, with its scripted server in a worker thread beside it.
//   --side py      CPython 3.14 in Pyodide, sockets through useNodeSockFS (the reference)
//   --side ts      the port (with the leak checks of leaks.ts; needs --expose-gc)
//   --side native  the machine's newest CPython (nativePython()), one process per lane (the Linux witness)
// The runner sends {id, scenario} and gets {id, trace}; the lane first sends {ready, version}.

import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ScenarioError } from "../driver";
import type { StepRecord } from "../types";
import { PortRun } from "./driver";
import { LeakWatch } from "./leaks";
import { checkScenario, limitOf, planServer, withAddress, withoutPort } from "./scenario";
import { ServerClient } from "./server";
import type { Side, WireScenario, WireTrace } from "./types";

const ROOT = path.resolve(__dirname, "..", "..");
const PYODIDE = path.join(ROOT, "node_modules", "pyodide", "pyodide.js");
const PY_DRIVER = path.join(__dirname, "driver.py");
const MEMORY_DRIVER = path.join(__dirname, "..", "driver.py");

/** Time the server waits, once the steps are done, for a close still on its way. */
export const SETTLE_MS = 30;

interface Steps {
  trace?: StepRecord[];
  error?: string;
}

/** What runs the steps of a scenario on one side. */
interface Client {
  readonly version: string;
  /** The pid whose sockets are the client's (for client_closed). */
  pid(): number;
  /** Before the server starts (native: the python3 process). */
  prepare(): Promise<void>;
  steps(sc: WireScenario): Promise<Steps>;
  cleanup(): Promise<void>;
}

// ---------------------------------------------------------------------------
// Pyodide

interface PyCallable {
  (...args: unknown[]): Promise<unknown>;
}

interface Pyodide {
  useNodeSockFS(): Promise<void>;
  runPython(code: string): unknown;
  pyimport(name: string): { run_async: PyCallable; cleanup_async: PyCallable };
  FS: { mkdirTree(p: string): void; writeFile(p: string, data: string): void };
}

async function pyodideClient(): Promise<Client> {
  const { loadPyodide } = require(PYODIDE) as { loadPyodide: () => Promise<Pyodide> };
  const py = await loadPyodide();
  await py.useNodeSockFS();
  py.FS.mkdirTree("/wire/conformance/wire");
  py.FS.writeFile("/wire/conformance/driver.py", fs.readFileSync(MEMORY_DRIVER, "utf8"));
  py.FS.writeFile("/wire/conformance/wire/driver.py", fs.readFileSync(PY_DRIVER, "utf8"));
  py.runPython(`
import importlib.util, sys
_spec = importlib.util.spec_from_file_location("wire_driver", "/wire/conformance/wire/driver.py")
_mod = importlib.util.module_from_spec(_spec)
sys.modules["wire_driver"] = _mod
_spec.loader.exec_module(_mod)
`);
  const version = String(py.runPython("import sys; sys.version.split()[0]"));
  const driver = py.pyimport("wire_driver");
  return {
    version,
    pid: () => process.pid,
    prepare: async () => undefined,
    steps: async (sc) => JSON.parse(String(await driver.run_async(JSON.stringify(sc)))) as Steps,
    cleanup: async () => {
      await driver.cleanup_async();
    },
  };
}

// ---------------------------------------------------------------------------
// Native CPython

/**
 * The native witness: $WIRE_PYTHON if set, else the newest CPython 3.x found among
 * python3.N on PATH, pyenv's installed versions and python3. The nearer to 3.14, the fewer
 * scenarios where an older http.client differs before the socket layers do (3.11 closes an
 * empty 304 later than 3.13+ in read1(), say) and so cannot witness.
 */
export function nativePython(): { exe: string; version: string } {
  const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
  const probe = (exe: string): string | null => {
    const r = spawnSync(exe, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" });
    return r.status === 0 && /^3\.\d+\.\d+/.test(r.stdout.trim()) ? r.stdout.trim() : null;
  };
  const forced = process.env.WIRE_PYTHON;
  if (forced) {
    const v = probe(forced);
    if (v === null) throw new Error(`WIRE_PYTHON=${forced} does not run`);
    return { exe: forced, version: v };
  }
  const candidates = ["python3.14", "python3.13", "python3.12"];
  const pyenv = process.env.PYENV_ROOT ?? path.join(require("node:os").homedir() as string, ".pyenv");
  try {
    for (const d of fs.readdirSync(path.join(pyenv, "versions"))) if (/^3\.\d+\.\d+$/.test(d)) candidates.push(path.join(pyenv, "versions", d, "bin", "python3"));
  } catch {
    // no pyenv
  }
  candidates.push("python3");
  const key = (v: string) => v.split(".").reduce((n, x) => n * 1000 + Number(x), 0);
  let best: { exe: string; version: string } | null = null;
  for (const exe of candidates) {
    const v = probe(exe);
    if (v !== null && (best === null || key(v) > key(best.version))) best = { exe, version: v };
  }
  if (best === null) throw new Error("no python3 for the native witness");
  return best;
}

function nativeClient(): Client {
  // One CPython process for the lane's scenarios, one after another (a new one if it died).
  let child: ChildProcessWithoutNullStreams | null = null;
  const lines: string[] = [];
  let waiter: (() => void) | null = null;
  const { exe, version } = nativePython();
  const nextLine = async (): Promise<string | null> => {
    while (lines.length === 0 && child !== null && child.exitCode === null) {
      await new Promise<void>((r) => {
        waiter = r;
      });
    }
    return lines.shift() ?? null;
  };
  return {
    version,
    pid: () => child?.pid ?? 0,
    prepare: async () => {
      if (child !== null && child.exitCode === null) return;
      const c = spawn(exe, [PY_DRIVER, "--native"], { stdio: ["pipe", "pipe", "pipe"] });
      child = c;
      lines.length = 0;
      let buf = "";
      let err = "";
      c.stdout.setEncoding("utf8");
      c.stdout.on("data", (d: string) => {
        buf += d;
        const parts = buf.split("\n");
        buf = parts.pop()!;
        lines.push(...parts);
        waiter?.();
      });
      c.stderr.on("data", (d: Buffer) => {
        err += d.toString();
      });
      c.once("exit", (code) => {
        if (code !== 0) lines.push(JSON.stringify({ error: `driver error: python3 exited (${code}): ${err.slice(-2000)}` }));
        waiter?.();
      });
    },
    steps: async (sc) => {
      child!.stdin.write(JSON.stringify(sc) + "\n");
      const line = await nextLine();
      return line === null ? { error: "driver error: python3 gave no records" } : (JSON.parse(line) as Steps);
    },
    cleanup: async () => {
      if (child === null || child.exitCode !== null) return;
      child.stdin.write("cleanup\n");
      if ((await nextLine()) !== "ok") child.kill();
    },
  };
}

// ---------------------------------------------------------------------------
// The port

function portClient(): Client {
  let run: PortRun | null = null;
  return {
    version: `port on Node ${process.versions.node}`,
    pid: () => process.pid,
    prepare: async () => undefined,
    steps: async (sc) => {
      try {
        run = new PortRun(sc);
        return { trace: await run.steps() };
      } catch (e) {
        if (e instanceof ScenarioError) return { error: `bad scenario: ${e.message}` };
        return { error: `driver error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
      }
    },
    cleanup: async () => {
      run?.cleanup();
      run = null;
    },
  };
}

// ---------------------------------------------------------------------------
// One scenario

function nameOf(sc: unknown): string {
  const n = sc !== null && typeof sc === "object" ? (sc as { name?: unknown }).name : undefined;
  return typeof n === "string" ? n : "(scenario without a string name)";
}

async function runOne(raw: unknown, client: Client, server: ServerClient, leaks: LeakWatch | null): Promise<WireTrace> {
  const t0 = Date.now();
  const name = nameOf(raw);
  let sc: WireScenario;
  let plan: ReturnType<typeof planServer>;
  let limit: number;
  try {
    checkScenario(raw);
    sc = raw;
    plan = planServer(sc);
    limit = limitOf(sc);
  } catch (e) {
    if (e instanceof ScenarioError) return { name, error: `bad scenario: ${e.message}` };
    throw e;
  }
  await client.prepare();
  const port = await server.begin(plan, client.pid());
  leaks?.begin();
  let overrun = false;
  const timer = setTimeout(() => {
    overrun = true;
    void server.abort();
  }, limit);
  let steps: Steps;
  try {
    steps = await client.steps(withAddress(sc, port));
  } finally {
    clearTimeout(timer);
  }
  const { entries, finSent } = await server.finish(SETTLE_MS);
  await client.cleanup();
  const left = leaks ? await leaks.end() : [];
  const ms = Date.now() - t0;
  const out: WireTrace = { name, ms, server_fin: finSent };
  if (overrun) {
    out.error = `limit: the scenario did not finish within its limit_ms (${limit} ms)`;
    // What the steps recorded (after the server ended the scenario), to see where it stuck.
    if (steps.trace) out.partial = steps.trace;
  }
  else if (steps.error !== undefined) out.error = steps.error;
  else out.trace = [...steps.trace!, { server: entries }];
  if (left.length) out.leaks = left;
  return withoutPort(out, port);
}

// ---------------------------------------------------------------------------
// The process

function sideArg(): Side {
  const i = process.argv.indexOf("--side");
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v !== "py" && v !== "ts" && v !== "native") throw new Error("lane: --side py|ts|native");
  return v;
}

async function main(): Promise<void> {
  const side = sideArg();
  // The IPC channel keeps the lane alive while it loads (nothing else holds the loop then).
  process.channel?.ref();
  const send = (m: unknown) => process.send!(m);
  let client: Client;
  let server: ServerClient;
  try {
    server = await ServerClient.start();
    client = side === "py" ? await pyodideClient() : side === "native" ? nativeClient() : portClient();
  } catch (e) {
    send({ ready: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
    process.exit(1);
  }
  // The port is loaded before the first scenario starts (and before the leak watch).
  if (side === "ts") require("../../src/http/client");
  const leaks = side === "ts" ? new LeakWatch() : null;
  process.on("message", (m: { id: number; scenario: unknown }) => {
    void (async () => {
      let trace: WireTrace;
      try {
        trace = await runOne(m.scenario, client, server, leaks);
      } catch (e) {
        trace = { name: nameOf(m.scenario), error: `driver error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
      }
      send({ id: m.id, trace });
    })();
  });
  process.on("disconnect", () => process.exit(0));
  send({ ready: true, version: client.version });
}

if (require.main === module) void main();
