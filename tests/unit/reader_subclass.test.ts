// A subclass that overrides any one method of the response's reader (or of the response)
// sees exactly the calls CPython makes: for random bodies of every framing and random
// sequences of reading calls, CPython's trace with every method recorded (the reference
// driver, in Pyodide) is filtered to that one method, and the port, run with a subclass that
// overrides only it, must record the same calls and give the same results. The port's fast
// paths (src/http/_fastpath.ts) must stay out of the way of any override.

import fc from "fast-check";
import { PyodidePool } from "../../conformance/pyodide-pool";
import { runBatch } from "../../conformance/driver";
import type { Call, Encoded, Scenario, Step, StepRecord, Trace } from "../../conformance/types";

const SEED = Number(process.env.READER_SUBCLASS_SEED ?? 20261204) >>> 0;
const CASES = 60;
/** Overrides tried per case (of HOOKS, drawn with the case). */
const PER_CASE = 8;

/** The methods overridden one at a time: the reader's, then the response's that read through it. */
const HOOKS = [
  "fp.read", "fp.read1", "fp.readline", "fp.readinto", "fp.peek", "fp.close", "fp.flush",
  "resp.read", "resp.read1", "resp.readline", "resp.readinto", "resp.peek", "resp._safe_read",
  "resp._safe_readinto", "resp._read_chunked", "resp._readinto_chunked", "resp._get_chunk_left",
  "resp._read_next_chunk_size", "resp._read_and_discard_trailer", "resp._read1_chunked",
  "resp._peek_chunked", "resp._close_conn", "resp._read_status", "resp.begin",
];

type Framing = "length" | "chunked" | "close";

interface Case {
  framing: Framing;
  /** The body in pieces (the chunks, for chunked). */
  pieces: number[];
  /** Where the stream is cut, as a fraction (null: whole). */
  cut: number | null;
  recv: number[] | null;
  reads: Step[];
  /** The methods overridden, one at a time. */
  hooks: string[];
}

/** Body bytes with a line end every few bytes, so that readline() has work to do. */
function bodyText(n: number, salt: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += (i + salt) % 23 === 22 ? "\n" : String.fromCharCode(97 + ((i * 7 + salt) % 26));
  return s;
}

function responseBytes(c: Case): string {
  const body = c.pieces.map((n, k) => bodyText(n, k));
  let out: string;
  if (c.framing === "length") out = `HTTP/1.1 200 OK\r\nContent-Length: ${body.join("").length}\r\n\r\n${body.join("")}`;
  else if (c.framing === "close") out = `HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n${body.join("")}`;
  else out = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body.map((p) => `${p.length.toString(16)}\r\n${p}\r\n`).join("") + "0\r\nX-Trailer: 1\r\n\r\n";
  return c.cut === null ? out : out.slice(0, Math.floor(out.length * c.cut));
}

// Sizes of every class: nothing, a few bytes, about a line, past the reader's buffer.
const size = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 10, max: 80 }), fc.constant(140_000), fc.constant(-1));
const resp = (call: string, args?: Encoded[]): Step => (args === undefined ? { target: "resp", call } : { target: "resp", call, args });
const read: fc.Arbitrary<Step> = fc.oneof(
  fc.constant(resp("read")),
  size.map((n) => resp("read", [n])),
  fc.constant(resp("read", [null])),
  fc.constant(resp("read1")),
  size.map((n) => resp("read1", [n])),
  fc.constant(resp("readline")),
  size.map((n) => resp("readline", [n])),
  size.filter((n) => n >= 0).map((n) => resp("readinto", [{ buffer: n }])),
  size.map((n) => resp("peek", [n])),
  fc.constant(resp("readlines")),
  fc.integer({ min: 1, max: 60 }).map((n) => resp("readlines", [n])),
  fc.constant(resp("__next__")),
);

// Mostly small bodies; now and then one past the reader's buffer, or past 1 MiB in one
// piece (a Content-Length body that _safe_read() reads in geometric steps).
const pieces: fc.Arbitrary<number[]> = fc.oneof(
  { weight: 17, arbitrary: fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 6 }) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom<number>(40_000, 65_536, 70_001), { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant<number[]>([(1 << 20) + 4096]) },
);

const caseArb: fc.Arbitrary<Case> = fc.record({
  framing: fc.constantFrom<Framing>("length", "chunked", "close"),
  pieces,
  cut: fc.option(fc.double({ min: 0.2, max: 0.999, noNaN: true }), { freq: 4 }),
  recv: fc.option(fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 3 }), { freq: 3 }),
  reads: fc.array(read, { minLength: 1, maxLength: 5 }),
  hooks: fc.shuffledSubarray(HOOKS, { minLength: PER_CASE, maxLength: PER_CASE }),
});

function scenario(c: Case, i: number, record: string[]): Scenario {
  const sc: Scenario = {
    name: `reader-subclass-${SEED}-${i}`,
    response: { bytes: responseBytes(c) },
    record,
    steps: [{ call: "request", args: ["GET", "/"] }, { call: "getresponse" }, ...c.reads, { target: "resp", get: "attrs" }],
  };
  if (c.recv !== null) sc.recv_sizes = c.recv;
  return sc;
}

/** A step's record without its calls. */
function outcome(rec: StepRecord): StepRecord {
  const { calls: _calls, ...rest } = rec;
  return rest;
}

const cases = fc.sample(caseArb, { seed: SEED, numRuns: CASES });
let reference: Trace[];
let pool: PyodidePool;

beforeAll(async () => {
  pool = await PyodidePool.start(1);
  reference = await pool.runBatch(cases.map((c, i) => scenario(c, i, HOOKS)));
}, 180_000);

afterAll(async () => {
  await pool?.close();
});

test(`a subclass overriding any one of ${HOOKS.length} methods sees CPython's calls (${CASES} cases x ${PER_CASE} overrides, seed ${SEED})`, async () => {
  expect(reference).toHaveLength(CASES);
  let pairs = 0;
  let pairsWithCalls = 0;
  for (let i = 0; i < CASES; i++) {
    const ref = reference[i]!;
    expect(ref.error).toBeUndefined();
    const refTrace = ref.trace!;
    const port = await runBatch(cases[i]!.hooks.map((h) => scenario(cases[i]!, i, [h])));
    cases[i]!.hooks.forEach((hook, k) => {
      const got = port[k]!;
      const where = `case ${i} (${JSON.stringify(cases[i]!.reads)}, ${cases[i]!.framing}), override ${hook}`;
      expect({ where, error: got.error }).toEqual({ where, error: undefined });
      let seen = 0;
      got.trace!.forEach((rec, step) => {
        const want = refTrace[step]!;
        const calls: Call[] = (want.calls ?? []).filter((c) => c[0] === hook);
        expect({ where, step, outcome: outcome(rec), calls: rec.calls ?? [] }).toEqual({ where, step, outcome: outcome(want), calls });
        seen += calls.length;
      });
      pairs++;
      if (seen > 0) pairsWithCalls++;
    });
  }
  // (many overrides are called: the comparison is not one of empty lists)
  expect(pairsWithCalls).toBeGreaterThan(pairs / 3);
}, 600_000);
