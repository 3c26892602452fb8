// The wire runner (WIRE.md, README.md): runs wire scenarios over real loopback sockets
// through CPython's http.client (Pyodide on Node 24, useNodeSockFS) and through the port,
// in lanes (child processes on Node 24, each with its scripted server in a worker thread),
// compares the traces record by record, checks the port's side for leaks, and reports.
// Usage: npm run conformance:wire -- --help

import { fork, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { canonical, loadScenarios, parseRunnerArgs, preflight, runCli, runnerScenarios, safeJson, scenarioName, showDivergences, type RunnerCli } from "../run";
import type { Scenario, StepRecord } from "../types";
import { generateWire } from "./generate";
import type { ServerRecord, Side, WireRecord, WireScenario, WireTrace } from "./types";

export const WIRE_DIR = path.join(__dirname, "scenarios");
export const WIRE_KNOWN_FILE = path.join(__dirname, "known-divergences.json");
export const DEFAULT_GENERATED = 200;
const ROOT = path.resolve(__dirname, "..", "..");
const LANE = path.join(__dirname, "lane.ts");
/** A scenario's lane gets this long past the scenario's limit_ms before it is taken as hung. */
const HUNG_MARGIN_MS = 20_000;

// ---------------------------------------------------------------------------
// Node 24

/** The Node that runs the lanes: this one when it is 24 or later, else the pinned Node 24. */
export function node24(): string {
  if (Number(process.versions.node.split(".")[0]) >= 24) return process.execPath;
  const pinned = path.join(ROOT, "scripts", "node-versions", "node_modules", "node24", "bin", "node");
  if (!fs.existsSync(pinned)) {
    throw new Error(`the wire harness needs Node 24 (Pyodide's sockets suspend WebAssembly): ${pinned} is missing; run \`cd scripts/node-versions && npm ci\``);
  }
  return pinned;
}

// ---------------------------------------------------------------------------
// Lanes

interface Pending {
  id: number;
  scenario: WireScenario;
  resolve: (t: WireTrace) => void;
}

/** One lane process: one scenario at a time. */
class Lane {
  private child: ChildProcess | null = null;
  private job: Pending | null = null;
  private timer: NodeJS.Timeout | undefined;
  version = "";

  constructor(
    readonly side: Side,
    private readonly log: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    const execArgv = ["-r", "ts-node/register/transpile-only"];
    if (this.side === "ts") execArgv.unshift("--expose-gc");
    const child = fork(LANE, ["--side", this.side], {
      execPath: node24(),
      execArgv,
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: { ready?: boolean; version?: string; error?: string }) => {
        if (m.ready === undefined) return;
        child.off("message", onMessage);
        if (m.ready) {
          this.version = m.version ?? "";
          resolve();
        } else reject(new Error(`the ${this.side} lane failed to start: ${m.error}`));
      };
      child.on("message", onMessage);
      child.once("exit", (code) => reject(new Error(`the ${this.side} lane exited (code ${code}) before it was ready`)));
    });
    child.on("message", (m: { id?: number; trace?: WireTrace }) => {
      const job = this.job;
      if (!job || m.id !== job.id || !m.trace) return;
      this.finish(m.trace);
    });
    child.on("exit", (code, signal) => {
      this.child = null;
      if (this.job) this.finish({ name: this.job.scenario.name, error: `driver error: the ${this.side} lane stopped (${signal ?? `exit code ${code}`})` });
    });
  }

  private finish(t: WireTrace): void {
    clearTimeout(this.timer);
    const job = this.job!;
    this.job = null;
    job.resolve(t);
  }

  get alive(): boolean {
    return this.child !== null;
  }

  run(id: number, scenario: WireScenario): Promise<WireTrace> {
    return new Promise((resolve) => {
      this.job = { id, scenario, resolve };
      const limit = typeof scenario.limit_ms === "number" && scenario.limit_ms > 0 ? scenario.limit_ms : 10_000;
      this.timer = setTimeout(() => {
        this.log(`${this.side}: scenario ${JSON.stringify(scenario.name)} hung past its limit; a new lane takes the rest`);
        this.child?.kill("SIGKILL");
      }, limit + HUNG_MARGIN_MS);
      this.child!.send({ id, scenario });
    });
  }

  stop(): void {
    if (this.child?.connected) this.child.disconnect();
    this.child = null;
  }
}

/**
 * Up to n lanes of one side, started on first use: run() queues a scenario and resolves
 * with its trace. A lane that stopped is replaced for the next scenario.
 */
class LanePool {
  private readonly idle: Lane[] = [];
  private readonly queue: { sc: WireScenario; resolve: (t: WireTrace) => void }[] = [];
  private lanes = 0;
  private nextId = 0;
  version = "";
  /** Milliseconds each scenario took in its lane, by name (reported, never compared). */
  readonly times: [string, number][] = [];

  constructor(
    readonly side: Side,
    private readonly n: number,
    private readonly log: (line: string) => void,
  ) {}

  run(sc: WireScenario): Promise<WireTrace> {
    return new Promise((resolve) => {
      this.queue.push({ sc, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length && (this.idle.length || this.lanes < this.n)) {
      const job = this.queue.shift()!;
      const lane = this.idle.pop();
      if (lane === undefined) this.lanes++;
      void this.work(lane, job);
    }
  }

  private async work(lane: Lane | undefined, job: { sc: WireScenario; resolve: (t: WireTrace) => void }): Promise<void> {
    let trace: WireTrace;
    try {
      if (lane === undefined || !lane.alive) {
        lane = new Lane(this.side, this.log);
        await lane.start();
        this.version = lane.version;
      }
      trace = await lane.run(this.nextId++, job.sc);
    } catch (e) {
      trace = { name: scenarioName(job.sc), error: `driver error: ${e instanceof Error ? e.message : String(e)}` };
      lane = undefined;
    }
    if (typeof trace.ms === "number") this.times.push([trace.name, trace.ms]);
    job.resolve(trace);
    if (lane !== undefined && lane.alive) this.idle.push(lane);
    else this.lanes--;
    this.pump();
  }

  /** Stops the lanes (the queue must be empty). */
  stop(): void {
    for (const lane of this.idle.splice(0)) lane.stop();
    this.lanes = 0;
  }

  /** One line: how long the scenarios took, and the slowest. */
  timing(): string {
    const total = this.times.reduce((a, [, ms]) => a + ms, 0);
    const slow = [...this.times].sort((a, b) => b[1] - a[1]).slice(0, 3);
    return `${this.times.length} scenarios, ${(total / 1000).toFixed(1)} s in lanes; slowest: ${slow.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(", ")}`;
  }
}

/** Runs the scenarios on one side over n lanes; traces in scenario order. */
async function runSide(side: Side, scenarios: WireScenario[], n: number, log: (line: string) => void, onVersion: (v: string) => void): Promise<WireTrace[]> {
  const pool = new LanePool(side, n, log);
  try {
    return await Promise.all(scenarios.map((sc) => pool.run(sc)));
  } finally {
    pool.stop();
    if (pool.version) onVersion(pool.version);
  }
}

// ---------------------------------------------------------------------------
// Comparing

interface RaiseMatch {
  type?: string;
  message?: string;
}

/**
 * One reviewed entry of known-divergences.json: a way in which Pyodide's socket layer
 * differs from CPython on Linux. It explains a differing pair of records (py, ts) when
 * every condition it gives holds. `evidence` is the record native CPython (Linux) gives
 * there in the scenario it names. An explained record still has to be what native
 * CPython records (the runner checks it live, see runWire).
 */
export interface WireKnownEntry {
  id: string;
  reason: string;
  evidence: { scenario: string; record: number; native: unknown };
  /** Regex over the scenario name. */
  name?: string;
  /** Regex over the method the step calls ("server" for the server record). */
  step_call?: string;
  py_raises?: RaiseMatch;
  ts_raises?: RaiseMatch;
  /** That side's record returns (has a result, no raise). */
  py_returns?: boolean;
  ts_returns?: boolean;
  /** The scenario's server script has this action (e.g. "reset"). */
  server_action?: string;
  /** The server record: connections differ only in client_closed, each as given. */
  client_closed?: { py: boolean; ts: boolean; server_fin?: boolean };
  /** The records after this one may differ too, as consequences of this difference. */
  rest?: boolean;
  /**
   * The reference does this only some of the time (by the timing of its own asynchronous
   * close): the evidence scenario may also come out identical.
   */
  intermittent?: boolean;
}

export function loadWireKnown(file = WIRE_KNOWN_FILE): WireKnownEntry[] {
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { divergences: WireKnownEntry[] };
  for (const e of data.divergences) {
    if (!e.id || !e.reason || !e.evidence || typeof e.evidence.scenario !== "string" || typeof e.evidence.record !== "number" || e.evidence.native === undefined) {
      throw new Error(`${file}: every entry needs an id, a reason and native evidence {scenario, record, native}`);
    }
  }
  return data.divergences;
}

function raises(rec: WireRecord | undefined, m: RaiseMatch): boolean {
  const r = rec && "raises" in rec ? (rec as StepRecord).raises : undefined;
  if (!r) return false;
  if (m.type !== undefined && !new RegExp(m.type).test(r.type)) return false;
  if (m.message !== undefined && !new RegExp(m.message).test(r.message)) return false;
  return true;
}

function returns(rec: WireRecord | undefined): boolean {
  return rec !== undefined && "result" in rec && !("raises" in rec);
}

function hasAction(sc: WireScenario, action: string): boolean {
  return Array.isArray(sc.server) && sc.server.some((conn) => Array.isArray(conn) && conn.some((a) => a !== null && typeof a === "object" && action in a));
}

function closedDiffers(py: WireRecord | undefined, ts: WireRecord | undefined, fin: boolean[] | undefined, want: NonNullable<WireKnownEntry["client_closed"]>): boolean {
  const a = (py as ServerRecord | undefined)?.server;
  const b = (ts as ServerRecord | undefined)?.server;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  let differs = false;
  for (let i = 0; i < a.length; i++) {
    if (canonical(a[i]!.received) !== canonical(b[i]!.received)) return false;
    if (a[i]!.client_closed === b[i]!.client_closed) continue;
    if (a[i]!.client_closed !== want.py || b[i]!.client_closed !== want.ts) return false;
    if (want.server_fin !== undefined && (fin?.[i] ?? false) !== want.server_fin) return false;
    differs = true;
  }
  return differs;
}

/** The entry that explains the differing records i of a scenario, or null. */
export function matchWireKnown(sc: WireScenario, i: number, py: WireTrace, ts: WireTrace, known: WireKnownEntry[]): WireKnownEntry | null {
  const a = py.trace?.[i];
  const b = ts.trace?.[i];
  if (a === undefined || b === undefined) return null;
  const isServer = "server" in a || "server" in b;
  const step = Array.isArray(sc.steps) ? sc.steps[i] : undefined;
  const call = isServer ? "server" : typeof step?.call === "string" ? step.call : "";
  for (const e of known) {
    if (e.name !== undefined && !new RegExp(e.name).test(sc.name)) continue;
    if (e.step_call !== undefined && !new RegExp(e.step_call).test(call)) continue;
    if (e.py_raises !== undefined && !raises(a, e.py_raises)) continue;
    if (e.ts_raises !== undefined && !raises(b, e.ts_raises)) continue;
    if (e.py_returns !== undefined && returns(a) !== e.py_returns) continue;
    if (e.ts_returns !== undefined && returns(b) !== e.ts_returns) continue;
    if (e.server_action !== undefined && !hasAction(sc, e.server_action)) continue;
    if (e.client_closed !== undefined) {
      if (!isServer || !closedDiffers(a, b, py.server_fin, e.client_closed)) continue;
    } else if (isServer) continue;
    return e;
  }
  return null;
}

export interface WireDivergence {
  name: string;
  /** The record that differs first without an explanation, or, when known, the first explained (-1: a driver error or a leak). */
  step: number;
  what: unknown;
  py: WireRecord | string | null;
  ts: WireRecord | string | null;
  /** Native CPython's record there, when it was asked. */
  native?: WireRecord | string | null;
  /** The known entries that explain every differing record, when all are explained. */
  known?: string[];
  leaks?: string[];
}

/** The records where two traces differ, with the entries that explain them. */
export interface Comparison {
  /** Identical, and nothing leaked. */
  identical: boolean;
  /** The first unexplained difference, or a driver error or leak, when there is one. */
  divergence: WireDivergence | null;
  /** The differing records (all explained when divergence is null) and their entries. */
  explained: { index: number; id: string }[];
}

/** Compares the two traces of a scenario; explained differences still need native's word. */
export function compareWire(sc: WireScenario, py: WireTrace, ts: WireTrace, known: WireKnownEntry[]): Comparison {
  const name = sc.name;
  if (py.error !== undefined || ts.error !== undefined) {
    return { identical: false, explained: [], divergence: { name, step: -1, what: null, py: py.error ?? null, ts: ts.error ?? null, leaks: ts.leaks } };
  }
  const a = py.trace ?? [];
  const b = ts.trace ?? [];
  const explained: Comparison["explained"] = [];
  let rest: string | null = null;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length && i < b.length && canonical(a[i]) === canonical(b[i])) continue;
    const e = matchWireKnown(sc, i, py, ts, known);
    const id = e?.id ?? (i < a.length && i < b.length ? rest : null);
    if (id === null) {
      const what = Array.isArray(sc.steps) && i < sc.steps.length ? sc.steps[i] : "server";
      return { identical: false, explained, divergence: { name, step: i, what, py: a[i] ?? null, ts: b[i] ?? null, leaks: ts.leaks } };
    }
    if (e?.rest) rest = e.id;
    explained.push({ index: i, id });
  }
  if (ts.leaks?.length) return { identical: false, explained, divergence: { name, step: -1, what: "leak check", py: null, ts: null, leaks: ts.leaks } };
  return { identical: explained.length === 0, explained, divergence: null };
}

/**
 * Where the reference's socket layer explains a difference, the port must do what native
 * CPython on Linux does: the native trace's records there must be the port's.
 */
export function checkNative(sc: WireScenario, c: Comparison, py: WireTrace, ts: WireTrace, native: WireTrace): WireDivergence {
  const ids = [...new Set(c.explained.map((x) => x.id))];
  if (native.error !== undefined) return { name: sc.name, step: -1, what: "native CPython", py: null, ts: null, native: native.error };
  // The witness applies while native CPython (3.11) does what the reference (3.14) does:
  // up to the first difference of the socket layers, their records must agree.
  const first = c.explained[0]!.index;
  for (let i = 0; i < first; i++) {
    if (canonical(native.trace?.[i]) !== canonical(py.trace?.[i])) {
      const what = Array.isArray(sc.steps) && i < sc.steps.length ? sc.steps[i] : "server";
      return { name: sc.name, step: i, what: `${safeJson(what)} (native CPython ${native.trace ? "differs from the reference here, before the socket layers do: no witness" : "gave no trace"})`, py: py.trace?.[i] ?? null, ts: ts.trace?.[i] ?? null, native: native.trace?.[i] ?? null };
    }
  }
  for (const { index } of c.explained) {
    const n = native.trace?.[index];
    const t = ts.trace?.[index];
    // A server record differs in client_closed only (received is compared with the
    // reference): native is asked about that, its bytes may differ by version (3.11's
    // CONNECT is HTTP/1.0, say).
    const closedOf = (r: WireRecord | undefined) => (r !== undefined && "server" in r ? r.server.map((e) => e.client_closed) : r);
    if (canonical(closedOf(n)) !== canonical(closedOf(t))) {
      const what = Array.isArray(sc.steps) && index < sc.steps.length ? sc.steps[index] : "server";
      return { name: sc.name, step: index, what, py: py.trace?.[index] ?? null, ts: t ?? null, native: n ?? null };
    }
  }
  // Known: the first explained record, with native CPython's word on it.
  const at = c.explained[0]!.index;
  const what = Array.isArray(sc.steps) && at < sc.steps.length ? sc.steps[at] : "server";
  return { name: sc.name, known: ids, step: at, what, py: py.trace?.[at] ?? null, ts: ts.trace?.[at] ?? null, native: native.trace?.[at] ?? null };
}

// ---------------------------------------------------------------------------
// Running

export interface WireOptions {
  scenarios: Scenario[];
  side: "py" | "ts" | "both" | "native";
  workers: number;
  known: WireKnownEntry[];
  log: (line: string) => void;
}

export interface WireSummary {
  total: number;
  identical: number;
  divergent: number;
  known: number;
  divergences: WireDivergence[];
  traces: { py?: WireTrace[]; ts?: WireTrace[]; native?: WireTrace[] };
  versions: { py?: string; ts?: string; native?: string };
}

export async function runWire(opts: WireOptions): Promise<WireSummary> {
  const { scenarios, log } = opts;
  const bad = scenarios.map(preflight);
  const sides: Side[] = opts.side === "both" ? ["py", "ts"] : [opts.side];
  const versions: WireSummary["versions"] = {};
  const traces: WireSummary["traces"] = {};
  for (const side of sides) traces[side] = new Array(scenarios.length);
  const summary: WireSummary = { total: scenarios.length, identical: 0, divergent: 0, known: 0, divergences: [], traces, versions };
  const pools = sides.map((side) => new LanePool(side, opts.workers, log));
  // Differences that the reference's socket layer explains: native CPython has the last
  // word, asked as soon as both traces of a scenario are in.
  const natives = opts.side === "both" ? new LanePool("native", Math.max(1, Math.min(2, opts.workers)), log) : null;
  const outcomes: (WireDivergence | null)[] = new Array(scenarios.length).fill(null);
  const t0 = Date.now();

  const one = async (i: number): Promise<void> => {
    const raw = scenarios[i];
    if (bad[i] !== null) {
      const t: WireTrace = { name: scenarioName(raw), error: `bad scenario: ${bad[i]}` };
      for (const side of sides) traces[side]![i] = t;
    } else {
      const got = await Promise.all(pools.map((p) => p.run(raw as unknown as WireScenario)));
      sides.forEach((side, k) => (traces[side]![i] = got[k]!));
    }
    const sc = raw as unknown as WireScenario;
    if (opts.side !== "both") {
      const t = traces[opts.side]![i]!;
      if (t.error !== undefined || t.leaks?.length) {
        summary.divergent++;
        const err = t.error ?? null;
        outcomes[i] = { name: scenarioName(raw), step: -1, what: null, py: opts.side === "ts" ? null : err, ts: opts.side === "ts" ? err : null, leaks: t.leaks };
      } else summary.identical++;
      return;
    }
    const py = traces.py![i]!;
    const ts = traces.ts![i]!;
    const c = compareWire(sc, py, ts, opts.known);
    if (c.divergence !== null) {
      summary.divergent++;
      outcomes[i] = c.divergence;
    } else if (c.identical) summary.identical++;
    else {
      const native = await natives!.run(sc);
      (traces.native ??= new Array(scenarios.length))[i] = native;
      const d = checkNative(sc, c, py, ts, native);
      if (d.known) summary.known++;
      else summary.divergent++;
      outcomes[i] = d;
    }
  };
  try {
    await Promise.all(scenarios.map((_, i) => one(i)));
  } finally {
    for (const p of pools) p.stop();
    natives?.stop();
  }
  for (const [k, p] of pools.entries()) {
    versions[sides[k]!] = p.version;
    log(`${sides[k]}: ${p.version || "?"}: ${p.timing()}`);
  }
  if (natives && natives.times.length) {
    versions.native = natives.version;
    log(`native: CPython ${natives.version || "?"}, the known differences checked: ${natives.timing()}`);
  }
  log(`wall time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  summary.divergences = outcomes.filter((d): d is WireDivergence => d !== null);
  return summary;
}

// ---------------------------------------------------------------------------
// Reporting

function clip(s: string, max = 1500): string {
  return s.length > max ? `${s.slice(0, max)}... (${s.length} chars)` : s;
}

export function formatWireDivergence(d: WireDivergence): string {
  const head = d.known ? `KNOWN (${d.known.join(", ")})` : d.leaks?.length ? "LEAK" : "DIVERGENT";
  const where = d.step >= 0 ? `record ${d.step}: ${safeJson(d.what)}` : typeof d.what === "string" ? d.what : d.known ? "known records" : "driver error";
  const lines = [`${head} ${d.name} at ${clip(where, 400)}`];
  if (d.py !== null || d.ts !== null) {
    lines.push(`  py: ${clip(typeof d.py === "string" ? d.py : safeJson(d.py))}`);
    lines.push(`  ts: ${clip(typeof d.ts === "string" ? d.ts : safeJson(d.ts))}`);
  }
  if (d.native !== undefined) lines.push(`  native: ${clip(typeof d.native === "string" ? d.native : safeJson(d.native))}`);
  for (const l of d.leaks ?? []) lines.push(`  leak: ${l}`);
  return lines.join("\n");
}

export function wireSummaryLine(s: Pick<WireSummary, "total" | "identical" | "divergent" | "known">): string {
  return `wire: ${s.total} scenarios, ${s.identical} identical, ${s.divergent} divergent, ${s.known} known`;
}

// ---------------------------------------------------------------------------
// Command line

const USAGE = `usage: npm run conformance:wire -- [options]
  --scenarios DIR      run the wire scenarios of DIR (every *.json) instead of the project's corpus
  --side py|ts|both    which driver(s) to run (default both); native: the newest CPython found (evidence; $WIRE_PYTHON)
  --out FILE           write that side's traces (with both: the divergence report) as JSON
  --seed N             seed of the generated scenarios (default: random, printed)
  --generated N        how many generated scenarios (default ${DEFAULT_GENERATED}, or 0 with --scenarios)
  --filter REGEX       run only the scenarios whose name matches
  --workers N          lanes per side (default 3)
  --known FILE         known-divergences file (default conformance/wire/known-divergences.json)
  --show N             print at most N divergences (default 30; all go to --out)
  --show-known         print known divergences too
  --save FILE          write the scenarios that were run
  --update-evidence    run each known divergence's evidence scenario on native CPython and
                       write its record into the known-divergences file (then review the diff)`;

interface Cli extends RunnerCli<WireOptions["side"]> {
  updateEvidence: boolean;
}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { side: "both", workers: 3, known: WIRE_KNOWN_FILE, show: 30, showKnown: false, updateEvidence: false };
  return parseRunnerArgs(argv, cli, USAGE, ["py", "ts", "both", "native"] as const, {
    "--update-evidence": (c) => {
      c.updateEvidence = true;
    },
  });
}

/** Runs each entry's evidence scenario on native CPython and writes its record into the file. */
async function updateEvidence(file: string, dir: string, log: (line: string) => void): Promise<number> {
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { divergences: WireKnownEntry[] };
  const byName = new Map(loadScenarios(dir).map((sc) => [scenarioName(sc), sc as unknown as WireScenario]));
  const wanted = data.divergences.map((e) => byName.get(e.evidence.scenario));
  const missing = data.divergences.filter((_, i) => wanted[i] === undefined).map((e) => e.evidence.scenario);
  if (missing.length) {
    log(`no such scenario in ${dir}: ${missing.join(", ")}`);
    return 2;
  }
  const traces = await runSide("native", wanted as WireScenario[], 2, log, (v) => log(`native: CPython ${v}`));
  data.divergences.forEach((e, i) => {
    const t = traces[i]!;
    e.evidence.native = t.error ?? t.trace?.[e.evidence.record] ?? null;
    log(`${e.id}: ${e.evidence.scenario} record ${e.evidence.record}: ${safeJson(e.evidence.native)}`);
  });
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  log(`wrote ${file}`);
  return 0;
}

async function main(): Promise<number> {
  let cli: Cli;
  try {
    cli = parseArgs(process.argv.slice(2));
    node24();
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const log = (s: string) => console.log(s);
  if (cli.updateEvidence) return updateEvidence(cli.known, cli.dir ?? WIRE_DIR, log);
  const scenarios = runnerScenarios(cli, WIRE_DIR, DEFAULT_GENERATED, (seed, count) => generateWire(seed, count) as unknown as Scenario[], log);
  if (cli.save) fs.writeFileSync(cli.save, `[\n${scenarios.map((s) => safeJson(s)).join(",\n")}\n]\n`);

  const summary = await runWire({ scenarios, side: cli.side, workers: cli.workers, known: cli.side === "both" ? loadWireKnown(cli.known) : [], log });
  showDivergences(summary.divergences, cli, formatWireDivergence, log);
  if (cli.out) {
    const data = cli.side === "both" ? summary.divergences : summary.traces[cli.side];
    fs.writeFileSync(cli.out, JSON.stringify(data, null, 1) + "\n");
    log(`wrote ${cli.out}`);
  }
  log(wireSummaryLine(summary));
  return summary.divergent > 0 ? 1 : 0;
}

if (require.main === module) runCli(main, "wire");
