// Keywords without guessing: at every entry point that takes Python keyword arguments, a
// trailing plain object is keywords unless the parameter at its position can take it as a
// value, so a misspelled keyword raises CPython's TypeError. The messages are CPython
// 3.14's (recorded in Pyodide).

import * as client from "../../src/http/client";
import * as io from "../../src/io";
import * as ssl from "../../src/ssl";
import { TypeError, bindAll, bindKw, kwargs, kwspec, withMethod } from "../../src/builtins";
import { FakeSocket } from "../test_httplib/support";

// Calls made through an untyped view: these misspellings are compile errors in typed code
// (tests/types checks that); here they show what happens at run time.
type Loose = (...args: unknown[]) => unknown;
const loose = <T>(obj: T, name: keyof T) => (obj[name] as unknown as Loose).bind(obj);
const LooseConnection = client.HTTPConnection as unknown as new (...args: unknown[]) => client.HTTPConnection;
const LooseHTTPS = client.HTTPSConnection as unknown as new (...args: unknown[]) => client.HTTPSConnection;
const LooseResponse = client.HTTPResponse as unknown as new (...args: unknown[]) => client.HTTPResponse;

async function typeError(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError);
    return (e as Error).message;
  }
  throw new Error("no TypeError");
}

function response(body = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX: a\r\n\r\nabc"): client.HTTPResponse {
  return new client.HTTPResponse(new FakeSocket(body));
}

const HINT = (fname: string, key: string, hint?: string) =>
  `${fname}() got an unexpected keyword argument '${key}'${hint === undefined ? "" : `. Did you mean '${hint}'?`}`;

describe("a misspelled keyword raises CPython's TypeError at every entry point", () => {
  const conn = () => new client.HTTPConnection("example.com");
  const cases: [string, () => unknown, string][] = [
    ["HTTPConnection(host, {timout})", () => new LooseConnection("127.0.0.1", { timout: 1 }), HINT("HTTPConnection.__init__", "timout", "timeout")],
    ["HTTPConnection(host, port, {timout})", () => new LooseConnection("127.0.0.1", 80, { timout: 1 }), HINT("HTTPConnection.__init__", "timout", "timeout")],
    ["HTTPConnection(host, port, timeout, {sourceAdress})", () => new LooseConnection("h", 80, 1, { source_adress: null }), HINT("HTTPConnection.__init__", "source_adress", "source_address")],
    ["HTTPSConnection(host, {timout})", () => new LooseHTTPS("h", { timout: 1 }), HINT("HTTPSConnection.__init__", "timout", "timeout")],
    ["HTTPSConnection(host, port, {contxt})", () => new LooseHTTPS("h", 443, { contxt: null }), HINT("HTTPSConnection.__init__", "contxt", "context")],
    ["HTTPSConnection(host, port, timeout)", () => new LooseHTTPS("h", 80, null), "HTTPSConnection.__init__() takes from 2 to 3 positional arguments but 4 were given"],
    ["request(m, u, {encode_chunkd})", () => loose(conn(), "request")("GET", "/", { encode_chunkd: true }), HINT("HTTPConnection.request", "encode_chunkd", "encode_chunked")],
    ["request(m, u, {bdy})", () => loose(conn(), "request")("GET", "/", { bdy: "" }), HINT("HTTPConnection.request", "bdy", "body")],
    ["request(m, u, body, headers, {encode_chunkd})", () => loose(conn(), "request")("GET", "/", null, {}, { encode_chunkd: true }), HINT("HTTPConnection.request", "encode_chunkd", "encode_chunked")],
    ["putrequest(m, u, {skip_hst})", () => loose(conn(), "putrequest")("GET", "/", { skip_hst: true }), HINT("HTTPConnection.putrequest", "skip_hst", "skip_host")],
    ["putheader(h, {vale})", () => loose(conn(), "putheader")("X", { vale: 1 }), HINT("HTTPConnection.putheader", "vale")],
    ["endheaders({encode_chunkd})", () => loose(conn(), "endheaders")({ encode_chunkd: true }), HINT("HTTPConnection.endheaders", "encode_chunkd", "encode_chunked")],
    ["endheaders(body, {encode_chunkd})", () => loose(conn(), "endheaders")(null, { encode_chunkd: true }), HINT("HTTPConnection.endheaders", "encode_chunkd", "encode_chunked")],
    ["send({dta})", () => loose(conn(), "send")({ dta: "" }), HINT("HTTPConnection.send", "dta", "data")],
    ["set_tunnel(h, {prt})", () => loose(conn(), "set_tunnel")("h", { prt: 1 }), HINT("HTTPConnection.set_tunnel", "prt", "port")],
    ["set_debuglevel({levl})", () => loose(conn(), "set_debuglevel")({ levl: 1 }), HINT("HTTPConnection.set_debuglevel", "levl", "level")],
    ["getresponse({x})", () => loose(conn(), "getresponse")({ x: 1 }), HINT("HTTPConnection.getresponse", "x")],
    ["connect({x})", () => loose(conn(), "connect")({ x: 1 }), HINT("HTTPConnection.connect", "x")],
    ["close({x})", () => loose(conn(), "close")({ x: 1 }), HINT("HTTPConnection.close", "x")],
    ["HTTPResponse(sock, {debuglvl})", () => new LooseResponse(new FakeSocket(""), { debuglvl: 1 }), HINT("HTTPResponse.__init__", "debuglvl", "debuglevel")],
    ["read({amnt})", () => loose(response(), "read")({ amnt: 1 }), HINT("HTTPResponse.read", "amnt", "amt")],
    ["read1({m})", () => loose(response(), "read1")({ m: 1 }), HINT("HTTPResponse.read1", "m")],
    ["peek({m})", () => loose(response(), "peek")({ m: 1 }), HINT("HTTPResponse.peek", "m")],
    ["readline({limt})", () => loose(response(), "readline")({ limt: 1 }), HINT("HTTPResponse.readline", "limt", "limit")],
    ["readinto({bb})", () => loose(response(), "readinto")({ bb: 1 }), HINT("HTTPResponse.readinto", "bb", "b")],
    ["getheader({nme})", () => loose(response(), "getheader")({ nme: "x" }), HINT("HTTPResponse.getheader", "nme", "name")],
    ["getheader(name, kwargs({defualt}))", () => response().getheader("x", kwargs({ defualt: 1 })), HINT("HTTPResponse.getheader", "defualt", "default")],
    ["create_default_context({cafle})", () => (ssl.create_default_context as Loose)({ cafle: 1 }), HINT("create_default_context", "cafle", "cafile")],
    ["_create_unverified_context({cafle})", () => (ssl._create_unverified_context as Loose)({ cafle: 1 }), HINT("_create_unverified_context", "cafle", "cafile")],
    ["SSLContext.load_verify_locations({cafle})", () => loose(ssl.create_default_context(), "load_verify_locations")({ cafle: 1 }), HINT("SSLContext.load_verify_locations", "cafle", "cafile")],
    ["SSLContext.get_ca_certs({binary_fom})", () => loose(ssl.create_default_context(), "get_ca_certs")({ binary_fom: 1 }), HINT("SSLContext.get_ca_certs", "binary_fom", "binary_form")],
    ["BytesIO({initial_byte})", () => new (io.BytesIO as unknown as new (...a: unknown[]) => unknown)({ initial_byte: "" }), HINT("BytesIO", "initial_byte", "initial_bytes")],
    ["BufferedReader(raw, {buffer_sze})", () => new (io.BufferedReader as unknown as new (...a: unknown[]) => unknown)(new io.BytesIO(), { buffer_sze: 1 }), HINT("BufferedReader", "buffer_sze", "buffer_size")],
    ["StringIO({newlin})", () => new (io.StringIO as unknown as new (...a: unknown[]) => unknown)({ newlin: "" }), HINT("StringIO", "newlin", "newline")],
  ];
  test.each(cases)("%s", async (_name, call, message) => {
    expect(await typeError(call)).toBe(message);
  });

  test("C __init__ argument counts as CPython's io reports them", async () => {
    const AnyBytesIO = io.BytesIO as unknown as new (...a: unknown[]) => unknown;
    const AnyStringIO = io.StringIO as unknown as new (...a: unknown[]) => unknown;
    const AnyReader = io.BufferedReader as unknown as new (...a: unknown[]) => unknown;
    expect(await typeError(() => new AnyBytesIO(Buffer.from(""), 1))).toBe("BytesIO() takes at most 1 argument (2 given)");
    expect(await typeError(() => new AnyBytesIO(Buffer.from(""), { initial_bytes: Buffer.from("") }))).toBe("BytesIO() takes at most 1 argument (2 given)");
    expect(await typeError(() => new AnyReader(new io.BytesIO(), 1, 2))).toBe("BufferedReader() takes at most 2 arguments (3 given)");
    expect(await typeError(() => new AnyReader({ buffer_size: 1 }))).toBe("BufferedReader() missing required argument 'raw' (pos 1)");
    expect(await typeError(() => new AnyStringIO("", { initial_value: "" }))).toBe("argument for StringIO() given by name ('initial_value') and position (1)");
  });
});

describe("keywords, and the positions where a plain object is a value", () => {
  test("camelCase keys and Python's keys are keywords alike", async () => {
    const conn = new client.HTTPConnection("example.com", { port: 8080, sourceAddress: ["127.0.0.1", 0], blocksize: 100 });
    expect([conn.port, conn.source_address, conn.blocksize]).toEqual([8080, ["127.0.0.1", 0], 100]);
    conn.sock = new FakeSocket("");
    await conn.request("POST", "/", { body: [Buffer.from("ab")], headers: { "Transfer-Encoding": "chunked" }, encodeChunked: true });
    expect((conn.sock as FakeSocket).data.toString("latin1")).toBe(
      "POST / HTTP/1.1\r\nHost: example.com:8080\r\nAccept-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n",
    );
  });

  test("a plain object in the headers position is the headers, whatever its keys", async () => {
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    // request(method, url, body, headers): the fourth argument is headers
    await (conn.request as Loose).call(conn, "GET", "/", null, { encode_chunked: "yes" });
    expect((conn.sock as FakeSocket).data.toString("latin1")).toContain("\r\nencode_chunked: yes\r\n");
  });

  test("a file-like plain object in the body position is the body; any other plain object is keywords", async () => {
    let conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    let chunks = [Buffer.from("data"), Buffer.alloc(0)];
    await conn.request("PUT", "/", { read: () => chunks.shift()! }, { "Content-Length": 4 });
    expect((conn.sock as FakeSocket).data.toString("latin1").endsWith("Content-Length: 4\r\n\r\ndata")).toBe(true);
    chunks = [Buffer.from("x"), Buffer.alloc(0)];
    conn.sock = new FakeSocket("");
    await conn.send({ read: () => chunks.shift()! });
    expect((conn.sock as FakeSocket).data.toString("latin1")).toBe("x");
    // a Python dict body is a Map (sent as its keys, as CPython iterates a dict)
    conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    await conn.request("POST", "/", new Map([[Buffer.from("k"), 1]]), { "Content-Length": 1 });
    expect((conn.sock as FakeSocket).data.toString("latin1").endsWith("\r\n\r\nk")).toBe(true);
  });

  test("set_tunnel's headers and getheader's default take plain objects as values", () => {
    const conn = new client.HTTPConnection("proxy");
    conn.set_tunnel("example.com", 443, { "Proxy-Authorization": "Basic x" });
    expect(conn._tunnel_headers).toEqual({ "Proxy-Authorization": "Basic x", Host: "example.com:443" });
    conn.set_tunnel("example.com", { headers: { A: "b" } });
    expect(conn._tunnel_headers).toEqual({ A: "b", Host: "example.com:80" });
    const r = response();
    return r.begin().then(() => {
      // a dict default is iterated, as CPython does: ", ".join of its keys
      expect(r.getheader("Missing", { anything: 1, more: 2 })).toBe("anything, more");
      const dflt = new Date(0);
      expect(r.getheader("Missing", dflt)).toBe(dflt);
      expect(r.getheader("Missing", kwargs({ default: 42 }))).toBe(42);
      expect(r.getheader("X", null)).toBe("a");
    });
  });

  test("a WHATWG Headers is read as the Map of its entries (extension)", async () => {
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    await conn.request("GET", "/", { headers: new Headers({ "X-One": "1", Host: "h" }) });
    expect((conn.sock as FakeSocket).data.toString("latin1")).toBe("GET / HTTP/1.1\r\nAccept-Encoding: identity\r\nhost: h\r\nx-one: 1\r\n\r\n");
  });

  test("an explicit kwargs() takes Python's names only", async () => {
    const conn = new client.HTTPConnection("example.com");
    expect(await typeError(() => conn.request("GET", "/", kwargs({ encodeChunked: true })))).toBe(HINT("HTTPConnection.request", "encodeChunked", "encode_chunked"));
  });

  test("the signal keyword must be an AbortSignal", async () => {
    expect(await typeError(() => new LooseConnection("h", { signal: {} }))).toBe("signal must be an AbortSignal, not 'dict'");
  });
});

describe("bindKw's short answer", () => {
  // bindKw answers a call of positional arguments only by itself (small enough for V8 to
  // inline, so the caller's `arguments` is not built); every call must bind as bindAll().
  test("agrees with the full binding for every argument list of a few values", () => {
    const specs = [
      kwspec("f", ["a", "b", "c", "d"], [undefined, 0, null, null], 4, { objects: { a: withMethod("makefile") } }),
      kwspec("C.m", ["a", "b"], [undefined, undefined]),
      kwspec("g", [], []),
      kwspec("h", ["a", "b", "c"], [1, 2, 3], 1),
      kwspec("i", ["header"], [undefined], Infinity),
      kwspec("StringIO", ["initial_value", "newline"], ["", "\n"], 2, { cinit: true }),
    ];
    const file = { makefile() {} };
    const sock = new (class FakeSock {
      makefile() {}
    })();
    const bare = Object.assign(Object.create(null) as object, { b: 7 });
    const values: unknown[] = [undefined, null, 0, "s", false, 7n, Symbol.for("x"), () => 1, {}, { b: 5 }, { zz: 1 }, kwargs({ b: 6 }), file, sock, bare, [1], new Date(0)];
    const few: unknown[] = [undefined, null, "s", {}];
    const outcome = (f: () => unknown): unknown[] => {
      try {
        const r = f();
        return r === null ? ["null"] : ["bound", ...(r as unknown[])];
      } catch (e) {
        return ["raised", (e as Error).constructor.name, (e as Error).message];
      }
    };
    const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
    let lists = 0;
    let short = 0;
    const check = (args: unknown[]) => {
      lists++;
      for (const spec of specs) {
        const full = outcome(() => bindAll(args, spec));
        const got = outcome(() => bindKw(args, spec));
        if (!same(got, full)) expect([spec.fname, args, got]).toEqual([spec.fname, args, full]);
        if (full[0] === "null") short++;
      }
    };
    // every list of up to three of the values, and of up to six of a few (the counts past four)
    const grow = (args: unknown[], pool: unknown[], max: number) => {
      if (args.length > 0 || pool === values) check(args);
      if (args.length < max) for (const v of pool) grow([...args, v], pool, max);
    };
    grow([], values, 3);
    for (const first of few) for (const second of few) for (const third of few) grow([first, second, third, first], few, 6);
    expect(lists).toBe(1 + 17 + 17 ** 2 + 17 ** 3 + 4 ** 3 * (1 + 4 + 16));
    expect(short).toBeGreaterThan(1000);
  });
});
