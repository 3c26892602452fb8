// Request building: HTTPConnection's request(), putrequest(), putheader(), endheaders() and
// send() in a sequence chosen by the input, with fuzzed methods, URLs (the Host header taken
// from an absolute URL's netloc: urlsplit, IDNA, IPv6 zones), header names and values of
// every type Python lets through, and every kind of body (str, bytes-like, file objects
// sync and async, iterables, a dict, objects that are none of these), over a socket that
// answers each request with a short response.
//
// Input: from the end, the calls and their choices; from the front, the bytes of the
// methods, URLs, names, values and bodies.

import { kwargs } from "../../src/builtins";
import * as client from "../../src/http/client";
import * as io from "../../src/io";
import { Input, MemSocket, Stream, call, connectThrough, fuzzInput } from "./_harness";

/** The connection's methods as a Python caller may call them: with any values. */
interface AnyConnection {
  request(...args: unknown[]): Promise<void>;
  putrequest(...args: unknown[]): void;
  putheader(...args: unknown[]): void;
  endheaders(...args: unknown[]): Promise<void>;
  send(...args: unknown[]): Promise<void>;
  getresponse(): Promise<client.HTTPResponse>;
  set_debuglevel(level: unknown): void;
  close(): void;
  _http_vsn: number;
  _http_vsn_str: string;
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "HEAD", "get", "post", "CONNECT", "GET ", "\u00e9", "G\u0000T"];
const URLS = ["/", "", "http://example.com/x", "http://[::1%25eth0]:8080/", "http://b\u00fccher.example/", "https://a:b@h:1/p?q#f", "http://a%b/", "/a b", "*", "http://\uff0e/"];
const NAMES = ["Host", "Content-Length", "Transfer-Encoding", "accept-encoding", "X-A", "", " X", "X:Y", "X\r\nY"];
const VALUES = ["v", "", "a\r\n b", "a\r\nb", "\u00ff", "\u0100", "chunked", "5"];

/** A str or bytes from the input, or a common token. */
function token(input: Input, common: readonly string[]): string | Buffer {
  switch (input.byte() % 4) {
    case 0:
      return input.pick(common);
    case 1:
      return Buffer.from(input.chunk());
    default:
      return input.text();
  }
}

function headerName(input: Input): unknown {
  const v = token(input, NAMES);
  const kind = input.byte() % 16;
  if (kind === 0) return 7; // not a str: Python's AttributeError on .lower() or TypeError
  if (kind === 1 && typeof v === "string") return Buffer.from(v, "latin1");
  return v;
}

function headerValue(input: Input): unknown {
  switch (input.byte() % 12) {
    case 0:
      return 42;
    case 1:
      return -(2n ** 70n);
    case 2:
      return true;
    case 3:
      return null;
    case 4:
      return 1.5;
    case 5:
      return new Uint16Array([0x4142]);
    default:
      return token(input, VALUES);
  }
}

/** A headers argument: a dict as a plain object or a Map, a WHATWG Headers, a list of pairs, or something else. */
function headers(input: Input): unknown {
  const n = input.byte() % 5;
  const pairs: [unknown, unknown][] = [];
  for (let i = 0; i < n; i++) pairs.push([headerName(input), headerValue(input)]);
  switch (input.byte() % 8) {
    case 0: {
      const o: Record<string, unknown> = {};
      for (const [k, v] of pairs) o[typeof k === "string" ? k : String(k)] = v;
      return o;
    }
    case 1:
      try {
        return new Headers(pairs.map(([k, v]) => [String(k), String(v)]));
      } catch {
        return new Map(pairs); // (names WHATWG refuses: the same pairs as a dict)
      }
    case 2:
      return pairs;
    case 3:
      return null;
    case 4:
      return "Host";
    default:
      return new Map(pairs);
  }
}

async function* asyncChunks(chunks: unknown[]): AsyncGenerator<unknown> {
  for (const c of chunks) yield c;
}

function* syncChunks(chunks: unknown[]): Generator<unknown> {
  yield* chunks;
}

/** A body of one of the kinds Python takes (and some it refuses). */
function body(input: Input): unknown {
  const kind = input.byte() % 18;
  const raw = Buffer.from(input.chunk());
  const chunks = (): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0, at = 0; i < 4 && at <= raw.length; i++) {
      const n = input.byte() % 8;
      const piece = raw.subarray(at, at + n);
      at += n;
      const how = input.byte() % 6;
      out.push(how === 0 ? piece.toString("latin1") : how === 1 ? 3 : how === 2 ? new Uint8Array(0) : piece);
    }
    return out;
  };
  switch (kind) {
    case 0:
      return null;
    case 1:
      return raw.toString("latin1");
    case 2:
      return raw.toString("utf8");
    case 3:
      return new Uint8Array(raw);
    case 4:
      return new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
    case 5:
      return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength);
    case 6:
      return new io.BytesIO(raw);
    case 7:
      return new io.StringIO(raw.toString("latin1"));
    case 8:
      return chunks();
    case 9:
      return syncChunks(chunks());
    case 10:
      return asyncChunks(chunks());
    case 11:
      return new Map(chunks().map((c) => [c, 1]));
    case 12:
      return 5;
    case 13: {
      // a user's file object: read() may give str, bytes, None, or something else
      const parts = chunks();
      return { read: (_n: number) => parts.shift() ?? null };
    }
    case 14: {
      const parts = chunks();
      return { read: async (_n: number) => parts.shift() ?? Buffer.alloc(0) };
    }
    case 15:
      return new Uint32Array([1, 2]);
    case 16:
      return new Set([raw]);
    default:
      return raw;
  }
}

const RESPONSE = Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");

export async function fuzz(data: Uint8Array): Promise<void> {
  await fuzzInput(data, async (input) => {
    const n = data.length;
    const conn = new client.HTTPConnection("example.com");
    const c = conn as unknown as AnyConnection;
    if (input.byte() % 8 === 0) {
      c._http_vsn = 10;
      c._http_vsn_str = "HTTP/1.0";
    }
    connectThrough(conn, () => new MemSocket(new Stream(Buffer.concat([RESPONSE, RESPONSE, RESPONSE]), []), "buffered"));
    for (let steps = 1 + (input.byte() % 8); steps > 0; steps--) {
      switch (input.byte() % 10) {
        case 0:
        case 1: {
          const method = token(input, METHODS);
          const url = token(input, URLS);
          const b = body(input);
          const h = headers(input);
          const chunked = input.flag();
          const form = input.byte() % 4;
          await call("request()", n, () =>
            form === 0
              ? c.request(method, url)
              : form === 1
                ? c.request(method, url, kwargs({ body: b, headers: h, encode_chunked: chunked }))
                : c.request(method, url, b, h ?? {}, { encode_chunked: chunked }),
          );
          break;
        }
        case 2: {
          const method = token(input, METHODS);
          const url = token(input, URLS);
          const skips = input.byte();
          await call("putrequest()", n, () => c.putrequest(method, url, (skips & 1) === 1, (skips & 2) === 2));
          break;
        }
        case 3:
        case 4: {
          const name = headerName(input);
          const values: unknown[] = [];
          for (let i = input.byte() % 4; i > 0; i--) values.push(headerValue(input));
          await call("putheader()", n, () => c.putheader(name, ...values));
          break;
        }
        case 5: {
          const b = body(input);
          const chunked = input.flag();
          await call("endheaders()", n, () => (b === null ? c.endheaders() : c.endheaders(b, { encode_chunked: chunked })));
          break;
        }
        case 6: {
          const b = body(input);
          await call("send()", n, () => c.send(b));
          break;
        }
        case 7: {
          const r = await call("getresponse()", n, () => c.getresponse());
          if (r.ok) await call("read()", n, () => r.value.read());
          break;
        }
        case 8:
          await call("close()", n, () => c.close());
          break;
        default:
          await call("set_debuglevel()", n, () => c.set_debuglevel(input.byte() % 2));
      }
    }
    await call("close() at the end", n, () => c.close());
  });
}
