// The port's driver of the conformance harness (see conformance/README.md): runs
// scenarios (format v2) through src/http/client.ts with the scripted in-memory server and
// records what the port does. It never adjusts a value to look like Python's: what the
// port returns or raises is what is recorded.
//
// Recorded calls (FORMAT.md, "Recording calls"): recordingClass() and encodeArg() are the
// wrapping and the argument encoding, importable by other harnesses.

import {
  StopIteration,
  TypeError as PyTypeError,
  AttributeError,
  normInt,
  pyClassName,
  kwargs as pyKwargs,
  Kwargs,
  stdout,
  tuple,
  typeName,
} from "../src/builtins";
import type { Call, Encoded, Raised, Scenario, Step, StepRecord, Trace } from "./types";

// The port's modules are loaded when the driver first runs, so that this file (and the
// runner's Python side) work before the port exists.
type AnyObj = any;

interface Port {
  client: AnyObj;
  io: AnyObj;
  Message: Function | null;
}

let port: Port | null = null;

/** Loads src/http/client and src/io; throws if the port is not there. */
export function loadPort(): Port {
  if (port) return port;
  const client = require("../src/http/client");
  const io = require("../src/io");
  let Message: Function | null = null;
  try {
    Message = require("../src/email/message").Message ?? null;
  } catch {
    Message = null;
  }
  port = { client, io, Message };
  return port;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The scenario does not follow the format: a harness error, never a record. */
export class ScenarioError extends Error {}

// ---------------------------------------------------------------------------
// Values

function latin1(s: unknown, what: string): Uint8Array {
  if (typeof s !== "string") throw new ScenarioError(`${what}: expected a string, got ${JSON.stringify(s)}`);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw new ScenarioError(`${what}: code point above 255 in ${JSON.stringify(s)}`);
    out[i] = c;
  }
  return out;
}

function* iter_body(items: unknown[]): Generator<unknown> {
  // A generator, as the format asks (Python's side yields from one too).
  for (const item of items) yield item;
}

// An object's own keys come back in insertion order unless they look like array
// indices (JS puts those first) or would touch the prototype: then a Map keeps order.
function needsMap(keys: unknown[]): boolean {
  return keys.some((k) => typeof k !== "string" || /^(0|[1-9][0-9]*)$/.test(k) || k === "__proto__");
}

/** An encoded JSON value -> the TypeScript value the port takes for it. */
export function decode(v: unknown): unknown {
  if (v === null || typeof v === "boolean" || typeof v === "string" || typeof v === "number") return v;
  // Lenient: a bare JSON array is a list (the Python side agrees).
  if (Array.isArray(v)) return v.map(decode);
  if (typeof v !== "object") throw new ScenarioError(`not an encoded value: ${JSON.stringify(v)}`);
  const entries = Object.entries(v as object);
  if (entries.length !== 1) throw new ScenarioError(`not an encoded value: ${JSON.stringify(v)}`);
  const [tag, x] = entries[0]!;
  const { io } = tag === "file" || tag === "textfile" ? loadPort() : { io: null };
  switch (tag) {
    case "bytes":
      return latin1(x, "bytes");
    case "base64":
      if (typeof x !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(x) || x.length % 4 !== 0) {
        throw new ScenarioError("base64: expected base64 text");
      }
      return new Uint8Array(Buffer.from(x, "base64"));
    case "bytearray":
      return latin1(x, "bytearray");
    case "int":
      if (typeof x !== "string" || !/^-?[0-9]+$/.test(x)) throw new ScenarioError(`int: expected digits, got ${JSON.stringify(x)}`);
      return normInt(BigInt(x));
    case "list":
    case "tuple":
    case "iter": {
      if (!Array.isArray(x)) throw new ScenarioError(`${tag}: expected an array`);
      const items = x.map(decode);
      // A tuple is marked (builtins.tuple) so that the port can tell it from a list, as
      // Python does in type names, reprs and '%' formatting.
      if (tag === "iter") {
        // Python's generator knows its __qualname__ (its repr shows it); give the JS one the same.
        const g = iter_body(items);
        Object.defineProperty(g, "__qualname__", { value: "iter_body" });
        return g;
      }
      return tag === "tuple" ? tuple(items) : items;
    }
    case "dict": {
      if (!Array.isArray(x) || !x.every((p) => Array.isArray(p) && p.length === 2)) {
        throw new ScenarioError("dict: expected an array of [key, value] pairs");
      }
      const pairs = (x as unknown[][]).map(([k, val]) => {
        // Python's dict refuses unhashable keys: a scenario with one is broken on both sides.
        const tag = k !== null && typeof k === "object" ? (Array.isArray(k) ? "list" : Object.keys(k)[0]) : null;
        const unhashable = { list: "list", dict: "dict", bytearray: "bytearray", buffer: "bytearray" }[tag as string];
        if (unhashable) throw new ScenarioError(`dict: cannot use '${unhashable}' as a dict key (unhashable type: '${unhashable}')`);
        return [decode(k), decode(val)] as [unknown, unknown];
      });
      if (needsMap(pairs.map((p) => p[0]))) {
        // Python's dict: equal keys are one key (first position, last value); bytes
        // keys are equal by content, which a Map of Uint8Arrays would not see.
        const map = new Map<unknown, unknown>();
        for (const [k, val] of pairs) {
          const same = k instanceof Uint8Array ? [...map.keys()].find((m) => m instanceof Uint8Array && Buffer.compare(m, k) === 0) : undefined;
          map.set(same ?? k, val);
        }
        return map;
      }
      const obj: Record<string, unknown> = {};
      for (const [k, val] of pairs) obj[k as string] = val;
      return obj;
    }
    case "file":
      return new io.BytesIO(latin1(x, "file"));
    case "textfile":
      if (typeof x !== "string") throw new ScenarioError("textfile: expected a string");
      return new io.StringIO(x);
    case "buffer":
      if (typeof x !== "number" || !Number.isInteger(x) || x < 0) throw new ScenarioError("buffer: expected a size");
      return new Uint8Array(x);
  }
  throw new ScenarioError(`unknown tag ${JSON.stringify(tag)}`);
}

function latin1String(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

function bytesOf(v: ArrayBufferView | ArrayBuffer): Uint8Array {
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function encodeInt(n: bigint): Encoded {
  return n >= -MAX_SAFE && n <= MAX_SAFE ? Number(n) : { int: n.toString() };
}

function isMessage(v: object): boolean {
  const M = port?.Message;
  if (M && v instanceof (M as new () => unknown)) return true;
  return false;
}

/** A value the port returned -> its JSON encoding (see README: Results). */
export function encode(v: unknown): Encoded {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case "boolean":
    case "string":
      return v;
    case "bigint":
      return encodeInt(v);
    case "number":
      if (Number.isInteger(v)) return Number.isSafeInteger(v) ? v : encodeInt(BigInt(v));
      return { float: Number.isNaN(v) ? "nan" : !Number.isFinite(v) ? (v > 0 ? "inf" : "-inf") : String(v) };
    case "function":
      return { object: "function" };
    case "symbol":
      return { object: "symbol" };
  }
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return { bytes: latin1String(bytesOf(v)) };
  if (Array.isArray(v)) return { list: v.map(encode) };
  if (isMessage(v as object)) {
    const items = (v as { items(): [unknown, unknown][] }).items();
    return { message: Array.from(items, ([k, x]) => [encode(k), encode(x)]) };
  }
  if (v instanceof Map) return { dict: [...v].map(([k, x]) => [encode(k), encode(x)]) };
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    return { dict: Object.entries(v as object).map(([k, x]) => [k, encode(x)]) };
  }
  // Python records type(v).__name__, which for a C type is its tp_name without the
  // module ("_io.BytesIO" -> "BytesIO").
  return { object: typeName(v).replace(/^.*\./, "") };
}

// ---------------------------------------------------------------------------
// Recorded calls

export const HOOK_OBJECTS = ["conn", "resp", "fp", "sock"] as const;
export type HookObject = (typeof HOOK_OBJECTS)[number];

/**
 * An argument of a recorded call -> its encoding: a value as in "Values" (a buffer by its
 * contents at the time of the call), any other object as {"repr": "TypeName"}.
 */
export function encodeArg(v: unknown): Encoded {
  if (v === null || v === undefined || typeof v !== "object") return typeof v === "function" ? { repr: "function" } : encode(v);
  if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return encode(v);
  if (Array.isArray(v)) return { list: v.map(encodeArg) };
  if (v instanceof Map) return { dict: [...v].map(([k, x]) => [encodeArg(k), encodeArg(x)]) };
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return { dict: Object.entries(v as object).map(([k, x]) => [k, encodeArg(x)]) };
  if (isMessage(v)) return encode(v);
  return { repr: typeName(v).replace(/^.*\./, "") };
}

/** One recorded call: Python's positional arguments, and its keywords (a trailing Kwargs) when any. */
export function callEntry(hook: string, args: readonly unknown[]): Call {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) {
    const positional = args.slice(0, -1).map(encodeArg);
    const names = Object.keys(last.values);
    if (!names.length) return [hook, positional];
    const kw: { [name: string]: Encoded } = {};
    for (const k of names) kw[k] = encodeArg(last.values[k]);
    return [hook, positional, kw];
  }
  return [hook, args.map(encodeArg)];
}

/** The method m that instances of C inherit (not an accessor), or undefined. */
function inheritedMethod(C: Function, m: string): Function | undefined {
  for (let p = C.prototype; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, m);
    if (d !== undefined) return typeof d.value === "function" ? d.value : undefined;
  }
  return undefined;
}

/** A static method of C or its bases (Python's staticmethod), or undefined. */
function staticMethod(C: Function, m: string): Function | undefined {
  for (let c: Function | null = C; c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const d = Object.getOwnPropertyDescriptor(c, m);
    if (d !== undefined) return typeof d.value === "function" && !FUNCTION_OWN.has(m) ? d.value : undefined;
  }
  return undefined;
}

/** Whether class C has method m (an instance method or a static one). */
export function hasMethod(C: Function, m: string): boolean {
  return inheritedMethod(C, m) !== undefined || staticMethod(C, m) !== undefined;
}

/** fn under the name m, recording each call as [hook, args(, kwargs)] before it runs. */
function recorder(m: string, hook: string, fn: Function, calls: Call[]): Function {
  return { [m](this: unknown, ...args: unknown[]) {
    calls.push(callEntry(hook, args));
    return fn.apply(this, args);
  } }[m]!;
}

/**
 * A subclass of Base (named as Base, or name) whose methods `methods` push
 * [prefix.method, args(, kwargs)] to calls, then run the inherited method.
 */
export function recordingClass<C extends abstract new (...args: never[]) => object>(Base: C, prefix: string, methods: readonly string[], calls: Call[], name: string = Base.name): C {
  const Sub = { [name]: class extends (Base as unknown as new (...args: unknown[]) => object) {} }[name]!;
  for (const m of methods) {
    const method = inheritedMethod(Base, m);
    const fn = method ?? staticMethod(Base, m);
    if (fn === undefined) throw new ScenarioError(`record: ${Base.name} has no method ${JSON.stringify(m)}`);
    // an instance method on the prototype; a static one (Python's staticmethod) on the class
    Object.defineProperty(method !== undefined ? Sub.prototype : Sub, m, { value: recorder(m, `${prefix}.${m}`, fn, calls), writable: true, configurable: true });
  }
  return Sub as unknown as C;
}

/** Wraps a callable instance attribute (HTTPConnection._create_connection) likewise. */
export function recordInstanceMethod(obj: Record<string, unknown>, prefix: string, name: string, calls: Call[]): void {
  const target = obj[name];
  if (typeof target !== "function") throw new ScenarioError(`record: ${pyClassName(obj)} has no method ${JSON.stringify(name)}`);
  obj[name] = recorder(name, `${prefix}.${name}`, target, calls);
}

/** The scenario's record field -> methods per object, or null when absent. */
export function parseRecord(sc: Scenario): Record<HookObject, string[]> | null {
  if (!("record" in sc)) return null;
  const hooks = sc.record;
  if (!Array.isArray(hooks)) throw new ScenarioError("record: expected an array of hooks");
  const out: Record<HookObject, string[]> = { conn: [], resp: [], fp: [], sock: [] };
  for (const h of hooks as unknown[]) {
    const dot = typeof h === "string" ? h.indexOf(".") : -1;
    if (typeof h !== "string" || dot < 0) throw new ScenarioError(`record: a hook is "<object>.<method>", got ${JSON.stringify(h)}`);
    const obj = h.slice(0, dot);
    const method = h.slice(dot + 1);
    if (!(HOOK_OBJECTS as readonly string[]).includes(obj) || !method) throw new ScenarioError(`record: unknown hook ${JSON.stringify(h)}`);
    const list = out[obj as HookObject];
    if (!list.includes(method)) list.push(method);
  }
  return out;
}

// Memory addresses are cut from Python's reprs; the same rule applies here.
export const ADDRESS = / at 0x[0-9a-fA-F]+>/g;

export function excRecord(e: unknown): Raised {
  if (e instanceof Error) {
    return { type: String(e.name), message: String(e.message).replace(ADDRESS, ">") };
  }
  return { type: `thrown ${typeof e}`, message: String(e) };
}

// ---------------------------------------------------------------------------
// The scripted server

/** One connection's byte stream from the server, shared by its makefile() readers. */
class Stream {
  pos = 0;
  turn = 0;
  constructor(
    readonly data: Uint8Array,
    readonly sizes: number[],
  ) {}

  take(n: number): Uint8Array {
    const remaining = this.data.length - this.pos;
    if (n <= 0 || remaining <= 0) return new Uint8Array(0);
    if (this.sizes.length) {
      const size = this.sizes[this.turn % this.sizes.length]!;
      this.turn++;
      n = Math.min(n, Math.max(size, 0));
    }
    n = Math.min(n, remaining);
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

/** What socket.makefile's SocketIO is to a real socket: one per makefile() call. */
function makeRaw(io: AnyObj, stream: Stream): AnyObj {
  const Base: new () => AnyObj = io.RawIOBase;
  class MemRaw extends Base {
    readable(): boolean {
      return true;
    }
    readinto(b: Uint8Array): number {
      const view = bytesOf(b);
      const data = stream.take(view.length);
      view.set(data, 0);
      return data.length;
    }
  }
  Object.defineProperty(MemRaw, "__pyname__", { value: "_RawStream" });
  return new MemRaw();
}

class MemSocket {
  // Python's driver calls it _MemSocket: reading conn.sock records that name.
  static readonly __pyname__: string = "_MemSocket";
  /** The class of the readers makefile() returns (a recording subclass with record). */
  static readerClass: (new (raw: unknown, size: number) => unknown) | null = null;

  constructor(
    private readonly stream: Stream,
    private readonly server: Server,
  ) {}

  async sendall(data: unknown): Promise<void> {
    if (!ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
      throw new PyTypeError(`a bytes-like object is required, not '${typeName(data)}'`);
    }
    const b = bytesOf(data);
    if (b.length) this.server.sent.push(Uint8Array.from(b));
  }

  makefile(_mode = "r"): unknown {
    const { io } = loadPort();
    const Reader = (this.constructor as typeof MemSocket).readerClass ?? io.BufferedReader;
    return new Reader(makeRaw(io, this.stream), io.DEFAULT_BUFFER_SIZE);
  }

  setsockopt(..._args: unknown[]): void {}

  close(): void {}
}

class Server {
  /** What was sent, one chunk per non-empty sendall(). */
  sent: Uint8Array[] = [];
  connects: unknown[][] = [];

  constructor(
    readonly responses: Uint8Array[],
    readonly sizes: number[],
    readonly Socket: typeof MemSocket = MemSocket,
  ) {}

  create_connection = (address: unknown, _timeout?: unknown, _sourceAddress?: unknown): MemSocket => {
    const i = this.connects.length;
    this.connects.push(Array.from(address as ArrayLike<unknown>));
    const data = i < this.responses.length ? this.responses[i]! : new Uint8Array(0);
    return new this.Socket(new Stream(data, this.sizes), this);
  };
}

// ---------------------------------------------------------------------------
// Scenarios

function scenarioStreams(sc: Scenario): Uint8Array[] {
  let raw: unknown[];
  if ("responses" in sc) {
    if (!Array.isArray(sc.responses)) throw new ScenarioError("responses: expected an array");
    raw = sc.responses;
  } else if ("response" in sc) raw = [sc.response];
  else raw = [];
  return raw.map((r) => {
    // Lenient: a plain string is taken as latin-1 bytes (the Python side agrees).
    if (typeof r === "string") return latin1(r, "response");
    const v = decode(r);
    if (!(v instanceof Uint8Array)) throw new ScenarioError(`response: expected a byte stream, got ${JSON.stringify(r)}`);
    return v;
  });
}

function sizesOf(sc: Scenario): number[] {
  const s = sc.recv_sizes ?? [];
  if (!Array.isArray(s) || !s.every((n) => Number.isInteger(n))) throw new ScenarioError("recv_sizes: expected an array of ints");
  return s;
}

/** Positional arguments, then the keyword arguments as one trailing options object. */
export function callArgs(step: { args?: unknown; kwargs?: unknown }): unknown[] {
  // Absent means none; present, even null, must be an array / an object (as in Python's driver).
  const args = "args" in step ? step.args : [];
  const kwargs = "kwargs" in step ? step.kwargs : {};
  if (!Array.isArray(args) || typeof kwargs !== "object" || kwargs === null || Array.isArray(kwargs)) {
    throw new ScenarioError("args must be an array and kwargs an object");
  }
  const out = args.map(decode);
  const names = Object.keys(kwargs);
  const last = out[out.length - 1];
  if (!names.length && last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype) {
    // A dict as the last positional argument: as a plain object the port would take it
    // for the options object (docs/conventions.md), so it is passed as a Map, in order.
    out[out.length - 1] = new Map(Object.entries(last));
  }
  if (names.length) {
    // builtins.kwargs(): explicitly keywords, so that the port binds them as Python does
    // (an unknown or duplicate keyword is its TypeError, never a positional object).
    const opts: Record<string, unknown> = {};
    for (const k of names) opts[k] = decode((kwargs as Record<string, unknown>)[k]);
    out.push(pyKwargs(opts));
  }
  return out;
}

// The API's shape (docs/conventions.md): these must return Promises...
const ASYNC = new Set(["request", "getresponse", "endheaders", "send", "connect", "begin", "read", "read1", "readinto", "readline", "readlines", "peek"]);
// ...and these must not.
const SYNC = new Set(["putrequest", "putheader", "close", "set_debuglevel", "set_tunnel", "getheader", "getheaders", "info", "isclosed", "fileno", "get_proxy_response_headers"]);

/** An API-shape failure of the port, recorded as a raise that no Python run produces. */
class DriverError extends Error {
  override name = "DriverError";
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return v !== null && (typeof v === "object" || typeof v === "function") && typeof (v as { then?: unknown }).then === "function";
}

const STEP_TIMEOUT_MS = 10_000;

async function settle<T>(p: PromiseLike<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DriverError(`${what} did not settle within ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function noAttribute(obj: object, name: unknown): AttributeError {
  return new AttributeError(`'${pyClassName(obj)}' object has no attribute '${name}'`);
}

// What every JS function has of its own, which no Python class attribute stands for.
const FUNCTION_OWN = new Set(["length", "name", "prototype", "caller", "arguments"]);

/**
 * Python's getattr(obj, name): the instance and its prototype chain, else a class
 * attribute, which is a static member in JS (e.g. a @staticmethod such as _is_textIO).
 */
function lookup(obj: AnyObj, name: unknown): { found: boolean; value?: unknown; bound?: boolean } {
  if (typeof name !== "string") throw new PyTypeError(`attribute name must be string, not '${typeName(name)}'`);
  // What every JS object inherits (toString, __proto__...) is no Python attribute, nor is
  // the `constructor` that every JS class prototype has of its own.
  let own = false;
  for (let o = name === "constructor" ? null : obj; o !== null && o !== undefined && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) {
      own = true;
      break;
    }
  }
  if (own) return { found: true, value: obj[name], bound: true };
  for (let c = obj?.constructor; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    if (!FUNCTION_OWN.has(name) && Object.prototype.hasOwnProperty.call(c, name)) return { found: true, value: c[name] };
  }
  return { found: false };
}

/**
 * Python's iteration step, next(obj), where the object has no __next__ but JS's iteration
 * protocol (an HTTPResponse is an async iterable of lines): the next item, or
 * StopIteration when it is done.
 */
async function jsNext(obj: AnyObj, args: unknown[]): Promise<unknown> {
  // Python's slot wrapper checks keywords before the count of positional arguments.
  if (args.length && args[args.length - 1] instanceof Kwargs) throw new PyTypeError("wrapper __next__() takes no keyword arguments");
  if (args.length) throw new PyTypeError(`expected 0 arguments, got ${args.length}`);
  const make = obj[Symbol.asyncIterator] ?? obj[Symbol.iterator];
  const r = await settle(Promise.resolve(make.call(obj).next()), "__next__()");
  if (r.done) throw new StopIteration();
  return r.value;
}

/** Calls method `name` of obj as Python's getattr(obj, name)(*args) would, awaiting it. */
export async function callMethod(obj: AnyObj, name: string, args: unknown[]): Promise<unknown> {
  if (name === "__next__" && !lookup(obj, name).found && (typeof obj[Symbol.asyncIterator] === "function" || typeof obj[Symbol.iterator] === "function")) {
    return jsNext(obj, args);
  }
  const found = lookup(obj, name);
  if (!found.found) throw noAttribute(obj, name);
  const fn = found.value as AnyObj;
  if (typeof fn !== "function") throw new PyTypeError(`'${typeName(fn)}' object is not callable`);
  let r: unknown;
  try {
    r = fn.apply(obj, args);
  } catch (e) {
    if (ASYNC.has(name)) throw new DriverError(`${name}() threw synchronously instead of returning a rejected Promise: ${excRecord(e).type}: ${excRecord(e).message}`);
    throw e;
  }
  if (isThenable(r)) {
    if (SYNC.has(name)) {
      await Promise.resolve(r).catch(() => undefined);
      throw new DriverError(`${name}() returned a Promise; it must be synchronous`);
    }
    return settle(r, `${name}()`);
  }
  if (ASYNC.has(name)) throw new DriverError(`${name}() returned a plain value; it must return a Promise`);
  return r;
}

export function getAttr(obj: AnyObj, name: string): unknown {
  const found = lookup(obj, name);
  if (!found.found) throw noAttribute(obj, name);
  return found.value;
}

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/**
 * A `get` step's record: a function reached through the instance or its class chain is
 * what Python's getattr returns as a bound method (type name "method"), as the driver's
 * own `_create_connection` is; a static member (a @staticmethod) stays a "function".
 */
export function encodeAttr(obj: AnyObj, name: string): Encoded {
  const found = lookup(obj, name);
  if (!found.found) throw noAttribute(obj, name);
  const v = found.value;
  if (typeof v === "function" && found.bound && !isClass(v)) return { object: "method" };
  return encode(v);
}

export const ATTRS = ["status", "reason", "version", "chunked", "chunk_left", "length", "will_close", "closed"];

/** A step's target name and object: conn, or resp (null before getresponse()). */
export function stepTarget(step: unknown, conn: AnyObj, resp: AnyObj): [string, AnyObj] {
  if (typeof step !== "object" || step === null) throw new ScenarioError("a step must be an object");
  const target = (step as Step).target ?? "conn";
  if (target === "resp") return [target, resp];
  if (target === "conn") return [target, conn];
  throw new ScenarioError(`unknown target ${JSON.stringify(target)}`);
}

/** The buffer a readinto step fills, when given as a buffer or bytearray (its bytes are recorded). */
export function readintoBuffer(step: Step, args: unknown[]): Uint8Array | null {
  if (step.call !== "readinto" || !(args[0] instanceof Uint8Array) || !step.args?.[0] || typeof step.args[0] !== "object") return null;
  const tag = Object.keys(step.args[0] as object)[0];
  return tag === "buffer" || tag === "bytearray" ? args[0] : null;
}

/** A `get` step's value: "attrs" (ATTRS and isclosed()) or one attribute. */
export async function getStep(obj: AnyObj, name: string): Promise<Encoded> {
  if (name !== "attrs") return encodeAttr(obj, name);
  const pairs: Encoded[] = ATTRS.map((a) => [a, encode(getAttr(obj, a))]);
  pairs.push(["isclosed", encode(await callMethod(obj, "isclosed", []))]);
  return { dict: pairs };
}

/** The connection class and the scripted socket's class of a scenario with record. */
function recordingClasses(hooks: Record<HookObject, string[]>, calls: Call[]): { Conn: AnyObj; Socket: typeof MemSocket } {
  const { client, io } = loadPort();
  const Reader = recordingClass(io.BufferedReader as new () => object, "fp", hooks.fp, calls);
  const Socket = recordingClass(MemSocket, "sock", hooks.sock, calls, "_MemSocket");
  Socket.readerClass = Reader as unknown as typeof MemSocket.readerClass;
  const Resp = recordingClass(client.HTTPResponse as new () => object, "resp", hooks.resp, calls);
  // a hook the class lacks may be an instance attribute (_create_connection): see runScenario
  const connMethods = hooks.conn.filter((m) => hasMethod(client.HTTPConnection, m));
  const Conn: AnyObj = recordingClass(client.HTTPConnection as new () => object, "conn", connMethods, calls);
  Conn.response_class = Resp;
  return { Conn, Socket };
}

/** Runs one scenario; ScenarioError when it breaks the format. */
export async function runScenario(sc: Scenario): Promise<StepRecord[]> {
  if (typeof sc !== "object" || sc === null || typeof sc.name !== "string") throw new ScenarioError("a scenario needs a string name");
  const { client } = loadPort();
  const hooks = parseRecord(sc);
  const calls: Call[] = [];
  let Conn: AnyObj = client.HTTPConnection;
  let Socket = MemSocket;
  if (hooks !== null) ({ Conn, Socket } = recordingClasses(hooks, calls));
  const server = new Server(scenarioStreams(sc), sizesOf(sc), Socket);
  // Python's driver reads `sc.get("connection") or {}`: any falsy value is no connection spec.
  const raw = sc.connection as unknown;
  const spec = (raw === undefined || raw === null || raw === false || raw === 0 || raw === "" || (Array.isArray(raw) && raw.length === 0) ? {} : raw) as Scenario["connection"] & object;
  if (typeof spec !== "object" || Array.isArray(spec)) throw new ScenarioError("connection: expected an object");
  const cargs = callArgs({ args: "args" in spec ? spec.args : ["example.com"], kwargs: "kwargs" in spec ? spec.kwargs : {} });
  const steps = "steps" in sc ? sc.steps : [];
  if (!Array.isArray(steps)) throw new ScenarioError("steps: expected an array");

  let conn: AnyObj;
  try {
    conn = new Conn(...cargs);
  } catch (e) {
    return [{ raises: excRecord(e) }];
  }
  conn._create_connection = server.create_connection;
  if (hooks !== null) {
    for (const m of hooks.conn) if (!hasMethod(Conn, m)) recordInstanceMethod(conn, "conn", m, calls);
  }
  if (sc.debuglevel !== undefined && sc.debuglevel !== null) conn.set_debuglevel(decode(sc.debuglevel));

  const trace: StepRecord[] = [];
  let resp: AnyObj = null;
  for (const step of steps as Step[]) {
    const [target, obj] = stepTarget(step, conn, resp);
    if (obj === null) {
      trace.push({ skipped: "no response" });
      continue;
    }

    const rec: StepRecord = {};
    calls.length = 0; // calls outside steps (construction, set_debuglevel) are not recorded
    const sentMark = server.sent.length;
    const connMark = server.connects.length;
    const response = await runStep(step, target, obj, rec);
    if (response !== NO_RESPONSE) resp = response;
    if (server.connects.length > connMark) rec.connects = server.connects.slice(connMark).map((a) => a.map(encode));
    if (server.sent.length > sentMark) {
      const parts = server.sent.slice(sentMark);
      rec.sent = encode(Buffer.concat(parts));
    }
    if (calls.length) rec.calls = calls.slice();
    trace.push(rec);
  }
  return trace;
}

export const NO_RESPONSE: unique symbol = Symbol("no response");

/**
 * Runs one step's call or get on obj (its target), its output captured: rec gets the result
 * or raises, the readinto buffer and stdout. Resolves to what conn.getresponse() returned
 * (recorded as null), else NO_RESPONSE.
 */
export async function runStep(step: Step, target: string, obj: AnyObj, rec: StepRecord): Promise<AnyObj | typeof NO_RESPONSE> {
  let out = "";
  let buf: Uint8Array | null = null;
  let response: AnyObj | typeof NO_RESPONSE = NO_RESPONSE;
  const saved = stdout.write;
  stdout.write = (s: string) => {
    out += s;
  };
  try {
    if (step.call !== undefined) {
      const name = step.call;
      const args = callArgs(step);
      buf = readintoBuffer(step, args);
      try {
        let result = await callMethod(obj, name, args);
        if (target === "conn" && name === "getresponse") {
          response = result;
          result = null;
        }
        rec.result = encode(result);
      } catch (e) {
        rec.raises = excRecord(e);
      }
    } else if (step.get !== undefined) {
      try {
        rec.result = await getStep(obj, step.get);
      } catch (e) {
        rec.raises = excRecord(e);
      }
    } else throw new ScenarioError("a step needs call or get");
  } finally {
    stdout.write = saved;
  }
  if (buf !== null) rec.buffer = encode(buf);
  const text = out.replace(ADDRESS, ">");
  if (text) rec.stdout = text;
  return response;
}

/** Runs scenarios one after another; a broken scenario or driver gives an `error` trace. */
export async function runBatch(scenarios: Scenario[], onDone?: (n: number) => void): Promise<Trace[]> {
  const traces: Trace[] = [];
  for (const sc of scenarios) {
    const name = (sc as { name?: unknown })?.name as string;
    try {
      traces.push({ name, trace: await runScenario(sc) });
    } catch (e) {
      if (e instanceof ScenarioError) traces.push({ name, error: `bad scenario: ${e.message}` });
      else traces.push({ name, error: `driver error: ${e instanceof Error ? e.stack ?? e.message : String(e)}` });
    }
    onDone?.(traces.length);
  }
  return traces;
}

