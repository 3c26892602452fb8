// The conformance runner: runs scenarios through the reference driver (CPython's
// http.client in Pyodide) and the port's driver, compares the traces and reports.
// Usage: see conformance/README.md, or `npm run conformance -- --help`.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generate } from "./generate";
import { PyodidePool } from "./pyodide-pool";
import type { Scenario, Step, StepRecord, Trace } from "./types";

export const SCENARIOS_DIR = path.join(__dirname, "scenarios");
export const KNOWN_FILE = path.join(__dirname, "known-divergences.json");
export const DEFAULT_GENERATED = 20000;

// ---------------------------------------------------------------------------
// Loading scenarios

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
      data = JSON.parse(text);
    } catch (e) {
      throw new Error(`${path.join(dir, f)}: not JSON: ${(e as Error).message}`);
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
  const name = sc.name;
  if (py.error !== undefined || ts.error !== undefined) {
    return { name, step: -1, what: null, py: py.error ?? null, ts: ts.error ?? null };
  }
  const a = py.trace ?? [];
  const b = ts.trace ?? [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (i >= a.length || i >= b.length || canonical(a[i]) !== canonical(b[i])) {
      // A constructor failure is one record; otherwise record i belongs to step i.
      const ctorFailed = (a.length === 1 && a[0]!.raises && (sc.steps ?? []).length !== 1) || false;
      const what = ctorFailed && i === 0 ? null : ((sc.steps ?? [])[i] ?? null);
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
    if (e.scenario_calls !== undefined && !(sc.steps ?? []).some((s) => (s.target ?? "conn") === "conn" && s.call === e.scenario_calls)) continue;
    if (e.step_connects !== undefined) {
      const has = [d.py, d.ts].some((r) => r && typeof r !== "string" && r.connects !== undefined);
      if (has !== e.step_connects) continue;
    }
    if (e.py_raises !== undefined && !raiseMatches(d.py, e.py_raises)) continue;
    if (e.ts_raises !== undefined && !raiseMatches(d.ts, e.ts_raises)) continue;
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

export async function runConformance(opts: Options): Promise<Summary> {
  const { scenarios, side, log } = opts;
  let pyPromise: Promise<Trace[]> | undefined;
  let pool: PyodidePool | undefined;
  let pythonVersion: string | undefined;
  const t0 = Date.now();
  if (side !== "ts") {
    pool = await PyodidePool.start(opts.workers);
    pythonVersion = pool.version;
    log(`python: Pyodide CPython ${pool.version}, ${opts.workers} worker(s), ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    pyPromise = pool.run(scenarios, opts.batchSize);
  }
  let ts: Trace[] | undefined;
  try {
    if (side !== "py") {
      const { runBatch } = await import("./driver");
      const t1 = Date.now();
      ts = await runBatch(scenarios);
      log(`port: ${scenarios.length} scenarios in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
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
      await pool!.close();
    }
    log(`python: ${scenarios.length} scenarios in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  const summary: Summary = { total: scenarios.length, identical: 0, divergent: 0, known: 0, divergences: [], py, ts, pythonVersion };
  if (side !== "both") {
    // One side: nothing to compare; a scenario is "identical" when its driver traced it.
    const traces = (py ?? ts)!;
    for (let i = 0; i < traces.length; i++) {
      const t = traces[i]!;
      if (t.error !== undefined) {
        summary.divergent++;
        summary.divergences.push({ name: scenarios[i]!.name, step: -1, what: null, py: py ? t.error : null, ts: ts ? t.error : null });
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
  const where = d.step < 0 ? "driver error" : `step ${d.step}: ${d.what ? JSON.stringify(d.what) : "(constructor)"}`;
  lines.push(`${d.known ? `KNOWN (${d.known.id})` : "DIVERGENT"} ${d.name} at ${clip(where, 400)}`);
  lines.push(`  py: ${clip(typeof d.py === "string" ? d.py : JSON.stringify(d.py))}`);
  lines.push(`  ts: ${clip(typeof d.ts === "string" ? d.ts : JSON.stringify(d.ts))}`);
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

interface Cli {
  dir?: string;
  side: "py" | "ts" | "both";
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

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { side: "both", workers: Math.max(1, os.cpus().length), known: KNOWN_FILE, show: 30, showKnown: false };
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
        const v = need(i++, a);
        if (v !== "py" && v !== "ts" && v !== "both") throw new Error(`--side must be py, ts or both`);
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
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${a}\n${USAGE}`);
    }
  }
  return cli;
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
  let scenarios = loadScenarios(cli.dir ?? SCENARIOS_DIR);
  const named = scenarios.length;
  const count = cli.generated ?? (cli.dir ? 0 : DEFAULT_GENERATED);
  const seed = cli.seed ?? Math.floor(Math.random() * 2 ** 32) >>> 0;
  if (count > 0) {
    scenarios = scenarios.concat(generate(seed, count));
    log(`seed: ${seed} (replay: --seed ${seed} --generated ${count})`);
  }
  if (cli.filter) scenarios = scenarios.filter((s) => cli.filter!.test(String(s?.name)));
  const names = new Set<string>();
  for (const s of scenarios) {
    if (names.has(s.name)) log(`warning: duplicate scenario name ${JSON.stringify(s.name)}`);
    names.add(s.name);
  }
  log(`scenarios: ${named} from ${cli.dir ?? SCENARIOS_DIR}, ${count} generated, ${scenarios.length} run`);
  if (cli.save) fs.writeFileSync(cli.save, JSON.stringify(scenarios, null, 1) + "\n");

  const summary = await runConformance({
    scenarios,
    side: cli.side,
    workers: cli.workers,
    batchSize: 200,
    known: cli.side === "both" ? loadKnown(cli.known) : [],
    log,
  });

  let shown = 0;
  for (const d of summary.divergences) {
    if (d.known && !cli.showKnown) continue;
    if (shown++ >= cli.show) continue;
    log(formatDivergence(d));
  }
  if (shown > cli.show) log(`... ${shown - cli.show} more not shown (see --out)`);
  if (cli.out) {
    const data = cli.side === "py" ? summary.py : cli.side === "ts" ? summary.ts : summary.divergences;
    fs.writeFileSync(cli.out, JSON.stringify(data, null, 1) + "\n");
    log(`wrote ${cli.out}`);
  }
  log(summaryLine(summary));
  return summary.divergent > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e instanceof Error ? e.stack : e);
      console.log("conformance: failed before the summary");
      process.exitCode = 2;
    },
  );
}
