// http-client-py/node (src/node/): chunks(), toReadable() and toWebStream() carry the
// bytes read() would return, respect backpressure, report the response's own exceptions
// and close the response when they are destroyed or cancelled. Against real node:http and
// node:net servers on 127.0.0.1, and the in-memory FakeSocket of test_httplib.

import { createHash, randomBytes } from "node:crypto";
import * as http from "node:http";
import * as net from "node:net";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import * as client from "../../src/http/client";
import { BodyReader, DEFAULT_CHUNK_SIZE, chunks, toReadable, toWebStream } from "../../src/node";
import { FakeSocket } from "../test_httplib/support";

// ---------------------------------------------------------------------------
// Fixtures

/** Binary bytes with many '\n' (and '\r\n') among them: a line splitter would show. */
function binary(n: number): Buffer {
  const b = randomBytes(n);
  for (let i = 0; i < n; i += 5) b[i] = 0x0a;
  for (let i = 3; i + 1 < n; i += 11) {
    b[i] = 0x0d;
    b[i + 1] = 0x0a;
  }
  return b;
}

const sha256 = (b: Uint8Array): string => createHash("sha256").update(b).digest("hex");

interface Served {
  port: number;
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1, port chosen by the OS. */
async function httpServer(handler: http.RequestListener): Promise<Served> {
  const srv = http.createServer(handler);
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as net.AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

/** A node:net server that answers each connection's first request with `respond`. */
async function rawServer(respond: (sock: net.Socket) => void): Promise<Served> {
  const socks = new Set<net.Socket>();
  const srv = net.createServer((sock) => {
    socks.add(sock);
    sock.on("close", () => socks.delete(sock));
    sock.on("error", () => undefined);
    sock.once("data", () => respond(sock));
  });
  await new Promise<void>((resolve) => srv.listen(0, "127.0.0.1", resolve));
  const { port } = srv.address() as net.AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of socks) s.destroy();
        srv.close(() => resolve());
      }),
  };
}

let servers: Served[] = [];
let conns: client.HTTPConnection[] = [];

afterEach(async () => {
  for (const c of conns) c.close();
  conns = [];
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function get(served: Served, path = "/", method = "GET"): Promise<client.HTTPResponse> {
  if (!servers.includes(served)) servers.push(served);
  const conn = new client.HTTPConnection("127.0.0.1", served.port, { timeout: 10 });
  conns.push(conn);
  await conn.request(method, path);
  return conn.getresponse();
}

/** An HTTPResponse over test_httplib's FakeSocket (makefile() -> io.BytesIO), begun. */
async function fakeResponse(text: Buffer, method: string | null = null): Promise<client.HTTPResponse> {
  const resp = new client.HTTPResponse(new FakeSocket(text), 0, method);
  await resp.begin();
  return resp;
}

/** A BodyReader that counts what read1() handed out and records what it threw. */
function counting(resp: client.HTTPResponse): BodyReader & { got: number; thrown: unknown[]; closes: number } {
  const r = {
    got: 0,
    thrown: [] as unknown[],
    closes: 0,
    async read1(n?: number): Promise<Buffer> {
      try {
        const b = await resp.read1(n);
        r.got += b.length;
        return b;
      } catch (e) {
        r.thrown.push(e);
        throw e;
      }
    },
    close(): void {
      r.closes++;
      resp.close();
    },
    get length() {
      return resp.length;
    },
    isclosed: () => resp.isclosed(),
  };
  return r;
}

async function collectChunks(it: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of it) parts.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  return Buffer.concat(parts);
}

async function readWeb(s: ReturnType<typeof toWebStream>): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const reader = s.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    parts.push(r.value);
  }
  return Buffer.concat(parts);
}

/** A Writable that keeps what it gets; each write waits for `gate` when one is set. */
class Sink extends Writable {
  parts: Buffer[] = [];
  received = 0;
  held: (() => void)[] = [];
  holding = false;
  constructor(highWaterMark = 16 * 1024) {
    super({ highWaterMark });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.parts.push(chunk);
    this.received += chunk.length;
    if (this.holding) this.held.push(() => cb());
    else cb();
  }
  release(): void {
    this.holding = false;
    for (const f of this.held.splice(0)) f();
  }
  get body(): Buffer {
    return Buffer.concat(this.parts);
  }
}

const tick = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Waits until cond() holds (polling; a loaded machine may be slow to get there). */
async function until(cond: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await tick(10);
  }
}

/** Waits until get() has not changed for 200 ms, and returns it. */
async function settled(get: () => number): Promise<number> {
  let v = get();
  let since = Date.now();
  const end = since + 10_000;
  while (Date.now() - since < 200) {
    if (Date.now() > end) throw new Error("never settled");
    await tick(20);
    if (get() !== v) {
      v = get();
      since = Date.now();
    }
  }
  return v;
}

/** What toWebStream/toReadable/chunks deliver, by name, for table-driven tests. */
const carriers: Record<string, (r: BodyReader, size?: number) => Promise<Buffer>> = {
  chunks: (r, size) => collectChunks(chunks(r, size)),
  toReadable: (r, size) => collectChunks(toReadable(r, { size })),
  toWebStream: (r, size) => readWeb(toWebStream(r, { size })),
  "Readable.fromWeb(toWebStream)": (r, size) => collectChunks(Readable.fromWeb(toWebStream(r, { size }))),
  "for await over toWebStream": (r, size) => collectChunks(toWebStream(r, { size })),
};

// ---------------------------------------------------------------------------
// The bytes read() returns

describe("the same bytes as read()", () => {
  const body = binary(70_000);
  const head = (h: string) => Buffer.from(`HTTP/1.1 200 OK\r\n${h}\r\n`, "latin1");
  const chunked = (pieces: number[]): Buffer => {
    const out: Buffer[] = [head("Transfer-Encoding: chunked\r\n")];
    let at = 0;
    for (const n of pieces) {
      out.push(Buffer.from(`${n.toString(16)};ext=1\r\n`, "latin1"), body.subarray(at, at + n), Buffer.from("\r\n"));
      at += n;
    }
    out.push(Buffer.from("0\r\nX-Trailer: t\r\n\r\n"));
    return Buffer.concat(out);
  };
  const responses: Record<string, Buffer> = {
    "Content-Length": Buffer.concat([head(`Content-Length: ${body.length}\r\n`), body, Buffer.from("NEXT RESPONSE")]),
    chunked: chunked([1, 2, 4093, 30_000, 5, 35_899]),
    "close-delimited": Buffer.concat([Buffer.from("HTTP/1.0 200 OK\r\n\r\n"), body]),
    "empty Content-Length": Buffer.concat([head("Content-Length: 0\r\n"), Buffer.from("NEXT")]),
  };
  for (const [kind, text] of Object.entries(responses)) {
    for (const [name, carry] of Object.entries(carriers)) {
      for (const size of [undefined, 1, 1000, 65536]) {
        test(`${kind}, ${name}, size ${size ?? "default"}`, async () => {
          const want = await (await fakeResponse(text)).read();
          const resp = await fakeResponse(text);
          const got = await carry(resp, size);
          expect(got.equals(want)).toBe(true);
          expect(got.length).toBe(kind === "empty Content-Length" ? 0 : body.length);
          expect(resp.isclosed()).toBe(true);
          expect(resp.closed).toBe(true);
        });
      }
    }
  }

  test("each chunk is one read1(size) result, at most size bytes, a fresh Buffer", async () => {
    const resp = await fakeResponse(responses["Content-Length"]!);
    const sizes: number[] = [];
    for await (const c of chunks(resp, 4096)) {
      expect(Buffer.isBuffer(c)).toBe(true);
      sizes.push(c.length);
    }
    expect(sizes.length).toBe(Math.ceil(body.length / 4096));
    expect(Math.max(...sizes)).toBe(4096);
  });

  test("a HEAD response has no body", async () => {
    const text = Buffer.concat([head(`Content-Length: ${body.length}\r\n`), body]);
    for (const carry of Object.values(carriers)) {
      expect((await carry(await fakeResponse(text, "HEAD"))).length).toBe(0);
    }
  });

  test("the default size is 256 KiB and a size must be a positive integer", async () => {
    expect(DEFAULT_CHUNK_SIZE).toBe(256 * 1024);
    const resp = await fakeResponse(responses["Content-Length"]!);
    const asked: (number | undefined)[] = [];
    const spy: BodyReader = { read1: (n) => (asked.push(n), resp.read1(n)), close: () => resp.close() };
    await collectChunks(chunks(spy));
    expect(asked[0]).toBe(DEFAULT_CHUNK_SIZE);
    for (const bad of [0, -1, 1.5, NaN, Infinity]) {
      expect(() => chunks(resp, bad)).toThrow(RangeError);
      expect(() => toReadable(resp, { size: bad })).toThrow(RangeError);
      expect(() => toWebStream(resp, { size: bad })).toThrow(RangeError);
    }
  });

  test("Python's line iteration of a response still yields lines", async () => {
    const resp = await fakeResponse(Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\na\nb\r\nc"));
    const lines: string[] = [];
    for await (const line of resp) lines.push(line.toString("latin1"));
    expect(lines).toEqual(["a\n", "b\r\n", "c"]);
  });
});

// ---------------------------------------------------------------------------
// Real sockets

describe("over a real socket", () => {
  test("Content-Length body: chunks, then the keep-alive connection serves the next request", async () => {
    const body = binary(3_000_000);
    const srv = await httpServer((_req, res) => {
      res.setHeader("Content-Length", body.length);
      res.end(body);
    });
    servers.push(srv);
    const conn = new client.HTTPConnection("127.0.0.1", srv.port, { timeout: 10 });
    conns.push(conn);
    for (const carry of Object.values(carriers)) {
      await conn.request("GET", "/");
      const resp = await conn.getresponse();
      expect(resp.chunked).toBe(false);
      const got = await carry(resp);
      expect(got.equals(body)).toBe(true);
      expect(resp.isclosed()).toBe(true);
    }
  });

  test("chunked body (node:http writes in pieces)", async () => {
    const body = binary(1_500_000);
    const srv = await httpServer((_req, res) => {
      let at = 0;
      const more = () => {
        while (at < body.length) {
          const n = Math.min(100_000 + (at % 7), body.length - at);
          const ok = res.write(body.subarray(at, at + n));
          at += n;
          if (!ok) return void res.once("drain", more);
        }
        res.end();
      };
      more();
    });
    for (const carry of Object.values(carriers)) {
      const resp = await get(srv);
      expect(resp.chunked).toBe(true);
      expect((await carry(resp)).equals(body)).toBe(true);
    }
  });

  test("close-delimited body (HTTP/1.0, no length)", async () => {
    const body = binary(2_000_000);
    const srv = await rawServer((sock) => {
      sock.write("HTTP/1.0 200 OK\r\nContent-Type: application/octet-stream\r\n\r\n");
      sock.end(body);
    });
    for (const carry of Object.values(carriers)) {
      const resp = await get(srv);
      expect(resp.length).toBe(null);
      expect(resp.will_close).toBe(true);
      expect((await carry(resp)).equals(body)).toBe(true);
    }
  });

  test("pipeline(toReadable(resp), writable) carries a binary body intact", async () => {
    const body = binary(5_000_000);
    const srv = await httpServer((_req, res) => {
      res.setHeader("Content-Length", body.length);
      res.end(body);
    });
    const resp = await get(srv);
    const sink = new Sink();
    await pipeline(toReadable(resp), sink);
    expect(sink.received).toBe(body.length);
    expect(sink.body.equals(body)).toBe(true);
    expect(resp.isclosed()).toBe(true);
  });

  test("a 50 MB binary body arrives intact through chunks, toReadable and toWebStream (sha256)", async () => {
    const body = binary(50_000_000);
    const want = sha256(body);
    const srv = await httpServer((_req, res) => {
      res.setHeader("Content-Length", body.length);
      res.end(body);
    });
    servers.push(srv);
    const conn = new client.HTTPConnection("127.0.0.1", srv.port, { timeout: 30 });
    conns.push(conn);
    const hashOf = async (it: AsyncIterable<Uint8Array>): Promise<[string, number]> => {
      const h = createHash("sha256");
      let n = 0;
      for await (const c of it) {
        h.update(c);
        n += c.length;
      }
      return [h.digest("hex"), n];
    };
    const ways: Record<string, (r: client.HTTPResponse) => AsyncIterable<Uint8Array>> = {
      chunks: (r) => chunks(r),
      toReadable: (r) => toReadable(r),
      toWebStream: (r) => toWebStream(r),
    };
    for (const [name, way] of Object.entries(ways)) {
      await conn.request("GET", "/");
      const resp = await conn.getresponse();
      expect([name, ...(await hashOf(way(resp)))]).toEqual([name, want, body.length]);
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------
// Backpressure

describe("backpressure", () => {
  const SIZE = 16_000_000;

  async function bigResponse(): Promise<client.HTTPResponse> {
    const body = Buffer.alloc(SIZE, 7);
    const srv = await httpServer((_req, res) => {
      res.setHeader("Content-Length", body.length);
      res.end(body);
    });
    return get(srv);
  }

  test("toReadable reads only what a paused consumer's buffers take", async () => {
    const resp = await bigResponse();
    const src = counting(resp);
    const sink = new Sink(16 * 1024);
    sink.holding = true; // the consumer pauses: its first write never completes until released
    const done = pipeline(toReadable(src, { size: 65536, highWaterMark: 65536 }), sink);
    await until(() => sink.received > 0);
    const whilePaused = await settled(() => src.got);
    await tick(200);
    // Nothing more is read while the consumer stays paused ...
    expect(src.got).toBe(whilePaused);
    // ... and what was read is bounded: the one chunk the paused write holds (the Writable
    // is then above its highWaterMark), less than the Readable's highWaterMark buffered,
    // and the one read1() result that took it past it.
    expect(whilePaused).toBeGreaterThan(0);
    expect(whilePaused).toBeLessThan(65536 + 65536 + 65536);
    expect(sink.received).toBeLessThanOrEqual(65536);
    sink.release();
    await done;
    expect(src.got).toBe(SIZE);
    expect(sink.received).toBe(SIZE);
  });

  test("a paused Readable (no reader at all) reads at most about one highWaterMark ahead", async () => {
    const resp = await bigResponse();
    const src = counting(resp);
    const r = toReadable(src, { size: 65536 });
    r.pause();
    r.read(0); // start it, as a consumer attaching would
    await until(() => src.got > 0);
    await settled(() => src.got);
    expect(src.got).toBeLessThanOrEqual(r.readableHighWaterMark + 65536);
    expect(r.readableLength).toBe(src.got);
    r.destroy();
  });

  test("toWebStream keeps one chunk queued ahead of its reader", async () => {
    const resp = await bigResponse();
    const src = counting(resp);
    const reader = toWebStream(src, { size: 65536 }).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    // The chunk taken is replaced in the queue by one more read1(), and no more is read.
    await until(() => src.got > first.value!.length);
    await settled(() => src.got);
    expect(src.got).toBeLessThanOrEqual(2 * 65536);
    await reader.cancel();
    expect(resp.isclosed()).toBe(true);
  });

  test("chunks reads nothing between the consumer's steps", async () => {
    const resp = await bigResponse();
    const src = counting(resp);
    const it = chunks(src, 65536)[Symbol.asyncIterator]();
    const a = await it.next();
    await tick(200);
    expect(src.got).toBe(a.value!.length);
    await it.return();
    expect(src.closes).toBe(1);
  });
});

// ---------------------------------------------------------------------------
// Errors

describe("errors", () => {
  /** A chunked response cut off in the middle of a chunk: read1() raises IncompleteRead. */
  async function cutChunked(): Promise<Served> {
    return rawServer((sock) => {
      sock.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
      sock.write("10000\r\n" + "x".repeat(1000));
      setTimeout(() => sock.end(), 20);
    });
  }

  test("toReadable: the response's IncompleteRead is the stream's error, the same object", async () => {
    const resp = await get(await cutChunked());
    const src = counting(resp);
    const stream = toReadable(src);
    const got: Buffer[] = [];
    stream.on("data", (c: Buffer) => got.push(c));
    const err = await new Promise<unknown>((resolve) => stream.on("error", resolve));
    expect(src.thrown).toHaveLength(1);
    expect(err).toBe(src.thrown[0]);
    expect(err).toBeInstanceOf(client.IncompleteRead);
    expect(Buffer.concat(got).toString()).toBe("x".repeat(1000));
    expect(resp.isclosed()).toBe(true);
    expect(stream.destroyed).toBe(true);
  });

  test("pipeline() rejects with the same exception", async () => {
    const resp = await get(await cutChunked());
    const src = counting(resp);
    const err = await pipeline(toReadable(src), new Sink()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(client.IncompleteRead);
    expect(err).toBe(src.thrown[0]);
  });

  test("toWebStream and chunks: the same exception object", async () => {
    const resp = await get(await cutChunked());
    const src = counting(resp);
    const err = await readWeb(toWebStream(src)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(client.IncompleteRead);
    expect(err).toBe(src.thrown[0]);
    expect(resp.isclosed()).toBe(true);

    const resp2 = await get(await cutChunked());
    const src2 = counting(resp2);
    const err2 = await collectChunks(chunks(src2)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err2).toBe(src2.thrown[0]);
    expect(err2).toBeInstanceOf(client.IncompleteRead);
    expect(src2.closes).toBe(1);
  });

  test("a Content-Length body cut short raises IncompleteRead, as read() does (read1() alone returns b'')", async () => {
    const srv = await rawServer((sock) => {
      sock.write("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n");
      sock.end("y".repeat(1200));
    });
    // What read() raises on the same response: IncompleteRead(1200 bytes read, 3800 more expected).
    const viaRead = await (await get(srv)).read().then(
      () => null,
      (e: unknown) => e,
    );
    expect(viaRead).toBeInstanceOf(client.IncompleteRead);
    expect((viaRead as Error).message).toBe("IncompleteRead(1200 bytes read, 3800 more expected)");
    for (const [name, carry] of Object.entries(carriers)) {
      const resp = await get(srv);
      const err = await carry(resp).then(
        () => null,
        (e: unknown) => e,
      );
      expect([name, err]).toEqual([name, expect.any(client.IncompleteRead)]);
      expect((err as Error).message).toBe("IncompleteRead(0 bytes read, 3800 more expected)");
      expect(resp.isclosed()).toBe(true);
    }
  });

  test("a response closed before reading ends at once, with no error", async () => {
    const resp = await fakeResponse(Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789"));
    resp.close();
    for (const carry of Object.values(carriers)) expect((await carry(resp)).length).toBe(0);
  });

  test("a timeout is the stream's error (socket.timeout / TimeoutError)", async () => {
    const srv = await rawServer((sock) => {
      sock.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc");
    });
    servers.push(srv);
    const conn = new client.HTTPConnection("127.0.0.1", srv.port, { timeout: 0.2 });
    conns.push(conn);
    await conn.request("GET", "/");
    const resp = await conn.getresponse();
    const src = counting(resp);
    const err = await collectChunks(toReadable(src)).then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).name).toBe("TimeoutError");
    expect(err).toBe(src.thrown[0]);
  });
});

// ---------------------------------------------------------------------------
// Destroy and cancel close the response

describe("destroy and cancel", () => {
  /** A server that sends a head and some body, then stalls (the socket stays open). */
  async function stalling(): Promise<Served> {
    return rawServer((sock) => {
      sock.write("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n" + "z".repeat(5000));
    });
  }

  test("destroy() after a chunk closes the response", async () => {
    const resp = await get(await stalling());
    const src = counting(resp);
    const stream = toReadable(src);
    const [first] = (await new Promise<Buffer[]>((resolve) => stream.once("data", (c: Buffer) => resolve([c])))) as [Buffer];
    expect(first.length).toBe(5000);
    stream.destroy();
    await new Promise((r) => stream.once("close", r));
    expect(src.closes).toBe(1);
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(true);
  });

  test("destroy() during a pending read closes the response at once; the read's end is ignored", async () => {
    const resp = await get(await stalling());
    const src = counting(resp);
    const stream = toReadable(src);
    stream.resume();
    await until(() => src.got === 5000); // the next read1() waits on the silent server
    await tick(50);
    const errors: unknown[] = [];
    stream.on("error", (e) => errors.push(e));
    const boom = new Error("consumer gone");
    stream.destroy(boom);
    await new Promise((r) => stream.once("close", r));
    expect(errors).toEqual([boom]);
    expect(resp.isclosed()).toBe(true);
    await tick(50);
    expect(errors).toEqual([boom]);
  });

  test("an aborted signal destroys the stream with an AbortError and closes the response", async () => {
    const resp = await get(await stalling());
    const ac = new AbortController();
    const stream = toReadable(resp, { signal: ac.signal });
    stream.resume();
    await tick(50);
    ac.abort();
    const err = await new Promise<Error>((resolve) => stream.once("error", resolve));
    expect(err.name).toBe("AbortError");
    expect(resp.isclosed()).toBe(true);
  });

  test("leaving a for await early closes the response (toReadable and chunks)", async () => {
    const body = binary(4_000_000);
    const srv = await httpServer((_req, res) => {
      res.setHeader("Content-Length", body.length);
      res.end(body);
    });
    for (const make of [(r: BodyReader) => toReadable(r), (r: BodyReader) => chunks(r, 4096)]) {
      const resp = await get(srv);
      const src = counting(resp);
      let n = 0;
      for await (const c of make(src)) {
        n += (c as Buffer).length;
        if (n > 10_000) break;
      }
      expect(src.closes).toBeGreaterThanOrEqual(1);
      expect(resp.isclosed()).toBe(true);
      expect(src.got).toBeLessThan(body.length);
    }
  });

  test("toWebStream: cancel() closes the response, also during a pending read", async () => {
    const resp = await get(await stalling());
    const src = counting(resp);
    const reader = toWebStream(src).getReader();
    const first = await reader.read();
    expect(first.value!.length).toBe(5000);
    const pending = reader.read(); // waits on the silent server
    await tick(50);
    await reader.cancel(new Error("no more"));
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(src.closes).toBe(1);
    expect(resp.isclosed()).toBe(true);
  });

  test("Readable.fromWeb(toWebStream(resp)).destroy() cancels and closes the response", async () => {
    const resp = await get(await stalling());
    const src = counting(resp);
    const stream = Readable.fromWeb(toWebStream(src));
    await new Promise((r) => stream.once("data", r));
    stream.destroy();
    await new Promise((r) => stream.once("close", r));
    await tick(20);
    expect(src.closes).toBe(1);
    expect(resp.isclosed()).toBe(true);
  });
});
