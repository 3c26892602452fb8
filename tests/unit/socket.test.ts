// src/socket.ts against real servers on 127.0.0.1.
import * as net from "node:net";
import fc from "fast-check";
import { createHash } from "node:crypto";

import * as socketmod from "../../src/socket";
import {
  AF_INET,
  IPPROTO_TCP,
  MSG_PEEK,
  SHUT_WR,
  SOCK_STREAM,
  SOL_SOCKET,
  SO_KEEPALIVE,
  SocketIO,
  TCP_NODELAY,
  _GLOBAL_DEFAULT_TIMEOUT,
  create_connection,
  fromNodeError,
  gaierror,
  getaddrinfo,
  getdefaulttimeout,
  setdefaulttimeout,
  socket,
} from "../../src/socket";
import {
  BlockingIOError,
  BrokenPipeError,
  ConnectionError,
  ConnectionRefusedError,
  ConnectionResetError,
  ExceptionGroup,
  OSError,
  TimeoutError,
  TypeError,
  ValueError,
  repr,
  str,
} from "../../src/builtins";
import { BufferedReader } from "../../src/io";

interface Server {
  port: number;
  conns: net.Socket[];
  accepted: Promise<net.Socket>;
  close(): Promise<void>;
}

const servers: Server[] = [];
const sockets: socket[] = [];

/** A server on 127.0.0.1 running handler for each connection. */
async function serve(handler: (conn: net.Socket) => void = () => {}): Promise<Server> {
  const conns: net.Socket[] = [];
  let resolveFirst!: (c: net.Socket) => void;
  const accepted = new Promise<net.Socket>((r) => (resolveFirst = r));
  const server = net.createServer({ allowHalfOpen: true }, (conn) => {
    conns.push(conn);
    conn.on("error", () => {});
    resolveFirst(conn);
    handler(conn);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const s: Server = {
    port: (server.address() as net.AddressInfo).port,
    conns,
    accepted,
    close: () =>
      new Promise<void>((r) => {
        for (const c of conns) c.destroy();
        server.close(() => r());
      }),
  };
  servers.push(s);
  return s;
}

/** A port nothing listens on (just freed). */
async function freePort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** A net.Socket connected to port, and a socket made from it (fileno=nsock, as ssl.ts makes one). */
async function wrapConnected(port: number): Promise<[socket, net.Socket]> {
  const nsock = net.connect(port, "127.0.0.1");
  await new Promise((r) => nsock.once("connect", r));
  const s = new socket(AF_INET, SOCK_STREAM, 0, nsock);
  sockets.push(s);
  return [s, nsock];
}

async function connect(port: number, timeout: number | null = 5): Promise<socket> {
  const s = await create_connection(["127.0.0.1", port], timeout);
  sockets.push(s);
  return s;
}

async function recvAll(s: socket): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (;;) {
    const b = await s.recv(65536);
    if (b.length === 0) return Buffer.concat(parts);
    parts.push(b);
  }
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
  setdefaulttimeout(null);
});

describe("module", () => {
  test("constants", () => {
    expect([socketmod.AF_UNSPEC, AF_INET, socketmod.AF_INET6, SOCK_STREAM]).toEqual([0, 2, 10, 1]);
    expect([IPPROTO_TCP, TCP_NODELAY, SOL_SOCKET, socketmod.SO_REUSEADDR, SO_KEEPALIVE]).toEqual([6, 1, 1, 2, 9]);
    expect(socketmod.error).toBe(OSError);
    expect(socketmod.timeout).toBe(TimeoutError);
    expect(new gaierror(-2, "x")).toBeInstanceOf(OSError);
    expect(new socketmod.herror(1, "x")).toBeInstanceOf(OSError);
    expect(repr(_GLOBAL_DEFAULT_TIMEOUT)).toBe("<object object>");
  });

  test("default timeout", () => {
    expect(getdefaulttimeout()).toBe(null);
    setdefaulttimeout(2.5);
    expect(getdefaulttimeout()).toBe(2.5);
    const s = new socket();
    expect(s.gettimeout()).toBe(2.5);
    s.close();
    expect(() => setdefaulttimeout(-1)).toThrow(new ValueError("Timeout value out of range"));
  });

  test("fromNodeError maps errno names to Python's exceptions", () => {
    const cases: Array<[string, Function, number | null, string]> = [
      ["ECONNREFUSED", ConnectionRefusedError, 111, "[Errno 111] Connection refused"],
      ["ECONNRESET", ConnectionResetError, 104, "[Errno 104] Connection reset by peer"],
      ["EPIPE", BrokenPipeError, 32, "[Errno 32] Broken pipe"],
      ["ETIMEDOUT", TimeoutError, 110, "[Errno 110] Connection timed out"],
      ["EADDRINUSE", OSError, 98, "[Errno 98] Address already in use"],
      ["EADDRNOTAVAIL", OSError, 99, "[Errno 99] Cannot assign requested address"],
      ["ENETUNREACH", OSError, 101, "[Errno 101] Network is unreachable"],
      ["EHOSTUNREACH", OSError, 113, "[Errno 113] No route to host"],
      ["ECONNABORTED", socketmod.error, 103, "[Errno 103] Software caused connection abort"],
      ["ENOPROTOOPT", OSError, 92, "[Errno 92] Protocol not available"],
      ["ERR_STREAM_DESTROYED", BrokenPipeError, 32, "[Errno 32] Broken pipe"],
    ];
    for (const [code, cls, errno, msg] of cases) {
      const e = fromNodeError(Object.assign(new Error("x"), { code }));
      expect(e).toBeInstanceOf(cls);
      expect((e as OSError).errno).toBe(errno);
      expect(str(e)).toBe(msg);
    }
    const nf = fromNodeError(Object.assign(new Error("x"), { code: "ENOTFOUND", syscall: "getaddrinfo" }));
    expect(nf).toBeInstanceOf(gaierror);
    expect(repr(nf)).toBe("gaierror(-2, 'Name or service not known')");
    const again = fromNodeError(Object.assign(new Error("x"), { code: "EAI_AGAIN", syscall: "getaddrinfo" }));
    expect(repr(again)).toBe("gaierror(-3, 'Temporary failure in name resolution')");
    // A libuv error known only by its (negative) errno.
    expect(repr(fromNodeError(Object.assign(new Error("x"), { errno: -104 })))).toBe(
      "ConnectionResetError(104, 'Connection reset by peer')",
    );
    const py = new ValueError("kept");
    expect(fromNodeError(py)).toBe(py);
  });

  test("getaddrinfo of numeric hosts", async () => {
    expect(await getaddrinfo("127.0.0.1", 80, 0, SOCK_STREAM)).toEqual([[2, 1, 6, "", ["127.0.0.1", 80]]]);
    expect(repr((await getaddrinfo("127.0.0.1", 80, 0, SOCK_STREAM))[0]![4])).toBe("('127.0.0.1', 80)");
    expect(await getaddrinfo("::1", "8080", 0, SOCK_STREAM)).toEqual([[10, 1, 6, "", ["::1", 8080, 0, 0]]]);
    // glibc keeps the low 16 bits of a numeric service.
    expect((await getaddrinfo("127.0.0.1", 70000, 0, SOCK_STREAM))[0]![4]).toEqual(["127.0.0.1", 4464]);
    expect((await getaddrinfo("127.0.0.1", null)).map((r) => r[1])).toEqual([1, 2, 3]);
    const e = await rejection(getaddrinfo("", 80));
    expect(repr(e)).toBe("gaierror(-2, 'Name or service not known')");
    expect(repr(await rejection(getaddrinfo("127.0.0.1", -1)))).toBe("gaierror(-8, 'Servname not supported for ai_socktype')");
    expect(repr(await rejection(getaddrinfo("127.0.0.1", 80, socketmod.AF_INET6)))).toBe(
      "gaierror(-9, 'Address family for hostname not supported')",
    );
  });
});

describe("create_connection", () => {
  test("connects, sends and receives", async () => {
    const srv = await serve((c) => c.pipe(c));
    const s = await connect(srv.port);
    expect(s.family).toBe(AF_INET);
    expect(s.type).toBe(SOCK_STREAM);
    expect(s.gettimeout()).toBe(5);
    expect(s.timeout).toBe(5);
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
    expect(s.getpeername()).toEqual(["127.0.0.1", srv.port]);
    const [host, port] = s.getsockname() as [string, number];
    expect(host).toBe("127.0.0.1");
    expect(port).toBeGreaterThan(0);
    expect(repr(s)).toBe(
      `<socket.socket fd=${s.fileno()}, family=2, type=1, proto=6, laddr=('127.0.0.1', ${port}), raddr=('127.0.0.1', ${srv.port})>`,
    );
    await s.sendall(Buffer.from("hello"));
    expect(await s.send(new Uint8Array([33]))).toBe(1);
    let got = Buffer.alloc(0);
    while (got.length < 6) got = Buffer.concat([got, await s.recv(1024)]);
    expect(got.toString()).toBe("hello!");
  });

  test("timeout=0 makes connect() non-blocking: BlockingIOError(115)", async () => {
    const srv = await serve();
    const e = await rejection(create_connection(["127.0.0.1", srv.port], 0));
    expect(repr(e)).toBe("BlockingIOError(115, 'Operation now in progress')");
  });

  test("a refused port raises ConnectionRefusedError", async () => {
    const port = await freePort();
    const e = await rejection(create_connection(["127.0.0.1", port]));
    expect(e).toBeInstanceOf(ConnectionRefusedError);
    expect(repr(e)).toBe("ConnectionRefusedError(111, 'Connection refused')");
    const g = await rejection(create_connection(["127.0.0.1", port], { all_errors: true }));
    expect(g).toBeInstanceOf(ExceptionGroup);
    expect(str(g)).toBe("create_connection failed (1 sub-exception)");
    expect((g as ExceptionGroup).exceptions[0]).toBeInstanceOf(ConnectionRefusedError);
  });

  test("keywords are bound as CPython binds them: a misspelled one raises TypeError", async () => {
    // (messages as CPython 3.13+ gives them)
    const e = await rejection(create_connection(["127.0.0.1", 1], { timout: 1 } as never));
    expect(repr(e)).toBe(`TypeError("create_connection() got an unexpected keyword argument 'timout'. Did you mean 'timeout'?")`);
    const e2 = await rejection((create_connection as unknown as (...a: unknown[]) => Promise<unknown>)(["127.0.0.1", 1], 1, null, false));
    expect(repr(e2)).toBe("TypeError('create_connection() takes from 1 to 3 positional arguments but 4 were given')");
    const s = new socket();
    sockets.push(s);
    expect(() => s.makefile("rb", null, { encodng: "x" } as never)).toThrow("socket.makefile() got an unexpected keyword argument 'encodng'. Did you mean 'encoding'?");
    // buffering by keyword: 0 gives the raw SocketIO
    const raw = s.makefile("rb", { buffering: 0 } as never);
    expect(raw).toBeInstanceOf(socketmod.SocketIO);
    (raw as { close(): void }).close();
  });

  test("source_address binds the local end", async () => {
    const srv = await serve();
    const local = await freePort();
    const s = await create_connection(["127.0.0.1", srv.port], 5, ["127.0.0.1", local]);
    sockets.push(s);
    expect(s.getsockname()).toEqual(["127.0.0.1", local]);
    const conn = await srv.accepted;
    expect(conn.remotePort).toBe(local);
    // Keyword form, port 0: the system picks the port.
    const s2 = await create_connection(["127.0.0.1", srv.port], { source_address: ["127.0.0.1", 0] });
    sockets.push(s2);
    expect((s2.getsockname() as unknown[])[0]).toBe("127.0.0.1");
    expect(s2.gettimeout()).toBe(null);
  });

  test("a source_address in use raises OSError 98", async () => {
    const srv = await serve();
    const busy = await serve();
    const e = await rejection(create_connection(["127.0.0.1", srv.port], 5, ["127.0.0.1", busy.port]));
    expect(repr(e)).toBe("OSError(98, 'Address already in use')");
  });
});

describe("reading", () => {
  test("recv returns b'' at EOF, repeatedly", async () => {
    const srv = await serve((c) => c.end("abc"));
    const s = await connect(srv.port);
    expect((await recvAll(s)).toString()).toBe("abc");
    expect((await s.recv(10)).length).toBe(0);
    expect(await s.recv_into(new Uint8Array(4))).toBe(0);
  });

  test("recv_into copies across queued chunks", async () => {
    const srv = await serve((c) => {
      c.write("abc");
      setTimeout(() => c.write("defgh"), 20);
      setTimeout(() => c.end("ij"), 40);
    });
    const s = await connect(srv.port);
    await delay(100);
    const buf = new Uint8Array(20);
    // nbytes limits the read; what is queued arrives in one call, as from the kernel.
    expect(await s.recv_into(buf, 4)).toBe(4);
    expect(Buffer.from(buf.subarray(0, 4)).toString()).toBe("abcd");
    expect(await s.recvInto(buf)).toBe(6);
    expect(Buffer.from(buf.subarray(0, 6)).toString()).toBe("efghij");
    expect(await s.recv_into(buf)).toBe(0);
  });

  test("recv_into and recv argument errors", async () => {
    const srv = await serve();
    const s = await connect(srv.port);
    await expect(s.recv_into(new Uint8Array(2), 3)).rejects.toThrow(new ValueError("buffer too small for requested bytes"));
    await expect(s.recv_into(new Uint8Array(2), -1)).rejects.toThrow(new ValueError("negative buffersize in recv_into"));
    await expect(s.recv(-1)).rejects.toThrow(new ValueError("negative buffersize in recv"));
  });

  test("MSG_PEEK leaves the data queued", async () => {
    const srv = await serve((c) => c.end("peekaboo"));
    const s = await connect(srv.port);
    expect((await s.recv(4, MSG_PEEK)).toString()).toBe("peek");
    expect((await recvAll(s)).toString()).toBe("peekaboo");
  });

  test("a large transfer arrives intact (backpressure)", async () => {
    const size = 8 * 1024 * 1024 + 123;
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i++) data[i] = (i * 7 + (i >> 9)) & 0xff;
    const srv = await serve((c) => c.end(data));
    const s = await connect(srv.port);
    await delay(100); // let the queue fill up so that the Node socket pauses
    const hash = createHash("sha256");
    const buf = new Uint8Array(65536);
    let total = 0;
    for (;;) {
      const n = await s.recv_into(buf);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      total += n;
    }
    expect(total).toBe(size);
    expect(hash.digest("hex")).toBe(createHash("sha256").update(data).digest("hex"));
  });

  test("bytes recv() returned stay as they were while later data is read (slabs are reused)", async () => {
    // 3 MiB in 1000-byte records numbered in their first 4 bytes: reads of odd sizes go
    // through several slabs, each reused once read out.
    const records = 3 * 1024;
    const data = Buffer.alloc(records * 1000);
    for (let i = 0; i < records; i++) data.fill(i & 0xff, i * 1000, (i + 1) * 1000).writeUInt32BE(i, i * 1000);
    const srv = await serve((c) => c.end(data));
    const s = await connect(srv.port);
    const first = await s.recv(1000);
    const copy = Buffer.from(first);
    const parts: Buffer[] = [first];
    const sizes = [1, 4095, 70000, 333, 262144, 17];
    for (let i = 0; ; i++) {
      const b = await s.recv(sizes[i % sizes.length]!);
      if (b.length === 0) break;
      parts.push(b);
      if (i % 7 === 0) await delay(1);
    }
    expect(first.equals(copy)).toBe(true);
    expect(Buffer.concat(parts).equals(data)).toBe(true);
  });

  test("any pattern of writes and reads arrives intact (slab reuse, tails, pauses)", async () => {
    // Writes of 1 byte to 1.5 MiB with pauses between some, read back with recv, recv_into
    // and MSG_PEEK of assorted sizes (every fourth a 1 MiB recv, to bound the count), some
    // of the first reads after a delay (the queue fills past its mark and pauses).
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 << 19 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.constantFrom("recv", "into", "peek"), fc.integer({ min: 1, max: 1 << 21 }), fc.boolean()), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 255 }),
        async (writes, reads, seed) => {
          const total = writes.reduce((a, [n]) => a + n, 0);
          const data = Buffer.alloc(total);
          for (let i = 0; i < total; i++) data[i] = (i * 131 + (i >> 12) + seed) & 0xff;
          const srv = await serve(async (c) => {
            let pos = 0;
            for (const [n, pause] of writes) {
              c.write(data.subarray(pos, pos + n));
              pos += n;
              if (pause) await delay(2);
            }
            c.end();
          });
          const s = await connect(srv.port);
          const got: Buffer[] = [];
          let have = 0;
          for (let i = 0; ; i++) {
            const [how, size, wait] = i % 4 === 3 ? (["recv", 1 << 20, false] as const) : reads[i % reads.length]!;
            if (wait && i < 40 && i % 3 === 0) await delay(3);
            let b: Buffer;
            if (how === "peek") {
              const p = await s.recv(size, MSG_PEEK);
              expect(p.equals(data.subarray(have, have + p.length))).toBe(true);
              b = await s.recv(p.length);
            } else if (how === "into") {
              const into = Buffer.alloc(size);
              b = into.subarray(0, await s.recv_into(into));
            } else b = await s.recv(size);
            if (b.length === 0) break;
            got.push(Buffer.from(b));
            have += b.length;
          }
          expect(have).toBe(total);
          expect(Buffer.concat(got).equals(data)).toBe(true);
          s.close();
          await srv.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  test("a recv that waits longer than the timeout raises TimeoutError('timed out')", async () => {
    const srv = await serve();
    const s = await connect(srv.port, 0.1);
    const t0 = Date.now();
    const e = await rejection(s.recv(10));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
    expect(e).toBeInstanceOf(TimeoutError);
    expect(repr(e)).toBe("TimeoutError('timed out')");
    expect((e as TimeoutError).errno).toBe(null);
    // The socket still works afterwards.
    (await srv.accepted).write("late");
    s.settimeout(null);
    expect((await s.recv(10)).toString()).toBe("late");
  });

  test("non-blocking recv raises BlockingIOError", async () => {
    const srv = await serve();
    const s = await connect(srv.port);
    s.setblocking(false);
    expect(s.gettimeout()).toBe(0);
    const e = await rejection(s.recv(10));
    expect(e).toBeInstanceOf(BlockingIOError);
    expect(repr(e)).toBe("BlockingIOError(11, 'Resource temporarily unavailable')");
    s.setblocking(true);
    expect(s.gettimeout()).toBe(null);
  });

  test("a reset by the peer raises ConnectionResetError, then reads EOF", async () => {
    // The reset comes a little later: one arriving during the handshake fails connect().
    const srv = await serve((c) => setTimeout(() => c.resetAndDestroy(), 50));
    const s = await connect(srv.port);
    const e = await rejection(s.recv(10));
    expect(repr(e)).toBe("ConnectionResetError(104, 'Connection reset by peer')");
    expect((await s.recv(10)).length).toBe(0);
  });

  test("a recv in progress sees the timeout of its socket, not the default", async () => {
    setdefaulttimeout(0.05);
    const srv = await serve((c) => setTimeout(() => c.write("x"), 150));
    const s = await connect(srv.port, 1);
    expect((await s.recv(1)).toString()).toBe("x");
  });
});

describe("writing", () => {
  test("sendall takes bytes-like objects only", async () => {
    const srv = await serve();
    const s = await connect(srv.port);
    await expect(s.sendall("text")).rejects.toThrow(new TypeError("a bytes-like object is required, not 'str'"));
    await expect(s.sendall(123)).rejects.toThrow(new TypeError("a bytes-like object is required, not 'int'"));
    await expect(s.sendall([1, 2])).rejects.toThrow(new TypeError("a bytes-like object is required, not 'list'"));
    await expect(s.sendall(null)).rejects.toThrow(new TypeError("a bytes-like object is required, not 'NoneType'"));
    await expect(s.send({})).rejects.toThrow(new TypeError("a bytes-like object is required, not 'dict'"));
    await s.sendall(new DataView(new ArrayBuffer(2)));
    await s.sendall(new Uint16Array([0x4142]));
  });

  test("sendall of a large body reaches the peer intact", async () => {
    const size = 6 * 1024 * 1024;
    const data = Buffer.alloc(size, "z");
    data.write("start", 0);
    data.write("end", size - 3);
    let received = 0;
    const parts: Buffer[] = [];
    const done = new Promise<void>((resolve) => {
      void serve((c) => {
        // A slow reader: the kernel buffers fill and sendall has to wait.
        c.pause();
        setTimeout(() => c.resume(), 100);
        c.on("data", (d: Buffer) => {
          parts.push(d);
          received += d.length;
          if (received === size) resolve();
        });
      }).then(async (srv) => {
        const s = await connect(srv.port);
        await s.sendall(data);
      });
    });
    await done;
    const all = Buffer.concat(parts);
    expect(all.equals(data)).toBe(true);
  });

  test("writing after the peer closed raises BrokenPipeError or ConnectionResetError", async () => {
    const srv = await serve((c) => c.destroy());
    const s = await connect(srv.port);
    await delay(50);
    let err: unknown = null;
    for (let i = 0; i < 50 && err === null; i++) {
      try {
        await s.sendall(Buffer.alloc(1024));
        await delay(10);
      } catch (e) {
        err = e;
      }
    }
    expect(err).toBeInstanceOf(ConnectionError);
    expect(err instanceof BrokenPipeError || err instanceof ConnectionResetError).toBe(true);
    // Afterwards the connection is broken for good.
    await expect(s.sendall(Buffer.from("x"))).rejects.toThrow(BrokenPipeError);
  });

  test("shutdown(SHUT_WR) sends EOF and keeps the reading side", async () => {
    const srv = await serve((c) => {
      const parts: Buffer[] = [];
      c.on("data", (d: Buffer) => parts.push(d));
      c.on("end", () => c.end(Buffer.concat(parts).toString().toUpperCase()));
    });
    const s = await connect(srv.port);
    await s.sendall(Buffer.from("shout"));
    s.shutdown(SHUT_WR);
    expect((await recvAll(s)).toString()).toBe("SHOUT");
    await expect(s.sendall(Buffer.from("x"))).rejects.toThrow(BrokenPipeError);
    expect(() => s.shutdown(7)).toThrow(OSError);
  });
});

describe("options and state", () => {
  test("setsockopt / getsockopt", async () => {
    const srv = await serve();
    const s = await connect(srv.port);
    s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
    expect(s.getsockopt(IPPROTO_TCP, TCP_NODELAY)).toBe(1);
    s.setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);
    s.setsockopt(SOL_SOCKET, socketmod.SO_REUSEADDR, 1);
    expect(() => s.setsockopt(IPPROTO_TCP, 999, 1)).toThrow(OSError);
    try {
      s.setsockopt(IPPROTO_TCP, 999, 1);
    } catch (e) {
      expect(repr(e)).toBe("OSError(92, 'Protocol not available')");
    }
  });

  test("settimeout validation", () => {
    const s = new socket();
    sockets.push(s);
    expect(() => s.settimeout(-1)).toThrow(new ValueError("Timeout value out of range"));
    expect(() => s.settimeout("x")).toThrow(new TypeError("'str' object cannot be interpreted as an integer"));
    s.settimeout(1.5);
    expect(s.gettimeout()).toBe(1.5);
  });

  test("an unconnected socket", async () => {
    const s = new socket();
    sockets.push(s);
    expect(repr(await rejection(s.recv(1)))).toBe("OSError(107, 'Transport endpoint is not connected')");
    expect(repr(await rejection(s.sendall(Buffer.from("x"))))).toBe("BrokenPipeError(32, 'Broken pipe')");
    expect(() => s.getpeername()).toThrow(OSError);
    expect(s.getsockname()).toEqual(["0.0.0.0", 0]);
  });

  test("connect() on a socket, then close()", async () => {
    const srv = await serve((c) => c.end("hi"));
    const s = new socket(AF_INET, SOCK_STREAM);
    await s.connect(["127.0.0.1", srv.port]);
    expect(repr(await rejection(s.connect(["127.0.0.1", srv.port])))).toBe(
      "OSError(106, 'Transport endpoint is already connected')",
    );
    expect((await recvAll(s)).toString()).toBe("hi");
    s.close();
    expect(s.fileno()).toBe(-1);
    expect(repr(s)).toBe("<socket.socket [closed] fd=-1, family=2, type=1, proto=0>");
    expect(repr(await rejection(s.recv(1)))).toBe("OSError(9, 'Bad file descriptor')");
    expect(repr(await rejection(s.sendall(Buffer.from("x"))))).toBe("OSError(9, 'Bad file descriptor')");
    expect(() => s.getsockname()).toThrow(OSError);
    expect(() => s.settimeout(3)).toThrow(OSError);
    expect(s.gettimeout()).toBe(3);
    s.close(); // closing twice is fine
  });

  test("close() lets pending writes out", async () => {
    const size = 4 * 1024 * 1024;
    const got = new Promise<number>((resolve) => {
      void serve((c) => {
        let n = 0;
        c.on("data", (d: Buffer) => (n += d.length));
        c.on("end", () => resolve(n));
      }).then(async (srv) => {
        const s = await connect(srv.port);
        s.setblocking(false);
        await s.sendall(Buffer.alloc(size)); // non-blocking: Node still holds most of it
        s.close();
      });
    });
    expect(await got).toBe(size);
  });
});

describe("wrapping a Node socket (as ssl.ts does)", () => {
  test("a connected net.Socket given as fileno is read through the queue", async () => {
    const srv = await serve((c) => c.end("wrapped"));
    const [s, nsock] = await wrapConnected(srv.port);
    expect(s._sock).toBe(nsock);
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
    expect((await recvAll(s)).toString()).toBe("wrapped");
  });

  test("readers woken by data resume together, after the read callbacks of the event loop's turn", async () => {
    const srv = await serve();
    const [a, na] = await wrapConnected(srv.port);
    const [b, nb] = await wrapConnected(srv.port);
    const order: string[] = [];
    const reads = [a.recv(10).then((d) => order.push(`a got ${d}`)), b.recv(10).then((d) => order.push(`b got ${d}`))];
    // Two immediates queued together run in one check phase, each a callback of its own
    // (ticks and microtasks run between them), as two sockets' read callbacks do in one
    // poll phase. (Two timers need not: each takes the loop's time when it is set.)
    setImmediate(() => {
      na.emit("data", Buffer.from("x"));
      process.nextTick(() => order.push("after a's callback"));
    });
    setImmediate(() => {
      nb.emit("data", Buffer.from("y"));
      process.nextTick(() => order.push("after b's callback"));
    });
    await Promise.all(reads);
    expect(order).toEqual(["after a's callback", "after b's callback", "a got x", "b got y"]);
  });

  test("a lone waiting reader resumes at once, before the turn's next callback", async () => {
    const srv = await serve();
    const [s, nsock] = await wrapConnected(srv.port);
    const order: string[] = [];
    const read = s.recv(10).then((d) => order.push(`got ${d}`));
    // (two immediates queued together run in one check phase, as in the test above)
    setImmediate(() => nsock.emit("data", Buffer.from("x")));
    setImmediate(() => order.push("next callback"));
    await read;
    await delay(5);
    expect(order).toEqual(["got x", "next callback"]);
  });

  test("a read completes under a test's fake timers (its wake is not the global setImmediate)", async () => {
    const srv = await serve();
    const s = await connect(srv.port, null);
    const conn = await srv.accepted;
    // A second socket waiting too: a lone waiting reader is woken at once.
    const other = (await connect(srv.port, null)).recv(1).catch(() => undefined);
    jest.useFakeTimers({ doNotFake: ["nextTick", "queueMicrotask"] });
    try {
      const read = s.recv(10);
      conn.write("hi");
      expect((await read).toString()).toBe("hi");
    } finally {
      jest.useRealTimers();
    }
    sockets.forEach((x) => x.close());
    await other;
  });

  test("data queued before a read's timeout fires is read, though its wake is still to come", async () => {
    const srv = await serve();
    const [s, nsock] = await wrapConnected(srv.port);
    // A second socket waiting too: a lone waiting reader is woken at once.
    const other = (await connect(srv.port, null)).recv(1).catch(() => undefined);
    s.settimeout(0.02);
    const read = s.recv(10);
    // Data that comes in an immediate has its wake in the next turn's immediates, after
    // that turn's timers: the loop is held past the deadline first, so the timeout is due.
    setImmediate(() => {
      const until = Date.now() + 60;
      while (Date.now() < until);
      nsock.emit("data", Buffer.from("late"));
    });
    expect((await read).toString()).toBe("late");
    sockets.forEach((x) => x.close());
    await other;
  });

  test("_detach() hands the Node socket back with the unread data", async () => {
    const srv = await serve((c) => c.write("0123456789"));
    const s = await connect(srv.port);
    expect((await s.recv(4)).toString()).toBe("0123");
    const nsock = s._detach()!;
    expect(s._sock).toBe(null);
    expect(s.fileno()).toBe(-1);
    // It comes back paused, so nothing is lost before the new owner reads.
    expect(nsock.isPaused()).toBe(true);
    const rest = await new Promise<Buffer>((r) => nsock.once("data", r).resume());
    expect(rest.toString()).toBe("456789");
    nsock.destroy();
  });

  test("after _detach(), later data reaches the Node stream after the unread data", async () => {
    let conn!: net.Socket;
    const srv = await serve((c) => {
      conn = c;
      c.write("0123456789");
    });
    const s = await connect(srv.port);
    expect((await s.recv(4)).toString()).toBe("0123");
    const nsock = s._detach()!;
    const got: Buffer[] = [];
    nsock.on("data", (d: Buffer) => got.push(d)).resume();
    const ended = new Promise((r) => nsock.once("end", r));
    conn.end("abc");
    await ended;
    expect(Buffer.concat(got).toString()).toBe("456789abc");
    nsock.destroy();
  });

  test("getsockname() and getpeername() survive the peer closing", async () => {
    const srv = await serve((c) => c.destroy());
    const s = await connect(srv.port);
    await recvAll(s).catch(() => undefined);
    await delay(20);
    expect(s.getpeername()).toEqual(["127.0.0.1", srv.port]);
    expect((s.getsockname() as unknown[])[0]).toBe("127.0.0.1");
  });
});

describe("makefile", () => {
  test("makefile('rb') is a BufferedReader over SocketIO; readline works", async () => {
    const srv = await serve((c) => {
      c.write("HTTP/1.1 200 OK\r\nCont");
      setTimeout(() => c.end("ent-Length: 0\r\n\r\ntail"), 20);
    });
    const s = await connect(srv.port);
    const f = s.makefile("rb") as BufferedReader;
    expect(f).toBeInstanceOf(BufferedReader);
    expect(f.raw).toBeInstanceOf(SocketIO);
    expect((f.raw as SocketIO).mode).toBe("rb");
    expect((f.raw as SocketIO).readable()).toBe(true);
    expect((f.raw as SocketIO).writable()).toBe(false);
    expect(f.fileno()).toBe(s.fileno());
    expect((await f.readline()).toString()).toBe("HTTP/1.1 200 OK\r\n");
    expect((await f.readline()).toString()).toBe("Content-Length: 0\r\n");
    expect((await f.readline()).toString()).toBe("\r\n");
    expect((await f.read())!.toString()).toBe("tail");
    f.close();
  });

  test("the socket stays open until its makefile() streams are closed", async () => {
    const srv = await serve((c) => {
      c.write("one\n");
      setTimeout(() => c.end("two\n"), 50);
    });
    const s = await connect(srv.port);
    const f = s.makefile("rb") as BufferedReader;
    s.close();
    expect(s._closed).toBe(true);
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
    expect((await f.readline()).toString()).toBe("one\n");
    expect((await f.readline()).toString()).toBe("two\n");
    f.close();
    expect(s.fileno()).toBe(-1);
  });

  test("a timed-out SocketIO refuses further reads", async () => {
    const srv = await serve();
    const s = await connect(srv.port, 0.05);
    const raw = new SocketIO(s, "rb");
    await expect(raw.readinto(new Uint8Array(4))).rejects.toThrow(TimeoutError);
    await expect(raw.readinto(new Uint8Array(4))).rejects.toThrow(new OSError("cannot read from timed out object"));
    raw.close();
    expect(raw.closed).toBe(true);
  });

  test("makefile mode errors", async () => {
    const srv = await serve();
    const s = await connect(srv.port);
    expect(() => s.makefile("x")).toThrow(new ValueError("invalid mode 'x' (only r, w, b allowed)"));
    expect(() => s.makefile("r", 0)).toThrow(new ValueError("unbuffered streams must be binary"));
    expect(s.makefile("rb", 0)).toBeInstanceOf(SocketIO);
    expect(() => new SocketIO(s, "x")).toThrow(new ValueError("invalid mode: 'x'"));
  });
});
