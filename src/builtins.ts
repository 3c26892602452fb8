// Ported from CPython 3.14.5 Objects/exceptions.c, Python/suggestions.c and other built-ins (PSF License; see LICENSE).
// What Python gives its library for free, as the port's values need it: the exception
// hierarchy, repr(), str(), int(), len(), type names, tuples, Python's comparisons and int
// arithmetic, dict and bytes operations, % formatting, raise ... from, print(), the
// latin-1 / ascii / idna codecs, and keyword arguments (one binder, bindKw, for every
// function of src/). Kept in one module so that the rest of src/ can read like the Lib/
// files it mirrors.

import { encode as idnaCodecEncode } from "./encodings/idna";

// ---------------------------------------------------------------------------
// Exceptions

/** Classes registered as extra bases of a class (Python's multiple inheritance). */
const extraBases = new Map<Function, Function[]>();

/**
 * Python's BaseException. `args` is the tuple of arguments; `message` is always
 * `str(exc)`, computed from the current state, as Python computes str() lazily.
 */
export class BaseException extends Error {
  args: unknown[];

  constructor(...args: unknown[]) {
    super();
    this.args = args;
  }

  /** Python's str(exc). */
  __str__(): string {
    if (this.args.length === 0) return "";
    if (this.args.length === 1) return str(this.args[0]);
    return repr(tuple(this.args));
  }

  /** Python's repr(exc). */
  __repr__(): string {
    const parts = this.args.map((a) => repr(a)).join(", ");
    return `${pyClassName(this)}(${parts})`;
  }

  override toString(): string {
    const s = this.__str__();
    return s ? `${pyClassName(this)}: ${s}` : pyClassName(this);
  }

  /** Declares `sub` a subclass of `base` besides its JS prototype chain. */
  static registerBase(sub: Function, base: Function): void {
    const list = extraBases.get(sub) ?? [];
    list.push(base);
    extraBases.set(sub, list);
  }

  static override [Symbol.hasInstance](obj: unknown): boolean {
    if (obj === null || (typeof obj !== "object" && typeof obj !== "function")) return false;
    if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
    if (extraBases.size === 0) return false;
    // Walk the prototype chain, following registered extra bases.
    const seen = new Set<Function>();
    const stack: Function[] = [];
    for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
      if (typeof p.constructor === "function") stack.push(p.constructor);
    }
    while (stack.length) {
      const c = stack.pop()!;
      if (seen.has(c)) continue;
      seen.add(c);
      if (c === this) return true;
      for (const b of extraBases.get(c) ?? []) {
        if (b === this || (b as { prototype: object }).prototype instanceof (this as never)) return true;
        stack.push(b);
        for (let p = Object.getPrototypeOf((b as { prototype: object }).prototype); p; p = Object.getPrototypeOf(p)) {
          if (typeof p.constructor === "function") stack.push(p.constructor);
        }
      }
    }
    return false;
  }
}

// `message` follows str(exc) at every read, and `name` is the Python class name.
Object.defineProperty(BaseException.prototype, "message", {
  get(this: BaseException) {
    return this.__str__();
  },
  set(this: BaseException, _v: string) {
    // Error's constructor and some tools assign message; str() stays computed.
  },
  configurable: true,
});
Object.defineProperty(BaseException.prototype, "name", {
  get(this: BaseException) {
    return pyClassName(this);
  },
  set(_v: string) {},
  configurable: true,
});

/** The Python class name of an object: a static `__pyname__`, else the JS name. */
export function pyClassName(obj: object): string {
  const ctor = (obj as { constructor?: { __pyname__?: string; name?: string } }).constructor;
  if (!ctor) return "object";
  if (Object.prototype.hasOwnProperty.call(ctor, "__pyname__")) return ctor.__pyname__!;
  return ctor.name || "object";
}

export class Exception extends BaseException {}
export class StopIteration extends Exception {}
export class ArithmeticError extends Exception {}
export class OverflowError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class MemoryError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  override __str__(): string {
    // KeyError's str() is the repr of its key.
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class UnicodeError extends ValueError {}

export class UnicodeEncodeError extends UnicodeError {
  encoding: string;
  object: string;
  start: number;
  end: number;
  reason: string;

  /** start/end are code point offsets, as in Python. */
  constructor(encoding: string, object: string, start: number, end: number, reason: string) {
    super(encoding, object, start, end, reason);
    this.encoding = encoding;
    this.object = object;
    this.start = start;
    this.end = end;
    this.reason = reason;
  }

  override __str__(): string {
    const chars = Array.from(this.object);
    if (this.start < chars.length && this.end === this.start + 1) {
      const cp = chars[this.start]!.codePointAt(0)!;
      let esc: string;
      if (cp <= 0xff) esc = "\\x" + hex(cp, 2);
      else if (cp <= 0xffff) esc = "\\u" + hex(cp, 4);
      else esc = "\\U" + hex(cp, 8);
      return `'${this.encoding}' codec can't encode character '${esc}' in position ${this.start}: ${this.reason}`;
    }
    return `'${this.encoding}' codec can't encode characters in position ${this.start}-${this.end - 1}: ${this.reason}`;
  }
}

export class UnicodeDecodeError extends UnicodeError {
  encoding: string;
  object: Uint8Array;
  start: number;
  end: number;
  reason: string;

  constructor(encoding: string, object: Uint8Array, start: number, end: number, reason: string) {
    super(encoding, object, start, end, reason);
    this.encoding = encoding;
    this.object = object;
    this.start = start;
    this.end = end;
    this.reason = reason;
  }

  override __str__(): string {
    if (this.start < this.object.length && this.end === this.start + 1) {
      return `'${this.encoding}' codec can't decode byte 0x${hex(this.object[this.start]!, 2)} in position ${this.start}: ${this.reason}`;
    }
    return `'${this.encoding}' codec can't decode bytes in position ${this.start}-${this.end - 1}: ${this.reason}`;
  }
}

/** Python's OSError: OSError(errno, strerror[, filename]) or plain args. */
export class OSError extends Exception {
  errno: number | null = null;
  strerror: string | null = null;
  filename: unknown = null;

  constructor(...args: unknown[]) {
    super(...args);
    if (args.length >= 2 && args.length <= 5 && typeof args[0] === "number") {
      this.errno = args[0];
      this.strerror = str(args[1]);
      if (args.length >= 3) {
        this.filename = args[2];
        // Python keeps args as (errno, strerror) when a filename is given.
        this.args = [args[0], args[1]];
      }
      // OSError(errno, ...) itself makes the subclass for errno, as OSError.__new__ does.
      const sub = new.target === OSError ? ERRNO_SUBCLASS.get(args[0]) : undefined;
      if (sub !== undefined) return new sub(...args);
    }
  }

  override __str__(): string {
    if (this.errno !== null && this.strerror !== null) {
      if (this.filename !== null && this.filename !== undefined) {
        return `[Errno ${this.errno}] ${this.strerror}: ${repr(this.filename)}`;
      }
      return `[Errno ${this.errno}] ${this.strerror}`;
    }
    return super.__str__();
  }

  /**
   * Extension for Node users: Node's name of the error ("ECONNREFUSED", "ETIMEDOUT"),
   * derived from errno as Python's errno.errorcode names it, or from the class when errno
   * is None (a TimeoutError is "ETIMEDOUT"); undefined when there is none. Not in args,
   * str() or repr(). Assigning it stores the value on the instance.
   */
  get code(): string | undefined {
    return this._nodeCode();
  }

  set code(value: string | undefined) {
    Object.defineProperty(this, "code", { value, writable: true, enumerable: true, configurable: true });
  }

  /** What `code` gives; subclasses whose errno is no system errno (gaierror, SSLError) override it. */
  protected _nodeCode(): string | undefined {
    const n = this.errno;
    if (typeof n === "number") return ERRORCODE[n] || undefined;
    for (const [cls, code] of CLASS_CODES) if (this instanceof cls) return code;
    return undefined;
  }
}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class TimeoutError extends OSError {}
export class FileNotFoundError extends OSError {}
export class FileExistsError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class ChildProcessError extends OSError {}
export class InterruptedError extends OSError {}
export class BlockingIOError extends OSError {}

/** Linux errno numbers to names: Python's errno.errorcode on Linux (names as Node's codes too). */
const ERRORCODE: readonly string[] = (
  " EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EAGAIN ENOMEM EACCES EFAULT" +
  " ENOTBLK EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY EFBIG ENOSPC" +
  " ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLOCK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY ELOOP  ENOMSG" +
  " EIDRM ECHRNG EL2NSYNC EL3HLT EL3RST ELNRNG EUNATCH ENOCSI EL2HLT EBADE EBADR EXFULL ENOANO EBADRQC" +
  " EBADSLT  EBFONT ENOSTR ENODATA ETIME ENOSR ENONET ENOPKG EREMOTE ENOLINK EADV ESRMNT ECOMM EPROTO" +
  " EMULTIHOP EDOTDOT EBADMSG EOVERFLOW ENOTUNIQ EBADFD EREMCHG ELIBACC ELIBBAD ELIBSCN ELIBMAX ELIBEXEC" +
  " EILSEQ ERESTART ESTRPIPE EUSERS ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT" +
  " ESOCKTNOSUPPORT ENOTSUP EPFNOSUPPORT EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN ENETUNREACH" +
  " ENETRESET ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ESHUTDOWN ETOOMANYREFS ETIMEDOUT" +
  " ECONNREFUSED EHOSTDOWN EHOSTUNREACH EALREADY EINPROGRESS ESTALE EUCLEAN ENOTNAM ENAVAIL EISNAM" +
  " EREMOTEIO EDQUOT ENOMEDIUM EMEDIUMTYPE ECANCELED ENOKEY EKEYEXPIRED EKEYREVOKED EKEYREJECTED" +
  " EOWNERDEAD ENOTRECOVERABLE ERFKILL"
).split(" ");

/** The errno a subclass stands for, for `code` when errno is None (first match wins). */
const CLASS_CODES: ReadonlyArray<readonly [Function, string]> = [
  [TimeoutError, "ETIMEDOUT"],
  [ConnectionResetError, "ECONNRESET"],
  [ConnectionRefusedError, "ECONNREFUSED"],
  [ConnectionAbortedError, "ECONNABORTED"],
  [BrokenPipeError, "EPIPE"],
  [FileNotFoundError, "ENOENT"],
  [InterruptedError, "EINTR"],
];

/** Python's errnomap: the OSError subclass OSError(errno, ...) makes, by Linux errno. */
const ERRNO_SUBCLASS: ReadonlyMap<number, new (...args: unknown[]) => OSError> = new Map<number, new (...args: unknown[]) => OSError>([
  [11, BlockingIOError], // EAGAIN, EWOULDBLOCK
  [114, BlockingIOError], // EALREADY
  [115, BlockingIOError], // EINPROGRESS
  [10, ChildProcessError], // ECHILD
  [32, BrokenPipeError], // EPIPE
  [108, BrokenPipeError], // ESHUTDOWN
  [103, ConnectionAbortedError], // ECONNABORTED
  [111, ConnectionRefusedError], // ECONNREFUSED
  [104, ConnectionResetError], // ECONNRESET
  [17, FileExistsError], // EEXIST
  [2, FileNotFoundError], // ENOENT
  [21, IsADirectoryError], // EISDIR
  [20, NotADirectoryError], // ENOTDIR
  [4, InterruptedError], // EINTR
  [13, PermissionError], // EACCES
  [1, PermissionError], // EPERM
  [3, ProcessLookupError], // ESRCH
  [110, TimeoutError], // ETIMEDOUT
]);

// ---------------------------------------------------------------------------
// Values

/** A Python tuple: a frozen array marked so that repr() uses parentheses. */
export type Tuple<T = unknown> = readonly T[] & { readonly __tuple__: true };

export function tuple<T>(items: readonly T[]): Tuple<T> {
  const t = items.slice() as unknown as Tuple<T> & { __tuple__: true };
  Object.defineProperty(t, "__tuple__", { value: true, enumerable: false });
  return Object.freeze(t) as Tuple<T>;
}

export function isTuple(v: unknown): v is Tuple {
  return Array.isArray(v) && (v as { __tuple__?: boolean }).__tuple__ === true;
}

/** bytes-like: any ArrayBufferView or ArrayBuffer. */
export function isBytesLike(v: unknown): v is ArrayBufferView | ArrayBuffer {
  return ArrayBuffer.isView(v) || isArrayBuffer(v);
}

/** instanceof ArrayBuffer fails across realms (jest's vm contexts), the tag does not. */
export function isArrayBuffer(v: unknown): v is ArrayBuffer {
  return v instanceof ArrayBuffer || Object.prototype.toString.call(v) === "[object ArrayBuffer]";
}

/** A Buffer view of any bytes-like value, sharing memory. */
export function asBuffer(v: ArrayBufferView | ArrayBuffer): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (isArrayBuffer(v)) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/** Python's type name of a JS value, as type(v).__name__ would print it. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  switch (typeof v) {
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "number":
      return Number.isInteger(v) ? "int" : "float";
    case "function":
      return "function";
    case "symbol":
      return "symbol";
  }
  if (isTuple(v)) return "tuple";
  if (Array.isArray(v)) return "list";
  if (v instanceof Uint8Array) return "bytes";
  if (isArrayBuffer(v)) return "bytes";
  if (ArrayBuffer.isView(v)) return "memoryview";
  if (v instanceof Map) return "dict";
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return "dict";
  const tag = Object.prototype.toString.call(v);
  if (tag === "[object Generator]") return "generator";
  if (tag === "[object AsyncGenerator]") return "async_generator";
  // A class standing for a C type names itself as CPython's tp_name ("_io.BytesIO").
  const ctor = (v as { constructor?: { __tpname__?: string } }).constructor;
  if (ctor && Object.prototype.hasOwnProperty.call(ctor, "__tpname__")) return ctor.__tpname__!;
  return pyClassName(v as object);
}

/** AttributeError for obj.name that obj lacks, with CPython's message ("'T' object has no attribute 'name'"). */
export function noAttribute(obj: unknown, name: string): AttributeError {
  return new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

/**
 * The receiver of a call `obj.name(...)` that Python code makes on an object it was given
 * (a socket, a file, a body) or on None: obj when it has that method, else what Python
 * raises before calling anything (AttributeError from noAttribute() for a missing attribute,
 * TypeError "'T' object is not callable" for one that is not a function). Call sites read
 * `pyattr(fp, "peek").peek!(n)`: one property check, only where the object is the caller's.
 */
export function pyattr<T>(obj: T, name: string): NonNullable<T> {
  const f = obj === null || obj === undefined ? undefined : (obj as Record<string, unknown>)[name];
  if (typeof f !== "function") {
    if (f === undefined) throw noAttribute(obj, name);
    throw new TypeError(`'${typeName(f)}' object is not callable`);
  }
  return obj as NonNullable<T>;
}

/** module.qualname as repr() of a type or an object prints it: "_io.BytesIO", "int". */
function qualifiedTypeName(v: unknown): string {
  const ctor = v !== null && typeof v === "object" ? (v as { constructor?: { __module__?: string } }).constructor : undefined;
  if (ctor && Object.prototype.hasOwnProperty.call(ctor, "__module__") && ctor.__module__ !== "builtins") {
    return `${ctor.__module__}.${pyClassName(v as object)}`;
  }
  return typeName(v);
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

const NONPRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (ch !== " " && NONPRINTABLE.test(ch)) {
      if (cp <= 0xff) out += "\\x" + hex(cp, 2);
      else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
      else out += "\\U" + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr() of bytes (prefix "b"), or of a bytearray with prefix "bytearray(". */
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0x27) hasSingle = true;
    else if (b[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const q = quote.charCodeAt(0);
  let out = "b" + quote;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === q || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** Python's repr() of a value as the port represents it. */
export function repr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  switch (typeof v) {
    case "string":
      return reprStr(v);
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "number":
      return reprNumber(v);
  }
  if (v instanceof BaseException) return v.__repr__();
  if (typeof (v as { __repr__?: unknown }).__repr__ === "function") {
    return (v as { __repr__: () => string }).__repr__();
  }
  if (isTuple(v)) {
    if (v.length === 1) return `(${repr(v[0])},)`;
    return `(${v.map(repr).join(", ")})`;
  }
  if (Array.isArray(v)) return `[${v.map(repr).join(", ")}]`;
  if (v instanceof Uint8Array) return reprBytes(v);
  if (isArrayBuffer(v)) return reprBytes(new Uint8Array(v));
  if (v instanceof Map) {
    return `{${[...v].map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ")}}`;
  }
  if (typeof v === "function") return `<class '${(v as { __pyname__?: string }).__pyname__ ?? v.name}'>`;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    return `{${Object.entries(v as object).map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(", ")}}`;
  }
  const tn = qualifiedTypeName(v);
  if (tn === "generator" || tn === "async_generator") {
    // Python prints the generator's __qualname__; a JS generator carries one only if given it.
    const q = (v as { __qualname__?: unknown }).__qualname__;
    return typeof q === "string" ? `<${tn} object ${q}>` : `<${tn} object>`;
  }
  return `<${tn} object>`;
}

function reprNumber(n: number): string {
  if (Number.isInteger(n)) return Object.is(n, -0) ? "-0.0" : n.toString();
  if (Number.isNaN(n)) return "nan";
  if (!Number.isFinite(n)) return n > 0 ? "inf" : "-inf";
  return n.toString();
}

/** Python's str() of a value as the port represents it. */
export function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof BaseException) return v.__str__();
  if (v !== null && typeof v === "object" && typeof (v as { __str__?: unknown }).__str__ === "function") {
    return (v as { __str__: () => string }).__str__();
  }
  return repr(v);
}

/** Python's `'%r' % (type(v),)`: "<class 'int'>". */
export function reprType(v: unknown): string {
  return `<class '${qualifiedTypeName(v)}'>`;
}

// ---------------------------------------------------------------------------
// int()

/** An int kept exact: a number while it is a safe integer, a bigint beyond. */
export type PyInt = number | bigint;

/** Normalises a bigint to a number when it is a safe integer. */
export function normInt(v: bigint): PyInt {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** Py_ISSPACE: the ASCII whitespace PyLong_FromString strips around a literal. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** Py_UNICODE_ISSPACE beyond ASCII: what int() reads as a space in a str (U+001C..U+001F are not). */
function isUnicodeSpace(c: number): boolean {
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** sys.get_int_max_str_digits() default: longer decimal strings are refused. */
const INT_MAX_STR_DIGITS = 4300;

/**
 * Python's int(x, base) for str or bytes; raises ValueError with CPython's message.
 * The result is a number when safe, else a bigint, so large values stay exact.
 */
export function int(x: string | Uint8Array | number | bigint, base = 10): PyInt {
  if (typeof x === "number") {
    if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
    return Math.trunc(x);
  }
  if (typeof x === "bigint") return normInt(x);
  if (!Number.isInteger(base)) throw new TypeError(`'${typeName(base)}' object cannot be interpreted as an integer`);
  if (base !== 0 && (base < 2 || base > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
  const isStr = typeof x === "string";
  // bytes: only ASCII digits count; other bytes make it invalid.
  const s = isStr ? x : latin1Decode(x);
  // The common case, a short run of decimal digits, needs none of the general rules.
  if (base === 10) {
    const v = shortDecimal(s);
    if (v >= 0) return v;
  }
  // Likewise a short run of hex digits in base 16 (a chunk-size line: CRLF is whitespace to int()).
  if (base === 16 && s.length < 20) {
    const m = SHORT_HEX.exec(s);
    if (m !== null) return parseInt(m[1]!, 16);
  }
  const r = parseIntStr(isStr ? asciiLiteral(s) : s, base);
  if (r === null) {
    // (CPython formats the literal with %.200R: its repr cut to 200 characters)
    const r = isStr ? reprStr(x) : reprBytes(x);
    throw new ValueError(`invalid literal for int() with base ${base}: ${r.length > 200 ? Array.from(r).slice(0, 200).join("") : r}`);
  }
  return r;
}

/** The value of s when it is 1 to 15 ASCII digits (below 2**53: exact), else -1; a loop costs less than a regex and ToNumber. */
function shortDecimal(s: string): number {
  const n = s.length;
  if (n === 0 || n > 15) return -1;
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}
/** 1 to 13 hex digits (below 2**53) between ASCII spaces, tabs, CRs and LFs, which int() strips. */
const SHORT_HEX = /^[ \t\r\n]*([0-9a-fA-F]{1,13})[ \t\r\n]*$/;

function digitValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp >= 0x61 && cp <= 0x7a) return cp - 0x61 + 10;
  if (cp >= 0x41 && cp <= 0x5a) return cp - 0x41 + 10;
  return -1;
}

/**
 * Decimal value of a Unicode decimal digit (category Nd), or -1. Unicode assigns
 * Nd only in contiguous runs of ten, 0 to 9, so the value is the offset from the
 * start of the contiguous Nd block, modulo ten.
 */
function unicodeDecimal(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let d = decimalCache.get(cp);
  if (d === undefined) {
    const ND = /^\p{Nd}$/u;
    if (!ND.test(ch)) d = -1;
    else {
      let start = cp;
      while (ND.test(String.fromCodePoint(start - 1))) start--;
      d = (cp - start) % 10;
    }
    if (decimalCache.size < 4096) decimalCache.set(cp, d);
  }
  return d;
}

/** unicodeDecimal()'s answers so far (a long literal repeats a few code points). */
const decimalCache = new Map<number, number>();

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: a str literal with its Unicode decimal digits
 * made ASCII digits and its Unicode spaces " " (characters below U+007F kept as they are),
 * or null at a character that is neither (the literal is then invalid). int() of a str
 * parses this ASCII form, so "\u0966x10" is 0x10 in base 0.
 */
function asciiLiteral(s: string): string | null {
  const i = s.search(BEYOND_ASCII);
  if (i < 0) return s;
  let out = s.slice(0, i);
  for (const ch of s.slice(i)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x7f) out += ch;
    else if (isUnicodeSpace(c)) out += " ";
    else {
      const d = unicodeDecimal(ch);
      if (d < 0) return null;
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}

const BEYOND_ASCII = /[^\x00-\x7e]/;

/**
 * PyLong_FromString over a literal of one byte per character (bytes as Latin-1, or a str's
 * asciiLiteral()): its value, or null when it is invalid. Linear in the literal.
 */
function parseIntStr(input: string | null, base: number): PyInt | null {
  if (input === null) return null;
  let i = 0;
  let j = input.length;
  while (i < j && isAsciiSpace(input.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(input.charCodeAt(j - 1))) j--;
  let s = input.slice(i, j);
  let neg = false;
  if (s.startsWith("+") || s.startsWith("-")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  if (base === 0 || base === 16 || base === 8 || base === 2) {
    const m = /^0([xXoObB])/.exec(s);
    if (m) {
      const p = m[1]!.toLowerCase();
      const pb = p === "x" ? 16 : p === "o" ? 8 : 2;
      if (base === 0 || base === pb) {
        base = pb;
        s = s.slice(2);
        // After a prefix, one leading underscore is allowed.
        if (s.startsWith("_")) s = s.slice(1);
        if (s === "") return null;
      }
    } else if (base === 0) {
      base = 10;
      // base 0: a leading zero forbids other digits ("010" is invalid; "0_0" is zero).
      if (s.startsWith("0") && !/^[0_]+$/.test(s)) return null;
    }
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) return null;
  const plain = s.includes("_") ? s.replace(/_/g, "") : s;
  const ascii = ASCII_DIGITS[base];
  let v: PyInt;
  if (ascii !== undefined && ascii.test(plain)) {
    // ASCII digits of base 2, 8, 10 or 16: what JS's own BigInt parse reads, in linear time
    // (the 4300-digit limit of base 10 checked first)
    v = base === 10 && plain.length > INT_MAX_STR_DIGITS ? digitsValue(Array.from(plain, Number), 10) : normInt(BigInt(ASCII_PREFIX[base]! + plain));
  } else {
    // Every digit is checked first, as CPython does: an invalid literal is that, however long.
    const digits: number[] = [];
    for (let k = 0; k < plain.length; k++) {
      const d = digitValue(plain.charCodeAt(k));
      if (d < 0 || d >= base) return null;
      digits.push(d);
    }
    v = digitsValue(digits, base);
  }
  return neg ? (typeof v === "bigint" ? normInt(-v) : v === 0 ? 0 : -v) : v;
}

/** The literals JS's BigInt() reads, by base: ASCII digits with a prefix. */
const ASCII_DIGITS: Record<number, RegExp> = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ };
const ASCII_PREFIX: Record<number, string> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };

/** The value of digits (most significant first) in base, in time linear in their count for the power-of-two bases. */
function digitsValue(digits: readonly number[], base: number): PyInt {
  const n = digits.length;
  if (n * Math.log2(base) < 53) {
    let v = 0;
    for (const d of digits) v = v * base + d;
    return v;
  }
  if ((base & (base - 1)) === 0) {
    // As CPython's long_from_binary_base: linear, and without a digit limit.
    const bits = Math.log2(base);
    let binary = "0b";
    for (const d of digits) binary += d.toString(2).padStart(bits, "0");
    return normInt(BigInt(binary));
  }
  // CPython limits the digits of non-power-of-two bases (CVE-2020-10735).
  if (n > INT_MAX_STR_DIGITS) {
    throw new ValueError(
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (base === 10) return normInt(BigInt(digits.join("")));
  const bigBase = BigInt(base);
  let acc = 0n;
  for (const d of digits) acc = acc * bigBase + BigInt(d);
  return normInt(acc);
}


// ---------------------------------------------------------------------------
// Codecs

/** str.encode("latin-1") (also "iso-8859-1"); raises UnicodeEncodeError. */
export function latin1Encode(s: string, encoding = "latin-1"): Buffer {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) > 0xff) throwEncodeError(encoding, s, i, "ordinal not in range(256)", 0xff);
  }
  return Buffer.from(s, "latin1");
}

/** str.encode("ascii"); raises UnicodeEncodeError. */
export function asciiEncode(s: string): Buffer {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) > 0x7f) throwEncodeError("ascii", s, i, "ordinal not in range(128)", 0x7f);
  }
  return Buffer.from(s, "latin1");
}

/** Raises the UnicodeEncodeError for the run of unencodable characters at UTF-16 index i. */
function throwEncodeError(encoding: string, s: string, i: number, reason: string, max: number): never {
  // Python positions count code points, and the error covers the whole run.
  const start = Array.from(s.slice(0, i)).length;
  const chars = Array.from(s);
  let end = start;
  while (end < chars.length && chars[end]!.codePointAt(0)! > max) end++;
  throw new UnicodeEncodeError(encoding, s, start, end, reason);
}

/** bytes.decode("latin-1"): never fails. */
export function latin1Decode(b: Uint8Array): string {
  return asBuffer(b).toString("latin1");
}

/** bytes.decode("ascii"); raises UnicodeDecodeError. */
export function asciiDecode(b: Uint8Array): string {
  for (let i = 0; i < b.length; i++) {
    if (b[i]! > 0x7f) {
      let end = i + 1;
      // CPython reports one byte at a time for ascii.
      throw new UnicodeDecodeError("ascii", b, i, end, "ordinal not in range(128)");
    }
  }
  return asBuffer(b).toString("latin1");
}

/**
 * str.encode("idna"): IDNA 2003 ToASCII with nameprep, label by label, as Python's codec
 * (src/encodings/idna.ts); raises UnicodeEncodeError with Python's reasons and positions.
 */
export function idnaEncode(s: string): Buffer {
  return idnaCodecEncode(s)[0];
}

/** Python's str.title() for ASCII names, as _encode uses it ("body" -> "Body"). */
export function title(s: string): string {
  return s.replace(/[A-Za-z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/**
 * A new bytes object of n bytes, as PyBytes_FromStringAndSize(NULL, n) makes one: MemoryError
 * where the allocation fails (CPython's malloc of more than the machine has; Node's largest
 * Buffer is smaller: 4 GiB on Node 20 and 22).
 */
export function allocBytes(n: number, zeroed = false): Buffer {
  try {
    return zeroed ? Buffer.alloc(n) : Buffer.allocUnsafe(n);
  } catch (e) {
    if ((e as Error | null)?.name === "RangeError") throw new MemoryError(); // (by name: Node's errors may come from another realm)
    throw e;
  }
}

/** Python's str.isspace() of a one-character string. */
export function isSpace(ch: string): boolean {
  return ch.length > 0 && WS_ALL.test(ch);
}

// ---------------------------------------------------------------------------
// print()

/** Where print() writes; tests and the conformance driver swap it to capture output. */
export const stdout: { write: (s: string) => void } = {
  write: (s: string) => {
    process.stdout.write(s);
  },
};

/** Python's print(*args): str() of each, space-separated, newline-terminated. */
export function print(...args: unknown[]): void {
  stdout.write(args.map((a) => str(a)).join(" ") + "\n");
}

// ---------------------------------------------------------------------------
// str methods with Python's notion of whitespace

/** The characters str.isspace() accepts (and str.split()/strip() with no argument use). */
const WS = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const WS_LEAD = new RegExp(`^[${WS}]+`, "u");
const WS_TRAIL = new RegExp(`[${WS}]+$`, "u");
const WS_ALL = new RegExp(`^[${WS}]+$`, "u");

/** str.strip() with no argument. */
export function strip(s: string): string {
  // Printable ASCII at both ends (or before a final CRLF) leaves nothing to strip.
  const n = s.length;
  if (n > 0) {
    const a = s.charCodeAt(0);
    if (a > 0x20 && a < 0x7f) {
      const z = s.charCodeAt(n - 1);
      if (z > 0x20 && z < 0x7f) return s;
      if (z === 0x0a && n > 2 && s.charCodeAt(n - 2) === 0x0d) {
        const y = s.charCodeAt(n - 3);
        if (y > 0x20 && y < 0x7f) return s.slice(0, n - 2);
      }
    }
  }
  return s.replace(WS_LEAD, "").replace(WS_TRAIL, "");
}

/** Whether the UTF-16 code unit c is a character str.isspace() accepts (WS above). */
function isWsCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * str.split(None, maxsplit): split on runs of whitespace, at most maxsplit times; the
 * remainder keeps its trailing whitespace, as Python's does.
 */
export function splitWs(s: string, maxsplit = -1): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  for (;;) {
    while (i < n && isWsCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      break;
    }
    let j = i + 1;
    while (j < n && !isWsCode(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** Python truthiness of a value as the port represents it. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === 0n || v === "") return false;
  if (typeof v !== "object") return true;
  if (ArrayBuffer.isView(v)) return v.byteLength > 0;
  if (isArrayBuffer(v)) return v.byteLength > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map || v instanceof Set) return v.size > 0;
  const len = (v as { __len__?: () => number }).__len__;
  if (typeof len === "function") return len.call(v) > 0;
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return Object.keys(v).length > 0;
  return true;
}

const UTF8 = new TextDecoder("utf-8", { fatal: true });

/** bytes.decode("utf-8") (strict); raises UnicodeDecodeError like Python. */
export function utf8Decode(b: Uint8Array): string {
  try {
    return UTF8.decode(b);
  } catch {
    // Find the first bad sequence to report it as CPython does.
    let i = 0;
    while (i < b.length) {
      const c = b[i]!;
      let need = 0;
      let min = 0;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xc2 && c <= 0xdf) need = 1, min = 0x80;
      else if (c >= 0xe0 && c <= 0xef) need = 2, min = 0x800;
      else if (c >= 0xf0 && c <= 0xf4) need = 3, min = 0x10000;
      else throw new UnicodeDecodeError("utf-8", b, i, i + 1, "invalid start byte");
      let cp = c & (0x3f >> need);
      let j = 1;
      for (; j <= need; j++) {
        const d = b[i + j];
        if (d === undefined) throw new UnicodeDecodeError("utf-8", b, i, b.length, "unexpected end of data");
        if ((d & 0xc0) !== 0x80) throw new UnicodeDecodeError("utf-8", b, i, i + j, "invalid continuation byte");
        cp = (cp << 6) | (d & 0x3f);
        // Overlong, surrogate and out-of-range forms fail at the second byte in CPython.
        if (j === 1 && ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f))) {
          throw new UnicodeDecodeError("utf-8", b, i, i + 1, "invalid continuation byte");
        }
      }
      void min;
      i += need + 1;
    }
    throw new UnicodeDecodeError("utf-8", b, 0, b.length, "invalid data");
  }
}

// ---------------------------------------------------------------------------
// Exception groups (socket.create_connection(..., all_errors=True) raises one)

/** Python's BaseExceptionGroup(message, exceptions); `exceptions` is the tuple of them. */
export class BaseExceptionGroup extends BaseException {
  readonly exceptions: Tuple<BaseException>;

  constructor(message: string, exceptions: Iterable<BaseException>) {
    const excs = [...exceptions];
    super(message, excs);
    this.exceptions = tuple(excs);
  }

  override __str__(): string {
    const n = this.exceptions.length;
    return `${str(this.args[0])} (${n} sub-exception${n === 1 ? "" : "s"})`;
  }
}

/** Python's ExceptionGroup: a BaseExceptionGroup that is also an Exception. */
export class ExceptionGroup extends Exception {
  readonly exceptions: Tuple<BaseException>;

  constructor(message: string, exceptions: Iterable<BaseException>) {
    const excs = [...exceptions];
    super(message, excs);
    this.exceptions = tuple(excs);
  }

  override __str__(): string {
    return BaseExceptionGroup.prototype.__str__.call(this as never);
  }
}
BaseException.registerBase(ExceptionGroup, BaseExceptionGroup);

/** iter(x) as Python sees the port's values: a dict (plain object or Map) yields its keys. */
export function pyIter(x: unknown): Iterable<unknown> | AsyncIterable<unknown> | null {
  if (x === null || x === undefined) return null;
  if (x instanceof Map) return x.keys();
  if (typeof (x as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function") return x as Iterable<unknown>;
  if (typeof (x as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function") return x as AsyncIterable<unknown>;
  if (typeof x === "object") {
    const proto = Object.getPrototypeOf(x);
    if (proto === Object.prototype || proto === null) return Object.keys(x);
  }
  return null;
}

// ---------------------------------------------------------------------------
// Python's operations on the port's values

/** Whether s holds a surrogate pair (a code point that takes two UTF-16 units). */
function hasPair(s: string): boolean {
  return /[\ud800-\udbff][\udc00-\udfff]/.test(s);
}

/** The length of s in code points, as Python counts a str. */
export function cpLen(s: string): number {
  if (!hasPair(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** len(x): code points of a str, bytes of a bytes-like, items of a list, a dict (Map or plain object) or a Set. */
export function pyLen(x: unknown): number {
  if (typeof x === "string") return cpLen(x);
  if (isBytesLike(x)) return x.byteLength;
  if (Array.isArray(x)) return x.length;
  if (x instanceof Map || x instanceof Set) return x.size;
  if (isPlainObject(x)) return Object.keys(x).length;
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}

/** `raise exc from cause`: sets __cause__ (and JS's own `cause`); returns exc, to be thrown. */
export function raiseFrom<E extends Error>(exc: E, cause: unknown): E {
  (exc as { __cause__?: unknown }).__cause__ = cause;
  exc.cause = cause;
  return exc;
}

/** Python's order operators. */
export type CompareOp = "<" | "<=" | ">" | ">=";

function isIntLike(v: unknown): v is number | bigint | boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

/**
 * `a op b` as Python evaluates it on the port's values: numbers (int, float, bool) with
 * each other, str with str; anything else is Python's TypeError.
 */
export function compare(a: unknown, op: CompareOp, b: unknown): boolean {
  if (!((isIntLike(a) && isIntLike(b)) || (typeof a === "string" && typeof b === "string"))) {
    throw new TypeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
  }
  // (a bool compares as 0 or 1, and JS orders a bigint against a number exactly)
  const x = typeof a === "boolean" ? +a : a;
  const y = typeof b === "boolean" ? +b : b;
  switch (op) {
    case "<":
      return x < y;
    case "<=":
      return x <= y;
    case ">":
      return x > y;
    case ">=":
      return x >= y;
  }
}

/** `a == b` as Python evaluates it for ints (a number equals the bigint of its value) and other values. */
export function pyEq(a: unknown, b: unknown): boolean {
  if (isIntLike(a) && isIntLike(b)) return (typeof a === "boolean" ? +a : a) == (typeof b === "boolean" ? +b : b);
  return a === b;
}

/** min(a, b): b only when b < a, as Python's min() compares. */
export function pyMin<T>(a: T, b: T): T {
  return compare(b, "<", a) ? b : a;
}

/** `a - b` over Python ints (number, bigint or bool), kept exact; TypeError for anything else. */
export function isub(a: unknown, b: unknown): PyInt {
  if (typeof a === "number" && typeof b === "number" && Number.isInteger(a) && Number.isInteger(b)) {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  if (!isIntLike(a) || !isIntLike(b) || (typeof a === "number" && !Number.isInteger(a)) || (typeof b === "number" && !Number.isInteger(b))) {
    if (typeof a === "number" && typeof b === "number") return a - b; // floats
    throw new TypeError(`unsupported operand type(s) for -: '${typeName(a)}' and '${typeName(b)}'`);
  }
  const big = (v: number | bigint | boolean): bigint => (typeof v === "bigint" ? v : BigInt(+v));
  return normInt(big(a) - big(b));
}

/** memoryview(b) of a buffer argument: a Uint8Array over its bytes, or Python's TypeError. */
export function memoryview(b: unknown): Uint8Array {
  if (b instanceof Uint8Array) return b;
  if (ArrayBuffer.isView(b)) return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (isArrayBuffer(b)) return new Uint8Array(b);
  throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(b)}'`);
}

/** sep.join(parts) for bytes: one allocation. */
export function bytesJoin(sep: Uint8Array, parts: ArrayLike<Uint8Array>): Buffer {
  const n = parts.length;
  let size = n > 0 ? sep.length * (n - 1) : 0;
  for (let i = 0; i < n; i++) size += parts[i]!.length;
  const out = Buffer.allocUnsafe(size);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    if (i) {
      out.set(sep, pos);
      pos += sep.length;
    }
    const p = parts[i]!;
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}

/** d.items() of a mapping: a Map, anything with items(), or a plain object (a dict). */
export function dictItems(d: unknown): [unknown, unknown][] {
  if (d instanceof Map) return Array.from(d.entries());
  if (d !== null && typeof (d as { items?: unknown }).items === "function") return Array.from((d as { items: () => Iterable<[unknown, unknown]> }).items());
  if (isPlainObject(d)) return Object.entries(d);
  throw new AttributeError(`'${typeName(d)}' object has no attribute 'items'`);
}

/** d.copy() of a mapping (a list copies too, as in Python). */
export function dictCopy(d: unknown): unknown {
  if (d instanceof Map) return new Map(d);
  if (Array.isArray(d)) return d.slice();
  if (isPlainObject(d)) return { ...d };
  if (d !== null && typeof (d as { copy?: unknown }).copy === "function") return (d as { copy: () => unknown }).copy();
  throw new AttributeError(`'${typeName(d)}' object has no attribute 'copy'`);
}

/** d.clear() */
export function dictClear(d: unknown): void {
  if (d instanceof Map) d.clear();
  else if (Array.isArray(d)) d.length = 0;
  else if (isPlainObject(d)) for (const k of Object.keys(d)) delete d[k];
  else if (d !== null && typeof (d as { clear?: unknown }).clear === "function") (d as { clear: () => void }).clear();
  else throw new AttributeError(`'${typeName(d)}' object has no attribute 'clear'`);
}

/** d[k] = v */
export function dictSet(d: unknown, k: string, v: unknown): void {
  if (d instanceof Map) d.set(k, v);
  else if (Array.isArray(d)) throw new TypeError("list indices must be integers or slices, not str");
  else if (isPlainObject(d)) d[k] = v;
  else throw new TypeError(`'${typeName(d)}' object does not support item assignment`);
}

/** x.encode("latin-1"), with Python's AttributeError for a value that is not a str. */
export function strEncodeLatin1(x: unknown): Buffer {
  if (typeof x !== "string") throw new AttributeError(`'${typeName(x)}' object has no attribute 'encode'`);
  return latin1Encode(x);
}

/**
 * k.lower() of a dict key (str or bytes), as a set member: a bytes key never equals a str
 * (b"host" is not "host"), so its lowered text is kept apart with a NUL suffix.
 */
export function lowerKey(k: unknown): string {
  if (typeof k === "string") return k.toLowerCase();
  if (isBytesLike(k)) return latin1Decode(asBuffer(k)).toLowerCase() + "\u0000bytes";
  throw new AttributeError(`'${typeName(k)}' object has no attribute 'lower'`);
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * frozenset(k.lower() for k in d) of a headers dict (see lowerKey): a plain object's own
 * keys, a Map's keys, or whatever iter(d) yields; TypeError when d is not iterable.
 */
export function lowerKeySet(d: unknown): ReadonlySet<string> {
  if (isPlainObject(d)) {
    let names: Set<string> | null = null;
    for (const k in d) (names ??= new Set()).add(k.toLowerCase());
    return names ?? NO_KEYS;
  }
  const keys = pyIter(d);
  if (keys === null || typeof (keys as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") throw new TypeError(`'${typeName(d)}' object is not iterable`);
  const names = new Set<string>();
  for (const k of keys as Iterable<unknown>) names.add(lowerKey(k));
  return names;
}

/** "%d" % n: Python's %d takes ints (and floats, truncated), else TypeError. */
export function pctD(n: unknown): string {
  if (typeof n === "bigint") return n.toString();
  if (typeof n === "number") return Math.trunc(n).toString();
  if (typeof n === "boolean") return n ? "1" : "0";
  throw new TypeError(`%d format: a real number is required, not ${typeName(n)}`);
}

/** fmt % v with one %r, including Python's quirk of taking a tuple as the argument list. */
export function pctR(fmt: string, v: unknown): string {
  if (isTuple(v)) {
    if (v.length === 0) throw new TypeError("not enough arguments for format string");
    if (v.length > 1) throw new TypeError("not all arguments converted during string formatting");
    v = v[0];
  }
  return fmt.replace("%r", repr(v));
}

/** What Python's re functions raise for a value that is neither str nor bytes (or the wrong one). */
export function reTypeError(v: unknown, pattern: "str" | "bytes"): never {
  if (pattern === "bytes" && typeof v === "string") throw new TypeError("cannot use a bytes pattern on a string-like object");
  if (pattern === "str" && isBytesLike(v)) throw new TypeError("cannot use a string pattern on a bytes-like object");
  throw new TypeError(`expected string or bytes-like object, got '${typeName(v)}'`);
}

/** pattern.search(s) for a str pattern: RegExp.exec, with re's TypeError for anything not a str. */
export function reSearch(re: RegExp, s: unknown): RegExpExecArray | null {
  if (typeof s !== "string") reTypeError(s, "str");
  return re.exec(s);
}

/** `self.name = v` for a name that is also a class attribute: an own property of the instance. */
export function setInstanceAttr(self: object, name: string, v: unknown): void {
  Object.defineProperty(self, name, { value: v, writable: true, enumerable: true, configurable: true });
}

/**
 * What a method that returns the Promise of the call it ends with gives its caller: that
 * Promise, or one of the value an override returned instead (as awaiting it would).
 */
export function promised<T>(r: T | PromiseLike<T>): Promise<T> {
  return r instanceof Promise ? (r as Promise<T>) : Promise.resolve(r);
}

// ---------------------------------------------------------------------------
// Keyword arguments

/**
 * Python keyword arguments given explicitly: `f(a, kwargs({b: 1}))`. A Kwargs is always
 * keywords and takes Python's names only (a plain trailing object also takes camelCase).
 */
export class Kwargs {
  constructor(readonly values: Readonly<Record<string, unknown>>) {}
}

export function kwargs(values: Record<string, unknown>): Kwargs {
  return new Kwargs(values);
}

/** The type of a trailing keyword object in a signature: explicit (kwargs()) or a plain object. */
export type KeywordObject = Kwargs | Record<string, unknown>;

/** Whether a plain object can be a parameter's value (a mapping, a file-like object, ...). */
export type ObjectValue = (v: object) => boolean;

/** Any plain object is a legal value: a mapping parameter (headers) or one taking any value. */
export const ANY_OBJECT: ObjectValue = () => true;

/** A plain object is a legal value when it has the method Python would call on it. */
export function withMethod(...names: string[]): ObjectValue {
  return (v) => names.some((n) => typeof (v as Record<string, unknown>)[n] === "function");
}

/** A body or data parameter: a file-like object (read()) or an iterable. */
export const BODY_OBJECT: ObjectValue = (v) =>
  typeof (v as { read?: unknown }).read === "function" || Symbol.iterator in v || Symbol.asyncIterator in v;

export interface KwSpecOptions {
  /** Parameters that can take a plain object as their value, and which objects. */
  readonly objects?: Readonly<Record<string, ObjectValue>>;
  /** A C type's __init__ parsed with PyArg_ParseTupleAndKeywords: its own messages. */
  readonly cinit?: boolean;
}

/** A function's parameters: names in Python's order, defaults, and its name for errors. */
export interface KwSpec {
  readonly fname: string;
  readonly names: readonly string[];
  readonly defaults: readonly unknown[];
  /** Python names and their camelCase spellings, to their index. */
  readonly lookup: ReadonlyMap<string, number>;
  /** How many parameters may be given positionally (the rest are keyword-only). */
  readonly npositional: number;
  /** How many leading parameters are required. */
  readonly required: number;
  /** Whether the function is a method (Python counts self among the arguments). */
  readonly method: boolean;
  /** Per positional index: which plain objects are a value there (none when absent). */
  readonly objects: readonly (ObjectValue | undefined)[];
  /** The object test for positions past the named ones (*args). */
  readonly rest: ObjectValue | undefined;
  readonly cinit: boolean;
}

/** Python's snake_case name in camelCase: "encode_chunked" -> "encodeChunked". */
export function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * fname is Python's qualified name as its TypeErrors print it ("HTTPConnection.request"),
 * a method when it has a dot; a required parameter has the default `undefined`;
 * parameters past npositional are keyword-only.
 */
export function kwspec(fname: string, names: readonly string[], defaults: readonly unknown[], npositional = names.length, options: KwSpecOptions = {}): KwSpec {
  if (names.length > 30) throw new RangeError(`kwspec ${fname}: at most 30 parameters (bindKw keeps a bit each)`);
  const lookup = new Map<string, number>();
  names.forEach((n, i) => {
    lookup.set(n, i);
    lookup.set(camelCase(n), i);
  });
  let required = 0;
  while (required < defaults.length && defaults[required] === undefined) required++;
  const objects = names.map((n) => options.objects?.[n]);
  return { fname, names, defaults, lookup, npositional, required, method: fname.includes("."), objects, rest: undefined, cinit: options.cinit === true };
}

/** Whether v is a plain object ({...} or Object.create(null)). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether v, the argument at index pos, is the call's keywords: a Kwargs always; a plain
 * object when the parameter at that position cannot take it as its value (a port, a
 * timeout, a size can't; a headers mapping or a file-like body can). Never a guess from
 * its keys, so a misspelled keyword raises instead of becoming a value.
 */
function isKwFor(v: unknown, spec: KwSpec, pos: number): boolean {
  if (v instanceof Kwargs) return true;
  if (!isPlainObject(v)) return false;
  const valueTest = pos < spec.npositional ? (pos < spec.names.length ? spec.objects[pos] : spec.rest) : undefined;
  return valueTest === undefined || !valueTest(v);
}

/** "'a'", "'a' and 'b'", "'a', 'b', and 'c'", as Python lists missing arguments. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 2) return q.join(" and ");
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

function unexpectedKeyword(spec: KwSpec, k: string): TypeError {
  const candidates = spec.method ? ["self", ...spec.names] : spec.names.slice();
  const hint = suggestion(k, candidates);
  return new TypeError(`${spec.fname}() got an unexpected keyword argument '${k}'${hint === null ? "" : `. Did you mean '${hint}'?`}`);
}

const NO_KEYWORDS: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Binds a call's arguments as Python would: positional ones in order, then a trailing
 * keyword object (see isKwFor; camelCase keys accepted in a plain object). Returns all
 * parameter values in order with defaults filled in, or null when there is no keyword
 * object and the positional count is right (the caller's own parameters then hold).
 * Raises Python's TypeErrors for missing, surplus, unexpected and repeated arguments.
 */
export function bindKw(args: IArguments | readonly unknown[], spec: KwSpec): unknown[] | null {
  // The common call answered here, small enough for V8 to inline, so that the caller's
  // `arguments` is not built: only positional arguments, as many as the parameters take,
  // the last neither a plain object or Kwargs (keywords, maybe) nor undefined (an omitted
  // one). (A C __init__'s count check cannot fail then: its positional parameters are all it has.)
  const n = args.length;
  if (n >= spec.required && n <= spec.npositional) {
    if (n === 0) return null;
    const last = args[n - 1];
    if (typeof last !== "object" ? last !== undefined : last === null || !(isPlainObject(last) || last instanceof Kwargs)) return null;
  }
  return bindAll(args, spec);
}

/** bindKw() for any call (exported for the test that holds bindKw's short answer to it). */
export function bindAll(args: IArguments | readonly unknown[], spec: KwSpec): unknown[] | null {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--; // an undefined trailing argument is an omitted one
  const last = n > 0 ? args[n - 1] : undefined;
  const hasKw = n > 0 && isKwFor(last, spec, n - 1);
  const npos = hasKw ? n - 1 : n;
  const strict = hasKw && last instanceof Kwargs;
  const values: Readonly<Record<string, unknown>> = hasKw ? (strict ? (last as Kwargs).values : (last as Record<string, unknown>)) : NO_KEYWORDS;
  if (spec.cinit) checkCInitArity(spec, npos, hasKw ? Object.keys(values).length : 0);
  const self = spec.method ? 1 : 0;
  if (npos > spec.npositional) {
    const max = spec.npositional + self;
    const range = spec.required === spec.npositional ? `${max}` : `from ${spec.required + self} to ${max}`;
    const given = npos + self;
    throw new TypeError(`${spec.fname}() takes ${range} positional argument${max === 1 && range === "1" ? "" : "s"} but ${given} ${given === 1 ? "was" : "were"} given`);
  }
  if (!hasKw) {
    if (npos < spec.required) throwMissing(spec, npos >= 31 ? -1 : (1 << npos) - 1);
    return null;
  }
  const out = spec.defaults.slice();
  // the parameters given so far, a bit each (kwspec allows at most 30 names)
  let given = 0;
  for (let i = 0; i < npos; i++) {
    if (args[i] !== undefined) out[i] = args[i];
    if (i < spec.names.length) given |= 1 << i;
  }
  for (const k in values) {
    // An explicit Kwargs takes Python's names only, as a Python call does.
    const i = strict ? spec.names.indexOf(k) : (spec.lookup.get(k) ?? -1);
    if (i < 0) throw unexpectedKeyword(spec, k);
    if (given & (1 << i)) {
      if (spec.cinit) throw new TypeError(`argument for ${spec.fname}() given by name ('${spec.names[i]}') and position (${i + 1})`);
      throw new TypeError(`${spec.fname}() got multiple values for argument '${spec.names[i]}'`);
    }
    out[i] = values[k];
    given |= 1 << i;
  }
  if ((given & ((1 << spec.required) - 1)) !== (1 << spec.required) - 1) throwMissing(spec, given);
  return out;
}

/** PyArg_ParseTupleAndKeywords' count check: all arguments, positional and keyword. */
function checkCInitArity(spec: KwSpec, npos: number, nkw: number): void {
  const max = spec.names.length;
  if (npos + nkw > max) throw new TypeError(`${spec.fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${npos + nkw} given)`);
}

/** Python's TypeError for the required parameters missing from `given` (a bit per parameter). */
function throwMissing(spec: KwSpec, given: number): void {
  const missing: string[] = [];
  for (let i = 0; i < spec.required; i++) if (!(given & (1 << i))) missing.push(spec.names[i]!);
  if (missing.length) {
    if (spec.cinit) throw new TypeError(`${spec.fname}() missing required argument '${missing[0]}' (pos ${spec.names.indexOf(missing[0]!) + 1})`);
    throw new TypeError(`${spec.fname}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${nameList(missing)}`);
  }
}

/** A method that takes no arguments but self: Python's TypeError for any argument given. */
export function noArgs(args: IArguments, fname: string): void {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const last = n > 0 ? args[n - 1] : undefined;
  if (last instanceof Kwargs || isPlainObject(last)) {
    // no parameter can take a plain object, so it is keywords
    const keys = Object.keys(last instanceof Kwargs ? last.values : last);
    if (keys.length) {
      const hint = fname.includes(".") ? suggestion(keys[0]!, ["self"]) : null;
      throw new TypeError(`${fname}() got an unexpected keyword argument '${keys[0]}'${hint === null ? "" : `. Did you mean '${hint}'?`}`);
    }
    n--;
  }
  if (n > 0) throw new TypeError(`${fname}() takes 1 positional argument but ${n + 1} were given`);
}

// Python's "Did you mean" suggestions (Python/suggestions.c): a Levenshtein distance over
// UTF-8 bytes where a case flip costs less than any other edit.
const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 32;
  if (b >= 0x41 && b <= 0x5a) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a: Buffer, b: Buffer, maxCost: number): number {
  let as = 0;
  let ae = a.length;
  let bs = 0;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) as++, bs++;
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) ae--, be--;
  let an = ae - as;
  let bn = be - bs;
  if (an === 0 || bn === 0) return (an + bn) * MOVE_COST;
  if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return maxCost + 1;
  if (bn < an) {
    [a, b, as, bs, an, bn] = [b, a, bs, as, bn, an];
  }
  if ((bn - an) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < an; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < bn; bi++) {
    const code = b[bs + bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < an; i++) {
      const substitute = distance + substitutionCost(code, a[as + i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The candidate Python would suggest for a mistyped name, or null. */
export function suggestion(name: string, candidates: readonly string[]): string | null {
  const nb = Buffer.from(name, "utf8");
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    const cb = Buffer.from(c, "utf8");
    // No more than 1/3 of the involved characters should need changed.
    let maxDistance = Math.floor(((nb.length + cb.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nb, cb, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
