// Replays every saved fuzz input without Jazzer: each target's fuzz() (fuzz/targets/) over
// its saved corpus (fuzz/corpus/NAME/) and its regression inputs (fuzz/regressions/NAME/,
// one test each: the inputs of crashes found and fixed). fuzz() throws a Finding when the
// port breaks a property (a non-Python exception, a call past its time bound, memory past
// its bound), so each input must run through without one.
import * as fs from "node:fs";
import * as path from "node:path";
import { Finding, Input, call } from "../fuzz/targets/_harness";
import { ValueError } from "../src/builtins";

type Target = (data: Uint8Array) => void | Promise<void>;

const fuzzDir = path.join(__dirname, "..", "fuzz");
const targets = fs
  .readdirSync(path.join(fuzzDir, "targets"))
  .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
  .map((f) => f.slice(0, -3))
  .sort();

function inputs(dir: string): [string, Buffer][] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((f): [string, Buffer] => [f, fs.readFileSync(path.join(dir, f))]);
}

function load(name: string): Target {
  return (require(path.join(fuzzDir, "targets", name)) as { fuzz: Target }).fuzz;
}

test("every target has saved inputs", () => {
  expect(targets).toEqual(["connection", "headers", "int", "request", "response"]);
  for (const name of targets) expect(inputs(path.join(fuzzDir, "corpus", name)).length).toBeGreaterThan(0);
});

describe.each(targets)("%s", (name) => {
  const corpus = inputs(path.join(fuzzDir, "corpus", name));
  const regressions = inputs(path.join(fuzzDir, "regressions", name));

  test(`saved corpus (${corpus.length} inputs)`, async () => {
    const fuzz = load(name);
    for (const [file, data] of corpus) {
      try {
        await fuzz(data);
      } catch (e) {
        throw new Error(`fuzz/corpus/${name}/${file}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }, 120000);

  if (regressions.length) {
    test.each(regressions)("regression %s", async (_file, data) => {
      await load(name)(data);
    });
  }
});

describe("the properties", () => {
  test("a JS error escaping a call is a Finding; a Python exception is an outcome", async () => {
    await expect(
      call("f()", 0, () => {
        throw new TypeError("x is not a function");
      }),
    ).rejects.toThrow(Finding);
    const r = await call("g()", 0, async () => {
      throw new ValueError("bad");
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBeInstanceOf(ValueError);
  });

  test("a call that never settles is a Finding", async () => {
    // (the wall-time limit is 10 times the CPU-time bound)
    await expect(call("h()", 0, () => new Promise(() => {}), 20)).rejects.toThrow(/did not settle within 200 ms/);
  });

  test("a call past its CPU-time bound is a Finding", async () => {
    const spin = () => {
      const t = process.cpuUsage();
      while (process.cpuUsage(t).user < 30000);
    };
    await expect(call("spin()", 0, spin, 10)).rejects.toThrow(/spin\(\) took \d+ ms of CPU time \(bound 10 ms/);
  });

  test("Input reads control bytes from the end and payload from the front", () => {
    const input = new Input(Buffer.from("abcdef\x02\x01"));
    expect(input.byte()).toBe(1);
    expect(Buffer.from(input.chunk()).toString()).toBe("ab");
    expect(Buffer.from(input.rest()).toString()).toBe("cdef");
    expect(input.byte()).toBe(0);
  });
});
