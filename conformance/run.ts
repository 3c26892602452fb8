// The conformance runner: runs scenarios through the reference driver (CPython's
// http.client in Pyodide) and the port's driver, compares the traces and reports.
// Usage: see conformance/README.md, or `npm run conformance -- --help`.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { generate } from "./generate";
import { PyodidePool } from "./pyodide-pool";
import type { Scenario, Step, StepRecord, Trace } from "./types";

export const SCENARIOS_DIR = path.join(__dirname, "scenarios");
export const KNOWN_FILE = path.join(__dirname, "known-divergences.json");
export const DEFAULT_GENERATED = 20000;

// ---------------------------------------------------------------------------
// Loading scenarios

/** Stand-ins for what could not be loaded (a file that is not JSON), with the reason. */
const UNLOADABLE = new WeakMap<object, string>();

/**
 * JSON text with every integer literal beyond ±(2**53-1) written as {"int": "digits"}:
 * the format makes a JSON number an int, which a JS number would round (and the
 * reference would then get that rounded value, or a float).
 */
export function exactIntegers(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (tok) => {
    if (tok[0] === '"' || !/^-?\d+$/.test(tok) || Number.isSafeInteger(Number(tok))) return tok;
    return `{"int": "${tok}"}`;
  });
}

/** Every scenario of every *.json file of dir, files in name order. */
export function loadScenarios(dir: string): Scenario[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && fs.statSync(path.join(dir, f)).isFile())
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Scenario[] = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), "utf8");
    let data: unknown;
    try {
      data = JSON.parse(exactIntegers(text));
    } catch (e) {
      // Reported as one bad scenario named after the file: the rest of the folder still runs.
      const stand_in: Scenario = { name: f, steps: [] };
      UNLOADABLE.set(stand_in, `${path.join(dir, f)}: not JSON: ${(e as Error).message}`);
      out.push(stand_in);
      continue;
    }
    for (const sc of Array.isArray(data) ? data : [data]) out.push(sc as Scenario);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Comparing

/** JSON with object keys sorted, so that records compare by content. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (x && typeof x === "object" && !Array.isArray(x)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) sorted[k] = (x as Record<string, unknown>)[k];
      return sorted;
    }
    return x;
  });
}

export interface Divergence {
  name: string;
  /** Index of the first differing record (or -1 when a driver failed on the scenario). */
  step: number;
  /** The scenario's step there (null for the constructor / a missing record). */
  what: Step | null;
  py: StepRecord | string | null;
  ts: StepRecord | string | null;
  /** The id and reason of the known-divergences entry that covers it. */
  known?: { id: string; reason: string };
}

/** The first difference of two traces of one scenario, or null when they are equal. */
export function firstDifference(sc: Scenario, py: Trace, ts: Trace): Divergence | null {
  const name = scenarioName(sc);
  if (py.error !== undefined || ts.error !== undefined) {
    return { name, step: -1, what: null, py: py.error ?? null, ts: ts.error ?? null };
  }
  const a = py.trace ?? [];
  const b = ts.trace ?? [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.length || i >= b.length || canonical(a[i]) !== canonical(b[i])) {
      // A constructor failure is one record; otherwise record i belongs to step i.
      // (With exactly one step the two cannot be told apart; the step is named then.)
      const nsteps = Array.isArray(sc.steps) ? sc.steps.length : 0;
      const ctorFailed = [a, b].some((t) => t.length === 1 && t[0]!.raises !== undefined && nsteps !== 1);
      const what = ctorFailed && i === 0 ? null : ((Array.isArray(sc.steps) ? sc.steps[i] : null) ?? null);
      return { name, step: i, what, py: a[i] ?? null, ts: b[i] ?? null };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------
// Known divergences

interface RaiseMatch {
  type?: string;
  message?: string;
}

/** One entry of known-divergences.json; every condition given must hold. */
export interface KnownEntry {
  id: string;
  reason: string;
  /** Regex over the scenario name. */
  name?: string;
  /** The scenario has a step calling this connection method. */
  scenario_calls?: string;
  /** The first differing records open a connection (either side's has `connects`). */
  step_connects?: boolean;
  /** The first differing record of that side raises an exception matching these regexes. */
  py_raises?: RaiseMatch;
  ts_raises?: RaiseMatch;
  /** The port's first differing record returns (a result, no exception). */
  ts_returns?: boolean;
  /** Regex over the method that the first differing step calls. */
  step_call?: string;
}

export function loadKnown(file = KNOWN_FILE): KnownEntry[] {
  const data = JSON.parse(fs.readFileSync(file, "utf8")) as { divergences: KnownEntry[] };
  for (const e of data.divergences) {
    if (!e.id || !e.reason) throw new Error(`${file}: every entry needs an id and a reason`);
  }
  return data.divergences;
}

function raiseMatches(rec: StepRecord | string | null, m: RaiseMatch): boolean {
  if (!rec || typeof rec === "string" || !rec.raises) return false;
  if (m.type !== undefined && !new RegExp(m.type).test(rec.raises.type)) return false;
  if (m.message !== undefined && !new RegExp(m.message).test(rec.raises.message)) return false;
  return true;
}

export function matchKnown(d: Divergence, sc: Scenario, known: KnownEntry[]): KnownEntry | null {
  if (d.step < 0) return null;
  for (const e of known) {
    if (e.name !== undefined && !new RegExp(e.name).test(d.name)) continue;
    if (e.scenario_calls !== undefined && !(Array.isArray(sc.steps) ? sc.steps : []).some((s) => s && (s.target ?? "conn") === "conn" && s.call === e.scenario_calls)) continue;
    if (e.step_connects !== undefined) {
      const has = [d.py, d.ts].some((r) => r && typeof r !== "string" && r.connects !== undefined);
      if (has !== e.step_connects) continue;
    }
    if (e.py_raises !== undefined && !raiseMatches(d.py, e.py_raises)) continue;
    if (e.ts_raises !== undefined && !raiseMatches(d.ts, e.ts_raises)) continue;
    if (e.ts_returns !== undefined) {
      const returns = !!d.ts && typeof d.ts !== "string" && "result" in d.ts && !d.ts.raises;
      if (returns !== e.ts_returns) continue;
    }
    if (e.step_call !== undefined) {
      const step = Array.isArray(sc.steps) ? sc.steps[d.step] : undefined;
      if (!step || typeof step.call !== "string" || !new RegExp(e.step_call).test(step.call)) continue;
    }
    return e;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Running

export interface Options {
  scenarios: Scenario[];
  side: "py" | "ts" | "both";
  workers: number;
  batchSize: number;
  known: KnownEntry[];
  log: (line: string) => void;
  /** Run the port's driver on this thread rather than in a worker (no protection against a port that never returns). */
  portInProcess?: boolean;
  /** Time limits, see PY_BATCH_TIMEOUT_MS and PORT_SCENARIO_TIMEOUT_MS. */
  pyTimeoutMs?: number;
  portTimeoutMs?: number;
}

export interface Summary {
  total: number;
  identical: number;
  divergent: number;
  known: number;
  divergences: Divergence[];
  py?: Trace[];
  ts?: Trace[];
  pythonVersion?: string;
}

// ---------------------------------------------------------------------------
// Guarding the run: no scenario may stop it. A scenario the drivers cannot be given,
// a driver that throws outside a step, hangs or dies is one divergent scenario.

/** A scenario's name for reports, whatever the scenario is. */
export function scenarioName(sc: unknown): string {
  const n = sc !== null && typeof sc === "object" ? (sc as { name?: unknown }).name : undefined;
  return typeof n === "string" ? n : `(scenario without a string name: ${clip(safeJson(sc), 80)})`;
}

/** JSON.stringify that never throws (a structure too deep for it, say). */
export function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch (e) {
    return `<not serialisable: ${(e as Error).message}>`;
  }
}

/** Why the runner cannot hand this scenario to the drivers, or null. */
export function preflight(sc: unknown): string | null {
  if (sc !== null && typeof sc === "object" && UNLOADABLE.has(sc)) return UNLOADABLE.get(sc)!;
  try {
    // JSON would turn an infinite number (a literal beyond the float range) into null.
    JSON.stringify(sc, (_k, v: unknown) => {
      if (typeof v === "number" && !Number.isFinite(v)) throw new Error(`${v} is not a JSON number`);
      return v;
    });
  } catch (e) {
    return `not serialisable: ${(e as Error).message}`;
  }
  return null;
}

/** A batch of the reference driver that has not answered after this long is taken as hung. */
export const PY_BATCH_TIMEOUT_MS = 120_000;
/** A scenario of the port's driver that has not finished after this long is taken as hung. */
export const PORT_SCENARIO_TIMEOUT_MS = 60_000;

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The reference side: batches over a pool of Pyodide workers, at most one batch per
 * worker at a time so that a batch's time limit counts from its start. A batch that
 * fails is run again one scenario at a time; a scenario that still fails (the driver
 * threw outside it, returned no JSON, hung, or its worker died) gets an error trace; a
 * hung or dead pool is replaced.
 */
class ReferenceSide {
  private pool!: PyodidePool;
  private restarting: Promise<void> | null = null;
  version = "";

  constructor(
    private readonly workers: number,
    private readonly timeoutMs: number,
    private readonly log: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    this.pool = await PyodidePool.start(this.workers);
    this.version = this.pool.version;
  }

  private async restart(from: PyodidePool): Promise<void> {
    if (this.pool !== from) return;
    if (!this.restarting) {
      this.restarting = (async () => {
        this.log("python: restarting the Pyodide workers");
        const next = await PyodidePool.start(this.workers);
        const old = this.pool;
        this.pool = next;
        await old.close().catch(() => undefined);
      })().finally(() => {
        this.restarting = null;
      });
    }
    await this.restarting;
  }

  private async once(items: Scenario[]): Promise<Trace[]> {
    if (this.restarting) await this.restarting;
    const pool = this.pool;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs / 1000} s`)), this.timeoutMs);
    });
    try {
      const traces = await Promise.race([pool.runBatch(items), timeout]);
      if (!Array.isArray(traces) || traces.length !== items.length) throw new Error(`answered ${Array.isArray(traces) ? traces.length : "no"} traces for ${items.length} scenarios`);
      return traces;
    } catch (e) {
      // A hung worker cannot be stopped alone, and a dead one is gone: new workers.
      if (/no answer within|worker exited/i.test(errorMessage(e))) await this.restart(pool);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  private async batch(items: Scenario[], out: Trace[], at: number): Promise<void> {
    try {
      const traces = await this.once(items);
      traces.forEach((t, i) => (out[at + i] = t));
    } catch (e) {
      if (items.length === 1) {
        out[at] = { name: scenarioName(items[0]), error: `driver error: the reference driver failed: ${errorMessage(e)}` };
        return;
      }
      for (let i = 0; i < items.length; i++) await this.batch([items[i]!], out, at + i);
    }
  }

  async run(scenarios: Scenario[], batchSize: number): Promise<Trace[]> {
    const out: Trace[] = new Array(scenarios.length);
    let next = 0;
    const lane = async () => {
      while (next < scenarios.length) {
        const at = next;
        next = Math.min(scenarios.length, next + batchSize);
        await this.batch(scenarios.slice(at, next), out, at);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.workers) }, lane));
    return out;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

// The port's driver runs in a worker thread, so that a port that never returns (a
// synchronous endless loop) can be stopped: the scenario is then an error trace and a
// new worker takes the rest. Plain JavaScript with `eval: true`; ts-node loads the port.
const PORT_WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
require("ts-node").register({ transpileOnly: true, project: workerData.tsconfig });
const { runBatch, loadPort } = require(workerData.driver);
// Loaded (and compiled) before the first scenario's clock starts.
loadPort();
parentPort.on("message", async (m) => {
  for (let i = 0; i < m.scenarios.length; i++) {
    let trace;
    try {
      trace = (await runBatch([m.scenarios[i]]))[0];
      JSON.stringify(trace);
    } catch (e) {
      trace = { name: String(m.scenarios[i] && m.scenarios[i].name), error: "driver error: " + String(e && e.stack || e) };
    }
    parentPort.postMessage({ index: m.from + i, trace });
  }
});
parentPort.postMessage({ ready: true });
`;

class PortSide {
  constructor(
    private readonly timeoutMs: number,
    private readonly log: (line: string) => void,
  ) {}

  private startWorker(): Promise<Worker> {
    const worker = new Worker(PORT_WORKER_SOURCE, {
      eval: true,
      workerData: { tsconfig: path.resolve(__dirname, "..", "tsconfig.json"), driver: path.join(__dirname, "driver.ts") },
    });
    return new Promise((resolve, reject) => {
      worker.once("message", () => resolve(worker));
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the port's worker exited (code ${code}) before it was ready`)));
    });
  }

  async run(scenarios: Scenario[]): Promise<Trace[]> {
    const out: Trace[] = new Array(scenarios.length);
    let from = 0;
    while (from < scenarios.length) {
      const worker = await this.startWorker();
      // Runs scenarios[from..] until all are done or the worker fails on one.
      from = await new Promise<number>((resolve) => {
        let next = from;
        let timer: NodeJS.Timeout | undefined;
        const fail = (why: string) => {
          clearTimeout(timer);
          worker.removeAllListeners();
          out[next] = { name: scenarioName(scenarios[next]), error: `driver error: the port's driver ${why}` };
          this.log(`port: scenario ${JSON.stringify(scenarioName(scenarios[next]))}: the port's driver ${why}; a new worker takes the rest`);
          void worker.terminate().catch(() => undefined);
          resolve(next + 1);
        };
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => fail(`did not finish the scenario within ${this.timeoutMs / 1000} s`), this.timeoutMs);
        };
        worker.on("message", (m: { index: number; trace: Trace }) => {
          out[m.index] = m.trace;
          next = m.index + 1;
          if (next >= scenarios.length) {
            clearTimeout(timer);
            worker.removeAllListeners();
            void worker.terminate().catch(() => undefined);
            resolve(next);
          } else arm();
        });
        worker.on("error", (e) => fail(`threw outside any step: ${errorMessage(e)}`));
        worker.on("exit", (code) => fail(`stopped (worker exit code ${code})`));
        arm();
        worker.postMessage({ from, scenarios: scenarios.slice(from) });
      });
    }
    return out;
  }
}

/** Runs each side over the scenarios it can be given; the others get an error trace. */
export async function runConformance(opts: Options): Promise<Summary> {
  const { scenarios, side, log } = opts;
  const bad = scenarios.map(preflight);
  const runnable = scenarios.filter((_, i) => bad[i] === null);
  const fill = (traces: Trace[] | undefined): Trace[] | undefined => {
    if (!traces) return undefined;
    let j = 0;
    return scenarios.map((sc, i) => (bad[i] === null ? traces[j++]! : { name: scenarioName(sc), error: `bad scenario: ${bad[i]}` }));
  };

  let ref: ReferenceSide | undefined;
  let pyPromise: Promise<Trace[]> | undefined;
  let pythonVersion: string | undefined;
  const t0 = Date.now();
  if (side !== "ts") {
    ref = new ReferenceSide(opts.workers, opts.pyTimeoutMs ?? PY_BATCH_TIMEOUT_MS, log);
    await ref.start();
    pythonVersion = ref.version;
    log(`python: Pyodide CPython ${ref.version}, ${opts.workers} worker(s), ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    pyPromise = ref.run(runnable, opts.batchSize);
  }
  let ts: Trace[] | undefined;
  try {
    if (side !== "py") {
      const t1 = Date.now();
      if (opts.portInProcess) {
        const { runBatch } = await import("./driver");
        ts = await runBatch(runnable);
      } else ts = await new PortSide(opts.portTimeoutMs ?? PORT_SCENARIO_TIMEOUT_MS, log).run(runnable);
      log(`port: ${runnable.length} scenarios in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
    }
  } finally {
    // Even when the port's side throws, let the workers finish and stop.
    if (pyPromise && !ts && side !== "py") await pyPromise.catch(() => undefined);
  }
  let py: Trace[] | undefined;
  if (pyPromise) {
    try {
      py = await pyPromise;
    } finally {
      await ref!.close();
    }
    log(`python: ${runnable.length} scenarios in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  py = fill(py);
  ts = fill(ts);

  const summary: Summary = { total: scenarios.length, identical: 0, divergent: 0, known: 0, divergences: [], py, ts, pythonVersion };
  if (side !== "both") {
    // One side: nothing to compare; a scenario is "identical" when its driver traced it.
    const traces = (py ?? ts)!;
    for (let i = 0; i < traces.length; i++) {
      const t = traces[i]!;
      if (t.error !== undefined) {
        summary.divergent++;
        summary.divergences.push({ name: scenarioName(scenarios[i]), step: -1, what: null, py: py ? t.error : null, ts: ts ? t.error : null });
      } else summary.identical++;
    }
    return summary;
  }
  for (let i = 0; i < scenarios.length; i++) {
    const sc = scenarios[i]!;
    const d = firstDifference(sc, py![i]!, ts![i]!);
    if (!d) {
      summary.identical++;
      continue;
    }
    const k = matchKnown(d, sc, opts.known);
    if (k) {
      d.known = { id: k.id, reason: k.reason };
      summary.known++;
    } else summary.divergent++;
    summary.divergences.push(d);
  }
  return summary;
}

// ---------------------------------------------------------------------------
// Reporting

function clip(s: string, max = 1500): string {
  return s.length > max ? `${s.slice(0, max)}... (${s.length} chars)` : s;
}

export function formatDivergence(d: Divergence): string {
  const lines: string[] = [];
  const where = d.step < 0 ? "driver error" : `step ${d.step}: ${d.what ? safeJson(d.what) : "(constructor)"}`;
  lines.push(`${d.known ? `KNOWN (${d.known.id})` : "DIVERGENT"} ${d.name} at ${clip(where, 400)}`);
  lines.push(`  py: ${clip(typeof d.py === "string" ? d.py : safeJson(d.py))}`);
  lines.push(`  ts: ${clip(typeof d.ts === "string" ? d.ts : safeJson(d.ts))}`);
  return lines.join("\n");
}

export function summaryLine(s: Summary): string {
  return `conformance: ${s.total} scenarios, ${s.identical} identical, ${s.divergent} divergent, ${s.known} known`;
}

// ---------------------------------------------------------------------------
// Command line

const USAGE = `usage: npm run conformance -- [options]
  --scenarios DIR    run the scenarios of DIR (every *.json) instead of the project's corpus
  --side py|ts|both  which driver(s) to run (default both)
  --out FILE         write that side's traces (with both: the divergence report) as JSON
  --seed N           seed of the generated scenarios (default: random, printed)
  --generated N      how many generated scenarios (default ${DEFAULT_GENERATED}, or 0 with --scenarios)
  --filter REGEX     run only the scenarios whose name matches
  --workers N        Pyodide worker threads (default: number of cores)
  --known FILE       known-divergences file (default conformance/known-divergences.json)
  --show N           print at most N divergences (default 30; all go to --out)
  --show-known       print known divergences too
  --save FILE        write the scenarios that were run (e.g. to keep a generated failure)`;

/** The options both runners take (this one and conformance/wire/run.ts). */
export interface RunnerCli<Side extends string> {
  dir?: string;
  side: Side;
  out?: string;
  seed?: number;
  generated?: number;
  filter?: RegExp;
  workers: number;
  known: string;
  show: number;
  showKnown: boolean;
  save?: string;
}

/**
 * Parses a runner's command line into cli (its defaults already set): the shared options,
 * then `flags`, the runner's own switches (each sets a property when given).
 */
export function parseRunnerArgs<Side extends string, C extends RunnerCli<Side>>(
  argv: readonly string[],
  cli: C,
  usage: string,
  sides: readonly Side[],
  flags: Readonly<Record<string, (cli: C) => void>> = {},
): C {
  const need = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined) throw new Error(`${flag} needs a value`);
    return v;
  };
  const int = (s: string, flag: string): number => {
    if (!/^[0-9]+$/.test(s)) throw new Error(`${flag} needs a non-negative integer, got ${s}`);
    return Number(s);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    switch (a) {
      case "--scenarios":
        cli.dir = need(i++, a);
        break;
      case "--side": {
        const v = need(i++, a) as Side;
        if (!sides.includes(v)) throw new Error(`--side must be ${sides.slice(0, -1).join(", ")} or ${sides[sides.length - 1]}`);
        cli.side = v;
        break;
      }
      case "--out":
        cli.out = need(i++, a);
        break;
      case "--seed":
        cli.seed = int(need(i++, a), a) >>> 0;
        break;
      case "--generated":
        cli.generated = int(need(i++, a), a);
        break;
      case "--filter":
        cli.filter = new RegExp(need(i++, a));
        break;
      case "--workers":
        cli.workers = Math.max(1, int(need(i++, a), a));
        break;
      case "--known":
        cli.known = need(i++, a);
        break;
      case "--show":
        cli.show = int(need(i++, a), a);
        break;
      case "--show-known":
        cli.showKnown = true;
        break;
      case "--save":
        cli.save = need(i++, a);
        break;
      case "-h":
      case "--help":
        console.log(usage);
        process.exit(0);
        break;
      default: {
        const flag = Object.prototype.hasOwnProperty.call(flags, a) ? flags[a] : undefined;
        if (flag === undefined) throw new Error(`unknown option ${a}\n${usage}`);
        flag(cli);
      }
    }
  }
  return cli;
}

type Cli = RunnerCli<"py" | "ts" | "both">;

function parseArgs(argv: string[]): Cli {
  return parseRunnerArgs<"py" | "ts" | "both", Cli>(argv, { side: "both", workers: Math.max(1, os.cpus().length), known: KNOWN_FILE, show: 30, showKnown: false }, USAGE, ["py", "ts", "both"]);
}

async function main(): Promise<number> {
  let cli: Cli;
  try {
    cli = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const log = (s: string) => console.log(s);
  const scenarios = runnerScenarios(cli, SCENARIOS_DIR, DEFAULT_GENERATED, generate, log);
  if (cli.save) {
    const one = (sc: Scenario) => (preflight(sc) === null ? JSON.stringify(sc) : JSON.stringify({ name: scenarioName(sc), steps: [], unloadable: preflight(sc) }));
    fs.writeFileSync(cli.save, `[\n${scenarios.map(one).join(",\n")}\n]\n`);
  }

  const summary = await runConformance({
    scenarios,
    side: cli.side,
    workers: cli.workers,
    batchSize: 200,
    known: cli.side === "both" ? loadKnown(cli.known) : [],
    log,
  });

  showDivergences(summary.divergences, cli, formatDivergence, log);
  if (cli.out) {
    const data = cli.side === "py" ? summary.py : cli.side === "ts" ? summary.ts : summary.divergences;
    let text: string;
    try {
      text = JSON.stringify(data, null, 1);
    } catch {
      // A divergence too deep to serialise whole: one record a line, each as far as it goes.
      text = `[\n${(data ?? []).map((x: unknown) => safeJson(x)).join(",\n")}\n]`;
    }
    fs.writeFileSync(cli.out, text + "\n");
    log(`wrote ${cli.out}`);
  }
  log(summaryLine(summary));
  return summary.divergent > 0 ? 1 : 0;
}

/**
 * The scenarios a runner's options select: those of --scenarios (default `dir`), then
 * --generated ones (default `defaultGenerated` without --scenarios) from --seed (default:
 * random, logged for replay), kept by --filter; duplicate names are warned about.
 */
export function runnerScenarios(cli: RunnerCli<string>, dir: string, defaultGenerated: number, gen: (seed: number, count: number) => Scenario[], log: (s: string) => void): Scenario[] {
  let scenarios = loadScenarios(cli.dir ?? dir);
  const named = scenarios.length;
  const count = cli.generated ?? (cli.dir ? 0 : defaultGenerated);
  const seed = cli.seed ?? Math.floor(Math.random() * 2 ** 32) >>> 0;
  if (count > 0) {
    scenarios = scenarios.concat(gen(seed, count));
    log(`seed: ${seed} (replay: --seed ${seed} --generated ${count})`);
  }
  if (cli.filter) scenarios = scenarios.filter((s) => cli.filter!.test(String(s?.name)));
  const names = new Set<string>();
  for (const s of scenarios) {
    const name = scenarioName(s);
    if (names.has(name)) log(`warning: duplicate scenario name ${JSON.stringify(name)}`);
    names.add(name);
  }
  log(`scenarios: ${named} from ${cli.dir ?? dir}, ${count} generated, ${scenarios.length} run`);
  return scenarios;
}

/**
 * Logs the divergences a run found, as its options ask: the known ones only with
 * --show-known, at most --show of them, and how many more went to --out.
 */
export function showDivergences<D extends { known?: unknown }>(divergences: readonly D[], cli: { show: number; showKnown: boolean }, format: (d: D) => string, log: (s: string) => void): void {
  let shown = 0;
  for (const d of divergences) {
    if (d.known && !cli.showKnown) continue;
    if (shown++ >= cli.show) continue;
    log(format(d));
  }
  if (shown > cli.show) log(`... ${shown - cli.show} more not shown (see --out)`);
}

/** Runs a runner's main(): its exit code, or 2 with the error and "<what>: failed before the summary". */
export function runCli(main: () => Promise<number>, what: string): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      console.log(`${what}: failed before the summary`);
      process.exitCode = 2;
    },
  );
}

if (require.main === module) runCli(main, "conformance");
