// Seeded generator of random scenarios (format v2: three in ten record calls). Scenario i of seed s depends only on
// (s, i), so one failure replays alone: `--seed s --generated i+1 --filter '^gen-s-i$'`.
//
// The ground it covers: connection hosts and ports, request building (putrequest /
// putheader / endheaders / send / request with every body type), status lines, headers
// and bodies of every framing, deliberate damage (truncation, bad sizes, bad lines), and
// every reading call under fragmented reads, over one or more request/response cycles;
// and which calls of the connection, its responses, their readers and the socket are
// recorded (all of them, or a few: a subclass that overrides those).

import type { Encoded, Scenario, Step } from "./types";

/** mulberry32: small, fast, good enough to pick test cases. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Picks by weight: [[weight, value], ...]. */
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    let total = 0;
    for (const [w] of items) total += w;
    let r = this.next() * total;
    for (const [w, v] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![1];
  }
}

function mix(seed: number, i: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h + Math.imul(i + 1, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const b = (s: string): Encoded => ({ bytes: s });

/** A weighted table; entries marked true are bad input, drawn only in a "chaos" scenario. */
type Table<T> = readonly (readonly [number, T, true?])[];

function draw<T>(rng: Rng, table: Table<T>, chaos: boolean): T {
  return rng.weighted(table.filter((e) => chaos || !e[2]).map((e) => [e[0], e[1]] as const));
}

// ---------------------------------------------------------------------------
// Connections

const HOSTS: Table<Encoded[]> = [
  [40, ["example.com"]],
  [4, ["example.com", 8080]],
  [4, ["example.com:8080"]],
  [2, ["example.com:"]],
  [1, ["example.com:http"], true],
  [3, ["[::1]"]],
  [3, ["[::1]:8000"]],
  [2, ["::1"]],
  [2, ["[fe80::1%25eth0]:8080"]],
  [2, ["fe80::1%eth0", 80]],
  [2, ["bücher.example"]],
  [1, ["bücher.example", 81]],
  [1, ["exa mple.com"], true],
  [1, ["example.com\r\nX: y"], true],
  [2, ["localhost", "80"]],
  [1, ["localhost", 80]],
  [1, ["", 80], true],
  [1, ["127.0.0.1:65536"], true],
  [1, ["example.com:99999999999999999999"], true],
  [1, ["example.com: 80"], true],
  [1, ["example.com:+81"]],
  [1, ["example.com:٨١"]],
];

// ---------------------------------------------------------------------------
// Requests

const METHODS: Table<string> = [
  [30, "GET"],
  [15, "POST"],
  [8, "PUT"],
  [5, "PATCH"],
  [8, "HEAD"],
  [4, "DELETE"],
  [3, "OPTIONS"],
  [3, "post"],
  [2, "put"],
  [2, "BREW"],
  [1, "G ET", true],
  [1, "GET\r\n", true],
  [1, "GÉT", true],
  [1, "", true],
  [1, "GET\x00", true],
];

const URLS: Table<string> = [
  [30, "/"],
  [10, "/path/to/page?q=1&r=2"],
  [4, ""],
  [3, "*"],
  [3, "http://other.example:81/x"],
  [2, "http://other.example/"],
  [2, "https://secure.example/y"],
  [2, "http://[::1]:8080/z"],
  [1, "http://[fe80::1%25eth0]:8080/"],
  [1, "http://bücher.example/"],
  [2, "/with space", true],
  [1, "/with\ttab", true],
  [1, "/cr\rlf", true],
  [1, "/caf\u00e9", true],
  [1, "/\x7f", true],
  [1, "/%20ok"],
  [1, "httpx:no-netloc"],
];

const HEADER_NAMES: Table<Encoded> = [
  [20, "X-Test"],
  [6, "Content-Type"],
  [4, "Accept"],
  [3, "host"],
  [3, "Accept-Encoding"],
  [3, "content-length"],
  [3, "Transfer-Encoding"],
  [3, b("X-Bytes")],
  [2, "X:Colon", true],
  [2, "X Space", true],
  [2, "", true],
  [1, "X-\u00e9", true],
  [1, "X-\u0100", true],
  [1, "X\r\nInjected", true],
  [1, b("X\x00"), true],
  [1, "!#$%&'*+-.^_`|~"],
];

const HEADER_VALUES: Table<Encoded> = [
  [20, "value"],
  [5, ""],
  [4, "text/plain; charset=utf-8"],
  [4, b("bytes value")],
  [3, 42],
  [2, 0],
  [1, { int: "123456789012345678901234567890" }],
  [2, " leading"],
  [2, "trailing "],
  [2, "caf\u00e9"],
  [1, "\u0100", true],
  [1, "a\r\nb", true],
  [1, "a\r\n b"],
  [1, "a\nb", true],
  [1, b("a\rb"), true],
  [1, "a\tb"],
  [1, "a\x00b", true],
  [1, "\t"],
  [1, 1.5, true],
  [1, null, true],
  [1, true, true],
  [1, "chunked"],
  [1, "5"],
];

function bodyText(rng: Rng, max: number): string {
  const n = rng.int(0, max);
  let s = "";
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 \r\n";
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
}

interface Body {
  value: Encoded | undefined;
  /** Its repr in debug output is no value the port can know (an address, a bytearray): keep debug off. */
  opaque: boolean;
}

function genBody(rng: Rng, chaos: boolean): Body {
  const kind = rng.weighted<string>([
    [20, "none"],
    [8, "null"],
    [12, "str"],
    [12, "bytes"],
    [3, "bytearray"],
    [3, "empty"],
    [2, "latin1str"],
    [chaos ? 4 : 0, "nonlatin1str"],
    [6, "iter"],
    [5, "file"],
    [3, "textfile"],
    [chaos ? 2 : 0, "textfile-wide"],
    [2, "list"],
    [chaos ? 2 : 0, "int"],
    [chaos ? 2 : 0, "dict"],
  ]);
  switch (kind) {
    case "none":
      return { value: undefined, opaque: false };
    case "null":
      return { value: null, opaque: false };
    case "str":
      return { value: bodyText(rng, 40), opaque: false };
    case "bytes":
      return { value: b(bodyText(rng, 40)), opaque: false };
    case "bytearray":
      // Debug output shows repr(body): bytearray(b'...'), which a Uint8Array cannot tell.
      return { value: { bytearray: bodyText(rng, 20) }, opaque: true };
    case "empty":
      return { value: rng.chance(0.5) ? "" : b(""), opaque: false };
    case "latin1str":
      return { value: "d\u00e9j\u00e0 vu", opaque: false };
    case "nonlatin1str":
      return { value: "price: 5\u20ac", opaque: false };
    case "iter": {
      const items: Encoded[] = [];
      const n = rng.int(0, 4);
      for (let i = 0; i < n; i++) {
        items.push(rng.weighted<Encoded>([
          [8, b(bodyText(rng, 12))],
          [2, b("")],
          [chaos ? 3 : 0, bodyText(rng, 6) || "s"],
          [1, { bytearray: "ba" }],
          [chaos ? 1 : 0, 7],
        ]));
      }
      return { value: { iter: items }, opaque: true };
    }
    case "file":
      return { value: { file: bodyText(rng, 60) }, opaque: true };
    case "textfile":
      return { value: { textfile: bodyText(rng, 30) }, opaque: true };
    case "textfile-wide":
      return { value: { textfile: "euro \u20ac" }, opaque: true };
    case "list":
      return { value: { list: [b("ab"), b(""), b("cd")] }, opaque: false };
    case "int":
      return { value: 12, opaque: false };
    case "dict":
      return { value: { dict: [["k", "v"]] }, opaque: false };
  }
  return { value: undefined, opaque: false };
}

function genHeaders(rng: Rng, n: number, chaos: boolean): [Encoded, Encoded][] {
  const out: [Encoded, Encoded][] = [];
  for (let i = 0; i < n; i++) {
    let name = draw(rng, HEADER_NAMES, chaos);
    let value = draw(rng, HEADER_VALUES, chaos);
    if (name === "content-length" && rng.chance(0.7)) value = String(rng.int(0, 20));
    if (name === "Transfer-Encoding" && rng.chance(0.7)) value = "chunked";
    if (name === "host" && rng.chance(0.7)) value = "override.example";
    if (typeof name === "string" && name === "X-Test" && rng.chance(0.3)) name = `X-Test-${i}`;
    out.push([name, value]);
  }
  return out;
}

/** Steps that send one request; sets `opaque` when a body's repr would be printed. */
function genRequest(rng: Rng, state: { opaque: boolean; method: string; chaos: boolean }): Step[] {
  const method = draw(rng, METHODS, state.chaos);
  const url = draw(rng, URLS, state.chaos);
  state.method = method;
  if (rng.chance(0.65)) {
    // request(method, url, body, headers, encode_chunked=...)
    const body = genBody(rng, state.chaos);
    if (body.opaque) state.opaque = true;
    const headers = rng.chance(0.5) ? genHeaders(rng, rng.int(0, 4), state.chaos) : null;
    const args: Encoded[] = [method, url];
    const kwargs: { [k: string]: Encoded } = {};
    const useKw = rng.chance(0.3);
    if (body.value !== undefined) {
      if (useKw) kwargs.body = body.value;
      else args.push(body.value);
    }
    if (headers) {
      const h: Encoded = { dict: headers };
      if (useKw || body.value === undefined) kwargs.headers = h;
      else args.push(h);
    }
    if (rng.chance(0.15)) kwargs.encode_chunked = rng.chance(0.7);
    const step: Step = { call: "request", args };
    if (Object.keys(kwargs).length) step.kwargs = kwargs;
    return [step];
  }
  // putrequest / putheader / endheaders [/ send]
  const steps: Step[] = [];
  const put: Step = { call: "putrequest", args: [method, url] };
  if (rng.chance(0.3)) {
    const kw: { [k: string]: Encoded } = {};
    if (rng.chance(0.6)) kw.skip_host = rng.chance(0.8);
    if (rng.chance(0.6)) kw.skip_accept_encoding = rng.chance(0.8);
    if (Object.keys(kw).length) put.kwargs = kw;
  }
  steps.push(put);
  for (const [name, value] of genHeaders(rng, rng.int(0, 3), state.chaos)) {
    const values: Encoded[] = [value];
    if (rng.chance(0.15)) values.push(draw(rng, HEADER_VALUES, state.chaos));
    if (state.chaos && rng.chance(0.2)) values.length = 0;
    steps.push({ call: "putheader", args: [name, ...values] });
  }
  const end: Step = { call: "endheaders", args: [] };
  if (rng.chance(0.4)) {
    const body = genBody(rng, state.chaos);
    if (body.opaque) state.opaque = true;
    if (body.value !== undefined) end.args = [body.value];
    if (rng.chance(0.3)) end.kwargs = { encode_chunked: true };
  }
  steps.push(end);
  if (rng.chance(0.15)) {
    const body = genBody(rng, state.chaos);
    // send() takes no str (nor None): only a chaos scenario tries.
    if (body.value !== undefined && (state.chaos || (body.value !== null && typeof body.value !== "string"))) {
      if (body.opaque) state.opaque = true;
      steps.push({ call: "send", args: [body.value] });
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------
// Responses

function statusLine(rng: Rng, eol: string): { line: string; status: number | null } {
  const version = rng.weighted<string>([
    [60, "HTTP/1.1"],
    [15, "HTTP/1.0"],
    [2, "HTTP/0.9"],
    [2, "HTTP/1.2"],
    [1, "HTTP/2.0"],
    [1, "HTTP/1"],
    [1, "http/1.1"],
    [1, "ICY"],
    [1, ""],
  ]);
  const code = rng.weighted<string>([
    [50, "200"],
    [4, "204"],
    [4, "304"],
    [4, "404"],
    [3, "500"],
    [2, "301"],
    [2, "101"],
    [1, "199"],
    [1, "099"],
    [1, "1000"],
    [1, "abc"],
    [1, "2_00"],
    [1, "+200"],
    [1, "\u00d9\u00a2\u00d9\u00a0\u00d9\u00a0"],
    [1, "\u00a0200"],
    [1, "-200"],
    [1, ""],
  ]);
  const reason = rng.weighted<string>([
    [40, " OK"],
    [5, ""],
    [5, " "],
    [4, " Not Found"],
    [3, " With  several   words "],
    [2, "\tTabbed"],
    [1, " caf\u00e9"],
    [1, " \u00ff\u00fe"],
  ]);
  const sep = rng.weighted<string>([
    [30, " "],
    [1, "  "],
    [1, "\t"],
    [1, "\u00a0"],
    [1, "\x1c"],
    [1, "\x0b"],
  ]);
  const line = version + (code ? sep + code : "") + reason + eol;
  const n = Number(code);
  return { line, status: /^[0-9]{3}$/.test(code) ? n : null };
}

function chunkedBody(rng: Rng, eol: string): string {
  let out = "";
  const n = rng.int(0, 4);
  for (let i = 0; i < n; i++) {
    const data = bodyText(rng, 20) || "x";
    const size = data.length.toString(16);
    const sizeText = rng.weighted<string>([
      [20, size],
      [2, size.toUpperCase()],
      [2, "0" + size],
      [2, size + ";ext=1"],
      [1, size + " ; name=\"v\""],
      [1, size + " "],
      [1, "+" + size],
      [1, "0x" + size],
      [1, "zz"],
      [1, ""],
      [1, (data.length + 3).toString(16)],
      [1, "-" + size],
    ]);
    out += sizeText + eol + data + rng.weighted<string>([
      [20, eol],
      [1, ""],
      [1, "XY"],
    ]);
  }
  if (rng.chance(0.9)) {
    out += rng.weighted<string>([
      [20, "0"],
      [2, "000"],
      [2, "0;last"],
    ]) + eol;
    if (rng.chance(0.2)) out += "Trailer-A: 1" + eol + (rng.chance(0.5) ? "Trailer-B: 2" + eol : "");
    if (rng.chance(0.9)) out += eol;
  }
  return out;
}

interface RespGen {
  bytes: string;
}

function genResponse(rng: Rng): RespGen {
  const eol = rng.chance(0.85) ? "\r\n" : "\n";
  let out = "";
  // Interim responses.
  if (rng.chance(0.12)) {
    const n = rng.int(1, 2);
    for (let i = 0; i < n; i++) {
      out += "HTTP/1.1 100 Continue" + eol;
      if (rng.chance(0.4)) out += "X-Interim: " + i + eol;
      out += eol;
    }
  }
  const st = statusLine(rng, eol);
  out += st.line;
  const framing = rng.weighted<string>([
    [40, "length"],
    [20, "chunked"],
    [12, "close"],
    [4, "none"],
  ]);
  const body = bodyText(rng, 50);
  const headers: string[] = [];
  const addGeneric = () => {
    headers.push(rng.weighted<string>([
      [20, "Content-Type: text/plain"],
      [5, "Server: test"],
      [3, "Set-Cookie: a=1"],
      [3, "Set-Cookie: b=2"],
      [2, "X-Empty:"],
      [2, "X-Space-Before : v"],
      [2, "X-Folded: first" + eol + " second"],
      [1, "X-Folded-Tab: first" + eol + "\tsecond"],
      [1, "X-Latin1: caf\u00e9"],
      [1, "X-High: \u00ff"],
      [1, "From nobody"],
      [1, "No colon here"],
      [1, " leading-space: v"],
      [1, "Keep-Alive: timeout=5"],
      [1, "Proxy-Connection: keep-alive"],
      [1, "Connection: keep-alive"],
      [1, "Connection: close"],
      [1, "Connection: Keep-Alive, Close"],
      [1, "X-Dup: 1"],
      [1, "x-dup: 2"],
    ]));
  };
  const nGeneric = rng.int(0, 3);
  for (let i = 0; i < nGeneric; i++) addGeneric();
  let payload = "";
  if (framing === "length") {
    const cl = rng.weighted<string>([
      [30, String(body.length)],
      [3, String(body.length + rng.int(1, 10))],
      [3, String(Math.max(0, body.length - rng.int(1, 5)))],
      [2, " " + body.length + " "],
      [1, "+" + body.length],
      [1, "-1"],
      [1, "abc"],
      [1, ""],
      [1, "99999999999999999999"],
      [1, body.length + ", " + body.length],
      [1, "1_0"],
      [1, "0x10"],
      [1, "\u00d9\u00a1\u00d9\u00a0"],
      [1, "\u00a0" + body.length + "\u0085"],
      [1, "\x1f" + body.length],
    ]);
    headers.push(rng.pick(["Content-Length", "content-length", "CONTENT-LENGTH"]) + ": " + cl);
    payload = body;
    if (rng.chance(0.05)) headers.push("Content-Length: 3");
  } else if (framing === "chunked") {
    headers.push(rng.weighted<string>([
      [20, "Transfer-Encoding: chunked"],
      [2, "Transfer-Encoding: CHUNKED"],
      [1, "Transfer-Encoding: gzip, chunked"],
      [1, "Transfer-Encoding: identity"],
      [1, "Transfer-Encoding: chunked "],
    ]));
    if (rng.chance(0.1)) headers.push("Content-Length: 5");
    payload = chunkedBody(rng, eol);
  } else if (framing === "close") {
    if (rng.chance(0.5)) headers.push("Connection: close");
    payload = body;
  }
  // Shuffle the header lines a little.
  for (let i = headers.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [headers[i], headers[j]] = [headers[j]!, headers[i]!];
  }
  for (const h of headers) out += h + eol;
  if (rng.chance(0.97)) out += eol;
  out += payload;
  if (rng.chance(0.1)) {
    // Truncation anywhere.
    out = out.slice(0, rng.int(0, out.length));
  }
  return { bytes: out };
}

// ---------------------------------------------------------------------------
// Reading

function genReads(rng: Rng, n: number): Step[] {
  const steps: Step[] = [];
  for (let i = 0; i < n; i++) {
    const op = rng.weighted<string>([
      [14, "read"],
      [10, "read-n"],
      [6, "read1"],
      [4, "readinto"],
      [5, "readline"],
      [3, "readlines"],
      [4, "peek"],
      [5, "attrs"],
      [4, "getheader"],
      [2, "getheaders"],
      [2, "info"],
      [2, "close"],
      [1, "isclosed"],
      [1, "begin"],
      [1, "fileno"],
      [1, "get"],
    ]);
    const r = (call: string, args?: Encoded[]): Step => (args ? { target: "resp", call, args } : { target: "resp", call });
    switch (op) {
      case "read":
        steps.push(r("read"));
        break;
      case "read-n":
        steps.push(r("read", [rng.weighted<Encoded>([[10, rng.int(1, 20)], [2, 0], [1, -1], [1, null], [1, 100]])]));
        break;
      case "read1":
        steps.push(rng.chance(0.3) ? r("read1") : r("read1", [rng.weighted<Encoded>([[10, rng.int(1, 20)], [1, 0], [1, -1]])]));
        break;
      case "readinto":
        steps.push(r("readinto", [{ buffer: rng.weighted([[10, rng.int(1, 20)], [1, 0], [1, 64]]) }]));
        break;
      case "readline":
        steps.push(rng.chance(0.6) ? r("readline") : r("readline", [rng.weighted<Encoded>([[10, rng.int(1, 10)], [1, 0], [1, -1]])]));
        break;
      case "readlines":
        steps.push(rng.chance(0.7) ? r("readlines") : r("readlines", [rng.int(1, 30)]));
        break;
      case "peek":
        steps.push(rng.chance(0.3) ? r("peek") : r("peek", [rng.int(0, 20)]));
        break;
      case "attrs":
        steps.push({ target: "resp", get: "attrs" });
        break;
      case "getheader": {
        const name = rng.pick(["Content-Type", "content-length", "set-cookie", "X-Missing", "x-dup", "X-Folded"]);
        if (rng.chance(0.3)) steps.push(r("getheader", [name, rng.pick<Encoded>(["dflt", null, { list: ["a", "b"] }, 5])]));
        else steps.push(r("getheader", [name]));
        break;
      }
      case "getheaders":
        steps.push(r("getheaders"));
        break;
      case "info":
        steps.push(r("info"));
        break;
      case "close":
        steps.push(r("close"));
        break;
      case "isclosed":
        steps.push(r("isclosed"));
        break;
      case "begin":
        steps.push(r("begin"));
        break;
      case "fileno":
        steps.push(r("fileno"));
        break;
      case "get":
        steps.push({ target: "resp", get: rng.pick(["headers", "msg", "code", "debuglevel", "status", "reason"]) });
        break;
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------
// Recorded calls

/** The methods a scenario can record (FORMAT.md, "Recording calls"), per object. */
export const HOOKS: Readonly<Record<"conn" | "resp" | "fp" | "sock", readonly string[]>> = {
  conn: [
    "send", "connect", "close", "putrequest", "putheader", "endheaders", "request", "getresponse", "_send_output",
    "_send_request", "_output", "_tunnel", "_get_content_length", "_is_textIO", "_validate_method", "_validate_path",
    "_validate_host", "_encode_request", "_wrap_ipv6", "_read_readable", "_get_hostport", "set_tunnel", "set_debuglevel",
    "get_proxy_response_headers", "_create_connection",
  ],
  resp: [
    "begin", "_read_status", "_check_close", "_close_conn", "close", "flush", "isclosed", "read", "read1", "readinto",
    "readline", "readlines", "peek", "_read_chunked", "_readinto_chunked", "_get_chunk_left", "_read_next_chunk_size",
    "_read_and_discard_trailer", "_safe_read", "_safe_readinto", "_read1_chunked", "_peek_chunked", "readable", "fileno",
    "getheader", "getheaders", "info",
  ],
  fp: ["read", "read1", "readline", "readinto", "readinto1", "peek", "close", "flush", "readable", "readlines", "fileno"],
  sock: ["sendall", "makefile", "close", "setsockopt"],
};

const ALL_HOOKS: readonly string[] = Object.entries(HOOKS).flatMap(([obj, methods]) => methods.map((m) => `${obj}.${m}`));

/** A record field: every hook, one object's, or a few (a subclass overriding just those). */
function genRecord(rng: Rng): string[] {
  const kind = rng.weighted<string>([
    [3, "all"],
    [2, "object"],
    [5, "few"],
  ]);
  if (kind === "all") return ALL_HOOKS.slice();
  if (kind === "object") {
    const obj = rng.pick(Object.keys(HOOKS) as (keyof typeof HOOKS)[]);
    return HOOKS[obj].map((m) => `${obj}.${m}`);
  }
  const out = new Set<string>();
  const n = rng.int(1, 4);
  while (out.size < n) out.add(rng.pick(ALL_HOOKS));
  return [...out];
}

// ---------------------------------------------------------------------------

/** Scenario i of the given seed. */
export function generateOne(seed: number, i: number): Scenario {
  const rng = new Rng(mix(seed, i));
  const sc: Scenario = { name: `gen-${seed}-${i}`, steps: [] };
  // One scenario in four feeds bad input to the request side.
  const chaos = rng.chance(0.25);
  const args = draw(rng, HOSTS, chaos);
  if (args.length !== 1 || args[0] !== "example.com") sc.connection = { args };
  if (rng.chance(0.08)) {
    sc.connection = sc.connection ?? {};
    sc.connection.kwargs = { blocksize: rng.int(1, 8) };
  }
  if (rng.chance(0.04)) {
    const tunnel: Step = { call: "set_tunnel", args: [rng.weighted<string>([[10, "target.example"], [4, "target.example:8443"], [3, "[::1]:9"], [2, "b\u00fccher.example"], [1, "evil.example\r\nX-Injected"]])] };
    if (rng.chance(0.3)) {
      tunnel.kwargs = { headers: { dict: [[rng.weighted<Encoded>([[8, "Proxy-Authorization"], [2, "host"], [1, "Bad:Name"]]), rng.weighted<Encoded>([[8, "Basic eA=="], [1, "a\r\nb"]])]] } };
    }
    sc.steps.push(tunnel);
  }

  const cycles = rng.weighted([[70, 1], [22, 2], [8, 3]]);
  // Each stream as the responses it is made of, so that raw reads can end between them.
  const streams: string[][] = [[]];
  const last = () => streams[streams.length - 1]!;
  const state = { opaque: false, method: "GET", chaos };
  for (let c = 0; c < cycles; c++) {
    sc.steps.push(...genRequest(rng, state));
    if (chaos && rng.chance(0.2)) sc.steps.push({ call: "getresponse" }); // the second one finds no request
    sc.steps.push({ call: "getresponse" });
    if (rng.chance(0.4)) sc.steps.push({ target: "resp", get: "attrs" });
    sc.steps.push(...genReads(rng, rng.int(0, 5)));
    if (rng.chance(0.5)) sc.steps.push({ target: "resp", get: "attrs" });
    // The response goes on the current stream (keep-alive) or on the next (reconnect).
    const resp = genResponse(rng).bytes;
    if (c > 0 && rng.chance(0.4)) {
      if (rng.chance(0.5)) sc.steps.push({ call: "close" });
      streams.push([resp]);
    } else if (c > 0 && rng.chance(0.5)) {
      // Whether the client reuses the connection or opens a new one, a response waits.
      last().push(resp);
      streams.push([resp]);
    } else last().push(resp);
  }
  if (rng.chance(0.1)) sc.steps.push({ call: "close" });
  if (sc.steps[0]?.call === "set_tunnel") {
    streams[0]!.unshift(rng.pick(["HTTP/1.1 200 Connection established\r\n\r\n", "HTTP/1.0 200 OK\r\nProxy-Agent: p\r\n\r\n", "HTTP/1.1 407 Proxy Auth\r\n\r\n"]));
  }
  sc.responses = streams.map((parts) => b(parts.join("")));
  const first = streams[0]!;
  if (first.length > 1 && rng.chance(0.7)) {
    // Raw reads that end where each response of the first stream ends: a makefile()
    // reader then holds only its own response, and the next one reads the next.
    sc.recv_sizes = first.map((p) => Math.max(1, p.length));
  } else if (rng.chance(0.35)) {
    const sizes: number[] = [];
    const n = rng.int(1, 4);
    for (let k = 0; k < n; k++) sizes.push(rng.weighted<number>([[10, rng.int(1, 7)], [1, 0], [2, rng.int(8, 64)]]));
    if (!sizes.some((s) => s > 0)) sizes.push(1);
    sc.recv_sizes = sizes;
  }
  if (!state.opaque && rng.chance(0.1)) sc.debuglevel = rng.pick([1, 2]);
  // (drawn last, so that the rest of a scenario is what it was before format v2)
  if (rng.chance(0.3)) sc.record = genRecord(rng);
  return sc;
}

/** count scenarios of the given seed, in order. */
export function generate(seed: number, count: number): Scenario[] {
  const out: Scenario[] = [];
  for (let i = 0; i < count; i++) out.push(generateOne(seed, i));
  return out;
}
