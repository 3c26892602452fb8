// What the bench's processes share: workload sizes, the canned responses, /proc
// readings and the worker protocol. No dependency beyond node: built-ins, so that the
// server and the workers load fast and small.

import * as fs from "node:fs";
import type * as net from "node:net";

export const MiB = 1 << 20;

/** Paths the server answers; the workers ask for them. */
export const PATH_SMALL = "/small";
export const PATH_BIG = "/big"; // 64 MiB, Content-Length
export const PATH_CHUNKED = "/chunked"; // 64 MiB in 16 KiB chunks
export const PATH_BYTES = "/bytes/"; // /bytes/<n>: n bytes, Content-Length, streamed by the server
export const PATH_UPLOAD = "/upload";
export const PATH_BINARY = "/binary/"; // /binary/<n>: n bytes of binaryBlock(), Content-Length, streamed

export const BIG_SIZE = 64 * MiB;
export const CHUNK_SIZE = 16 * 1024;
export const STREAM_PIECE = 65536;
export const POST_SIZE = 8 * MiB;
/** The Node streams workload (http-client-py/node): a binary body of 50 MB. */
export const INTEROP_SIZE = 50_000_000;

/** The body of the small GET: what a tiny JSON API answer looks like. */
export const SMALL_BODY = '{"ok":true}\n';

/** A body of n bytes, the same on both ends (no compression anywhere, so any filler does). */
export function filler(n: number): Buffer {
  return Buffer.alloc(n, "0123456789abcdefghijklmnopqrstuvwxyz\n");
}

/**
 * The block /binary/<n> repeats: pseudo-random bytes (xorshift32, fixed seed) with a '\n'
 * every 5th byte and a "\r\n" every 11th, so that anything splitting on lines shows. Its
 * odd length keeps its repeats off the 1 MiB grain of the server's writes.
 */
export function binaryBlock(): Buffer {
  const b = Buffer.allocUnsafe(MiB + 7);
  let x = 0x9e3779b9;
  for (let i = 0; i < b.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  for (let i = 0; i < b.length; i += 5) b[i] = 0x0a;
  for (let i = 3; i + 1 < b.length; i += 11) {
    b[i] = 0x0d;
    b[i + 1] = 0x0a;
  }
  return b;
}

/** The first n bytes of binaryBlock() repeated: what /binary/<n> sends. */
export function* binaryPieces(n: number, block: Buffer = binaryBlock()): Generator<Buffer> {
  for (let left = n; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
}

export function smallResponse(): Buffer {
  return Buffer.from(
    "HTTP/1.1 200 OK\r\n" +
      "Content-Type: application/json\r\n" +
      `Content-Length: ${SMALL_BODY.length}\r\n` +
      "Date: Sat, 01 Jan 2000 00:00:00 GMT\r\n" +
      "Server: bench\r\n" +
      "\r\n" +
      SMALL_BODY,
    "latin1",
  );
}

export function lengthHead(n: number): Buffer {
  return Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: ${n}\r\n\r\n`, "latin1");
}

/** The whole chunked response: head, 16 KiB chunks (hex sizes, as servers send them), last chunk. */
export function chunkedResponse(total: number, chunk: number): Buffer {
  const head = Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n", "latin1");
  const data = filler(chunk);
  const parts: Buffer[] = [head];
  for (let left = total; left > 0; left -= chunk) {
    const n = Math.min(left, chunk);
    parts.push(Buffer.from(`${n.toString(16)}\r\n`, "latin1"), n === chunk ? data : data.subarray(0, n), Buffer.from("\r\n"));
  }
  parts.push(Buffer.from("0\r\n\r\n", "latin1"));
  return Buffer.concat(parts);
}

export const UPLOAD_RESPONSE = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok";

/**
 * The response of the in-memory parse workload: a status line, 20 headers (a realistic
 * mix; Content-Length among them) and a 1 KiB body. The CPython peer builds the same
 * bytes from the same recipe (see peer_cpython.py: parse_response()).
 */
export function parseResponse(): Buffer {
  const body = filler(1024);
  const headers = [
    "Date: Sat, 01 Jan 2000 00:00:00 GMT",
    "Server: Apache/2.4.41 (Ubuntu)",
    "Content-Type: text/html; charset=utf-8",
    `Content-Length: ${body.length}`,
    "Connection: keep-alive",
    "Cache-Control: private, max-age=0, must-revalidate",
    "Expires: Sat, 01 Jan 2000 00:00:00 GMT",
    "Last-Modified: Fri, 31 Dec 1999 23:59:59 GMT",
    'ETag: "5d8c72a5edda8d6a:3239"',
    "Vary: Accept-Encoding, Cookie",
    "X-Frame-Options: SAMEORIGIN",
    "X-Content-Type-Options: nosniff",
    "X-XSS-Protection: 1; mode=block",
    "Strict-Transport-Security: max-age=31536000; includeSubDomains",
    "Set-Cookie: session=abcdef0123456789; Path=/; HttpOnly",
    "Set-Cookie: theme=dark; Path=/; Max-Age=31536000",
    "Accept-Ranges: bytes",
    "Access-Control-Allow-Origin: *",
    "X-Request-Id: 0f8fad5b-d9cb-469f-a165-70867728950e",
    "Via: 1.1 varnish",
  ];
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${headers.join("\r\n")}\r\n\r\n`, "latin1"), body]);
}

// ---------------------------------------------------------------------------
// /proc readings (Linux): the same ones the CPython peer makes.

/** A field of /proc/<pid>/status in KiB (VmRSS, VmHWM), or null. */
export function statusKiB(field: string, pid: number | "self" = "self"): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "latin1"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS (clear_refs 5), so that a peak read later is the workload's. */
export function resetPeakRss(): boolean {
  try {
    fs.writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

const CLK_TCK = 100; // USER_HZ on Linux

/** utime + stime of a process, in seconds, from /proc/<pid>/stat; null if it is gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, "latin1");
    // The command name, in parentheses, may hold spaces: count fields after the last ')'.
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// The worker protocol: one JSON argument in, one JSON line out (the last line of stdout).

/**
 * The clients: the port and its peers on the machine's Node (node: node:http, undici: the
 * project's undici), CPython, and on the pinned Node 24 of scripts/node-versions the port
 * again (port24) and undici 8 (undici8, from scripts/bench/peers).
 */
export type ClientName = "port" | "cpython" | "node" | "undici" | "port24" | "undici8";
export type WorkloadName =
  | "small"
  | "big"
  | "chunked"
  | "stream"
  | "post_bytes"
  | "post_file"
  | "parse"
  | "rss"
  | "cold"
  | "conc32"
  | "readinto"
  | "interop";

/** The host every client connects to (the bench server listens there). */
export const HOST = "127.0.0.1";

/**
 * The floor under any Node client (WorkerArgs.floor) of a small GET on one keep-alive
 * connection: node:net, one fixed request written, the response's end found from its
 * Content-Length, nothing else. Returns the GET (resolving to the body's length) and a close.
 */
export function floorGet(port: number): [() => Promise<number>, () => void] {
  const n = require("node:net") as typeof net;
  const req = Buffer.from(`GET ${PATH_SMALL} HTTP/1.1\r\nHost: ${HOST}:${port}\r\nAccept-Encoding: identity\r\n\r\n`, "latin1");
  const sock = n.connect(port, HOST);
  sock.setNoDelay(true);
  const connected = new Promise((resolve) => sock.once("connect", resolve));
  let got: Buffer = Buffer.alloc(0);
  let waiting: ((n: number) => void) | null = null;
  sock.on("data", (d: Buffer) => {
    got = got.length ? Buffer.concat([got, d]) : d;
    const end = got.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/content-length: *(\d+)/i.exec(got.toString("latin1", 0, end))?.[1]);
    if (got.length < end + 4 + length) return;
    got = got.subarray(end + 4 + length);
    const w = waiting;
    waiting = null;
    w?.(length);
  });
  const get = async (): Promise<number> => {
    await connected;
    return new Promise<number>((resolve) => {
      waiting = resolve;
      sock.write(req);
    });
  };
  return [get, () => sock.destroy()];
}

/**
 * The floor under any Node client (WorkerArgs.floor) whose read(piece) returns new memory:
 * node:net reading into one reused 4 MiB buffer (onread, as the port's slabs), each piece
 * copied at once into a fresh Buffer and dropped, nothing else (no queue, no Promise per
 * piece). A fresh connection per body; resolves to the body's length once it is all read.
 */
export function floorStream(port: number, path: string, piece: number): Promise<number> {
  const n = require("node:net") as typeof net;
  return new Promise((resolve, reject) => {
    const slab = Buffer.allocUnsafe(4 << 20);
    let head = "";
    let body = -1; // bytes of the body left, once the head is read
    let total = 0;
    let result: Buffer | null = null;
    let filled = 0;
    const sock = n.connect({
      port,
      host: HOST,
      onread: {
        buffer: slab,
        callback(got: number, buf: Uint8Array): boolean {
          let off = 0;
          if (body < 0) {
            head += Buffer.from(buf.buffer, buf.byteOffset, got).toString("latin1");
            const end = head.indexOf("\r\n\r\n");
            if (end < 0) return true;
            body = total = Number(/content-length: *(\d+)/i.exec(head.slice(0, end))?.[1]);
            off = got - (head.length - end - 4);
          }
          while (off < got && body > 0) {
            result ??= Buffer.allocUnsafe(Math.min(piece, body));
            const k = Math.min(got - off, result.length - filled);
            result.set(buf.subarray(off, off + k), filled);
            filled += k;
            off += k;
            if (filled === result.length) {
              body -= result.length;
              result = null;
              filled = 0;
            }
          }
          if (body === 0) {
            sock.destroy();
            resolve(total);
          }
          return true;
        },
      },
    });
    sock.on("error", reject);
    sock.on("connect", () => sock.write(`GET ${path} HTTP/1.1\r\nHost: ${HOST}:${port}\r\n\r\n`));
  });
}

/** The cold workload: a fresh process's first COLD_GETS small GETs on one connection. */
export const COLD_GETS = 1000;
/** The concurrency workload: this many connections, each a keep-alive loop of small GETs. */
export const CONCURRENCY = 32;
/** The readinto workload reads into one reused buffer of this size. */
export const READINTO_PIECE = 65536;

/** The ways the interop workload reads its body (the port only, interleaved in one process). */
export const INTEROP_VARIANTS = ["read1", "chunks", "toReadable", "toWebStream"] as const;
export type InteropVariant = (typeof INTEROP_VARIANTS)[number];

/** One variant's figures in one process: a transfer per value. */
export interface VariantResult {
  variant: InteropVariant;
  /** MB/s (10^6 bytes) of each timed transfer. */
  values: number[];
  bytes: number;
  /** Wall time and the client's CPU time (user + system) of the timed transfers, seconds. */
  wall: number;
  cpu: number;
}

export interface WorkerArgs {
  client: ClientName;
  workload: WorkloadName;
  port: number;
  serverPid: number;
  /** Seconds of warm-up before the timed runs. */
  warmup: number;
  /** Seconds per timed run. */
  duration: number;
  runs: number;
  /** Body size for the stream, readinto and rss workloads. */
  size?: number;
  /** The concurrency workload: the number of connections. */
  connections?: number;
  /** The cold and small workloads: measure the floor under any Node client (floorGet) on this client's Node. */
  floor?: boolean;
  /** The cold workload (the port): run it without V8's optimizing compiler (node --no-opt), to show what compiling costs. */
  noOpt?: boolean;
  /**
   * The stream workload (the port): run it with glibc's MALLOC_TOP_PAD_ at 64 MiB, so that memory
   * freed at the top of the heap stays mapped, to show what faulting the results' pages back in costs.
   */
  topPad?: boolean;
  /** Write a CPU profile of the timed runs to this file (node workers only). */
  profile?: string;
}

export interface WorkerResult {
  client: ClientName;
  workload: WorkloadName;
  /** "req/s", "MB/s" (10^6 bytes), "resp/s" or "ms" (the cold workload: time, lower is better). */
  unit: string;
  /** One figure per timed run. */
  values: number[];
  /** Operations and bytes over all timed runs (checks that the work was done). */
  ops: number;
  bytes: number;
  /** RSS in KiB: before the workload (after warm-up) and its peak (VmHWM reset at baseline). */
  baselineKiB: number | null;
  peakKiB: number | null;
  /** CPU time / wall time over the timed runs, of the client and of the server process. */
  clientCpu: number;
  serverCpu: number | null;
  /** The timed runs' wall time and the client's CPU time (user + system) in them, seconds. */
  wall: number;
  cpu: number;
  /** The interop workload: each variant's figures (values above are the read1 loop's). */
  variants?: VariantResult[];
  /** The cold workload: the whole process's wall time, ms (spawn to exit, measured by run.ts). */
  processMs?: number;
  /** The cold, small or stream workload: this is a floor measurement (WorkerArgs.floor). */
  floor?: boolean;
  /** The cold workload: this ran under node --no-opt (WorkerArgs.noOpt). */
  noOpt?: boolean;
  /** The stream workload: this ran with MALLOC_TOP_PAD_ (WorkerArgs.topPad). */
  topPad?: boolean;
  /** The stream, readinto and rss workloads: the client's minor page faults during the timed runs. */
  faults?: number;
  /** The stream workload (the port): CPU per MB of a fresh 64 KiB Buffer filled per read, nothing else (worker.ts: freshBufferFloor). */
  floorMsPerMB?: number;
}

/** Runs a process's main(): exits 0 once it is done, 1 with its error on stderr. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
