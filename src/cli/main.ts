// The http-client-py command: one request made with the port's http.client, from the
// command line, for reference checks (--dry-run prints the exact bytes CPython's
// http.client sends) and for daily use. `main(argv, streams)` is the whole tool and
// returns the exit code; bin.ts runs it on the process.
//
//   http-client-py [options] METHOD URL
//
// The request is `conn.request(METHOD, target, body, headers, encode_chunked=...)` on an
// HTTPConnection (http://) or HTTPSConnection (https://) made from the URL's netloc, as
// a Python script would write it; everything on the wire comes from src/http/client.ts.

import * as fs from "node:fs";
import { parseArgs } from "node:util";
import * as builtins from "../builtins";
import * as http_client from "../http/client";
import * as io from "../io";
import * as socket from "../socket";
import * as ssl from "../ssl";
import { urlsplit } from "../urllib/parse";

const PROG = "http-client-py";

export const USAGE =
  `usage: ${PROG} [-h] [-H 'NAME: VALUE'] [-d DATA | -d @FILE] [--chunked] [--timeout S]\n` +
  `${" ".repeat(PROG.length + 8)}[--tunnel HOST:PORT] [-k] [-i] [-v] [-o FILE] [--dry-run]\n` +
  `${" ".repeat(PROG.length + 8)}METHOD URL\n`;

export const HELP = `${USAGE}
Send one HTTP request with http-client-py, the TypeScript port of CPython 3.14's
http.client: conn.request(METHOD, path, body, headers) on an HTTPConnection (http://)
or HTTPSConnection (https://) for the URL's host, then conn.getresponse().

positional arguments:
  METHOD                the request method, sent as given (GET, POST, ...)
  URL                   http://HOST[:PORT]/PATH[?QUERY] or https://...; the request
                        target is PATH[?QUERY] (a fragment is not sent)

options:
  -h, --help            show this help message and exit
  -H, --header 'NAME: VALUE'
                        a request header (repeatable); the headers go to request()
                        as a dict, in order, so a repeated NAME keeps its first
                        place and its last value
  -d, --data DATA       the body, as a str: http.client encodes it ISO-8859-1
  -d, --data @FILE      the body, the bytes of FILE (@- for standard input)
  --chunked             encode_chunked=True, and the body handed over as a file
                        object: http.client sends it with Transfer-Encoding:
                        chunked (unless -H gives Content-Length or
                        Transfer-Encoding), in blocks of 8192 bytes
  --timeout S           the connection's timeout, in seconds
  --tunnel HOST:PORT    connect to the proxy HOST:PORT and set_tunnel() to the
                        URL's host (an HTTP CONNECT tunnel)
  -k, --insecure        no certificate verification (ssl._create_unverified_context())
  -i, --include         write the status line and the headers before the body
  -v, --verbose         set_debuglevel(1): http.client's debug output, on stderr
  -o, --output FILE     write the body to FILE instead of standard output
  --dry-run             connect to nothing: write the bytes http.client would send
                        for this request (for https://, what goes inside TLS; with
                        --tunnel, the CONNECT request first, as if the proxy said 200)

The body goes to standard output (or -o FILE); when standard error is a terminal, a
progress bar shows the download there. Exit status: 0 when a response came (whatever its
status), 1 when http.client raised (its type and message on standard error, as the last
line of a Python traceback), 2 on bad usage.
`;

/** What the command writes to: the process's streams, or a test's. */
export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Standard input, for `-d @-` (default: file descriptor 0). */
  stdinFd?: number;
  /** The clock of the progress bar, in milliseconds. */
  now?: () => number;
}

/** A command line the tool cannot run: exit status 2, with the usage. */
export class UsageError extends Error {}

export type Data = { kind: "str"; text: string } | { kind: "file"; path: string };

/** A parsed command line. */
export interface Invocation {
  method: string;
  url: string;
  scheme: "http" | "https";
  /** What goes to HTTPConnection(): the URL's netloc. */
  netloc: string;
  /** What goes to request() as its url: PATH[?QUERY] ("/" when the URL has no path). */
  target: string;
  headers: Map<string, string>;
  data: Data | null;
  chunked: boolean;
  timeout: number | null;
  tunnel: string | null;
  insecure: boolean;
  include: boolean;
  verbose: boolean;
  output: string | null;
  dryRun: boolean;
  help: boolean;
}

const OPTIONS = {
  header: { type: "string", short: "H", multiple: true },
  data: { type: "string", short: "d" },
  chunked: { type: "boolean" },
  timeout: { type: "string" },
  tunnel: { type: "string" },
  insecure: { type: "boolean", short: "k" },
  include: { type: "boolean", short: "i" },
  verbose: { type: "boolean", short: "v" },
  output: { type: "string", short: "o" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Parses argv (without node and the script); throws UsageError. */
export function parseCommandLine(argv: readonly string[]): Invocation {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // (node:util's errors come from another realm under a test runner: no instanceof Error)
    const message = (e as { message?: unknown } | null)?.message;
    throw new UsageError(typeof message === "string" ? message.replace(/\n/g, " ") : String(e));
  }
  const v = parsed.values;
  const inv: Invocation = {
    method: "",
    url: "",
    scheme: "http",
    netloc: "",
    target: "/",
    headers: new Map(),
    data: null,
    chunked: v.chunked === true,
    timeout: null,
    tunnel: v.tunnel ?? null,
    insecure: v.insecure === true,
    include: v.include === true,
    verbose: v.verbose === true,
    output: v.output ?? null,
    dryRun: v["dry-run"] === true,
    help: v.help === true,
  };
  if (inv.help) return inv;

  const pos = parsed.positionals;
  if (pos.length < 2) {
    const missing = ["METHOD", "URL"].slice(pos.length);
    throw new UsageError(`the following arguments are required: ${missing.join(", ")}`);
  }
  if (pos.length > 2) throw new UsageError(`unrecognized arguments: ${pos.slice(2).join(" ")}`);
  inv.method = pos[0]!;
  inv.url = pos[1]!;

  for (const h of v.header ?? []) {
    const colon = h.indexOf(":");
    if (colon < 0) throw new UsageError(`argument -H/--header: expected 'NAME: VALUE', got ${builtins.repr(h)}`);
    const name = h.slice(0, colon);
    const value = h.slice(colon + 1).replace(/^[ \t]+/, "");
    // A dict: a repeated name keeps its place and takes the new value.
    inv.headers.set(name, value);
  }

  if (v.data !== undefined) {
    inv.data = v.data.startsWith("@") ? { kind: "file", path: v.data.slice(1) } : { kind: "str", text: v.data };
    if (inv.data.kind === "file" && inv.data.path === "") throw new UsageError("argument -d/--data: @ needs a file name (@FILE, or @- for standard input)");
  }

  if (v.timeout !== undefined) {
    const t = v.timeout.trim() === "" ? NaN : Number(v.timeout);
    if (!Number.isFinite(t)) throw new UsageError(`argument --timeout: invalid float value: ${builtins.repr(v.timeout)}`);
    inv.timeout = t;
  }
  if (inv.tunnel === "") throw new UsageError("argument --tunnel: expected HOST:PORT");
  return inv;
}

/**
 * Splits the URL: scheme and netloc with urlsplit(), the request target as the path and
 * query (urlsplit() drops tab, CR and LF from a URL; the rest reaches http.client as given,
 * which refuses what a request line cannot carry). Throws UsageError for what is not an
 * http or https URL with a host; urlsplit()'s own ValueError passes through.
 */
export function splitUrl(inv: Invocation): void {
  const parts = urlsplit(inv.url);
  if (parts.scheme !== "http" && parts.scheme !== "https") {
    throw new UsageError(
      parts.scheme === "" ? `URL must start with http:// or https://: ${builtins.repr(inv.url)}` : `unsupported URL scheme ${builtins.repr(parts.scheme)} (http or https)`,
    );
  }
  if (parts.netloc === "") throw new UsageError(`no host in URL ${builtins.repr(inv.url)}`);
  if (parts.netloc.includes("@")) {
    throw new UsageError(`credentials in the URL are not sent; give an Authorization header with -H instead: ${builtins.repr(inv.url)}`);
  }
  inv.scheme = parts.scheme;
  inv.netloc = parts.netloc;
  // urlsplit: the fragment starts at the first '#', the query at the first '?' before it.
  const hasQuery = inv.url.split("#", 1)[0]!.includes("?");
  inv.target = (parts.path || "/") + (hasQuery ? `?${parts.query}` : "");
}

// ---------------------------------------------------------------------------
// Python's exceptions as a traceback's last line prints them

// A builtins exception class the port's builtins lack (open() of a directory).
class IsADirectoryError extends builtins.OSError {}

/** Modules whose exception classes a traceback names as module.Class (builtins bare). */
const EXCEPTION_MODULES: [string, object][] = [
  ["builtins", builtins],
  ["builtins", { IsADirectoryError }],
  ["http.client", http_client],
  ["ssl", ssl],
  ["socket", socket],
  ["io", io],
];

/** The exception's type as Python prints it: "ConnectionRefusedError", "http.client.RemoteDisconnected". */
export function exceptionTypeName(e: builtins.BaseException): string {
  const ctor = e.constructor;
  const name = builtins.pyClassName(e);
  for (const [mod, ns] of EXCEPTION_MODULES) {
    if (Object.values(ns).includes(ctor)) return mod === "builtins" ? name : `${mod}.${name}`;
  }
  const own: unknown = Object.getOwnPropertyDescriptor(ctor, "__module__")?.value;
  return typeof own === "string" && own !== "builtins" ? `${own}.${name}` : name;
}

/** The last line of Python's traceback for e, without its newline. */
export function formatException(e: builtins.BaseException): string {
  const s = builtins.str(e);
  return s === "" ? exceptionTypeName(e) : `${exceptionTypeName(e)}: ${s}`;
}

/** An error from the file system as Python's open() or read() raises it, naming the file. */
function fileError(err: unknown, filename: string): builtins.BaseException {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === "EISDIR") return new IsADirectoryError(21, "Is a directory", filename);
  const e = socket.fromNodeError(err);
  if (e instanceof builtins.OSError && e.errno !== null) e.filename = filename;
  return e;
}

// ---------------------------------------------------------------------------
// Files

/** io.FileIO for reading: a raw stream over a file descriptor (what open(FILE, "rb") wraps). */
class FileIO extends io.RawIOBase {
  static readonly __pyname__ = "FileIO";
  readonly name: string;
  readonly mode = "rb";
  private fd: number | null;
  private readonly owned: boolean;

  constructor(path: string, fd: number | null = null) {
    super();
    this.name = path;
    this.owned = fd === null;
    if (fd === null) {
      try {
        fd = fs.openSync(path, "r");
        if (fs.fstatSync(fd).isDirectory()) {
          fs.closeSync(fd);
          throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
        }
      } catch (e) {
        throw fileError(e, path);
      }
    }
    this.fd = fd;
  }

  override readable(): boolean {
    return true;
  }

  override readinto(b: Uint8Array): number {
    if (this.fd === null) throw new builtins.ValueError("I/O operation on closed file");
    for (;;) {
      try {
        return fs.readSync(this.fd, b, 0, b.length, null);
      } catch (e) {
        // A non-blocking standard input with nothing yet: wait a little, as a blocking read would.
        if ((e as { code?: unknown }).code !== "EAGAIN") throw fileError(e, this.name);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      }
    }
  }

  override close(): void {
    if (this.fd !== null && this.owned) fs.closeSync(this.fd);
    this.fd = null;
    super.close();
  }

  __repr__(): string {
    return `<_io.FileIO name=${builtins.repr(this.name)} mode='rb' closefd=${this.owned ? "True" : "False"}>`;
  }
}

function readWholeFile(path: string, stdinFd: number): Buffer {
  try {
    return path === "-" ? fs.readFileSync(stdinFd) : fs.readFileSync(path);
  } catch (e) {
    throw fileError(e, path);
  }
}

/** Where the body goes: a stream (standard output) or a file opened when the response comes. */
class Output {
  private fd: number | null = null;
  private failure: unknown = null;
  private readonly onError = (e: unknown) => {
    this.failure ??= e;
  };

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly path: string | null,
  ) {
    if (path === null) stream.on("error", this.onError);
  }

  /** Opens the file (truncating it), as open(FILE, "wb") does. */
  open(): void {
    if (this.path === null || this.fd !== null) return;
    try {
      this.fd = fs.openSync(this.path, "w");
    } catch (e) {
      throw fileError(e, this.path);
    }
  }

  async write(data: Uint8Array): Promise<void> {
    if (data.length === 0) return;
    if (this.path !== null) {
      this.open();
      let off = 0;
      try {
        while (off < data.length) off += fs.writeSync(this.fd!, data, off, data.length - off);
      } catch (e) {
        throw fileError(e, this.path);
      }
      return;
    }
    this.check();
    if (!this.stream.write(data)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off("drain", done);
          this.stream.off("error", done);
          resolve();
        };
        this.stream.on("drain", done);
        this.stream.on("error", done);
      });
    }
    this.check();
  }

  private check(): void {
    if (this.failure !== null) throw socket.fromNodeError(this.failure);
  }

  close(): void {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
    if (this.path === null) this.stream.off("error", this.onError);
  }
}

// ---------------------------------------------------------------------------
// The progress bar

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KiB", "MiB", "GiB", "TiB"];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} ${units[i]}`;
}

/** A one-line progress bar on a terminal: percentage and bar when the length is known, bytes and rate always. */
export class Progress {
  private done = 0;
  private readonly start: number;
  private last = -Infinity;
  private drawn = -1;

  constructor(
    private readonly out: NodeJS.WritableStream & { columns?: number },
    private readonly total: number | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.start = now();
  }

  /** The line for `done` bytes after `ms` milliseconds. */
  line(ms: number): string {
    const rate = ms > 0 ? (this.done * 1000) / ms : 0;
    const tail = `${formatBytes(this.done)}${this.total !== null ? ` / ${formatBytes(this.total)}` : ""}  ${formatBytes(Math.round(rate))}/s`;
    if (this.total === null) return tail;
    const frac = this.total > 0 ? Math.min(1, this.done / this.total) : 1;
    const pct = `${Math.floor(frac * 100)}%`.padStart(4);
    const columns = this.out.columns && this.out.columns > 0 ? this.out.columns : 80;
    const width = Math.max(10, Math.min(40, columns - tail.length - pct.length - 5));
    const filled = Math.floor(frac * width);
    return `${pct} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${tail}`;
  }

  update(n: number): void {
    this.done += n;
    const t = this.now();
    if (t - this.last >= 100) this.draw(t);
  }

  private draw(t: number): void {
    this.last = t;
    this.drawn = this.done;
    this.out.write(`\r${this.line(t - this.start)}\x1b[K`);
  }

  /** Draws the last state (unless it is on screen) and ends the line. */
  finish(): void {
    if (this.drawn !== this.done) this.draw(this.now());
    this.out.write("\n");
  }
}

// ---------------------------------------------------------------------------
// --dry-run: the port's own request code over a socket that records what it is sent

const PROXY_REPLY = Buffer.from("HTTP/1.1 200 Connection established\r\n\r\n", "latin1");

/** What http.client's connect() gets instead of a socket: sendall() writes the bytes out. */
class RecordingSocket {
  constructor(
    private readonly out: Output,
    private readonly reply: Buffer,
  ) {}

  async sendall(data: unknown): Promise<void> {
    if (!builtins.isBytesLike(data)) {
      throw new builtins.TypeError(`a bytes-like object is required, not '${builtins.typeName(data)}'`);
    }
    await this.out.write(builtins.asBuffer(data));
  }

  makefile(_mode = "r"): io.BytesIO {
    return new io.BytesIO(this.reply);
  }

  setsockopt(..._args: unknown[]): void {}

  close(): void {}
}

/** HTTPSConnection whose connect() stops before the TLS handshake (the bytes shown are those inside TLS). */
class DryRunHTTPSConnection extends http_client.HTTPSConnection {
  override async connect(): Promise<void> {
    await http_client.HTTPConnection.prototype.connect.call(this);
  }
}

// ---------------------------------------------------------------------------
// Running

function makeConnection(inv: Invocation): http_client.HTTPConnection {
  const host = inv.tunnel ?? inv.netloc;
  const timeout = inv.timeout;
  let conn: http_client.HTTPConnection;
  if (inv.scheme === "https") {
    const Cls = inv.dryRun ? DryRunHTTPSConnection : http_client.HTTPSConnection;
    const context = inv.insecure ? ssl._create_unverified_context() : null;
    if (timeout !== null && context !== null) conn = new Cls(host, { timeout, context });
    else if (timeout !== null) conn = new Cls(host, { timeout });
    else if (context !== null) conn = new Cls(host, { context });
    else conn = new Cls(host);
  } else {
    conn = timeout !== null ? new http_client.HTTPConnection(host, { timeout }) : new http_client.HTTPConnection(host);
  }
  if (inv.tunnel !== null) conn.set_tunnel(inv.netloc);
  if (inv.verbose) conn.set_debuglevel(1);
  return conn;
}

/** The body as request() gets it, and what to close afterwards. */
function makeBody(inv: Invocation, stdinFd: number): { body: string | Buffer | io.BytesIO | io.BufferedReader | null; closer: (() => void) | null } {
  const data = inv.data;
  if (data === null) return { body: null, closer: null };
  if (!inv.chunked) {
    return { body: data.kind === "str" ? data.text : readWholeFile(data.path, stdinFd), closer: null };
  }
  if (data.kind === "str") return { body: new io.BytesIO(http_client._encode(data.text, "body")), closer: null };
  const raw = data.path === "-" ? new FileIO("<stdin>", stdinFd) : new FileIO(data.path);
  const file = new io.BufferedReader(raw);
  return { body: file, closer: () => file.close() };
}

function statusLine(resp: http_client.HTTPResponse): string {
  const v = resp.version;
  const version = typeof v === "number" ? `HTTP/${Math.floor(v / 10)}.${v % 10}` : "HTTP/?";
  return `${version} ${String(resp.status)} ${resp.reason}\r\n`;
}

async function run(inv: Invocation, streams: Streams): Promise<void> {
  const out = new Output(streams.stdout, inv.output);
  let closer: (() => void) | null = null;
  let conn: http_client.HTTPConnection | null = null;
  try {
    const made = makeBody(inv, streams.stdinFd ?? 0);
    const body = made.body;
    closer = made.closer;
    conn = makeConnection(inv);
    const encode_chunked = inv.chunked;
    if (inv.dryRun) {
      const sock = new RecordingSocket(out, PROXY_REPLY);
      conn._create_connection = () => sock;
      await conn.request(inv.method, inv.target, body, inv.headers, { encode_chunked });
      return;
    }
    await conn.request(inv.method, inv.target, body, inv.headers, { encode_chunked });
    const resp = await conn.getresponse();
    out.open();
    if (inv.include) {
      let head = statusLine(resp);
      for (const [name, value] of resp.getheaders()) head += `${name}: ${value}\r\n`;
      await out.write(Buffer.from(`${head}\r\n`, "latin1"));
    }
    const length = resp.length;
    const total = typeof length === "number" ? length : typeof length === "bigint" ? Number(length) : null;
    const showProgress = streams.stderr.isTTY === true && !(inv.output === null && streams.stdout.isTTY === true);
    const progress = showProgress ? new Progress(streams.stderr, total, streams.now) : null;
    let got = 0;
    for (;;) {
      const chunk = await resp.read1(65536);
      if (chunk.length === 0) break;
      await out.write(chunk);
      got += chunk.length;
      progress?.update(chunk.length);
    }
    progress?.finish();
    // read1() ends quietly at a premature end of a Content-Length body (CPython: "Ideally,
    // we would raise IncompleteRead ... but it might break compatibility"); the command says
    // what read() would have said. (The partial bytes are on the output already: only their
    // count is kept, in an untouched buffer.)
    const left = resp.length;
    if ((typeof left === "number" && left > 0) || (typeof left === "bigint" && left > 0n)) {
      throw new http_client.IncompleteRead(new Uint8Array(got), left);
    }
    resp.close();
  } finally {
    conn?.close();
    closer?.();
    out.close();
  }
}

/**
 * Runs the command: argv without node and the script. Resolves to the exit status:
 * 0 when a response came (or --dry-run wrote its bytes), 1 on a Python exception,
 * 2 on bad usage.
 */
export async function main(argv: readonly string[], streams: Streams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let inv: Invocation;
  try {
    inv = parseCommandLine(argv);
    if (inv.help) {
      streams.stdout.write(HELP);
      return 0;
    }
    splitUrl(inv);
  } catch (e) {
    if (e instanceof UsageError) {
      streams.stderr.write(`${USAGE}${PROG}: error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof builtins.BaseException) {
      streams.stderr.write(`${formatException(e)}\n`);
      return 1;
    }
    throw e;
  }

  // http.client's debug output goes through print(): to standard error, here.
  const saved = builtins.stdout.write;
  if (inv.verbose) builtins.stdout.write = (s: string) => void streams.stderr.write(s);
  try {
    await run(inv, streams);
    return 0;
  } catch (e) {
    if (e instanceof builtins.BaseException) {
      streams.stderr.write(`${formatException(e)}\n`);
      return 1;
    }
    streams.stderr.write(`${PROG}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  } finally {
    builtins.stdout.write = saved;
  }
}

/** The bin's entry: runs main() on the process and sets its exit code. */
export async function runMain(): Promise<void> {
  // A reader that went away (`| head`) is reported once, as BrokenPipeError, by main().
  process.stdout.on("error", () => {});
  process.exitCode = await main(process.argv.slice(2));
}
