// The families of the named wire corpus (see corpus.ts, which writes them out).

import type { Encoded, Step } from "../types";
import type { Action } from "./types";
import {
  attrs,
  B,
  call,
  cget,
  chunkedResp,
  chunks,
  close,
  connClose,
  drip,
  exchange,
  family,
  fileChunked,
  filler,
  getresponse,
  headers,
  hold,
  http,
  ok,
  peek,
  rcall,
  read,
  read1,
  readinto,
  readline,
  recv,
  recvEof,
  recvHead,
  request,
  reset,
  respClose,
  rget,
  scenario,
  send,
  serve,
  shutdown,
  sleep,
} from "./corpus";

const T = 0.5; // the usual timeout, against a server asleep for LONG ms
const LONG = 1500;
/** How long a server waits for the client to act (send its next request, read a response) before it goes on. */
const NEXT = 800;

/** The reading calls a body can be read with, as step lists (after getresponse). */
const READERS: [string, Step[]][] = [
  ["read", [read(), attrs]],
  ["read-n", [read(3), read(100), read(), attrs]],
  ["read1", [read1(), read1(), read1(), attrs]],
  ["readline", [readline(), readline(), readline(), attrs]],
  ["readinto", [readinto(4), readinto(64), readinto(64), attrs]],
  ["peek", [peek(), read(2), peek(), read(), attrs]],
];

// ---------------------------------------------------------------------------
family("01-connect.json", () => [
  scenario("connect/refused-request", null, [request(), getresponse, cget("sock")]),
  scenario("connect/refused-connect", null, [call("connect"), cget("sock")]),
  scenario("connect/refused-connect-twice", null, [call("connect"), call("connect")]),
  scenario("connect/refused-putrequest-endheaders", null, [call("putrequest", ["GET", "/"]), call("putheader", ["X-A", "1"]), call("endheaders"), getresponse]),
  scenario("connect/refused-with-timeout", null, [request()], { timeout: 2 }),
  scenario("connect/refused-post-bytes", null, [request("POST", "/", B("abc"))]),
  scenario("connect/refused-post-file", null, [request("POST", "/", { file: "abc" })]),
  scenario("connect/refused-then-request-again", null, [request(), request(), call("close"), request()]),
  scenario("connect/refused-debuglevel", null, [request()], { debuglevel: 1 }),
  scenario("connect/refused-send", null, [call("send", [B("x")])]),
  scenario("connect/explicit-then-request", [serve(ok())], [call("connect"), ...exchange(), connClose]),
  scenario("connect/explicit-sock-attrs", [[recvEof]], [call("connect"), cget("host"), cget("port"), cget("timeout"), connClose]),
  scenario("connect/close-before-request", [[recvEof]], [call("connect"), connClose, cget("sock")]),
  scenario("connect/close-twice", [[recvEof]], [call("connect"), connClose, connClose]),
  scenario("connect/two-connects-replace-socket", [[recvEof], [recvEof]], [call("connect"), call("connect"), connClose]),
  scenario("connect/reconnect-after-close", [serve(ok("one")), serve(ok("two"))], [...exchange(), connClose, ...exchange(), connClose]),
  scenario("connect/reconnect-without-close-after-will-close", [serve(ok("one", ["Connection: close"])), serve(ok("two"))], [...exchange(), ...exchange(), connClose]),
  scenario("connect/host-port-in-host-string", [serve(ok())], exchange(), { args: ["$HOST:$PORT"] }),
  scenario("connect/host-and-port-keywords", [serve(ok())], exchange(), { args: [], kwargs: { host: "$HOST", port: "$PORT" } }),
  scenario("connect/refused-port-in-host-string", null, [request()], { args: ["$HOST:$PORT"] }),
  scenario("connect/timeout-zero-nonblocking", [[recvEof]], [request(), connClose], { timeout: 0 }),
  scenario("connect/server-closes-without-response", [[recvHead, close]], [request(), getresponse, cget("sock")]),
  scenario("connect/server-closes-then-reconnect", [[recvHead, close], serve(ok())], [request(), getresponse, ...exchange(), connClose]),
  scenario("connect/server-sends-nothing-shutdown", [[recvHead, shutdown, recvEof]], [request(), getresponse, connClose]),
]);

// ---------------------------------------------------------------------------
// Timeouts: timeout=0.5 s against a server asleep for 1.5 s at the point named.

const afterTimeout: Step[] = [read(), attrs, respClose, connClose];

family("02-timeout.json", () => {
  const list = [
    scenario("timeout/status-nothing", [[recvHead, sleep(LONG), send(ok())]], [request(), getresponse, getresponse, request(), connClose], { timeout: T }),
    scenario("timeout/status-nothing-then-reconnect", [[recvHead, sleep(LONG)], serve(ok())], [request(), getresponse, connClose, ...exchange(), connClose], { timeout: T }),
    scenario("timeout/status-partial", [[recvHead, send("HTTP/1.1 2"), sleep(LONG), send("00 OK\r\n\r\n")]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/status-line-no-crlf", [[recvHead, send("HTTP/1.1 200 OK"), sleep(LONG)]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/headers-after-status", [[recvHead, send("HTTP/1.1 200 OK\r\n"), sleep(LONG)]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/headers-some", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: 1\r\n"), sleep(LONG)]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/headers-partial-line", [[recvHead, send("HTTP/1.1 200 OK\r\nX-Lo"), sleep(LONG)]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/headers-continuation", [[recvHead, send("HTTP/1.1 200 OK\r\nX-A: 1\r\n "), sleep(LONG)]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/interim-100-then-nothing", [[recvHead, send("HTTP/1.1 100 Continue\r\n\r\n"), sleep(LONG)]], [request(), getresponse, connClose], { timeout: T }),
    scenario("timeout/after-timeout-getresponse-again", [[recvHead, sleep(LONG)]], [request(), getresponse, getresponse, cget("sock"), connClose], { timeout: T }),
    scenario("timeout/after-timeout-new-request", [[recvHead, sleep(LONG)]], [request(), getresponse, request(), getresponse], { timeout: T }),
    scenario("timeout/per-operation-drip-slower-than-total", [[recvHead, drip(ok("abcdef"), 4, 150)]], [request(), getresponse, read(), attrs], { timeout: 0.6 }),
    scenario("timeout/float-timeout-none-waits", [[recvHead, sleep(400), send(ok())]], exchange(), { kwargs: { timeout: null } }),
  ];
  const clHead = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n";
  for (const [rname, steps] of READERS) {
    list.push(scenario(`timeout/content-length-body-${rname}`, [[recvHead, send(clHead + "abcd"), sleep(LONG), send("efghij")]], [request(), getresponse, ...steps, ...afterTimeout], { timeout: T }));
  }
  list.push(
    scenario("timeout/content-length-body-empty-so-far", [[recvHead, send(clHead), sleep(LONG)]], [request(), getresponse, read(), read(), attrs, connClose], { timeout: T }),
    scenario("timeout/content-length-read-within-available", [[recvHead, send(clHead + "abcd"), sleep(LONG)]], [request(), getresponse, read(4), read(1), read(1), attrs, connClose], { timeout: T }),
    scenario("timeout/content-length-then-read-again", [[recvHead, send(clHead + "abcd"), sleep(LONG)]], [request(), getresponse, read(), read(), readline(), readinto(4), attrs, connClose], { timeout: T }),
  );
  const chHead = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (const [rname, steps] of READERS) {
    list.push(scenario(`timeout/inside-chunk-${rname}`, [[recvHead, send(chHead + "a\r\nabcd"), sleep(LONG), send("efghij\r\n0\r\n\r\n")]], [request(), getresponse, ...steps, ...afterTimeout], { timeout: T }));
    list.push(scenario(`timeout/between-chunks-${rname}`, [[recvHead, send(chHead + "4\r\nabcd\r\n"), sleep(LONG), send("6\r\nefghij\r\n0\r\n\r\n")]], [request(), getresponse, ...steps, ...afterTimeout], { timeout: T }));
  }
  list.push(
    scenario("timeout/chunk-size-line-partial", [[recvHead, send(chHead + "1"), sleep(LONG)]], [request(), getresponse, read(), attrs, connClose], { timeout: T }),
    scenario("timeout/chunk-data-crlf-missing", [[recvHead, send(chHead + "4\r\nabcd"), sleep(LONG)]], [request(), getresponse, read(4), read(), attrs, connClose], { timeout: T }),
    scenario("timeout/before-trailers", [[recvHead, send(chHead + "4\r\nabcd\r\n0\r\n"), sleep(LONG)]], [request(), getresponse, read(), attrs, connClose], { timeout: T }),
    scenario("timeout/inside-trailers", [[recvHead, send(chHead + "4\r\nabcd\r\n0\r\nX-T: 1\r\n"), sleep(LONG)]], [request(), getresponse, read(), attrs, connClose], { timeout: T }),
    scenario("timeout/close-delimited-body", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nabcd"), sleep(LONG)]], [request(), getresponse, read(), attrs, connClose], { timeout: T }),
    scenario("timeout/close-delimited-read-n", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nabcd"), sleep(LONG)]], [request(), getresponse, read(2), read(10), read(10), attrs, connClose], { timeout: T }),
    scenario("timeout/close-delimited-readline", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nab\ncd"), sleep(LONG)]], [request(), getresponse, readline(), readline(), readline(), attrs, connClose], { timeout: T }),
  );
  // Sending a large body to a peer that does not read: CPython's sendall blocks once the
  // kernel's buffers are full (about 3 MB on loopback here), then times out. One named
  // case (a str body, one line of JSON); the generator makes the other body types.
  list.push(scenario("timeout/send-large-body-peer-not-reading", [[recvHead, sleep(2000)]], [request("POST", "/", "a".repeat(5 << 20)), cget("sock"), connClose], { timeout: T }));
  return list;
});

// ---------------------------------------------------------------------------
// Peers that drip the response, a few bytes at a time.

family("03-drip.json", () => {
  const list = [];
  const bodies: [string, string][] = [
    ["content-length", ok("hello world", ["X-A: 1"])],
    ["chunked", chunkedResp(["hel", "lo ", "world"], [], ["X-T: 1"])],
    ["close-delimited", http("HTTP/1.0 200 OK", ["X-A: 1"], "hello\nworld\n")],
    ["interim-100", "HTTP/1.1 100 Continue\r\n\r\n" + ok("hi")],
    ["lf-only", "HTTP/1.1 200 OK\nContent-Length: 2\nX-A: 1\n\nhi"],
  ];
  const paces: [string, number, number][] = [
    ["1b", 1, 0],
    ["1b-2ms", 1, 2],
    ["3b-1ms", 3, 1],
  ];
  for (const [bname, resp] of bodies) {
    for (const [pname, n, ms] of paces) {
      list.push(scenario(`drip/${bname}-${pname}-read`, [[recvHead, drip(resp, n, ms)]], [request(), getresponse, attrs, read(), attrs, connClose]));
    }
    list.push(scenario(`drip/${bname}-readline`, [[recvHead, drip(resp, 1, 1)]], [request(), getresponse, readline(), readline(), readline(), attrs, connClose]));
    // read1 returns what one raw read brings: pieces 250 ms apart make that the piece.
    list.push(scenario(`drip/${bname}-read1`, [[recvHead, drip(resp, 16, 250)]], [request(), getresponse, read1(), read1(), read1(), read1(), attrs, connClose], { timeout: 2 }));
    list.push(scenario(`drip/${bname}-readinto`, [[recvHead, drip(resp, 2, 1)]], [request(), getresponse, readinto(3), readinto(3), readinto(64), attrs, connClose]));
    list.push(scenario(`drip/${bname}-with-timeout`, [[recvHead, drip(resp, 1, 5)]], [request(), getresponse, read(), attrs, connClose], { timeout: 1 }));
  }
  list.push(
    scenario("drip/headers-many", [[recvHead, drip(ok("x", Array.from({ length: 30 }, (_, i) => `X-H${i}: ${"v".repeat(i)}`)), 7, 0)]], [request(), getresponse, rcall("getheaders"), read(), connClose]),
    scenario("drip/body-large-16k-pieces", [[recvHead, drip(ok(filler(300_000)), 16384, 0)]], [request(), getresponse, read(), attrs, connClose]),
    scenario("drip/chunked-large", [[recvHead, drip(chunkedResp([filler(70_000, 1), filler(90_000, 2), filler(5, 3)]), 4096, 0)]], [request(), getresponse, read(100_000), read(), attrs, connClose]),
    scenario("drip/read-n-across-pieces", [[recvHead, drip(ok(filler(5000)), 333, 1)]], [request(), getresponse, read(1000), read(1000), read(4000), attrs, connClose]),
  );
  return list;
});

// ---------------------------------------------------------------------------
// Peers that pause (less than the timeout) at each point of the response.

family("04-pause.json", () => {
  const P = 300;
  const cases: [string, Action[]][] = [
    ["before-status", [sleep(P), send(ok("abc"))]],
    ["inside-status", [send("HTTP/1.1 20"), sleep(P), send("0 OK\r\nContent-Length: 3\r\n\r\nabc")]],
    ["after-status", [send("HTTP/1.1 200 OK\r\n"), sleep(P), send("Content-Length: 3\r\n\r\nabc")]],
    ["inside-header", [send("HTTP/1.1 200 OK\r\nContent-Le"), sleep(P), send("ngth: 3\r\n\r\nabc")]],
    ["before-blank-line", [send("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n"), sleep(P), send("\r\nabc")]],
    ["inside-body", [send("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\na"), sleep(P), send("bc")]],
    ["inside-chunk-size", [send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), sleep(P), send("3\r\nabc\r\n0\r\n\r\n")]],
    ["inside-chunk", [send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na"), sleep(P), send("bc\r\n0\r\n\r\n")]],
    ["between-chunks", [send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n"), sleep(P), send("2\r\nbc\r\n0\r\n\r\n")]],
    ["before-last-chunk", [send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"), sleep(P), send("0\r\n\r\n")]],
    ["before-trailer-end", [send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n"), sleep(P), send("\r\n")]],
    ["after-100", [send("HTTP/1.1 100 Continue\r\n\r\n"), sleep(P), send(ok("abc"))]],
    ["close-delimited", [send("HTTP/1.0 200 OK\r\n\r\na"), sleep(P), send("bc")]],
  ];
  const list = [];
  for (const [name, actions] of cases) {
    list.push(scenario(`pause/${name}`, [[recvHead, ...actions]], [request(), getresponse, attrs, read(), attrs, connClose], { timeout: 2 }));
    list.push(scenario(`pause/${name}-no-timeout`, [[recvHead, ...actions]], [request(), getresponse, read(1), read(), attrs, connClose]));
  }
  list.push(
    scenario("pause/read1-returns-what-came", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc"), sleep(P), send("def")]], [request(), getresponse, read1(), read1(), read1(), attrs, connClose], { timeout: 2 }),
    scenario("pause/peek-returns-what-came", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc"), sleep(P), send("def")]], [request(), getresponse, peek(), read(3), peek(), read(), connClose], { timeout: 2 }),
    scenario("pause/readinto-returns-what-came", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc"), sleep(P), send("def")]], [request(), getresponse, readinto(6), readinto(6), attrs, connClose], { timeout: 2 }),
    scenario("pause/chunked-read1-per-chunk", [[recvHead, send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"), sleep(P), send("3\r\ndef\r\n0\r\n\r\n")]], [request(), getresponse, read1(), read1(), read1(), attrs, connClose], { timeout: 2 }),
  );
  return list;
});

// ---------------------------------------------------------------------------
// Half-close: the server sends FIN (shutdown) and keeps reading.

family("05-halfclose.json", () => [
  scenario("halfclose/after-headers-close-delimited", [[recvHead, send("HTTP/1.0 200 OK\r\nX-A: 1\r\n\r\n"), shutdown, recvEof]], [request(), getresponse, attrs, read(), attrs, connClose]),
  scenario("halfclose/after-headers-content-length", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"), shutdown, recvEof]], [request(), getresponse, attrs, read(), attrs, connClose]),
  scenario("halfclose/after-headers-chunked", [[recvHead, send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"), shutdown, recvEof]], [request(), getresponse, attrs, read(), attrs, connClose]),
  scenario("halfclose/inside-body-content-length", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"), shutdown, recvEof]], [request(), getresponse, read(1), read(), attrs, connClose]),
  scenario("halfclose/inside-body-readinto", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"), shutdown, recvEof]], [request(), getresponse, readinto(8), readinto(8), attrs, connClose]),
  scenario("halfclose/inside-chunk", [[recvHead, send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"), shutdown, recvEof]], [request(), getresponse, read(), attrs, connClose]),
  scenario("halfclose/before-status", [[recvHead, shutdown, recvEof]], [request(), getresponse, cget("sock"), connClose]),
  scenario("halfclose/after-full-response-next-request", [[recvHead, send(ok("one")), shutdown, recvHead, recvEof]], [...exchange(), request(), getresponse, connClose]),
  scenario("halfclose/after-full-response-next-post", [[recvHead, send(ok("one")), shutdown, recvHead, recv(5), recvEof]], [...exchange(), request("POST", "/", B("hello")), getresponse, connClose]),
  scenario("halfclose/after-full-response-reconnects", [[recvHead, send(ok("one")), shutdown, recvHead, recvEof], serve(ok("two"))], [...exchange(), request(), getresponse, ...exchange(), connClose]),
  scenario("halfclose/then-server-reads-body", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"), shutdown, recv(10), recvEof]], [request("POST", "/", { file: "0123456789" }), getresponse, read(), connClose]),
  scenario("halfclose/client-keeps-connection-open", [[recvHead, send(ok("one")), shutdown, sleep(100)]], [...exchange()]),
  scenario("halfclose/readline-at-eof", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nline1\nline2"), shutdown, recvEof]], [request(), getresponse, readline(), readline(), readline(), readline(), connClose]),
  scenario("halfclose/peek-at-eof", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nab"), shutdown, recvEof]], [request(), getresponse, peek(), read(), peek(), connClose]),
]);

// ---------------------------------------------------------------------------
// Resets (RST) before, inside and after the response.

family("06-reset.json", () => {
  const list = [
    scenario("reset/before-status", [[recvHead, reset]], [request(), getresponse, cget("sock"), connClose]),
    scenario("reset/inside-status", [[recvHead, send("HTTP/1.1 20"), reset]], [request(), getresponse, connClose]),
    scenario("reset/after-status", [[recvHead, send("HTTP/1.1 200 OK\r\n"), reset]], [request(), getresponse, connClose]),
    scenario("reset/inside-headers", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-"), reset]], [request(), getresponse, connClose]),
    scenario("reset/after-headers-content-length", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"), sleep(200), reset]], [request(), getresponse, read(), attrs, connClose]),
    scenario("reset/inside-body-content-length", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"), sleep(200), reset]], [request(), getresponse, read(), attrs, connClose]),
    scenario("reset/inside-body-two-reads", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"), sleep(200), reset]], [request(), getresponse, read(2), read(2), attrs, connClose]),
    scenario("reset/inside-chunk", [[recvHead, send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab"), sleep(200), reset]], [request(), getresponse, read(), attrs, connClose]),
    scenario("reset/between-chunks", [[recvHead, send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n"), sleep(200), reset]], [request(), getresponse, read(), attrs, connClose]),
    scenario("reset/close-delimited-body", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nabc"), sleep(200), reset]], [request(), getresponse, read(), attrs, connClose]),
    scenario("reset/after-full-response", [[recvHead, send(ok("one")), sleep(200), reset]], [...exchange(), connClose]),
    scenario("reset/keepalive-then-next-request", [[recvHead, send(ok("one")), sleep(NEXT), reset]], [...exchange(), request(), getresponse, connClose]),
    scenario("reset/keepalive-then-reconnect", [[recvHead, send(ok("one")), sleep(NEXT), reset], serve(ok("two"))], [...exchange(), request(), getresponse, ...exchange(), connClose]),
    scenario("reset/after-client-sent-large-body", [[recvHead, recv(1000), sleep(NEXT), reset]], [request("POST", "/", { base64: Buffer.alloc(1 << 20, 0x62).toString("base64") }), getresponse, connClose], { timeout: 5 }),
    // 5 MB is more than the kernel's buffers take: the client is inside sendall() when the reset comes.
    scenario("reset/while-client-sends-large-body", [[recvHead, recv(1000), sleep(300), reset]], [request("POST", "/", "b".repeat(5 << 20)), getresponse, connClose], { timeout: 5 }),
    scenario("reset/after-100-continue", [[recvHead, send("HTTP/1.1 100 Continue\r\n\r\n"), reset]], [request(), getresponse, connClose]),
  ];
  for (const [rname, steps] of READERS) {
    list.push(scenario(`reset/inside-body-${rname}`, [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabcd"), sleep(200), reset]], [request(), getresponse, ...steps, connClose]));
  }
  return list;
});

// ---------------------------------------------------------------------------
// Keep-alive: the server closes between requests; the next request.

// The server ends the connection between two requests in one of three ways that do not
// race the client's next request (a close right after the response would: whether the
// request arrived before the close decides between a FIN and a reset):
//   after-read:  it reads the next request, then closes (FIN; the client reads EOF);
//   fin-first:   it sends FIN (shutdown) after the response, closes 800 ms later;
//   unread:      it closes 800 ms later with the next request unread (a reset).
// (NEXT: time enough for the client to read the response and send the next request.)
const ENDINGS: [string, (consume: Action[]) => Action[]][] = [
  ["after-read", (consume) => [...consume, close]],
  ["fin-first", () => [shutdown, sleep(NEXT), close]],
  ["unread", () => [sleep(NEXT), close]],
];

family("07-keepalive.json", () => {
  const list = [
    scenario("keepalive/two-requests-one-connection", [[recvHead, send(ok("one")), recvHead, send(ok("two"))]], [...exchange(), ...exchange(), connClose]),
    scenario("keepalive/five-requests-one-connection", [[...serve(ok("1")), ...serve(ok("2")), ...serve(ok("3")), ...serve(ok("4")), ...serve(ok("5"))]], [...exchange(), ...exchange(), ...exchange(), ...exchange(), ...exchange(), connClose]),
  ];
  const nexts: [string, Step[], Action[]][] = [
    ["get", [request(), getresponse], [recvHead]],
    ["post-bytes", [request("POST", "/", B("hello")), getresponse], [recvHead, recv(5)]],
    ["post-file", [request("POST", "/", { file: "hello" }), getresponse], [recvHead, recv(fileChunked("hello").length)]],
    ["post-iterable", [request("POST", "/", { iter: [B("a"), B("b"), B("c")] }), getresponse], [recvHead, recv(chunks(["a", "b", "c"]).length)]],
    ["putrequest-send", [call("putrequest", ["POST", "/"]), call("putheader", ["Content-Length", "6"]), call("endheaders"), call("send", [B("abc")]), call("send", [B("def")]), getresponse], [recvHead, recv(6)]],
  ];
  for (const [ename, ending] of ENDINGS) {
    for (const [nname, steps, consume] of nexts) {
      list.push(scenario(`keepalive/closed-${ename}-then-${nname}`, [[recvHead, send(ok("one")), ...ending(consume)]], [...exchange(), ...steps, cget("sock"), connClose]));
    }
    list.push(scenario(`keepalive/closed-${ename}-then-reconnect`, [[recvHead, send(ok("one")), ...ending([recvHead])], serve(ok("two"))], [...exchange(), request(), getresponse, ...exchange(), connClose]));
  }
  list.push(
    scenario("keepalive/reset-later-then-post-file", [[recvHead, send(ok("one")), sleep(NEXT), reset]], [...exchange(), request("POST", "/", { file: "hello" }), getresponse, connClose]),
    scenario("keepalive/connection-close-header-reconnects", [serve(ok("one", ["Connection: close"])), serve(ok("two"))], [...exchange(), cget("sock"), ...exchange(), connClose]),
    scenario("keepalive/http10-reconnects", [serve(ok("one", [], "HTTP/1.0 200 OK")), serve(ok("two"))], [...exchange(), ...exchange(), connClose]),
    scenario("keepalive/http10-keep-alive-header", [[...serve(ok("one", ["Connection: keep-alive"], "HTTP/1.0 200 OK")), ...serve(ok("two"))]], [...exchange(), ...exchange(), connClose]),
    scenario("keepalive/unread-body-then-request", [[recvHead, send(ok("one")), recvHead, send(ok("two"))]], [request(), getresponse, request(), getresponse, read(), connClose]),
    scenario("keepalive/closed-response-then-request", [[recvHead, send(ok("one")), recvHead, send(ok("two"))]], [request(), getresponse, respClose, request(), getresponse, read(), connClose]),
    scenario("keepalive/chunked-then-next", [[recvHead, send(chunkedResp(["one"])), recvHead, send(ok("two"))]], [...exchange(), ...exchange(), connClose]),
    scenario("keepalive/head-then-get", [[recvHead, send(http("HTTP/1.1 200 OK", ["Content-Length: 3"])), recvHead, send(ok("two"))]], [...exchange("HEAD"), ...exchange(), connClose]),
    scenario("keepalive/204-then-get", [[recvHead, send(http("HTTP/1.1 204 No Content", [])), recvHead, send(ok("two"))]], [request(), getresponse, attrs, ...exchange(), connClose]),
    scenario("keepalive/304-then-get", [[recvHead, send(http("HTTP/1.1 304 Not Modified", ["Content-Length: 10"])), recvHead, send(ok("two"))]], [request(), getresponse, attrs, ...exchange(), connClose]),
    scenario("keepalive/server-closes-idle-client-reads", [[recvHead, send(ok("one")), close]], [...exchange(), cget("sock"), connClose]),
    scenario("keepalive/close-delimited-then-request", [[recvHead, send("HTTP/1.1 200 OK\r\n\r\nbody"), close], serve(ok("two"))], [...exchange(), ...exchange(), connClose]),
  );
  return list;
});

// ---------------------------------------------------------------------------
// 100 Continue (http.client sends the body without waiting and skips interim responses).

const expect = headers([["Expect", "100-continue"], ["Content-Length", "5"]]);

family("08-continue.json", () => [
  scenario("continue/immediate", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n" + ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, attrs, read(), connClose]),
  scenario("continue/before-body-read", [[recvHead, send("HTTP/1.1 100 Continue\r\n\r\n"), recv(5), send(ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, attrs, read(), connClose]),
  scenario("continue/delay-before-final", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n"), sleep(300), send(ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, attrs, read(), connClose], { timeout: 2 }),
  scenario("continue/delay-before-100", [[recvHead, recv(5), sleep(300), send("HTTP/1.1 100 Continue\r\n\r\n" + ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, attrs, read(), connClose], { timeout: 2 }),
  scenario("continue/dripped", [[recvHead, recv(5), drip("HTTP/1.1 100 Continue\r\n\r\n" + ok("done"), 1, 1)]], [request("POST", "/", B("hello"), expect), getresponse, attrs, read(), connClose]),
  scenario("continue/with-headers", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\nX-I: 1\r\nX-J: 2\r\n\r\n" + ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, rcall("getheaders"), read(), connClose]),
  scenario("continue/several-interim", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, attrs, rcall("getheaders"), read(), connClose]),
  scenario("continue/interim-paused-each", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n"), sleep(200), send("HTTP/1.1 102 Processing\r\n\r\n"), sleep(200), send(ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, attrs, read(), connClose], { timeout: 2 }),
  scenario("continue/debuglevel", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\nX-I: 1\r\n\r\n" + ok("done"))]], [request("POST", "/", B("hello"), expect), getresponse, read(), connClose], { debuglevel: 1 }),
  scenario("continue/then-close", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n"), close]], [request("POST", "/", B("hello"), expect), getresponse, connClose]),
  scenario("continue/then-timeout", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n"), sleep(LONG)]], [request("POST", "/", B("hello"), expect), getresponse, connClose], { timeout: T }),
  scenario("continue/file-body", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n" + ok("done"))]], [request("POST", "/", { file: "hello" }, expect), getresponse, read(), connClose]),
  scenario("continue/chunked-final", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n" + chunkedResp(["do", "ne"]))]], [request("POST", "/", B("hello"), expect), getresponse, read(), attrs, connClose]),
  scenario("continue/keepalive-second", [[recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n" + ok("one")), recvHead, recv(5), send("HTTP/1.1 100 Continue\r\n\r\n" + ok("two"))]], [request("POST", "/", B("hello"), expect), getresponse, read(), request("POST", "/", B("world"), expect), getresponse, read(), connClose]),
  scenario("continue/101-is-final", [[recvHead, send(http("HTTP/1.1 101 Switching Protocols", ["Upgrade: x"]))]], [request(), getresponse, attrs, read(), attrs, connClose]),
]);

// ---------------------------------------------------------------------------
// Pipelined keep-alive responses: the server sends ahead of the requests.

family("09-pipelined.json", () => [
  scenario("pipelined/two-in-one-write", [[recvHead, send(ok("one") + ok("two")), recvHead]], [...exchange(), request(), getresponse, connClose]),
  scenario("pipelined/two-in-one-write-keep-reading", [[recvHead, send(ok("one") + ok("two")), recvHead, send(ok("three"))]], [...exchange(), ...exchange(), connClose]),
  scenario("pipelined/second-after-pause", [[recvHead, send(ok("one")), sleep(NEXT), send(ok("two")), recvHead]], [...exchange(), ...exchange(), connClose], { timeout: 2 }),
  scenario("pipelined/three-spaced", [[recvHead, send(ok("one")), sleep(250), send(ok("two")), sleep(250), send(ok("three")), recvHead, recvHead]], [...exchange(), ...exchange(), ...exchange(), connClose], { timeout: 2 }),
  scenario("pipelined/head-then-get-one-write", [[recvHead, send(http("HTTP/1.1 200 OK", ["Content-Length: 3"]) + ok("two")), recvHead]], [...exchange("HEAD"), request(), getresponse, connClose]),
  scenario("pipelined/chunked-then-cl-one-write", [[recvHead, send(chunkedResp(["one"]) + ok("two")), recvHead]], [...exchange(), request(), getresponse, connClose]),
  scenario("pipelined/204-then-200-one-write", [[recvHead, send(http("HTTP/1.1 204 No Content", []) + ok("two")), recvHead]], [request(), getresponse, attrs, request(), getresponse, connClose]),
  scenario("pipelined/response-before-request", [[send(ok("early")), recvHead]], [request(), getresponse, attrs, read(), connClose]),
  scenario("pipelined/response-before-request-paused", [[send(ok("early")), sleep(NEXT), recvHead]], [call("connect"), request(), getresponse, read(), connClose]),
  scenario("pipelined/second-body-read-before-second-request", [[recvHead, send(ok("one")), sleep(NEXT), send(ok("two")), recvHead]], [request(), getresponse, read(), request(), getresponse, rcall("read"), connClose], { timeout: 2 }),
  scenario("pipelined/unread-first-then-second", [[recvHead, send(ok("one")), sleep(NEXT), send(ok("two")), recvHead]], [request(), getresponse, request(), getresponse, read(), connClose], { timeout: 2 }),
  scenario("pipelined/extra-bytes-after-body", [[recvHead, send(ok("one") + "garbage"), recvHead]], [...exchange(), request(), getresponse, connClose]),
]);

// ---------------------------------------------------------------------------
// Close-delimited bodies (no Content-Length, no chunking): the body ends with the stream.

family("10-close-delimited.json", () => {
  const list = [];
  const heads: [string, string][] = [
    ["http10", "HTTP/1.0 200 OK\r\n\r\n"],
    ["http11-connection-close", "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n"],
    ["http11-no-length", "HTTP/1.1 200 OK\r\n\r\n"],
  ];
  const endings: [string, Action[]][] = [
    ["close", [close]],
    ["shutdown", [shutdown, recvEof]],
  ];
  for (const [hname, head] of heads) {
    for (const [ename, end] of endings) {
      list.push(scenario(`closedelim/${hname}-${ename}-read`, [[recvHead, send(head + "line1\nline2\n"), ...end]], [request(), getresponse, attrs, read(), attrs, read(), connClose]));
      list.push(scenario(`closedelim/${hname}-${ename}-readline`, [[recvHead, send(head + "line1\nline2\n"), ...end]], [request(), getresponse, readline(), readline(), readline(), attrs, connClose]));
    }
  }
  const head = "HTTP/1.0 200 OK\r\n\r\n";
  list.push(
    scenario("closedelim/read-n-loop", [[recvHead, send(head + "abcdefghij"), close]], [request(), getresponse, read(3), read(3), read(3), read(3), read(3), attrs, connClose]),
    scenario("closedelim/read1-loop", [[recvHead, send(head + "abcdefghij"), close]], [request(), getresponse, read1(4), read1(4), read1(4), read1(4), attrs, connClose]),
    scenario("closedelim/readinto-loop", [[recvHead, send(head + "abcdefghij"), close]], [request(), getresponse, readinto(4), readinto(4), readinto(4), readinto(4), attrs, connClose]),
    scenario("closedelim/peek-then-read", [[recvHead, send(head + "abcdefghij"), close]], [request(), getresponse, peek(), read(), peek(), connClose]),
    scenario("closedelim/readlines", [[recvHead, send(head + "a\nb\nc"), close]], [request(), getresponse, rcall("readlines"), attrs, connClose]),
    scenario("closedelim/iterate-lines", [[recvHead, send(head + "a\nb\n"), close]], [request(), getresponse, rcall("__next__"), rcall("__next__"), rcall("__next__"), connClose]),
    scenario("closedelim/large-body", [[recvHead, send(head + filler(400_000, 4)), close]], [request(), getresponse, read(), attrs, connClose]),
    scenario("closedelim/large-body-read-n", [[recvHead, send(head + filler(300_000, 5)), close]], [request(), getresponse, read(140_000), read(140_000), read(140_000), attrs, connClose]),
    scenario("closedelim/dripped-then-close", [[recvHead, drip(head + "abcdef", 2, 2), close]], [request(), getresponse, read(), attrs, connClose]),
    scenario("closedelim/paused-then-close", [[recvHead, send(head + "abc"), sleep(300), send("def"), close]], [request(), getresponse, read(), attrs, connClose], { timeout: 2 }),
    scenario("closedelim/empty-body", [[recvHead, send(head), close]], [request(), getresponse, read(), attrs, connClose]),
    scenario("closedelim/next-request-reconnects", [[recvHead, send(head + "one"), close], serve(ok("two"))], [...exchange(), ...exchange(), connClose]),
    scenario("closedelim/unread-then-conn-close", [[recvHead, send(head + "abc"), close]], [request(), getresponse, connClose, read(), attrs]),
  );
  return list;
});

// ---------------------------------------------------------------------------
// set_tunnel through a scripted proxy.

const established = "HTTP/1.1 200 Connection established\r\n\r\n";
const tunnel = (host = "target.example", ...rest: Encoded[]): Step => call("set_tunnel", [host, ...rest]);

family("11-tunnel.json", () => [
  scenario("tunnel/200-then-response", [[recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), call("get_proxy_response_headers"), connClose], { proxy: true }),
  scenario("tunnel/200-with-headers", [[recvHead, send("HTTP/1.1 200 Connection established\r\nProxy-Agent: p\r\nX-A: 1\r\n\r\n"), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), call("get_proxy_response_headers"), connClose], { proxy: true }),
  scenario("tunnel/200-http10", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\n"), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/200-and-response-one-write", [[recvHead, send(established + ok("inside")), recvHead]], [tunnel(), request(), getresponse, connClose], { proxy: true }),
  scenario("tunnel/200-dripped", [[recvHead, drip(established, 1, 1), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/407", [[recvHead, send("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\n\r\n"), recvEof]], [tunnel(), request(), call("get_proxy_response_headers"), cget("sock")], { proxy: true }),
  scenario("tunnel/407-then-retry-with-auth", [[recvHead, send("HTTP/1.1 407 Proxy Authentication Required\r\n\r\n"), recvEof], [recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel(), request(), tunnel("target.example", null, headers([["Proxy-Authorization", "Basic eDp5"]])), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/403-with-body", [[recvHead, send("HTTP/1.1 403 Forbidden\r\nContent-Length: 4\r\n\r\nnope"), recvEof]], [tunnel(), request(), connClose], { proxy: true }),
  scenario("tunnel/proxy-closes", [[recvHead, close]], [tunnel(), request(), cget("sock"), connClose], { proxy: true }),
  scenario("tunnel/proxy-closes-mid-status", [[recvHead, send("HTTP/1.1 200 Conn"), close]], [tunnel(), request(), connClose], { proxy: true }),
  scenario("tunnel/proxy-closes-mid-headers", [[recvHead, send("HTTP/1.1 200 OK\r\nX-A: 1\r\n"), close]], [tunnel(), request(), connClose], { proxy: true }),
  scenario("tunnel/proxy-resets", [[recvHead, reset]], [tunnel(), request(), connClose], { proxy: true }),
  scenario("tunnel/proxy-timeout", [[recvHead, sleep(LONG)]], [tunnel(), request(), connClose], { proxy: true, timeout: T }),
  scenario("tunnel/proxy-refused", null, [tunnel(), request()], { proxy: true }),
  scenario("tunnel/target-closes-after-200", [[recvHead, send(established), recvHead, close]], [tunnel(), request(), getresponse, connClose], { proxy: true }),
  scenario("tunnel/port-and-headers", [[recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel("target.example", 8443, headers([["Proxy-Authorization", "Basic eDp5"], ["X-B", "2"]])), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/port-in-host", [[recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel("target.example:8080"), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/ipv6-target", [[recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel("[::1]:8080"), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/keepalive-two-requests", [[recvHead, send(established), recvHead, send(ok("one")), recvHead, send(ok("two"))]], [tunnel(), ...exchange(), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/reconnect-tunnels-again", [[recvHead, send(established), recvHead, send(ok("one", ["Connection: close"]))], [recvHead, send(established), recvHead, send(ok("two"))]], [tunnel(), ...exchange(), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/debuglevel", [[recvHead, send("HTTP/1.1 200 Connection established\r\nProxy-Agent: p\r\n\r\n"), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), connClose], { proxy: true, debuglevel: 1 }),
  scenario("tunnel/post-body", [[recvHead, send(established), recvHead, recv(5), send(ok("inside"))]], [tunnel(), request("POST", "/x", B("hello")), getresponse, read(), connClose], { proxy: true }),
  scenario("tunnel/connect-explicit", [[recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel(), call("connect"), call("get_proxy_response_headers"), ...exchange(), connClose], { proxy: true }),
  scenario("tunnel/200-with-content-length-ignored", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), connClose], { proxy: true }),
]);

// ---------------------------------------------------------------------------
// Debug output (set_debuglevel) over real sockets.

family("12-debug.json", () => [
  scenario("debug/get", [serve(ok("abc", ["X-A: 1", "X-B: 2"]))], [...exchange(), connClose], { debuglevel: 1 }),
  scenario("debug/level-2", [serve(ok("abc", ["X-A: 1"]))], [...exchange(), connClose], { debuglevel: 2 }),
  scenario("debug/post-bytes", [[recvHead, recv(5), send(ok())]], [request("POST", "/", B("hello")), getresponse, read(), connClose], { debuglevel: 1 }),
  scenario("debug/post-file", [[recvHead, recv(fileChunked("hello").length), send(ok())]], [request("POST", "/", { file: "hello" }), getresponse, read(), connClose], { debuglevel: 1 }),
  scenario("debug/post-text-file", [[recvHead, recv(fileChunked("hello").length), send(ok())]], [request("POST", "/", { textfile: "hello" }), getresponse, read(), connClose], { debuglevel: 1 }),
  scenario("debug/post-iterable-chunked", [[recvHead, recv(chunks(["ab", "cde"]).length), send(ok())]], [request("POST", "/", { iter: [B("ab"), B("cde")] }), getresponse, read(), connClose], { debuglevel: 1 }),
  scenario("debug/chunked-response", [serve(chunkedResp(["ab", "cde"], ["X-T: 1"]))], [...exchange(), connClose], { debuglevel: 1 }),
  scenario("debug/close-delimited", [[recvHead, send("HTTP/1.0 200 OK\r\nX-A: 1\r\n\r\nabc"), close]], [...exchange(), connClose], { debuglevel: 1 }),
  scenario("debug/interim-responses", [[recvHead, send("HTTP/1.1 100 Continue\r\nX-I: 1\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n" + ok())]], [...exchange(), connClose], { debuglevel: 1 }),
  scenario("debug/remote-disconnected", [[recvHead, close]], [request(), getresponse, connClose], { debuglevel: 1 }),
  scenario("debug/timeout", [[recvHead, send("HTTP/1.1 200 OK\r\n"), sleep(LONG)]], [request(), getresponse, connClose], { debuglevel: 1, timeout: T }),
  scenario("debug/keepalive-reconnect", [serve(ok("one", ["Connection: close"])), serve(ok("two"))], [...exchange(), ...exchange(), connClose], { debuglevel: 1 }),
  scenario("debug/dripped-headers", [[recvHead, drip(ok("abc", ["X-A: 1"]), 3, 1)]], [...exchange(), connClose], { debuglevel: 1 }),
  scenario("debug/set-debuglevel-step", [serve(ok("one")), serve(ok("two"))], [call("set_debuglevel", [1]), request(), getresponse, read(), call("set_debuglevel", [0]), connClose, ...exchange(), connClose]),
]);

// ---------------------------------------------------------------------------
// source_address: the local end the client binds before it connects.

family("13-source-address.json", () => [
  scenario("source/loopback-any-port", [serve(ok())], [...exchange(), connClose], { kwargs: { source_address: { tuple: ["127.0.0.1", 0] } } }),
  scenario("source/other-loopback-address", [serve(ok())], [...exchange(), connClose], { kwargs: { source_address: { tuple: ["127.0.0.2", 0] } } }),
  scenario("source/empty-host", [serve(ok())], [...exchange(), connClose], { kwargs: { source_address: { tuple: ["", 0] } } }),
  scenario("source/address-in-use", [[recvEof]], [request(), cget("sock")], { kwargs: { source_address: { tuple: ["127.0.0.1", "$PORT"] } } }),
  scenario("source/not-local-address", [[recvEof]], [request(), cget("sock")], { kwargs: { source_address: { tuple: ["192.0.2.1", 0] } } }),
  scenario("source/bad-port-type", [[recvEof]], [request()], { kwargs: { source_address: { tuple: ["127.0.0.1", "x"] } } }),
  scenario("source/one-item", [[recvEof]], [request()], { kwargs: { source_address: { tuple: ["127.0.0.1"] } } }),
  scenario("source/refused-with-source", null, [request()], { kwargs: { source_address: { tuple: ["127.0.0.1", 0] } } }),
  scenario("source/reconnect-keeps-source", [serve(ok("one", ["Connection: close"])), serve(ok("two"))], [...exchange(), ...exchange(), connClose], { kwargs: { source_address: { tuple: ["127.0.0.1", 0] } } }),
]);

// ---------------------------------------------------------------------------
// blocksize: the size of the reads from a file body (each one sendall, or one chunk).

family("14-blocksize.json", () => {
  const list = [];
  const body = filler(40, 6);
  for (const bs of [1, 7, 16, 8192]) {
    list.push(scenario(`blocksize/${bs}-file-body`, [[recvHead, recv(fileChunked(body, bs).length), send(ok())]], [request("POST", "/", { file: body }), getresponse, read(), connClose], { kwargs: { blocksize: bs }, record: ["sock.sendall"] }));
    list.push(scenario(`blocksize/${bs}-file-body-chunked`, [[recvHead, recvEof]], [request("POST", "/", { file: body }, headers([["Transfer-Encoding", "chunked"]]), { encode_chunked: true }), connClose], { kwargs: { blocksize: bs } }));
    list.push(scenario(`blocksize/${bs}-text-file-body`, [[recvHead, recv(fileChunked(body, bs).length), send(ok())]], [request("POST", "/", { textfile: body }), getresponse, read(), connClose], { kwargs: { blocksize: bs }, record: ["sock.sendall"] }));
  }
  list.push(
    scenario("blocksize/large-file-body-default", [[recvHead, recv(fileChunked(filler(300_000, 7)).length), send(ok())]], [request("POST", "/", { file: filler(300_000, 7) }), getresponse, read(), connClose]),
    scenario("blocksize/large-file-body-chunked-65536", [[recvHead, recv(chunks([filler(65536, 8), filler(65536, 8), filler(1000, 8)]).length), send(ok())]], [request("POST", "/", { file: filler(132_072, 8) }, headers([["Transfer-Encoding", "chunked"]]), { encode_chunked: true }), getresponse, read(), connClose], { kwargs: { blocksize: 65536 } }),
    scenario("blocksize/zero", [[recvHead, recvEof]], [request("POST", "/", { file: "abc" }), connClose], { kwargs: { blocksize: 0 }, limit_ms: 3000 }),
    scenario("blocksize/send-file-object", [[recvHead, recv(10), send(ok())]], [call("putrequest", ["POST", "/"]), call("putheader", ["Content-Length", "10"]), call("endheaders"), call("send", [{ file: "0123456789" }]), getresponse, read(), connClose], { kwargs: { blocksize: 3 }, record: ["sock.sendall"] }),
  );
  return list;
});

// ---------------------------------------------------------------------------
// Recorded calls (FORMAT.md v2) on the real socket and its reader.

family("15-record.json", () => {
  const all = ["sock.sendall", "sock.makefile", "sock.close", "sock.setsockopt", "sock.settimeout"];
  const fp = ["fp.readline", "fp.read", "fp.readinto", "fp.read1", "fp.peek", "fp.close"];
  return [
    scenario("record/sock-get", [serve(ok("abc"))], [...exchange(), connClose], { record: all }),
    scenario("record/sock-post-bytes", [[recvHead, recv(5), send(ok())]], [request("POST", "/", B("hello")), getresponse, read(), connClose], { record: all }),
    scenario("record/sock-post-file", [[recvHead, recv(fileChunked("hello").length), send(ok())]], [request("POST", "/", { file: "hello" }), getresponse, read(), connClose], { record: all }),
    scenario("record/sock-post-chunked", [[recvHead, recv(chunks(["ab", "c"]).length), send(ok())]], [request("POST", "/", { iter: [B("ab"), B("c")] }), getresponse, read(), connClose], { record: all }),
    scenario("record/sock-keepalive-closed", [[recvHead, send(ok("one")), recvHead, close]], [...exchange(), request(), getresponse, connClose], { record: all }),
    scenario("record/sock-will-close", [serve(ok("one", ["Connection: close"]))], [...exchange(), connClose], { record: all }),
    scenario("record/sock-timeout", [[recvHead, sleep(LONG)]], [request(), getresponse, connClose], { record: all, timeout: T }),
    scenario("record/sock-tunnel", [[recvHead, send(established), recvHead, send(ok("inside"))]], [tunnel(), ...exchange(), connClose], { record: all, proxy: true }),
    scenario("record/fp-content-length", [serve(ok("hello world"))], [request(), getresponse, read(5), read(), connClose], { record: fp }),
    scenario("record/fp-chunked", [serve(chunkedResp(["hel", "lo"], [], ["X-T: 1"]))], [request(), getresponse, read(), connClose], { record: fp }),
    scenario("record/fp-chunked-read-n", [serve(chunkedResp(["hel", "lo"]))], [request(), getresponse, read(2), read(2), read(), connClose], { record: fp }),
    scenario("record/fp-close-delimited", [[recvHead, send("HTTP/1.0 200 OK\r\n\r\nabc"), close]], [request(), getresponse, read(), connClose], { record: fp }),
    scenario("record/fp-readinto", [serve(ok("hello world"))], [request(), getresponse, readinto(4), readinto(64), connClose], { record: fp }),
    scenario("record/fp-read1-peek", [serve(ok("hello world"))], [request(), getresponse, peek(), read1(3), read1(), connClose], { record: fp }),
    scenario("record/fp-readline", [serve(ok("a\nb\nc"))], [request(), getresponse, readline(), readline(), readline(), connClose], { record: fp }),
    scenario("record/fp-dripped", [[recvHead, drip(ok("hello"), 2, 1)]], [request(), getresponse, read(), connClose], { record: fp }),
    scenario("record/fp-timeout-in-body", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab"), sleep(LONG)]], [request(), getresponse, read(), connClose], { record: fp, timeout: T }),
    scenario("record/conn-send-and-connect", [serve(ok())], [...exchange(), connClose], { record: ["conn.connect", "conn.send", "conn.close", "conn._create_connection"] }),
    scenario("record/conn-reconnect", [serve(ok("one", ["Connection: close"])), serve(ok("two"))], [...exchange(), ...exchange(), connClose], { record: ["conn.connect", "conn.close", "sock.close"] }),
    scenario("record/resp-methods", [serve(ok("hello"))], [request(), getresponse, read(2), read(), connClose], { record: ["resp.begin", "resp._safe_read", "resp._close_conn", "resp.close"] }),
    scenario("record/resp-chunked", [serve(chunkedResp(["hel", "lo"]))], [request(), getresponse, read(), connClose], { record: ["resp._read_next_chunk_size", "resp._safe_read", "resp._get_chunk_left", "resp._read_and_discard_trailer"] }),
    scenario("record/all-objects", [serve(ok("hello"))], [...exchange(), connClose], { record: ["conn.send", "resp.begin", "fp.readline", "fp.read", "sock.sendall", "sock.makefile"] }),
  ];
});

// ---------------------------------------------------------------------------
// Request bodies, as the server receives them.

family("16-bodies.json", () => {
  const list = [];
  const post = (name: string, body: Encoded, wire: number, more: { hdrs?: Encoded; kwargs?: { [k: string]: Encoded } } = {}) =>
    scenario(`bodies/${name}`, [[recvHead, recv(wire), send(ok())]], [request("POST", "/", body, more.hdrs, more.kwargs), getresponse, read(), connClose]);
  list.push(
    post("bytes", B("hello"), 5),
    post("bytes-empty", B(""), 0),
    post("str-latin1", "héllo", 5),
    post("bytearray", { bytearray: "hello" }, 5),
    post("file", { file: "hello" }, fileChunked("hello").length),
    post("textfile", { textfile: "héllo" }, fileChunked("héllo").length),
    post("iterable", { iter: [B("ab"), B("cd")] }, chunks(["ab", "cd"]).length),
    post("iterable-with-empty-items", { iter: [B("ab"), B(""), B("cd")] }, chunks(["ab", "cd"]).length),
    post("iterable-content-length-given", { iter: [B("ab"), B("cd")] }, 4, { hdrs: headers([["Content-Length", "4"]]) }),
    post("bytes-encode-chunked", B("hello"), chunks(["hello"]).length, { hdrs: headers([["Transfer-Encoding", "chunked"]]), kwargs: { encode_chunked: true } }),
    post("file-encode-chunked", { file: "hello" }, chunks(["hello"]).length, { hdrs: headers([["Transfer-Encoding", "chunked"]]), kwargs: { encode_chunked: true } }),
    post("large-bytes", { base64: Buffer.from(filler(400_000, 9)).toString("base64") }, 400_000),
    post("large-file", { file: filler(500_000, 10) }, fileChunked(filler(500_000, 10)).length),
    post("file-content-length-given", { file: "hello" }, 5, { hdrs: headers([["Content-Length", "5"]]) }),
    post("large-iterable", { iter: [B(filler(200_000, 11)), B(filler(200_000, 12))] }, chunks([filler(200_000, 11), filler(200_000, 12)]).length),
    post("headers-dict", B("x"), 1, { hdrs: headers([["X-A", "1"], ["X-B", "2"]]) }),
  );
  list.push(
    scenario("bodies/putrequest-several-sends", [[recvHead, recv(9), send(ok())]], [call("putrequest", ["PUT", "/p"]), call("putheader", ["Content-Length", "9"]), call("endheaders"), call("send", [B("abc")]), call("send", [B("def")]), call("send", [B("ghi")]), getresponse, read(), connClose]),
    scenario("bodies/endheaders-with-body", [[recvHead, recv(5), send(ok())]], [call("putrequest", ["POST", "/"]), call("putheader", ["Content-Length", "5"]), call("endheaders", [B("hello")]), getresponse, read(), connClose]),
    scenario("bodies/endheaders-chunked-iterable", [[recvHead, recv(chunks(["ab", "c"]).length), send(ok())]], [call("putrequest", ["POST", "/"]), call("putheader", ["Transfer-Encoding", "chunked"]), call("endheaders", [{ iter: [B("ab"), B("c")] }], { encode_chunked: true }), getresponse, read(), connClose]),
    scenario("bodies/skip-host-and-accept-encoding", [[recvHead, send(ok())]], [call("putrequest", ["GET", "/"], { skip_host: true, skip_accept_encoding: true }), call("endheaders"), getresponse, read(), connClose]),
    scenario("bodies/host-header-given", [[recvHead, send(ok())]], [request("GET", "/", null, headers([["Host", "other.example"]])), getresponse, read(), connClose]),
    scenario("bodies/absolute-url", [[recvHead, send(ok())]], [request("GET", "http://other.example:81/x?y"), getresponse, read(), connClose]),
  );
  return list;
});

// ---------------------------------------------------------------------------
// Responses of every shape, over a real connection.

family("17-responses.json", () => {
  const list = [];
  const shapes: [string, string][] = [
    ["chunked-extensions-trailers", http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked"]) + "2;ext=1\r\nab\r\n3 ; q=\"x\"\r\ncde\r\n0\r\nX-T: 1\r\nX-U: 2\r\n\r\n"],
    ["chunked-uppercase-hex", http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked"]) + "A\r\n0123456789\r\n0\r\n\r\n"],
    ["chunked-bad-size", http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked"]) + "zz\r\nabc\r\n0\r\n\r\n"],
    ["head-status-no-reason", http("HTTP/1.1 200", ["Content-Length: 2"], "ok")],
    ["status-bad", "HTTP/1.1 abc OK\r\n\r\n"],
    ["status-http09", "hello world\r\n"],
    ["status-http2-version", "HTTP/2.0 200 OK\r\nContent-Length: 2\r\n\r\nok"],
    ["content-length-bad", http("HTTP/1.1 200 OK", ["Content-Length: x"], "ok")],
    ["content-length-negative", http("HTTP/1.1 200 OK", ["Content-Length: -1"], "ok")],
    ["content-length-short-then-close", http("HTTP/1.1 200 OK", ["Content-Length: 10"], "ok")],
    ["content-length-long", http("HTTP/1.1 200 OK", ["Content-Length: 2"], "okEXTRA")],
    ["duplicate-headers", http("HTTP/1.1 200 OK", ["Set-Cookie: a=1", "Set-Cookie: b=2", "Content-Length: 2"], "ok")],
    ["folded-header", http("HTTP/1.1 200 OK", ["X-A: 1", " continued", "Content-Length: 2"], "ok")],
    ["header-no-colon", http("HTTP/1.1 200 OK", ["Bad header", "Content-Length: 2"], "ok")],
    ["latin1-header", http("HTTP/1.1 200 OK", ["X-A: caf\u00e9", "Content-Length: 2"], "ok")],
    ["lf-line-ends", "HTTP/1.1 200 OK\nContent-Length: 2\n\nok"],
    ["many-headers-100", http("HTTP/1.1 200 OK", [...Array.from({ length: 99 }, (_, i) => `X-${i}: ${i}`), "Content-Length: 2"], "ok")],
    ["too-many-headers-101", http("HTTP/1.1 200 OK", [...Array.from({ length: 101 }, (_, i) => `X-${i}: ${i}`), "Content-Length: 2"], "ok")],
    ["header-line-too-long", http("HTTP/1.1 200 OK", [`X-Long: ${"v".repeat(70_000)}`, "Content-Length: 2"], "ok")],
    ["status-line-too-long", `HTTP/1.1 200 ${"K".repeat(70_000)}\r\n\r\n`],
    ["transfer-encoding-and-length", http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked", "Content-Length: 100"]) + chunks(["ok"])],
    ["transfer-encoding-gzip-chunked", http("HTTP/1.1 200 OK", ["Transfer-Encoding: gzip, chunked"]) + chunks(["ok"])],
    ["large-chunked", chunkedResp(Array.from({ length: 40 }, (_, i) => filler(16384, i)))],
    ["status-304-with-length", http("HTTP/1.1 304 Not Modified", ["Content-Length: 5"])],
    ["status-205", http("HTTP/1.1 205 Reset Content", ["Content-Length: 0"])],
    ["status-999", http("HTTP/1.1 999 Odd", ["Content-Length: 2"], "ok")],
  ];
  for (const [name, resp] of shapes) {
    list.push(scenario(`responses/${name}`, [[recvHead, send(resp), close]], [request(), getresponse, attrs, rcall("getheaders"), read(), attrs, connClose]));
  }
  const big = chunkedResp(Array.from({ length: 20 }, (_, i) => filler(10000 + i, i)));
  list.push(
    scenario("responses/head-method-content-length", [[recvHead, send(http("HTTP/1.1 200 OK", ["Content-Length: 10"])), close]], [request("HEAD"), getresponse, attrs, read(), attrs, connClose]),
    scenario("responses/head-method-chunked", [[recvHead, send(http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked"])), close]], [request("HEAD"), getresponse, attrs, read(), attrs, connClose]),
    scenario("responses/large-chunked-read-n", [[recvHead, send(big), close]], [request(), getresponse, read(50_000), read(70_000), read(), attrs, connClose]),
    scenario("responses/large-chunked-read1", [[recvHead, send(big), close]], [request(), getresponse, read1(), read1(), read1(100_000), read(), attrs, connClose]),
    scenario("responses/large-chunked-readinto", [[recvHead, send(big), close]], [request(), getresponse, readinto(30_000), readinto(100_000), read(), attrs, connClose]),
    scenario("responses/large-content-length-readline", [[recvHead, send(ok(filler(200_000, 13))), close]], [request(), getresponse, readline(), readline(10), readline(100_000), read(10), attrs, connClose]),
    scenario("responses/getheader-and-info", [serve(ok("x", ["X-A: 1", "X-A: 2"]))], [request(), getresponse, rcall("getheader", ["x-a"]), rcall("getheader", ["missing", "d"]), rcall("info"), rcall("geturl"), rcall("getcode"), rget("msg"), read(), connClose]),
    scenario("responses/fileno-and-isclosed", [serve(ok("x"))], [request(), getresponse, rcall("isclosed"), read(), rcall("isclosed"), rcall("fileno"), connClose]),
  );
  return list;
});

// ---------------------------------------------------------------------------
// Lifetime: closing things in every order while the connection is real.

family("18-lifetime.json", () => [
  scenario("lifetime/conn-close-then-read", [serve(ok("hello"))], [request(), getresponse, connClose, read(), attrs]),
  scenario("lifetime/conn-close-then-read-chunked", [serve(chunkedResp(["hel", "lo"]))], [request(), getresponse, connClose, read(), attrs]),
  scenario("lifetime/resp-close-then-read", [serve(ok("hello"))], [request(), getresponse, respClose, read(), attrs, connClose]),
  scenario("lifetime/resp-close-then-next-request", [[recvHead, send(ok("hello")), recvHead, send(ok("two"))]], [request(), getresponse, respClose, ...exchange(), connClose]),
  scenario("lifetime/getresponse-twice", [serve(ok("hello"))], [request(), getresponse, getresponse, read(), connClose]),
  scenario("lifetime/request-twice-without-getresponse", [[recvHead, send(ok())]], [request(), request(), getresponse, connClose]),
  scenario("lifetime/putrequest-while-request-pending", [[recvHead, send(ok())]], [call("putrequest", ["GET", "/"]), call("putrequest", ["GET", "/"]), connClose]),
  scenario("lifetime/getresponse-without-request", [[recvEof]], [call("connect"), getresponse, connClose]),
  scenario("lifetime/send-without-request", [[recv(3), recvEof]], [call("connect"), call("send", [B("abc")]), connClose]),
  scenario("lifetime/read-after-full-body-and-close", [serve(ok("hello"))], [request(), getresponse, read(), read(), respClose, read(), connClose]),
  scenario("lifetime/readinto-after-close", [serve(ok("hello"))], [request(), getresponse, respClose, readinto(4), connClose]),
  scenario("lifetime/server-closes-during-body-read", [[recvHead, send("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc"), sleep(200), close]], [request(), getresponse, read(), attrs, connClose]),
  scenario("lifetime/server-closes-during-chunked-read", [[recvHead, send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n"), sleep(200), close]], [request(), getresponse, read(), attrs, connClose]),
  scenario("lifetime/no-close-at-all", [serve(ok("hello"))], [request(), getresponse, read()]),
  scenario("lifetime/response-unread-no-close", [serve(ok("hello"))], [request(), getresponse]),
  scenario("lifetime/close-while-server-sends-large", [[recvHead, send(ok(filler(300_000, 14)))]], [request(), getresponse, read(10), connClose, read(10)]),
]);
