// Seeded generator of wire scenarios. Scenario i of seed s (named gen-wire-s-i) depends
// only on (s, i), so one failure replays alone:
//   npm run conformance:wire -- --scenarios /tmp/empty --seed s --generated i+1 --filter '^gen-wire-s-i$'
//
// What it draws: connection options (timeout, blocksize, debuglevel, a tunnel through the
// server as proxy, record hooks), one to three request/response exchanges on a keep-alive
// connection (every request body type, responses with Content-Length, chunked with
// extensions and trailers, close-delimited, interim 1xx, bodiless statuses), each response
// sent at once, dripped, paused, or cut by a pause longer than the client's timeout, and
// read with every reading call; then the connection ended by the server in one of the ways
// that do not race the client (see corpus-families.ts, 07-keepalive) and a last exchange
// on a new connection; sometimes a refused connect, a reset, or a large body sent to a
// server that does not read. The same rules as the named corpus keep each trace stable:
// the server reads all that the client sends before it closes, pauses keep 200 ms and more
// around every timeout, and read1()/peek(), whose results depend on how the bytes arrive,
// are only drawn when they arrive in pieces far apart.

import { Rng } from "../generate";
import type { Encoded, Step } from "../types";
import { B, chunks, fileChunked, headers, http } from "./corpus";
import type { Action, WireScenario } from "./types";

function mix(seed: number, i: number): number {
  let h = (seed ^ 0x5bd1e995) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
  h = (h + Math.imul(i + 1, 0x297a2d39)) >>> 0;
  h = Math.imul(h ^ (h >>> 12), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const TIMEOUT = 0.5;
const CUT_SLEEP = 1500;
const PAUSE = 250;
/** How long the server waits for the client's next request before it ends the connection. */
const NEXT_REQUEST_MS = 800;

function text(rng: Rng, n: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 \n-";
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

const resp = (name: string, args: Encoded[] = []): Step => (args.length ? { target: "resp", call: name, args } : { target: "resp", call: name });

/**
 * A request: the steps that send it, the server actions that read all of it, and whether
 * debug output would show its body's repr (a file or generator: an address, which the
 * harness cuts, and a repr the port spells its own way).
 */
function drawRequest(rng: Rng, blocksize = 8192): { steps: Step[]; consume: Action[]; head: boolean; reprBody?: true } {
  // (a URL with a space or a control character raises before anything is sent)
  const url = rng.pick(["/", "/a", "/x?y=1", "/p/%20q"]);
  const kind = rng.weighted<string>([
    [4, "get"],
    [1, "head"],
    [2, "bytes"],
    [1, "str"],
    [1, "file"],
    [1, "textfile"],
    [1, "iter"],
    [1, "putrequest"],
  ]);
  const body = text(rng, rng.int(0, 40));
  const hdrs = rng.chance(0.3) ? headers([["X-Gen", text(rng, 5).replace(/\s/g, "_")]]) : undefined;
  switch (kind) {
    case "get":
      return { steps: [{ call: "request", args: hdrs ? ["GET", url, null, hdrs] : ["GET", url] }], consume: [{ recv: "head" }], head: false };
    case "head":
      return { steps: [{ call: "request", args: ["HEAD", url] }], consume: [{ recv: "head" }], head: true };
    case "bytes":
    case "str": {
      const value = kind === "bytes" ? B(body) : body;
      return { steps: [{ call: "request", args: hdrs ? ["POST", url, value, hdrs] : ["POST", url, value] }], consume: [{ recv: "head" }, { recv: body.length }], head: false };
    }
    case "file":
    case "textfile": {
      const value = kind === "file" ? { file: body } : { textfile: body };
      return { steps: [{ call: "request", args: ["PUT", url, value] }], consume: [{ recv: "head" }, { recv: fileChunked(body, blocksize).length }], head: false, reprBody: true };
    }
    case "iter": {
      const parts = [text(rng, rng.int(1, 9)), text(rng, rng.int(1, 9)), text(rng, rng.int(1, 9))];
      return { steps: [{ call: "request", args: ["POST", url, { iter: parts.map(B) }] }], consume: [{ recv: "head" }, { recv: chunks(parts).length }], head: false, reprBody: true };
    }
    default: {
      const steps: Step[] = [
        { call: "putrequest", args: ["POST", url] },
        { call: "putheader", args: ["Content-Length", String(body.length)] },
        { call: "endheaders" },
      ];
      if (body.length) steps.push({ call: "send", args: [B(body)] });
      return { steps, consume: [{ recv: "head" }, { recv: body.length }], head: false };
    }
  }
}

/** A response that leaves the connection open: its bytes, and whether it has a body. */
function drawKeepAliveResponse(rng: Rng, head: boolean): { bytes: string; body: boolean } {
  // 100 Continue only: http.client takes any other 1xx for the final response.
  const interim = rng.chance(0.15) ? rng.pick(["HTTP/1.1 100 Continue\r\n\r\n", "HTTP/1.1 100 Continue\r\nX-I: 1\r\n\r\n"]) : "";
  const extra = rng.chance(0.4) ? [`X-${text(rng, 3).replace(/\W/g, "h")}: ${text(rng, 6).replace(/\n/g, " ")}`] : [];
  const kind = rng.weighted<string>([
    [5, "length"],
    [4, "chunked"],
    [1, "nobody"],
  ]);
  if (kind === "nobody") return { bytes: interim + http(rng.pick(["HTTP/1.1 204 No Content", "HTTP/1.1 304 Not Modified"]), extra), body: false };
  const body = text(rng, rng.int(0, 60));
  if (kind === "length" || head) return { bytes: interim + http("HTTP/1.1 200 OK", [`Content-Length: ${body.length}`, ...extra], head ? "" : body), body: !head };
  const parts: string[] = [];
  for (let at = 0; at < body.length; ) {
    const n = rng.int(1, 20);
    parts.push(body.slice(at, at + n));
    at += n;
  }
  let wire = parts.map((p) => `${p.length.toString(16)}${rng.chance(0.2) ? ";e=1" : ""}\r\n${p}\r\n`).join("") + "0\r\n";
  if (rng.chance(0.3)) wire += "X-Trailer: t\r\n";
  return { bytes: interim + http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked", ...extra]) + wire + "\r\n", body: true };
}

/** How the response goes out: at once, dripped, paused, or cut past the client's timeout. */
type Delivery = "once" | "drip" | "pause" | "cut";

function deliver(rng: Rng, bytes: string, how: Delivery): Action[] {
  if (how === "once" || bytes.length < 2) return [{ send: B(bytes) }];
  if (how === "drip") return [{ send: B(bytes), drip: [rng.pick([1, 2, 3, 7]), rng.pick([0, 1, 2])] }];
  const at = rng.int(1, bytes.length - 1);
  return [{ send: B(bytes.slice(0, at)) }, { sleep: how === "cut" ? CUT_SLEEP : PAUSE }, { send: B(bytes.slice(at)) }];
}

/**
 * Reading steps for a body, after getresponse; read1()/peek() only when the pieces come
 * far apart or at once, and no peek() without a body (it would wait for bytes that never come).
 */
function drawReads(rng: Rng, how: Delivery, body = true): Step[] {
  const exact = how !== "drip";
  const pattern = rng.weighted<string>([
    [3, "read"],
    [2, "read-n"],
    [2, "readline"],
    [1, "readinto"],
    [1, "readlines"],
    [exact ? 2 : 0, "read1"],
    [exact && body ? 1 : 0, "peek"],
    // Leaving a body unread: only when it came at once (what is buffered then does not
    // depend on timing). The caller sends nothing more on the connection after it: the
    // next getresponse() would raise ResponseNotReady and the request after that
    // CannotSendRequest, which the server's script does not foresee.
    [how === "once" ? 1 : 0, "none"],
  ]);
  const n = () => rng.int(1, 25);
  const times = rng.int(2, 5);
  const out: Step[] = [];
  for (let i = 0; i < times; i++) {
    switch (pattern) {
      case "read":
        out.push(resp("read"));
        i = times;
        break;
      case "read-n":
        out.push(resp("read", [n()]));
        break;
      case "readline":
        // (with a limit, a chunked body's readline() can overshoot it by what peek() happens
        // to hold, CPython's IOBase.readline counting the limit per peek: only at once)
        out.push(exact && how !== "pause" && rng.chance(0.3) ? resp("readline", [n()]) : resp("readline"));
        break;
      case "readinto":
        out.push(resp("readinto", [{ buffer: n() }]));
        break;
      case "readlines":
        out.push(resp("readlines"));
        i = times;
        break;
      case "read1":
        out.push(rng.chance(0.5) ? resp("read1") : resp("read1", [n()]));
        break;
      case "peek":
        out.push(resp("peek"), resp("read", [n()]));
        break;
      default:
        i = times;
    }
  }
  // A last read() to the end: besides its own checks, it leaves the response closed on
  // CPython 3.11 as on 3.14 (3.14's readline() closes a response it has read to the end,
  // 3.11's does not), so that native CPython stays a witness for what follows.
  if (pattern !== "none" && pattern !== "read" && pattern !== "readlines") out.push(resp("read"));
  else if (pattern === "readlines") out.push(resp("read"));
  return out;
}

const attrs: Step = { target: "resp", get: "attrs" };

export function generateWireOne(seed: number, i: number): WireScenario {
  const rng = new Rng(mix(seed, i));
  const name = `gen-wire-${seed}-${i}`;
  const kwargs: { [k: string]: Encoded } = {};
  const special = rng.weighted<string>([
    [90, "normal"],
    [4, "refused"],
    [3, "large-body"],
    [3, "reset"],
  ]);
  if (special === "refused") {
    const req = drawRequest(rng);
    return { name, server: null, steps: [...req.steps, { call: "getresponse" }, { get: "sock" }] };
  }
  if (special === "large-body") {
    const size = (5 << 20) + rng.int(0, 1000);
    const body = rng.pick<Encoded>([B("z".repeat(size)), "z".repeat(size), { iter: [B("y".repeat(size >> 1)), B("y".repeat(size >> 1))] }]);
    return { name, server: [[{ recv: "head" }, { sleep: 2000 }]], connection: { args: ["$HOST", "$PORT"], kwargs: { timeout: TIMEOUT } }, steps: [{ call: "request", args: ["POST", "/", body] }, { get: "sock" }, { call: "close" }] };
  }

  const steps: Step[] = [];
  let reprBody = false;
  const blocksize = rng.chance(0.15) ? rng.pick([1, 5, 64]) : null;
  if (blocksize !== null) kwargs.blocksize = blocksize;
  const draw = () => {
    const r = drawRequest(rng, blocksize ?? 8192);
    if (r.reprBody) reprBody = true;
    return r;
  };
  const first: Action[] = [];
  const server: Action[][] = [first];
  let proxy = false;
  if (rng.chance(0.1)) {
    proxy = true;
    steps.push({ call: "set_tunnel", args: ["target.example", rng.pick([443, 8080])] });
    first.push({ recv: "head" }, { send: B(rng.pick(["HTTP/1.1 200 Connection established\r\n\r\n", "HTTP/1.0 200 OK\r\nX-P: 1\r\n\r\n"])) });
  }
  let cut = false;
  // A response was left unread (drawReads' "none"): the connection carries nothing more.
  let unread = false;
  let paused = false;
  // Some response comes in pieces: the reader's calls then depend on how they arrive.
  let timed = false;
  const exchanges = rng.int(1, 3);
  for (let x = 0; x < exchanges && !cut && !unread; x++) {
    const req = draw();
    const how = rng.weighted<Delivery>([
      [5, "once"],
      [2, "drip"],
      [2, "pause"],
      [1, "cut"],
    ]);
    if (how === "cut") cut = true;
    if (how === "pause") paused = true;
    steps.push(...req.steps, { call: "getresponse" });
    if (how !== "once") timed = true;
    const response = drawKeepAliveResponse(rng, req.head);
    if (rng.chance(0.5)) steps.push(attrs);
    const reads = drawReads(rng, how, response.body);
    if (reads.length === 0) unread = true;
    steps.push(...reads);
    if (rng.chance(0.5)) steps.push(attrs);
    first.push(...req.consume, ...deliver(rng, response.bytes, how));
  }
  if (cut) kwargs.timeout = TIMEOUT;
  else if (paused || rng.chance(0.3)) kwargs.timeout = 2;

  if (unread) {
    // (nothing more on this connection)
  } else if (!cut && rng.chance(0.4)) {
    // The server ends the connection; the next request fails, the one after reconnects.
    const req = draw();
    const ending = rng.pick(["after-read", "fin-first", "unread", "reset"]);
    if (ending === "after-read") first.push(...req.consume, { close: true });
    else if (ending === "fin-first") first.push({ shutdown: true }, { sleep: NEXT_REQUEST_MS }, { close: true });
    else if (ending === "unread") first.push({ sleep: NEXT_REQUEST_MS }, { close: true });
    else first.push({ sleep: NEXT_REQUEST_MS }, { reset: true });
    steps.push(...req.steps, { call: "getresponse" });
    const again = draw();
    const second: Action[] = [];
    if (proxy) second.push({ recv: "head" }, { send: B("HTTP/1.1 200 Connection established\r\n\r\n") });
    second.push(...again.consume, { send: B(drawKeepAliveResponse(rng, again.head).bytes) });
    server.push(second);
    steps.push(...again.steps, { call: "getresponse" }, { target: "resp", call: "read" }, attrs);
  } else if (!cut && special === "reset") {
    // The next request arrives, then the server resets the connection with it unread.
    first.push({ sleep: NEXT_REQUEST_MS }, { reset: true });
    steps.push({ call: "request", args: ["GET", "/r"] }, { call: "getresponse" });
  } else if (!cut && rng.chance(0.3)) {
    // A close-delimited last response, ended by a close or by a FIN (the server then
    // reads until the client closes).
    const req = draw();
    first.push(...req.consume, { send: B(http(rng.pick(["HTTP/1.0 200 OK", "HTTP/1.1 200 OK"]), rng.chance(0.5) ? ["Connection: close"] : []) + text(rng, rng.int(0, 50))) });
    if (rng.chance(0.5)) first.push({ close: true });
    else first.push({ shutdown: true }, { recv: "eof" });
    steps.push(...req.steps, { call: "getresponse" }, ...drawReads(rng, "once"), attrs);
  }
  if (rng.chance(0.85)) steps.push({ call: "close" });

  const sc: WireScenario = { name, server, steps };
  if (proxy) sc.proxy = true;
  if (Object.keys(kwargs).length) sc.connection = { args: ["$HOST", "$PORT"], kwargs };
  // Debug output shows the CONNECT line, which CPython 3.11 (the native witness) writes as HTTP/1.0.
  if (!reprBody && !proxy && rng.chance(0.15)) sc.debuglevel = 1;
  if (!timed && rng.chance(0.12)) {
    const hooks = ["sock.sendall", "sock.makefile", "sock.close", "fp.readline", "fp.read", "fp.readinto", "fp.read1", "fp.peek", "fp.close", "resp._safe_read", "resp.begin", "conn.send", "conn.connect"];
    sc.record = hooks.filter(() => rng.chance(0.4));
    if (!sc.record.length) sc.record = ["sock.sendall"];
  }
  return sc;
}

export function generateWire(seed: number, count: number): WireScenario[] {
  return Array.from({ length: count }, (_, i) => generateWireOne(seed, i));
}
