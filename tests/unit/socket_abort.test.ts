// Extensions of src/socket.ts and src/ssl.ts for Node users (issue 14): close() settles
// whatever is pending, socket._abort(reason) and _abortScope cancel, OSError.code names
// the error as Node does, and a rejected call's stack shows the caller's frame.
import type * as dns from "node:dns";
import { getEventListeners } from "node:events";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import * as tls from "node:tls";

import * as ssl from "../../src/ssl";
import { _abortScope, create_connection, gaierror, getaddrinfo, AI_NUMERICHOST, socket } from "../../src/socket";
import {
  BrokenPipeError,
  ConnectionRefusedError,
  ConnectionResetError,
  OSError,
  TimeoutError,
  repr,
  str,
} from "../../src/builtins";
import * as client from "../../src/http/client";

const CERTS = path.join(__dirname, "..", "certs");
// The module object itself (not an import's copy of its bindings), for jest.spyOn.
const nodeDns = require("node:dns") as typeof dns;

interface Server {
  port: number;
  conns: net.Socket[];
  close(): Promise<void>;
}

const servers: Server[] = [];
const opened: socket[] = [];

afterEach(async () => {
  for (const s of opened.splice(0)) {
    try {
      s.close();
    } catch {
      // already gone
    }
  }
  while (servers.length) await servers.pop()!.close();
});

async function listen(srv: net.Server, conns: net.Socket[]): Promise<Server> {
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => resolve());
  });
  const server: Server = {
    port: (srv.address() as net.AddressInfo).port,
    conns,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of conns) c.destroy();
        srv.close(() => resolve());
      }),
  };
  servers.push(server);
  return server;
}

/** A TCP server that accepts and then does what onConn says; it reads only once onConn resumes the socket. */
async function tcpServer(onConn: (s: net.Socket) => void = () => undefined): Promise<Server> {
  const conns: net.Socket[] = [];
  const srv = net.createServer({ pauseOnConnect: true }, (s) => {
    conns.push(s);
    s.on("error", () => undefined);
    onConn(s);
  });
  return listen(srv, conns);
}

/** A TLS server with the localhost certificate; onSecure runs for each handshake done. */
async function tlsServer(onSecure: (s: tls.TLSSocket) => void = () => undefined): Promise<Server> {
  const conns: net.Socket[] = [];
  const srv = tls.createServer(
    { key: fs.readFileSync(path.join(CERTS, "localhost.key")), cert: fs.readFileSync(path.join(CERTS, "localhost.pem")) },
    (s) => {
      s.on("error", () => undefined);
      onSecure(s);
    },
  );
  srv.on("connection", (c) => conns.push(c));
  srv.on("tlsClientError", () => undefined);
  return listen(srv, conns);
}

async function connect(port: number, timeout: number | null = null): Promise<socket> {
  const s = await create_connection(["127.0.0.1", port], timeout);
  opened.push(s);
  return s;
}

function clientContext(): ssl.SSLContext {
  const ctx = ssl.create_default_context();
  ctx.load_verify_locations(path.join(CERTS, "ca.pem"));
  return ctx;
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

/** What p rejects with, failing the test when it resolves or takes longer than ms. */
async function rejectsWithin(p: Promise<unknown>, ms = 1000): Promise<unknown> {
  const late = Symbol("late");
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    p.then(
      (v) => ({ resolved: v }),
      (e: unknown) => ({ rejected: e }),
    ),
    new Promise<typeof late>((r) => (timer = setTimeout(() => r(late), ms))),
  ]);
  clearTimeout(timer);
  if (outcome === late) throw new Error(`still pending after ${ms} ms`);
  if ("resolved" in outcome) throw new Error(`resolved with ${String(outcome.resolved)}`);
  return outcome.rejected;
}

function expectEBADF(e: unknown): void {
  expect(e).toBeInstanceOf(OSError);
  expect(str(e)).toBe("[Errno 9] Bad file descriptor");
  expect((e as OSError).errno).toBe(9);
  expect((e as OSError).code).toBe("EBADF");
}

/** The data sendall() cannot hand over while the peer does not read. */
const BIG = Buffer.alloc(64 * 1024 * 1024, 0x61);

describe("close() settles what is pending", () => {
  test("a pending recv() rejects at once with [Errno 9] Bad file descriptor", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port);
    const pending = s.recv(10);
    s.close();
    expectEBADF(await rejectsWithin(pending, 200));
  });

  test("a read through makefile() rejects once the last reference closes the socket", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port);
    const f = s.makefile("rb") as { readline(): Promise<Buffer>; close(): void };
    const pending = f.readline();
    s.close(); // the makefile stream still uses the socket: nothing happens yet
    await delay(50);
    expect(s.fileno()).toBeGreaterThan(0);
    const raw = (f as unknown as { raw: { close(): void } }).raw;
    raw.close(); // the last reference: Python's _real_close()
    expectEBADF(await rejectsWithin(pending, 200));
  });

  test("a pending connect() rejects with EBADF and leaves nothing connected", async () => {
    const srv = await tcpServer();
    const s = new socket();
    opened.push(s);
    const pending = s.connect(["127.0.0.1", srv.port]);
    s.close();
    expectEBADF(await rejectsWithin(pending, 200));
    expect(s.fileno()).toBe(-1);
  });

  test("a pending sendall() rejects with EBADF", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port);
    const pending = s.sendall(BIG);
    await delay(20);
    s.close();
    expectEBADF(await rejectsWithin(pending, 200));
  });
});

describe("_abort(reason)", () => {
  test("a pending recv() rejects with exactly the reason; later calls act as on a closed socket", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port);
    const reason = new DOMException("This operation was aborted", "AbortError");
    const pending = s.recv(10);
    s._abort(reason);
    expect(await rejectsWithin(pending, 200)).toBe(reason);
    expect(s.fileno()).toBe(-1);
    expect(repr(s)).toMatch(/^<socket\.socket \[closed\] fd=-1/);
    expectEBADF(await rejectsWithin(s.recv(10), 200));
    expectEBADF(await rejectsWithin(s.sendall(Buffer.from("x")), 200));
  });

  test("any value is a reason, and every pending operation gets it", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port);
    const reason = { why: "user gave up" };
    const reads = [s.recv(1), s.recv_into(new Uint8Array(4))];
    const write = s.sendall(BIG);
    await delay(20);
    s._abort(reason);
    for (const p of [...reads, write]) expect(await rejectsWithin(p, 200)).toBe(reason);
  });

  test("closes the connection at once, whatever makefile() streams still use it", async () => {
    let peerClosed!: () => void;
    const closed = new Promise<void>((r) => (peerClosed = r));
    const srv = await tcpServer((c) => c.resume().on("close", () => peerClosed()));
    const s = await connect(srv.port);
    const f = s.makefile("rb") as { read(n: number): Promise<Buffer> };
    const pending = f.read(5);
    s._abort("stop");
    expect(await rejectsWithin(pending, 200)).toBe("stop");
    await rejectsWithin(
      closed.then(() => Promise.reject(new Error("peer saw the close"))),
      1000,
    );
    expectEBADF(await rejectsWithin(f.read(5), 200));
  });

  test("aborting a socket made from another's fileno() aborts the connection", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port);
    const dup = new socket(undefined, undefined, undefined, s.fileno());
    const pending = s.recv(1);
    dup._abort("gone");
    expect(await rejectsWithin(pending, 200)).toBe("gone");
    expect(s.fileno()).toBe(-1);
    expect(dup.fileno()).toBe(-1);
  });
});

describe("_abortScope", () => {
  test("an abort while create_connection() connects rejects with the reason and destroys the socket", async () => {
    const srv = await tcpServer();
    const ac = new AbortController();
    const pending = _abortScope.run(ac.signal, () => create_connection(["127.0.0.1", srv.port]));
    ac.abort(new Error("cancelled"));
    const e = await rejectsWithin(pending, 200);
    expect(e).toBe(ac.signal.reason);
  });

  test("an abort during socket.connect() destroys the connecting socket", async () => {
    const srv = await tcpServer();
    const ac = new AbortController();
    const s = new socket();
    opened.push(s);
    const pending = _abortScope.run(ac.signal, () => s.connect(["127.0.0.1", srv.port]));
    expect(s._sock).not.toBeNull(); // the Node socket is connecting
    const nsock = s._sock!;
    ac.abort();
    expect(await rejectsWithin(pending, 200)).toBe(ac.signal.reason);
    expect(nsock.destroyed).toBe(true);
    expectEBADF(await rejectsWithin(s.recv(1), 200));
  });

  test("an already-aborted signal rejects at once, without connecting", async () => {
    let accepted = 0;
    const srv = await tcpServer(() => accepted++);
    const reason = new OSError("aborted before it began");
    const pending = _abortScope.run(AbortSignal.abort(reason), () => create_connection(["127.0.0.1", srv.port]));
    expect(await rejectsWithin(pending, 200)).toBe(reason);
    await delay(50);
    expect(accepted).toBe(0);
  });

  test.each([false, true])("an OSError as reason ends create_connection(): no next address is tried (all_errors=%s)", async (all_errors) => {
    const srv = await tcpServer();
    const ac = new AbortController();
    const reason = new ConnectionRefusedError(111, "Connection refused");
    // The name resolves to two addresses, both of the listening server, so a second attempt
    // would connect and resolve. The abort comes while the first connect is pending: after
    // net.Socket#connect() starts it, before its "connect" event can be emitted. Raised as
    // itself even under all_errors: not in an ExceptionGroup with the attempts not made.
    const lookup = jest.spyOn(nodeDns, "lookup").mockImplementation(((_host: string, _opts: unknown, cb: (e: null, a: dns.LookupAddress[]) => void) => {
      process.nextTick(cb, null, [
        { address: "127.0.0.1", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ]);
    }) as unknown as typeof dns.lookup);
    const attempts: unknown[] = [];
    const realConnect = net.Socket.prototype.connect;
    const connectSpy = jest.spyOn(net.Socket.prototype, "connect").mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      attempts.push(args[0]);
      const r = (realConnect as (...a: unknown[]) => net.Socket).apply(this, args);
      if (attempts.length === 1) queueMicrotask(() => ac.abort(reason));
      return r;
    });
    try {
      const pending = _abortScope.run(ac.signal, () => create_connection(["two.addresses.test", srv.port], { all_errors }));
      expect(await rejectsWithin(pending, 500)).toBe(reason);
      await delay(50);
      expect(attempts).toHaveLength(1);
      expect(lookup).toHaveBeenCalledTimes(1);
    } finally {
      connectSpy.mockRestore();
      lookup.mockRestore();
    }
  });

  test("the signal no longer matters once connected; no abort listener is left behind", async () => {
    const srv = await tcpServer();
    const ac = new AbortController();
    const s = await _abortScope.run(ac.signal, () => create_connection(["127.0.0.1", srv.port]));
    opened.push(s);
    expect(getEventListeners(ac.signal, "abort")).toEqual([]);
    ac.abort();
    await s.sendall(Buffer.from("still open"));
  });

  test("an abort during the TLS handshake of wrap_socket() rejects with the reason and closes the connection", async () => {
    let peerClosed!: () => void;
    const closed = new Promise<void>((r) => (peerClosed = r));
    // Accepts, reads the ClientHello and never answers: the handshake stays pending.
    const srv = await tcpServer((c) => c.resume().on("close", () => peerClosed()));
    const raw = await connect(srv.port);
    const ac = new AbortController();
    const pending = _abortScope.run(ac.signal, () => clientContext().wrap_socket(raw, { server_hostname: "localhost" }));
    await delay(50);
    ac.abort("handshake cancelled");
    expect(await rejectsWithin(pending, 200)).toBe("handshake cancelled");
    await rejectsWithin(
      closed.then(() => Promise.reject(new Error("closed"))),
      1000,
    );
  });

  test("an already-aborted signal fails wrap_socket() before the handshake", async () => {
    const srv = await tcpServer();
    const raw = await connect(srv.port);
    const reason = new Error("no");
    const pending = _abortScope.run(AbortSignal.abort(reason), () => clientContext().wrap_socket(raw, { server_hostname: "localhost" }));
    expect(await rejectsWithin(pending, 200)).toBe(reason);
  });

  test("SSLSocket._abort() ends a pending read of an established TLS connection", async () => {
    const srv = await tlsServer();
    const raw = await connect(srv.port);
    const ss = await clientContext().wrap_socket(raw, { server_hostname: "localhost" });
    opened.push(ss);
    const pending = ss.recv(10);
    ss._abort("tls read cancelled");
    expect(await rejectsWithin(pending, 200)).toBe("tls read cancelled");
    expect(ss.fileno()).toBe(-1);
    expectEBADF(await rejectsWithin(ss.recv(10), 200));
  });
});

describe("OSError.code (Node's name for the error)", () => {
  test("derived from errno as errno.errorcode names it, or from the class; never in args, str() or repr()", () => {
    const e = new OSError(111, "Connection refused");
    // OSError(errno, ...) makes the subclass for errno, as in Python.
    expect(e).toBeInstanceOf(ConnectionRefusedError);
    expect(repr(e)).toBe("ConnectionRefusedError(111, 'Connection refused')");
    expect(e.code).toBe("ECONNREFUSED");
    expect(e.args).toEqual([111, "Connection refused"]);
    expect(Object.keys(e)).not.toContain("code");
    expect(str(e)).toBe("[Errno 111] Connection refused");
    expect(new OSError(9, "Bad file descriptor").code).toBe("EBADF");
    expect(new OSError(32, "Broken pipe")).toBeInstanceOf(BrokenPipeError);
    expect(new OSError(95, "Operation not supported").code).toBe("ENOTSUP");
    expect(new TimeoutError("timed out").code).toBe("ETIMEDOUT");
    expect(new ConnectionResetError("Connection reset by peer").code).toBe("ECONNRESET");
    expect(new client.RemoteDisconnected("Remote end closed connection without response").code).toBe("ECONNRESET");
    expect(new OSError("no errno").code).toBeUndefined();
    const changed = new OSError(104, "Connection reset by peer");
    changed.errno = 110;
    expect(changed.code).toBe("ETIMEDOUT");
    changed.code = "ECUSTOM";
    expect(changed.code).toBe("ECUSTOM");
  });

  test("gaierror is named as Node's dns.lookup names it", async () => {
    expect(new gaierror(-2, "Name or service not known").code).toBe("ENOTFOUND");
    expect(new gaierror(-5, "No address associated with hostname").code).toBe("ENOTFOUND");
    expect(new gaierror(-3, "Temporary failure in name resolution").code).toBe("EAI_AGAIN");
    const e = await rejectsWithin(getaddrinfo("not.numeric", 80, 0, 0, 0, AI_NUMERICHOST));
    expect(e).toBeInstanceOf(gaierror);
    expect((e as gaierror).code).toBe("ENOTFOUND");
  });

  test("connect, timeout, reset and EPIPE errors of real sockets", async () => {
    const srv = await tcpServer();
    const port = srv.port;
    await srv.close();
    servers.splice(servers.indexOf(srv), 1);
    const refused = await rejectsWithin(create_connection(["127.0.0.1", port]));
    expect(refused).toBeInstanceOf(ConnectionRefusedError);
    expect((refused as OSError).code).toBe("ECONNREFUSED");

    const silent = await tcpServer();
    const s = await connect(silent.port, 0.05);
    const timedOut = await rejectsWithin(s.recv(1));
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect((timedOut as OSError).code).toBe("ETIMEDOUT");

    const resetting = await tcpServer((c) => setTimeout(() => c.resetAndDestroy(), 20));
    const r = await connect(resetting.port);
    const reset = await rejectsWithin(r.recv(1));
    expect(reset).toBeInstanceOf(ConnectionResetError);
    expect((reset as OSError).code).toBe("ECONNRESET");
    const pipe = await rejectsWithin(r.sendall(Buffer.from("x")));
    expect(pipe).toBeInstanceOf(BrokenPipeError);
    expect((pipe as OSError).code).toBe("EPIPE");
  });

  test("SSL errors carry Node's names, not an errno's", async () => {
    const srv = await tlsServer();
    const raw = await connect(srv.port);
    const e = await rejectsWithin(ssl.create_default_context().wrap_socket(raw, { server_hostname: "localhost" }));
    expect(e).toBeInstanceOf(ssl.SSLCertVerificationError);
    expect((e as ssl.SSLError).errno).toBe(1);
    expect((e as ssl.SSLError).code).toBe("UNABLE_TO_GET_ISSUER_CERT_LOCALLY");
  });
});

// Each caller awaits the call itself (as user code does): V8's async stack traces then
// include the caller's frame, provided the exception is made after the awaited event.
describe("a rejected call's stack shows the caller", () => {
  /** The exception `await call()` raised (failing when it returns). */
  async function raised(call: () => Promise<unknown>): Promise<Error> {
    try {
      await call();
    } catch (e) {
      return e as Error;
    }
    throw new Error("the call returned");
  }

  test("connect refused", async () => {
    const srv = await tcpServer();
    const port = srv.port;
    await srv.close();
    servers.splice(servers.indexOf(srv), 1);
    async function userConnectsToAClosedPort(): Promise<socket> {
      return await create_connection(["127.0.0.1", port]);
    }
    const e = await raised(userConnectsToAClosedPort);
    expect(e).toBeInstanceOf(ConnectionRefusedError);
    expect(e.stack).toContain("userConnectsToAClosedPort");
  });

  test("recv timeout", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port, 0.05);
    async function userWaitsForASilentPeer(): Promise<Buffer> {
      return await s.recv(10);
    }
    const e = await raised(userWaitsForASilentPeer);
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e.stack).toContain("userWaitsForASilentPeer");
  });

  test("recv reset by the peer, and a recv ended by close()", async () => {
    const srv = await tcpServer((c) => setTimeout(() => c.resetAndDestroy(), 30));
    const s = await connect(srv.port);
    async function userReadsFromAResettingPeer(): Promise<Buffer> {
      return await s.recv(10);
    }
    const e = await raised(userReadsFromAResettingPeer);
    expect(e).toBeInstanceOf(ConnectionResetError);
    expect(e.stack).toContain("userReadsFromAResettingPeer");

    const quiet = await tcpServer();
    const q = await connect(quiet.port);
    async function userReadsWhileAnotherCloses(): Promise<Buffer> {
      setTimeout(() => q.close(), 20);
      return await q.recv(10);
    }
    const closed = await raised(userReadsWhileAnotherCloses);
    expectEBADF(closed);
    expect(closed.stack).toContain("userReadsWhileAnotherCloses");
  });

  test("send timeout and send reset", async () => {
    const srv = await tcpServer();
    const s = await connect(srv.port, 0.1);
    async function userSendsToAPeerThatDoesNotRead(): Promise<void> {
      await s.sendall(BIG);
    }
    const e = await raised(userSendsToAPeerThatDoesNotRead);
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e.stack).toContain("userSendsToAPeerThatDoesNotRead");

    const resetting = await tcpServer((c) => setTimeout(() => c.resetAndDestroy(), 50));
    const r = await connect(resetting.port);
    async function userSendsToAResettingPeer(): Promise<void> {
      await r.sendall(BIG);
    }
    const reset = await raised(userSendsToAResettingPeer);
    expect(reset).toBeInstanceOf(OSError);
    expect(["ECONNRESET", "EPIPE"]).toContain((reset as OSError).code);
    expect(reset.stack).toContain("userSendsToAResettingPeer");
  });

  test("TLS handshake failure, and a TLS read timeout", async () => {
    const srv = await tlsServer();
    const raw = await connect(srv.port);
    async function userTrustsTheWrongCA(): Promise<ssl.SSLSocket> {
      return await ssl.create_default_context().wrap_socket(raw, { server_hostname: "localhost" });
    }
    const e = await raised(userTrustsTheWrongCA);
    expect(e).toBeInstanceOf(ssl.SSLCertVerificationError);
    expect(e.stack).toContain("userTrustsTheWrongCA");

    const ss = await clientContext().wrap_socket(await connect(srv.port, 0.05), { server_hostname: "localhost" });
    opened.push(ss);
    async function userWaitsForASilentTLSPeer(): Promise<Buffer> {
      return await ss.recv(10);
    }
    const t = await raised(userWaitsForASilentTLSPeer);
    expect(t).toBeInstanceOf(TimeoutError);
    expect(str(t)).toBe("The read operation timed out");
    expect(t.stack).toContain("userWaitsForASilentTLSPeer");
  });
});
