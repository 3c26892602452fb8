// npm run bench [-- --quick] [--json FILE] [--profile DIR] [--runner tsc|ts-node]
//                [--workloads a,b] [--clients a,b] [--rounds N] [--priority N] [--pin]
//
// Measures the port (src/http/client.ts) and its peers (CPython's http.client, node:http
// with a keep-alive agent, undici; on the pinned Node 24 the port again and undici 8)
// against one server process on 127.0.0.1, and prints a table of absolute figures, ratios
// and targets. Every client measurement runs in its own process; the clients take turns,
// round after round, so that whatever else the machine does falls on all of them alike; a
// figure is the median of all runs. The last line printed is the summary:
// bench: small Xc Xu | big ... | parse Xc | stream Xc Xu | postfile Xc | cold Xc | conc32 Xc Xu.

import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as readline from "node:readline";
import { COLD_GETS, CONCURRENCY, ClientName, INTEROP_SIZE, InteropVariant, MiB, WorkerArgs, WorkerResult, WorkloadName, median } from "./common";
import { formatSummary, summarise } from "./profile";

const ROOT = path.resolve(__dirname, "../..");
const BENCH = path.join(ROOT, "scripts/bench");
const ALL_CLIENTS: ClientName[] = ["port", "cpython", "node", "undici", "port24", "undici8"];
/** The clients that run on the pinned Node 24 (scripts/node-versions), and undici 8's manifest. */
const NODE24_CLIENTS: readonly ClientName[] = ["port24", "undici8"];
const NODE24 = path.join(ROOT, "scripts/node-versions/node_modules/node24/bin/node");
const PEERS = path.join(BENCH, "peers/node_modules");


// ---------------------------------------------------------------------------
// Options

interface Options {
  quick: boolean;
  json: string | null;
  profile: string | null;
  runner: "tsc" | "ts-node";
  workloads: WorkloadName[];
  clients: ClientName[];
  rounds: number;
  /** Scheduling priority (nice) of the server and the clients; 0 leaves it alone. */
  priority: number;
  /** Run the server on the first CPU and every client on the last one (taskset). */
  pin: boolean;
}

interface WorkloadSpec {
  name: WorkloadName;
  n: number; // the number of the workload in the issue
  label: string;
  clients: ClientName[];
  /** Timed workloads: warm-up and per-run seconds, runs per process. Counted ones: runs of the whole body. Cold: one fresh process each. */
  kind: "timed" | "counted" | "cold";
  size?: number;
}

const WORKLOADS: WorkloadSpec[] = [
  { name: "small", n: 1, label: "small GET, one keep-alive connection", clients: ALL_CLIENTS, kind: "timed" },
  { name: "big", n: 2, label: "64 MiB Content-Length body, read()", clients: ALL_CLIENTS, kind: "timed" },
  { name: "chunked", n: 3, label: "64 MiB chunked (16 KiB chunks), read()", clients: ALL_CLIENTS, kind: "timed" },
  { name: "stream", n: 4, label: "1 GiB body, read(65536)", clients: ALL_CLIENTS, kind: "counted", size: 1024 * MiB },
  { name: "post_bytes", n: 5, label: "POST 8 MiB body as bytes", clients: ALL_CLIENTS, kind: "timed" },
  { name: "post_file", n: 5, label: "POST 8 MiB body as a file object", clients: ALL_CLIENTS, kind: "timed" },
  { name: "parse", n: 6, label: "parse 20 headers + 1 KiB, in memory", clients: ["port", "cpython"], kind: "timed" },
  { name: "rss", n: 7, label: "256 MiB body, read(): peak RSS", clients: ALL_CLIENTS, kind: "counted", size: 256 * MiB },
  { name: "cold", n: 8, label: `cold: a fresh process's first ${COLD_GETS.toLocaleString("en-US")} small GETs`, clients: ALL_CLIENTS, kind: "cold" },
  { name: "conc32", n: 9, label: `${CONCURRENCY} connections, keep-alive GET loops`, clients: ALL_CLIENTS, kind: "timed" },
  { name: "readinto", n: 10, label: "1 GiB body, readinto(64 KiB buffer)", clients: ["port", "cpython", "port24"], kind: "counted", size: 1024 * MiB },
  { name: "interop", n: 11, label: "50 MB binary body, Node streams", clients: ["port"], kind: "counted", size: INTEROP_SIZE },
];

function parseArgs(argv: string[]): Options {
  const o: Options = {
    quick: false,
    json: null,
    profile: null,
    runner: "tsc",
    workloads: WORKLOADS.map((w) => w.name),
    clients: [...ALL_CLIENTS],
    rounds: 0,
    priority: 0,
    pin: false,
  };
  const list = <T extends string>(v: string | undefined, allowed: readonly T[], what: string): T[] => {
    const xs = (v ?? "").split(",").filter(Boolean);
    for (const x of xs) if (!allowed.includes(x as T)) throw new Error(`unknown ${what} ${x} (one of ${allowed.join(", ")})`);
    return xs as T[];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--quick") o.quick = true;
    else if (a === "--json") o.json = path.resolve(next());
    else if (a === "--profile") o.profile = path.resolve(next());
    else if (a === "--runner") {
      const r = next();
      if (r !== "tsc" && r !== "ts-node") throw new Error("--runner is tsc or ts-node");
      o.runner = r;
    } else if (a === "--workloads") o.workloads = list(next(), WORKLOADS.map((w) => w.name), "workload");
    else if (a === "--clients") o.clients = list(next(), ALL_CLIENTS, "client");
    else if (a === "--rounds") o.rounds = Number(next());
    else if (a === "--priority") o.priority = Number(next());
    else if (a === "--pin") o.pin = true;
    else if (a === "--help" || a === "-h") {
      process.stdout.write(fs.readFileSync(__filename, "utf8").split("\n").slice(0, 3).join("\n") + "\n");
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  if (!o.rounds) o.rounds = o.quick ? 1 : 3;
  return o;
}

/** Per-process settings of each kind of workload. */
function settings(o: Options, w: WorkloadSpec): { warmup: number; duration: number; runs: number; size?: number; connections?: number } {
  if (w.name === "stream" || w.name === "readinto") return o.quick ? { warmup: 0, duration: 0, runs: 1, size: 256 * MiB } : { warmup: 1, duration: 0, runs: 1, size: w.size! };
  // cold: `runs` fresh processes per client and round.
  if (w.name === "cold") return { warmup: 0, duration: 0, runs: o.quick ? 1 : 3 };
  if (w.name === "conc32") return { ...(o.quick ? { warmup: 0.3, duration: 0.4, runs: 1 } : { warmup: 0.5, duration: 0.75, runs: 2 }), connections: CONCURRENCY };
  if (w.name === "rss") return { warmup: 0, duration: 0, runs: 1, size: w.size! };
  // interop: each run is one transfer per variant (after one checked transfer each).
  // Many short transfers: a ratio within one run is noisy on a shared machine, their median much less so.
  if (w.name === "interop") return { warmup: 1, duration: 0, runs: o.quick ? 4 : 24, size: w.size! };
  if (o.quick) return { warmup: 0.3, duration: 0.4, runs: 1 };
  return { warmup: 0.5, duration: 0.75, runs: 2 };
}

// ---------------------------------------------------------------------------
// Processes

interface Runner {
  /** argv (after node) to run one of scripts/bench's .ts entry points. */
  node(script: "worker" | "server" | "cold"): string[];
  env: NodeJS.ProcessEnv;
  cleanup(): void;
}

/** Compiles src/ and scripts/bench/ with tsc (no type check: tsc --noEmit does that) into a temp dir. */
async function tscRunner(keepIn: string | null): Promise<Runner> {
  // With --profile the build stays next to the profiles: their positions map through its source maps.
  let tmp: string;
  if (keepIn) {
    tmp = path.join(keepIn, "build");
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(tmp, { recursive: true });
  } else tmp = fs.mkdtempSync(path.join(os.tmpdir(), "http-client-py-bench-"));
  const out = path.join(tmp, "out");
  const tsconfig = {
    extends: path.join(ROOT, "tsconfig.json"),
    compilerOptions: { outDir: out, rootDir: ROOT, noCheck: true, declaration: false, sourceMap: true, types: [], typeRoots: [path.join(ROOT, "node_modules/@types")], incremental: false },
    files: [path.join(BENCH, "worker.ts"), path.join(BENCH, "server.ts"), path.join(BENCH, "cold.ts")],
    include: [],
  };
  fs.writeFileSync(path.join(tmp, "tsconfig.json"), JSON.stringify(tsconfig));
  const tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  const t0 = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const p = spawn(process.execPath, [tsc, "-p", path.join(tmp, "tsconfig.json")], { stdio: "inherit" });
    p.on("exit", resolve);
  });
  if (code !== 0) {
    if (!keepIn) fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`tsc failed (exit ${code})`);
  }
  log(`compiled with tsc into ${out} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return {
    node: (script) => [path.join(out, "scripts/bench", `${script}.js`)],
    // The compiled files live outside the project: undici (and undici 8) are found through NODE_PATH.
    env: { ...process.env, NODE_PATH: [path.join(ROOT, "node_modules"), PEERS].join(path.delimiter) },
    cleanup: () => {
      if (!keepIn) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}

function tsNodeRunner(): Runner {
  return {
    node: (script) => ["-r", "ts-node/register/transpile-only", path.join(BENCH, `${script}.ts`)],
    env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json"), NODE_PATH: PEERS },
    cleanup: () => undefined,
  };
}

/**
 * --priority -10: on a shared machine the bench's processes go before the rest (raising
 * a priority needs the right to: without it they stay as they are). Opt-in, as it slows
 * down whatever else runs; it does nothing across cgroups (containers) either.
 */
let priority = 0;
let prioritised: boolean | null = null;

function prioritise(pid: number | undefined): void {
  if (!priority || pid === undefined) return;
  try {
    os.setPriority(pid, priority);
    prioritised ??= true;
  } catch {
    prioritised = false;
  }
}

/**
 * Which CPUs the processes run on (taskset, where there are two CPUs or more). On a shared
 * virtual machine the cores' speeds differ, and change by the minute (here one core has run
 * the in-memory parse, and CPython's interpreter, up to 1.8x slower than the other for
 * minutes at a time): unpinned, a process runs at the speed of whichever core it lands on.
 * The in-memory parse, which has no server, always runs its clients on the last CPU, so
 * that both peers run on one core. With --pin every process is pinned, the server on the
 * first CPU and the clients on the last; that is opt-in, as it changes the socket rows
 * themselves (the scheduler no longer places a client and the server as it would, and
 * Node's helper threads share the client's core), not only their noise.
 */
let cpuSets: { server: string; client: string } | null = null;
let pinAll = false;

/** How the processes were placed, for the header and the JSON. */
function pinning(): string {
  if (cpuSets === null) return "not pinned";
  return pinAll ? `server on CPU ${cpuSets.server}, clients on CPU ${cpuSets.client}` : `the in-memory parse's clients on CPU ${cpuSets.client}, the rest not pinned`;
}

/** argv run under taskset on the role's CPU where the workload's processes are pinned. */
function pinned(argv: string[], role: "server" | "client", workload: WorkloadName | null): string[] {
  if (cpuSets === null || !(pinAll || (workload === "parse" && role === "client"))) return argv;
  return ["taskset", "-c", cpuSets[role], ...argv];
}

interface Server {
  port: number;
  pid: number;
  proc: ChildProcess;
}

async function startServer(r: Runner): Promise<Server> {
  const argv = pinned([process.execPath, ...r.node("server")], "server", null);
  const proc = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env: r.env, stdio: ["pipe", "pipe", "inherit"] });
  prioritise(proc.pid);
  const line = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: proc.stdout! });
    rl.once("line", (l) => {
      rl.close();
      resolve(l);
    });
    proc.once("exit", (c) => reject(new Error(`server exited (${c}) before listening`)));
  });
  const { port, pid } = JSON.parse(line) as { port: number; pid: number };
  return { port, pid, proc };
}

function stopServer(s: Server): void {
  s.proc.stdin!.end(); // the server exits when its stdin closes
  s.proc.kill();
}

/** The CPython peer's interpreter (sys.executable of python3). */
let pythonCommand = "python3";

/** The longest a worker may take (the slowest takes ~30 s), and may take to exit once it printed its result; past either it is killed. */
const WORKER_LIMIT_MS = 240_000;
const WORKER_EXIT_MS = 30_000;

class WorkerTimedOut extends Error {}

/**
 * Runs one worker process; resolves to its result line (a cold one's with the process's
 * wall time). A worker past WORKER_LIMIT_MS, or still there WORKER_EXIT_MS after printing
 * its result, is killed and run once more: a peer's process has been seen stuck for good
 * at exit, after its result, on a futex of V8's worker thread (undici 8 on Node 24.22.3,
 * once in hundreds of runs), which would otherwise stall the whole bench.
 */
async function runWorker(r: Runner, a: WorkerArgs): Promise<WorkerResult> {
  try {
    return await runWorkerOnce(r, a);
  } catch (e) {
    if (!(e instanceof WorkerTimedOut)) throw e;
    process.stderr.write(`note: ${e.message}; running it once more\n`);
    return await runWorkerOnce(r, a);
  }
}

function runWorkerOnce(r: Runner, a: WorkerArgs): Promise<WorkerResult> {
  const cold = a.workload === "cold";
  const node = NODE24_CLIENTS.includes(a.client) ? NODE24 : process.execPath;
  const argv = pinned(
    a.client === "cpython"
      ? [pythonCommand, path.join(BENCH, cold ? "cold_cpython.py" : "peer_cpython.py"), JSON.stringify(a)]
      : [node, ...(a.noOpt ? ["--no-opt"] : []), ...r.node(cold ? "cold" : "worker"), JSON.stringify(a)],
    "client",
    a.workload,
  );
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const env = a.topPad ? { ...r.env, MALLOC_TOP_PAD_: String(64 << 20) } : r.env;
    const p = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    prioritise(p.pid);
    let out = "";
    let err = "";
    let exitTimer: NodeJS.Timeout | undefined;
    p.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (exitTimer === undefined && /^\{.*\n/m.test(out)) exitTimer = setTimeout(() => kill(`still running ${WORKER_EXIT_MS / 1000} s after its result`), WORKER_EXIT_MS);
    });
    p.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    p.on("error", reject);
    let timedOut: string | null = null;
    const kill = (why: string) => {
      timedOut = why;
      p.kill("SIGKILL");
    };
    const limit = setTimeout(() => kill(`killed after ${WORKER_LIMIT_MS / 1000} s`), WORKER_LIMIT_MS);
    let processMs = 0;
    p.on("exit", () => (processMs = performance.now() - t0));
    p.on("close", (code) => {
      clearTimeout(limit);
      clearTimeout(exitTimer);
      if (timedOut !== null) {
        reject(new WorkerTimedOut(`${a.client} ${a.workload}: ${timedOut as string}`));
        return;
      }
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        reject(new Error(`${a.client} ${a.workload} failed (exit ${code}):\n${err || out}`));
        return;
      }
      const res = JSON.parse(last) as WorkerResult;
      resolve(cold ? { ...res, processMs } : res);
    });
  });
}

// ---------------------------------------------------------------------------
// Figures

interface Figure {
  client: ClientName;
  unit: string;
  values: number[];
  median: number;
  /** Peak minus baseline RSS in MiB (median over processes), baseline in MiB. */
  overMiB: number | null;
  baselineMiB: number | null;
  peakMiB: number | null;
  clientCpu: number;
  serverCpu: number | null;
  /** The client's CPU time per request (µs) or per MB (ms) over all timed runs: robust to a busy machine. */
  cost: number | null;
  costUnit: string;
  processes: number;
  /** The cold workload: the median over processes of the whole process's wall time (spawn to exit), ms. */
  processMs: number | null;
}

function figure(client: ClientName, rs: WorkerResult[]): Figure {
  const values = rs.flatMap((r) => r.values);
  const mem = rs.filter((r) => r.peakKiB !== null && r.baselineKiB !== null);
  const srv = rs.map((r) => r.serverCpu).filter((x): x is number => x !== null);
  const wall = rs.map((r) => r.processMs).filter((x): x is number => x !== undefined);
  return {
    client,
    unit: rs[0]!.unit,
    values,
    median: median(values),
    overMiB: mem.length ? median(mem.map((r) => (r.peakKiB! - r.baselineKiB!) / 1024)) : null,
    baselineMiB: mem.length ? median(mem.map((r) => r.baselineKiB! / 1024)) : null,
    peakMiB: mem.length ? median(mem.map((r) => r.peakKiB! / 1024)) : null,
    clientCpu: median(rs.map((r) => r.clientCpu)),
    serverCpu: srv.length ? Math.max(...srv) : null,
    ...cost(rs),
    processes: rs.length,
    processMs: wall.length ? median(wall) : null,
  };
}

function cost(rs: WorkerResult[]): { cost: number | null; costUnit: string } {
  const cpu = rs.reduce((a, r) => a + r.cpu, 0);
  if (rs[0]!.unit === "MB/s") {
    const mb = rs.reduce((a, r) => a + r.bytes, 0) / 1e6;
    return { cost: mb ? (1000 * cpu) / mb : null, costUnit: "ms/MB" };
  }
  const ops = rs.reduce((a, r) => a + r.ops, 0);
  return { cost: ops ? (1e6 * cpu) / ops : null, costUnit: "us/req" };
}

/** The ratios of a row: the port over CPython and undici, the port on Node 24 over CPython and undici 8 (on Node 24). */
const PAIRS = { vsCpython: ["port", "cpython"], vsUndici: ["port", "undici"], p24VsCpython: ["port24", "cpython"], p24VsUndici8: ["port24", "undici8"] } as const;
type PairName = keyof typeof PAIRS;

interface Row extends Record<PairName, number | null> {
  workload: WorkloadName;
  n: number;
  label: string;
  metric: string;
  unit: string;
  figures: Partial<Record<ClientName, number | null>>;
  target: string;
  pass: boolean | null;
  serverCpu: number | null;
}

const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a === null || a === undefined || b === null || b === undefined || !b ? null : a / b;

/**
 * How much better the port's figure x is than a peer's y, as every ratio of the tables
 * reads: rates x / y; times (unit "ms") y / x, so that higher is better there too. RSS
 * rows (lower is better) keep x / y.
 */
const better = (unit: string, x: number | null | undefined, y: number | null | undefined): number | null => (unit === "ms" ? ratio(y, x) : ratio(x, y));

function pairs(unit: string, of: (c: ClientName) => number | null | undefined): Record<PairName, number | null> {
  const out = {} as Record<PairName, number | null>;
  for (const k of Object.keys(PAIRS) as PairName[]) out[k] = better(unit, of(PAIRS[k][0]), of(PAIRS[k][1]));
  return out;
}

/** CPython's CPU per unit over the port's (higher is better), or null. */
function cpuVsCpython(figs: Partial<Record<ClientName, Figure>>): number | null {
  return ratio(figs.cpython?.cost, figs.port?.cost);
}

function rowsFor(w: WorkloadSpec, figs: Partial<Record<ClientName, Figure>>, size: number | undefined): Row[] {
  const srv = Math.max(...Object.values(figs).map((f) => f!.serverCpu ?? 0));
  const base = { workload: w.name, n: w.n, label: w.label, serverCpu: srv };
  const speed = (): Row => {
    const unit = figs.port?.unit ?? Object.values(figs)[0]!.unit;
    const r = pairs(unit, (c) => figs[c]?.median);
    const c = r.vsCpython;
    const u = r.vsUndici;
    const cpu = cpuVsCpython(figs);
    let target = "";
    let pass: boolean | null = null;
    const atLeast = (x: number | null, min: number) => (x === null ? null : x >= min);
    const all = (...xs: Array<boolean | null>) => (xs.includes(null) ? null : xs.every(Boolean));
    if (w.name === "small") {
      target = ">= 1.6x cpy, >= 1.1x und";
      pass = all(atLeast(c, 1.6), atLeast(u, 1.1));
    } else if (w.name === "big" || w.name === "cold") {
      target = ">= 1.0x cpy";
      pass = atLeast(c, 1.0);
    } else if (w.name === "chunked") {
      target = ">= 1.5x cpy";
      pass = atLeast(c, 1.5);
    } else if (w.name === "parse") {
      target = ">= 10x cpy";
      pass = atLeast(c, 10);
    } else if (w.name === "stream") {
      target = ">= 1.0x cpy, cpu <= 1.0x cpy";
      pass = all(atLeast(c, 1.0), atLeast(cpu, 1.0));
    } else if (w.name === "post_file") {
      target = "cpu <= 1.0x cpy";
      pass = atLeast(cpu, 1.0);
    } else if (w.name === "conc32") {
      target = ">= 3x cpy, >= 1.2x und";
      pass = all(atLeast(c, 3), atLeast(u, 1.2));
    }
    const figures: Row["figures"] = {};
    for (const k of Object.keys(figs) as ClientName[]) figures[k] = figs[k]!.median;
    return { ...base, metric: "speed", unit, figures, ...r, target, pass };
  };
  const mem = (limitMiB: number, label: string): Row => {
    const figures: Row["figures"] = {};
    for (const k of Object.keys(figs) as ClientName[]) figures[k] = figs[k]!.overMiB;
    const p = figs.port?.overMiB ?? null;
    return {
      ...base,
      label,
      metric: "rss",
      unit: "MiB>base",
      figures,
      // (over a peer that grew by less than 1 MiB the ratio says nothing)
      ...pairs("MiB>base", (c) => {
        const v = figs[c]?.overMiB;
        return c === "port" || c === "port24" || v === null || v === undefined || v >= 1 ? v : null;
      }),
      target: `< ${limitMiB.toFixed(0)} MiB`,
      pass: p === null ? null : p < limitMiB,
    };
  };
  if (w.name === "stream") {
    const gib = (size ?? w.size!) / (1024 * MiB);
    const lbl = gib >= 1 ? `${gib} GiB` : `${(size ?? w.size!) / MiB} MiB`;
    return [{ ...speed(), label: `${lbl} body, read(65536)` }, mem(64, `${lbl} body, read(65536): peak RSS`)];
  }
  if (w.name === "readinto") {
    const mib = (size ?? w.size!) / MiB;
    return [{ ...speed(), label: `${mib >= 1024 ? `${mib / 1024} GiB` : `${mib} MiB`} body, readinto(64 KiB buffer)` }];
  }
  if (w.name === "cold") {
    const figures: Row["figures"] = {};
    for (const k of Object.keys(figs) as ClientName[]) figures[k] = figs[k]!.processMs;
    const whole: Row = { ...base, label: "cold: the same, whole process (spawn to exit)", metric: "process", unit: "ms", figures, ...pairs("ms", (c) => figs[c]?.processMs), target: "", pass: null };
    return [{ ...speed(), label: `${w.label}, in-process` }, whole];
  }
  if (w.name === "rss") return [mem((1.25 * size!) / MiB, w.label)];
  return [speed()];
}

// ---------------------------------------------------------------------------
// The interop workload: the port's response read by a plain read1() loop and through
// http-client-py/node (chunks, toReadable, toWebStream), taking turns in each process.

interface InteropFigure {
  variant: InteropVariant;
  label: string;
  /** Median MB/s over all transfers. */
  median: number;
  values: number[];
  /** Client CPU time per MB (ms/MB) over all timed transfers. */
  cost: number | null;
  /** The median over runs of this variant's rate / the read1 loop's in the same run; its CPU per MB / the read1 loop's. */
  rateVsRead1: number | null;
  costVsRead1: number | null;
  target: string;
  pass: boolean | null;
  serverCpu: number | null;
}

const INTEROP_LABELS: Record<InteropVariant, string> = {
  read1: "read1() loop",
  chunks: "for await of chunks()",
  toReadable: "pipeline(toReadable(), Writable)",
  toWebStream: "toWebStream() reader",
};

/** Variants with a target: no less than 90% of the read1 loop's rate. */
const INTEROP_TARGET: Partial<Record<InteropVariant, number>> = { toReadable: 0.9, toWebStream: 0.9 };

function interopFigures(rs: WorkerResult[]): InteropFigure[] {
  const byVariant = new Map<InteropVariant, { values: number[]; bytes: number; cpu: number; pairs: number[] }>();
  for (const r of rs) {
    const base = r.variants?.find((v) => v.variant === "read1");
    for (const v of r.variants ?? []) {
      const f = byVariant.get(v.variant) ?? { values: [], bytes: 0, cpu: 0, pairs: [] };
      f.values.push(...v.values);
      f.bytes += v.bytes;
      f.cpu += v.cpu;
      // The same run of the same process: the variants ran one after the other.
      if (base) v.values.forEach((x, i) => base.values[i] !== undefined && f.pairs.push(x / base.values[i]!));
      byVariant.set(v.variant, f);
    }
  }
  const costOf = (f: { bytes: number; cpu: number }) => (f.bytes ? (1000 * f.cpu) / (f.bytes / 1e6) : null);
  const base = byVariant.get("read1");
  const srv = rs.map((r) => r.serverCpu).filter((x): x is number => x !== null);
  return [...byVariant].map(([variant, f]) => {
    const rateVsRead1 = f.pairs.length ? median(f.pairs) : null;
    const t = INTEROP_TARGET[variant];
    return {
      variant,
      label: `50 MB binary body, ${INTEROP_LABELS[variant]}`,
      median: median(f.values),
      values: f.values,
      cost: costOf(f),
      rateVsRead1,
      costVsRead1: ratio(costOf(f), base ? costOf(base) : null),
      target: t === undefined ? "" : `>= ${t}x read1 loop`,
      pass: t === undefined || rateVsRead1 === null ? null : rateVsRead1 >= t,
      serverCpu: srv.length ? Math.max(...srv) : null,
    };
  });
}

function interopRows(w: WorkloadSpec, figs: InteropFigure[]): Row[] {
  return figs.map((f) => ({
    workload: w.name,
    n: w.n,
    label: f.label,
    metric: `speed:${f.variant}`,
    unit: "MB/s",
    figures: { port: f.median },
    vsCpython: null,
    vsUndici: null,
    p24VsCpython: null,
    p24VsUndici8: null,
    target: f.target,
    pass: f.pass,
    serverCpu: f.serverCpu,
  }));
}

function interopTable(figs: InteropFigure[]): string {
  const head = ["variant", "MB/s", "ms/MB", "rate/read1", "cpu/read1", "target", "result"];
  const body = figs.map((f) => [
    INTEROP_LABELS[f.variant],
    fmt(f.median, "MB/s"),
    fmtCost(f.cost),
    fx(f.rateVsRead1),
    fx(f.costVsRead1),
    f.target || "(info)",
    f.pass === null ? "" : f.pass ? "PASS" : "FAIL",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((x, i) => (i >= 1 && i <= 4 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

function fmt(x: number | null | undefined, unit: string): string {
  if (x === null || x === undefined || Number.isNaN(x)) return "-";
  if (unit === "MiB>base") return x.toFixed(1);
  if (x >= 1000) return Math.round(x).toLocaleString("en-US");
  return x.toFixed(x >= 100 ? 0 : 1);
}

const fx = (x: number | null) => (x === null ? "-" : x.toFixed(2) + "x");

/** The ratio columns of the tables: those whose two clients are measured. */
function shownPairs(clients: ClientName[]): PairName[] {
  return (Object.keys(PAIRS) as PairName[]).filter((k) => PAIRS[k].every((c) => clients.includes(c)));
}

const PAIR_HEADS: Record<PairName, string> = { vsCpython: "port/cpy", vsUndici: "port/und", p24VsCpython: "p24/cpy", p24VsUndici8: "p24/u8" };

function table(rows: Row[], clients: ClientName[]): string {
  const ps = shownPairs(clients);
  const head = ["#", "workload", "unit", ...clients, ...ps.map((k) => PAIR_HEADS[k]), "target", "result", "srv cpu"];
  const body = rows.map((r) => [
    String(r.n),
    r.label,
    r.unit,
    ...clients.map((c) => (c in r.figures ? fmt(r.figures[c], r.unit) : "n/a")),
    ...ps.map((k) => fx(r[k])),
    r.target || "(info)",
    r.pass === null ? "" : r.pass ? "PASS" : "FAIL",
    r.serverCpu === null ? "-" : `${Math.round(100 * r.serverCpu)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const numeric = (i: number) => i >= 3 && i < 3 + clients.length + ps.length;
  const line = (cells: string[]) => cells.map((c, i) => (numeric(i) || i === cells.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** The client CPU time per unit of work, for the speed workloads (lower is better). */
function costTable(figures: Record<string, Partial<Record<ClientName, Figure>>>, clients: ClientName[], interop: InteropFigure[]): string {
  const ps = shownPairs(clients);
  const head = ["#", "workload", "unit", ...clients, ...ps.map((k) => PAIR_HEADS[k])];
  const body: string[][] = [];
  for (const w of WORKLOADS) {
    if (w.name === "interop") {
      for (const f of interop) body.push([String(w.n), f.label, "ms/MB", ...clients.map((k) => (k === "port" ? fmtCost(f.cost) : "n/a")), ...ps.map(() => "-")]);
      continue;
    }
    const f = figures[w.name];
    if (!f || w.name === "rss") continue;
    const c = (k: ClientName) => f[k]?.cost ?? null;
    const unit = Object.values(f)[0]!.costUnit;
    const label = w.name === "stream" ? "body streamed, read(65536)" : w.name === "readinto" ? "body read, readinto(64 KiB buffer)" : w.label;
    // here a ratio is CPU over CPU: lower is better
    body.push([String(w.n), label, unit, ...clients.map((k) => (k in f ? fmtCost(c(k)) : "n/a")), ...ps.map((k) => fx(ratio(c(PAIRS[k][0]), c(PAIRS[k][1]))))]);
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((x, i) => (i >= 3 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

function fmtCost(x: number | null): string {
  if (x === null || Number.isNaN(x)) return "-";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

function log(s: string): void {
  process.stderr.write(s + "\n");
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const t0 = performance.now();
  const load0 = os.loadavg()[0]!;
  priority = o.priority;
  const cpus = os.availableParallelism();
  if (cpus >= 2 && spawnSync("taskset", ["-c", "0", "true"]).status === 0) cpuSets = { server: "0", client: String(cpus - 1) };
  pinAll = o.pin;
  if (pinAll && cpuSets === null) throw new Error("--pin needs two CPUs or more, and taskset");
  const runner = o.runner === "tsc" ? await tscRunner(o.profile) : tsNodeRunner();
  let server: Server;
  try {
    server = await startServer(runner);
  } catch (e) {
    runner.cleanup();
    throw e;
  }
  let cleaned = false;
  const cleanup = () => {
    if (cleaned) return;
    cleaned = true;
    stopServer(server);
    runner.cleanup();
  };
  // However the bench ends, the server goes and the temp build with it.
  process.on("exit", cleanup);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(sig, () => {
      cleanup();
      process.exit(128 + (os.constants.signals[sig] ?? 0));
    });
  }
  const [pythonVersion, pythonExe] = await new Promise<[string, string]>((resolve) => {
    const p = spawn("python3", ["-c", "import sys; print(sys.version.split()[0]); print(sys.executable)"]);
    let s = "";
    p.stdout.on("data", (d: Buffer) => (s += d.toString()));
    p.on("exit", () => {
      const [v, exe] = s.trim().split("\n");
      resolve([v ?? "?", exe || "python3"]);
    });
    p.on("error", () => resolve(["?", "python3"]));
  });
  const python = pythonVersion;
  // The interpreter itself, not a launcher in front of it (pyenv's shims are shell scripts):
  // a cold process's wall time is the interpreter's.
  pythonCommand = pythonExe;
  const git = await new Promise<string>((resolve) => {
    const p = spawn("git", ["describe", "--always", "--dirty=+", "--exclude", "*"], { cwd: ROOT });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("exit", () => resolve(out.trim() || "?"));
    p.on("error", () => resolve("?"));
  });
  const undiciVersion = (JSON.parse(fs.readFileSync(require.resolve("undici/package.json", { paths: [ROOT] }), "utf8")) as { version: string }).version;
  // The Node 24 clients need the pinned Node (scripts/node-versions) and undici 8 (scripts/bench/peers).
  const versionOf = (file: string): string | null => {
    try {
      return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
    } catch {
      return null;
    }
  };
  const node24Version = fs.existsSync(NODE24) ? versionOf(path.join(NODE24, "../../package.json")) : null;
  const undici8Version = versionOf(path.join(PEERS, "undici8/package.json"));
  const missing: string[] = [];
  if (node24Version === null && o.clients.some((c) => NODE24_CLIENTS.includes(c))) {
    missing.push("port24 and undici8 need Node 24: cd scripts/node-versions && npm ci");
    o.clients = o.clients.filter((c) => !NODE24_CLIENTS.includes(c));
  }
  if (undici8Version === null && o.clients.includes("undici8")) {
    missing.push("undici8 needs undici 8: cd scripts/bench/peers && npm ci");
    o.clients = o.clients.filter((c) => c !== "undici8");
  }
  for (const m of missing) log(`bench: left out: ${m}`);

  const results: WorkerResult[] = [];
  const rows: Row[] = [];
  const figures: Record<string, Partial<Record<ClientName, Figure>>> = {};
  let interop: InteropFigure[] = [];
  /** The cold workload's floor processes (WorkerArgs.floor), by the client whose Node ran them. */
  const floors: Partial<Record<ClientName, WorkerResult[]>> = {};
  /** The small workload's floor processes (WorkerArgs.floor), likewise. */
  const smallFloors: Partial<Record<ClientName, WorkerResult[]>> = {};
  /** The stream workload's floor processes (WorkerArgs.floor), likewise; and with MALLOC_TOP_PAD_ (WorkerArgs.topPad). */
  const streamFloors: Partial<Record<ClientName, WorkerResult[]>> = {};
  const streamFloorsPadded: Partial<Record<ClientName, WorkerResult[]>> = {};
  /** The port's cold processes under node --no-opt (WorkerArgs.noOpt), by client. */
  const noOpts: Partial<Record<ClientName, WorkerResult[]>> = {};
  /** The port's stream processes with MALLOC_TOP_PAD_ (WorkerArgs.topPad), by client. */
  const topPads: Partial<Record<ClientName, WorkerResult[]>> = {};
  try {
    for (const w of WORKLOADS.filter((x) => o.workloads.includes(x.name))) {
      const clients = w.clients.filter((c) => o.clients.includes(c));
      if (!clients.length) continue;
      const s = settings(o, w);
      const per: Partial<Record<ClientName, WorkerResult[]>> = {};
      // A cold measurement is a whole process: `runs` of them per turn.
      const processes = w.kind === "cold" ? s.runs : 1;
      for (let round = 0; round < o.rounds; round++) {
        // Take turns, starting from a different client each round.
        for (let k = 0; k < clients.length; k++) {
          const c = clients[(k + round) % clients.length]!;
          const args: WorkerArgs = { client: c, workload: w.name, port: server.port, serverPid: server.pid, ...s };
          for (let i = 0; i < processes; i++) {
            /** One process of `a`, its result kept in `into` under this client. */
            const run = async (into: Partial<Record<ClientName, WorkerResult[]>>, a: WorkerArgs): Promise<void> => {
              const r = await runWorker(runner, a);
              results.push(r);
              (into[c] ??= []).push(r);
            };
            await run(per, args);
            const port = c === "port" || c === "port24";
            if (w.name === "small" && port) await run(smallFloors, { ...args, floor: true }); // the floor under any Node client
            if (w.kind === "cold" && port) {
              await run(floors, { ...args, floor: true }); // the floor under any Node client, on the same Node
              await run(noOpts, { ...args, noOpt: true }); // the port without V8's optimizing compiler: what compiling costs it here
            }
            // the same with glibc keeping freed memory mapped: what the results' page faults cost
            if (w.name === "stream" && port) {
              await run(topPads, { ...args, topPad: true });
              await run(streamFloors, { ...args, floor: true }); // the floor under any Node client returning new memory per read
              await run(streamFloorsPadded, { ...args, floor: true, topPad: true }); // the same without the results' page faults
            }
          }
        }
      }
      const figs: Partial<Record<ClientName, Figure>> = {};
      for (const c of clients) figs[c] = figure(c, per[c]!);
      let rs: Row[];
      if (w.name === "interop") {
        interop = interopFigures(per.port ?? []);
        rs = interopRows(w, interop);
      } else {
        figures[w.name] = figs;
        rs = rowsFor(w, figs, s.size);
      }
      rows.push(...rs);
      for (const r of rs) {
        log(`  ${r.n} ${r.label}: ` + clients.map((c) => `${c} ${fmt(r.figures[c], r.unit)}`).join(", ") + ` ${r.unit}` + (r.pass === null ? "" : r.pass ? "  PASS" : "  FAIL"));
      }
    }

    const shown = ALL_CLIENTS.filter((c) => o.clients.includes(c));
    const elapsed = (performance.now() - t0) / 1000;
    const header =
      `http-client-py bench (${git}, + = uncommitted changes): the port vs CPython ${python} http.client, node:http (keep-alive agent), undici ${undiciVersion}` +
      (o.clients.some((c) => NODE24_CLIENTS.includes(c)) ? `; on Node ${node24Version}: the port (port24)${o.clients.includes("undici8") ? `, undici ${undici8Version} (undici8)` : ""}` : "") +
      `\nnode ${process.version}, ${os.cpus().length} CPUs, runner ${o.runner}, ${o.quick ? "QUICK (short runs, smaller stream) " : ""}` +
      `priority ${prioritised ? o.priority : "normal"}, ${pinning()}, ` +
      `${o.rounds} round(s); load average ${load0.toFixed(2)} at start, ${os.loadavg()[0]!.toFixed(2)} at end; ${elapsed.toFixed(0)} s`;
    console.log(header);
    console.log(table(rows, shown));
    console.log(
      "speed rows: median of all runs (higher is better); RSS rows: peak RSS minus the RSS before the workload, median over processes;\n" +
        "cold rows (ms, lower is better): the median over fresh processes of the time from the first request to the last read, and of\n" +
        "the whole process's wall time; their ratio columns give the peer's time over the port's, so that higher is better there too;\n" +
        "srv cpu: the server's highest CPU share (of one core) during any client's runs; the node peers read the body as their streams\n" +
        "deliver it (Buffer.concat / arrayBuffer() for read()); their 'file object' is a Readable of 8 KiB blocks.",
    );
    const baseline = shown
      .map((c) => {
        const b = Object.values(figures)
          .map((f) => f[c]?.baselineMiB)
          .filter((x): x is number => x !== null && x !== undefined);
        return b.length ? `${c} ${median(b).toFixed(0)} MiB` : null;
      })
      .filter(Boolean)
      .join(", ");
    if (baseline) console.log(`baseline RSS (median): ${baseline}`);
    console.log("\nclient CPU time per unit of work over the timed runs (user + system; lower is better; less sensitive than rates to what else the machine runs):");
    console.log(costTable(figures, shown, interop));
    if (interop.length) {
      console.log(
        "\nNode streams (http-client-py/node) against a plain read1() loop, the same 50 MB binary body, the variants taking turns\n" +
          "transfer by transfer in each process, all reading 256 KiB (the module's default); rate/read1: median over runs of the\n" +
          "variant's rate over the read1 loop's in the same run; cpu/read1: CPU per MB over the read1 loop's:",
      );
      console.log(interopTable(interop));
    }
    const bound = rows.filter((r) => r.serverCpu !== null && r.serverCpu > 0.85);
    if (bound.length) {
      console.log(`note: the server used > 85% of a core in: ${[...new Set(bound.map((r) => r.label))].join("; ")} (figures there may be server-bound)`);
    }
    for (const m of missing) console.log(`note: left out: ${m}`);
    /** The stream workload's own processes of client c (not the MALLOC_TOP_PAD_ reruns). */
    const streamRuns = (c: ClientName) => results.filter((r) => r.workload === "stream" && r.client === c && !r.topPad && !r.floor);
    /** Minor page faults per MB over processes, or null. */
    const faultsPerMB = (xs: WorkerResult[]): number | null => {
      const mb = xs.reduce((n, r) => n + r.bytes, 0) / 1e6;
      return xs.length && mb > 0 ? xs.reduce((n, r) => n + (r.faults ?? 0), 0) / mb : null;
    };
    const streamFloor = (c: ClientName) => {
      const xs = streamRuns(c).filter((r) => r.floorMsPerMB !== undefined).map((r) => r.floorMsPerMB!);
      return xs.length ? median(xs) : null;
    };
    if (streamFloor("port") !== null) {
      const cpy = figures.stream?.cpython?.cost;
      console.log(
        `stream floor, CPU per MB (a fresh 64 KiB Buffer allocated and filled per read, nothing else: the least a read(65536) returning new memory costs): ` +
          [["Node 20", streamFloor("port")], ["Node 24", streamFloor("port24")]]
            .filter(([, v]) => v !== null)
            .map(([k, v]) => `${k} ${fmtCost(v as number)} ms/MB`)
            .join(", ") +
          (cpy !== undefined && cpy !== null ? `; CPython's whole read(65536) loop ${fmtCost(cpy)} ms/MB` : ""),
      );
    }
    /** The median of the values of processes xs (a client's floor or --no-opt runs), or null. */
    const medianOf = (xs: WorkerResult[] | undefined) => (xs?.length ? median(xs.flatMap((r) => r.values)) : null);
    /** The node:net stream floor on a client's Node: its rate, CPU per MB and faults per MB, or null. */
    const netStreamFloor = (c: ClientName, padded = false) => {
      const xs = (padded ? streamFloorsPadded : streamFloors)[c];
      return xs?.length ? { mbps: medianOf(xs)!, msPerMB: cost(xs).cost, faultsPerMB: faultsPerMB(xs) } : null;
    };
    if (streamFloors.port || streamFloors.port24) {
      const cpy = figures.stream?.cpython;
      const part = (label: string, c: ClientName, padded = false) => {
        const f = netStreamFloor(c, padded);
        return f === null ? null : `${label} ${fmt(f.mbps, "MB/s")} MB/s, ${fmtCost(f.msPerMB)} ms/MB, ${f.faultsPerMB === null ? "-" : f.faultsPerMB.toFixed(2)} faults/MB`;
      };
      console.log(
        `stream floor, node:net (a reused 4 MiB read buffer, each 64 KiB copied at once into a fresh Buffer, nothing else: the least a Node client returning new memory per read does): ` +
          [part("Node 20", "port"), part("Node 24", "port24"), part("with MALLOC_TOP_PAD_=64 MiB, Node 20", "port", true), part("Node 24", "port24", true)].filter((x) => x !== null).join("; ") +
          (cpy ? `; CPython's read(65536) loop ${fmt(cpy.median, "MB/s")} MB/s, ${fmtCost(cpy.cost)} ms/MB` : ""),
      );
    }
    const smallFloor = (c: ClientName) => medianOf(smallFloors[c]);
    if (smallFloors.port || smallFloors.port24) {
      const small = figures.small;
      const part = (label: string, c: ClientName) => {
        const v = smallFloor(c);
        const port = small?.[c]?.median;
        return v === null ? null : `${label} ${fmt(v, "req/s")} req/s` + (port !== undefined ? ` (the port at ${Math.round((100 * port) / v)}% of it)` : "");
      };
      const cpy = small?.cpython?.median;
      const f20 = smallFloor("port");
      console.log(
        `small floor, one connection (node:net, a fixed request written and the response's end found, nothing else: the most a Node client gets here): ` +
          [part("Node 20", "port"), part("Node 24", "port24")].filter((x) => x !== null).join(", ") +
          (cpy !== undefined && f20 !== null ? `; that is ${(f20 / cpy).toFixed(2)}x CPython's ${fmt(cpy, "req/s")} req/s` : ""),
      );
    }
    const floorMs = (c: ClientName) => medianOf(floors[c]);
    if (floors.port || floors.port24) {
      const cpy = figures.cold?.cpython?.median;
      console.log(
        `cold floor, in-process (node:net, a fixed request written and the response's end found, nothing else: the least a Node client does): ` +
          [["Node 20", floorMs("port")], ["Node 24", floorMs("port24")]]
            .filter(([, v]) => v !== null)
            .map(([k, v]) => `${k} ${fmt(v as number, "ms")} ms`)
            .join(", ") +
          (cpy !== undefined ? `; CPython ${fmt(cpy, "ms")} ms` : ""),
      );
    }

    const noOptMs = (c: ClientName) => medianOf(noOpts[c]);
    if (noOpts.port || noOpts.port24) {
      console.log(
        `cold without V8's optimizing compiler (node --no-opt: the port's code in the interpreter and baseline compiler only, no compile jobs competing for the cores): ` +
          [["Node 20", noOptMs("port")], ["Node 24", noOptMs("port24")]]
            .filter(([, v]) => v !== null)
            .map(([k, v]) => `${k} ${fmt(v as number, "ms")} ms`)
            .join(", "),
      );
    }
    const faultRow = shown.map((c) => [c, faultsPerMB(streamRuns(c).filter((r) => r.faults !== undefined))] as const).filter(([, v]) => v !== null);
    if (faultRow.length) {
      console.log(
        `stream, minor page faults per MB in the timed reads (each a fresh page of a result faulted in): ` +
          faultRow.map(([c, v]) => `${c} ${(v as number).toFixed(v! < 10 ? 2 : 1)}`).join(", "),
      );
    }

    const padded = (c: ClientName) => {
      const xs = topPads[c] ?? [];
      const ms = xs.length ? cost(xs).cost : null;
      return ms === null ? null : { rate: median(xs.flatMap((r) => r.values)), cost: ms, faults: faultsPerMB(xs) ?? 0 };
    };
    const pads = (["port", "port24"] as const).map((c) => [c === "port" ? "Node 20" : "Node 24", padded(c)] as const).filter(([, v]) => v !== null);
    if (pads.length) {
      const cpy = figures.stream?.cpython;
      console.log(
        `stream, the port with glibc's MALLOC_TOP_PAD_=64 MiB (freed heap stays mapped: a setting of the user's process, not the port's): ` +
          pads.map(([k, v]) => `${k} ${fmt(v!.rate, "MB/s")} MB/s, ${fmtCost(v!.cost)} ms/MB, ${v!.faults.toFixed(2)} faults/MB`).join("; ") +
          (cpy ? `; CPython ${fmt(cpy.median, "MB/s")} MB/s, ${cpy.cost !== null ? fmtCost(cpy.cost) : "-"} ms/MB` : ""),
      );
    }

    let profiles: Record<string, unknown> | undefined;
    if (o.profile) {
      fs.mkdirSync(o.profile, { recursive: true });
      profiles = {};
      console.log(`\nprofiles of the port's timed runs (V8 sampling profiler, ${o.profile}):`);
      // (the cold workload's processes are too short to profile)
      for (const w of WORKLOADS.filter((x) => o.workloads.includes(x.name) && x.clients.includes("port") && x.kind !== "cold")) {
        const name = `port-${w.name}.cpuprofile`;
        const file = path.join(o.profile, name);
        fs.rmSync(file, { force: true });
        const s = settings(o, w);
        await runWorker(runner, { client: "port", workload: w.name, port: server.port, serverPid: server.pid, ...s, profile: file });
        const sum = summarise(file, ROOT);
        profiles[w.name] = sum;
        console.log(`\n${w.n} ${w.label}`);
        console.log(formatSummary(sum, 15));
      }
      console.log("");
    }

    if (o.json) {
      const doc = {
        date: new Date().toISOString(),
        git,
        node: process.version,
        python,
        undici: undiciVersion,
        node24: node24Version,
        undici8: undici8Version,
        cpus: os.cpus().length,
        runner: o.runner,
        quick: o.quick,
        rounds: o.rounds,
        priority: prioritised ? o.priority : 0,
        pinned: pinning(),
        loadavg: { start: load0, end: os.loadavg()[0] },
        seconds: elapsed,
        rows,
        figures,
        interop,
        smallFloor: { port: smallFloor("port"), port24: smallFloor("port24") },
        coldFloor: { port: floorMs("port"), port24: floorMs("port24") },
        coldNoOpt: { port: noOptMs("port"), port24: noOptMs("port24") },
        streamFaultsPerMB: Object.fromEntries(faultRow),
        streamTopPad: { port: padded("port"), port24: padded("port24") },
        streamFloor: { port: streamFloor("port"), port24: streamFloor("port24") },
        streamNetFloor: { port: netStreamFloor("port"), port24: netStreamFloor("port24"), portTopPad: netStreamFloor("port", true), port24TopPad: netStreamFloor("port24", true) },
        results,
        profiles,
      };
      fs.mkdirSync(path.dirname(o.json), { recursive: true });
      fs.writeFileSync(o.json, JSON.stringify(doc, null, 2) + "\n");
      console.log(`figures written to ${o.json}`);
    }

    const f2 = (v: number | null | undefined) => (v === null || v === undefined ? "-" : v.toFixed(2));
    const r2 = (w: WorkloadName, k: "vsCpython" | "vsUndici") => f2(rows.find((x) => x.workload === w && x.metric === "speed")?.[k]);
    // postfile: CPython's CPU per MB over the port's (higher is better, as every figure here)
    const postfile = f2(figures.post_file ? cpuVsCpython(figures.post_file) : null);
    console.log(
      `bench: small ${r2("small", "vsCpython")}c ${r2("small", "vsUndici")}u | big ${r2("big", "vsCpython")}c ${r2("big", "vsUndici")}u | ` +
        `chunked ${r2("chunked", "vsCpython")}c ${r2("chunked", "vsUndici")}u | parse ${r2("parse", "vsCpython")}c | ` +
        `stream ${r2("stream", "vsCpython")}c ${r2("stream", "vsUndici")}u | postfile ${postfile}c | cold ${r2("cold", "vsCpython")}c | ` +
        `conc32 ${r2("conc32", "vsCpython")}c ${r2("conc32", "vsUndici")}u`,
    );
  } finally {
    cleanup();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
