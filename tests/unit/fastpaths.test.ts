// The fast paths (src/http/_fastpath.ts) must give exactly what the general code gives: the
// plain header block parser against the feed parser, the in-buffer header scan against
// readline(), buffered chunk framing and the chunked body against Python's loop; and they
// must stay out of the way of any override (io.receiveBuffer(), the one door).

import * as net from "node:net";
import fc from "fast-check";
import { FeedParser } from "../../src/email/feedparser";
import { Parser } from "../../src/email/parser";
import { Message } from "../../src/email/message";
import { BytesIO, BufferedReader, receiveBuffer } from "../../src/io";
import * as client from "../../src/http/client";
import * as _fastpath from "../../src/http/_fastpath";
import { TypeError, ValueError, int, repr, stdout, type PyInt } from "../../src/builtins";
import { create_connection } from "../../src/socket";
import { TextIOBase } from "../../src/io";
import type { Body } from "../../src/http/_client_types";

// Pieces that hit every rule of the header grammar.
const piece = fc.constantFrom(
  "Name", "X-Y", "Content-Type", "content-type", ":", ": ", " ", "\t", "value", "a:b", "\r\n", "\n", "\r",
  "From ", "From:", "\x85", "\xa0", "\x1f", "\x7f", "é", "multipart/mixed", "message/rfc822", "text/plain; charset=x",
  "", "  ", ";", "=", "\"q\"",
);
const headerText = fc.array(fc.array(piece, { maxLength: 6 }).map((p) => p.join("")), { maxLength: 8 }).map((lines) => lines.join(""));
// Mostly well-formed blocks, so the fast path is taken often.
const line = fc.tuple(fc.constantFrom("Host", "X-A", "Content-Type", "Content-Length", "Set-Cookie"), fc.constantFrom("", " ", "\t", "  "), fc.constantFrom("v", "a b", "x:y", "text/html", "é\xa0", "multipart/x", ""), fc.constantFrom("\r\n", "\n"))
  .map(([n, sp, v, eol]) => `${n}:${sp}${v}${eol}`);
const wellFormed = fc.tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom("\r\n", "\n")).map(([ls, end]) => ls.join("") + end);

function summary(m: Message): unknown {
  return {
    headers: m._headers.map(([k, v]) => [k, v]),
    defects: m.defects.map((d) => d.constructor.name),
    payload: repr(m.get_payload()),
    unixfrom: m.get_unixfrom(),
    multipart: m.is_multipart(),
  };
}

function viaFeedParser(text: string): Message {
  const p = new FeedParser(null);
  if (text) p.feed(text);
  return p.close();
}

test("Parser.parsestr equals the feed parser on any header text", () => {
  fc.assert(
    fc.property(fc.oneof(headerText, wellFormed), (text) => {
      expect(summary(new Parser().parsestr(text))).toEqual(summary(viaFeedParser(text)));
    }),
    { numRuns: 3000 },
  );
});

/** A BytesIO whose readline is its own: the header scan cannot take the fast path. */
class PlainBytesIO extends BytesIO {
  override readline(size: number | null = -1): Buffer {
    return super.readline(size);
  }
}

/** A raw stream handing out at most `step` bytes per read. */
function rawOf(data: Buffer, step: number) {
  let pos = 0;
  return {
    closed: false,
    readinto(b: Uint8Array): number {
      const n = Math.min(step, b.length, data.length - pos);
      b.set(data.subarray(pos, pos + n));
      pos += n;
      return n;
    },
    close() {},
  };
}

// Besides: header counts around _MAXHEADERS, and blocks reaching past the first 4 KiB.
const headerBytes = fc
  .oneof(
    headerText,
    wellFormed,
    fc.integer({ min: 97, max: 102 }).map((n) => "A: b\r\n".repeat(n) + "\r\n"),
    fc.constant("A: b\r\n".repeat(120) + "\r\n"),
    fc.tuple(fc.integer({ min: 4070, max: 4100 }), wellFormed).map(([n, rest]) => `X-Long: ${"v".repeat(n)}\r\n${rest}`),
  )
  .map((t) => Buffer.from(t + "BODY", "latin1"));

async function outcome(fp: any, fn: (fp: any) => Promise<unknown>): Promise<unknown> {
  let result: unknown;
  try {
    result = await fn(fp);
  } catch (e) {
    result = { raises: (e as Error).name, message: (e as Error).message };
  }
  return { result, rest: await fp.read() };
}

test("the in-buffer header scan reads what readline() reads", async () => {
  await fc.assert(
    fc.asyncProperty(headerBytes, fc.integer({ min: 1, max: 64 }), async (data, step) => {
      const read = (fp: any) => client._read_headers(fp);
      expect(await outcome(new BytesIO(data), read)).toEqual(await outcome(new PlainBytesIO(data), read));
      const buffered = await outcome(new BufferedReader(rawOf(data, step), 16), read);
      expect(buffered).toEqual(await outcome(new PlainBytesIO(data), read));
      const parse = async (fp: any) => summary(await client.parse_headers(fp));
      const general = await outcome(new PlainBytesIO(data), parse);
      expect(await outcome(new BufferedReader(rawOf(data, step), 32), parse)).toEqual(general);
      expect(await outcome(new BufferedReader(rawOf(data, data.length), 8192), parse)).toEqual(general);
      expect(await outcome(new BytesIO(data), parse)).toEqual(general);
    }),
    { numRuns: 1500 },
  );
});

test("parse_headers() of a buffered block calls an overridden Parser.parsestr, and a _class of the caller's as CPython does", async () => {
  const block = "Content-Type: text/html\r\nX-A: 1\r\n\r\nBODY";
  const seen: string[] = [];
  const stock = Parser.prototype.parsestr;
  Parser.prototype.parsestr = function (this: Parser, text: string, ...rest: unknown[]) {
    seen.push(text);
    return (stock as (...a: unknown[]) => Message).call(this, text, ...rest);
  } as typeof stock;
  try {
    const msg = await client.parse_headers(new BytesIO(Buffer.from(block, "latin1")));
    expect(msg.get("x-a")).toBe("1");
  } finally {
    Parser.prototype.parsestr = stock;
  }
  expect(seen).toEqual(["Content-Type: text/html\r\nX-A: 1\r\n\r\n"]);

  let made = 0;
  class Counted extends client.HTTPMessage {
    constructor(...args: ConstructorParameters<typeof client.HTTPMessage>) {
      super(...args);
      made++;
    }
  }
  for (const ctype of ["text/html", "multipart/mixed; boundary=x"]) {
    made = 0;
    const fp = new BytesIO(Buffer.from(`Content-Type: ${ctype}\r\n\r\nBODY`, "latin1"));
    const msg = await client.parse_headers(fp, Counted);
    expect(msg).toBeInstanceOf(Counted);
    expect(msg.get_content_type()).toBe(ctype.split(";")[0]);
    expect(await fp.read()).toEqual(Buffer.from("BODY"));
    expect(made).toBe(2); // (FeedParser tries the factory once with the policy, then makes the message)
  }
});

test("FeedParser calls a factory that rejects the policy without it, as CPython's old-style factories", () => {
  const calls: number[] = [];
  function old(...args: unknown[]): Message {
    calls.push(args.length);
    if (args.length) throw new TypeError("old() got an unexpected keyword argument 'policy'");
    return new Message();
  }
  const p = new FeedParser(old as never);
  p.feed("A: b\r\n\r\nbody");
  const m = p.close();
  expect([calls, p._old_style_factory, m.get("a"), m.get_payload()]).toEqual([[1, 0], true, "b", "body"]);
  // Any other error is the caller's.
  expect(() => new FeedParser((() => { throw new ValueError("no"); }) as never)).toThrow(ValueError);
});

/** A reader whose own methods are overridden: http.client must take its plain paths. */
class PlainReader extends BufferedReader {
  override readline(size: number | null = -1): Promise<Buffer> {
    return super.readline(size);
  }
  override read(size: number | null = -1): Promise<Buffer> {
    return super.read(size) as Promise<Buffer>;
  }
}

const chunkedResponse = fc
  .tuple(
    fc.array(fc.tuple(fc.integer({ min: -3, max: 40 }), fc.constantFrom("", ";ext=1", " ", "\t;x")), { maxLength: 6 }),
    fc.constantFrom("0\r\n\r\n", "0\r\nX-T: 1\r\n\r\n", "0\r\n", "", "zz\r\n", "5\r\nab"),
    fc.constantFrom("\r\n", "XY", ""),
  )
  .map(([chunks, end, sep]) => {
    let body = "";
    for (const [n, ext] of chunks) body += n.toString(16) + ext + "\r\n" + "x".repeat(Math.max(n, 0)) + sep;
    return Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body + end, "latin1");
  });

test("buffered chunk framing reads what readline() and read() read", async () => {
  await fc.assert(
    fc.asyncProperty(chunkedResponse, fc.integer({ min: 1, max: 64 }), fc.array(fc.integer({ min: -1, max: 50 }), { maxLength: 5 }), async (data, step, amts) => {
      const run = async (Reader: typeof BufferedReader) => {
        const sock = { makefile: () => new Reader(rawOf(data, step), 64), sendall() {}, close() {} };
        const resp = new client.HTTPResponse(sock as any);
        const out: unknown[] = [];
        try {
          await resp.begin();
          for (const a of amts) out.push((await resp.read(a)).toString("latin1"));
          out.push((await resp.read()).toString("latin1"));
        } catch (e) {
          out.push({ raises: (e as Error).name, message: (e as Error).message });
        }
        out.push(resp.chunk_left, resp.isclosed());
        return out;
      };
      expect(await run(BufferedReader)).toEqual(await run(PlainReader));
    }),
    { numRuns: 1500 },
  );
});

test("the plain chunk-size line shortcut gives what int(line, 16) gives", async () => {
  const hexLine = fc
    .tuple(fc.array(fc.constantFrom(..."0123456789abcdefABCDEF_x +-g"), { minLength: 0, maxLength: 14 }), fc.constantFrom("\r\n", "\n", "\r", "", " \r\n"))
    .map(([cs, end]) => Buffer.from(cs.join("") + end, "latin1"));
  await fc.assert(
    fc.asyncProperty(hexLine, async (line) => {
      const resp = new client.HTTPResponse({ makefile: () => new BytesIO(line), sendall() {}, close() {} } as any);
      let expected: unknown;
      try {
        expected = int(line, 16);
      } catch (e) {
        expected = { raises: (e as Error).name, message: (e as Error).message };
      }
      let got: unknown;
      try {
        got = await resp._read_next_chunk_size();
      } catch (e) {
        got = { raises: (e as Error).name, message: (e as Error).message };
      }
      expect(got).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

/** A reader with all of its read methods overridden: http.client takes only its plain paths. */
class GeneralReader extends PlainReader {
  override readinto(b: Uint8Array): Promise<number> {
    return super.readinto(b) as Promise<number>;
  }
}

/** A chunked response of chunks of these sizes (each of one letter), cut to that fraction. */
function chunkedBytes(sizes: number[], cut: number | null): Buffer {
  const parts = [Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", "latin1")];
  sizes.forEach((n, k) => parts.push(Buffer.from(n.toString(16) + "\r\n", "latin1"), Buffer.alloc(n, 97 + (k % 26)), Buffer.from("\r\n")));
  parts.push(Buffer.from("0\r\n\r\n"));
  const data = Buffer.concat(parts);
  return cut === null ? data : data.subarray(0, Math.floor(cut * data.length));
}

/** What reading a chunked response from sock gives: read(amt) if amt, then read(); the state after. */
async function readChunked(sock: any, amt: number | null): Promise<unknown[]> {
  const resp = new client.HTTPResponse(sock);
  const out: unknown[] = [];
  try {
    await resp.begin();
    if (amt !== null) out.push(await resp.read(amt));
    out.push(await resp.read());
  } catch (e) {
    out.push({ raises: (e as Error).name, message: (e as Error).message, partial: (e as { partial?: Buffer }).partial });
  }
  out.push(resp.chunk_left, resp.isclosed());
  resp.close(); // (an IncompleteRead leaves the response open, holding its socket)
  return out;
}

/** fn() with _read_chunked taking a ChunkedBody after `after` bytes. */
async function withBodyAfter<T>(after: number, fn: () => Promise<T>): Promise<T> {
  _fastpath._chunkedTuning.bodyAfter = after;
  try {
    return await fn();
  } finally {
    _fastpath._chunkedTuning.bodyAfter = 1 << 20;
  }
}

function expectSameOutcome(direct: unknown[], plain: unknown[]): void {
  expect(direct.length).toBe(plain.length);
  direct.forEach((v, i) => expect(Buffer.isBuffer(v) ? Buffer.compare(v, plain[i] as Buffer) : v).toEqual(Buffer.isBuffer(v) ? 0 : plain[i]));
}

/** A socket-like object whose makefile() gives reader over the bytes of data. */
const fakeSocket = (Reader: typeof BufferedReader, data: Buffer) => ({ makefile: () => new Reader(rawOf(data, 700), 1024), sendall() {}, close() {} });

test("chunked bodies gathered in one ChunkedBody read what the plain loop reads", async () => {
  // Bodies past bodyAfter bytes switch _read_chunked to its ChunkedBody; cut short or not.
  const big = fc.tuple(
    fc.array(fc.integer({ min: 1, max: 2500 }), { minLength: 1, maxLength: 12 }),
    fc.option(fc.double({ min: 0.3, max: 1, noNaN: true })),
    fc.constantFrom(null, 10, 3000, 9000),
    fc.integer({ min: 0, max: 6000 }),
  );
  await fc.assert(
    fc.asyncProperty(big, async ([sizes, cut, amt, after]) => {
      const data = chunkedBytes(sizes, cut);
      const direct = await withBodyAfter(after, () => readChunked(fakeSocket(BufferedReader, data), amt));
      expectSameOutcome(direct, await readChunked(fakeSocket(GeneralReader, data), amt));
    }),
    { numRuns: 500 },
  );
});

test("putheader's one-str-value shortcut outputs and raises what the bytes path does", () => {
  const text = fc.array(fc.constantFrom(..."aZ-_:; \t\r\n\x0b\x0c\x00\x7f\x80é\xff\u0100€"), { maxLength: 8 }).map((cs) => cs.join(""));
  const isAscii = (s: string) => [...s].every((c) => c.charCodeAt(0) <= 0x7f);
  const outcome = (header: string | Buffer, value: string | Buffer): unknown => {
    const conn = new client.HTTPConnection("example.com");
    conn.putrequest("GET", "/");
    const before = conn._buffer.length;
    try {
      conn.putheader(header, value);
      return conn._buffer.slice(before).map((b: Uint8Array) => Buffer.from(b).toString("latin1"));
    } catch (e) {
      return { raises: (e as Error).name, message: (e as Error).message };
    }
  };
  fc.assert(
    fc.property(text, text, (name, value) => {
      // A bytes name always takes the full path; a non-ASCII str name fails to encode.
      const got = outcome(name, value);
      if (isAscii(name)) expect(got).toEqual(outcome(Buffer.from(name, "latin1"), value));
      else expect((got as { raises?: string }).raises).toBe("UnicodeEncodeError");
    }),
    { numRuns: 3000 },
  );
});

test("putrequest's Host and Accept-Encoding lines (made once per connection) are what putheader() outputs, and an override sees the calls", () => {
  const calls: unknown[][] = [];
  class Watched extends client.HTTPConnection {
    override putheader(header: string | Uint8Array, ...values: client.HeaderValue[]): void {
      calls.push([header, ...values]);
      super.putheader(header, ...values);
    }
  }
  const lines = (conn: client.HTTPConnection): string[] => conn._buffer.map((b: Uint8Array) => Buffer.from(b).toString("latin1"));
  const hostArb = fc.constantFrom("example.com", "a", "127.0.0.1", "::1", "[::1]", "fe80::1%eth0", "bücher.example", "x.y:z", "h-1.test");
  const portArb = fc.constantFrom(80, 8080, 1, 65535);
  const steps = fc.array(fc.tuple(hostArb, portArb, fc.constantFrom(80, 8080), fc.boolean()), { minLength: 1, maxLength: 4 });
  fc.assert(
    fc.property(hostArb, portArb, steps, (host0, port0, changes) => {
      // One connection of each kind, changed alike between requests (the fast one's cache must follow).
      const fast = new client.HTTPConnection(host0, port0);
      const slow = new Watched(host0, port0);
      for (const [host, port, defaultPort, tunnel] of changes) {
        for (const c of [fast, slow]) {
          c.host = host;
          c.port = port;
          c.default_port = defaultPort;
          c._tunnel_host = tunnel ? "tunnel.example" : null;
          c._tunnel_port = tunnel ? 8443 : null;
          c._HTTPConnection__state = "Idle";
          c._buffer.length = 0;
        }
        calls.length = 0;
        fast.putrequest("GET", "/");
        slow.putrequest("GET", "/");
        expect(lines(fast)).toEqual(lines(slow));
        expect(calls.map((c) => c[0])).toEqual(["Host", "Accept-Encoding"]);
        expect(calls[1]).toEqual(["Accept-Encoding", "identity"]);
      }
    }),
    { numRuns: 500 },
  );
});

/**
 * Serves data to one connection in writes of the sizes given (in turn; every 4th of
 * `fourth` bytes, which bounds their count), some after a pause; resolves with the port
 * and a stop function.
 */
async function serveInPieces(data: Buffer, writes: number[], fourth = 65_536): Promise<{ port: number; stop: () => Promise<void> }> {
  const server = net.createServer(async (c) => {
    c.on("error", () => {});
    let pos = 0;
    for (let i = 0; pos < data.length; i++) {
      const n = i % 4 === 3 ? fourth : writes[i % writes.length]!;
      c.write(data.subarray(pos, pos + n));
      pos += n;
      if (i % 2 === 1 && i < 40) await new Promise((r) => setTimeout(r, 1));
    }
    c.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { port: (server.address() as net.AddressInfo).port, stop: () => new Promise((r) => server.close(() => r())) };
}

test("chunked bodies read over a real socket read what the plain loop reads", async () => {
  // Server writes of assorted sizes, some after a pause, so framing lines and chunks
  // straddle the reader's buffer and later reads; bodies past bodyAfter use ChunkedBody.
  const plan = fc.tuple(
    fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 10 }),
    fc.option(fc.double({ min: 0.3, max: 1, noNaN: true })),
    fc.constantFrom(null, 10, 30_000),
    fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 6 }),
    fc.integer({ min: 0, max: 100_000 }),
  );
  await fc.assert(
    fc.asyncProperty(plan, async ([sizes, cut, amt, writes, after]) => {
      const data = chunkedBytes(sizes, cut);
      const { port, stop } = await serveInPieces(data, writes, 32_768);
      let direct: unknown[];
      try {
        direct = await withBodyAfter(after, async () => {
          const sock = await create_connection(["127.0.0.1", port]);
          const out = await readChunked(sock, amt);
          sock.close();
          return out;
        });
      } finally {
        await stop();
      }
      expectSameOutcome(direct, await readChunked(fakeSocket(GeneralReader, data), amt));
    }),
    { numRuns: 40 },
  );
});

/** A response of `size` body bytes (a letter each, by position) framed by Content-Length or by the close, cut to that fraction. */
function plainBytes(size: number, framing: "length" | "close", cut: number | null): Buffer {
  const head = framing === "length" ? `HTTP/1.1 200 OK\r\nContent-Length: ${size}\r\n\r\n` : "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n";
  const body = Buffer.alloc(size);
  for (let i = 0; i < size; i++) body[i] = 97 + ((i * 7) % 26);
  const data = Buffer.concat([Buffer.from(head, "latin1"), body]);
  return cut === null ? data : data.subarray(0, Math.floor(cut * data.length));
}

/** A read step: read(n) (null: read()) or readinto() of a fresh buffer of n bytes. */
type ReadStep = { read: number | null } | { readinto: number };

/** What reading a response from sock step by step gives: each result, the state after. */
async function readSteps(sock: any, steps: ReadStep[]): Promise<unknown[]> {
  const resp = new client.HTTPResponse(sock);
  const out: unknown[] = [];
  try {
    await resp.begin();
    for (const s of steps) {
      if ("read" in s) out.push(await resp.read(s.read));
      else {
        const b = Buffer.alloc(s.readinto, 0x2e);
        const n = await resp.readinto(b);
        out.push(n, b);
      }
      out.push(resp.length, resp.isclosed());
    }
  } catch (e) {
    out.push({ raises: (e as Error).name, message: (e as Error).message, partial: (e as { partial?: Buffer }).partial });
  }
  resp.close();
  return out;
}

test("read(amt) and readinto() straight from the socket's queue read what the plain reader reads", async () => {
  // Bodies framed by Content-Length or by the close, cut short or not; reads of every size
  // class (within the reader's buffered bytes, past them, past the body, 0).
  const amount = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 51, max: 70_000 }), fc.constant(300_000));
  const step: fc.Arbitrary<ReadStep> = fc.oneof(
    amount.map((n) => ({ read: n })),
    amount.map((n) => ({ readinto: n })),
    fc.constant({ read: null }),
  );
  const plan = fc.tuple(
    fc.integer({ min: 0, max: 250_000 }),
    fc.constantFrom<"length" | "close">("length", "close"),
    fc.option(fc.double({ min: 0.3, max: 1, noNaN: true })),
    fc.array(step, { minLength: 1, maxLength: 8 }),
    fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 6 }),
  );
  await fc.assert(
    fc.asyncProperty(plan, async ([size, framing, cut, steps, writes]) => {
      const data = plainBytes(size, framing, cut);
      const { port, stop } = await serveInPieces(data, writes);
      let direct: unknown[];
      try {
        const sock = await create_connection(["127.0.0.1", port]);
        direct = await readSteps(sock, steps);
        sock.close();
      } finally {
        await stop();
      }
      expectSameOutcome(direct, await readSteps(fakeSocket(GeneralReader, data), steps));
    }),
    { numRuns: 60 },
  );
});

// ---------------------------------------------------------------------------
// The one door: no fast path on a reader or response whose methods are overridden

const READER_METHODS = ["read", "read1", "readinto", "readline", "peek", "close", "flush", "fileno"] as const;

test("io.receiveBuffer() exists only for a reader whose every method http.client calls is stock", () => {
  const raw = () => rawOf(Buffer.from("HTTP/1.1 200 OK\r\n\r\n"), 100);
  expect(receiveBuffer(new BufferedReader(raw()))).not.toBeNull();
  expect(receiveBuffer(new BytesIO(Buffer.from("x")))).not.toBeNull();
  class Plain extends BufferedReader {}
  expect(receiveBuffer(new Plain(raw()))).not.toBeNull(); // a subclass that overrides nothing
  expect(receiveBuffer({ readline: () => Buffer.alloc(0) })).toBeNull();
  expect(receiveBuffer(null)).toBeNull();
  for (const m of READER_METHODS) {
    // a subclass overriding m, and an instance whose m is patched
    const Sub = class extends BufferedReader {};
    Object.defineProperty(Sub.prototype, m, { value: function (this: BufferedReader, ...args: unknown[]) { return (BufferedReader.prototype as any)[m].apply(this, args); } });
    expect([m, receiveBuffer(new Sub(raw()))]).toEqual([m, null]);
    const patched = new BufferedReader(raw());
    (patched as any)[m] = (...args: unknown[]) => (BufferedReader.prototype as any)[m].apply(patched, args);
    expect([m, receiveBuffer(patched)]).toEqual([m, null]);
    const bytes = new BytesIO(Buffer.from("x"));
    (bytes as any)[m] = () => null;
    expect([m, receiveBuffer(bytes)]).toEqual([m, null]);
  }
});

/** A response over data whose reader records the calls of its method `m` (an override, as a Python subclass). */
function recordingResponse(data: Buffer, m: "read" | "readinto" | "readline", calls: unknown[][]): client.HTTPResponse {
  class Recording extends BufferedReader {}
  Object.defineProperty(Recording.prototype, m, {
    value(this: BufferedReader, ...args: unknown[]) {
      calls.push(args);
      return (BufferedReader.prototype as any)[m].apply(this, args);
    },
  });
  return new client.HTTPResponse({ makefile: () => new Recording(rawOf(data, 1 << 16), 131072) });
}

test("a 2 MiB Content-Length body calls an overridden read() as CPython does: read(1 MiB), read(1 MiB)", async () => {
  const n = 2 << 20;
  const data = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${n}\r\n\r\n`), Buffer.alloc(n, 0x61)]);
  const calls: unknown[][] = [];
  const resp = recordingResponse(data, "read", calls);
  await resp.begin();
  expect((await resp.read()).length).toBe(n);
  expect(calls).toEqual([[1 << 20], [1 << 20]]);
});

test("40 chunks of 64 KiB call an overridden read() 80 times, as CPython does (each chunk, then its CRLF)", async () => {
  const chunk = Buffer.alloc(65536, 0x62);
  const parts = [Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")];
  for (let i = 0; i < 40; i++) parts.push(Buffer.from("10000\r\n"), chunk, Buffer.from("\r\n"));
  parts.push(Buffer.from("0\r\n\r\n"));
  const calls: unknown[][] = [];
  const resp = recordingResponse(Buffer.concat(parts), "read", calls);
  await resp.begin();
  expect((await resp.read()).length).toBe(40 * 65536);
  expect(calls.length).toBe(80);
  expect(calls.filter((c) => c[0] === 65536).length).toBe(40);
  expect(calls.filter((c) => c[0] === 2).length).toBe(40);
});

test("a response subclass that overrides a method of the chunked path gets Python's loop", async () => {
  const data = chunkedBytes([3000, 5000, 7], null);
  const seen: unknown[] = [];
  class R extends client.HTTPResponse {
    override _safe_read(amt: unknown): Promise<Buffer> {
      seen.push(amt);
      return super._safe_read(amt);
    }
  }
  const r = new R({ makefile: () => new BufferedReader(rawOf(data, 700), 1024) });
  await r.begin();
  expect(_fastpath.readChunked(r, null)).toBeNull();
  expect((await r.read()).length).toBe(8007);
  expect(seen).toEqual([3000, 2, 5000, 2, 7, 2]);
});

test("peek() on a chunked response passes n to _peek_chunked(), as CPython does", async () => {
  const seen: unknown[] = [];
  class R extends client.HTTPResponse {
    override _peek_chunked(n: unknown): Promise<Buffer> {
      seen.push(n);
      return super._peek_chunked(n);
    }
  }
  const r = new R({ makefile: () => new BufferedReader(rawOf(chunkedBytes([10], null), 100)) });
  await r.begin();
  await r.peek(4);
  await r.peek();
  expect(seen).toEqual([4, -1]);
});

/** A file object handing out the pieces given, one per read() (a Promise of it when async); it records each read()'s argument. */
function fileOf(pieces: unknown[], asyncReads: boolean, text: boolean): { calls: unknown[]; read(n: unknown): unknown } {
  const calls: unknown[] = [];
  let i = 0;
  const read = (n: unknown): unknown => {
    calls.push(n);
    const piece = i < pieces.length ? pieces[i++] : text ? "" : Buffer.alloc(0);
    return asyncReads && i % 2 === 0 ? Promise.resolve(piece) : piece;
  };
  if (text) {
    class TextFile extends TextIOBase {
      calls = calls;
      override read(n?: number | null): string {
        return read(n) as string;
      }
    }
    return new TextFile() as unknown as { calls: unknown[]; read(n: unknown): unknown };
  }
  return { calls, read };
}

/** A BytesIO with its own read(), recording its calls: the batched path must make them all. */
class RecordingBytesIO extends BytesIO {
  calls: unknown[] = [];
  override read(size: number | null = -1): Buffer {
    this.calls.push(size);
    return super.read(size);
  }
}

/** HTTPConnection with its own send(): _send_output takes Python's path, a send() per piece. */
class PlainSendConnection extends client.HTTPConnection {
  override send(data: Parameters<client.HTTPConnection["send"]>[0]): Promise<void> {
    return super.send(data);
  }
}

test("_send_output's batched writes send the bytes send() sends, after the same read() calls", async () => {
  const piece = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 20_000 }).map((n) => Buffer.alloc(n, 0x41 + (n % 26))) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => new Uint8Array(n).fill(0x62)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).map((n) => new Uint8Array(n).fill(0x63).buffer) },
    { weight: 1, arbitrary: fc.constantFrom("text", "é", "") },
    { weight: 1, arbitrary: fc.constantFrom(Buffer.alloc(0), null, 0) },
  );
  const textPiece = fc.oneof(fc.string({ maxLength: 3000 }), fc.constantFrom("é\xff", "\u0100"));
  const body = fc.oneof(
    fc.constant({ kind: "none" as const }),
    fc.integer({ min: 0, max: 300_000 }).map((n) => ({ kind: "bytes" as const, n })),
    fc.record({ kind: fc.constant("file" as const), pieces: fc.array(piece, { maxLength: 40 }), asyncReads: fc.boolean() }),
    fc.record({ kind: fc.constant("text" as const), pieces: fc.array(textPiece, { maxLength: 12 }), asyncReads: fc.boolean() }),
    // a BytesIO (staged by the batched path), or a subclass recording its read() calls
    fc.record({ kind: fc.constantFrom("bytesio" as const, "bytesio-sub" as const), n: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.constant(300_000)), at: fc.integer({ min: 0, max: 100 }) }),
  );
  // (encode_chunked counts only with the caller's Transfer-Encoding: else request() decides)
  const headerSets = fc.constantFrom<Record<string, string>>({}, { "Content-Length": "5" }, { "Transfer-Encoding": "chunked" });
  const plan = fc.tuple(body, fc.boolean(), headerSets, fc.constantFrom(8192, 1, 100_000));
  await fc.assert(
    fc.asyncProperty(plan, async ([b, chunked, headers, blocksize]) => {
      const run = async (Conn: typeof client.HTTPConnection) => {
        const received: Buffer[] = [];
        let ended!: Promise<void>;
        const server = net.createServer((c) => {
          c.on("error", () => {});
          ended = new Promise((r) => c.on("close", () => r()));
          c.on("data", (d: Buffer) => received.push(d));
        });
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
        const port = (server.address() as net.AddressInfo).port;
        const conn = new Conn("127.0.0.1", port, undefined, undefined, blocksize);
        const file = b.kind === "file" || b.kind === "text" ? fileOf(b.pieces, b.asyncReads, b.kind === "text") : null;
        let data: unknown = b.kind === "bytes" ? Buffer.alloc(b.n, 0x7a) : file;
        let bytesio: BytesIO | null = null;
        if (b.kind === "bytesio" || b.kind === "bytesio-sub") {
          const n = blocksize === 1 ? Math.min(b.n, 3000) : b.n;
          const content = Buffer.from(Array.from({ length: n }, (_, i) => (i * 13) & 0xff));
          bytesio = b.kind === "bytesio" ? new BytesIO(content) : new RecordingBytesIO(content);
          bytesio.seek(Math.min(b.at, n));
          data = bytesio;
        }
        let outcome: unknown = "ok";
        try {
          await conn.connect(); // (the first send() of a connection connects: that one takes Python's path)
          await conn.request("POST", "/", data as Body, headers, { encode_chunked: chunked });
        } catch (e) {
          outcome = { raises: (e as Error).name, message: (e as Error).message };
        }
        conn.close();
        await ended;
        await new Promise((r) => server.close(r));
        // (each run has a server of its own: the Host header's port differs)
        const wire = Buffer.concat(received).toString("latin1").replace(`Host: 127.0.0.1:${port}`, "Host: -");
        return { outcome, wire, calls: file?.calls ?? (bytesio instanceof RecordingBytesIO ? bytesio.calls : null), pos: bytesio?.tell() ?? null };
      };
      const got = await run(client.HTTPConnection);
      const want = await run(PlainSendConnection);
      expect(got.outcome).toEqual(want.outcome);
      expect(got.calls).toEqual(want.calls);
      expect(got.pos).toBe(want.pos);
      expect(got.wire.length).toBe(want.wire.length);
      expect(got.wire === want.wire).toBe(true);
    }),
    { numRuns: 150 },
  );
});

/** Python's request() path throughout: putheader() and send() overridden (as themselves), so no shortcut of _fastpath applies. */
class PlainRequestConnection extends client.HTTPConnection {
  override putheader(header: string | Uint8Array, ...values: client.HeaderValue[]): void {
    super.putheader(header, ...values);
  }
  override send(data: Parameters<client.HTTPConnection["send"]>[0]): Promise<void> {
    return super.send(data);
  }
}

test("request() with its head made as one string sends, raises and leaves what Python's putrequest/putheader/endheaders path does", async () => {
  // (mostly what the one-string head takes, so that it runs often; the rest falls back or raises)
  const often = <T>(usual: readonly T[], rare: readonly T[]) => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });
  const method = often(["GET", "POST", "put", "PATCH", "HEAD", "G T", "M\x7f"], ["G\x01T", "M\x1f", "GÉT", ""]);
  const url = often(["/", "", "/small", "/!~", "/x?y=1#z", "*"], ["/a b", "/é", "/\x7f", "http://other.example:81/p", "httpx", "/\u0100"]);
  const name = often(["Host", "host", "Accept-Encoding", "Content-Length", "Transfer-Encoding", "X-A", "x-a", "1"], ["Bad Name", "X:Y", "é", "\tX"]);
  const value = often<unknown>(["v", "", "a b", "a\r\n b", "é\xff", "5"], ["a\r\nb", "\u0100", 5]);
  const headers = fc.array(fc.tuple(name, value), { maxLength: 3 }).map((kv) => Object.fromEntries(kv));
  const body = often<unknown>([null, "", "text", "é", Buffer.from("bytes"), Buffer.alloc(0), new Uint8Array([1, 2, 3])], ["\u0100", new Uint16Array([1])]);
  const setup = fc.record({
    vsn: often<[number, string]>([[11, "HTTP/1.1"], [10, "HTTP/1.0"]], [[11, "HTTP/1.é"]]),
    host: often(["127.0.0.1", "localhost"], ["::1", "bücher.example"]),
    port: fc.constantFrom(80, 8080),
    tunnel: often([false], [true]),
    state: often(["Idle"], ["Request-started", "Request-sent"]),
    prior: often(["none", "closed", "open"], ["watched"]),
    buffered: often([false], [true]),
  });
  const plan = fc.tuple(method, url, body, headers, fc.boolean(), setup);
  // each connection the server accepts: a Promise of all it received, once closed (in a box: a Promise would be adopted)
  let onAccept: ((box: { received: Promise<Buffer> }) => void) | null = null;
  const server = net.createServer((c) => {
    const got: Buffer[] = [];
    c.on("error", () => {});
    c.on("data", (d: Buffer) => got.push(d));
    onAccept?.({ received: new Promise((r) => c.on("close", () => r(Buffer.concat(got)))) });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const serverPort = (server.address() as net.AddressInfo).port;
  try {
    await fc.assert(
      fc.asyncProperty(plan, async ([m, u, b, h, chunked, st]) => {
        const run = async (Conn: typeof client.HTTPConnection) => {
          const conn = new Conn("127.0.0.1", serverPort);
          const accepted = new Promise<{ received: Promise<Buffer> }>((r) => (onAccept = r));
          await conn.connect();
          const wire = (await accepted).received;
          conn.host = st.host;
          conn.port = st.port;
          conn._http_vsn = st.vsn[0];
          conn._http_vsn_str = st.vsn[1];
          if (st.tunnel) [conn._tunnel_host, conn._tunnel_port] = ["tunnel.example", 8443]; // (set_tunnel() refuses a connected socket)
          conn._HTTPConnection__state = st.state;
          if (st.buffered) conn._buffer.push(Buffer.from("X-Early: 1"));
          const isclosedCalls: number[] = [];
          if (st.prior !== "none") {
            const P = st.prior === "watched"
              ? class extends client.HTTPResponse {
                  override isclosed(): boolean {
                    isclosedCalls.push(1);
                    return super.isclosed();
                  }
                }.prototype
              : client.HTTPResponse.prototype;
            const prior = Object.create(P) as client.HTTPResponse;
            prior.fp = st.prior === "open" ? ({} as never) : null;
            conn._HTTPConnection__response = prior;
          }
          let outcome: unknown = "ok";
          try {
            await conn.request(m, u, b as Body, h as Record<string, string>, { encode_chunked: chunked });
          } catch (e) {
            outcome = { raises: (e as Error).name, message: (e as Error).message };
          }
          const state = {
            state: conn._HTTPConnection__state,
            method: conn._method,
            buffer: conn._buffer.map((x: Uint8Array) => Buffer.from(x).toString("latin1")),
            prior: conn._HTTPConnection__response === null ? null : "kept",
            isclosedCalls: isclosedCalls.length,
          };
          conn._HTTPConnection__response = null; // (a stand-in: nothing to close)
          conn.close();
          return { outcome, state, wire: (await wire).toString("latin1") };
        };
        const got = await run(client.HTTPConnection);
        const want = await run(PlainRequestConnection);
        expect(got).toEqual(want);
      }),
      { numRuns: 800 },
    );
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test("request() after a head that differed in one piece alone sends and raises what Python's path does (the last head's bytes and checks reused only for the same pieces)", async () => {
  type Step = { method: string; url: string; body?: string; headers?: Record<string, string>; host?: string; vsn?: string };
  // (each change from the last head the stock path sent, of one piece alone where one can change alone)
  const steps: Step[] = [
    { method: "GET", url: "/" },
    { method: "GET", url: "/", vsn: "HTTP/1.\xe9" }, // the version's check
    { method: "GET", url: "/", vsn: "HTTP/9.9" }, // the version
    { method: "GET", url: "/" },
    { method: "GET", url: "/x" }, // the path
    { method: "GET", url: "/\u0100" }, // the path's check
    { method: "HEAD", url: "/x" }, // the method
    { method: "POST", url: "/x" }, // Content-Length: 0
    { method: "post", url: "/x" }, // a method upper() changes
    { method: "GET", url: "/x" },
    { method: "GET", url: "/x", host: "localhost" }, // the Host line
    { method: "GET", url: "/x", headers: { "Accept-Encoding": "gzip" } }, // no Accept-Encoding: identity; the caller's line
    { method: "GET", url: "/x", headers: { "accept-encoding": "gzip" } }, // the caller's line alone
    { method: "GET", url: "/x" }, // no caller's line
    { method: "PUT", url: "/x", body: "abc" }, // the Content-Length
    { method: "PUT", url: "/x", body: "abcd" },
    { method: "PUT", url: "/x", body: "abcd", headers: { "X-A": "v" } },
    { method: "PUT", url: "/x", body: "abcd" },
  ];
  // each connection's bytes, once closed (in a box: a Promise would be adopted)
  let onAccept: ((box: { received: Promise<string> }) => void) | null = null;
  const server = net.createServer((c) => {
    const got: Buffer[] = [];
    c.on("data", (d: Buffer) => got.push(d));
    onAccept?.({ received: new Promise((r) => c.on("close", () => r(Buffer.concat(got).toString("latin1")))) });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  const run = async (Conn: typeof client.HTTPConnection, step: Step) => {
    const conn = new Conn("127.0.0.1", port);
    const accepted = new Promise<{ received: Promise<string> }>((r) => (onAccept = r));
    await conn.connect();
    const wire = (await accepted).received;
    if (step.host !== undefined) conn.host = step.host;
    if (step.vsn !== undefined) conn._http_vsn_str = step.vsn;
    let outcome: unknown = "ok";
    try {
      await conn.request(step.method, step.url, step.body ?? null, step.headers ?? {});
    } catch (e) {
      outcome = `${(e as Error).name}: ${(e as Error).message}`;
    }
    conn.close();
    return { outcome, wire: await wire };
  };
  try {
    // (the stock connection's requests one after the other, as the reuse sees them; then the plain path's)
    const got = [];
    for (const step of steps) got.push(await run(client.HTTPConnection, step));
    const want = [];
    for (const step of steps) want.push(await run(PlainRequestConnection, step));
    expect(got).toEqual(want);
  } finally {
    await new Promise((r) => server.close(r));
  }
});

/** sock with its makefile() readers' readline() patched (an own property): http.client takes the plain path on them. */
function withPlainReadline(sock: any): any {
  const makefile = sock.makefile.bind(sock);
  sock.makefile = (...args: unknown[]) => {
    const f = makefile(...args);
    f.readline = function (this: BufferedReader, size?: number | null) {
      return BufferedReader.prototype.readline.call(this, size);
    };
    return f;
  };
  return sock;
}

test("read() of an empty body after the reader was closed raises what the plain reader raises", async () => {
  // (nothing buffered: the receive buffer's copy must not stand in for a read(0) that raises)
  const server = net.createServer((c) => {
    c.on("error", () => {});
    c.end("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const outcome = async (plain: boolean): Promise<unknown> => {
    const sock = await create_connection(["127.0.0.1", (server.address() as net.AddressInfo).port]);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    const fp = resp.fp as BufferedReader;
    if (plain) fp.read = (n?: number | null) => BufferedReader.prototype.read.call(fp, n); // (an own read(): no receive buffer)
    fp.close();
    try {
      return repr(await resp.read());
    } catch (e) {
      return { raises: (e as Error).name, message: (e as Error).message };
    } finally {
      sock.close();
    }
  };
  try {
    expect(await outcome(false)).toEqual(await outcome(true));
    expect(await outcome(false)).toEqual({ raises: "ValueError", message: "read of closed file" });
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test("the status line read with one wait on the socket reads what readline() reads", async () => {
  // Status lines whole, cut, too long, missing; sent in pieces, some after a pause, then
  // the close or a stall past the socket's timeout; then what a second readline() gets.
  const statusLine = fc.oneof(
    fc.constantFrom("HTTP/1.1 200 OK\r\n", "HTTP/1.0 404 Not Found\n", "HTTP/1.1 999\r\n", "ICY 200 OK\r\n", "\r\n", ""),
    fc.integer({ min: 60_000, max: 70_000 }).map((n) => `HTTP/1.1 200 ${"x".repeat(n)}\r\n`),
  );
  const plan = fc.tuple(statusLine, fc.option(fc.double({ min: 0, max: 1, noNaN: true })), fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 4 }), fc.boolean());
  await fc.assert(
    fc.asyncProperty(plan, async ([status, cut, writes, stall]) => {
      let data = Buffer.from(status + "Content-Length: 3\r\n\r\nabc", "latin1");
      if (cut !== null) data = data.subarray(0, Math.floor(cut * data.length));
      const run = async (plain: boolean): Promise<unknown[]> => {
        const server = net.createServer(async (c) => {
          c.on("error", () => {});
          let pos = 0;
          for (let i = 0; pos < data.length; i++) {
            const n = writes[i % writes.length]!;
            c.write(data.subarray(pos, pos + n));
            pos += n;
            if (i < 3) await new Promise((r) => setTimeout(r, 2));
          }
          if (!stall) c.end();
        });
        await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
        const out: unknown[] = [];
        try {
          const sock = await create_connection(["127.0.0.1", (server.address() as net.AddressInfo).port], stall ? 0.15 : null);
          const resp = new client.HTTPResponse(plain ? withPlainReadline(sock) : sock);
          for (const step of [() => resp.begin(), () => resp.fp!.readline()]) {
            try {
              const r = await step();
              out.push(Buffer.isBuffer(r) ? r.toString("latin1") : [resp.status, resp.reason, resp.length]);
            } catch (e) {
              out.push({ raises: (e as Error).name, message: (e as Error).message.slice(0, 80) });
            }
          }
          resp.close();
          sock.close();
        } finally {
          await new Promise((r) => server.close(r));
        }
        return out;
      };
      expect(await run(false)).toEqual(await run(true));
    }),
    { numRuns: 40 },
  );
});

test("begin()'s status line fields and its header values from one pass set and raise what its general lines set and raise", async () => {
  /** _read_status() and _check_close() not HTTPResponse's own: statusFields() and beginValues() stay out, begin()'s lines run. */
  class Plain extends client.HTTPResponse {
    override _read_status(): Promise<[string, PyInt, string]> {
      return super._read_status();
    }
    override _check_close(): boolean {
      return super._check_close();
    }
  }
  const name = fc.constantFrom(
    "Transfer-Encoding", "transfer-encoding", "TRANSFER-ENCODING", "Connection", "connection", "CONNECTION", "Keep-Alive", "keep-alive",
    "Proxy-Connection", "proxy-connection", "Content-Length", "content-length", "CONTENT-LENGTH", "X-Other", "Connectio", "Content-Lengthx", "Transfer-Encodin",
  );
  const value = fc.constantFrom(
    "chunked", "CHUNKED", "Chunked", "gzip, chunked", "gzip", "close", "Close", "keep-alive", "Keep-Alive", "upgrade, close", "", "12", "0", "-1",
    "+5", "1_0", "abc", " 7", "\xb2", "9999999999999999999", "3, 4", "\xe9", "K\u00e9ep-alive",
  );
  // Mostly plain lines (the direct header build), some folded or odd (the feed parser's message)
  const line = fc.tuple(name, fc.constantFrom(": ", ":", ":\t", " : "), value, fc.constantFrom("\r\n", "\n", "\r\n\tmore\r\n"));
  const plainOr = (plain: string, ...others: string[]) => fc.oneof(fc.constant(plain), fc.constantFrom(...others));
  // Status lines: mostly the common shape, some with each rule broken
  const statusLine = fc.oneof(
    fc.tuple(
      fc.constantFrom("HTTP/1.1", "HTTP/1.0", "HTTP/0.9", "HTTP/1.2", "HTTP/2.0"),
      fc.constantFrom("200", "204", "304", "101", "199", "404", "100"),
      fc.constantFrom(" Reason", " OK", "", " Not Found", " x ", " x\t"),
      fc.constantFrom("\r\n", "\n"),
    ).map(([v, code, reason, eol]) => `${v} ${code}${reason}${eol}`),
    // (each part plain half the time, so that most lines break one rule only)
    fc.tuple(
      plainOr("HTTP/1.1", "HTTP/", "HTTP", "http/1.1", "HTTP/1.1\xa0", "HTTP/1.\x85", "HTTP/\x1c1.1", "HTTP/\xa01.0", " HTTP/1.1", "ICY", "HTTP/1.1\x1c", ""),
      plainOr(" ", "  ", "\t", " \x1c", "x"),
      plainOr("200", "099", "000", "100", "1000", "20", "２００", "2_00", "+200", "20x", ""),
      plainOr(" ", "", "  ", "\t", "\xa0", " \x85"),
      plainOr("OK", "", " OK ", "\x85OK", "\xa0", "é", "OK\r"),
      plainOr("\r\n", "\n", "", "\r", " \r\n"),
    ).map((p) => p.join("")),
  );
  const response = fc.record({
    status: statusLine,
    method: fc.constantFrom("GET", "HEAD", "POST"),
    lines: fc.array(line, { maxLength: 7 }),
    debuglevel: fc.constantFrom(0, 0, 0, 1),
  });
  const state = (r: client.HTTPResponse) => ({
    status: r.status, reason: r.reason, version: r.version, chunked: r.chunked, chunk_left: r.chunk_left, will_close: r.will_close,
    length: r.length, headers: r.headers && summary(r.headers),
  });
  await fc.assert(
      fc.asyncProperty(response, async ({ status, method, lines, debuglevel }) => {
        // a 100 response is followed by a final one
        const head = status + lines.map(([n, sep, v, eol]) => `${n}${sep}${v}${eol}`).join("") + "\r\n";
        const data = Buffer.from(head + (/^\S+ 100\b/.test(status) ? "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n" : "") + "abc", "latin1");
        const run = async (cls: typeof client.HTTPResponse): Promise<unknown> => {
          const resp = new cls({ makefile: () => new BytesIO(data) } as never, debuglevel, method);
          let printed = "";
          const write = stdout.write;
          stdout.write = (t: string) => void (printed += t);
          try {
            await resp.begin();
          } catch (e) {
            return { raises: (e as Error).name, message: (e as Error).message, ...state(resp), printed };
          } finally {
            stdout.write = write;
          }
          return { ...state(resp), printed };
        };
        expect(await run(client.HTTPResponse)).toEqual(await run(Plain));
      }),
      { numRuns: 3000 },
    );
});

test("beginValues() finds a header whose name lowers to the one begin() asks for, as get() does", () => {
  // Names come from a latin-1 decode, but a replaced email.parser.Parser may give any: get()
  // lowers with str.lower(), where U+212A KELVIN SIGN becomes "k".
  const cases: [string, string][] = [["Keep-Alive", "1"], ["KEEP-alive", "1"], ["\u212aeep-Alive", "1"], ["Keep-Alivf", "1"], ["\u212aonnection", "close"], ["Content-Length", "7"], ["C\u00f6ntent-Length", "7"], ["Proxy-CONNECTION", "keep-alive"]];
  for (const [name, v] of cases) {
    for (const version of [10, 11]) {
      const resp = new client.HTTPResponse({ makefile: () => new BytesIO(Buffer.alloc(0)) });
      resp.version = version;
      resp.headers = resp.msg = new client.HTTPMessage();
      resp.headers._headers.push([name, v]);
      const values = _fastpath.beginValues(resp);
      expect([name, version, values && { ...values }]).toEqual([name, version, { tr_enc: resp.headers.get("transfer-encoding"), length: resp.headers.get("content-length"), will_close: resp._check_close() }]);
    }
  }
});

test("begin() and the feed parser call a patched Message.get() as CPython's do", async () => {
  const data = Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc", "latin1");
  const sock = { makefile: () => new BytesIO(data) } as never;
  const gets: string[] = [];
  const stock = Message.prototype.get;
  Message.prototype.get = function (this: Message, n: string, failobj?: unknown) {
    gets.push(n);
    return stock.call(this, n, failobj);
  };
  try {
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    // (recorded from CPython 3.14: the feed parser's four content-type tests, then begin()'s)
    expect(gets).toEqual(["content-type", "content-type", "content-type", "content-type", "transfer-encoding", "connection", "content-length"]);
    expect([resp.will_close, resp.length]).toEqual([true, 3]);
  } finally {
    Message.prototype.get = stock;
  }
});
