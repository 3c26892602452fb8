// Calls http.client makes on objects it was given (the socket, its file, the SSL context)
// or on None, where the object lacks the method: CPython's AttributeError, with its
// message. Expected outcomes recorded from CPython 3.14.2 (Pyodide) running the same code.
import { AttributeError, ConnectionRefusedError, TypeError } from "../../src/builtins";
import * as client from "../../src/http/client";
import * as io from "../../src/io";

type Sock = ConstructorParameters<typeof client.HTTPResponse>[0];
type Factory = client.HTTPConnection["_create_connection"];

const R = Buffer.from("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789");
const CHUNKED = Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");

/** A user's file object with read(), readline() and close() only. */
class LineReader {
  private readonly inner: io.BytesIO;
  constructor(data: Uint8Array) {
    this.inner = new io.BytesIO(data);
  }
  read(n: number | null = -1): unknown {
    return this.inner.read(n);
  }
  readline(n: number | null = -1): unknown {
    return this.inner.readline(n);
  }
  close(): void {}
}

function socketGiving(file: () => unknown): Sock {
  return { makefile: () => file() } as unknown as Sock;
}

async function begun(file: () => unknown): Promise<client.HTTPResponse> {
  const r = new client.HTTPResponse(socketGiving(file));
  await r.begin();
  return r;
}

async function raised(f: () => unknown): Promise<[string, string]> {
  try {
    await f();
  } catch (e) {
    if (e instanceof Error) return [e.name, e.message];
    throw e;
  }
  throw new Error("nothing raised");
}

test("readline() of a chunked response over io.BytesIO (no peek)", async () => {
  const r = await begun(() => new io.BytesIO(CHUNKED));
  expect(await raised(() => r.readline())).toEqual(["AttributeError", "'_io.BytesIO' object has no attribute 'peek'"]);
});

test("getresponse() after request() failed to connect: None.makefile", async () => {
  const conn = new client.HTTPConnection("127.0.0.1", 1);
  conn._create_connection = (() => {
    throw new ConnectionRefusedError(111, "Connection refused");
  }) as Factory;
  expect(await raised(() => conn.request("GET", "/"))).toEqual(["ConnectionRefusedError", "[Errno 111] Connection refused"]);
  const e = await conn.getresponse().catch((err: unknown) => err);
  expect(e).toBeInstanceOf(AttributeError);
  expect((e as Error).message).toBe("'NoneType' object has no attribute 'makefile'");
});

test.each([
  ["read1", "'LineReader' object has no attribute 'read1'"],
  ["readinto", "'LineReader' object has no attribute 'readinto'"],
  ["peek", "'LineReader' object has no attribute 'peek'"],
  ["fileno", "'LineReader' object has no attribute 'fileno'"],
  ["flush", "'LineReader' object has no attribute 'flush'"],
  // HTTPResponse.close() -> IOBase.close() -> self.flush() -> self.fp.flush()
  ["close", "'LineReader' object has no attribute 'flush'"],
])("a user's file without it: %s()", async (op, message) => {
  const r = await begun(() => new LineReader(R));
  const call = () => (op === "readinto" ? r.readinto(new Uint8Array(3)) : (r as unknown as Record<string, () => unknown>)[op]!());
  expect(await raised(call)).toEqual(["AttributeError", message]);
});

test("a user's file with read() and readline() reads a Content-Length body", async () => {
  const r = await begun(() => new LineReader(R));
  expect((await r.readline()).toString()).toBe("0123456789");
});

test("begin() once close() took the file: None.readline", async () => {
  const r = new client.HTTPResponse(socketGiving(() => new io.BytesIO(R)));
  r.close();
  expect(await raised(() => r.begin())).toEqual(["AttributeError", "'NoneType' object has no attribute 'readline'"]);
});

test("a file attribute that is not callable: TypeError", async () => {
  const r = await begun(() => Object.assign(new LineReader(R), { read1: 5 }));
  const e = await r.read1().catch((err: unknown) => err);
  expect(e).toBeInstanceOf(TypeError);
  expect((e as Error).message).toBe("'int' object is not callable");
});

test.each([
  ["setsockopt", { makefile: () => new io.BytesIO(R), sendall() {}, close() {} }],
  ["sendall", { makefile: () => new io.BytesIO(R), setsockopt() {}, close() {} }],
  ["close", { makefile: () => new io.BytesIO(R), setsockopt() {}, sendall() {} }],
])("a socket without %s()", async (name, sock) => {
  class S {}
  const conn = new client.HTTPConnection("h");
  conn._create_connection = (() => Object.assign(new S(), sock)) as unknown as Factory;
  expect(
    await raised(async () => {
      await conn.request("GET", "/");
      conn.close();
    }),
  ).toEqual(["AttributeError", `'S' object has no attribute '${name}'`]);
});

test("an HTTPS context without wrap_socket()", async () => {
  class Ctx {}
  const conn = new client.HTTPSConnection("h", { context: new Ctx() as never });
  conn._create_connection = (() => ({ setsockopt() {} })) as unknown as Factory;
  expect(await raised(() => conn.connect())).toEqual(["AttributeError", "'Ctx' object has no attribute 'wrap_socket'"]);
});
