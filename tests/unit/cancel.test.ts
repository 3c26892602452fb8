// The `signal` keyword (an extension): aborting closes the connection, whatever is pending
// rejects at once with the signal's reason, later calls act as on a closed connection.
// And close() during a pending operation settles it as a closed socket would.

import * as net from "node:net";
import * as fs from "node:fs";
import * as path from "node:path";
import * as client from "../../src/http/client";
import * as ssl from "../../src/ssl";
import { AttributeError, OSError, TimeoutError } from "../../src/builtins";

const CERTS = path.join(__dirname, "..", "certs");

interface Server {
  port: number;
  /** Bytes received so far, per connection. */
  received: Buffer[];
  close(): Promise<void>;
}

/** A loopback server that answers each connection with `onConnection`. */
async function server(onConnection: (s: net.Socket, index: number) => void): Promise<Server> {
  const sockets: net.Socket[] = [];
  const received: Buffer[] = [];
  const srv = net.createServer((s) => {
    const i = sockets.length;
    sockets.push(s);
    received[i] = Buffer.alloc(0);
    s.on("data", (d) => (received[i] = Buffer.concat([received[i]!, d])));
    s.on("error", () => {});
    onConnection(s, i);
  });
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  return {
    port: (srv.address() as net.AddressInfo).port,
    received,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        srv.close(() => r());
      }),
  };
}

const silent = () => server(() => {});
const HEAD = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n";

async function settlesWith<T>(p: Promise<T>): Promise<{ value?: T; error?: unknown; ms: number }> {
  const t0 = Date.now();
  try {
    return { value: await p, ms: Date.now() - t0 };
  } catch (error) {
    return { error, ms: Date.now() - t0 };
  }
}

const later = (ms: number, f: () => void) => setTimeout(f, ms);

describe("AbortSignal", () => {
  test("aborting during getresponse() rejects it at once with the reason and closes the connection", async () => {
    const srv = await silent();
    try {
      const ac = new AbortController();
      const conn = new client.HTTPConnection("127.0.0.1", srv.port, { signal: ac.signal });
      await conn.request("GET", "/");
      const reason = new Error("user cancelled");
      later(50, () => ac.abort(reason));
      const r = await settlesWith(conn.getresponse());
      expect(r.error).toBe(reason);
      expect(r.ms).toBeLessThan(1000);
      expect(conn.sock).toBeNull();
      // later calls act as on a closed connection: auto_open reconnects, and the aborted signal refuses at once
      const again = await settlesWith(conn.request("GET", "/"));
      expect(again.error).toBe(reason);
    } finally {
      await srv.close();
    }
  });

  test("aborting during a body read rejects the read with the reason (also after the connection handed the socket to a will_close response)", async () => {
    for (const head of [HEAD, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"]) {
      const srv = await server((s) => s.write(head + "abc"));
      try {
        const ac = new AbortController();
        const conn = new client.HTTPConnection("127.0.0.1", srv.port, { signal: ac.signal });
        await conn.request("GET", "/");
        const resp = await conn.getresponse();
        expect(resp.status).toBe(200);
        later(50, () => ac.abort());
        const r = await settlesWith(resp.read());
        expect(r.error).toBe(ac.signal.reason);
        expect((r.error as Error).name).toBe("AbortError");
        expect(r.ms).toBeLessThan(1000);
      } finally {
        await srv.close();
      }
    }
  });

  test("aborting while a large body is sent to a peer that does not read rejects request()", async () => {
    const srv = await server((s) => s.pause());
    try {
      const ac = new AbortController();
      const conn = new client.HTTPConnection("127.0.0.1", srv.port, { signal: ac.signal });
      later(100, () => ac.abort("stop"));
      const r = await settlesWith(conn.request("POST", "/", Buffer.alloc(64 << 20)));
      expect(r.error).toBe("stop");
      expect(r.ms).toBeLessThan(2000);
    } finally {
      await srv.close();
    }
  });

  test("an already aborted signal: the first request rejects with its reason, before any connection", async () => {
    let connections = 0;
    const srv = await server(() => connections++);
    try {
      const conn = new client.HTTPConnection("127.0.0.1", srv.port, { signal: AbortSignal.abort("no") });
      expect((await settlesWith(conn.request("GET", "/"))).error).toBe("no");
      await new Promise((r) => setTimeout(r, 50));
      expect(connections).toBe(0);
    } finally {
      await srv.close();
    }
  });

  test("aborting during the TLS handshake rejects request() with the reason", async () => {
    const srv = await silent(); // accepts TCP, never answers the ClientHello
    try {
      const ac = new AbortController();
      const ctx = ssl.create_default_context({ cafile: path.join(CERTS, "ca.pem") });
      const conn = new client.HTTPSConnection("127.0.0.1", srv.port, { context: ctx, signal: ac.signal });
      later(50, () => ac.abort("tls stop"));
      const r = await settlesWith(conn.request("GET", "/"));
      expect(r.error).toBe("tls stop");
      expect(r.ms).toBeLessThan(1000);
      expect(conn.sock).toBeNull();
    } finally {
      await srv.close();
    }
  });

  test("one signal cancels every connection given it, with one listener", async () => {
    const srv = await silent();
    try {
      const warnings: Error[] = [];
      const onWarning = (w: Error) => warnings.push(w);
      process.on("warning", onWarning);
      try {
        const ac = new AbortController();
        const conns = Array.from({ length: 20 }, () => new client.HTTPConnection("127.0.0.1", srv.port, { signal: ac.signal }));
        await Promise.all(conns.map((c) => c.request("GET", "/"))); // 20 connects waiting at once
        const pending = conns.map((c) => settlesWith(c.getresponse()));
        ac.abort("all");
        for (const r of await Promise.all(pending)) expect(r.error).toBe("all");
        await new Promise((r) => setImmediate(r));
        expect(warnings.map(String)).toEqual([]); // no MaxListenersExceededWarning
      } finally {
        process.off("warning", onWarning);
      }
    } finally {
      await srv.close();
    }
  });
});

describe("close() during a pending operation", () => {
  test("settles getresponse() with what a closed socket gives: [Errno 9] Bad file descriptor", async () => {
    const srv = await silent();
    try {
      const conn = new client.HTTPConnection("127.0.0.1", srv.port);
      await conn.request("GET", "/");
      later(50, () => conn.close());
      const r = await settlesWith(conn.getresponse());
      expect(r.error).toBeInstanceOf(OSError);
      expect((r.error as OSError).errno).toBe(9);
      expect((r.error as Error).message).toBe("[Errno 9] Bad file descriptor");
      expect(r.ms).toBeLessThan(1000);
    } finally {
      await srv.close();
    }
  });
});

test("resp.close() while a read waits on a keep-alive connection: the read ends with a Python exception", async () => {
  const srv = await server((s) => {
    s.write(HEAD + "01234");
    setTimeout(() => s.write("56789"), 100);
  });
  try {
    const conn = new client.HTTPConnection("127.0.0.1", srv.port);
    await conn.request("GET", "/");
    const resp = await conn.getresponse();
    expect((await resp.read1(5)).toString()).toBe("01234");
    const pending = settlesWith(resp.read1(5));
    resp.close();
    const r = await pending;
    // CPython's None.close() (fp is gone), never a JavaScript TypeError
    expect(r.error).toBeInstanceOf(AttributeError);
    expect((r.error as Error).message).toBe("'NoneType' object has no attribute 'close'");
    conn.close();
  } finally {
    await srv.close();
  }
});

test("an error from getresponse() carries the calling function in its stack", async () => {
  const srv = await silent();
  try {
    async function userWaitsForAResponse(): Promise<void> {
      const conn = new client.HTTPConnection("127.0.0.1", srv.port, { timeout: 0.2 });
      await conn.request("GET", "/");
      await conn.getresponse();
    }
    const r = await settlesWith(userWaitsForAResponse());
    expect(r.error).toBeInstanceOf(TimeoutError);
    expect((r.error as Error).stack).toContain("userWaitsForAResponse");
  } finally {
    await srv.close();
  }
});

describe("await using (Symbol.asyncDispose)", () => {
  test("closes the connection and the response at the end of the block", async () => {
    const srv = await server((s) => s.write(HEAD + "0123456789"));
    try {
      let kept: client.HTTPConnection;
      let resp: client.HTTPResponse;
      {
        await using conn = new client.HTTPConnection("127.0.0.1", srv.port);
        kept = conn;
        await conn.request("GET", "/");
        using r = await conn.getresponse();
        resp = r;
        expect((await r.read(4)).toString()).toBe("0123");
      }
      expect(resp.isclosed()).toBe(true);
      expect(kept.sock).toBeNull();
    } finally {
      await srv.close();
    }
  });
});

test("the test certificates exist", () => {
  expect(fs.existsSync(path.join(CERTS, "ca.pem"))).toBe(true);
});
