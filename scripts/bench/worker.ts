// One client measurement in its own process (so that RSS figures are clean): the port,
// node:http with a keep-alive agent, or undici (port24 and undici8: the same, run by
// run.ts on Node 24). Usage: node worker.js '<WorkerArgs JSON>'; prints one WorkerResult
// JSON line. The CPython peer (peer_cpython.py) does the same work with the same protocol.

import * as fs from "node:fs";
import * as http from "node:http";
import { Session } from "node:inspector";
import { createHash } from "node:crypto";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Client as UndiciClient, Pool as UndiciPool } from "undici";
import type * as ClientModule from "../../src/http/client";
import type * as IoModule from "../../src/io";
import type * as NodeModule from "../../src/node";
import {
  type ClientName,
  BIG_SIZE,
  HOST,
  INTEROP_VARIANTS,
  InteropVariant,
  PATH_BINARY,
  PATH_BIG,
  PATH_BYTES,
  PATH_CHUNKED,
  PATH_SMALL,
  PATH_UPLOAD,
  POST_SIZE,
  READINTO_PIECE,
  SMALL_BODY,
  STREAM_PIECE,
  WorkerArgs,
  VariantResult,
  WorkerResult,
  binaryPieces,
  cpuSeconds,
  filler,
  floorGet,
  floorStream,
  parseResponse,
  resetPeakRss,
  runMain,
  statusKiB,
} from "./common";

// Each process loads only the client it measures (the others would sit in its heap).
const portClient = (): typeof ClientModule => require("../../src/http/client") as typeof ClientModule;
const portIo = (): typeof IoModule => require("../../src/io") as typeof IoModule;
const portNode = (): typeof NodeModule => require("../../src/node") as typeof NodeModule;

/** What each client must do; every method returns the number of body bytes it got or sent. */
interface Driver {
  /** GET path and read the whole body at once (Python: resp.read()). */
  get(path: string): Promise<number>;
  /** GET path and read the body piece by piece (Python: resp.read(65536) until b""). */
  stream(path: string, piece: number): Promise<number>;
  /** GET path and read the body into one reused buffer (Python: resp.readinto(buf) until 0); null: not for this client. */
  readinto: ((path: string, buf: Buffer) => Promise<number>) | null;
  /** POST body (bytes), or the same bytes as a file object / stream; reads the small answer. */
  post(path: string, body: Buffer, asFile: boolean): Promise<number>;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------
// The port

class PortDriver implements Driver {
  private conn: ClientModule.HTTPConnection;
  private file: IoModule.BytesIO | null = null;

  constructor(port: number) {
    this.conn = new (portClient().HTTPConnection)(HOST, port);
  }

  async get(path: string): Promise<number> {
    await this.conn.request("GET", path);
    const r = await this.conn.getresponse();
    const body = await r.read();
    return body.length;
  }

  async stream(path: string, piece: number): Promise<number> {
    await this.conn.request("GET", path);
    const r = await this.conn.getresponse();
    let n = 0;
    for (;;) {
      const b = await r.read(piece);
      if (b.length === 0) break;
      n += b.length;
    }
    return n;
  }

  readinto = async (path: string, buf: Buffer): Promise<number> => {
    await this.conn.request("GET", path);
    const r = await this.conn.getresponse();
    let n = 0;
    for (;;) {
      const k = await r.readinto(buf);
      if (k === 0) break;
      n += k;
    }
    return n;
  };

  async post(path: string, body: Buffer, asFile: boolean): Promise<number> {
    if (asFile) {
      // One file object, rewound for each request: its construction is not the request's work.
      if (this.file === null) this.file = new (portIo().BytesIO)(body);
      this.file.seek(0);
      await this.conn.request("POST", path, this.file);
    } else {
      await this.conn.request("POST", path, body);
    }
    const r = await this.conn.getresponse();
    await r.read();
    return body.length;
  }

  async close(): Promise<void> {
    this.conn.close();
  }
}

// ---------------------------------------------------------------------------
// node:http, keep-alive agent, one socket

class NodeDriver implements Driver {
  private agent: http.Agent;
  readinto = null;

  constructor(private readonly port: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  }

  private req(method: string, path: string, send: (req: http.ClientRequest) => void, onRes: (res: http.IncomingMessage, done: (n: number) => void, fail: (e: unknown) => void) => void): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const req = http.request({ host: HOST, port: this.port, method, path, agent: this.agent }, (res) => {
        res.on("error", reject);
        onRes(res, resolve, reject);
      });
      req.on("error", reject);
      send(req);
    });
  }

  get(path: string): Promise<number> {
    return this.req("GET", path, (req) => req.end(), (res, done) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done(Buffer.concat(chunks).length));
    });
  }

  stream(path: string, _piece: number): Promise<number> {
    // A Node stream hands over what each socket read got (up to 64 KiB): the same grain.
    return this.req("GET", path, (req) => req.end(), (res, done) => {
      let n = 0;
      res.on("data", (c: Buffer) => {
        n += c.length;
      });
      res.on("end", () => done(n));
    });
  }

  post(path: string, body: Buffer, asFile: boolean): Promise<number> {
    return this.req(
      "POST",
      path,
      (req) => {
        if (asFile) {
          // A readable in http.client's 8 KiB blocks; no length given, so chunked, as there.
          Readable.from(blocks(body, 8192), { objectMode: false }).pipe(req);
        } else {
          req.setHeader("Content-Length", body.length);
          req.end(body);
        }
      },
      (res, done) => {
        res.resume();
        res.on("end", () => done(body.length));
      },
    );
  }

  async close(): Promise<void> {
    this.agent.destroy();
  }
}

function* blocks(b: Buffer, size: number): Generator<Buffer> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

// ---------------------------------------------------------------------------
// undici, one Client (one keep-alive connection)

/** The undici module a client measures: the project's, or undici 8 (scripts/bench/peers, on Node 24). */
const undiciModule = (client: ClientName): typeof import("undici") => require(client === "undici8" ? "undici8" : "undici") as typeof import("undici");

class UndiciDriver implements Driver {
  private c: UndiciClient;
  readinto = null;

  constructor(port: number, client: ClientName) {
    const { Client } = undiciModule(client);
    this.c = new Client(`http://${HOST}:${port}`, { pipelining: 1 });
  }

  async get(path: string): Promise<number> {
    const { body } = await this.c.request({ path, method: "GET" });
    return (await body.arrayBuffer()).byteLength;
  }

  async stream(path: string, _piece: number): Promise<number> {
    const { body } = await this.c.request({ path, method: "GET" });
    let n = 0;
    for await (const chunk of body) n += (chunk as Buffer).length;
    return n;
  }

  async post(path: string, body: Buffer, asFile: boolean): Promise<number> {
    const { body: res } = await this.c.request({
      path,
      method: "POST",
      body: asFile ? Readable.from(blocks(body, 8192), { objectMode: false }) : body,
    });
    await res.dump();
    return body.length;
  }

  async close(): Promise<void> {
    await this.c.close();
  }
}

// ---------------------------------------------------------------------------
// Many connections in one process: CONCURRENCY keep-alive loops of small GETs

/** One small GET on connection i (the pools pick their own); resolves to the body's length. */
type ConcurrentGet = (i: number) => Promise<number>;

function concurrentClient(a: WorkerArgs, n: number): { get: ConcurrentGet; close: () => Promise<void> } {
  switch (a.client) {
    case "port":
    case "port24": {
      // One HTTPConnection per loop, as a Python program would hold one per thread.
      const { HTTPConnection } = portClient();
      const conns = Array.from({ length: n }, () => new HTTPConnection(HOST, a.port));
      return {
        get: async (i) => {
          const conn = conns[i]!;
          await conn.request("GET", PATH_SMALL);
          const r = await conn.getresponse();
          return (await r.read()).length;
        },
        close: async () => conns.forEach((c) => c.close()),
      };
    }
    case "undici":
    case "undici8": {
      const { Pool } = undiciModule(a.client);
      const pool: UndiciPool = new Pool(`http://${HOST}:${a.port}`, { connections: n, pipelining: 1 });
      return {
        get: async () => {
          const { body } = await pool.request({ path: PATH_SMALL, method: "GET" });
          return (await body.arrayBuffer()).byteLength;
        },
        close: () => pool.close(),
      };
    }
    case "node": {
      const agent = new http.Agent({ keepAlive: true, maxSockets: n });
      return {
        get: () =>
          new Promise<number>((resolve, reject) => {
            const req = http.request({ host: HOST, port: a.port, path: PATH_SMALL, agent }, (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (c: Buffer) => chunks.push(c));
              res.on("end", () => resolve(Buffer.concat(chunks).length));
              res.on("error", reject);
            });
            req.on("error", reject);
            req.end();
          }),
        close: async () => agent.destroy(),
      };
    }
    default:
      throw new Error(`worker.ts does not drive ${a.client}`);
  }
}

/**
 * n loops, each making a GET once its last one is read, for the warm-up and then `runs`
 * windows of `duration` seconds: a figure is the requests completed in a window per second.
 */
async function concurrent(a: WorkerArgs): Promise<Timing> {
  const n = a.connections!;
  const { get, close } = concurrentClient(a, n);
  let done = 0;
  let stop = false;
  const loops = Array.from({ length: n }, async (_, i) => {
    while (!stop) {
      check("conc", await get(i), SMALL_BODY.length);
      done++;
    }
  });
  const failed = Promise.all(loops); // a loop's error ends the measurement
  const sleep = (s: number) => Promise.race([new Promise<void>((r) => setTimeout(r, s * 1000)), failed.then(() => undefined)]);
  await sleep(a.warmup);
  await startProfile(a);
  const values: number[] = [];
  let ops = 0;
  let wall = 0;
  const cpu0 = process.cpuUsage();
  const s0 = cpuSeconds(a.serverPid);
  for (let r = 0; r < a.runs; r++) {
    const d0 = done;
    const t0 = performance.now();
    await sleep(a.duration);
    const dt = (performance.now() - t0) / 1000;
    values.push((done - d0) / dt);
    ops += done - d0;
    wall += dt;
  }
  const cpu = process.cpuUsage(cpu0);
  const s1 = cpuSeconds(a.serverPid);
  await stopProfile(a);
  stop = true;
  await failed;
  await close();
  return {
    values,
    ops,
    bytes: ops * SMALL_BODY.length,
    clientCpu: (cpu.user + cpu.system) / 1e6 / wall,
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    serverCpu: s0 !== null && s1 !== null ? (s1 - s0) / wall : null,
  };
}

// ---------------------------------------------------------------------------
// In-memory parse (the port only): test_httplib's FakeSocket, makefile() -> io.BytesIO

class FakeSocket implements ClientModule.SocketLike {
  private readonly BytesIO = portIo().BytesIO;
  constructor(private readonly text: Buffer) {}
  makefile(_mode: string): IoModule.BytesIO {
    return new this.BytesIO(this.text);
  }
  sendall(_data: unknown): void {}
  close(): void {}
}

async function parseOnce(HTTPResponse: typeof ClientModule.HTTPResponse, sock: FakeSocket, expect: number): Promise<number> {
  const r = new HTTPResponse(sock);
  await r.begin();
  const body = await r.read();
  r.close();
  if (body.length !== expect) throw new Error(`parse: got ${body.length} bytes, expected ${expect}`);
  return body.length;
}

// ---------------------------------------------------------------------------
// Node streams over the port's response (http-client-py/node), against a plain read1()
// loop: the same 50 MB binary body, the variants taking turns transfer by transfer in
// this one process, so that whatever else the machine runs falls on all of them alike.

/** Reads a response's body the variant's way, handing each chunk to `each`; returns the byte count. */
type Consume = (r: ClientModule.HTTPResponse, each: (c: Uint8Array) => void) => Promise<number>;

function interopConsumers(): Record<InteropVariant, Consume> {
  const node = portNode();
  const size = node.DEFAULT_CHUNK_SIZE;
  return {
    // What a user writes without the module: the same read size as the module's default.
    read1: async (r, each) => {
      let n = 0;
      for (;;) {
        const b = await r.read1(size);
        if (b.length === 0) break;
        each(b);
        n += b.length;
      }
      return n;
    },
    chunks: async (r, each) => {
      let n = 0;
      for await (const c of node.chunks(r)) {
        each(c);
        n += c.length;
      }
      return n;
    },
    // The use the issue names: pipeline(stream, writable).
    toReadable: async (r, each) => {
      let n = 0;
      const sink = new Writable({
        write(c: Buffer, _enc, cb) {
          each(c);
          n += c.length;
          cb();
        },
      });
      await pipeline(node.toReadable(r), sink);
      return n;
    },
    toWebStream: async (r, each) => {
      const reader = node.toWebStream(r).getReader();
      let n = 0;
      for (;;) {
        const x = await reader.read();
        if (x.done) break;
        each(x.value);
        n += x.value.length;
      }
      return n;
    },
  };
}

async function interop(a: WorkerArgs): Promise<{ t: Timing; variants: VariantResult[]; baselineKiB: number | null }> {
  const size = a.size!;
  const conn = new (portClient().HTTPConnection)(HOST, a.port);
  const get = async (): Promise<ClientModule.HTTPResponse> => {
    await conn.request("GET", PATH_BINARY + size);
    return conn.getresponse();
  };
  const consumers = interopConsumers();
  const want = createHash("sha256");
  for (const p of binaryPieces(size)) want.update(p);
  const wantHex = want.digest("hex");
  // Warm-up, untimed: each variant carries the body once, checked byte for byte (sha256).
  for (const v of INTEROP_VARIANTS) {
    const h = createHash("sha256");
    const n = await consumers[v](await get(), (c) => h.update(c));
    const got = h.digest("hex");
    if (n !== size || got !== wantHex) throw new Error(`interop ${v}: ${n} bytes, sha256 ${got}, expected ${size} bytes, ${wantHex}`);
  }
  const baselineKiB = statusKiB("VmRSS");
  resetPeakRss();
  await startProfile(a);
  const results = INTEROP_VARIANTS.map((variant): VariantResult => ({ variant, values: [], bytes: 0, wall: 0, cpu: 0 }));
  const count = (): void => undefined;
  const s0 = cpuSeconds(a.serverPid);
  let wall = 0;
  for (let run = 0; run < a.runs; run++) {
    // Take turns, starting from a different variant each run.
    for (let k = 0; k < results.length; k++) {
      const res = results[(k + run) % results.length]!;
      const resp = await get(); // the request and the response head are not the body's work
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const n = check(`interop ${res.variant}`, await consumers[res.variant](resp, count), size);
      const dt = (performance.now() - t0) / 1000;
      const c = process.cpuUsage(c0);
      res.values.push(n / dt / 1e6);
      res.bytes += n;
      res.wall += dt;
      res.cpu += (c.user + c.system) / 1e6;
      wall += dt;
    }
  }
  const s1 = cpuSeconds(a.serverPid);
  await stopProfile(a);
  conn.close();
  const base = results[0]!;
  return {
    t: {
      values: base.values,
      ops: base.values.length,
      bytes: base.bytes,
      clientCpu: base.cpu / base.wall,
      serverCpu: s0 !== null && s1 !== null ? (s1 - s0) / wall : null,
      wall: base.wall,
      cpu: base.cpu,
    },
    variants: results,
    baselineKiB,
  };
}

// ---------------------------------------------------------------------------

const FLOOR_ONLY = "the floor is measured for small GETs and streamed bodies only";

/** The floor under any Node client (floorGet, floorStream): small GETs and streamed bodies only. */
class FloorDriver implements Driver {
  private readonly floor: ReturnType<typeof floorGet>;
  readonly readinto = null;

  constructor(private readonly port: number) {
    this.floor = floorGet(port);
  }

  get(path: string): Promise<number> {
    if (path !== PATH_SMALL) throw new Error(FLOOR_ONLY);
    return this.floor[0]();
  }

  stream(path: string, piece: number): Promise<number> {
    return floorStream(this.port, path, piece);
  }

  post(): Promise<number> {
    throw new Error(FLOOR_ONLY);
  }

  async close(): Promise<void> {
    this.floor[1]();
  }
}

function makeDriver(a: WorkerArgs): Driver {
  if (a.floor) return new FloorDriver(a.port);
  switch (a.client) {
    case "port":
    case "port24":
      return new PortDriver(a.port);
    case "node":
      return new NodeDriver(a.port);
    case "undici":
    case "undici8":
      return new UndiciDriver(a.port, a.client);
    default:
      throw new Error(`worker.ts does not drive ${a.client}`);
  }
}

function check(what: string, got: number, want: number): number {
  if (got !== want) throw new Error(`${what}: got ${got} bytes, expected ${want}`);
  return got;
}

// ---------------------------------------------------------------------------
// CPU profile of the timed runs only (not of start-up or warm-up), when asked for.

let session: Session | null = null;

function post<T = unknown>(method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    session!.post(method, params ?? {}, (err: Error | null, res?: unknown) => (err ? reject(err) : resolve(res as T)));
  });
}

async function startProfile(a: WorkerArgs): Promise<void> {
  if (!a.profile) return;
  session = new Session();
  session.connect();
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 250 }); // microseconds
  await post("Profiler.start");
}

async function stopProfile(a: WorkerArgs): Promise<void> {
  if (!a.profile || !session) return;
  const { profile } = await post<{ profile: object }>("Profiler.stop");
  session.disconnect();
  session = null;
  fs.writeFileSync(a.profile, JSON.stringify(profile));
}

interface Timing {
  values: number[];
  ops: number;
  bytes: number;
  clientCpu: number;
  serverCpu: number | null;
  wall: number;
  cpu: number;
  /** Minor page faults during the timed runs (counted workloads). */
  faults?: number;
}

/**
 * Runs op for `warmup` seconds, then `runs` times for `duration` seconds each (at least
 * one op per run). A figure is ops/s (perOp) or 10^6 bytes/s.
 */
async function timed(a: WorkerArgs, op: () => Promise<number>, perOp: boolean): Promise<Timing> {
  const until = (t: number) => performance.now() < t;
  const w = performance.now() + a.warmup * 1000;
  do await op();
  while (until(w));
  await startProfile(a);
  const values: number[] = [];
  let ops = 0;
  let bytes = 0;
  let wall = 0;
  const cpu0 = process.cpuUsage();
  const s0 = cpuSeconds(a.serverPid);
  for (let r = 0; r < a.runs; r++) {
    let n = 0;
    let b = 0;
    const t0 = performance.now();
    const end = t0 + a.duration * 1000;
    do {
      b += await op();
      n++;
    } while (until(end));
    const dt = (performance.now() - t0) / 1000;
    wall += dt;
    values.push(perOp ? n / dt : b / dt / 1e6);
    ops += n;
    bytes += b;
  }
  const cpu = process.cpuUsage(cpu0);
  const s1 = cpuSeconds(a.serverPid);
  await stopProfile(a);
  return {
    values,
    ops,
    bytes,
    clientCpu: (cpu.user + cpu.system) / 1e6 / wall,
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    serverCpu: s0 !== null && s1 !== null ? (s1 - s0) / wall : null,
  };
}

/** Runs op `runs` times after one warm-up call (for the big streamed bodies): MB/s each. */
async function counted(a: WorkerArgs, warm: () => Promise<number>, op: () => Promise<number>): Promise<Timing> {
  if (a.warmup > 0) await warm();
  await startProfile(a);
  const values: number[] = [];
  let bytes = 0;
  let wall = 0;
  const cpu0 = process.cpuUsage();
  const s0 = cpuSeconds(a.serverPid);
  const f0 = process.resourceUsage().minorPageFault;
  for (let r = 0; r < a.runs; r++) {
    const t0 = performance.now();
    const b = await op();
    const dt = (performance.now() - t0) / 1000;
    wall += dt;
    bytes += b;
    values.push(b / dt / 1e6);
  }
  const cpu = process.cpuUsage(cpu0);
  const faults = process.resourceUsage().minorPageFault - f0;
  const s1 = cpuSeconds(a.serverPid);
  await stopProfile(a);
  return {
    values,
    ops: a.runs,
    bytes,
    clientCpu: (cpu.user + cpu.system) / 1e6 / wall,
    wall,
    cpu: (cpu.user + cpu.system) / 1e6,
    serverCpu: s0 !== null && s1 !== null ? (s1 - s0) / wall : null,
    faults,
  };
}

/**
 * The floor under any read(65536) loop that returns a fresh Buffer per call, as the port's
 * does: CPU per MB (ms) of allocating a 64 KiB Buffer and copying 64 KiB into it, over
 * `bytes` bytes (nothing else: no socket, no parsing), the results dropped at once.
 */
function freshBufferFloor(bytes: number): number {
  const src = Buffer.alloc(STREAM_PIECE, 0x61);
  let sum = 0;
  const c0 = process.cpuUsage();
  for (let n = 0; n < bytes; n += STREAM_PIECE) {
    const b = Buffer.allocUnsafe(STREAM_PIECE);
    src.copy(b);
    sum += b[n & (STREAM_PIECE - 1)]!;
  }
  const c = process.cpuUsage(c0);
  if (sum === 0) throw new Error("freshBufferFloor: nothing copied");
  return (c.user + c.system) / 1000 / (bytes / 1e6);
}

async function main(): Promise<void> {
  const a = JSON.parse(process.argv[2]!) as WorkerArgs;
  let unit = "MB/s";
  let t: Timing;
  let baselineKiB: number | null;
  let variants: VariantResult[] | undefined;

  if (a.workload === "conc32") {
    baselineKiB = statusKiB("VmRSS");
    resetPeakRss();
    unit = "req/s";
    t = await concurrent(a);
  } else if (a.workload === "interop") {
    if (a.client !== "port") throw new Error("the interop workload is measured for the port only");
    ({ t, variants, baselineKiB } = await interop(a));
  } else if (a.workload === "parse") {
    if (a.client !== "port") throw new Error("the in-memory parse is measured for the port and CPython only");
    const sock = new FakeSocket(parseResponse());
    const { HTTPResponse } = portClient();
    baselineKiB = statusKiB("VmRSS");
    resetPeakRss();
    unit = "resp/s";
    t = await timed(a, () => parseOnce(HTTPResponse, sock, 1024), true);
  } else {
    const d = makeDriver(a);
    // Connected and warm enough to have loaded everything: the RSS baseline.
    check("small", await d.get(PATH_SMALL), SMALL_BODY.length);
    baselineKiB = statusKiB("VmRSS");
    resetPeakRss();
    switch (a.workload) {
      case "small":
        unit = "req/s";
        t = await timed(a, async () => check("small", await d.get(PATH_SMALL), SMALL_BODY.length), true);
        break;
      case "big":
        t = await timed(a, async () => check("big", await d.get(PATH_BIG), BIG_SIZE), false);
        break;
      case "chunked":
        t = await timed(a, async () => check("chunked", await d.get(PATH_CHUNKED), BIG_SIZE), false);
        break;
      case "stream": {
        const size = a.size!;
        const warm = Math.min(size, 128 << 20);
        t = await counted(
          a,
          async () => check("stream", await d.stream(PATH_BYTES + warm, STREAM_PIECE), warm),
          async () => check("stream", await d.stream(PATH_BYTES + size, STREAM_PIECE), size),
        );
        break;
      }
      case "readinto": {
        const readinto = d.readinto;
        if (readinto === null) throw new Error(`the readinto workload is not measured for ${a.client}`);
        const size = a.size!;
        const warm = Math.min(size, 128 << 20);
        const buf = Buffer.alloc(READINTO_PIECE); // one buffer, reused by every call
        t = await counted(
          a,
          async () => check("readinto", await readinto(PATH_BYTES + warm, buf), warm),
          async () => check("readinto", await readinto(PATH_BYTES + size, buf), size),
        );
        break;
      }
      case "rss": {
        const size = a.size!;
        t = await counted(a, async () => 0, async () => check("rss", await d.get(PATH_BYTES + size), size));
        break;
      }
      case "post_bytes":
      case "post_file": {
        const body = filler(POST_SIZE);
        const asFile = a.workload === "post_file";
        t = await timed(a, () => d.post(PATH_UPLOAD, body, asFile), false);
        break;
      }
      default:
        throw new Error(`unknown workload ${String(a.workload)}`);
    }
    await d.close();
  }
  const peakKiB = statusKiB("VmHWM");
  // The streamed body's floor (after the RSS reading): what a fresh 64 KiB result per read costs here.
  const floor = a.workload === "stream" && !a.floor && (a.client === "port" || a.client === "port24") ? freshBufferFloor(a.size!) : undefined;
  const result: WorkerResult = {
    client: a.client,
    workload: a.workload,
    unit,
    values: t.values,
    ops: t.ops,
    bytes: t.bytes,
    baselineKiB,
    peakKiB,
    clientCpu: t.clientCpu,
    serverCpu: t.serverCpu,
    wall: t.wall,
    cpu: t.cpu,
    ...(t.faults !== undefined ? { faults: t.faults } : {}),
    ...(a.topPad ? { topPad: true } : {}),
    ...(a.floor ? { floor: true } : {}),
    ...(variants ? { variants } : {}),
    ...(floor !== undefined ? { floorMsPerMB: floor } : {}),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

runMain("worker", main);
