// The public types as a strict ESM consumer meets them. Lines marked expect-error
// must not compile; all others must (scripts/type-tests.js checks both).

import { Readable } from "node:stream";
import {
  HTTPConnection,
  HTTPResponse,
  HTTPSConnection,
  RemoteDisconnected,
  type BegunHTTPResponse,
  type HTTPConnectionOptions,
  type RequestOptions,
} from "http-client-py/http/client";
import { BytesIO, StringIO } from "http-client-py/io";
import { kwargs, ConnectionError, OSError } from "http-client-py/builtins";
import * as ssl from "http-client-py/ssl";
import * as socket from "http-client-py/socket";
import { chunks, toReadable, toWebStream } from "http-client-py/node";

/** true when A and B are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exact<A, B>(_proof: Equal<A, B>): void {}

// ---- constructors
new HTTPConnection("example.com");
new HTTPConnection("example.com", 8080);
new HTTPConnection("example.com", null, 10);
new HTTPConnection("example.com", 8080, { timeout: 10 });
new HTTPConnection("example.com", { port: 8080, timeout: null, sourceAddress: ["127.0.0.1", 0], blocksize: 16384 });
new HTTPConnection("example.com", 8080, socket._GLOBAL_DEFAULT_TIMEOUT, ["127.0.0.1", 0], 8192);
new HTTPConnection("example.com", { signal: AbortSignal.timeout(1000) });
new HTTPConnection("example.com", 8080n);
new HTTPConnection("example.com", kwargs({ timeout: 1 }));
const opts: HTTPConnectionOptions = { timeout: 5 };
new HTTPConnection("example.com", opts);
new HTTPConnection("127.0.0.1", 80, { timout: 1 }); // expect-error
new HTTPConnection("127.0.0.1", { timout: 1 }); // expect-error
new HTTPConnection("127.0.0.1", { timeout: "1" }); // expect-error
new HTTPConnection("127.0.0.1", "80"); // expect-error
new HTTPConnection("127.0.0.1", 80, { port: 81 }); // expect-error
new HTTPConnection("127.0.0.1", { signal: "stop" }); // expect-error
new HTTPConnection("127.0.0.1", 80, 10, ["h"]); // expect-error

const ctx = ssl.create_default_context();
new HTTPSConnection("example.com", { context: ctx, timeout: 3 });
new HTTPSConnection("example.com", 443, { context: ctx });
new HTTPSConnection("example.com", 443, 10); // expect-error
new HTTPSConnection("example.com", { contxt: ctx }); // expect-error

// ---- requests
const conn = new HTTPConnection("example.com");
await conn.request("GET", "/");
await conn.request("POST", "/items", { body: Buffer.from("{}"), headers: { "Content-Type": "application/json" } });
await conn.request("POST", "/items", "a str body", { "Content-Length": 10, "X-Bytes": new Uint8Array(1) });
await conn.request("POST", "/", new BytesIO(Buffer.from("x")));
await conn.request("POST", "/", new StringIO("x"));
await conn.request("POST", "/", Readable.from([Buffer.from("x")]), { "Transfer-Encoding": "chunked" }, { encode_chunked: true });
await conn.request("POST", "/", (async function* () { yield Buffer.from("x"); })());
await conn.request("POST", "/", [new Uint8Array(2)], new Map([["X", "1"]]));
await conn.request("POST", "/", { read: (n: number) => Buffer.alloc(Math.min(n, 0)) });
await conn.request("GET", "/", { headers: new Headers({ Accept: "*/*" }) });
await conn.request("GET", "/", { headers: { A: "b" }, encodeChunked: false });
const ro: RequestOptions = { body: null };
await conn.request("GET", "/", ro);
await conn.request("GET", "/", { encode_chunkd: true }); // expect-error
await conn.request("GET", "/", { bdy: "" }); // expect-error
await conn.request("GET", "/", { body: 42 }); // expect-error
await conn.request("GET", "/", null, [["A", "b"]]); // expect-error
await conn.request("GET", "/", { headers: [["A", "b"]] }); // expect-error
await conn.request("GET", "/", null, { A: true }); // expect-error
await conn.request("GET", "/", null, {}, { encode_chunkd: true }); // expect-error
await conn.request("GET", "/", null, { encode_chunked: true }); // expect-error

conn.putrequest("GET", "/", { skip_host: true, skipAcceptEncoding: 1 });
conn.putrequest("GET", "/", true, true);
conn.putrequest("GET", "/", { skip_hst: true }); // expect-error
conn.putheader("Host", "example.com");
conn.putheader(Buffer.from("X"), "a", Buffer.from("b"), 3);
conn.putheader("X", { a: 1 }); // expect-error
await conn.endheaders();
await conn.endheaders(Buffer.from("x"), { encode_chunked: true });
await conn.endheaders({ message_body: "x" });
await conn.endheaders({ encode_chunkd: true }); // expect-error
await conn.send(Buffer.from("x"));
await conn.send({ data: "x" });
await conn.send({ dta: "x" }); // expect-error
conn.set_tunnel("example.com", 443, { "Proxy-Authorization": "Basic x" });
conn.set_tunnel("example.com", { port: 443, headers: new Map([["A", "b"]]) });
conn.setTunnel("example.com", 443);
conn.set_tunnel("example.com", { prt: 443 }); // expect-error
conn.set_tunnel("example.com", 443, { headers: { A: "b" } }); // expect-error
conn.set_debuglevel(1);
conn.set_debuglevel({ level: 1 });
conn.putRequest("GET", "/", { skipHost: true });
await conn.endHeaders();

// ---- responses
const resp = await conn.getresponse();
exact<typeof resp, BegunHTTPResponse>(true);
exact<typeof resp.status, number>(true);
exact<typeof resp.reason, string>(true);
const status: number = resp.status;
const body: Buffer = await resp.read();
await resp.read(10);
await resp.read({ amt: 10 });
await resp.read({ amnt: 10 }); // expect-error
await resp.read1();
await resp.read1({ n: 100 });
await resp.peek(1);
await resp.readline({ limit: 100 });
await resp.readinto(new Uint8Array(10));
await resp.readinto({ b: new Uint8Array(10) });
const h1 = resp.getheader("Content-Type");
exact<typeof h1, string | null>(true);
const h2 = resp.getheader("Content-Type", "text/plain");
exact<typeof h2, string>(true);
const h3 = resp.getheader("Content-Length", 0);
exact<typeof h3, string | 0>(true);
const h4 = resp.getheader("Set-Cookie", ["a", "b"]);
exact<typeof h4, string>(true);
const h5 = resp.getHeader("X");
exact<typeof h5, string | null>(true);
const needsString: string = resp.getheader("X"); // expect-error
const pairs: [string, string][] = resp.getheaders();
for await (const line of resp) exact<typeof line, Buffer>(true);
for await (const piece of chunks(resp)) exact<typeof piece, Buffer>(true);
toReadable(resp).pipe(process.stdout);
const web: ReadableStream<Uint8Array> = toWebStream(resp);
const unbegun = new HTTPResponse({ makefile: () => new BytesIO(Buffer.from("")) }, { method: "HEAD" });
const maybeStatus: number = unbegun.status; // expect-error
resp.close();

// ---- lifecycle and errors
{
  await using c = new HTTPConnection("example.com", { signal: new AbortController().signal });
  await c.request("GET", "/");
  await using r = await c.getresponse();
  await r.read();
}
{
  using c = new HTTPConnection("example.com");
}
try {
  await conn.getresponse();
} catch (e) {
  if (e instanceof RemoteDisconnected) console.log(e.errno, e.code);
  else if (e instanceof ConnectionError) console.log(e.strerror);
  else if (e instanceof OSError) console.log(e.errno);
}

export { status, body, pairs, web, needsString, maybeStatus };
