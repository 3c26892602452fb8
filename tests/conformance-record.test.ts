// Recorded calls (format v2) in both drivers: what a step records, how arguments and
// keywords are encoded, and that a malformed record field is a bad scenario on both sides.

import { callEntry, encodeArg, parseRecord, recordingClass, ScenarioError } from "../conformance/driver";
import { runConformance } from "../conformance/run";
import type { Call, Scenario } from "../conformance/types";
import { kwargs, tuple } from "../src/builtins";
import { BytesIO } from "../src/io";

describe("the port driver's recording helpers", () => {
  test("arguments: values as results are encoded, buffers by their contents, other objects by type name", () => {
    expect(encodeArg(Buffer.from("ab"))).toEqual({ bytes: "ab" });
    expect(encodeArg(new Uint8Array([1, 255]).subarray(1))).toEqual({ bytes: "\xff" });
    expect(encodeArg(tuple(["a", 1n]))).toEqual({ list: ["a", 1] });
    expect(encodeArg(new Map([["k", [1]]]))).toEqual({ dict: [["k", { list: [1] }]] });
    expect(encodeArg({ k: null })).toEqual({ dict: [["k", null]] });
    expect(encodeArg(new BytesIO(Buffer.from("x")))).toEqual({ repr: "BytesIO" });
    expect(encodeArg((function* () {})())).toEqual({ repr: "generator" });
    expect(encodeArg(2n ** 60n)).toEqual({ int: String(2n ** 60n) });
  });

  test("a trailing Kwargs is the call's keywords; a plain object is a positional dict", () => {
    expect(callEntry("conn.endheaders", [null, kwargs({ encode_chunked: false })])).toEqual(["conn.endheaders", [null], { encode_chunked: false }]);
    expect(callEntry("conn.putrequest", ["GET", "/", kwargs({})])).toEqual(["conn.putrequest", ["GET", "/"]]);
    expect(callEntry("conn.request", ["GET", "/", null, { A: "1" }])).toEqual(["conn.request", ["GET", "/", null, { dict: [["A", "1"]] }]]);
  });

  test("recordingClass overrides each hooked method, named as the base, and runs the inherited one", () => {
    class Base {
      static s(x: number): number {
        return x + 1;
      }
      m(x: number): number {
        return x * 2;
      }
      get g(): number {
        return 1;
      }
    }
    const calls: Call[] = [];
    const Sub = recordingClass(Base, "obj", ["m", "s"], calls);
    expect(Sub.name).toBe("Base");
    expect(new Sub().m(3)).toBe(6);
    expect((Sub as unknown as typeof Base).s(3)).toBe(4);
    expect(calls).toEqual([["obj.m", [3]], ["obj.s", [3]]]);
    expect(() => recordingClass(Base, "obj", ["g"], calls)).toThrow(ScenarioError); // an accessor is no method
    expect(() => recordingClass(Base, "obj", ["nope"], calls)).toThrow(ScenarioError);
  });

  test("parseRecord: hooks per object, each once; anything else is a bad scenario", () => {
    const sc = (record: unknown): Scenario => ({ name: "r", steps: [], record } as unknown as Scenario);
    expect(parseRecord({ name: "r", steps: [] })).toBeNull();
    expect(parseRecord(sc(["conn.send", "fp.read", "conn.send", "resp._safe_read"]))).toEqual({ conn: ["send"], resp: ["_safe_read"], fp: ["read"], sock: [] });
    for (const bad of ["conn.send", ["send"], ["socket.sendall"], ["conn."], [1]]) expect(() => parseRecord(sc(bad))).toThrow(ScenarioError);
  });
});

describe("both drivers", () => {
  const response = { bytes: "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc" };
  const steps: Scenario["steps"] = [{ call: "request", args: ["GET", "/"] }, { call: "getresponse" }, { target: "resp", call: "read" }];
  let summary: Awaited<ReturnType<typeof runConformance>>;

  beforeAll(async () => {
    const scenarios: Scenario[] = [
      { name: "rec", response, record: ["sock.sendall", "conn.putrequest", "resp._safe_read", "fp.read"], steps },
      { name: "rec-empty", response, record: [], steps },
      { name: "rec-not-a-list", response, record: "conn.send", steps } as unknown as Scenario,
      { name: "rec-unknown-object", response, record: ["socket.send"], steps },
      { name: "rec-no-such-method", response, record: ["conn.nope"], steps },
    ];
    summary = await runConformance({ scenarios, side: "both", workers: 1, batchSize: 10, known: [], log: () => {} });
  }, 120_000);

  test("record CPython's calls, step by step", () => {
    const py = summary.py![0]!;
    expect(py.trace!.map((r) => r.calls ?? [])).toEqual([
      [["conn.putrequest", ["GET", "/"]], ["sock.sendall", [{ bytes: "GET / HTTP/1.1\r\nHost: example.com\r\nAccept-Encoding: identity\r\n\r\n" }]]],
      [],
      [["resp._safe_read", [3]], ["fp.read", [3]]],
    ]);
    expect(summary.ts![0]).toEqual(py);
    expect(summary.ts![1]).toEqual(summary.py![1]); // an empty record: subclasses, no calls
    expect(summary.py![1]!.trace!.every((r) => r.calls === undefined)).toBe(true);
  });

  test("take a malformed record field as a bad scenario", () => {
    for (const i of [2, 3, 4]) {
      expect(summary.py![i]!.error).toMatch(/^bad scenario: record: /);
      expect(summary.ts![i]!.error).toMatch(/^bad scenario: record: /);
    }
    expect(summary.divergent).toBe(3);
  });
});
