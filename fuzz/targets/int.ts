// int(): what http.client hands it (the status code, Content-Length, the port of
// "host:port", chunk sizes in base 16) and every other base, over str (Unicode digits and
// whitespace, underscores, signs, prefixes) and bytes; the digit limit of non-power-of-two
// bases (4300 digits) and the time taken by long power-of-two literals (linear in CPython).
//
// Input: the literal from the front, its type and base from the end.

import { PyInt, ValueError, int } from "../../src/builtins";
import { Finding, Input, callBound } from "./_harness";
import { BaseException } from "../../src/builtins";

const BASES = [10, 16, 0, 2, 8, 36, 10, 16, 3, 7, 32, 1, 37, -1, 4, 35];
/** Values read back through their decimal digits: those with at most 4300 (int()'s limit). */
const READBACK = 10n ** 4300n;

export function fuzz(data: Uint8Array): void {
  const input = new Input(data);
  const how = input.byte();
  const base = input.pick(BASES);
  const raw = Buffer.from(input.rest());
  // str as Latin-1 or UTF-8 (any code point), or bytes
  const x: string | Buffer = how % 3 === 0 ? raw : how % 3 === 1 ? raw.toString("latin1") : raw.toString("utf8");
  const cpu0 = process.cpuUsage();
  let value: PyInt | null = null;
  try {
    value = int(x, base);
  } catch (e) {
    if (!(e instanceof BaseException)) throw new Finding(`int() let a non-Python exception escape: ${e instanceof Error ? e.stack : String(e)}`);
    // int() raises ValueError for a literal (or base) it refuses, nothing else
    if (!(e instanceof ValueError)) throw new Finding(`int() raised ${e.name}: ${e.message}`);
  }
  // (a quarter of call()'s bound: int() is one pass over its literal in CPython)
  const cpu = process.cpuUsage(cpu0);
  const took = (cpu.user + cpu.system) / 1000;
  if (took > callBound(data.length) / 4) throw new Finding(`int() of ${raw.length} bytes took ${took.toFixed(0)} ms of CPU time`);
  if (value !== null) {
    // the value reads back: str(int) in base 10 is int's own
    if (typeof value === "number" && !Number.isSafeInteger(value)) throw new Finding(`int() gave an unsafe number ${value}`);
    if (typeof value === "bigint" && value >= -(2n ** 53n) + 1n && value <= 2n ** 53n - 1n) throw new Finding(`int() gave a bigint within the safe range ${value}`);
    if (typeof value === "number" || (value < READBACK && value > -READBACK)) {
      const digits = value.toString();
      if (BigInt(int(digits)) !== BigInt(value)) throw new Finding(`int(${digits}) does not read back`);
    }
  }
}
