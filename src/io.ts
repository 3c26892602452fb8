// Ported from CPython 3.14.5 Modules/_io/*.c and Lib/_pyio.py (PSF License; see LICENSE).
// io: the parts of Python's io module that http.client and its tests use, with the
// semantics of CPython's C implementation (Modules/_io/iobase.c, bufferedio.c,
// bytesio.c, stringio.c, textio.c), which is what CPython runs. Where the C code and
// Lib/_pyio.py differ in what a caller can observe (how many raw reads happen and of
// what sizes, closed-file checks and their messages), this module follows the C code.
//
// Reading methods may be synchronous (BytesIO, StringIO) or asynchronous
// (BufferedReader over a socket); the generic algorithms of the base classes
// (IOBase.readline, readlines, BufferedIOBase.readinto, RawIOBase.read) accept both:
// they stay synchronous while the methods they call return plain values, and return
// a Promise from the first call that returns one.

import {
  AttributeError,
  BaseException,
  Kwargs,
  NotImplementedError,
  OSError,
  OverflowError,
  TypeError,
  ValueError,
  allocBytes,
  bindKw,
  kwspec,
  withMethod,
  cpLen,
  pyClassName,
  pyLen,
  raiseFrom,
  repr,
  tuple,
  typeName,
} from "./builtins";

export const DEFAULT_BUFFER_SIZE = 131072;

export const SEEK_SET = 0;
export const SEEK_CUR = 1;
export const SEEK_END = 2;

/** io.UnsupportedOperation: both an OSError and a ValueError, as in Python. */
export class UnsupportedOperation extends OSError {}
BaseException.registerBase(UnsupportedOperation, ValueError);

// ---------------------------------------------------------------------------
// Helpers

const EINTR = 4;
const SSIZE_MAX = 2n ** 63n - 1n;
const SSIZE_MIN = -(2n ** 63n);
/** Shared empty result: a zero-length Buffer cannot be written through. */
const EMPTY = Buffer.alloc(0);

function isPromiseLike(v: unknown): v is PromiseLike<unknown> {
  return v !== null && (typeof v === "object" || typeof v === "function") && typeof (v as { then?: unknown }).then === "function";
}

/** Applies f to v now, or once v settles when it is a Promise. */
function then<T, R>(v: T | PromiseLike<T>, f: (x: T) => R | PromiseLike<R>): R | Promise<R> {
  if (isPromiseLike(v)) return Promise.resolve(v).then(f);
  return f(v) as R | Promise<R>;
}

/**
 * Runs a generator that yields the results of calls which may be plain values or
 * Promises. It runs synchronously until a Promise is yielded; from then on the
 * result is a Promise. This lets one algorithm serve sync and async streams alike.
 */
function drive<T>(gen: Generator<unknown, T, unknown>): T | Promise<T> {
  let r = gen.next();
  for (;;) {
    if (r.done) return r.value;
    if (isPromiseLike(r.value)) return driveAsync(gen, r.value);
    r = gen.next(r.value);
  }
}

async function driveAsync<T>(gen: Generator<unknown, T, unknown>, pending: PromiseLike<unknown>): Promise<T> {
  for (;;) {
    let r: IteratorResult<unknown, T>;
    let value: unknown;
    let failed = false;
    try {
      value = await pending;
    } catch (e) {
      failed = true;
      value = e;
    }
    r = failed ? gen.throw(value) : gen.next(value);
    while (!r.done && !isPromiseLike(r.value)) r = gen.next(r.value);
    if (r.done) return r.value;
    pending = r.value as PromiseLike<unknown>;
  }
}

/** _PyIO_trap_eintr(): an OSError with errno EINTR makes the caller retry. */
function isEINTR(e: unknown): boolean {
  return e instanceof OSError && e.errno === EINTR;
}

/** Sets Python's __context__ (an exception raised while handling another). */
function setContext(exc: unknown, context: unknown): void {
  if (exc !== null && typeof exc === "object") (exc as { __context__?: unknown }).__context__ = context;
}

/** The exact integer value of an int-like argument, or null if it is not one. */
function intValue(v: unknown): bigint | number | null {
  if (typeof v === "number") return Number.isInteger(v) ? v : null;
  if (typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

function notInteger(v: unknown): TypeError {
  return new TypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
}

const TOO_LARGE = "Python int too large to convert to C ssize_t";
/** PyNumber_AsSsize_t(v, OverflowError)'s message, which some converters use. */
const CANNOT_FIT = "cannot fit 'int' into an index-sized integer";

/** An int as a Py_ssize_t (64-bit), or OverflowError(message). */
function toSsize(i: bigint | number, message = TOO_LARGE): number {
  if (typeof i === "number") {
    if (Number.isSafeInteger(i)) return i;
    i = BigInt(i);
  }
  if (i > SSIZE_MAX || i < SSIZE_MIN) throw new OverflowError(message);
  return Number(i);
}

/** A Py_ssize_t argument: undefined gives the default; None is a TypeError. */
function ssizeArg(v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  const i = intValue(v);
  if (i === null) throw notInteger(v);
  return toSsize(i);
}

/** A Py_ssize_t argument that also accepts None (Argument Clinic's accept={int, NoneType}). */
function optSsizeArg(v: unknown, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  const i = intValue(v);
  if (i === null) throw new TypeError(`argument should be integer or None, not '${typeName(v)}'`);
  return toSsize(i, CANNOT_FIT);
}

/** An int argument (C int, e.g. whence). */
function intArg(v: unknown, dflt: number): number {
  if (v === undefined) return dflt;
  const i = intValue(v);
  if (i === null) throw notInteger(v);
  if (i > 2147483647 || i < -2147483648) throw new OverflowError("Python int too large to convert to C int");
  return Number(i);
}

/** A Uint8Array over the bytes of a bytes-like value, or null. */
function bytesView(v: unknown): Uint8Array | null {
  if (v instanceof Uint8Array) return v;
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  return null;
}

/** A C method without arguments (METH_NOARGS) given some: CPython's TypeError. */
function cNoArgs(self: object, name: string, args: IArguments): void {
  let n = args.length;
  if (n > 0 && args[n - 1] instanceof Kwargs) {
    if (Object.keys((args[n - 1] as Kwargs).values).length) throw new TypeError(`${pyClassName(self)}.${name}() takes no keyword arguments`);
    n--;
  }
  if (n > 0) throw new TypeError(`${pyClassName(self)}.${name}() takes no arguments (${n} given)`);
}

/** A writable buffer argument (Argument Clinic's Py_buffer(accept={rwbuffer})). */
function rwBufferArg(v: unknown, fname: string): Uint8Array {
  const view = bytesView(v);
  // CPython names None itself here, any other type by its name
  if (view === null) throw new TypeError(`${fname}() argument must be read-write bytes-like object, not ${v === null || v === undefined ? "None" : typeName(v)}`);
  return view;
}

/** A copy of buf[start:end] as a new Buffer (never a view of buf). */
function copyOut(buf: Uint8Array, start: number, end: number): Buffer {
  const n = end - start;
  if (n <= 0) return EMPTY;
  const out = Buffer.allocUnsafe(n);
  // (a plain Uint8Array view: a Buffer's subarray() goes through its species constructor)
  out.set(new Uint8Array(buf.buffer, buf.byteOffset + start, n));
  return out;
}

/**
 * out[:n] for a freshly allocated out (Python's _PyBytes_Resize): a view while little
 * would be wasted, else a copy, so that a kept result does not pin a larger block.
 */
function shrink(out: Buffer, n: number): Buffer {
  if (n === out.length) return out;
  if (n === 0) return EMPTY;
  return out.length - n <= out.length >> 2 ? out.subarray(0, n) : Buffer.from(out.subarray(0, n));
}

function concatChunks(chunks: Uint8Array[], total: number): Buffer {
  if (chunks.length === 0) return EMPTY;
  if (chunks.length === 1) {
    const c = chunks[0]!;
    return Buffer.isBuffer(c) ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
  }
  return Buffer.concat(chunks, total);
}

function isBytes(v: unknown): v is Uint8Array {
  return v instanceof Uint8Array;
}

function asBuf(v: Uint8Array): Buffer {
  return Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/** The UTF-16 index of code point number cp of s (cp at most cpLen(s)). */
function cpToCu(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return i;
}

// The C types' __init__ signatures, for keyword arguments given as a trailing object
const BUFFERED_READER_INIT = kwspec("BufferedReader", ["raw", "buffer_size"], [undefined, DEFAULT_BUFFER_SIZE], 2, { objects: { raw: withMethod("readinto") }, cinit: true });
const BYTESIO_INIT = kwspec("BytesIO", ["initial_bytes"], [null], 1, { cinit: true });
const STRINGIO_INIT = kwspec("StringIO", ["initial_value", "newline"], ["", "\n"], 2, { cinit: true });

/** iobase_check_closed(): looks at the (possibly overridden) `closed` attribute. */
function iobaseCheckClosed(self: { closed: unknown }): void {
  if (self.closed) throw new ValueError("I/O operation on closed file.");
}

// ---------------------------------------------------------------------------
// IOBase

/**
 * The abstract base class of all I/O classes. `L` is the type of a line: bytes
 * (Buffer) for binary streams, str (string) for text streams.
 */
export class IOBase<L = Buffer> {
  /** IOBase's own closed flag, set by IOBase.close() (Python's __IOBase_closed). */
  declare __IOBase_closed: boolean;

  // (declared, set here: V8 constructs a subclass ~30 ns slower through a base class with fields)
  constructor() {
    this.__IOBase_closed = false;
  }

  // Positioning

  seek(_pos?: number, _whence?: number): number | Promise<number> {
    throw new UnsupportedOperation("seek");
  }

  tell(): number | Promise<number> {
    cNoArgs(this, "tell", arguments);
    return this.seek(0, 1);
  }

  truncate(_size?: number | null): number | Promise<number> {
    throw new UnsupportedOperation("truncate");
  }

  // Flush and close

  flush(): void {
    if (this.__IOBase_closed) throw new ValueError("I/O operation on closed file.");
  }

  /** Flushes and closes; the flag is set even when flush() raises, as in CPython. */
  close(): void {
    if (this.__IOBase_closed) return;
    try {
      this.flush();
    } finally {
      this.__IOBase_closed = true;
    }
  }

  get closed(): boolean {
    return this.__IOBase_closed;
  }

  // Inquiries

  seekable(): boolean {
    cNoArgs(this, "seekable", arguments);
    return false;
  }

  readable(): boolean {
    cNoArgs(this, "readable", arguments);
    return false;
  }

  writable(): boolean {
    cNoArgs(this, "writable", arguments);
    return false;
  }

  /** Raises ValueError if the stream is closed (msg replaces the default message). */
  _checkClosed(msg?: string | null): void {
    if (this.closed) throw new ValueError(msg ?? "I/O operation on closed file.");
  }

  _checkSeekable(msg?: string | null): void {
    if (this.seekable() !== true) throw new UnsupportedOperation(msg ?? "File or stream is not seekable.");
  }

  _checkReadable(msg?: string | null): void {
    if (this.readable() !== true) throw new UnsupportedOperation(msg ?? "File or stream is not readable.");
  }

  _checkWritable(msg?: string | null): void {
    if (this.writable() !== true) throw new UnsupportedOperation(msg ?? "File or stream is not writable.");
  }

  // Lower-level APIs

  fileno(): number {
    throw new UnsupportedOperation("fileno");
  }

  isatty(): boolean {
    cNoArgs(this, "isatty", arguments);
    iobaseCheckClosed(this);
    return false;
  }

  // Readline(s) and writelines

  /**
   * Reads a line with peek() (when the object has one) and read(). As in CPython,
   * a size limit bounds the loop, not each read, so the result can exceed size
   * when peek() returns more than is still wanted.
   */
  readline(size: number | null = -1): L | Promise<L> {
    const limit = optSsizeArg(size, -1);
    return drive(this._iobaseReadline(limit)) as L | Promise<L>;
  }

  private *_iobaseReadline(limit: number): Generator<unknown, Buffer, unknown> {
    const self = this as unknown as { peek?: unknown; read?: unknown };
    const peek = typeof self.peek === "function" ? (self.peek as (n: number) => unknown) : null;
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (limit < 0 || total < limit) {
      let nreadahead = 1;
      if (peek !== null) {
        let readahead: unknown;
        try {
          readahead = yield peek.call(this, 1);
        } catch (e) {
          if (isEINTR(e)) continue;
          throw e;
        }
        if (!isBytes(readahead)) {
          throw new OSError(`peek() should have returned a bytes object, not '${typeName(readahead)}'`);
        }
        if (readahead.length > 0) {
          let n = 0;
          const end = limit >= 0 ? Math.min(readahead.length, limit) : readahead.length;
          while (n < end) {
            if (readahead[n++] === 0x0a) break;
          }
          nreadahead = n;
        }
      }
      if (typeof self.read !== "function") {
        throw new AttributeError(`'${pyClassName(this)}' object has no attribute 'read'`);
      }
      let b: unknown;
      try {
        b = yield (self.read as (n: number) => unknown).call(this, nreadahead);
      } catch (e) {
        if (isEINTR(e)) continue;
        throw e;
      }
      if (!isBytes(b)) throw new OSError(`read() should have returned a bytes object, not '${typeName(b)}'`);
      if (b.length === 0) break;
      chunks.push(b);
      total += b.length;
      if (b[b.length - 1] === 0x0a) break;
    }
    return concatChunks(chunks, total);
  }

  /**
   * Lines until EOF; with hint > 0, stops once the lines read so far exceed hint.
   * Like CPython, it iterates over the object, so a subclass with its own iteration
   * (as HTTPResponse, whose __iter__ does not check for closed) is read that way;
   * that path is asynchronous, and its errors are rejections.
   */
  readlines(hint: number | null = -1): L[] | Promise<L[]> {
    // readlines(hint=-1, /): positional only, at most one
    let argError: TypeError | null = null;
    if (arguments.length > 0 && arguments[arguments.length - 1] instanceof Kwargs) {
      if (Object.keys((arguments[arguments.length - 1] as Kwargs).values).length) argError = new TypeError(`${pyClassName(this)}.readlines() takes no keyword arguments`);
      hint = arguments.length > 1 ? arguments[0] : -1;
    } else if (arguments.length > 1) {
      argError = new TypeError(`readlines expected at most 1 argument, got ${arguments.length}`);
    }
    if (argError !== null) {
      if (this[Symbol.asyncIterator] !== IOBase.prototype[Symbol.asyncIterator]) return Promise.reject(argError);
      throw argError;
    }
    if (this[Symbol.asyncIterator] !== IOBase.prototype[Symbol.asyncIterator]) return this._readlinesAsync(hint);
    const h = optSsizeArg(hint, -1);
    return drive(this._iobaseReadlines(h));
  }

  private async _readlinesAsync(hint: number | null | undefined): Promise<L[]> {
    const h = optSsizeArg(hint, -1);
    const result: L[] = [];
    const it = this[Symbol.asyncIterator]();
    let length = 0;
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      result.push(r.value);
      if (h <= 0) continue;
      const n = pyLen(r.value);
      if (n > h - length) break;
      length += n;
    }
    return result;
  }

  private *_iobaseReadlines(hint: number): Generator<unknown, L[], unknown> {
    const result: L[] = [];
    this._iterStart();
    let length = 0;
    for (;;) {
      const line = (yield this._nextLine()) as L | null;
      if (line === null) break;
      result.push(line);
      if (hint <= 0) continue;
      const n = pyLen(line);
      if (n > hint - length) break;
      length += n;
    }
    return result;
  }

  writelines(lines: Iterable<unknown>): void | Promise<void> {
    iobaseCheckClosed(this);
    return drive(this._iobaseWritelines(lines));
  }

  private *_iobaseWritelines(lines: Iterable<unknown>): Generator<unknown, void, unknown> {
    const write = (this as unknown as { write?: unknown }).write;
    for (const line of lines) {
      if (typeof write !== "function") {
        throw new AttributeError(`'${pyClassName(this)}' object has no attribute 'write'`);
      }
      for (;;) {
        try {
          yield (write as (l: unknown) => unknown).call(this, line);
          break;
        } catch (e) {
          if (!isEINTR(e)) throw e;
        }
      }
    }
  }

  // Iteration (Python's __iter__ / __next__)

  /** iter(f): CPython checks `closed` when the iterator is created. */
  protected _iterStart(): void {
    iobaseCheckClosed(this);
  }

  /** next(f): the next line, or null at EOF (an empty line). */
  protected _nextLine(): L | null | Promise<L | null> {
    return then(this.readline(), (line) => (pyLen(line) <= 0 ? null : line));
  }

  // `with f:` is `using f = ...` / `await using f = ...` (extensions): __exit__ closes
  [Symbol.dispose](): void {
    this.close();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.close();
  }

  [Symbol.asyncIterator](): AsyncIterator<L> {
    this._iterStart();
    const it: AsyncIterableIterator<L> = {
      next: async (): Promise<IteratorResult<L>> => {
        const line = await this._nextLine();
        return line === null ? { done: true, value: undefined } : { done: false, value: line };
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  // camelCase aliases

  readLine(size: number | null = -1): L | Promise<L> {
    return this.readline(size);
  }

  readLines(hint: number | null = -1): L[] | Promise<L[]> {
    return this.readlines(hint);
  }

  writeLines(lines: Iterable<unknown>): void | Promise<void> {
    return this.writelines(lines);
  }

  fileNo(): number {
    return this.fileno();
  }

  isAtty(): boolean {
    return this.isatty();
  }
}

// ---------------------------------------------------------------------------
// RawIOBase

/** Base class for raw binary I/O: read() is implemented with readinto(). */
export class RawIOBase extends IOBase<Buffer> {
  read(size?: number): Buffer | null | Promise<Buffer | null> {
    const n = ssizeArg(size, -1);
    if (n < 0) return this.readall();
    const b = allocBytes(n, true);
    return then(this.readinto(b), (res) => {
      if (res === null || res === undefined) return null;
      const i = intValue(res);
      if (i === null) throw notInteger(res);
      const m = Number(i);
      if (m < 0 || m > n) throw new ValueError(`readinto returned ${i} outside buffer size ${n}`);
      return shrink(b, m);
    });
  }

  /** Reads until EOF with read(DEFAULT_BUFFER_SIZE) calls. */
  readall(): Buffer | null | Promise<Buffer | null> {
    return drive(this._rawReadall());
  }

  private *_rawReadall(): Generator<unknown, Buffer | null, unknown> {
    // With RawIOBase's own read(), the same loop over readinto() with one scratch block.
    if (this.read === RawIOBase.prototype.read) return yield* readallViaReadinto(this);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      let data: unknown;
      try {
        data = yield this.read(DEFAULT_BUFFER_SIZE);
      } catch (e) {
        if (isEINTR(e)) continue;
        throw e;
      }
      if (data === null || data === undefined) {
        if (chunks.length === 0) return null;
        break;
      }
      if (!isBytes(data)) throw new TypeError("read() should return bytes");
      if (data.length === 0) break;
      chunks.push(data);
      total += data.length;
    }
    return concatChunks(chunks, total);
  }

  readinto(_b: Uint8Array): number | null | Promise<number | null> {
    throw new NotImplementedError();
  }

  write(_b: Uint8Array): number | null | Promise<number | null> {
    throw new NotImplementedError();
  }

  readAll(): Buffer | null | Promise<Buffer | null> {
    return this.readall();
  }

  readInto(b: Uint8Array): number | null | Promise<number | null> {
    return this.readinto(b);
  }
}

// ---------------------------------------------------------------------------
// BufferedIOBase

/** Base class for buffered binary streams; readinto() is implemented with read(). */
export class BufferedIOBase extends IOBase<Buffer> {
  read(_size?: number | null): Buffer | null | Promise<Buffer | null> {
    throw new UnsupportedOperation("read");
  }

  read1(_size?: number | null): Buffer | null | Promise<Buffer | null> {
    throw new UnsupportedOperation("read1");
  }

  write(_b: Uint8Array): number | Promise<number> {
    throw new UnsupportedOperation("write");
  }

  detach(): unknown {
    throw new UnsupportedOperation("detach");
  }

  readinto(b: Uint8Array | ArrayBufferView | ArrayBuffer): number | null | Promise<number | null> {
    return this._bufferediobaseReadinto(rwBufferArg(b, "readinto"), false);
  }

  readinto1(b: Uint8Array | ArrayBufferView | ArrayBuffer): number | null | Promise<number | null> {
    return this._bufferediobaseReadinto(rwBufferArg(b, "readinto1"), true);
  }

  private _bufferediobaseReadinto(view: Uint8Array, one: boolean): number | Promise<number> {
    const data = one ? this.read1(view.length) : this.read(view.length);
    return then(data as unknown, (d) => {
      if (!isBytes(d)) throw new TypeError("read() should return bytes");
      if (d.length > view.length) {
        throw new ValueError(`read() returned too much data: ${view.length} bytes requested, ${d.length} returned`);
      }
      view.set(d);
      return d.length;
    });
  }

  readInto(b: Uint8Array | ArrayBufferView | ArrayBuffer): number | null | Promise<number | null> {
    return this.readinto(b);
  }

  readInto1(b: Uint8Array | ArrayBufferView | ArrayBuffer): number | null | Promise<number | null> {
    return this.readinto1(b);
  }
}

// ---------------------------------------------------------------------------
// BufferedReader

/**
 * What BufferedReader reads from: Python's raw stream. readinto() fills the view it
 * is given and returns the count (0 at EOF), or null (None) when a non-blocking
 * stream has no data; it may return a Promise. readall() or read() are used by
 * read() without a size when present, as CPython does.
 */
export interface RawIO {
  readinto(b: Uint8Array): unknown;
  close(): unknown;
  readonly closed: unknown;
}

/** The optional parts of a raw stream that BufferedReader uses when they exist. */
interface RawOptional {
  /**
   * The receive buffer's direct take (socket.SocketIO): what readinto(dst[at:at+n]) would
   * return at once, or -1 where that call would wait or raise, or is not the stream's own.
   */
  _recvNow?(dst: Uint8Array, at: number, n: number): number;
  /**
   * The receive buffer's wait (socket.SocketIO): what readinto() does until there are bytes
   * for _recvNow(): true then, false where readinto() would return 0, or a function the caller
   * calls for that outcome (so that what it raises carries the caller's frames); null where
   * the caller must call readinto(). What it rejects with goes through _recvFailed().
   */
  _waitRecv?(): Promise<boolean | (() => Promise<boolean>)> | null;
  /** What readinto() makes of an error its read raised: null (None), or it raises it. */
  _recvFailed?(e: unknown): null;
  readall?(): unknown;
  read?(size?: number): unknown;
  readable?(): unknown;
  writable?(): unknown;
  seekable?(): unknown;
  flush?(): unknown;
  fileno?(): unknown;
  isatty?(): unknown;
  tell?(): unknown;
  name?: unknown;
  mode?: unknown;
}

/** The result of one raw readinto(): a count, or -2 for "would block" (None). */
function checkRawResult(res: unknown, len: number): number {
  if (res === null || res === undefined) return -2;
  const i = intValue(res);
  let cause: BaseException | null = null;
  if (i === null) cause = notInteger(res);
  else if (typeof i === "bigint" ? i > SSIZE_MAX || i < SSIZE_MIN : !Number.isSafeInteger(i) && Math.abs(i) >= 2 ** 63) {
    cause = new ValueError("cannot fit 'int' into an index-sized integer");
  }
  if (cause !== null) throw raiseFrom(new OSError("raw readinto() failed"), cause);
  const n = Number(i);
  if (n < 0 || n > len) {
    throw new OSError(`raw readinto() returned invalid length ${i} (should have been between 0 and ${len})`);
  }
  return n;
}

async function rawReadAsync(raw: RawIO, view: Uint8Array, pending: PromiseLike<unknown>, len: number): Promise<number> {
  for (;;) {
    let res: unknown;
    try {
      res = await pending;
    } catch (e) {
      if (!isEINTR(e)) throw e;
      // The retry may throw synchronously: the executor turns that into a rejection.
      pending = new Promise((resolve) => resolve(raw.readinto(view)));
      continue;
    }
    return checkRawResult(res, len);
  }
}

/**
 * One raw readinto() into dest[start:start+len] (_bufferedreader_raw_read):
 * returns the count, 0 at EOF, or -2 when the raw stream would block.
 */
function rawRead(raw: RawIO, dest: Uint8Array, start: number, len: number): number | Promise<number> {
  const view = dest.subarray(start, start + len);
  let res: unknown;
  for (;;) {
    try {
      res = raw.readinto(view);
      break;
    } catch (e) {
      if (!isEINTR(e)) throw e;
    }
  }
  if (isPromiseLike(res)) return rawReadAsync(raw, view, res, len);
  return checkRawResult(res, len);
}

/** out cut to the count a read into it gives (null: none, as read() gives it when raw would block). */
async function shrinkTo(out: Buffer, count: Promise<number | null>): Promise<Buffer | null> {
  const n = await count;
  return n === null ? null : shrink(out, n);
}

/** Whatever raw's queue holds, up to dest's end, copied into dest at `at` (RawOptional._recvNow): the count. */
function takeQueued(raw: RawOptional, dest: Uint8Array, at: number): number {
  let got = 0;
  while (at + got < dest.length) {
    const k = raw._recvNow!(dest, at + got, dest.length - at - got);
    if (k <= 0) break;
    got += k;
  }
  return got;
}

/**
 * RawIOBase.readall() for a raw object that has only readinto(): read() calls of
 * DEFAULT_BUFFER_SIZE until EOF (what a Python raw stream inherits).
 */
function* readallViaReadinto(raw: RawIO): Generator<unknown, Buffer | null, unknown> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Python reads into a new bytearray each time and copies the bytes out; one
  // scratch block, copied out, gives the same results.
  const b = Buffer.alloc(DEFAULT_BUFFER_SIZE);
  for (;;) {
    let res: unknown;
    try {
      res = yield raw.readinto(b);
    } catch (e) {
      if (isEINTR(e)) continue;
      throw e;
    }
    if (res === null || res === undefined) {
      if (chunks.length === 0) return null;
      break;
    }
    const i = intValue(res);
    if (i === null) throw notInteger(res);
    const m = Number(i);
    if (m < 0 || m > DEFAULT_BUFFER_SIZE) {
      throw new ValueError(`readinto returned ${i} outside buffer size ${DEFAULT_BUFFER_SIZE}`);
    }
    if (m === 0) break;
    chunks.push(copyOut(b, 0, m));
    total += m;
  }
  return concatChunks(chunks, total);
}

/**
 * Buffers of closed readers, for the next ones: http.client makes a reader per response
 * (socket.makefile), and a fresh 128 KiB allocation each time weighs on the GC (it counts
 * as external memory, and malloc maps and unmaps a block that size). Enough for the
 * responses of many connections at once (bench workload 9 has 32); 8 MiB at most.
 */
const bufferPool: Buffer[] = [];
const BUFFER_POOL_MAX = 64;

/**
 * A buffered reader over a raw stream, with the algorithm of CPython's C
 * BufferedReader: the same raw reads, of the same sizes, in the same order. All
 * reading methods return Promises; when the data is already buffered the Promise
 * is already resolved. Results are fresh Buffers that the caller may keep.
 * Calls that overlap (a read issued before the previous one settled) run one
 * after the other, as CPython's buffer lock makes them.
 */
export class BufferedReader extends BufferedIOBase {
  static readonly __tpname__: string = "_io.BufferedReader";
  static readonly __module__: string = "_io";
  private _raw: (RawIO & RawOptional) | null = null;
  private _ok = false;
  private _detached = false;
  private _bufferSize: number;
  /** The buffer; null once closed. */
  private _buffer: Buffer | null = null;
  /** Current logical position in the buffer. */
  private _pos = 0;
  /** Position of the raw stream in the buffer. */
  private _rawPos = 0;
  /** Just after the last buffered byte, or -1 if the buffer holds nothing to read. */
  private _readEnd = -1;
  /** The last pending asynchronous operation (the buffer lock). */
  private _tail: Promise<unknown> | null = null;
  /** Whether _tail is _readlineTextDirect()'s own operation (no other starts while _tail is set). */
  private _tailDirect = false;
  /** Its receive buffer, made on first use (see receiveBuffer()). */
  _receiver: ReceiveBuffer | null = null;

  constructor(raw: RawIO, buffer_size: number | { buffer_size?: number; bufferSize?: number } = DEFAULT_BUFFER_SIZE) {
    super();
    const b = bindKw(arguments, BUFFERED_READER_INIT);
    if (b) [raw, buffer_size] = b as [RawIO, number];
    const size = ssizeArg(buffer_size, DEFAULT_BUFFER_SIZE);
    // _PyIOBase_check_readable(raw)
    const r = raw as RawIO & RawOptional;
    if (typeof r.readable === "function" && r.readable() !== true) {
      throw new UnsupportedOperation("File or stream is not readable.");
    }
    this._raw = raw;
    this._bufferSize = size;
    if (size <= 0) throw new ValueError("buffer size must be strictly positive");
    this._buffer = size === DEFAULT_BUFFER_SIZE && bufferPool.length > 0 ? bufferPool.pop()! : Buffer.allocUnsafe(size);
    this._readEnd = -1;
    this._ok = true;
  }

  // -- state helpers (the C macros)

  /** CHECK_INITIALIZED */
  private _checkInit(): void {
    if (!this._ok) {
      if (this._detached) throw new ValueError("raw stream has been detached");
      throw new ValueError("I/O operation on uninitialized object");
    }
  }

  /** READAHEAD: the count of buffered bytes not yet read. */
  private _readahead(): number {
    return this._readEnd !== -1 && this._buffer !== null ? this._readEnd - this._pos : 0;
  }

  /** CHECK_CLOSED: closed, and nothing left in the buffer. */
  private _checkClosedFor(msg: string): void {
    if ((this._buffer === null || this._raw!.closed) && this._readahead() === 0) throw new ValueError(msg);
  }

  /** _bufferedreader_fill_buffer: one raw read appended after the buffered data. */
  private _fill(raw: RawIO, buf: Buffer): number | Promise<number> {
    const start = this._readEnd !== -1 ? this._readEnd : 0;
    const r = rawRead(raw, buf, start, this._bufferSize - start);
    if (typeof r === "number") return this._filled(start, r);
    return r.then((n) => this._filled(start, n));
  }

  private _filled(start: number, n: number): number {
    if (n > 0) {
      this._readEnd = start + n;
      this._rawPos = start + n;
    }
    return n;
  }

  /**
   * The receive buffer's view (see ReceiveBuffer.buffered): the unread buffered bytes,
   * without reading or copying; null while another operation holds the buffer.
   */
  _peekBuffered(): Buffer | null {
    const n = this._bufferedCount();
    return n > 0 ? this._buffer!.subarray(this._pos, this._pos + n) : null;
  }

  /** The count of bytes _peekBuffered() would show (0 for none), and the latin-1 text of the first n of them: no view made. */
  _bufferedCount(): number {
    return this._tail !== null || !this._ok || this._buffer === null ? 0 : this._readahead();
  }

  _bufferedLatin1(n: number): string {
    return this._buffer!.toString("latin1", this._pos, this._pos + n);
  }

  /** A copy of the first n of them (Buffer.from(view) would take Node's slower array-like path). */
  _copyBuffered(n: number): Buffer {
    return copyOut(this._buffer!, this._pos, this._pos + n);
  }

  _skipBuffered(n: number): void {
    this._pos += n;
  }

  /**
   * The raw stream the receive buffer's reads (_readDirect, _readintoDirect,
   * _readlineTextDirect) may go to, or null where the reader's own method must run: another
   * operation holds the reader (it would queue), or it is closed (it would raise).
   */
  private _directRaw(): (RawIO & RawOptional) | null {
    const raw = this._raw;
    return this._tail !== null || !this._ok || this._buffer === null || raw === null || raw.closed ? null : raw;
  }

  /**
   * The receive buffer's read(n) (n >= 0, see ReceiveBuffer.read): the bytes read(n) returns,
   * the buffered ones first, the rest copied straight from the raw stream's queue
   * (RawOptional._recvNow) into the result: one copy, and no Promise while bytes are
   * queued. Where the queue is empty the raw stream's readinto() reads into the result, as
   * _readGeneric's block reads do. Null, nothing read, when read(n) would queue behind
   * another operation or raise, or the raw stream has no direct take.
   */
  _readDirect(n: number): Buffer | Promise<Buffer | null> | null {
    const raw = this._directRaw();
    if (raw === null) return null;
    if (n <= this._readahead()) {
      // _bufferedreader_read_fast
      const res = copyOut(this._buffer!, this._pos, this._pos + n);
      this._pos += n;
      return res;
    }
    if (typeof raw._recvNow !== "function") return null;
    const out = allocBytes(n);
    const got = this._intoDirect(raw, out);
    return typeof got === "number" ? out : this._track(shrinkTo(out, got));
  }

  /**
   * The receive buffer's readinto(dest), as _readDirect is its read(n): the count readinto()
   * returns, the bytes copied once, straight into dest. Null when _readDirect would be.
   */
  _readintoDirect(dest: Uint8Array): number | Promise<number | null> | null {
    const raw = this._directRaw();
    if (raw === null) return null;
    const len = dest.length;
    if (this._readahead() >= len) {
      this._buffer!.copy(dest, 0, this._pos, this._pos + len);
      this._pos += len;
      return len;
    }
    if (typeof raw._recvNow !== "function") return null;
    const got = this._intoDirect(raw, dest);
    return typeof got === "number" ? got : this._track(got);
  }

  /**
   * dest filled with the buffered bytes, then from raw's queue: its length when that fills
   * it; else, through raw's readinto() where the queue is empty, a Promise of the count
   * (readinto()'s: short at the end, null when raw would block before any byte).
   */
  private _intoDirect(raw: RawIO & RawOptional, dest: Uint8Array): number | Promise<number | null> {
    const have = this._readahead();
    let written = 0;
    if (have > 0) {
      this._buffer!.copy(dest, 0, this._pos, this._pos + have);
      this._pos += have;
      written = have;
    }
    this._readEnd = -1;
    written += takeQueued(raw, dest, written);
    return written === dest.length ? written : this._intoDirectRest(raw, dest, written);
  }

  private async _intoDirectRest(raw: RawIO & RawOptional, dest: Uint8Array, written: number): Promise<number | null> {
    while (written < dest.length) {
      let r = rawRead(raw, dest, written, dest.length - written);
      if (typeof r !== "number") r = await r;
      if (r === 0 || (r === -2 && written > 0)) break;
      if (r === -2) return null;
      written += r;
      written += takeQueued(raw, dest, written);
    }
    return written;
  }

  /**
   * The receive buffer's readlineText(limit) (limit >= 0; see ReceiveBuffer.readlineText):
   * the latin-1 text of the line when it is buffered whole; when nothing is buffered, the
   * raw stream's wait (RawOptional._waitRecv) and _fill's raw read from its queue, then the
   * line's text if it came whole: one Promise instead of readline()'s layers, settled with a
   * string (no copy of the line, and a primitive settles a Promise without the lookup of a
   * `then` an object costs). Null (or a Promise of null, having read what it read) where
   * readline() must run: it goes on from the same state.
   */
  _readlineTextDirect(limit: number): string | Promise<string | null> | null {
    const raw = this._directRaw();
    if (raw === null || limit <= 0) return null;
    const have = this._readahead();
    if (have > 0) return this._takeLineText(this._buffer!, this._pos, have, limit);
    if (typeof raw._waitRecv !== "function" || typeof raw._recvFailed !== "function") return null;
    const wait = raw._waitRecv();
    if (wait === null) return null;
    // The pending operation, as _track() would record it, without its wrapper.
    const p = this._readlineTextAfter(raw, wait, limit);
    this._tail = p;
    this._tailDirect = true;
    return p;
  }

  /** The line of the `have` buffered bytes at start whose b"\n" lies within limit of them, as latin-1 text, consumed; else null, nothing consumed. */
  private _takeLineText(buf: Buffer, start: number, have: number, limit: number): string | null {
    // (indexOf runs on past the bound into stale bytes: a newline found there is no line)
    const i = buf.indexOf(0x0a, start);
    if (i < 0 || i >= start + (have > limit ? limit : have)) return null;
    this._pos = i + 1;
    return buf.toString("latin1", start, i + 1);
  }

  private async _readlineTextAfter(raw: RawIO & RawOptional, wait: Promise<boolean | (() => Promise<boolean>)>, limit: number): Promise<string | null> {
    try {
      let r: boolean | null;
      try {
        const w = await wait;
        r = typeof w === "function" ? await w() : w;
      } catch (e) {
        r = raw._recvFailed!(e);
      }
      const buf = this._buffer;
      this._readEnd = -1;
      if (r === null) return ""; // readinto() gave None: readline() returns what it has, nothing
      if (!r || buf === null) return null;
      // _fill: one raw read into the buffer, from the front (none when another reader took the bytes first)
      const k = raw._recvNow!(buf, 0, this._bufferSize);
      if (k <= 0) return null;
      this._pos = 0;
      this._readEnd = k;
      this._rawPos = k;
      return this._takeLineText(buf, 0, k, limit);
    } finally {
      // (an operation queued behind this one meanwhile is the tail now)
      if (this._tailDirect) {
        this._tail = null;
        this._tailDirect = false;
      }
    }
  }

  /** Runs fn, or queues it behind a pending operation; always returns a Promise. */
  private _locked<T>(fn: () => T | Promise<T>): Promise<T> {
    if (this._tail !== null) {
      const p = this._tail.then(fn, fn);
      return this._track(p);
    }
    let r: T | Promise<T>;
    try {
      r = fn();
    } catch (e) {
      return Promise.reject(e);
    }
    if (r instanceof Promise) return this._track(r);
    return Promise.resolve(r);
  }

  private _track<T>(p: Promise<T>): Promise<T> {
    // An awaiting wrapper rather than p.then(clear): a promise with one reaction keeps V8's
    // async stack trace going, so an error shows the caller's frames
    let tracked: Promise<T> | null = null; // set before the wrapper's finally can run
    tracked = (async () => {
      try {
        return await p;
      } finally {
        if (this._tail === tracked) this._tail = null;
      }
    })();
    this._tail = tracked;
    this._tailDirect = false;
    return tracked;
  }

  // -- attributes and inquiries

  get raw(): RawIO | null {
    return this._raw;
  }

  get name(): unknown {
    this._checkInit();
    const name = this._raw!.name;
    if (name === undefined) throw new AttributeError(`'${pyClassName(this._raw!)}' object has no attribute 'name'`);
    return name;
  }

  get mode(): unknown {
    this._checkInit();
    const mode = this._raw!.mode;
    if (mode === undefined) throw new AttributeError(`'${pyClassName(this._raw!)}' object has no attribute 'mode'`);
    return mode;
  }

  override get closed(): boolean {
    this._checkInit();
    return this._raw!.closed as boolean;
  }

  override readable(): boolean {
    this._checkInit();
    const raw = this._raw!;
    return typeof raw.readable === "function" ? (raw.readable() as boolean) : true;
  }

  override writable(): boolean {
    this._checkInit();
    const raw = this._raw!;
    return typeof raw.writable === "function" ? (raw.writable() as boolean) : false;
  }

  override seekable(): boolean {
    this._checkInit();
    const raw = this._raw!;
    return typeof raw.seekable === "function" ? (raw.seekable() as boolean) : false;
  }

  override fileno(): number {
    this._checkInit();
    const raw = this._raw!;
    if (typeof raw.fileno !== "function") throw new UnsupportedOperation("fileno");
    return raw.fileno() as number;
  }

  override isatty(): boolean {
    this._checkInit();
    const raw = this._raw!;
    if (typeof raw.isatty === "function") return raw.isatty() as boolean;
    iobaseCheckClosed(raw);
    return false;
  }

  /** BufferedReader.flush() is the raw stream's flush(). */
  override flush(): void {
    this._checkInit();
    const raw = this._raw!;
    if (typeof raw.flush === "function") raw.flush();
    else iobaseCheckClosed(raw);
  }

  /** raw.tell() minus what is buffered but not yet read. */
  override tell(): number {
    this._checkInit();
    const raw = this._raw!;
    if (typeof raw.tell !== "function") throw new UnsupportedOperation("seek");
    const r = raw.tell();
    const i = intValue(r);
    if (i === null) throw notInteger(r);
    const pos = Number(i);
    if (pos < 0) throw new OSError(`Raw stream returned invalid position ${pos}`);
    const rawOffset = this._readEnd !== -1 && this._rawPos >= 0 ? this._rawPos - this._pos : 0;
    return pos - rawOffset;
  }

  /** Flushes, closes the raw stream and frees the buffer; a no-op if raw is closed. */
  override close(): void {
    this._checkInit();
    const raw = this._raw!;
    if (raw.closed) return;
    let flushError: unknown = null;
    let flushFailed = false;
    try {
      this.flush();
    } catch (e) {
      flushFailed = true;
      flushError = e;
    }
    let closeError: unknown = null;
    let closeFailed = false;
    try {
      raw.close();
    } catch (e) {
      closeFailed = true;
      closeError = e;
    }
    const buf = this._buffer;
    this._buffer = null;
    this._readEnd = 0;
    this._pos = 0;
    // No operation is under way (it would still write into it): the buffer can serve the
    // next reader. Results are always copies, so nothing else refers to it.
    if (buf !== null && buf.length === DEFAULT_BUFFER_SIZE && this._tail === null && bufferPool.length < BUFFER_POOL_MAX) bufferPool.push(buf);
    if (closeFailed) {
      if (flushFailed) setContext(closeError, flushError);
      throw closeError;
    }
    if (flushFailed) throw flushError;
  }

  /** Flushes and returns the raw stream; the reader is unusable afterwards. */
  override detach(): RawIO {
    this._checkInit();
    this.flush();
    const raw = this._raw!;
    this._raw = null;
    this._detached = true;
    this._ok = false;
    return raw;
  }

  __repr__(): string {
    const tn = this.constructor === BufferedReader ? "_io.BufferedReader" : pyClassName(this);
    let name: unknown = undefined;
    try {
      name = this.name;
    } catch (e) {
      if (!(e instanceof ValueError) && !(e instanceof AttributeError)) throw e;
    }
    return name === undefined ? `<${tn}>` : `<${tn} name=${repr(name)}>`;
  }

  // -- reading

  /**
   * Reads up to size bytes (all until EOF when size is -1 or None). Several raw
   * reads may happen; null when the raw stream would block before any data.
   */
  override read(size: number | null = -1): Promise<Buffer | null> {
    return this._locked(() => this._read(size));
  }

  private _read(size: number | null | undefined): Buffer | null | Promise<Buffer | null> {
    const n = optSsizeArg(size, -1);
    this._checkInit();
    if (n < -1) throw new ValueError("read length must be non-negative or -1");
    this._checkClosedFor("read of closed file");
    if (n === -1) return this._readAll();
    if (n <= this._readahead()) {
      // _bufferedreader_read_fast
      const res = copyOut(this._buffer!, this._pos, this._pos + n);
      this._pos += n;
      return res;
    }
    return this._readGeneric(n);
  }

  /** _bufferedreader_read_generic: buffered bytes, whole blocks directly, then the rest via the buffer. */
  private async _readGeneric(n: number): Promise<Buffer | null> {
    const raw = this._raw!;
    const buf = this._buffer!;
    const bufferSize = this._bufferSize;
    const current = this._readahead();
    const out = allocBytes(n);
    let remaining = n;
    let written = 0;
    if (current > 0) {
      buf.copy(out, 0, this._pos, this._pos + current);
      remaining -= current;
      written += current;
      this._pos += current;
    }
    this._readEnd = -1;
    while (remaining > 0) {
      // Read whole blocks directly; keep the last partial block for the buffer.
      const want = remaining - (remaining % bufferSize);
      if (want === 0) break;
      let r = rawRead(raw, out, written, want);
      if (typeof r !== "number") r = await r;
      if (r === 0 || r === -2) {
        if (r === 0 || written > 0) return shrink(out, written);
        return null;
      }
      remaining -= r;
      written += r;
    }
    this._pos = 0;
    this._rawPos = 0;
    this._readEnd = 0;
    // Once the read is satisfied no further raw read is issued: it could block.
    while (remaining > 0 && this._readEnd < bufferSize) {
      let r = this._fill(raw, buf);
      if (typeof r !== "number") r = await r;
      if (r === 0 || r === -2) {
        if (r === 0 || written > 0) return shrink(out, written);
        return null;
      }
      const take = remaining > r ? r : remaining;
      buf.copy(out, written, this._pos, this._pos + take);
      written += take;
      this._pos += take;
      remaining -= take;
    }
    return out;
  }

  /** _bufferedreader_read_all: buffered bytes plus raw.readall() (or raw.read() until EOF). */
  private _readAll(): Buffer | null | Promise<Buffer | null> {
    const raw = this._raw!;
    const currentSize = this._readahead();
    let data: Buffer | null = null;
    if (currentSize > 0) {
      data = copyOut(this._buffer!, this._pos, this._pos + currentSize);
      this._pos += currentSize;
    }
    this._readEnd = -1;
    if (typeof raw.readall === "function" || typeof raw.read !== "function") {
      const tmp = typeof raw.readall === "function" ? raw.readall() : drive(readallViaReadinto(raw));
      return then(tmp, (t) => {
        if (t !== null && t !== undefined && !isBytes(t)) throw new TypeError("readall() should return bytes");
        if (currentSize === 0) return t === undefined || t === null ? null : asBuf(t);
        if (t === null || t === undefined || t.length === 0) return data;
        return Buffer.concat([data!, t]);
      });
    }
    return drive(this._readAllChunks(raw, data, currentSize));
  }

  private *_readAllChunks(raw: RawIO & RawOptional, data: Buffer | null, currentSize: number): Generator<unknown, Buffer | null, unknown> {
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (data !== null) {
      chunks.push(data);
      total += data.length;
    }
    for (;;) {
      // Read until EOF or until read() would block.
      const d = yield raw.read!();
      if (d !== null && d !== undefined && !isBytes(d)) throw new TypeError("read() should return bytes");
      if (d === null || d === undefined || d.length === 0) {
        if (currentSize === 0) return d === null || d === undefined ? null : asBuf(d);
        return concatChunks(chunks, total);
      }
      chunks.push(d);
      total += d.length;
      currentSize += d.length;
    }
  }

  /**
   * At most one raw read: buffered bytes if there are any, else one raw readinto()
   * of size bytes (the buffer size when size < 0).
   */
  override read1(size: number = -1): Promise<Buffer> {
    return this._locked(() => this._read1(size));
  }

  private _read1(size: number | undefined): Buffer | Promise<Buffer> {
    let n = ssizeArg(size, -1);
    this._checkInit();
    if (n < 0) n = this._bufferSize;
    this._checkClosedFor("read of closed file");
    if (n === 0) return EMPTY;
    const have = this._readahead();
    if (have > 0) {
      if (n > have) n = have;
      const res = copyOut(this._buffer!, this._pos, this._pos + n);
      this._pos += n;
      return res;
    }
    this._readEnd = -1;
    // CPython reads into a new bytes object of n bytes and shrinks it. The buffer
    // holds nothing to keep at this point, so when it is large enough it serves as
    // the n-byte block and the result is a copy of exactly the bytes received.
    const buf = this._buffer!;
    const out = n <= buf.length ? buf : allocBytes(n);
    const finish = (r: number): Buffer => {
      if (r === -2) r = 0;
      return out === buf ? copyOut(buf, 0, r) : shrink(out, r);
    };
    const r = rawRead(this._raw!, out, 0, n);
    return typeof r === "number" ? finish(r) : r.then(finish);
  }

  /**
   * The buffered bytes without consuming them, or (when none are buffered) the
   * result of one raw read into the buffer. size is ignored, as in CPython.
   */
  peek(size: number = 0): Promise<Buffer> {
    return this._locked(() => this._peek(size));
  }

  private _peek(size: number | undefined): Buffer | Promise<Buffer> {
    ssizeArg(size, 0);
    this._checkInit();
    this._checkClosedFor("peek of closed file");
    const buf = this._buffer!;
    const have = this._readahead();
    if (have > 0) return copyOut(buf, this._pos, this._pos + have);
    this._readEnd = -1;
    const finish = (r: number): Buffer => {
      this._pos = 0;
      return copyOut(buf, 0, r === -2 ? 0 : r);
    };
    const r = this._fill(this._raw!, buf);
    return typeof r === "number" ? finish(r) : r.then(finish);
  }

  override readinto(b: Uint8Array | ArrayBufferView | ArrayBuffer): Promise<number | null> {
    return this._locked(() => this._readinto(rwBufferArg(b, "readinto"), false));
  }

  /** Like readinto(), but at most one raw read once some data is at hand. */
  override readinto1(b: Uint8Array | ArrayBufferView | ArrayBuffer): Promise<number | null> {
    return this._locked(() => this._readinto(rwBufferArg(b, "readinto1"), true));
  }

  /** _buffered_readinto_generic */
  private _readinto(dest: Uint8Array, one: boolean): number | null | Promise<number | null> {
    this._checkInit();
    this._checkClosedFor("readinto of closed file");
    const buf = this._buffer!;
    const len = dest.length;
    let written = 0;
    const n = this._readahead();
    if (n > 0) {
      if (n >= len) {
        buf.copy(dest, 0, this._pos, this._pos + len);
        this._pos += len;
        return len;
      }
      buf.copy(dest, 0, this._pos, this._pos + n);
      this._pos += n;
      written = n;
    }
    return this._readintoRest(dest, one, written);
  }

  private async _readintoRest(dest: Uint8Array, one: boolean, written: number): Promise<number | null> {
    const raw = this._raw!;
    const buf = this._buffer!;
    const bufferSize = this._bufferSize;
    this._readEnd = -1;
    this._pos = 0;
    let remaining = dest.length - written;
    while (remaining > 0) {
      let n: number;
      if (remaining > bufferSize) {
        // Larger than the buffer: read directly into the caller's buffer.
        const r = rawRead(raw, dest, written, remaining);
        n = typeof r === "number" ? r : await r;
      } else if (!(one && written)) {
        // In readinto1 mode the buffer is not filled once there is data to return.
        const r = this._fill(raw, buf);
        n = typeof r === "number" ? r : await r;
        if (n > 0) {
          if (n > remaining) n = remaining;
          buf.copy(dest, written, this._pos, this._pos + n);
          this._pos += n;
          written += n;
          remaining -= n;
          continue;
        }
      } else n = 0;
      if (n === 0 || (n === -2 && written > 0)) break;
      if (n === -2) return null;
      if (one) {
        // At most one read in readinto1 mode.
        written += n;
        break;
      }
      written += n;
      remaining -= n;
    }
    return written;
  }

  /** A line up to b"\n" (or size bytes), scanning the buffer then filling it again. */
  override readline(size: number | null = -1): Promise<Buffer> {
    return this._locked(() => this._readline(size));
  }

  private _readline(size: number | null | undefined): Buffer | Promise<Buffer> {
    const limit = optSsizeArg(size, -1);
    this._checkInit();
    this._checkClosedFor("readline of closed file");
    // First, try to find a line in the buffer.
    const buf = this._buffer!;
    let n = this._readahead();
    if (limit >= 0 && n > limit) n = limit;
    const start = this._pos;
    if (n > 0) {
      const i = buf.subarray(start, start + n).indexOf(0x0a);
      if (i >= 0) {
        this._pos = start + i + 1;
        return copyOut(buf, start, start + i + 1);
      }
    }
    if (n === limit) {
      this._pos += n;
      return copyOut(buf, start, start + n);
    }
    return this._readlineRest(limit, n);
  }

  private async _readlineRest(limit: number, n: number): Promise<Buffer> {
    const raw = this._raw!;
    const buf = this._buffer!;
    const chunks: Buffer[] = [];
    let total = 0;
    if (n > 0) {
      chunks.push(copyOut(buf, this._pos, this._pos + n));
      total += n;
      this._pos += n;
      if (limit >= 0) limit -= n;
    }
    for (;;) {
      this._readEnd = -1;
      let r = this._fill(raw, buf);
      if (typeof r !== "number") r = await r;
      if (r <= 0) break;
      if (limit >= 0 && r > limit) r = limit;
      const i = buf.subarray(0, r).indexOf(0x0a);
      if (i >= 0) {
        chunks.push(copyOut(buf, 0, i + 1));
        total += i + 1;
        this._pos = i + 1;
        break;
      }
      chunks.push(copyOut(buf, 0, r));
      total += r;
      if (r === limit) {
        this._pos = r;
        break;
      }
      if (limit >= 0) limit -= r;
    }
    return concatChunks(chunks, total);
  }

  override readlines(hint: number | null = -1): Promise<Buffer[]> {
    try {
      return Promise.resolve(super.readlines(hint));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** buffered_iternext */
  protected override _nextLine(): Promise<Buffer | null> {
    try {
      this._checkInit();
    } catch (e) {
      return Promise.reject(e);
    }
    return this.readline().then((line: unknown) => {
      if (!isBytes(line)) throw new OSError(`readline() should have returned a bytes object, not '${typeName(line)}'`);
      return line.length === 0 ? null : asBuf(line);
    });
  }

  // camelCase aliases with this class's types

  override readLine(size: number | null = -1): Promise<Buffer> {
    return this.readline(size);
  }

  override readLines(hint: number | null = -1): Promise<Buffer[]> {
    return this.readlines(hint);
  }

  override readInto(b: Uint8Array | ArrayBufferView | ArrayBuffer): Promise<number | null> {
    return this.readinto(b);
  }

  override readInto1(b: Uint8Array | ArrayBufferView | ArrayBuffer): Promise<number | null> {
    return this.readinto1(b);
  }
}

// ---------------------------------------------------------------------------
// BytesIO

/** Buffered I/O over an in-memory bytes buffer; every method is synchronous. */
export class BytesIO extends BufferedIOBase {
  static readonly __tpname__: string = "_io.BytesIO";
  static readonly __module__: string = "_io";
  /** The storage (its length is the capacity); null once closed. */
  private _buf: Buffer | null;
  /** The length of the contents (string_size). */
  private _size = 0;
  private _pos = 0;
  /** Its receive buffer, made on first use (see receiveBuffer()). */
  _receiver: ReceiveBuffer | null = null;

  constructor(initial_bytes: Uint8Array | ArrayBufferView | ArrayBuffer | null | { initial_bytes?: unknown; initialBytes?: unknown } = null) {
    super();
    const b = bindKw(arguments, BYTESIO_INIT);
    const init: unknown = b ? b[0] : initial_bytes;
    this._buf = EMPTY;
    if (init !== null && init !== undefined) {
      const view = bytesView(init);
      if (view === null) throw new TypeError(`a bytes-like object is required, not '${typeName(init)}'`);
      // Python shares an immutable bytes object; a JS array can change, so copy it.
      this._buf = copyOut(view, 0, view.length);
      this._size = view.length;
    }
  }

  /** CHECK_CLOSED */
  private _check(): Buffer {
    if (this._buf === null) throw new ValueError("I/O operation on closed file.");
    return this._buf;
  }

  override get closed(): boolean {
    return this._buf === null;
  }

  override readable(): boolean {
    this._check();
    return true;
  }

  override writable(): boolean {
    this._check();
    return true;
  }

  override seekable(): boolean {
    this._check();
    return true;
  }

  override flush(): void {
    this._check();
  }

  override isatty(): boolean {
    this._check();
    return false;
  }

  /** Frees the contents; unlike IOBase.close() it does not call flush(). */
  override close(): void {
    this._buf = null;
  }

  getvalue(): Buffer {
    const buf = this._check();
    return copyOut(buf, 0, this._size);
  }

  override tell(): number {
    this._check();
    return this._pos;
  }

  private _readBytes(buf: Buffer, size: number): Buffer {
    if (size <= 0) return EMPTY;
    const out = copyOut(buf, this._pos, this._pos + size);
    this._pos += size;
    return out;
  }

  override read(size: number | null = -1): Buffer {
    let n = optSsizeArg(size, -1);
    const buf = this._check();
    const avail = this._size - this._pos;
    if (n < 0 || n > avail) n = avail < 0 ? 0 : avail;
    return this._readBytes(buf, n);
  }

  /**
   * read(n) for an int n >= 0, its bytes copied into dest at `at` instead of into a new
   * object (there must be room): the count. http.client's batched upload of a stock
   * BytesIO (src/http/_fastpath.ts) stages its blocks in one reused buffer this way.
   */
  _readInto(dest: Uint8Array, at: number, n: number): number {
    const buf = this._check();
    const avail = this._size - this._pos;
    if (n > avail) n = avail < 0 ? 0 : avail;
    if (n <= 0) return 0;
    buf.copy(dest, at, this._pos, this._pos + n);
    this._pos += n;
    return n;
  }

  /**
   * read(n) for 0 < n <= the bytes left, as a view of the storage instead of a copy; else
   * null, nothing read. Only for a caller that closes this BytesIO before anything else can
   * run (http.client's read() of a whole body), so that the view is the storage's only user.
   */
  _readView(n: number): Buffer | null {
    const buf = this._buf;
    if (buf === null || !(n > 0) || n > this._size - this._pos) return null;
    const out = buf.subarray(this._pos, this._pos + n);
    this._pos += n;
    return out;
  }

  override read1(size: number | null = -1): Buffer {
    // _io_BytesIO_read1_impl calls the C read directly: a subclass's read() is not called
    return BytesIO.prototype.read.call(this, size);
  }

  /** scan_eol(): the length of the next line, at most len (len < 0: no limit). */
  private _scanEol(buf: Buffer, len: number): number {
    if (this._pos >= this._size) return 0;
    const maxlen = this._size - this._pos;
    if (len < 0 || len > maxlen) len = maxlen;
    if (len) {
      const i = buf.subarray(this._pos, this._pos + len).indexOf(0x0a);
      if (i >= 0) len = i + 1;
    }
    return len;
  }

  /** The receive buffer's view, as BufferedReader._peekBuffered: the unread bytes. */
  _peekBuffered(): Buffer | null {
    return this._bufferedCount() > 0 ? this._buf!.subarray(this._pos, this._size) : null;
  }

  /** See BufferedReader._bufferedCount(). */
  _bufferedCount(): number {
    return this._buf !== null && this._pos < this._size ? this._size - this._pos : 0;
  }

  _bufferedLatin1(n: number): string {
    return this._buf!.toString("latin1", this._pos, this._pos + n);
  }

  _copyBuffered(n: number): Buffer {
    return copyOut(this._buf!, this._pos, this._pos + n);
  }

  _skipBuffered(n: number): void {
    this._pos += n;
  }

  override readline(size: number | null = -1): Buffer {
    const limit = optSsizeArg(size, -1);
    const buf = this._check();
    return this._readBytes(buf, this._scanEol(buf, limit));
  }

  /** Lines until EOF; with size > 0, stops once the lines read add up to size. */
  override readlines(size: number | null = null): Buffer[] {
    const buf = this._check();
    let maxsize = -1;
    if (size !== null && size !== undefined) {
      const i = intValue(size);
      if (i === null) throw new TypeError(`integer argument expected, got '${typeName(size)}'`);
      maxsize = toSsize(i);
    }
    const result: Buffer[] = [];
    let total = 0;
    for (;;) {
      const n = this._scanEol(buf, -1);
      if (n === 0) break;
      result.push(this._readBytes(buf, n));
      total += n;
      if (maxsize > 0 && total >= maxsize) break;
    }
    return result;
  }

  override readinto(b: Uint8Array | ArrayBufferView | ArrayBuffer): number {
    const view = rwBufferArg(b, "readinto");
    const buf = this._check();
    let len = view.length;
    const n = this._size - this._pos;
    if (len > n) {
      len = n;
      if (len < 0) return 0;
    }
    buf.copy(view, 0, this._pos, this._pos + len);
    this._pos += len;
    return len;
  }

  /** BufferedIOBase.readinto1(): through read1(), which is read() here. */
  override readinto1(b: Uint8Array | ArrayBufferView | ArrayBuffer): number {
    return super.readinto1(b) as number;
  }

  override write(b: Uint8Array | ArrayBufferView | ArrayBuffer): number {
    this._check();
    const view = bytesView(b);
    if (view === null) throw new TypeError(`a bytes-like object is required, not '${typeName(b)}'`);
    return this._writeBytes(view);
  }

  private _writeBytes(view: Uint8Array): number {
    const len = view.length;
    if (len === 0) return 0;
    const endpos = this._pos + len;
    let buf = this._buf!;
    if (endpos > buf.length) {
      // Over-allocate so that a run of small writes stays linear.
      const grown = Buffer.allocUnsafe(Math.max(endpos, buf.length + (buf.length >> 1), 64));
      buf.copy(grown, 0, 0, this._size);
      buf = this._buf = grown;
    }
    if (this._pos > this._size) {
      // After a seek past the end, the gap reads as null bytes.
      buf.fill(0, this._size, this._pos);
    }
    buf.set(view, this._pos);
    this._pos = endpos;
    if (this._size < endpos) this._size = endpos;
    return len;
  }

  override writelines(lines: Iterable<unknown>): void {
    this._check();
    for (const line of lines) {
      const view = bytesView(line);
      if (view === null) throw new TypeError(`a bytes-like object is required, not '${typeName(line)}'`);
      this._check();
      this._writeBytes(view);
    }
  }

  override seek(pos: number, whence: number = 0): number {
    if (pos === undefined) throw new TypeError("seek expected at least 1 argument, got 0");
    let p = ssizeArg(pos, 0);
    const w = intArg(whence, 0);
    this._check();
    if (p < 0 && w === 0) throw new ValueError(`negative seek value ${p}`);
    if (w === 1) p += this._pos;
    else if (w === 2) p += this._size;
    else if (w !== 0) throw new ValueError(`invalid whence (${w}, should be 0, 1 or 2)`);
    if (p < 0) p = 0;
    this._pos = p;
    return p;
  }

  override truncate(size: number | null = null): number {
    this._check();
    let newSize: number;
    if (size === null || size === undefined) newSize = this._pos;
    else {
      const i = intValue(size);
      if (i === null) throw notInteger(size);
      newSize = toSsize(i, "Python int too large to convert to C long");
      if (newSize < 0) throw new ValueError(`negative size value ${newSize}`);
    }
    if (newSize < this._size) this._size = newSize;
    return newSize;
  }

  // Iteration: iter() does not check for closed; each next() does.

  protected override _iterStart(): void {}

  protected override _nextLine(): Buffer | null {
    const buf = this._check();
    const n = this._scanEol(buf, -1);
    return n === 0 ? null : this._readBytes(buf, n);
  }

  [Symbol.iterator](): IterableIterator<Buffer> {
    const it: IterableIterator<Buffer> = {
      next: (): IteratorResult<Buffer> => {
        const line = this._nextLine();
        return line === null ? { done: true, value: undefined } : { done: false, value: line };
      },
      [Symbol.iterator]: () => it,
    };
    return it;
  }

  // camelCase aliases with this class's types

  getValue(): Buffer {
    return this.getvalue();
  }

  override readLine(size: number | null = -1): Buffer {
    return this.readline(size);
  }

  override readLines(size: number | null = null): Buffer[] {
    return this.readlines(size);
  }

  override readInto(b: Uint8Array | ArrayBufferView | ArrayBuffer): number {
    return this.readinto(b);
  }

  override readInto1(b: Uint8Array | ArrayBufferView | ArrayBuffer): number {
    return this.readinto1(b);
  }
}

// ---------------------------------------------------------------------------
// The receive buffer (http.client's buffer-level parsers, src/http/_fastpath.ts)

/**
 * A reader's buffered bytes, taken in place, as h11's ReceiveBuffer hands them out:
 * what is buffered, the next line up to a limit, exactly n bytes, the rest copied into a
 * destination. Each operation gives what the reader's own readline(), read() or
 * readinto() would, without their Promise and copy; receiveBuffer() hands one out only
 * when those calls would be unobservable, so that a subclass or a patched reader
 * sees every call CPython makes.
 */
export interface ReceiveBuffer {
  /** The unread buffered bytes, as a view valid until the next call on the reader; null when none (or while a read is under way). */
  buffered(): Buffer | null;
  /** The count of buffered() bytes, without the view (0 for none). */
  bufferedCount(): number;
  /** The latin-1 text of the first n buffered bytes (n at most bufferedCount()). */
  bufferedText(n: number): string;
  /** Consumes n of the buffered bytes. */
  consume(n: number): void;
  /** readline(limit) when its line is buffered whole (its b"\n" within limit bytes): the line, consumed, as a view valid until the next call; else null, nothing consumed. */
  nextLine(limit: number): Buffer | null;
  /** read(n) when n bytes are buffered: a copy of them, consumed; else null, nothing consumed. */
  exactly(n: number): Buffer | null;
  /**
   * readline(limit) for limit > 0, as latin-1 text: the line the reader's readline(limit)
   * gives, when it is buffered whole or, for a BufferedReader with nothing buffered, when
   * one wait and raw read bring it whole (BufferedReader._readlineTextDirect; a Promise);
   * else null, or a Promise of null, and readline() must run.
   */
  readlineText(limit: number): string | null | Promise<string | null>;
  /**
   * read(n) for an int n >= 0: what the reader's read(n) returns (a Promise of it when it
   * waits), the bytes copied once, straight from the socket's queue (BufferedReader._readDirect);
   * null, nothing read, when the reader's own read(n) must run (it queues or raises).
   */
  read(n: number): Buffer | null | Promise<Buffer | null>;
  /** readinto(dest): the buffered bytes, then reads until dest is full or the stream ends; the count. */
  readInto(dest: Uint8Array): number | null | Promise<number | null>;
  /** Whether the bytes come from a raw stream as they arrive (a BufferedReader), not all from memory (a BytesIO). */
  readonly streaming: boolean;
}

class Receiver implements ReceiveBuffer {
  readonly streaming: boolean;

  constructor(private readonly reader: BufferedReader | BytesIO) {
    this.streaming = reader instanceof BufferedReader;
  }

  buffered(): Buffer | null {
    return this.reader._peekBuffered();
  }

  bufferedCount(): number {
    return this.reader._bufferedCount();
  }

  bufferedText(n: number): string {
    return this.reader._bufferedLatin1(n);
  }

  consume(n: number): void {
    this.reader._skipBuffered(n);
  }

  nextLine(limit: number): Buffer | null {
    const view = this.reader._peekBuffered();
    if (view === null) return null;
    const nl = (view.length > limit ? view.subarray(0, limit) : view).indexOf(0x0a);
    if (nl < 0) return null;
    this.reader._skipBuffered(nl + 1);
    return view.subarray(0, nl + 1);
  }

  exactly(n: number): Buffer | null {
    const r = this.reader;
    const have = r._bufferedCount();
    if (have === 0 || n < 0 || have < n) return null; // (nothing buffered: the reader's read() runs, even for n = 0)
    const out = r._copyBuffered(n);
    r._skipBuffered(n);
    return out;
  }

  read(n: number): Buffer | null | Promise<Buffer | null> {
    const r = this.reader;
    return r instanceof BufferedReader ? r._readDirect(n) : r.read(n);
  }

  readlineText(limit: number): string | null | Promise<string | null> {
    const r = this.reader;
    if (r instanceof BufferedReader) return r._readlineTextDirect(limit);
    const line = this.nextLine(limit);
    return line === null ? null : line.toString("latin1");
  }

  readInto(dest: Uint8Array): number | null | Promise<number | null> {
    const r = this.reader;
    if (r instanceof BufferedReader) {
      const direct = r._readintoDirect(dest);
      if (direct !== null) return direct;
    }
    return r.readinto(dest);
  }
}

/**
 * The receive buffer of fp: only for an io.BufferedReader or io.BytesIO whose every method
 * that http.client calls is the class's own (no subclass or instance overrides one),
 * else null. The one place that decides whether a fast path may read a reader.
 */
export function receiveBuffer(fp: unknown): ReceiveBuffer | null {
  if (fp instanceof BufferedReader) return stockReader(fp, BufferedReader.prototype) ? (fp._receiver ??= new Receiver(fp)) : null;
  if (fp instanceof BytesIO) return stockReader(fp, BytesIO.prototype) ? (fp._receiver ??= new Receiver(fp)) : null;
  return null;
}

/**
 * Whether every method of r that http.client calls (HTTPResponse: fp.readline, fp.read,
 * fp.readinto, fp.read1, fp.peek, fp.close, fp.flush, fp.fileno) is the one of proto.
 */
function stockReader<R extends BufferedReader | BytesIO>(r: R, proto: R): boolean {
  return (
    r.read === proto.read &&
    r.read1 === proto.read1 &&
    r.readinto === proto.readinto &&
    r.readline === proto.readline &&
    (r as { peek?: unknown }).peek === (proto as { peek?: unknown }).peek &&
    r.close === proto.close &&
    r.flush === proto.flush &&
    r.fileno === proto.fileno
  );
}

// ---------------------------------------------------------------------------
// TextIOBase

/** Base class for text streams (str lines). */
export class TextIOBase extends IOBase<string> {
  read(_size?: number | null): string | Promise<string> {
    throw new UnsupportedOperation("read");
  }

  override readline(_size?: number | null): string | Promise<string> {
    throw new UnsupportedOperation("readline");
  }

  write(_s: string): number | Promise<number> {
    throw new UnsupportedOperation("write");
  }

  detach(): unknown {
    throw new UnsupportedOperation("detach");
  }

  get encoding(): string | null {
    return null;
  }

  get newlines(): unknown {
    return null;
  }

  get errors(): string | null {
    return null;
  }
}

// ---------------------------------------------------------------------------
// StringIO

const SEEN_CR = 1;
const SEEN_LF = 2;
const SEEN_CRLF = 4;

/**
 * Text I/O over an in-memory str. Positions count code points, as Python's do.
 * newline works as for TextIOWrapper: None translates \r and \r\n to \n on write,
 * "" recognises all three line endings on read, "\r" or "\r\n" translate \n on write.
 */
export class StringIO extends TextIOBase {
  static readonly __tpname__: string = "_io.StringIO";
  static readonly __module__: string = "_io";
  /** The contents, as UTF-16. */
  private _text = "";
  /** Whether _text may hold surrogate pairs (then code point and UTF-16 indices differ). */
  private _astral = false;
  /** Length of the contents, in code points. */
  private _size = 0;
  /** Position, in code points (may be past the end). */
  private _pos = 0;
  private _closedFlag = false;
  private _readuniversal: boolean;
  private _readtranslate: boolean;
  private _readnl: string | null;
  private _writenl: string | null = null;
  /** The newline kinds seen so far (the IncrementalNewlineDecoder's state), or null without one. */
  private _seennl: number | null = null;

  constructor(
    initial_value: string | null | { initial_value?: string | null; initialValue?: string | null; newline?: string | null } = "",
    newline: string | null | { newline?: string | null } = "\n",
  ) {
    super();
    const b = bindKw(arguments, STRINGIO_INIT);
    let value: unknown = b ? b[0] : initial_value;
    let nl: unknown = b ? b[1] : newline;
    if (value === undefined) value = "";
    if (nl === undefined) nl = "\n";
    if (nl !== null && typeof nl !== "string") {
      throw new TypeError(`newline must be str or None, not ${typeName(nl)}`);
    }
    // CPython reads newline as a C string: it ends at the first NUL.
    const cnl = nl === null ? null : nl.split("\0")[0]!;
    if (cnl !== null && cnl !== "" && cnl !== "\n" && cnl !== "\r" && cnl !== "\r\n") {
      throw new ValueError(`illegal newline value: ${repr(nl)}`);
    }
    if (value !== null && typeof value !== "string") {
      throw new TypeError(`initial_value must be str or None, not ${typeName(value)}`);
    }
    this._readnl = cnl;
    this._readuniversal = cnl === null || cnl === "";
    this._readtranslate = cnl === null;
    if (cnl !== null && cnl.startsWith("\r")) this._writenl = cnl;
    if (this._readuniversal) this._seennl = 0;
    if (value !== null && value.length > 0) {
      this._writeStr(value);
      this._pos = 0;
    }
  }

  private _checkInitClosed(): void {
    if (this._closedFlag) throw new ValueError("I/O operation on closed file");
  }

  /** UTF-16 index of code point position cp (cp at most the size). */
  private _cu(cp: number): number {
    return this._astral ? cpToCu(this._text, cp) : cp;
  }

  private _writeStr(obj: string): void {
    let decoded = obj;
    if (this._seennl !== null) {
      // The IncrementalNewlineDecoder (always final): note the newlines, translate them if asked.
      if (decoded.includes("\r") || decoded.includes("\n")) {
        const crlf = decoded.includes("\r\n");
        if (crlf) this._seennl |= SEEN_CRLF;
        if (/\r(?!\n)/.test(decoded)) this._seennl |= SEEN_CR;
        if (/(^|[^\r])\n/.test(decoded)) this._seennl |= SEEN_LF;
        if (this._readtranslate) decoded = decoded.replace(/\r\n?/g, "\n");
      }
    }
    if (this._writenl !== null) decoded = decoded.replace(/\n/g, this._writenl);
    const len = cpLen(decoded);
    const pair = len !== decoded.length; // a surrogate pair: one code point, two UTF-16 units
    if (this._pos > this._size) {
      // After a seek past the end, the gap reads as NUL characters.
      this._text += "\0".repeat(this._pos - this._size);
      this._size = this._pos;
    }
    if (this._pos === this._size) this._text += decoded;
    else {
      const a = this._cu(this._pos);
      const b = this._cu(Math.min(this._pos + len, this._size));
      this._text = this._text.slice(0, a) + decoded + this._text.slice(b);
    }
    if (pair) this._astral = true;
    this._pos += len;
    if (this._size < this._pos) this._size = this._pos;
  }

  getvalue(): string {
    this._checkInitClosed();
    return this._text;
  }

  override tell(): number {
    this._checkInitClosed();
    return this._pos;
  }

  override read(size: number | null = -1): string {
    let n = optSsizeArg(size, -1);
    this._checkInitClosed();
    const avail = this._size - this._pos;
    if (n < 0 || n > avail) n = avail < 0 ? 0 : avail;
    if (n === 0) return "";
    const a = this._cu(this._pos);
    const res = this._text.slice(a, this._astral ? this._cu(this._pos + n) : a + n);
    this._pos += n;
    return res;
  }

  /** _stringio_readline with _PyIO_find_line_ending. */
  private _readlineImpl(limit: number): string {
    if (this._pos >= this._size) return "";
    if (limit < 0 || limit > this._size - this._pos) limit = this._size - this._pos;
    const a = this._cu(this._pos);
    const seg = this._text.slice(a, this._astral ? this._cu(this._pos + limit) : a + limit);
    let k: number;
    if (this._readtranslate) {
      const i = seg.indexOf("\n");
      k = i >= 0 ? i + 1 : seg.length;
    } else if (this._readuniversal) {
      const m = /[\r\n]/.exec(seg);
      if (m === null) k = seg.length;
      else if (m[0] === "\n") k = m.index + 1;
      else k = seg.charCodeAt(m.index + 1) === 0x0a ? m.index + 2 : m.index + 1;
    } else {
      const nl = this._readnl!;
      const i = seg.indexOf(nl);
      k = i >= 0 ? i + nl.length : seg.length;
    }
    const line = k === seg.length ? seg : seg.slice(0, k);
    this._pos += this._astral ? cpLen(line) : line.length;
    return line;
  }

  override readline(size: number | null = -1): string {
    const limit = optSsizeArg(size, -1);
    this._checkInitClosed();
    return this._readlineImpl(limit);
  }

  override readlines(hint: number | null = -1): string[] {
    return super.readlines(hint) as string[];
  }

  override truncate(pos: number | null = null): number {
    this._checkInitClosed();
    let size: number;
    if (pos === null || pos === undefined) size = this._pos;
    else {
      const i = intValue(pos);
      if (i === null) throw notInteger(pos);
      size = toSsize(i, CANNOT_FIT);
      if (size < 0) throw new ValueError(`Negative size value ${size}`);
    }
    if (size < this._size) {
      this._text = this._text.slice(0, this._cu(size));
      this._size = size;
    }
    return size;
  }

  override seek(pos: number, whence: number = 0): number {
    if (pos === undefined) throw new TypeError("seek expected at least 1 argument, got 0");
    const p = ssizeArg(pos, 0);
    const w = intArg(whence, 0);
    this._checkInitClosed();
    if (w !== 0 && w !== 1 && w !== 2) throw new ValueError(`Invalid whence (${w}, should be 0, 1 or 2)`);
    if (p < 0 && w === 0) throw new ValueError(`Negative seek position ${p}`);
    if (w !== 0 && p !== 0) throw new OSError("Can't do nonzero cur-relative seeks");
    this._pos = w === 1 ? this._pos : w === 2 ? this._size : p;
    return this._pos;
  }

  override write(s: string): number {
    if (typeof s !== "string") throw new TypeError(`string argument expected, got '${typeName(s)}'`);
    this._checkInitClosed();
    const size = cpLen(s);
    if (size > 0) this._writeStr(s);
    return size;
  }

  /** Frees the contents; unlike IOBase.close() it does not call flush(). */
  override close(): void {
    this._closedFlag = true;
    this._text = "";
  }

  override get closed(): boolean {
    return this._closedFlag;
  }

  override readable(): boolean {
    this._checkInitClosed();
    return true;
  }

  override writable(): boolean {
    this._checkInitClosed();
    return true;
  }

  override seekable(): boolean {
    this._checkInitClosed();
    return true;
  }

  get line_buffering(): boolean {
    this._checkInitClosed();
    return false;
  }

  /** The newline kinds read so far (None, a str, or a tuple of them), as TextIOWrapper reports. */
  override get newlines(): unknown {
    this._checkInitClosed();
    switch (this._seennl) {
      case null:
      case 0:
        return null;
      case SEEN_CR:
        return "\r";
      case SEEN_LF:
        return "\n";
      case SEEN_CRLF:
        return "\r\n";
      case SEEN_CR | SEEN_LF:
        return tuple(["\r", "\n"]);
      case SEEN_CR | SEEN_CRLF:
        return tuple(["\r", "\r\n"]);
      case SEEN_LF | SEEN_CRLF:
        return tuple(["\n", "\r\n"]);
      default:
        return tuple(["\r", "\n", "\r\n"]);
    }
  }

  /** stringio_iternext (iter() itself is IOBase's, which checks `closed`). */
  protected override _nextLine(): string | null {
    this._checkInitClosed();
    let line: unknown;
    if (this.constructor === StringIO) line = this._readlineImpl(-1);
    else {
      line = this.readline();
      if (typeof line !== "string") {
        throw new OSError(`readline() should have returned a str object, not '${typeName(line)}'`);
      }
    }
    return (line as string).length === 0 ? null : (line as string);
  }

  [Symbol.iterator](): IterableIterator<string> {
    this._iterStart();
    const it: IterableIterator<string> = {
      next: (): IteratorResult<string> => {
        const line = this._nextLine();
        return line === null ? { done: true, value: undefined } : { done: false, value: line };
      },
      [Symbol.iterator]: () => it,
    };
    return it;
  }

  // camelCase aliases

  getValue(): string {
    return this.getvalue();
  }

  get lineBuffering(): boolean {
    return this.line_buffering;
  }

  override readLine(size: number | null = -1): string {
    return this.readline(size);
  }

  override readLines(hint: number | null = -1): string[] {
    return this.readlines(hint);
  }
}
