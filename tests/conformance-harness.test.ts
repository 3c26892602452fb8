// The harness's own logic: comparison, known-divergence matching, generation and
// scenario loading (no Pyodide, no port).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { generate, generateOne } from "../conformance/generate";
import { canonical, firstDifference, loadKnown, loadScenarios, matchKnown, SCENARIOS_DIR } from "../conformance/run";
import type { Scenario, Trace } from "../conformance/types";

const sc = (steps: Scenario["steps"], name = "s"): Scenario => ({ name, steps });

describe("canonical", () => {
  test("ignores key order, keeps array order", () => {
    expect(canonical({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe(canonical({ a: [2, { c: 2, d: 1 }], b: 1 }));
    expect(canonical([1, 2])).not.toBe(canonical([2, 1]));
  });
});

describe("firstDifference", () => {
  const steps = [{ call: "request", args: ["GET", "/"] }, { call: "getresponse" }];
  test("equal traces", () => {
    const t: Trace = { name: "s", trace: [{ result: null }, { result: null }] };
    expect(firstDifference(sc(steps), t, { name: "s", trace: [{ result: null }, { result: null }] })).toBeNull();
  });
  test("finds the first differing record and its step", () => {
    const py: Trace = { name: "s", trace: [{ result: null, sent: { bytes: "a" } }, { result: null }] };
    const ts: Trace = { name: "s", trace: [{ sent: { bytes: "a" }, result: null }, { raises: { type: "X", message: "m" } }] };
    const d = firstDifference(sc(steps), py, ts)!;
    expect(d.step).toBe(1);
    expect(d.what).toEqual({ call: "getresponse" });
    expect(d.py).toEqual({ result: null });
    expect(d.ts).toEqual({ raises: { type: "X", message: "m" } });
  });
  test("a shorter trace differs where it ends", () => {
    const d = firstDifference(sc(steps), { name: "s", trace: [{ result: null }] }, { name: "s", trace: [{ result: null }, { result: null }] })!;
    expect(d.step).toBe(1);
    expect(d.py).toBeNull();
  });
  test("a driver error is a divergence", () => {
    const d = firstDifference(sc(steps), { name: "s", error: "bad scenario: x" }, { name: "s", error: "bad scenario: x" })!;
    expect(d.step).toBe(-1);
  });
});

describe("known divergences", () => {
  const known = loadKnown();
  test("every entry has an id and a reason", () => {
    expect(known.length).toBeGreaterThan(0);
    for (const k of known) expect(k.reason.length).toBeGreaterThan(20);
  });
  const tunnel = sc([{ call: "set_tunnel", args: ["evil\r\nx"] }, { call: "request", args: ["GET", "/"] }]);
  const connects = [["example.com", 80]];
  test("the 3.14.5 tunnel check matches only a tunnel scenario's connecting step", () => {
    const d = {
      name: "t",
      step: 1,
      what: tunnel.steps[1]!,
      py: { result: null, connects, sent: { bytes: "CONNECT ..." } },
      ts: { raises: { type: "ValueError", message: "Tunnel host can't contain control characters 'evil\\r\\nx'" }, connects },
    };
    expect(matchKnown(d, tunnel, known)?.id).toBe("tunnel-validation-3.14.5");
    // Without set_tunnel in the scenario, the same records are a real divergence.
    expect(matchKnown(d, sc(tunnel.steps.slice(1)), known)).toBeNull();
    // Another exception is not covered.
    expect(matchKnown({ ...d, ts: { raises: { type: "ValueError", message: "other" }, connects } }, tunnel, known)).toBeNull();
    // Nor a step that opens no connection.
    expect(matchKnown({ ...d, py: { result: null }, ts: { raises: d.ts.raises } }, tunnel, known)).toBeNull();
  });
});

describe("generate", () => {
  test("is deterministic per (seed, index)", () => {
    expect(generate(5, 30)).toEqual(generate(5, 30));
    expect(generateOne(5, 17)).toEqual(generate(5, 18)[17]);
    expect(canonical(generate(5, 30))).not.toBe(canonical(generate(6, 30)));
  });
  test("names are unique and scenarios are JSON", () => {
    const all = generate(1, 500);
    expect(new Set(all.map((s) => s.name)).size).toBe(500);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });
});

describe("loadScenarios", () => {
  test("reads every *.json of a folder in name order, objects and arrays", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "conf-"));
    fs.writeFileSync(path.join(dir, "b.json"), JSON.stringify({ name: "two", steps: [] }));
    fs.writeFileSync(path.join(dir, "a.json"), JSON.stringify([{ name: "zero", steps: [] }, { name: "one", steps: [] }]));
    fs.writeFileSync(path.join(dir, "c.txt"), "not a scenario");
    expect(loadScenarios(dir).map((s) => s.name)).toEqual(["zero", "one", "two"]);
  });
  test("the project's corpus has at least 150 uniquely named scenarios", () => {
    const names = loadScenarios(SCENARIOS_DIR).map((s) => s.name);
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(names).size).toBe(names.length);
  });
});
