// What every fuzz target shares: the input reader, the properties checked on each call
// (an exception is a Python exception, a call settles within a bound, memory stays bounded
// by the input) and the in-memory streams the port reads from.
//
// A target exports `fuzz(data)`, which Jazzer.js calls with each input (fuzz/run.js) and
// tests/fuzz_replay.test.ts calls with every saved input. It throws a Finding when a
// property fails; every Python exception the port raises is an expected outcome.

import { BaseException, TypeError, isBytesLike, stdout, typeName } from "../../src/builtins";
import type * as client from "../../src/http/client";
import * as io from "../../src/io";

/** A property the port broke on this input: what the fuzzer reports as a crash. */
export class Finding extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Finding";
  }
}

// Debug output (set_debuglevel) goes nowhere: the fuzzer's own output is on stderr.
stdout.write = () => {};

/**
 * The fuzz input, read as libFuzzer's FuzzedDataProvider reads it: small control values
 * from its end, payload bytes from its front. Past the end, values are 0 and payloads empty,
 * so a bare payload (an HTTP response as a seed) is a valid input with default choices.
 */
export class Input {
  private start = 0;
  private end: number;

  constructor(readonly data: Uint8Array) {
    this.end = data.length;
  }

  /** One control byte (0 when none is left). */
  byte(): number {
    return this.end > this.start ? this.data[--this.end]! : 0;
  }

  /** A choice among items. */
  pick<T>(items: readonly T[]): T {
    return items[this.byte() % items.length]!;
  }

  /** Whether the next control bit-byte is odd. */
  flag(): boolean {
    return (this.byte() & 1) === 1;
  }

  /** Up to n payload bytes (fewer when the input runs out). */
  bytes(n: number): Uint8Array {
    const take = Math.max(0, Math.min(n, this.end - this.start));
    const out = this.data.subarray(this.start, this.start + take);
    this.start += take;
    return out;
  }

  /** A payload of a length chosen by a control byte: 0 to 254, or 255 for everything left. */
  chunk(): Uint8Array {
    const n = this.byte();
    return this.bytes(n === 255 ? Infinity : n);
  }

  /** A payload as a str: its bytes as Latin-1, or as UTF-8 (any code point, lone surrogates through U+FFFD). */
  text(): string {
    const utf8 = this.flag();
    const b = Buffer.from(this.chunk());
    return utf8 ? b.toString("utf8") : b.toString("latin1");
  }

  /** Everything left of the payload. */
  rest(): Uint8Array {
    return this.bytes(Infinity);
  }
}

/**
 * FUZZ_TRACE=1 in the environment: each call and its outcome on stderr, one JSON record a
 * line ({"call", "value"} or {"call", "raises": [class, message]}), to see what an input does
 * (and to compare it with CPython running the same calls).
 */
const TRACE = !!process.env.FUZZ_TRACE;

/** A value as a trace records it: bytes as {"bytes": latin-1}, ints as {"int": digits}, objects by type name. */
function traceValue(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof Uint8Array) return { bytes: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("latin1") };
  if (typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v))) return { int: String(v) };
  if (typeof v === "string" || typeof v === "boolean" || typeof v === "number") return v;
  if (Array.isArray(v)) return v.map(traceValue);
  return { object: typeName(v) };
}

/** The outcome of one call: its value, or the Python exception it raised. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: BaseException };

/**
 * The CPU time (ms) one call may take, for an input of n bytes. CPython is linear in them
 * all; this is generous (a run under Jazzer's instrumentation is several times slower), so
 * that it catches what grows faster than the input, not a slow machine.
 */
export function callBound(n: number): number {
  return 1000 + n / 50; // ms: 1 s, plus 20 ms per KB
}

/**
 * Runs one call of the port and checks its properties: it uses at most `bound` ms of CPU
 * time (by default callBound(size), for an input of `size` bytes; CPU time, so that a loaded
 * machine does not count), a Promise it returns settles within 10 times that in wall time
 * (the port's in-memory streams never wait: a Promise still pending then never settles), and
 * what it throws is a Python exception. Returns its outcome.
 */
export async function call<T>(what: string, size: number, f: () => T | Promise<T>, bound = callBound(size)): Promise<Outcome<Awaited<T>>> {
  const cpu0 = process.cpuUsage();
  let outcome: Outcome<Awaited<T>>;
  try {
    const r = f();
    let value: Awaited<T>;
    if (r instanceof Promise) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Finding(`${what} did not settle within ${10 * bound} ms`)), 10 * bound);
      });
      try {
        value = await Promise.race([r, late]);
      } finally {
        clearTimeout(timer);
      }
    } else value = r as Awaited<T>;
    outcome = { ok: true, value };
  } catch (e) {
    if (e instanceof Finding) throw e;
    if (!(e instanceof BaseException)) {
      const detail = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : `thrown ${typeof e}: ${String(e)}`;
      throw new Finding(`${what} let a non-Python exception escape: ${detail}`);
    }
    outcome = { ok: false, error: e };
  }
  const cpu = process.cpuUsage(cpu0);
  const took = (cpu.user + cpu.system) / 1000;
  if (TRACE) process.stderr.write(JSON.stringify(outcome.ok ? { call: what, value: traceValue(outcome.value) } : { call: what, raises: [outcome.error.name, outcome.error.message] }) + "\n");
  if (took > bound) throw new Finding(`${what} took ${took.toFixed(0)} ms of CPU time (bound ${bound} ms for ${size} input bytes)`);
  return outcome;
}

/** Resident memory may grow by this much during one input of n bytes. */
export function memoryBound(n: number): number {
  return 256 * 2 ** 20 + 64 * n;
}

/**
 * Runs a target's body on one input and checks that resident memory did not grow past
 * memoryBound(input length) meanwhile (an allocation driven by a declared length touches
 * the memory it fills; libFuzzer's -rss_limit_mb bounds the run as a whole).
 */
export async function fuzzInput(data: Uint8Array, body: (input: Input) => Promise<void> | void): Promise<void> {
  const before = process.memoryUsage.rss();
  await body(new Input(data));
  const grew = process.memoryUsage.rss() - before;
  if (grew > memoryBound(data.length)) {
    throw new Finding(`resident memory grew by ${(grew / 2 ** 20).toFixed(0)} MiB on an input of ${data.length} bytes`);
  }
}

/** Sizes a caller would pass to read(n), peek(n) and the like: the edges and a few common ones. */
export const SIZES: readonly number[] = [-1, 0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 15, 16, 17, 31, 64, 100, 1000, 4095, 4096, 8192, 65535, 65536, 65537, 131072, 1 << 20, -2];

/**
 * One connection's bytes from the server, handed out at most `sizes[i]` at a time in turn
 * (a fragmenting network); shared by every reader made on the connection, as a socket's
 * byte stream is.
 */
export class Stream {
  pos = 0;
  private turn = 0;

  constructor(
    readonly data: Uint8Array,
    readonly sizes: readonly number[],
  ) {}

  take(n: number): Uint8Array {
    const remaining = this.data.length - this.pos;
    if (n <= 0 || remaining <= 0) return this.data.subarray(0, 0);
    if (this.sizes.length) n = Math.min(n, this.sizes[this.turn++ % this.sizes.length]!);
    n = Math.min(n, remaining);
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

/** What socket.makefile()'s SocketIO is to a real socket: a raw stream over a Stream. */
export class MemRaw extends io.RawIOBase {
  constructor(private readonly stream: Stream) {
    super();
  }

  override readable(): boolean {
    return true;
  }

  override readinto(b: Uint8Array): number {
    const data = this.stream.take(b.length);
    b.set(data, 0);
    return data.length;
  }
}

/** A BufferedReader whose methods are overridden, so that none of the port's fast paths take it: the plain path. */
export class PlainReader extends io.BufferedReader {
  override read(...args: Parameters<io.BufferedReader["read"]>): ReturnType<io.BufferedReader["read"]> {
    return super.read(...args);
  }
  override read1(...args: Parameters<io.BufferedReader["read1"]>): ReturnType<io.BufferedReader["read1"]> {
    return super.read1(...args);
  }
  override readline(...args: Parameters<io.BufferedReader["readline"]>): ReturnType<io.BufferedReader["readline"]> {
    return super.readline(...args);
  }
  override readinto(...args: Parameters<io.BufferedReader["readinto"]>): ReturnType<io.BufferedReader["readinto"]> {
    return super.readinto(...args);
  }
  override peek(...args: Parameters<io.BufferedReader["peek"]>): ReturnType<io.BufferedReader["peek"]> {
    return super.peek(...args);
  }
}

/**
 * A user's reader with only read(), readline() and close(), as duck typing allows: what
 * http.client calls beyond those (peek, read1, readinto, fileno, flush) raises CPython's
 * AttributeError naming this class.
 */
export class LineReader {
  private readonly inner: io.BytesIO;

  constructor(data: Uint8Array) {
    this.inner = new io.BytesIO(data);
  }

  read(n: number | null = -1): Buffer {
    return this.inner.read(n) as Buffer;
  }

  readline(limit: number | null = -1): Buffer {
    return this.inner.readline(limit) as Buffer;
  }

  close(): void {
    this.inner.close();
  }
}

/** The kinds of reader a socket's makefile() can give. */
export const READERS = ["buffered", "bytesio", "plain", "lines"] as const;
export type ReaderKind = (typeof READERS)[number];

/** A socket over a Stream: makefile() gives the chosen kind of reader; what is sent is kept. */
export class MemSocket {
  sent = 0;

  constructor(
    readonly stream: Stream,
    readonly reader: ReaderKind,
    readonly bufferSize: number = io.DEFAULT_BUFFER_SIZE,
  ) {}

  makefile(_mode = "r"): unknown {
    switch (this.reader) {
      case "buffered":
        return new io.BufferedReader(new MemRaw(this.stream), this.bufferSize);
      case "plain":
        return new PlainReader(new MemRaw(this.stream), this.bufferSize);
      case "bytesio": {
        const rest = this.stream.data.subarray(this.stream.pos);
        this.stream.pos = this.stream.data.length;
        return new io.BytesIO(rest);
      }
      case "lines": {
        const rest = this.stream.data.subarray(this.stream.pos);
        this.stream.pos = this.stream.data.length;
        return new LineReader(rest);
      }
    }
  }

  /** socket.sendall(): bytes-like data only, else CPython's TypeError (send() then iterates the data). */
  sendall(data: unknown): void {
    if (!isBytesLike(data)) throw new TypeError(`a bytes-like object is required, not '${typeName(data)}'`);
    this.sent += data.byteLength;
  }

  setsockopt(..._args: unknown[]): void {}

  close(): void {}
}

/** Makes conn connect through `make` (its socket factory, as tests replace it): in-memory sockets. */
export function connectThrough(conn: client.HTTPConnection, make: () => MemSocket): void {
  // (the port declares what a socket gives; these give duck-typed readers on purpose)
  conn._create_connection = make as unknown as client.HTTPConnection["_create_connection"];
}
