// The scripted loopback server of the wire harness (WIRE.md, "Server actions"). One
// ScriptedServer per scenario, on a port the OS chooses; it runs in a worker thread of
// its own (serveInWorker), beside the lane that runs the client, and talks to the lane
// through ServerClient.
//
// What the server does, precisely (the choices WIRE.md leaves open, see README.md):
// - It reads from a connection only inside `recv` actions; between them the socket is
//   not read, so a client sending a large body fills the kernel's buffers and blocks.
// - `received` is what the `recv` actions consumed: `recv head` takes the bytes up to and
//   including the first CRLF CRLF and leaves what follows for the next `recv`.
// - `close` is a real close of the socket (the kernel then answers later data with a
//   reset); with bytes the script has not consumed it is a reset, as a close with unread
//   bytes is on Linux. `reset` is an abortive close (RST), `shutdown` sends FIN and keeps
//   reading.
// - `hold` waits, without reading, until the client has closed its socket or the scenario
//   ends.
// - `client_closed` is whether the client has closed its socket: the client process no
//   longer has it open (its inode, taken from /proc/net/tcp when the connection is
//   accepted, against the links in /proc/<client pid>/fd), or it has sent its FIN: its
//   socket waits for the end (FIN_WAIT1, FIN_WAIT2, CLOSING, TIME_WAIT in /proc/net/tcp),
//   or the connection has ended without a reset from the server (the client's side is
//   gone: the server's is in TIME_WAIT, or the server never reset it, by its `reset` or by
//   closing with bytes unread in the kernel). The server's own view of the TCP stream
//   cannot tell once a reset has ended the connection, nor can it see past its own close.

import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { Worker, parentPort } from "node:worker_threads";
import type { PlannedAction, ServerEntry } from "./types";

const CRLFCRLF = Buffer.from("\r\n\r\n");
/** How long finish() waits, past its settle time, for a close still on its way. */
// (Pyodide's close under load took more than 200 ms once)
const CLOSE_GRACE_MS = 1000;

// ---------------------------------------------------------------------------
// /proc/net/tcp

interface TcpEntry {
  localPort: number;
  remotePort: number;
  state: number;
  /** Bytes received that the socket's owner has not read. */
  rxQueue: number;
  inode: number;
}

/** The IPv4 TCP sockets of this network namespace that are on 127.0.0.1 at both ends. */
export function loopbackSockets(): TcpEntry[] {
  const out: TcpEntry[] = [];
  const text = fs.readFileSync("/proc/net/tcp", "latin1");
  for (const line of text.split("\n").slice(1)) {
    const f = line.trim().split(/\s+/);
    if (f.length < 10) continue;
    const [lip, lport] = f[1]!.split(":");
    const [rip, rport] = f[2]!.split(":");
    if (lip !== "0100007F" || rip !== "0100007F") continue;
    const rx = f[4]!.split(":")[1] ?? "0";
    out.push({ localPort: parseInt(lport!, 16), remotePort: parseInt(rport!, 16), state: parseInt(f[3]!, 16), rxQueue: parseInt(rx, 16), inode: Number(f[9]) });
  }
  return out;
}

const TCP_ESTABLISHED = 1;
/** States of a socket that has sent its FIN first: its owner closed (or shut down) its side. */
const CLOSED_FIRST = new Set([4, 5, 6, 11]); // FIN_WAIT1, FIN_WAIT2, TIME_WAIT, CLOSING
const TCP_TIME_WAIT = 6;

/** The inodes of the sockets that process pid has open. */
function openSocketInodes(pid: number): Set<number> {
  const out = new Set<number>();
  const dir = `/proc/${pid}/fd`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return out; // the process is gone: it holds nothing
  }
  for (const n of names) {
    let link: string;
    try {
      link = fs.readlinkSync(path.join(dir, n));
    } catch {
      continue;
    }
    const m = /^socket:\[(\d+)\]$/.exec(link);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

// ---------------------------------------------------------------------------
// One accepted connection

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

class Peer {
  /** Bytes read from the socket and not yet consumed by a `recv`. */
  private pending: Buffer = Buffer.alloc(0);
  private readonly received: Buffer[] = [];
  private eof = false;
  private failed = false;
  /** The client's socket (the other end), found in /proc/net/tcp at accept; 0 when gone already. */
  readonly clientInode: number;
  private wake: (() => void) | null = null;
  done = false;

  private readonly cport: number;
  private readonly sport: number;
  /** Whether the server has ended its side (close, shutdown, the end of its script). */
  finSent = false;
  /** Whether the server reset the connection (reset, or a close with bytes unread in the kernel). */
  private rstSent = false;

  constructor(
    readonly sock: net.Socket,
    private readonly scenario: ScriptedServer,
  ) {
    const cport = (this.cport = sock.remotePort ?? 0);
    const sport = (this.sport = sock.localPort ?? 0);
    const c = loopbackSockets().find((e) => e.localPort === cport && e.remotePort === sport);
    this.clientInode = c?.inode ?? 0;
    const poke = () => {
      const w = this.wake;
      this.wake = null;
      w?.();
    };
    sock.on("readable", poke);
    sock.on("end", () => {
      this.eof = true;
      poke();
    });
    sock.on("error", () => {
      this.failed = true;
      poke();
    });
    sock.on("close", () => {
      this.failed = true;
      poke();
    });
  }

  /** Whether the client has closed its socket of this connection (see the top of the file). */
  clientClosed(pid: number, sockets = loopbackSockets()): boolean {
    if (this.clientInode === 0) return true;
    if (!openSocketInodes(pid).has(this.clientInode)) return true;
    const c = sockets.find((e) => e.localPort === this.cport && e.remotePort === this.sport);
    if (c !== undefined) return CLOSED_FIRST.has(c.state);
    const s = sockets.find((e) => e.localPort === this.sport && e.remotePort === this.cport);
    return s?.state === TCP_TIME_WAIT || (s === undefined && !this.rstSent);
  }

  entry(pid: number, sockets: TcpEntry[]): ServerEntry {
    return { received: { bytes: Buffer.concat(this.received).toString("latin1") }, client_closed: this.clientClosed(pid, sockets) };
  }

  private get gone(): boolean {
    return this.eof || this.failed || this.sock.destroyed || this.scenario.ended;
  }

  /** Reads what the socket has into `pending`; false when nothing came. */
  private pull(): boolean {
    let got = false;
    for (;;) {
      const chunk = this.sock.destroyed ? null : (this.sock.read() as Buffer | null);
      if (chunk === null) return got;
      this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
      got = true;
    }
  }

  private waitEvent(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = resolve;
      this.scenario.onEnd(resolve);
    });
  }

  /** Reads until `enough(pending)` gives how many bytes to consume, or the stream ends. */
  private async recvUntil(enough: (b: Buffer) => number | null, all: boolean): Promise<void> {
    for (;;) {
      this.pull();
      const n = all ? null : enough(this.pending);
      if (n !== null) return this.consume(n);
      if (this.gone) {
        this.pull();
        return this.consume(this.pending.length);
      }
      await this.waitEvent();
    }
  }

  private consume(n: number): void {
    if (n > 0) this.received.push(Buffer.from(this.pending.subarray(0, n)));
    this.pending = this.pending.subarray(n);
  }

  private write(data: Uint8Array): Promise<void> {
    if (this.sock.destroyed || !this.sock.writable) return Promise.resolve();
    return new Promise((resolve) => {
      this.sock.write(data, () => resolve());
      this.scenario.onEnd(resolve);
    });
  }

  private closeNow(): void {
    if (!this.sock.destroyed && !this.failed) {
      // Linux answers a close with bytes the program has not read with a reset. Node reads
      // ahead of the script into its own buffer, so bytes the script has not consumed
      // count as unread wherever they wait (without this, whether the kernel still held
      // them would decide between a FIN and a reset).
      this.pull();
      const mine = loopbackSockets().find((e) => e.localPort === this.sport && e.remotePort === this.cport);
      if (this.pending.length > 0 || (mine !== undefined && mine.rxQueue > 0)) {
        this.rstSent = true;
        this.sock.resetAndDestroy();
        return;
      }
      this.finSent = true;
    }
    this.sock.destroy();
  }

  async run(actions: PlannedAction[]): Promise<void> {
    try {
      for (const a of actions) {
        if (this.scenario.ended) return;
        switch (a.kind) {
          case "recv-head":
            await this.recvUntil((b) => {
              const i = b.indexOf(CRLFCRLF);
              return i < 0 ? null : i + 4;
            }, false);
            break;
          case "recv": {
            const want = a.n;
            await this.recvUntil((b) => (b.length >= want ? want : null), false);
            break;
          }
          case "recv-eof":
            await this.recvUntil(() => null, true);
            break;
          case "send":
            if (a.drip === null) await this.write(a.data);
            else {
              const [n, ms] = a.drip;
              const step = Math.max(1, n);
              for (let i = 0; i < a.data.length && !this.scenario.ended; i += step) {
                if (i > 0) await this.scenario.sleep(ms);
                await this.write(a.data.subarray(i, i + step));
              }
            }
            break;
          case "sleep":
            await this.scenario.sleep(a.ms);
            break;
          case "shutdown":
            if (!this.sock.destroyed) {
              this.finSent = true;
              this.sock.end();
            }
            break;
          case "close":
            this.closeNow();
            return;
          case "reset":
            if (!this.sock.destroyed) {
              this.rstSent = true;
              this.sock.resetAndDestroy();
            }
            return;
          case "hold":
            while (!this.scenario.ended && !this.sock.destroyed && !this.clientClosed(this.scenario.clientPid)) await this.scenario.sleep(10);
            break;
        }
      }
      // After the last action the server closes the connection.
      this.closeNow();
    } finally {
      this.done = true;
    }
  }
}

// ---------------------------------------------------------------------------
// One scenario's server

export class ScriptedServer {
  private listener: net.Server | null = null;
  private readonly peers: Peer[] = [];
  private readonly enders: (() => void)[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  ended = false;
  port = 0;

  constructor(
    private readonly plan: PlannedAction[][] | null,
    readonly clientPid: number,
  ) {}

  /** Listens on 127.0.0.1 (port chosen by the OS); with no plan, finds a port nothing listens on. */
  async start(): Promise<number> {
    const listener = net.createServer({ allowHalfOpen: true, pauseOnConnect: true });
    await new Promise<void>((resolve, reject) => {
      listener.once("error", reject);
      listener.listen(0, "127.0.0.1", () => resolve());
    });
    this.port = (listener.address() as net.AddressInfo).port;
    if (this.plan === null) {
      // Nothing listens: the port was the OS's choice a moment ago and is free again.
      await new Promise<void>((resolve) => listener.close(() => resolve()));
      return this.port;
    }
    this.listener = listener;
    listener.on("connection", (sock) => this.accept(sock));
    return this.port;
  }

  private accept(sock: net.Socket): void {
    sock.on("error", () => undefined);
    const peer = new Peer(sock, this);
    const actions = this.plan![this.peers.length];
    this.peers.push(peer);
    if (this.ended) {
      sock.resetAndDestroy();
      return;
    }
    // A connection past the end of the script is closed at once.
    void peer.run(actions ?? []);
  }

  sleep(ms: number): Promise<void> {
    if (this.ended) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms);
      this.timers.add(t);
      this.onEnd(() => {
        clearTimeout(t);
        this.timers.delete(t);
        resolve();
      });
    });
  }

  onEnd(f: () => void): void {
    if (this.ended) f();
    else this.enders.push(f);
  }

  /** Connections the kernel has established to the listener that it has not accepted yet. */
  private unaccepted(): number {
    if (this.listener === null) return 0;
    const seen = new Set(this.peers.map((p) => p.sock.remotePort));
    return loopbackSockets().filter((e) => e.localPort === this.port && e.state === TCP_ESTABLISHED && !seen.has(e.remotePort)).length;
  }

  /**
   * The server record at the end of the steps: after settleMs (for a close still on its
   * way) and once every established connection has been accepted, each connection's bytes
   * and whether the client had closed it. Then everything stops.
   */
  async finish(settleMs: number): Promise<{ entries: ServerEntry[]; finSent: boolean[] }> {
    await sleep(settleMs);
    for (let i = 0; i < 50 && this.unaccepted() > 0; i++) await sleep(10);
    // A close the client has begun may take a few turns of its loop to reach the kernel
    // (Pyodide's closes its stream wrapper asynchronously): up to CLOSE_GRACE_MS more while
    // a connection still looks open.
    const until = Date.now() + CLOSE_GRACE_MS;
    while (Date.now() < until && this.peers.some((p) => !p.clientClosed(this.clientPid))) await sleep(10);
    const sockets = loopbackSockets();
    const entries = this.peers.map((p) => p.entry(this.clientPid, sockets));
    const finSent = this.peers.map((p) => p.finSent);
    this.end(false);
    return { entries, finSent };
  }

  /** Ends the scenario: every connection reset, the listener closed, waits released. */
  end(reset: boolean): void {
    if (!this.ended) {
      this.ended = true;
      for (const f of this.enders.splice(0)) f();
    }
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const p of this.peers) {
      if (p.sock.destroyed) continue;
      if (reset) p.sock.resetAndDestroy();
      else p.sock.destroy();
    }
    this.listener?.close();
    this.listener = null;
  }
}

// ---------------------------------------------------------------------------
// The server thread and its client

type Request =
  | { op: "start"; id: number; plan: PlannedAction[][] | null; clientPid: number }
  | { op: "finish"; id: number; settleMs: number }
  | { op: "abort"; id: number };

type Reply = { id: number; port?: number; entries?: ServerEntry[]; finSent?: boolean[]; error?: string };

/** The worker thread's side: one ScriptedServer at a time, driven by the lane. */
export function serveInWorker(): void {
  const port = parentPort;
  if (port === null) throw new Error("serveInWorker() runs in a worker thread");
  let current: ScriptedServer | null = null;
  port.on("message", (m: Request) => {
    const reply = (r: Omit<Reply, "id">) => port.postMessage({ id: m.id, ...r });
    void (async () => {
      try {
        if (m.op === "start") {
          current?.end(true);
          current = new ScriptedServer(m.plan, m.clientPid);
          reply({ port: await current.start() });
        } else if (m.op === "finish") {
          const s = current;
          current = null;
          reply(s ? await s.finish(m.settleMs) : { entries: [], finSent: [] });
        } else {
          current?.end(true);
          reply({});
        }
      } catch (e) {
        reply({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      }
    })();
  });
}

const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
require("ts-node").register({ transpileOnly: true, project: workerData.tsconfig });
require(workerData.server).serveInWorker();
`;

/** The lane's handle on its server thread. */
export class ServerClient {
  private nextId = 0;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private dead: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on("message", (r: Reply) => {
      const w = this.waiting.get(r.id);
      this.waiting.delete(r.id);
      if (!w) return;
      if (r.error !== undefined) w.reject(new Error(`scripted server: ${r.error}`));
      else w.resolve(r);
    });
    const fail = (e: Error) => {
      this.dead = e;
      for (const w of this.waiting.values()) w.reject(e);
      this.waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`the scripted server's thread exited (code ${code})`)));
    worker.unref();
  }

  static async start(): Promise<ServerClient> {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { tsconfig: path.resolve(__dirname, "..", "..", "tsconfig.json"), server: __filename },
    });
    const client = new ServerClient(worker);
    await client.request({ op: "abort" }); // answers once the thread is up
    return client;
  }

  private request(m: Omit<Request, "id"> & { op: Request["op"] }): Promise<Reply> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...m, id });
    });
  }

  /** A new scenario's server; returns its port (with a null plan, a port nothing listens on). */
  async begin(plan: PlannedAction[][] | null, clientPid: number): Promise<number> {
    const r = await this.request({ op: "start", plan, clientPid } as Request);
    return r.port!;
  }

  /**
   * The server record of the scenario, and for each connection whether the server had
   * ended its side (not part of the trace; the known divergences use it). Its server stops.
   */
  async finish(settleMs: number): Promise<{ entries: ServerEntry[]; finSent: boolean[] }> {
    const r = await this.request({ op: "finish", settleMs } as Request);
    return { entries: r.entries!, finSent: r.finSent! };
  }

  /** Ends the scenario at once (its limit passed): every connection reset. */
  async abort(): Promise<void> {
    await this.request({ op: "abort" } as Request);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
