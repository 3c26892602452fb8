// The wire harness (conformance/wire/README.md): its logic in process, its leak check in a
// child process, and a quick slice of the corpus over real sockets, run by the runner on
// Node 24 (the pinned one when this Node is older: `npm ci` in scripts/node-versions
// installs it; without it the slice fails, it is not skipped).

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { ScenarioError } from "../conformance/driver";
import { generateWire } from "../conformance/wire/generate";
import { checkNative, compareWire, loadWireKnown, node24, WIRE_DIR, type WireDivergence, type WireKnownEntry } from "../conformance/wire/run";
import { planServer, withAddress, withoutPort } from "../conformance/wire/scenario";
import { loadScenarios } from "../conformance/run";
import type { WireScenario, WireTrace } from "../conformance/wire/types";

const ROOT = path.resolve(__dirname, "..");

// ---------------------------------------------------------------------------
// In process

describe("wire harness logic", () => {
  test("$HOST and $PORT are put in the connection and the steps, not in bytes", () => {
    const sc: WireScenario = {
      name: "x",
      server: [],
      connection: { kwargs: { source_address: { tuple: ["$HOST", 0] } } },
      steps: [{ call: "set_tunnel", args: ["$HOST:$PORT", "$PORT", { dict: [["X", "$PORT"]] }, { bytes: "$PORT" }] }],
    };
    const out = withAddress(sc, 4321);
    expect(out.connection).toEqual({ args: ["127.0.0.1", 4321], kwargs: { source_address: { tuple: ["127.0.0.1", 0] } } });
    expect(out.steps[0]!.args).toEqual(["127.0.0.1:4321", 4321, { dict: [["X", 4321]] }, { bytes: "$PORT" }]);
  });

  test("the port number is written $PORT in a trace, digits that contain it are not", () => {
    const t = { name: "x", trace: [{ result: "Host: 127.0.0.1:4321\r\n" }, { result: 4321 }, { result: "143210 4321" }] };
    expect(withoutPort(t, 4321).trace).toEqual([{ result: "Host: 127.0.0.1:$PORT\r\n" }, { result: "$PORT" }, { result: "143210 $PORT" }]);
  });

  test("server scripts are checked", () => {
    const plan = (server: unknown) => planServer({ name: "x", server, steps: [] } as unknown as WireScenario);
    expect(plan(null)).toBeNull();
    expect(plan([[{ recv: "head" }, { send: "ab", drip: [1, 0] }, { sleep: 5 }, { shutdown: true }, { hold: true }]])).toEqual([
      [{ kind: "recv-head" }, { kind: "send", data: new Uint8Array([97, 98]), drip: [1, 0] }, { kind: "sleep", ms: 5 }, { kind: "shutdown" }, { kind: "hold" }],
    ]);
    for (const bad of [[[{ recv: "line" }]], [[{ send: { file: "x" } }]], [[{ send: "a", drip: [0, 1] }]], [[{ close: false }]], [[{ dance: true }]], [{}], "x"]) {
      expect(() => plan(bad)).toThrow(ScenarioError);
    }
    expect(() => planServer({ name: "x", steps: [] } as unknown as WireScenario)).toThrow("server: missing");
  });

  const entry: WireKnownEntry = {
    id: "refused-errno",
    reason: "test",
    evidence: { scenario: "s", record: 0, native: null },
    py_raises: { type: "^ConnectionRefusedError$", message: "Errno 14" },
    ts_raises: { message: "Errno 111" },
  };
  const sc: WireScenario = { name: "s", server: null, steps: [{ call: "request", args: ["GET", "/"] }, { call: "close" }] };
  const refused = (errno: number) => ({ raises: { type: "ConnectionRefusedError", message: `[Errno ${errno}] Connection refused` } });
  const trace = (...records: object[]): WireTrace => ({ name: "s", trace: [...records, { result: null }, { server: [] }] as WireTrace["trace"] });

  test("identical traces are identical; a difference no entry explains is divergent", () => {
    expect(compareWire(sc, trace(refused(14)), trace(refused(14)), [entry])).toEqual({ identical: true, explained: [], divergence: null });
    const c = compareWire(sc, trace(refused(14)), trace({ result: null }), [entry]);
    expect(c.divergence?.step).toBe(0);
  });

  test("an explained difference is known only when native CPython records what the port does", () => {
    const py = trace(refused(14));
    const ts = trace(refused(111));
    const c = compareWire(sc, py, ts, [entry]);
    expect(c).toEqual({ identical: false, explained: [{ index: 0, id: "refused-errno" }], divergence: null });
    const known = checkNative(sc, c, py, ts, trace(refused(111)));
    expect(known.known).toEqual(["refused-errno"]);
    const wrong: WireDivergence = checkNative(sc, c, py, ts, trace({ raises: { type: "ConnectionRefusedError", message: "[Errno 99] x" } }));
    expect(wrong.known).toBeUndefined();
    expect(wrong.step).toBe(0);
  });

  test("native CPython is no witness where it differs from the reference before the socket layers do", () => {
    const sc2: WireScenario = { ...sc, steps: [{ call: "set_debuglevel", args: [1] }, ...sc.steps] };
    const py: WireTrace = { name: "s", trace: [{ result: null }, refused(14), { server: [] }] };
    const ts: WireTrace = { name: "s", trace: [{ result: null }, refused(111), { server: [] }] };
    const c = compareWire(sc2, py, ts, [entry]);
    const native: WireTrace = { name: "s", trace: [{ result: 1 }, refused(111), { server: [] }] };
    const d = checkNative(sc2, c, py, ts, native);
    expect(d.known).toBeUndefined();
    expect(d.step).toBe(0);
  });

  test("a leak on the port's side is divergent whatever the traces", () => {
    const c = compareWire(sc, trace(refused(111)), { ...trace(refused(111)), leaks: ["1 TCPWRAP not destroyed"] }, [entry]);
    expect(c.divergence?.leaks).toEqual(["1 TCPWRAP not destroyed"]);
  });

  test("the generator is seeded, and every generated scenario has a server script the runner accepts", () => {
    const a = generateWire(7, 60);
    expect(generateWire(7, 60)).toEqual(a);
    expect(generateWire(8, 60)).not.toEqual(a);
    for (const g of a) {
      expect(g.name).toMatch(/^gen-wire-7-\d+$/);
      expect(() => planServer(g)).not.toThrow();
    }
  });

  test("the known divergences are Pyodide's socket layer only, each with native evidence of a corpus scenario", () => {
    const known = loadWireKnown();
    const names = new Set(loadScenarios(WIRE_DIR).map((s) => s.name));
    expect(known.length).toBeGreaterThan(0);
    for (const e of known) {
      expect(e.id).toMatch(/^emscripten-/);
      expect(names.has(e.evidence.scenario)).toBe(true);
      expect(e.evidence.native).not.toBeNull();
    }
  });
});

// ---------------------------------------------------------------------------
// The leak check, in a child process (it needs --expose-gc)

test("the leak check reports a socket and a pending read that the port leaves behind", async () => {
  const server = net.createServer((s) => s.on("error", () => undefined));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as net.AddressInfo).port;
  const script = `
    const { LeakWatch } = require("./conformance/wire/leaks");
    const socket = require("./src/socket");
    const w = new LeakWatch();
    (async () => {
      w.begin();
      const s = await socket.create_connection(["127.0.0.1", ${port}]);
      void s.recv(10).catch(() => undefined);
      const left = await w.end(300);
      w.begin();
      const t = await socket.create_connection(["127.0.0.1", ${port}]);
      t.close();
      const none = await w.end(1000);
      console.log(JSON.stringify({ left, none }));
      s.close();
    })();`;
  const r = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const c = spawn(process.execPath, ["--expose-gc", "-r", "ts-node/register/transpile-only", "-e", script], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } });
    let out = "";
    let err = "";
    c.stdout.on("data", (d: Buffer) => (out += d.toString()));
    c.stderr.on("data", (d: Buffer) => (err += d.toString()));
    c.on("close", (code) => resolve({ code, out, err }));
  });
  server.close();
  expect(r.err).toBe("");
  const { left, none } = JSON.parse(r.out) as { left: string[]; none: string[] };
  expect(left.some((l) => /TCPWRAP \(created at src\/socket\.ts:\d+\) not destroyed/.test(l))).toBe(true);
  expect(left.some((l) => /promises? of the port still pending \(created at src\/socket\.ts:\d+\)/.test(l))).toBe(true);
  expect(none).toEqual([]);
}, 60_000);

// ---------------------------------------------------------------------------
// A slice over real sockets

/** Named scenarios of the slice: a few of each family, and every known entry's evidence. */
const SLICE = [
  "connect/refused-request",
  "connect/timeout-zero-nonblocking",
  "connect/two-connects-replace-socket",
  "connect/server-closes-then-reconnect",
  "timeout/status-partial",
  "timeout/content-length-body-read",
  "timeout/inside-chunk-readline",
  "timeout/send-large-body-peer-not-reading",
  "drip/chunked-1b-read",
  "pause/inside-chunk",
  "halfclose/after-headers-close-delimited",
  "reset/before-status",
  "reset/inside-body-read",
  "keepalive/closed-after-read-then-post-file",
  "keepalive/closed-unread-then-get",
  "keepalive/closed-fin-first-then-reconnect",
  "continue/several-interim",
  "pipelined/two-in-one-write",
  "closedelim/http10-close-read",
  "tunnel/407",
  "tunnel/200-then-response",
  "debug/get",
  "source/loopback-any-port",
  "source/address-in-use",
  "blocksize/7-file-body",
  "record/sock-post-file",
  "record/fp-chunked",
  "bodies/large-bytes",
  "responses/too-many-headers-101",
  "lifetime/no-close-at-all",
  "responses/large-content-length-readline",
];
const GENERATED = 10;
const SEED = Number(process.env.WIRE_SEED ?? 20261204) >>> 0;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

test(
  `wire: ${SLICE.length} named scenarios (every known entry's evidence among them) + ${GENERATED} generated (seed ${SEED}), both sides, on Node 24`,
  async () => {
    const known = loadWireKnown();
    for (const e of known) expect(SLICE).toContain(e.evidence.scenario);
    const node = node24(); // throws (the test fails) when Node 24 is missing
    expect(spawnSync(node, ["--version"], { encoding: "utf8" }).stdout).toMatch(/^v2[4-9]\./);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wire-test-")), "report.json");
    const filter = `^(${SLICE.map(escape).join("|")}|gen-wire-${SEED}-\\d+)$`;
    const args = ["-r", "ts-node/register/transpile-only", "conformance/wire/run.ts", "--generated", String(GENERATED), "--seed", String(SEED), "--filter", filter, "--workers", "2", "--out", out, "--show", "10"];
    const r = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const c = spawn(node, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: "" } });
      let stdout = "";
      c.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      c.stderr.on("data", (d: Buffer) => (stdout += d.toString()));
      c.on("close", (code) => resolve({ code, stdout }));
    });
    const lines = r.stdout.trim().split("\n");
    const last = lines[lines.length - 1]!;
    const total = SLICE.length + GENERATED;
    // The runner's report (divergences, leaks) is in the message when this fails.
    expect(`${last}\n${r.code}`).toMatch(new RegExp(`^wire: ${total} scenarios, \\d+ identical, 0 divergent, \\d+ known\\n0$`));
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as WireDivergence[];
    // Every known entry is met in its evidence scenario, where the port's record is the
    // evidence: native CPython's (checked live by the runner too).
    for (const e of known) {
      const d = report.find((x) => x.name === e.evidence.scenario);
      // (an intermittent one may not happen: its scenario is then identical, not in the report)
      if (e.intermittent && d === undefined) continue;
      expect({ id: e.id, known: d?.known?.includes(e.id) ?? false }).toEqual({ id: e.id, known: true });
      expect({ id: e.id, ts: d!.step === e.evidence.record ? d!.ts : `record ${d!.step}` }).toEqual({ id: e.id, ts: e.evidence.native });
    }
  },
  240_000,
);
