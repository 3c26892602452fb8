// The runner's guards: no scenario file, however broken, may stop a conformance run; what
// cannot be run is reported as a divergent "bad scenario" and the rest still runs.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { exactIntegers, firstDifference, loadScenarios, preflight, runConformance, safeJson, scenarioName } from "../conformance/run";
import type { Scenario } from "../conformance/types";

function deep(n: number): unknown {
  let v: unknown = "x";
  for (let i = 0; i < n; i++) v = { list: [v] };
  return v;
}

describe("exactIntegers", () => {
  test("tags integer literals beyond 2**53-1, leaves strings, floats and safe ints alone", () => {
    const text = '{"a": "12345678901234567890", "b": [12345678901234567890, -9007199254740992, 9007199254740991, 1.5, 2e30, "\\"1e99\\""]}';
    expect(JSON.parse(exactIntegers(text))).toEqual({
      a: "12345678901234567890",
      b: [{ int: "12345678901234567890" }, { int: "-9007199254740992" }, 9007199254740991, 1.5, 2e30, '"1e99"'],
    });
  });
});

describe("loading and preflight", () => {
  test("a file that is not JSON becomes one bad scenario; the other files still load", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "conf-guards-"));
    fs.writeFileSync(path.join(dir, "a.json"), '{"name": "first", "steps": []}');
    fs.writeFileSync(path.join(dir, "b.json"), '[{"name": "broken", ');
    fs.writeFileSync(path.join(dir, "c.json"), '[{"name": "last", "steps": [{"call": "putheader", "args": ["X", 99999999999999999999]}]}]');
    const scs = loadScenarios(dir);
    expect(scs.map((s) => s.name)).toEqual(["first", "b.json", "last"]);
    expect(preflight(scs[0])).toBeNull();
    expect(preflight(scs[1])).toMatch(/b\.json: not JSON/);
    expect(scs[2]!.steps[0]!.args![1]).toEqual({ int: "99999999999999999999" });
  });

  test("a scenario too deep to serialise is refused before any driver sees it", () => {
    expect(preflight({ name: "deep", steps: [{ call: "send", args: [deep(20000)] }] })).toMatch(/not serialisable/);
    expect(safeJson(deep(20000))).toMatch(/^<not serialisable/);
  });

  test("names for reports, whatever the scenario is", () => {
    expect(scenarioName({ name: "n" })).toBe("n");
    expect(scenarioName(null)).toMatch(/without a string name: null/);
    expect(scenarioName({ name: 5 })).toMatch(/without a string name/);
  });
});

describe("firstDifference", () => {
  test("names the constructor when either side's constructor raised", () => {
    const sc: Scenario = { name: "c", steps: [{ get: "host" }, { get: "port" }] };
    const d = firstDifference(sc, { name: "c", trace: [{ result: "h" }, { result: 80 }] }, { name: "c", trace: [{ raises: { type: "TypeError", message: "x" } }] })!;
    expect(d.step).toBe(0);
    expect(d.what).toBeNull();
  });
});

describe("runConformance", () => {
  test("broken scenarios are counted divergent and the good ones still run (port side)", async () => {
    const good: Scenario = {
      name: "good",
      response: { bytes: "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" },
      steps: [{ call: "request", args: ["GET", "/"] }, { call: "getresponse" }, { target: "resp", call: "read" }],
    };
    const scenarios = [
      good,
      null as unknown as Scenario,
      { name: "deep", steps: [{ call: "send", args: [deep(20000)] }] } as unknown as Scenario,
      { name: "bad-tag", steps: [{ call: "send", args: [{ weird: 1 }] }] } as unknown as Scenario,
      { ...good, name: "good-again" },
    ];
    const summary = await runConformance({ scenarios, side: "ts", workers: 1, batchSize: 10, known: [], log: () => undefined });
    expect(summary.total).toBe(5);
    expect(summary.identical).toBe(2);
    expect(summary.divergent).toBe(3);
    expect(summary.ts![0]!.trace![2]).toEqual({ result: { bytes: "ok" } });
    expect(summary.ts![2]!.error).toMatch(/^bad scenario: not serialisable/);
    expect(summary.ts![4]!.trace![2]).toEqual({ result: { bytes: "ok" } });
  }, 60_000);
});
