// Summarises a V8 .cpuprofile (node --cpu-prof): self time and total (inclusive) time
// per function, with positions mapped back to the .ts sources through the compiled
// files' source maps when there are any. Also usable alone:
//   npx ts-node --transpile-only scripts/bench/profile.ts FILE.cpuprofile [N]

import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number; // 0-based
  columnNumber: number; // 0-based
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
  /** Shares of the busy time (all samples but idle). */
  selfPct: number;
  totalPct: number;
  /** Where the self time was spent from: the nearest other function up the stack, heaviest first. */
  callers: Array<{ name: string; where: string; pct: number }>;
}

export interface ProfileSummary {
  file: string;
  wallMs: number;
  busyMs: number;
  idleMs: number;
  gcMs: number;
  functions: FunctionTime[];
}

// ---------------------------------------------------------------------------
// Source maps (version 3, "mappings" in base64 VLQ), enough to map a position back.

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));

/** Per generated line: [generated column, source index, original line] triples, sorted. */
type LineMap = Array<Array<[number, number, number]>>;

interface SourceMap {
  sources: string[];
  lines: LineMap;
}

function decodeMappings(mappings: string): LineMap {
  const out: LineMap = [];
  let src = 0;
  let oline = 0;
  let ocol = 0;
  for (const line of mappings.split(";")) {
    const segs: Array<[number, number, number]> = [];
    let gcol = 0;
    for (const seg of line.split(",")) {
      if (!seg) continue;
      const v: number[] = [];
      let shift = 0;
      let acc = 0;
      for (const ch of seg) {
        const d = B64.get(ch)!;
        acc += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(acc & 1 ? -(acc >>> 1) : acc >>> 1);
          acc = 0;
          shift = 0;
        }
      }
      gcol += v[0]!;
      if (v.length >= 4) {
        src += v[1]!;
        oline += v[2]!;
        ocol += v[3]!;
        segs.push([gcol, src, oline]);
      }
    }
    out.push(segs);
  }
  return out;
}

const maps = new Map<string, SourceMap | null>();
const whereCache = new Map<CallFrame, string>();

function sourceMapFor(file: string): SourceMap | null {
  if (maps.has(file)) return maps.get(file)!;
  let sm: SourceMap | null = null;
  try {
    const raw = JSON.parse(fs.readFileSync(file + ".map", "utf8")) as { sources: string[]; sourceRoot?: string; mappings: string };
    const dir = path.dirname(file);
    sm = { sources: raw.sources.map((s) => path.resolve(dir, raw.sourceRoot ?? "", s)), lines: decodeMappings(raw.mappings) };
  } catch {
    sm = null;
  }
  maps.set(file, sm);
  return sm;
}

/** "src/io.ts:957" for a frame, relative to root; the generated position when there is no map. */
function where(cf: CallFrame, root: string): string {
  let w = whereCache.get(cf);
  if (w === undefined) {
    w = whereUncached(cf, root);
    whereCache.set(cf, w);
  }
  return w;
}

function whereUncached(cf: CallFrame, root: string): string {
  if (!cf.url) return "";
  let file = cf.url;
  if (file.startsWith("file://")) file = fileURLToPath(file);
  if (!path.isAbsolute(file)) return `${file}:${cf.lineNumber + 1}`;
  const sm = sourceMapFor(file);
  if (sm) {
    const segs = sm.lines[cf.lineNumber];
    if (segs && segs.length) {
      let best = segs[0]!;
      for (const s of segs) if (s[0] <= cf.columnNumber) best = s;
      return `${path.relative(root, sm.sources[best[1]]!)}:${best[2] + 1}`;
    }
  }
  return `${path.relative(root, file)}:${cf.lineNumber + 1}`;
}

// ---------------------------------------------------------------------------

/** Reads a .cpuprofile; root is the directory positions are shown relative to. */
export function summarise(file: string, root: string, ownPrefix = "src/"): ProfileSummary {
  const prof = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of prof.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const key = (n: ProfileNode) => `${n.callFrame.functionName || "(anonymous)"}\u0000${where(n.callFrame, root)}`;
  const keys = new Map<number, string>();
  for (const n of prof.nodes) keys.set(n.id, key(n));
  // The profiler's own work (the inspector session that stops it) is no one's time.
  const skip = new Set<number>();
  const mark = (id: number): void => {
    skip.add(id);
    for (const c of byId.get(id)!.children ?? []) mark(c);
  };
  for (const n of prof.nodes) if (n.callFrame.url === "node:inspector" && !skip.has(n.id)) mark(n.id);

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const callers = new Map<string, Map<string, number>>();
  let idle = 0;
  let gc = 0;
  let all = 0;
  // timeDeltas[i] is the time before sample i; charge it to sample i, as DevTools does.
  for (let i = 0; i < prof.samples.length; i++) {
    const dt = (prof.timeDeltas[i] ?? 0) / 1000;
    const id = prof.samples[i]!;
    if (skip.has(id)) continue;
    const n = byId.get(id)!;
    all += dt;
    const fn = n.callFrame.functionName;
    if (fn === "(idle)") {
      idle += dt;
      continue;
    }
    if (fn === "(garbage collector)") gc += dt;
    const k = keys.get(id)!;
    self.set(k, (self.get(k) ?? 0) + dt);
    // The caller that matters is the nearest frame of our own code (src/) up the stack,
    // else the nearest other function.
    let up = parent.get(id);
    while (up !== undefined && keys.get(up) === k) up = parent.get(up);
    for (let q = up; q !== undefined; q = parent.get(q)) {
      if (where(byId.get(q)!.callFrame, root).startsWith(ownPrefix)) {
        up = q;
        break;
      }
    }
    if (up !== undefined) {
      const ck = keys.get(up)!;
      const m = callers.get(k) ?? new Map<string, number>();
      m.set(ck, (m.get(ck) ?? 0) + dt);
      callers.set(k, m);
    }
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const pk = keys.get(p)!;
      if (seen.has(pk)) continue;
      seen.add(pk);
      total.set(pk, (total.get(pk) ?? 0) + dt);
    }
  }
  const busy = all - idle;
  const functions: FunctionTime[] = [];
  for (const [k, t] of total) {
    const [name, w] = k.split("\u0000") as [string, string];
    if (name === "(root)") continue;
    const s = self.get(k) ?? 0;
    const cs = [...(callers.get(k) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .map(([ck, ms]) => {
        const [cn, cw] = ck.split("\u0000") as [string, string];
        return { name: cn, where: cw, pct: (100 * ms) / busy };
      });
    functions.push({ name, where: w, selfMs: s, totalMs: t, selfPct: (100 * s) / busy, totalPct: (100 * t) / busy, callers: cs });
  }
  functions.sort((a, b) => b.selfMs - a.selfMs);
  return { file, wallMs: all, busyMs: busy, idleMs: idle, gcMs: gc, functions };
}

/** The top of a profile as text: n functions by self time, then the port's n heaviest by total time. */
export function formatSummary(s: ProfileSummary, n: number, ownPrefix = "src/"): string {
  const pct = (x: number) => x.toFixed(1).padStart(5) + "%";
  const lines: string[] = [];
  lines.push(
    `  ${path.basename(s.file)}: ${(s.wallMs / 1000).toFixed(2)} s sampled, busy ${pct((100 * s.busyMs) / s.wallMs)} ` +
      `(idle ${pct((100 * s.idleMs) / s.wallMs)}), GC ${pct((100 * s.gcMs) / s.busyMs)} of busy`,
  );
  lines.push("    self   total  function (by self time, % of busy time)");
  s.functions.slice(0, n).forEach((f, i) => {
    lines.push(`  ${pct(f.selfPct)} ${pct(f.totalPct)}  ${f.name} ${f.where}`);
    // Which of our functions the heaviest native/library self times come from.
    if (i < 6 && !f.name.startsWith("(") && !f.where.startsWith(ownPrefix)) {
      for (const c of f.callers.slice(0, 3)) if (c.pct >= 0.5) lines.push(`  ${pct(c.pct)}          <- ${c.name} ${c.where}`);
    }
  });
  const own = s.functions.filter((f) => f.where.startsWith(ownPrefix)).sort((a, b) => b.totalMs - a.totalMs);
  lines.push(`    self   total  function (${ownPrefix} only, by total time)`);
  for (const f of own.slice(0, n)) lines.push(`  ${pct(f.selfPct)} ${pct(f.totalPct)}  ${f.name} ${f.where}`);
  return lines.join("\n");
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: profile.ts FILE.cpuprofile [N]\n");
    process.exit(2);
  }
  const n = Number(process.argv[3] ?? 20);
  console.log(formatSummary(summarise(file, path.resolve(__dirname, "../..")), n));
}
