// A response through HTTPResponse: the status line, the headers (email's feed parser), the
// framing (Content-Length, chunked, close-delimited) and a reading sequence chosen by the
// input, over each kind of reader a socket's makefile() can give (the port's BufferedReader
// with its fast paths, the plain path, FakeSocket's io.BytesIO without peek(), a user's
// reader with only read() and readline()), directly or through HTTPConnection.getresponse().
//
// Input: the response stream from the front (seeds are raw responses); from the end, the
// control bytes: reader kind, method, buffer size, recv sizes, a stretch of the stream
// repeated to a length near the line limits, and up to 24 reading calls.

import { ConnectionRefusedError, StopIteration, kwargs, typeName } from "../../src/builtins";
import * as client from "../../src/http/client";
import { Input, MemSocket, READERS, SIZES, Stream, call, connectThrough, fuzzInput } from "./_harness";

const METHODS = ["GET", "HEAD", "POST", "GET", "CONNECT"] as const;
const BUFFER_SIZES = [8192, 131072, 1, 2, 7, 64, 8192, 8192] as const;
const STRETCH = [65533, 65534, 65535, 65536, 65537, 70000, 1000, 101];
const HEADER_NAMES = ["Content-Length", "transfer-encoding", "Connection", "X", "set-cookie", "", "content-type", "Keep-Alive"];

/** The stream with data[at] repeated `times` more times, to reach the 65536-byte line limit cheaply. */
function stretch(data: Uint8Array, at: number, times: number): Uint8Array {
  if (data.length === 0) return data;
  at %= data.length;
  const out = Buffer.allocUnsafe(data.length + times);
  out.set(data.subarray(0, at), 0);
  out.fill(data[at]!, at, at + times + 1);
  out.set(data.subarray(at + 1), at + times + 1);
  return out;
}

/** A size argument as a caller may give it: mostly a number, sometimes a bigint, a bool, None, or a keyword. */
function sizeArg(input: Input): unknown {
  const v = input.pick(SIZES);
  switch (input.byte() % 16) {
    case 0:
      return BigInt(v);
    case 1:
      return v > 0;
    case 2:
      return null;
    case 3:
      return 1.5;
    case 4:
      return "3";
    default:
      return v;
  }
}

type Resp = client.HTTPResponse;
// (a duck-typed socket whose reader may lack methods the declared type has: the point here)
type SockArg = ConstructorParameters<typeof client.HTTPResponse>[0];

export async function fuzz(data: Uint8Array): Promise<void> {
  await fuzzInput(data, async (input) => {
    const n = data.length;
    const reader = input.pick(READERS);
    const method = input.pick(METHODS);
    const bufferSize = input.pick(BUFFER_SIZES);
    const mode = input.byte(); // bit 0: through HTTPConnection; bit 1: connect refused; bit 2: debug output
    const sizes: number[] = [];
    for (let i = input.byte() % 4; i > 0; i--) sizes.push(1 + input.byte());
    const stretchTo = input.byte();
    const stretchAt = input.byte();
    const ops: number[] = [];
    for (let i = input.byte() % 25; i > 0; i--) ops.push(input.byte());
    let stream = input.rest();
    if (stretchTo >= 0xf8) stream = stretch(stream, stretchAt * 257, STRETCH[stretchTo - 0xf8]!);

    // (a reader buffer of a few bytes makes CPython itself slow, a raw read per byte or so: for short streams only)
    const sock = new MemSocket(new Stream(stream, sizes), reader, stream.length <= 8192 ? bufferSize : 8192);
    const debug = mode & 4 ? 1 : 0;
    let conn: client.HTTPConnection | null = null;
    let resp: Resp | null = null;

    if (mode & 1) {
      const c = new client.HTTPConnection("example.com");
      conn = c;
      c.set_debuglevel(debug);
      const refused = (mode & 2) !== 0;
      connectThrough(c, () => {
        if (refused) throw new ConnectionRefusedError(111, "Connection refused");
        return sock;
      });
      await call("request()", n, () => c.request(method, "/"));
      const r = await call("getresponse()", n, () => c.getresponse());
      if (r.ok) resp = r.value;
      else if (refused) return; // (getresponse() on the None socket: CPython's AttributeError)
    }
    if (resp === null) {
      const r = await call("HTTPResponse()", n, () => new client.HTTPResponse(sock as unknown as SockArg, debug, method));
      if (!r.ok) return;
      resp = r.value;
      const rr = resp;
      await call("begin()", n, () => rr.begin());
    }

    for (const op of ops) {
      const r: Resp = resp;
      switch (op % 24) {
        case 0:
          await call("read()", n, () => r.read());
          break;
        case 1: {
          const amt = sizeArg(input);
          await call(`read(${String(amt)})`, n, () => r.read(amt as number));
          break;
        }
        case 2: {
          const size = sizeArg(input);
          await call(`read1(${String(size)})`, n, () => r.read1(size as number));
          break;
        }
        case 3:
          await call("read1()", n, () => r.read1());
          break;
        case 4: {
          const limit = sizeArg(input);
          await call(`readline(${String(limit)})`, n, () => r.readline(limit as number));
          break;
        }
        case 5:
          await call("readline()", n, () => r.readline());
          break;
        case 6: {
          const size = Math.max(0, input.pick(SIZES));
          await call(`readinto(bytearray(${size}))`, n, () => r.readinto(new Uint8Array(size)));
          break;
        }
        case 7: {
          const size = sizeArg(input);
          await call(`peek(${String(size)})`, n, () => r.peek(size as number));
          break;
        }
        case 8: {
          const name = input.pick(HEADER_NAMES);
          const dflt = input.pick([undefined, null, "d", ["a", "b"], 5]);
          await call(`getheader(${name})`, n, () => (dflt === undefined ? r.getheader(name) : r.getheader(name, dflt)));
          break;
        }
        case 9:
          await call("getheaders()", n, () => r.getheaders());
          break;
        case 10: {
          const hint = input.pick([-1, 0, 1, 10, 100, 5000]);
          await call(`readlines(${hint})`, n, () => r.readlines(hint));
          break;
        }
        case 11:
          await call("close()", n, () => r.close());
          break;
        case 12:
          await call("isclosed()", n, () => r.isclosed());
          await call("fileno()", n, () => r.fileno());
          break;
        case 13:
          await call("next(iter(resp))", n, async () => {
            const line = await r[Symbol.asyncIterator]().next();
            if (line.done) throw new StopIteration();
            return line.value;
          });
          break;
        case 14:
          await call("begin()", n, () => r.begin());
          break;
        case 15:
          await call("info()", n, () => r.info());
          await call("getcode()", n, () => r.getcode());
          await call("geturl()", n, () => r.geturl());
          break;
        case 16:
          await call("flush()", n, () => r.flush());
          break;
        case 17: {
          const b = input.pick([new ArrayBuffer(5), new DataView(new ArrayBuffer(9)), new Uint16Array(3), "abc", null, new Uint8Array(0)]);
          await call(`readinto(${typeName(b)})`, n, () => r.readinto(b as Uint8Array));
          break;
        }
        case 18: {
          const size = input.pick(SIZES);
          await call("read(amt=...)", n, () => r.read(kwargs({ amt: size })));
          break;
        }
        case 19:
          if (conn !== null) {
            const c = conn;
            await call("request() again", n, () => c.request(input.pick(METHODS), "/again"));
            const again = await call("getresponse() again", n, () => c.getresponse());
            if (again.ok) resp = again.value;
          } else await call("tell()", n, () => r.tell());
          break;
        case 20:
          if (conn !== null) {
            const c = conn;
            await call("conn.close()", n, () => c.close());
          } else await call("readable()", n, () => r.readable());
          break;
        case 21: {
          const size = Math.max(0, input.pick(SIZES));
          await call(`readinto1(bytearray(${size}))`, n, () => r.readinto1(new Uint8Array(size)));
          break;
        }
        case 22:
          await call("_close_conn()", n, () => r._close_conn());
          break;
        default:
          await call("read(1)", n, () => r.read(1));
      }
    }
    await call("close() at the end", n, () => resp.close());
  });
}
