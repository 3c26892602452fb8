// Ported from CPython 3.14.5 Lib/socket.py (PSF License; see LICENSE).
// Lib/socket.py over node:net, as far as http.client (and ssl.ts) need it: TCP stream
// sockets with Python's timeouts, errors (errno numbers and strerror texts of Linux),
// makefile() / SocketIO, getaddrinfo() and create_connection().
//
// Differences forced by Node: a socket is only backed by a file descriptor once it is
// connected (fileno() is -1 before), only SOCK_STREAM over AF_INET / AF_INET6 exists,
// and every operation that would block in Python returns a Promise.

import { AsyncLocalStorage } from "node:async_hooks";
import * as dns from "node:dns";
import * as fs from "node:fs";
import * as net from "node:net";
// From node:timers, not the global: a test's fake timers must not stop reads (see dataWakes).
import { setImmediate as realSetImmediate } from "node:timers";

import {
  BaseException,
  BlockingIOError,
  BrokenPipeError,
  ConnectionAbortedError,
  ConnectionRefusedError,
  ConnectionResetError,
  ExceptionGroup,
  FileNotFoundError,
  InterruptedError,
  NotImplementedError,
  OSError,
  OverflowError,
  PermissionError,
  TimeoutError,
  TypeError,
  ValueError,
  asBuffer,
  idnaEncode,
  bindKw,
  isBytesLike,
  kwspec,
  pyClassName,
  repr,
  str,
  tuple,
  typeName,
} from "./builtins";
import * as io from "./io";

// ---------------------------------------------------------------------------
// Constants (Linux values, as Python on Linux exposes them)

export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_INET6 = 10;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const IPPROTO_IP = 0;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;
export const IPPROTO_IPV6 = 41;
export const TCP_NODELAY = 1;
export const TCP_KEEPIDLE = 4;
export const TCP_KEEPINTVL = 5;
export const TCP_KEEPCNT = 6;
export const SOL_SOCKET = 1;
export const SO_REUSEADDR = 2;
export const SO_TYPE = 3;
export const SO_ERROR = 4;
export const SO_BROADCAST = 6;
export const SO_SNDBUF = 7;
export const SO_RCVBUF = 8;
export const SO_KEEPALIVE = 9;
export const SO_LINGER = 13;
export const SO_REUSEPORT = 15;
export const SHUT_RD = 0;
export const SHUT_WR = 1;
export const SHUT_RDWR = 2;
export const MSG_PEEK = 2;
export const AI_PASSIVE = 1;
export const AI_CANONNAME = 2;
export const AI_NUMERICHOST = 4;
export const AI_V4MAPPED = 8;
export const AI_ALL = 16;
export const AI_ADDRCONFIG = 32;
export const AI_NUMERICSERV = 1024;
export const SOMAXCONN = 4096;
export const has_ipv6 = true;

/** The socket options setsockopt() knows, by level; others fail as Linux fails them. */
const KNOWN_OPTIONS: ReadonlyMap<number, ReadonlySet<number>> = new Map([
  [SOL_SOCKET, new Set([SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_BROADCAST, SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_LINGER, SO_REUSEPORT])],
  [IPPROTO_TCP, new Set([TCP_NODELAY, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT])],
  [IPPROTO_IP, new Set<number>()],
  [IPPROTO_IPV6, new Set<number>()],
]);

/** The unique marker for "use the global default timeout" (socket._GLOBAL_DEFAULT_TIMEOUT). */
class GlobalDefaultTimeout {
  // Python's sentinel is a bare object()
  static readonly __pyname__ = "object";
  declare private readonly _brand: never;
  __repr__(): string {
    return "<object object>";
  }
}
export type DefaultTimeout = GlobalDefaultTimeout;
export const _GLOBAL_DEFAULT_TIMEOUT: DefaultTimeout = Object.freeze(new GlobalDefaultTimeout()) as DefaultTimeout;

let defaulttimeout: number | null = null;

/** The timeout (seconds) new sockets start with; null means blocking. */
export function getdefaulttimeout(): number | null {
  return defaulttimeout;
}

export function setdefaulttimeout(timeout: unknown): void {
  defaulttimeout = checkTimeout(timeout);
}

/** Python's validation of a timeout value: None, or a non-negative real number. */
function checkTimeout(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  let t: number;
  if (typeof value === "number") t = value;
  else if (typeof value === "bigint") t = Number(value);
  else if (typeof value === "boolean") t = value ? 1 : 0;
  else throw new TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(t)) throw new ValueError("Invalid value NaN (not a number)");
  if (t < 0) throw new ValueError("Timeout value out of range");
  return t;
}

// ---------------------------------------------------------------------------
// Errors

export const error = OSError;
export const timeout = TimeoutError;

/** Raised for address-related errors by gethostbyname_ex() and gethostbyaddr(). */
export class herror extends OSError {
  // errno is an h_errno here, which Node has no code for.
  protected override _nodeCode(): string | undefined {
    return undefined;
  }
}

/** Raised for address-related errors by getaddrinfo() and getnameinfo(). */
export class gaierror extends OSError {
  // errno is an EAI_* number: Node's code for it ("ENOTFOUND", "EAI_AGAIN", ...).
  protected override _nodeCode(): string | undefined {
    return this.errno === null ? undefined : EAI_CODES.get(this.errno);
  }
}

type OSErrorClass = new (...args: unknown[]) => OSError;

/** Linux errno numbers and strerror() texts, with the OSError subclass Python picks. */
const ERRNO: Record<string, [number, string, OSErrorClass]> = {
  EPERM: [1, "Operation not permitted", PermissionError],
  ENOENT: [2, "No such file or directory", FileNotFoundError],
  EINTR: [4, "Interrupted system call", InterruptedError],
  EIO: [5, "Input/output error", OSError],
  EBADF: [9, "Bad file descriptor", OSError],
  EAGAIN: [11, "Resource temporarily unavailable", BlockingIOError],
  EWOULDBLOCK: [11, "Resource temporarily unavailable", BlockingIOError],
  ENOMEM: [12, "Cannot allocate memory", OSError],
  EACCES: [13, "Permission denied", PermissionError],
  EFAULT: [14, "Bad address", OSError],
  EINVAL: [22, "Invalid argument", OSError],
  ENFILE: [23, "Too many open files in system", OSError],
  EMFILE: [24, "Too many open files", OSError],
  EPIPE: [32, "Broken pipe", BrokenPipeError],
  ENAMETOOLONG: [36, "File name too long", OSError],
  ENOSYS: [38, "Function not implemented", OSError],
  EPROTO: [71, "Protocol error", OSError],
  ENOTSOCK: [88, "Socket operation on non-socket", OSError],
  EDESTADDRREQ: [89, "Destination address required", OSError],
  EMSGSIZE: [90, "Message too long", OSError],
  EPROTOTYPE: [91, "Protocol wrong type for socket", OSError],
  ENOPROTOOPT: [92, "Protocol not available", OSError],
  EPROTONOSUPPORT: [93, "Protocol not supported", OSError],
  ESOCKTNOSUPPORT: [94, "Socket type not supported", OSError],
  EOPNOTSUPP: [95, "Operation not supported", OSError],
  ENOTSUP: [95, "Operation not supported", OSError],
  EPFNOSUPPORT: [96, "Protocol family not supported", OSError],
  EAFNOSUPPORT: [97, "Address family not supported by protocol", OSError],
  EADDRINUSE: [98, "Address already in use", OSError],
  EADDRNOTAVAIL: [99, "Cannot assign requested address", OSError],
  ENETDOWN: [100, "Network is down", OSError],
  ENETUNREACH: [101, "Network is unreachable", OSError],
  ENETRESET: [102, "Network dropped connection on reset", OSError],
  ECONNABORTED: [103, "Software caused connection abort", ConnectionAbortedError],
  ECONNRESET: [104, "Connection reset by peer", ConnectionResetError],
  ENOBUFS: [105, "No buffer space available", OSError],
  EISCONN: [106, "Transport endpoint is already connected", OSError],
  ENOTCONN: [107, "Transport endpoint is not connected", OSError],
  ESHUTDOWN: [108, "Cannot send after transport endpoint shutdown", BrokenPipeError],
  ETIMEDOUT: [110, "Connection timed out", TimeoutError],
  ECONNREFUSED: [111, "Connection refused", ConnectionRefusedError],
  EHOSTDOWN: [112, "Host is down", OSError],
  EHOSTUNREACH: [113, "No route to host", OSError],
  EALREADY: [114, "Operation already in progress", BlockingIOError],
  EINPROGRESS: [115, "Operation now in progress", BlockingIOError],
  ECANCELED: [125, "Operation canceled", OSError],
};

/** glibc's getaddrinfo() error numbers and gai_strerror() texts, by Node's error code. */
const EAI: Record<string, [number, string]> = {
  EAI_BADFLAGS: [-1, "Bad value for ai_flags"],
  ENOTFOUND: [-2, "Name or service not known"], // Node's name for EAI_NONAME (and EAI_NODATA)
  EAI_NONAME: [-2, "Name or service not known"],
  EAI_AGAIN: [-3, "Temporary failure in name resolution"],
  EAI_FAIL: [-4, "Non-recoverable failure in name resolution"],
  EAI_NODATA: [-5, "No address associated with hostname"],
  EAI_FAMILY: [-6, "ai_family not supported"],
  EAI_SOCKTYPE: [-7, "ai_socktype not supported"],
  EAI_SERVICE: [-8, "Servname not supported for ai_socktype"],
  EAI_ADDRFAMILY: [-9, "Address family for hostname not supported"],
  EAI_MEMORY: [-10, "Memory allocation failure"],
  EAI_SYSTEM: [-11, "System error"],
  EAI_OVERFLOW: [-12, "Argument buffer overflow"],
};

/** Node's error code for each getaddrinfo() error number (dns.lookup calls EAI_NONAME and EAI_NODATA ENOTFOUND). */
const EAI_CODES: ReadonlyMap<number, string> = new Map(
  Object.entries(EAI)
    .filter(([name]) => name !== "EAI_NONAME" && name !== "EAI_NODATA")
    .map(([name, [n]]) => [n, name] as const)
    .concat([[-5, "ENOTFOUND"]]),
);

/** OSError(errno, strerror) of the right subclass for a Linux errno name. */
export function errnoError(code: string): OSError {
  const e = ERRNO[code];
  if (!e) throw new ValueError(`unknown errno name ${repr(code)}`);
  return new e[2](e[0], e[1]);
}

/** gaierror(n, text) for a getaddrinfo error name ("EAI_NONAME", "ENOTFOUND", ...). */
function gaiError(code: string): gaierror {
  const e = EAI[code]!;
  return new gaierror(e[0], e[1]);
}

/**
 * Maps an error from Node (a system error with `code` / `errno`, a DNS error, or one of
 * Node's own stream errors) to the exception Python raises in the same situation,
 * with Python's errno and message. Python exceptions pass through unchanged.
 */
export function fromNodeError(err: unknown): BaseException {
  if (err instanceof BaseException) return err;
  const e = err as { code?: unknown; errno?: unknown; syscall?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : undefined;
  if (code !== undefined) {
    if (e!.syscall === "getaddrinfo" || e!.syscall === "getnameinfo" || code.startsWith("EAI_") || code === "ENOTFOUND") {
      if (code in EAI) return gaiError(code);
    }
    if (code in ERRNO) return errnoError(code);
    switch (code) {
      case "ERR_STREAM_DESTROYED": // writing after the connection broke down
      case "ERR_STREAM_WRITE_AFTER_END": // writing after shutdown(SHUT_WR)
        return errnoError("EPIPE");
      case "ERR_SOCKET_CLOSED":
        return errnoError("EBADF");
      case "ERR_SOCKET_CONNECTION_TIMEOUT":
        return new TimeoutError("timed out");
      case "ERR_SOCKET_BAD_PORT":
        return new OverflowError("connect(): port must be 0-65535.");
    }
  }
  if (typeof e?.errno === "number" && e.errno < 0) {
    // A libuv error without a known code: -errno is the Linux errno.
    for (const [name, [n]] of Object.entries(ERRNO)) {
      if (n === -e.errno) return errnoError(name);
    }
  }
  const msg = typeof e?.message === "string" ? e.message : String(err);
  return new OSError(msg);
}

// ---------------------------------------------------------------------------
// Pending operations: settling, cancellation, liveness

/**
 * How a pending operation failed, as a thunk: the awaiting async function calls it and
 * throws the result, so the exception is made there and its stack (V8's async stack
 * traces) runs through the caller's frames, which an Error made in a Node event callback
 * does not have.
 */
type Failure = () => unknown;

/**
 * make() with room in the stack it captures for the caller's frames: below the user's
 * call there are often more frames of this package (and io) than Node's default
 * Error.stackTraceLimit of 10 shows. A limit of 0 (stacks off) is left alone.
 */
export function _withCallerStack(make: () => unknown): unknown {
  const limit = Error.stackTraceLimit;
  if (!(limit > 0 && limit < CALLER_STACK_FRAMES)) return make();
  Error.stackTraceLimit = CALLER_STACK_FRAMES;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
const CALLER_STACK_FRAMES = 40;

const timedOut: Failure = () => new TimeoutError("timed out");
const badFd: Failure = () => errnoError("EBADF");

/** What close() or _abort() hands a pending operation that is not a read. */
class Stop {
  constructor(readonly failure: Failure) {}
}

/**
 * Extension (not in Python): the AbortSignal that connects in this async context obey.
 * While `_abortScope.run(signal, fn)` runs fn (and whatever fn awaits), create_connection(),
 * socket.connect() and the TLS handshake of wrap_socket() check it: an aborted signal
 * rejects them at once with `signal.reason`, and an abort while they are pending destroys
 * the connecting socket (`_abort(signal.reason)`) and rejects them with the same value.
 */
export const _abortScope: AsyncLocalStorage<AbortSignal> = new AsyncLocalStorage<AbortSignal>();

interface AbortWaits {
  readonly fns: Set<() => void>;
  readonly listener: () => void;
}
const abortWaits = new WeakMap<AbortSignal, AbortWaits>();

/**
 * Calls fn when signal aborts; returns what forgets fn. One listener per signal while any
 * wait uses it, however many do (a listener per wait makes Node warn past 10), and none
 * left behind once they are all done.
 */
export function _onAbort(signal: AbortSignal, fn: () => void): () => void {
  let waits = abortWaits.get(signal);
  if (waits === undefined) {
    const fns = new Set<() => void>();
    const listener = () => {
      abortWaits.delete(signal);
      for (const f of fns) f();
    };
    waits = { fns, listener };
    abortWaits.set(signal, waits);
    signal.addEventListener("abort", listener, { once: true });
  }
  const mine = waits;
  mine.fns.add(fn);
  return () => {
    mine.fns.delete(fn);
    if (mine.fns.size === 0 && abortWaits.get(signal) === mine) {
      abortWaits.delete(signal);
      signal.removeEventListener("abort", mine.listener);
    }
  };
}

/** p, or a rejection with signal.reason as soon as signal aborts (for waits with no socket yet). */
function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return p;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const forget = _onAbort(signal, () => reject(signal.reason));
    p.then(
      (v) => {
        forget();
        resolve(v);
      },
      (e: unknown) => {
        forget();
        reject(e);
      },
    );
  });
}

type WithHandle = { _handle?: object | null };

/**
 * Refs or unrefs a Node socket's handle: a referenced handle keeps the process alive.
 * Skipped while the socket has no handle (net.Socket would otherwise queue a listener).
 */
export function _setHandleRef(nsock: net.Socket, on: boolean): void {
  if (nsock.destroyed || !(nsock as unknown as WithHandle)._handle) return;
  if (on) nsock.ref();
  else nsock.unref();
}

// ---------------------------------------------------------------------------
// The socket class

/** Bytes queued unread before the Node socket is paused, and the level it resumes at. */
const HIGH_WATER = 1 << 20;
const LOW_WATER = 1 << 18;

/**
 * Sockets this module connects read through Node's `onread` into slabs of their own,
 * which are reused once read out: no allocation and no stream machinery per read. A
 * large slab lets one read take all the kernel has (far fewer reads for large bodies);
 * only the pages reads touch are committed, and reads move to a read-out spare slab
 * once SLAB_REUSE_AFTER bytes of the current one are used, so that a connection of small
 * responses keeps touching the same few pages.
 */
const SLAB_SIZE = 4 * 1024 * 1024;
/** The smallest slab tail still offered to a read; below it the next slab is taken. */
const SLAB_MIN_READ = 64 * 1024;
const SLAB_REUSE_AFTER = 32 * 1024;
/** Free slabs a socket keeps for reuse. */
const SLAB_SPARE = 2;

/**
 * Readers woken by data resume together once Node has run every read callback of the
 * event loop's turn (one setImmediate for all sockets), not each inside its own callback:
 * with many connections their next requests then reach the peer as one burst, which
 * wakes it once rather than once per connection (a lone waiting reader is woken at once:
 * no burst to make). A spurious wake is harmless (a reader looks again), so a socket
 * queued here needs no unqueuing.
 */
let dataWakes: socket[] = [];
/** Sockets with a reader waiting for data: when there is one, there is no burst to make and its reader is woken at once. */
let waitingSockets = 0;

function wakeForData(): void {
  const ss = dataWakes;
  dataWakes = [];
  for (const s of ss) s._wakeForData();
}

/** A slab: Node writes at `w`; `queued` of its bytes are still unread. */
interface Slab {
  readonly buf: Buffer;
  w: number;
  queued: number;
}

/** The slabs of one Node socket: the one Node reads into next, and read-out spares. */
interface Slabs {
  slab: Slab | null;
  readonly spare: Slab[];
}

/** Where Node's next read goes: the current slab's free tail, or a read-out or new slab. */
function readTarget(slabs: Slabs): Buffer {
  let s = slabs.slab;
  if (s !== null && s.queued === 0) s.w = 0; // all read out: start over at the front
  if (s === null || s.buf.length - s.w < SLAB_MIN_READ || (s.w >= SLAB_REUSE_AFTER && slabs.spare.length > 0)) {
    s = slabs.spare.pop() ?? { buf: Buffer.allocUnsafeSlow(SLAB_SIZE), w: 0, queued: 0 };
    s.w = 0;
    slabs.slab = s; // the old one goes to spare once its bytes are read (socket._take)
  }
  return s.buf.subarray(s.w);
}

/**
 * a, emptied: a short array in place, as a new array (or length = 0) would allocate its store
 * again at the next push (the receive queue, once per response); a long one replaced.
 */
function emptied<T>(a: T[]): T[] {
  if (a.length > 64) return [];
  while (a.length !== 0) a.pop();
  return a;
}

/**
 * nsock.write(buf, cb); for an array of buffers, one write of them all: corked, so that
 * Node hands them to the kernel in one writev, cb called back once with its outcome.
 */
function writeAll(nsock: net.Socket, buf: Buffer | readonly Uint8Array[], cb?: (err?: Error | null) => void): void {
  if (!Array.isArray(buf)) {
    nsock.write(buf as Buffer, cb);
    return;
  }
  nsock.cork();
  const last = buf.length - 1;
  for (let i = 0; i < last; i++) nsock.write(buf[i]!);
  nsock.write(buf[last]!, cb);
  nsock.uncork();
}

export type Address = readonly [string, number] | readonly [string, number, number, number] | readonly unknown[];

/**
 * A TCP socket (Python's socket.socket). Either created unconnected and then
 * `await connect([host, port])`ed, or wrapping a connected Node socket given as the
 * fourth argument (Python's `fileno`; a number wraps that file descriptor).
 *
 * Incoming data is queued as Node delivers it; recv()/recv_into() copy straight from the
 * queue into the caller's buffer. The Node socket is paused while too much is queued.
 */
export class socket {
  static __module__ = "socket";

  /** The Node socket, null until connected (ssl.ts wraps a TLSSocket here). */
  _sock: net.Socket | null = null;
  readonly family: number;
  readonly type: number;
  readonly proto: number;
  _timeout: number | null;
  _io_refs = 0;
  _closed = false;

  // The file descriptor is really closed (Python's _real_close ran).
  private _fdClosed = false;
  // Read queue: chunks[head..] hold `avail` unread bytes, the first from offset `off`.
  private _chunks: Array<Buffer | undefined> = [];
  // In slab mode, the slab each queued chunk lies in (same indices as _chunks).
  private _chunkSlabs: Array<Slab | undefined> = [];
  private _head = 0;
  private _off = 0;
  private _avail = 0;
  private _paused = false;
  private _eof = false;
  private _shutRd = false;
  private _shutWr = false;
  // The first error Node reported that no call has raised yet, and the last one raised.
  private _err: unknown = null;
  private _errRaised = false;
  private _reported: unknown = null;
  // A send timed out: what Node still queues of it is what Python never handed to the
  // kernel, so close() drops it rather than waiting for the peer to read it.
  private _sendTimedOut = false;
  // Pending reads: called with nothing when there is something to read, with a Failure
  // when close() or _abort() ends them.
  /** The readers waiting for data, in order: the first in a slot of its own (the usual one, no array per wait). */
  private _waiter: ((f?: Failure) => void) | null = null;
  private _waiters: Array<(f?: Failure) => void> = [];
  // Queued in dataWakes.
  private _dataWake = false;
  // Other pending operations (connect, a write the kernel has not taken, a TLS
  // handshake): close() and _abort() end them with a Failure.
  protected _ops = new Set<(f: Failure) => void>();
  // Operations waiting on the connection now; the Node socket is referenced (keeps the
  // process alive) exactly while there is one.
  private _busy = 0;
  // _abort() ran.
  protected _aborted = false;
  private _connecting = false;
  private _bound: [string, number] | null = null;
  private _peer: readonly unknown[] | null = null;
  private _local: readonly unknown[] | null = null;
  private _options = new Map<string, number>();
  private _listeners: Array<[string, (...a: any[]) => void]> = [];
  // Slab mode: the slabs of the attached Node socket (made with onread), else null.
  private _slabs: Slabs | null = null;

  constructor(family: number = -1, type: number = -1, proto: number = -1, fileno: number | net.Socket | null = null) {
    if (family === -1) family = AF_INET;
    if (type === -1) type = SOCK_STREAM;
    if (proto === -1) proto = 0;
    if (family !== AF_INET && family !== AF_INET6) throw errnoError("EAFNOSUPPORT");
    if (type !== SOCK_STREAM) throw errnoError("ESOCKTNOSUPPORT");
    if (proto !== 0 && proto !== IPPROTO_TCP) throw errnoError("EPROTONOSUPPORT");
    this.family = family;
    this.type = type;
    this.proto = proto;
    this._timeout = defaulttimeout;
    if (fileno !== null && fileno !== undefined) {
      // libuv cannot open a second handle on a descriptor this process already watches:
      // a socket made from a live socket's fileno() shares that socket's Node socket.
      const owner = typeof fileno === "number" ? findLive(fileno) : undefined;
      if (owner) this._owner = owner;
      else this._attach(typeof fileno === "number" ? new net.Socket({ fd: fileno, allowHalfOpen: true, readable: true, writable: true }) : fileno);
    }
  }

  /** The socket whose descriptor this one was made from (socket(fileno=...)), if live. */
  private _owner: socket | null = null;

  // -- plumbing shared with ssl.ts ------------------------------------------

  /** Takes over a connected Node socket (or TLSSocket): queue its data, record its errors. */
  _attach(nsock: net.Socket, slabs: Slabs | null = null): void {
    live.add(this);
    this._sock = nsock;
    // An idle socket does not keep the process alive, as in Python (see _opStart).
    if (this._busy === 0) _setHandleRef(nsock, false);
    this._slabs = slabs;
    this._resetQueue();
    this._paused = false;
    this._eof = false;
    this._shutRd = false;
    this._shutWr = false;
    this._err = null;
    this._errRaised = false;
    this._reported = null;
    this._sendTimedOut = false;
    this._peer = null;
    this._local = null;
    this._listeners = [];
    const on = <A extends unknown[]>(ev: string, fn: (...a: A) => void) => {
      nsock.on(ev, fn as never);
      this._listeners.push([ev, fn as never]);
    };
    // A Node socket left behind by a failed connect() keeps its listeners (its late
    // errors must not go unhandled) but no longer affects this object.
    if (slabs === null) on("data", (chunk: Buffer) => {
      if (this._fdClosed || this._sock !== nsock) return;
      if (this._enqueue(chunk, undefined) && !this._paused) {
        this._paused = true;
        nsock.pause();
      }
    });
    on("end", () => {
      if (this._sock !== nsock) return;
      this._eof = true;
      this._wake();
    });
    on("error", (err: unknown) => {
      if (this._sock !== nsock) return;
      // An error already raised by a write callback is not raised a second time.
      if (err !== this._reported && this._err === null) this._err = err;
      this._wake();
    });
    on("close", () => {
      if (this._sock !== nsock) return;
      this._eof = true;
      this._wake();
    });
    for (const [key, value] of this._options) this._applyOption(key, value);
  }

  /**
   * Hands the Node socket over (to a TLS wrapper): our listeners go, unread data is put
   * back into the stream (which comes back paused), and this object is closed without
   * closing the connection.
   */
  _detach(): net.Socket | null {
    live.delete(this);
    const nsock = this._sock;
    if (nsock) {
      for (const [ev, fn] of this._listeners) nsock.removeListener(ev, fn);
      this._listeners = [];
      nsock.pause();
      const pending: Buffer[] = [];
      for (let i = this._head; i < this._chunks.length; i++) {
        const c = this._chunks[i]!;
        pending.push(i === this._head ? c.subarray(this._off) : c);
      }
      if (pending.length) nsock.unshift(Buffer.concat(pending));
    }
    // The unread bytes were copied out: their slabs can be read into again.
    for (let i = this._head; i < this._chunkSlabs.length; i++) this._chunkSlabs[i]!.queued = 0;
    this._resetQueue();
    this._sock = null;
    this._closed = true;
    this._fdClosed = true;
    this._wake();
    return nsock;
  }

  /** A new Node socket that reads into slabs of its own (see SLAB_SIZE). */
  private _slabSocket(): [net.Socket, Slabs] {
    const slabs: Slabs = { slab: null, spare: [] };
    const nsock: net.Socket = new net.Socket({
      allowHalfOpen: true,
      onread: { buffer: () => readTarget(slabs), callback: (n: number) => this._onSlabRead(nsock, slabs, n) },
    } as net.SocketConstructorOpts);
    return [nsock, slabs];
  }

  /** Node read n bytes into the target readTarget() gave; false pauses reading. */
  private _onSlabRead(nsock: net.Socket, slabs: Slabs, n: number): boolean {
    const s = slabs.slab!;
    const chunk = s.buf.subarray(s.w, s.w + n);
    s.w += n;
    if (this._sock !== nsock) {
      // Handed over (_detach) to a stream reader: deliver as a plain Node stream would.
      return nsock.push(Buffer.from(chunk));
    }
    if (this._fdClosed) return true;
    if (this._enqueue(chunk, s)) {
      this._paused = true;
      return false;
    }
    return true;
  }

  /** Queues chunk (in slab mode, lying in slab) for the readers; true: enough is queued to pause. */
  private _enqueue(chunk: Buffer, slab: Slab | undefined): boolean {
    this._chunks.push(chunk);
    if (slab !== undefined) {
      slab.queued += chunk.length;
      this._chunkSlabs.push(slab);
    }
    this._avail += chunk.length;
    if (this._waiter !== null && !this._dataWake) {
      if (waitingSockets === 1) this._wake();
      else {
        this._dataWake = true;
        if (dataWakes.push(this) === 1) realSetImmediate(wakeForData);
      }
    }
    return this._avail >= HIGH_WATER;
  }

  private _resetQueue(): void {
    this._chunks = emptied(this._chunks);
    this._chunkSlabs = emptied(this._chunkSlabs);
    this._head = 0;
    this._off = 0;
    this._avail = 0;
  }

  /** See dataWakes. */
  _wakeForData(): void {
    this._dataWake = false;
    this._wake();
  }

  private _wake(failure?: Failure): void {
    const first = this._waiter;
    if (first === null) return;
    this._waiter = null;
    waitingSockets--;
    const ws = this._waiters;
    if (ws.length !== 0) this._waiters = [];
    first(failure);
    for (const w of ws) w(failure);
  }

  /** Ends every pending operation (reads included) with failure. */
  private _settle(failure: Failure): void {
    this._wake(failure);
    if (this._ops.size !== 0) {
      const ops = [...this._ops];
      this._ops.clear();
      for (const op of ops) op(failure);
    }
  }

  /**
   * An operation starts waiting on the connection. A Python socket keeps no process
   * alive, so the Node socket is only referenced while some operation waits on it; Node
   * still reads into the queue while it is unreferenced.
   */
  protected _opStart(): void {
    if (this._busy++ === 0) this._setRef(true);
  }

  /** An operation stops waiting; with none left the connection no longer keeps the process alive. */
  protected _opEnd(): void {
    if (--this._busy === 0) this._setRef(false);
  }

  /** Refs (on) or unrefs the Node socket(s) under this socket. */
  protected _setRef(on: boolean): void {
    const nsock = this._sock;
    if (nsock !== null) _setHandleRef(nsock, on);
  }

  /**
   * Waits until data, EOF or an error is there. Resolves with a Failure after the
   * timeout (TimeoutError) or when close() or _abort() ends the wait.
   */
  private _waitReadable(deadline: number | null): Promise<Failure | undefined> {
    return new Promise<Failure | undefined>((resolve) => this._onReadable(deadline, resolve));
  }

  /** _waitReadable() with a callback: settle is called once, with the Failure or nothing. */
  private _onReadable(deadline: number | null, settle: (f?: Failure) => void): void {
    let timer: NodeJS.Timeout | undefined;
    const waiter = (f?: Failure) => {
      if (timer !== undefined) clearTimeout(timer);
      this._opEnd();
      settle(f);
    };
    if (this._waiter === null) {
      this._waiter = waiter;
      waitingSockets++;
    } else this._waiters.push(waiter);
    this._opStart();
    if (deadline !== null) {
      timer = setTimeout(() => {
        if (this._waiter === waiter) {
          this._waiter = this._waiters.shift() ?? null;
          if (this._waiter === null) waitingSockets--;
        } else {
          const i = this._waiters.indexOf(waiter);
          if (i >= 0) this._waiters.splice(i, 1);
        }
        this._opEnd();
        // Data queued before the timer ran, its wake still in dataWakes, is read, not timed out.
        settle(this._dataWake ? undefined : timedOut);
      }, Math.max(0, deadline - Date.now()));
    }
  }

  /** Raises (once) the error Node reported; afterwards the connection reads as closed. */
  private _raisePending(): void {
    if (this._err !== null) {
      const err = this._err;
      this._err = null;
      this._reported = err;
      this._errRaised = true;
      throw _withCallerStack(() => fromNodeError(err));
    }
  }

  private _checkFd(): void {
    if (this._fdClosed) throw errnoError("EBADF");
  }

  /**
   * Copies up to n queued bytes into dst at offset `at` (dst null: just drops them); with
   * peek, leaves them queued. Returns the number of bytes taken.
   */
  private _take(dst: Uint8Array | null, n: number, peek = false, at = 0): number {
    let copied = 0;
    let head = this._head;
    let off = this._off;
    const chunks = this._chunks;
    const owner = peek ? null : this._slabs;
    const slabs = owner !== null ? this._chunkSlabs : null;
    while (copied < n && head < chunks.length) {
      const c = chunks[head]!;
      const k = Math.min(c.length - off, n - copied);
      if (dst !== null) c.copy(dst, at + copied, off, off + k);
      copied += k;
      if (slabs !== null) {
        const s = slabs[head]!;
        s.queued -= k;
        if (s.queued === 0 && s !== owner!.slab && owner!.spare.length < SLAB_SPARE) owner!.spare.push(s);
      }
      if (off + k === c.length) {
        if (!peek) {
          chunks[head] = undefined;
          if (slabs !== null) slabs[head] = undefined;
        }
        head++;
        off = 0;
      } else off += k;
    }
    if (peek) return copied;
    this._avail -= copied;
    if (head === chunks.length) this._resetQueue();
    else {
      this._head = head;
      this._off = off;
      if (head > 1024 && head * 2 > chunks.length) {
        this._chunks = chunks.slice(head);
        if (this._slabs !== null) this._chunkSlabs = this._chunkSlabs.slice(head);
        this._head = 0;
      }
    }
    if (this._paused && this._avail <= LOW_WATER) {
      this._paused = false;
      this._sock?.resume();
    }
    return copied;
  }

  /** Waits for something to read; false means EOF. Raises what Python's recv would. */
  private async _readable(): Promise<boolean> {
    this._checkFd();
    if (this._sock === null) throw errnoError("ENOTCONN");
    if (this._avail > 0) return true;
    const deadline = this._deadline();
    for (;;) {
      if (this._avail > 0) return true;
      this._raisePending();
      if (this._eof || this._shutRd || this._errRaised) return false;
      if (this._timeout === 0) throw errnoError("EAGAIN");
      const failure = await this._waitReadable(deadline);
      if (failure !== undefined) throw _withCallerStack(failure);
      this._checkFd();
    }
  }

  // -- Python API ------------------------------------------------------------

  __enter__(): this {
    return this;
  }

  __exit__(..._args: unknown[]): void {
    if (!this._closed) this.close();
  }

  __repr__(): string {
    const closed = this._closed;
    const mod = (this.constructor as { __module__?: string }).__module__ ?? "socket";
    let s = `<${mod}.${pyClassName(this)}${closed ? " [closed]" : ""} fd=${this.fileno()}, family=${this.family}, type=${this.type}, proto=${this.proto}`;
    if (!closed) {
      try {
        s += `, laddr=${str(this.getsockname())}`;
      } catch {
        // not bound
      }
      try {
        s += `, raddr=${str(this.getpeername())}`;
      } catch {
        // not connected
      }
    }
    return s + ">";
  }

  /** The Node socket's file descriptor, -1 when closed (or not yet connected). */
  fileno(): number {
    if (this._owner) return this._owner.fileno();
    if (this._fdClosed || this._sock === null) return -1;
    type WithHandle = { _handle?: { fd?: number } | null; _parent?: WithHandle | null };
    const ns = this._sock as unknown as WithHandle;
    // A TLSSocket's handle is the TLS layer; the descriptor is its parent TCP socket's.
    const fd = ns._handle?.fd ?? ns._parent?._handle?.fd;
    return typeof fd === "number" && fd >= 0 ? fd : -1;
  }

  get timeout(): number | null {
    return this._timeout;
  }

  gettimeout(): number | null {
    return this._timeout;
  }

  settimeout(value: unknown): void {
    this._timeout = checkTimeout(value);
    // Python stores the timeout, then fails to apply it to a closed descriptor.
    this._checkFd();
  }

  setblocking(flag: unknown): void {
    this.settimeout(flag ? null : 0);
  }

  getblocking(): boolean {
    this._checkFd();
    return this._timeout !== 0;
  }

  setsockopt(level: number, optname: number, value: unknown, optlen?: number): void {
    this._checkFd();
    if (!KNOWN_OPTIONS.get(level)?.has(optname)) throw errnoError("ENOPROTOOPT");
    let v: number;
    if (value === null && optlen !== undefined) v = 0;
    else if (typeof value === "number" || typeof value === "boolean") v = Number(value);
    else if (typeof value === "bigint") v = Number(value);
    else if (isBytesLike(value)) {
      const b = asBuffer(value);
      v = b.length >= 4 ? b.readInt32LE(0) : b.length > 0 ? b[0]! : 0;
    } else throw new TypeError(`a bytes-like object is required, not '${typeName(value)}'`);
    const key = `${level}:${optname}`;
    this._options.set(key, v);
    if (this._sock) this._applyOption(key, v);
  }

  getsockopt(level: number, optname: number, buflen?: number): number | Buffer {
    this._checkFd();
    if (!KNOWN_OPTIONS.get(level)?.has(optname)) throw errnoError("ENOPROTOOPT");
    let v = this._options.get(`${level}:${optname}`) ?? 0;
    if (level === SOL_SOCKET && optname === SO_TYPE) v = this.type;
    if (buflen !== undefined) {
      const b = Buffer.alloc(Math.max(0, Math.min(buflen, 4)));
      if (b.length === 4) b.writeInt32LE(v, 0);
      return b;
    }
    return v;
  }

  private _applyOption(key: string, value: number): void {
    const nsock = this._sock!;
    if (key === `${IPPROTO_TCP}:${TCP_NODELAY}`) nsock.setNoDelay(value !== 0);
    else if (key === `${SOL_SOCKET}:${SO_KEEPALIVE}`) nsock.setKeepAlive(value !== 0);
    // Other options have no Node counterpart on a connected socket; they are accepted.
  }

  getsockname(): readonly unknown[] {
    this._checkFd();
    if (this._local) return this._local;
    const nsock = this._sock;
    if (nsock) {
      const a = nsock.address() as net.AddressInfo | Record<string, never>;
      if ("address" in a && a.address !== undefined) {
        // Kept: Node forgets the address once its handle is gone, the kernel does not.
        if (!this._connecting) this._local = this._sockaddr(a.address, a.port);
        return this._sockaddr(a.address, a.port);
      }
    }
    if (this._bound) return this._sockaddr(this._bound[0], this._bound[1]);
    return this._sockaddr(this.family === AF_INET6 ? "::" : "0.0.0.0", 0);
  }

  getpeername(): readonly unknown[] {
    this._checkFd();
    if (this._peer) return this._peer;
    const nsock = this._sock;
    if (nsock && !this._connecting && nsock.remoteAddress !== undefined && nsock.remotePort !== undefined) {
      this._peer = this._sockaddr(nsock.remoteAddress, nsock.remotePort);
      return this._peer;
    }
    throw errnoError("ENOTCONN");
  }

  private _sockaddr(host: string, port: number): readonly unknown[] {
    return this.family === AF_INET6 ? tuple([host, port, 0, 0]) : tuple([host, port]);
  }

  /** Remembers the local address connect() binds to (Node binds as it connects). */
  bind(address: Address): void {
    this._checkFd();
    const [host, port] = this._checkAddress(address, "bind");
    if (this._sock) throw errnoError("EINVAL");
    this._bound = [host, port];
  }

  private _checkAddress(address: Address, fn: string): [string, number] {
    const fam = this.family === AF_INET6 ? "AF_INET6" : "AF_INET";
    if (!Array.isArray(address)) {
      throw new TypeError(`${fam} address must be tuple, not ${typeName(address)}`);
    }
    if (this.family === AF_INET ? address.length !== 2 : address.length < 2 || address.length > 4) {
      throw new TypeError(
        this.family === AF_INET
          ? `AF_INET address must be a pair (host, port)`
          : `AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])`,
      );
    }
    let [host, port] = address as unknown[];
    if (host instanceof Uint8Array) host = Buffer.from(host).toString("latin1");
    if (typeof host !== "string") {
      throw new TypeError(`str, bytes or bytearray expected, not ${typeName(host)}`);
    }
    if (typeof port === "bigint") port = Number(port);
    if (typeof port !== "number" || !Number.isInteger(port)) {
      throw new TypeError(`'${typeName(port)}' object cannot be interpreted as an integer`);
    }
    if (port < 0 || port > 65535) throw new OverflowError(`${fn}(): port must be 0-65535.`);
    return [host, port];
  }

  /** Resolves the host part of an address as Python's setipaddr() does. */
  private async _resolve(host: string, port: number): Promise<string> {
    if (host === "") return this.family === AF_INET6 ? "::" : "0.0.0.0";
    if (host === "<broadcast>") return "255.255.255.255";
    const infos = await getaddrinfo(host, port, this.family, SOCK_STREAM);
    return (infos[0]![4] as unknown[])[0] as string;
  }

  /**
   * Connects to address ([host, port]); the timeout applies to the whole connect. With
   * an AbortSignal in _abortScope, an abort ends it at once (see _abortScope).
   */
  async connect(address: Address): Promise<void> {
    this._checkFd();
    const [host, port] = this._checkAddress(address, "connect");
    if (this._connecting) throw errnoError("EALREADY");
    if (this._sock && !this._sock.destroyed) throw errnoError("EISCONN");
    const signal = _abortScope.getStore();
    if (signal?.aborted) {
      this._abort(signal.reason);
      throw signal.reason;
    }
    // From here on one pending operation, which close() and _abort() end at once.
    let stop!: (f: Failure) => void;
    const stopped = new Promise<Stop>((resolve) => (stop = (f) => resolve(new Stop(f))));
    this._ops.add(stop);
    const forgetAbort = signal === undefined ? undefined : _onAbort(signal, () => this._abort(signal.reason));
    this._opStart();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this._ops.delete(stop);
      forgetAbort?.();
      this._opEnd();
    };
    let inBackground = false;
    try {
      const deadline = this._timeout !== null && this._timeout > 0 ? Date.now() + this._timeout * 1000 : null;
      const resolveHost = async (h: string, p: number): Promise<string> => {
        const r = await Promise.race([this._resolve(h, p), stopped]);
        if (r instanceof Stop) throw _withCallerStack(r.failure);
        return r;
      };
      const ip = net.isIP(host) ? host : await resolveHost(host, port);
      let localAddress: string | undefined;
      let localPort: number | undefined;
      if (this._bound) {
        localAddress = this._bound[0] ? await resolveHost(this._bound[0], this._bound[1]) : undefined;
        localPort = this._bound[1] || undefined;
        if (localAddress === undefined && localPort !== undefined) localAddress = this.family === AF_INET6 ? "::" : "0.0.0.0";
      }
      this._checkFd();
      const [nsock, slabs] = this._slabSocket();
      this._attach(nsock, slabs);
      this._connecting = true;
      const connected = new Promise<Failure | undefined>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        let settled = false;
        const done = (failure?: Failure) => {
          if (settled) return;
          settled = true;
          if (timer !== undefined) clearTimeout(timer);
          nsock.removeListener("connect", onConnect);
          nsock.removeListener("error", onError);
          this._connecting = false;
          // A failed attempt leaves nothing behind but the error it raised.
          if (failure !== undefined) this._err = null;
          resolve(failure);
        };
        const failed = (err: unknown) => {
          this._reported = err;
          done(() => fromNodeError(err));
        };
        const onConnect = () => {
          done();
          try {
            this.getsockname();
            this.getpeername();
          } catch {
            // already gone again; the next call reports it
          }
        };
        const onError = (err: unknown) => failed(err);
        nsock.once("connect", onConnect);
        nsock.once("error", onError);
        void stopped.then((st) => done(st.failure));
        if (deadline !== null) {
          timer = setTimeout(() => {
            nsock.destroy();
            done(timedOut);
          }, Math.max(0, deadline - Date.now()));
        }
        try {
          nsock.connect({ host: ip, port, localAddress, localPort });
        } catch (e) {
          nsock.destroy();
          failed(e);
        }
      });
      if (this._timeout === 0) {
        // Non-blocking: the connect goes on; its outcome shows on the next call. Node makes
        // the connect(2) call on the next tick: let it, as Python's connect() has made it
        // by the time it raises (a close() right after must not cancel the attempt).
        inBackground = true;
        void connected.then(end);
        await new Promise<void>((resolve) => process.nextTick(resolve));
        throw errnoError("EINPROGRESS");
      }
      const failure = await connected;
      if (failure !== undefined) throw _withCallerStack(failure);
    } finally {
      if (!inBackground) end();
    }
  }

  /** Python's connect_ex(): the errno of a failed connect, 0 on success. */
  async connect_ex(address: Address): Promise<number> {
    try {
      await this.connect(address);
      return 0;
    } catch (e) {
      if (e instanceof OSError && !(e instanceof gaierror) && e.errno !== null) return e.errno;
      throw e;
    }
  }

  async connectEx(address: Address): Promise<number> {
    return this.connect_ex(address);
  }

  /** Receives up to bufsize bytes; b"" at EOF. */
  async recv(bufsize: number, flags = 0): Promise<Buffer> {
    if (this._owner) return await this._owner.recv(bufsize, flags);
    checkSize(bufsize, "negative buffersize in recv");
    // Another reader may take what _readable() saw before this one resumes: wait again.
    for (;;) {
      if (!(await this._readable()) || bufsize === 0) return Buffer.alloc(0);
      if (this._avail > 0) break;
    }
    const peek = (flags & MSG_PEEK) !== 0;
    const n = Math.min(bufsize, this._avail);
    const head = this._chunks[this._head]!;
    // (Slabs are reused, so their bytes are never handed out as views.)
    if (!peek && this._slabs === null && head.length - this._off >= n) {
      // Zero-copy: a view of the chunk Node handed us.
      const out = head.subarray(this._off, this._off + n);
      this._take(null, n);
      return out;
    }
    const out = Buffer.allocUnsafe(n);
    this._take(out, n, peek);
    return out;
  }

  /**
   * The receive buffer's direct take (io.BufferedReader, through SocketIO._recvNow): what
   * recv_into(dst[at:at+n]) would return at once, copied straight from the queue, when bytes
   * are queued and the call would neither wait nor raise; -1 otherwise (and for any socket
   * but this class's own), and the caller makes the call, which waits or raises.
   */
  _recvNow(dst: Uint8Array, at: number, n: number): number {
    if (this._avail === 0 || n <= 0 || this._fdClosed || this._sock === null || this._owner !== null) return -1;
    if (this.constructor !== socket || this.recv_into !== socket.prototype.recv_into) return -1;
    return this._take(dst, n < this._avail ? n : this._avail, false, at);
  }

  /**
   * What recv_into() does before it copies, for the receive buffer's waits (SocketIO._waitRecv):
   * waits until bytes are queued (true) or the call would return 0 (false), raising what it
   * raises, or settles with a function to call for that outcome (see RawOptional._waitRecv).
   * Only for sockets for which _recvNow() may take. (Another reader may take the bytes before
   * the caller resumes: _recvNow() then returns -1.)
   */
  _waitRecv(): Promise<boolean | (() => Promise<boolean>)> {
    if (this._avail > 0 || !this._quiet() || this._sock === null || this._timeout === 0) return this._readable();
    // The usual case, nothing queued and nothing to report: _readable()'s wait without its
    // frame. A wake that brings bytes settles true; one that brings nothing waits on; one with
    // something to report settles with the rest of _readable() for the caller to call, so
    // that what it raises is made under the caller's frames.
    const deadline = this._deadline();
    return new Promise((resolve) => {
      const wake = (f?: Failure) => {
        if (f === undefined && this._quiet()) return this._avail > 0 ? resolve(true) : this._onReadable(deadline, wake);
        resolve(() => this._readableAfter(f));
      };
      this._onReadable(deadline, wake);
    });
  }

  /** _readable() after a wait that ended with f, or found something to report. */
  private async _readableAfter(f: Failure | undefined): Promise<boolean> {
    if (f !== undefined) throw _withCallerStack(f);
    return this._readable();
  }

  /** Nothing for a read to report but bytes: the descriptor open, no error, no end. */
  private _quiet(): boolean {
    return !this._fdClosed && this._err === null && !this._eof && !this._shutRd && !this._errRaised;
  }

  /** When a blocking wait that starts now times out (Date.now() units), or null for no timeout. */
  private _deadline(): number | null {
    return this._timeout !== null && this._timeout > 0 ? Date.now() + this._timeout * 1000 : null;
  }

  /** Receives up to nbytes (default: the buffer's size) into buffer; 0 at EOF. */
  async recv_into(buffer: ArrayBufferView | ArrayBuffer, nbytes = 0, flags = 0): Promise<number> {
    if (this._owner) return await this._owner.recv_into(buffer, nbytes, flags);
    if (!isBytesLike(buffer)) {
      throw new TypeError(`recv_into() argument 'buffer' must be read-write bytes-like object, not ${typeName(buffer)}`);
    }
    const dst = buffer instanceof Uint8Array ? buffer : asBuffer(buffer);
    checkSize(nbytes, "negative buffersize in recv_into");
    if (nbytes > dst.length) throw new ValueError("buffer too small for requested bytes");
    if (nbytes === 0) nbytes = dst.length;
    for (;;) {
      if (!(await this._readable()) || nbytes === 0) return 0;
      if (this._avail > 0) break;
    }
    return this._take(dst, Math.min(nbytes, this._avail), (flags & MSG_PEEK) !== 0);
  }

  async recvInto(buffer: ArrayBufferView | ArrayBuffer, nbytes = 0, flags = 0): Promise<number> {
    return this.recv_into(buffer, nbytes, flags);
  }

  /** Sends all of data: resolves once the kernel has it all. */
  async sendall(data: unknown, flags = 0): Promise<void> {
    if (this._owner) return await this._owner.sendall(data, flags);
    const buf = this._checkSend(data);
    if (buf.length === 0) return;
    const written = this._write(buf);
    if (written !== undefined) {
      const failure = await written;
      if (failure !== undefined) throw _withCallerStack(failure);
    }
  }

  /** Sends data; returns the number of bytes sent (all of them: Node queues the rest). */
  async send(data: unknown, flags = 0): Promise<number> {
    if (this._owner) return await this._owner.send(data, flags);
    const buf = this._checkSend(data);
    if (buf.length === 0) return 0;
    const written = this._write(buf);
    if (written !== undefined) {
      const failure = await written;
      if (failure !== undefined) throw _withCallerStack(failure);
    }
    return buf.length;
  }

  async sendAll(data: unknown, flags = 0): Promise<void> {
    return this.sendall(data, flags);
  }

  /**
   * sendall() of each of bufs in turn, handed to Node as one write (a writev of them all):
   * the same bytes, checks and failures as those calls, in one system call where the kernel
   * takes them all. http.client's batched request bodies (src/http/_fastpath.ts) use it on
   * sockets for which _batchable() holds. Undefined when the kernel took it all at once;
   * else a Promise, rejected with what sendall() would raise.
   */
  _sendallv(bufs: readonly Uint8Array[]): Promise<void> | undefined {
    try {
      this._checkSendable();
    } catch (e) {
      return Promise.reject(e);
    }
    const parts = bufs.every((b) => b.length > 0) ? bufs : bufs.filter((b) => b.length > 0);
    if (parts.length === 0) return undefined;
    const written = this._write(parts.length === 1 ? asBuffer(parts[0]!) : parts);
    // undefined: sent, without a Promise (see _write)
    return written === undefined ? undefined : this._sent(written);
  }

  /** What sendall() raises once a write that had to wait is called back. */
  private async _sent(written: Promise<Failure | undefined>): Promise<void> {
    const failure = await written;
    if (failure !== undefined) throw _withCallerStack(failure);
  }

  /** Whether this socket's sendall() calls may be batched (_sendallv): this class's own, not a socket made from another's fileno. */
  _batchable(): boolean {
    return this.constructor === socket && this.sendall === socket.prototype.sendall && this._owner === null;
  }

  private _checkSend(data: unknown): Buffer {
    if (!isBytesLike(data)) throw new TypeError(`a bytes-like object is required, not '${typeName(data)}'`);
    this._checkSendable();
    return asBuffer(data);
  }

  /** What sendall() checks before it sends anything, once data is bytes. */
  private _checkSendable(): void {
    this._checkFd();
    // An unconnected TCP socket sends into EPIPE on Linux.
    if (this._sock === null || this._connecting) throw errnoError("EPIPE");
    this._raisePending();
    if (this._shutWr || this._errRaised) throw errnoError("EPIPE");
  }

  /**
   * Hands buf (or the buffers of an array, as one write) to Node. Blocking: a Promise of
   * the outcome (a Failure when the write fails, times out, or close() or _abort() ends
   * it); non-blocking: undefined at once.
   */
  private _write(buf: Buffer | readonly Uint8Array[]): Promise<Failure | undefined> | undefined {
    const nsock = this._sock!;
    if (this._timeout === 0) {
      // Non-blocking: Node takes the data now and writes it when it can.
      writeAll(nsock, buf);
      return undefined;
    }
    let settled = false;
    let waiting = false;
    let timer: NodeJS.Timeout | undefined;
    let resolve: ((f: Failure | undefined) => void) | null = null;
    let outcome: Failure | undefined;
    const done = (failure?: Failure) => {
      if (settled) return;
      settled = true;
      outcome = failure;
      if (timer !== undefined) clearTimeout(timer);
      if (waiting) {
        this._ops.delete(done);
        this._opEnd();
      }
      resolve?.(failure);
    };
    writeAll(nsock, buf, (err?: Error | null) => {
      if (settled) return;
      // Node calls back a write still in progress when the connection failed (a reset)
      // without an error: the kernel did not take it all, so it fails as in Python.
      if (!err && waiting && nsock.destroyed && nsock.errored) err = nsock.errored;
      // Node 22+ cancels it instead (ECANCELED): what failed is the connection, as Linux reports it
      if (err && (err as NodeJS.ErrnoException).code === "ECANCELED" && nsock.errored) err = nsock.errored;
      if (err) {
        if (this._err === err) this._err = null;
        this._reported = err;
        this._errRaised = true;
        done(() => fromNodeError(err));
      } else done();
    });
    if (settled) return Promise.resolve(outcome); // (Node calls back later; in case it did not)
    if (nsock.writableLength === 0 && !nsock.errored) {
      // The kernel took it all at once (the usual case): sendall() has returned in Python.
      // Node's callback, on the next tick, says the same.
      settled = true;
      return undefined;
    }
    return new Promise<Failure | undefined>((r) => {
      resolve = r;
      // Not all taken: wait for the callback as an operation, under the timeout. (A write
      // that failed at once is called back with its error on the next tick.)
      if (nsock.writableLength > 0) {
        waiting = true;
        this._ops.add(done);
        this._opStart();
        if (this._timeout !== null) {
          timer = setTimeout(() => {
            this._sendTimedOut = true;
            done(timedOut);
          }, this._timeout * 1000);
        }
      }
    });
  }

  /** Shuts down reading (SHUT_RD), writing (SHUT_WR, sends FIN) or both. */
  shutdown(how: number): void {
    this._checkFd();
    if (how !== SHUT_RD && how !== SHUT_WR && how !== SHUT_RDWR) throw errnoError("EINVAL");
    const nsock = this._sock;
    if (nsock === null || this._connecting) throw errnoError("ENOTCONN");
    if (how !== SHUT_WR) {
      this._shutRd = true;
      this._wake();
    }
    if (how !== SHUT_RD && !this._shutWr) {
      this._shutWr = true;
      nsock.end();
    }
  }

  /** Python's makefile(): "rb" gives io.BufferedReader(SocketIO(sock, "rb")). */
  makefile(
    mode = "r",
    buffering: number | null = null,
    opts?: { encoding?: string | null; errors?: string | null; newline?: string | null },
  ): unknown {
    let encoding: string | null = null;
    let errors: string | null = null;
    let newline: string | null = null;
    const b = bindKw(arguments, MAKEFILE);
    if (b) [mode, buffering, encoding, errors, newline] = b as [string, number | null, string | null, string | null, string | null];
    if (mode !== "rb" && (typeof mode === "string" ? !MAKEFILE_MODE.test(mode) : ![...mode].every((c) => "rwb".includes(c)))) {
      throw new ValueError(`invalid mode ${repr(mode)} (only r, w, b allowed)`);
    }
    const writing = mode.includes("w");
    const reading = mode.includes("r") || !writing;
    const binary = mode.includes("b");
    let rawmode = "";
    if (reading) rawmode += "r";
    if (writing) rawmode += "w";
    const raw = new SocketIO(this, rawmode);
    this._io_refs += 1;
    if (buffering === null || buffering === undefined) buffering = -1;
    if (buffering < 0) buffering = io.DEFAULT_BUFFER_SIZE;
    if (buffering === 0) {
      if (!binary) throw new ValueError("unbuffered streams must be binary");
      return raw;
    }
    const anyIo = io as unknown as Record<string, new (...a: unknown[]) => unknown>;
    let buffer: unknown;
    if (reading && writing) buffer = construct(anyIo, "BufferedRWPair", raw, raw, buffering);
    else if (reading) buffer = new io.BufferedReader(raw, buffering);
    else buffer = construct(anyIo, "BufferedWriter", raw, buffering);
    if (binary) return buffer;
    const text = construct(anyIo, "TextIOWrapper", buffer, encoding ?? "utf-8", errors, newline);
    (text as { mode: string }).mode = mode;
    return text;
  }

  makeFile(mode = "r", buffering: number | null = null, opts?: { encoding?: string | null; errors?: string | null; newline?: string | null }): unknown {
    return this.makefile(mode, buffering, opts);
  }

  _decref_socketios(): void {
    if (this._io_refs > 0) this._io_refs -= 1;
    if (this._closed) this.close();
    else if (this._dropped && this._io_refs <= 0) this._real_close();
  }

  // http.client let go of this socket without closing it (see _drop).
  private _dropped = false;

  /**
   * Not Python: what the port can do of CPython's refcounting. When http.client drops its
   * last reference to a socket (connect() replacing self.sock), CPython frees it and its
   * descriptor closes, at once or when the last makefile() stream on it goes. The port
   * closes the descriptor then too (without calling close(), which CPython does not call).
   */
  _drop(): void {
    this._dropped = true;
    if (this._io_refs <= 0 && !this._closed) this._real_close();
  }

  /** Closes the descriptor: Node's socket is destroyed once its pending writes are out. */
  _real_close(): void {
    live.delete(this);
    if (this._owner) {
      // Closing a descriptor shared with another socket object closes the connection.
      const owner = this._owner;
      this._owner = null;
      this._fdClosed = true;
      owner._real_close();
      return;
    }
    if (this._fdClosed) {
      this._settle(badFd); // e.g. a TLS handshake, which runs on a detached socket
      return;
    }
    this._fdClosed = true;
    this._resetQueue();
    const nsock = this._sock;
    if (nsock && !nsock.destroyed) {
      if (nsock.writableLength > 0 && !nsock.writableEnded && !this._sendTimedOut) {
        // Data Python would already have handed to the kernel: let it go out, then close.
        nsock.end(() => nsock.destroy());
        nsock.unref();
      } else nsock.destroy();
    }
    // Whatever was pending fails as on a closed descriptor, at once.
    this._settle(badFd);
  }

  /**
   * Extension (not in Python): cancels. Every pending operation (connect, send, recv,
   * a read through makefile(), a TLS handshake) rejects at once with `reason`, exactly
   * that value; then the connection is closed at once, whatever makefile() streams still
   * use it, dropping unsent data. Later calls behave as on a closed socket.
   */
  _abort(reason: unknown): void {
    if (this._owner) {
      // The connection is the owner's: cancel there, and leave this object closed.
      const owner = this._owner;
      this._owner = null;
      this._closed = true;
      this._fdClosed = true;
      live.delete(this);
      owner._abort(reason);
      return;
    }
    this._aborted = true;
    this._closed = true;
    this._settle(() => reason);
    const nsock = this._sock;
    this._real_close();
    if (nsock !== null && !nsock.destroyed) nsock.destroy();
  }

  /** Marks the socket closed; the descriptor closes when no makefile() stream uses it. */
  close(): void {
    this._closed = true;
    if (this._io_refs <= 0) this._real_close();
  }

  /** Closes this object without closing the connection; returns the descriptor. */
  detach(): number {
    const fd = this.fileno();
    if (this._owner) {
      this._owner = null;
      this._closed = true;
      this._fdClosed = true;
      return fd;
    }
    this._detach();
    return fd;
  }
}

/** Sockets attached to a Node socket, to find the owner of a descriptor. */
const live = new Set<socket>();

function findLive(fd: number): socket | undefined {
  for (const s of live) if (s.fileno() === fd) return s;
  return undefined;
}

/** Constructs io[name](...args), for the io classes makefile() only needs in rare modes. */
function construct(mod: Record<string, new (...a: unknown[]) => unknown>, name: string, ...args: unknown[]): unknown {
  const cls = mod[name];
  if (typeof cls !== "function") throw new NotImplementedError(`makefile(): io.${name} is not available in this port`);
  return new cls(...args);
}

function checkSize(n: unknown, negativeMessage: string): void {
  if (typeof n !== "number" || !Number.isInteger(n)) {
    throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  }
  if (n < 0) throw new ValueError(negativeMessage);
}

// ---------------------------------------------------------------------------
// SocketIO

/** errnos meaning "would block": readinto()/write() return null for them. */
const BLOCKING_ERRNOS = new Set([11]);

/** Raw I/O over a stream socket: what makefile() builds its buffered streams on. */
export class SocketIO extends io.RawIOBase {
  _sock: socket | null;
  private _mode: string;
  private _reading: boolean;
  private _writing: boolean;
  _timeout_occurred = false;

  constructor(sock: socket, mode: string) {
    if (!SOCKETIO_MODES.has(mode)) throw new ValueError(`invalid mode: ${repr(mode)}`);
    super();
    this._sock = sock;
    if (!mode.includes("b")) mode += "b";
    this._mode = mode;
    this._reading = mode.includes("r");
    this._writing = mode.includes("w");
  }

  /** Reads up to b.length bytes into b; 0 means the peer shut the connection down. */
  override async readinto(b: Uint8Array): Promise<number | null> {
    this._checkClosed();
    this._checkReadable();
    if (this._timeout_occurred) throw new OSError("cannot read from timed out object");
    try {
      return await this._sock!.recv_into(b);
    } catch (e) {
      return this._recvFailed(e);
    }
  }

  /** What readinto() makes of what its recv_into() raised: None for a blocking error; else raised (a timeout marks this stream). */
  _recvFailed(e: unknown): null {
    if (e instanceof TimeoutError) {
      this._timeout_occurred = true;
      throw e;
    }
    if (e instanceof OSError && e.errno !== null && BLOCKING_ERRNOS.has(e.errno)) return null;
    throw e;
  }

  /**
   * io.BufferedReader's direct take (see socket._recvNow): what readinto(dst[at:at+n]) would
   * return at once; -1 where it would wait or raise, or is not this class's own (a subclass
   * or a patched instance sees every readinto() call).
   */
  _recvNow(dst: Uint8Array, at: number, n: number): number {
    const sock = this._direct();
    return sock === null ? -1 : sock._recvNow(dst, at, n);
  }

  /**
   * For the receive buffer's waits (io.BufferedReader): what readinto() does until bytes are
   * there to take with _recvNow(): resolves true then, false where readinto() would return
   * 0, rejecting with what its recv_into() raises (for _recvFailed()). Null, nothing done,
   * where readinto() would not wait as the socket's own (a non-blocking socket, a subclass,
   * a patched instance...): the caller calls readinto().
   */
  _waitRecv(): Promise<boolean | (() => Promise<boolean>)> | null {
    const sock = this._direct();
    if (sock === null || sock._timeout === 0 || sock.constructor !== socket || sock.recv_into !== socket.prototype.recv_into) return null;
    return sock._waitRecv();
  }

  /** The socket readinto() reads, when readinto() and the checks it makes are this class's own and it would read; else null. */
  private _direct(): socket | null {
    const sock = this._sock;
    if (sock === null || this._timeout_occurred || !this._reading || this.__IOBase_closed || this.constructor !== SocketIO) return null;
    if (this.readinto !== SocketIO.prototype.readinto || this.readable !== SocketIO.prototype.readable || this._checkClosed !== io.RawIOBase.prototype._checkClosed || this._checkReadable !== io.RawIOBase.prototype._checkReadable) return null;
    return sock;
  }

  /** Writes b to the socket; returns the number of bytes written. */
  override async write(b: Uint8Array): Promise<number | null> {
    this._checkClosed();
    this._checkWritable();
    try {
      return await this._sock!.send(b);
    } catch (e) {
      if (e instanceof OSError && e.errno !== null && BLOCKING_ERRNOS.has(e.errno)) return null;
      throw e;
    }
  }

  override readable(): boolean {
    if (this.closed) throw new ValueError("I/O operation on closed socket.");
    return this._reading;
  }

  override writable(): boolean {
    if (this.closed) throw new ValueError("I/O operation on closed socket.");
    return this._writing;
  }

  override seekable(): boolean {
    if (this.closed) throw new ValueError("I/O operation on closed socket.");
    return super.seekable();
  }

  override fileno(): number {
    this._checkClosed();
    return this._sock!.fileno();
  }

  get name(): number {
    return this.closed ? -1 : this.fileno();
  }

  get mode(): string {
    return this._mode;
  }

  /** Closes this stream; the socket itself closes once it is closed and unused. */
  override close(): void {
    if (this.closed) return;
    super.close();
    this._sock!._decref_socketios();
    this._sock = null;
  }
}

// ---------------------------------------------------------------------------
// Name resolution and create_connection

let services: Map<string, number> | null = null;

/** Looks a TCP service name up in /etc/services, as getaddrinfo() would. */
function serviceport(name: string): number | null {
  if (services === null) {
    services = new Map();
    try {
      for (const line of fs.readFileSync("/etc/services", "latin1").split("\n")) {
        const fields = line.replace(/#.*/, "").trim().split(/\s+/);
        const m = /^(\d+)\/tcp$/.exec(fields[1] ?? "");
        if (!m) continue;
        for (const n of [fields[0]!, ...fields.slice(2)]) if (!services.has(n)) services.set(n, Number(m[1]));
      }
    } catch {
      // No services database: only numeric ports resolve.
    }
  }
  return services.get(name) ?? null;
}

export type AddrInfo = [number, number, number, string, readonly unknown[]];

/**
 * Translates host/port into a list of [family, type, proto, canonname, sockaddr]
 * (Python's getaddrinfo), resolving with the system resolver in its order.
 */
export async function getaddrinfo(
  host: string | Uint8Array | null,
  port: string | number | Uint8Array | null,
  family = 0,
  type = 0,
  proto = 0,
  flags = 0,
): Promise<AddrInfo[]> {
  let hostStr: string | null;
  if (host === null || host === undefined) hostStr = null;
  else if (typeof host === "string") hostStr = /^[\x00-\x7f]*$/.test(host) ? host : idnaEncode(host).toString("latin1");
  else if (host instanceof Uint8Array) hostStr = Buffer.from(host).toString("latin1");
  else throw new TypeError("getaddrinfo() argument 1 must be string or None");

  let portNum: number;
  if (port === null || port === undefined) portNum = 0;
  else if (typeof port === "number" || typeof port === "bigint") {
    const p = Number(port);
    // glibc parses the decimal service and keeps its low 16 bits; a negative one fails.
    if (p < 0) throw gaiError("EAI_SERVICE");
    portNum = p % 65536;
  } else if (typeof port === "string" || port instanceof Uint8Array) {
    const s = typeof port === "string" ? port : Buffer.from(port).toString("latin1");
    if (/^\d+$/.test(s)) portNum = Number(s) % 65536;
    else {
      const p = flags & AI_NUMERICSERV ? null : serviceport(s);
      if (p === null) throw gaiError(flags & AI_NUMERICSERV ? "EAI_NONAME" : "EAI_SERVICE");
      portNum = p;
    }
  } else throw new OSError("Int or String expected");

  if (family !== AF_UNSPEC && family !== AF_INET && family !== AF_INET6) throw gaiError("EAI_FAMILY");
  const types: Array<[number, number]> = [];
  if ((type === 0 || type === SOCK_STREAM) && (proto === 0 || proto === IPPROTO_TCP)) types.push([SOCK_STREAM, IPPROTO_TCP]);
  if ((type === 0 || type === SOCK_DGRAM) && (proto === 0 || proto === IPPROTO_UDP)) types.push([SOCK_DGRAM, IPPROTO_UDP]);
  if (type === 0 || type === SOCK_RAW) types.push([SOCK_RAW, proto]);
  if (types.length === 0) throw gaiError(type === SOCK_STREAM || type === SOCK_DGRAM || type === SOCK_RAW ? "EAI_SERVICE" : "EAI_SOCKTYPE");

  let addrs: Array<{ address: string; family: number }>;
  if (hostStr === null) {
    const passive = (flags & AI_PASSIVE) !== 0;
    addrs = [
      { address: passive ? "::" : "::1", family: 6 },
      { address: passive ? "0.0.0.0" : "127.0.0.1", family: 4 },
    ];
  } else if (hostStr === "") {
    throw gaiError("EAI_NONAME");
  } else if (net.isIP(hostStr)) {
    addrs = [{ address: hostStr, family: net.isIP(hostStr) }];
  } else if (flags & AI_NUMERICHOST) {
    throw gaiError("EAI_NONAME");
  } else {
    const [err, result] = await new Promise<[NodeJS.ErrnoException | null, dns.LookupAddress[]]>((resolve) => {
      dns.lookup(
        hostStr!,
        { all: true, verbatim: true, family: family === AF_INET ? 4 : family === AF_INET6 ? 6 : 0 },
        (e, r) => resolve([e, r]),
      );
    });
    // Made here rather than in the callback, so that its stack shows the caller.
    if (err) throw _withCallerStack(() => fromNodeError(err));
    addrs = result;
  }
  const want = family === AF_INET ? 4 : family === AF_INET6 ? 6 : 0;
  const matching = addrs.filter((a) => want === 0 || a.family === want);
  if (matching.length === 0) throw gaiError(net.isIP(hostStr ?? "") ? "EAI_ADDRFAMILY" : "EAI_NONAME");
  const out: AddrInfo[] = [];
  for (const a of matching) {
    const af = a.family === 6 ? AF_INET6 : AF_INET;
    const sa = af === AF_INET6 ? tuple([a.address, portNum, 0, 0]) : tuple([a.address, portNum]);
    const canon = flags & AI_CANONNAME && out.length === 0 ? (hostStr ?? "") : "";
    for (const [t, p] of types) out.push([af, t, p, canon, sa]);
  }
  return out;
}

export interface CreateConnectionOptions {
  timeout?: number | null | DefaultTimeout;
  source_address?: Address | null;
  sourceAddress?: Address | null;
  all_errors?: boolean;
  allErrors?: boolean;
}

/**
 * Connects to address ([host, port]) trying every address getaddrinfo() gives, in
 * order, and returns the connected socket. timeout (seconds, null for blocking) is
 * set on the socket before connecting; source_address ([host, port]) is bound first.
 * Raises the last error, or with all_errors an ExceptionGroup of all of them.
 */
export async function create_connection(
  address: Address,
  timeout: number | null | DefaultTimeout | CreateConnectionOptions = _GLOBAL_DEFAULT_TIMEOUT,
  source_address: Address | null | CreateConnectionOptions = null,
  options?: CreateConnectionOptions,
): Promise<socket> {
  let allErrors: unknown = false;
  const b = bindKw(arguments, CREATE_CONNECTION);
  if (b) [address, timeout, source_address, allErrors] = b as [Address, number | null | DefaultTimeout, Address | null, unknown];
  allErrors = Boolean(allErrors);
  const [host, port] = address as [string, number];
  const exceptions: BaseException[] = [];
  // Extension: an AbortSignal in _abortScope cancels the lookup and each connect.
  const signal = _abortScope.getStore();
  if (signal?.aborted) throw signal.reason;
  for (const [af, socktype, proto, , sa] of await abortable(getaddrinfo(host, port, 0, SOCK_STREAM), signal)) {
    let sock: socket | null = null;
    try {
      sock = new socket(af, socktype, proto);
      if (timeout !== _GLOBAL_DEFAULT_TIMEOUT) sock.settimeout(timeout);
      if (source_address && (source_address as unknown[]).length) sock.bind(source_address as Address);
      await sock.connect(sa);
      return sock;
    } catch (exc) {
      if (signal?.aborted) {
        // Aborted: sock.connect() closed the socket and raised the reason; no other address.
        sock?.close();
        throw exc;
      }
      if (!(exc instanceof OSError)) throw exc;
      if (!allErrors) exceptions.length = 0; // raise only the last error
      exceptions.push(exc);
      if (sock !== null) sock.close();
    }
  }
  if (exceptions.length) {
    if (!allErrors) throw exceptions[0];
    throw new ExceptionGroup("create_connection failed", exceptions);
  }
  throw new OSError("getaddrinfo returns an empty list");
}

// A plain object is never a value of these parameters: it is the keywords.
const CREATE_CONNECTION = kwspec("create_connection", ["address", "timeout", "source_address", "all_errors"], [undefined, _GLOBAL_DEFAULT_TIMEOUT, null, false], 3);
const MAKEFILE = kwspec("socket.makefile", ["mode", "buffering", "encoding", "errors", "newline"], ["r", null, null, null, null], 2);
/** set(mode) <= {"r", "w", "b"}, for a str mode. */
const MAKEFILE_MODE = /^[rwb]*$/;
/** The modes SocketIO() takes. */
const SOCKETIO_MODES: ReadonlySet<unknown> = new Set(["r", "w", "rw", "rb", "wb", "rwb"]);

export { create_connection as createConnection, getaddrinfo as getAddrInfo };
