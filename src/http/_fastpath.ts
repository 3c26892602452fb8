// Part of the port of CPython 3.14.5 Lib/http/client.py (PSF License; see LICENSE).
// http.client's buffer-level parsers: the speed of src/http/client.ts, kept apart from the
// translation. Each function here stands for one method (or a part of one) of client.py and
// gives what it gives, but reads the reader's buffer in place (io.ReceiveBuffer) instead of
// calling readline(), read() and readinto() one line or chunk at a time. client.ts reaches
// each with one line of dispatch; a function returns null (having consumed nothing) when
// it does not apply, and Python's body runs instead.
//
// A fast path only ever runs where CPython's calls would be unobservable: on a reader whose
// methods are all the stock ones (io.receiveBuffer() decides that, in one place) and, for the
// chunked body, a response whose methods that the body's reading calls are all
// HTTPResponse's own (stockChunked() below). A subclass that overrides any of them, or a
// patched instance, gets Python's body and sees every call CPython makes.

import * as buffer from "node:buffer";
import { ValueError, int } from "../builtins";
import { Readable } from "node:stream";
import { BytesIO, receiveBuffer, type ReceiveBuffer } from "../io";
import { _SIMPLE_HEADER_LINE, _build_simple_header_block, _plain_message_factory } from "../email/feedparser";
import { Parser } from "../email/parser";
import { Compat32, compat32 } from "../email/_policybase";
import { Message, sameName } from "../email/message";
import * as socket from "../socket";
import { TypeError, asBuffer, bytesJoin, isBytesLike, isPlainObject, isub, pyEq, pyLen, raiseFrom, strEncodeLatin1, truthy, typeName, type PyInt } from "../builtins";
import type { HTTPConnection, HTTPMessage, HTTPResponse } from "./client";
import type { MessageFactory } from "../email/message";
// client.ts imports this module: the values below are read at call time, never at load.
import * as client from "./client";

/** fp.readline(limit) when the line is buffered whole: a view valid until the next read; else null. */
export function line(fp: unknown, limit: number): Buffer | null {
  const rb = receiveBuffer(fp);
  return rb === null ? null : rb.nextLine(limit);
}

/**
 * fp.readline(limit).decode("latin-1") for _read_status: the line's text when it is
 * buffered whole, or one read away (ReceiveBuffer.readlineText: a Promise, one wait on the
 * socket instead of readline()'s layers); else null or a Promise of null, and the reader's
 * readline() runs.
 */
export function statusLine(fp: unknown, limit: number): string | null | Promise<string | null> {
  const rb = receiveBuffer(fp);
  return rb === null ? null : rb.readlineText(limit);
}

/** HTTPResponse's methods that a fast path below stands in for, as client.ts defines them. */
type StockResponse = Pick<HTTPResponse, "_read_status" | "_safe_read" | "_close_conn" | "_check_close">;
// (a var without initializer: client.ts may record before this module's body has run, when
// this module is loaded first and loads client.ts; let would throw there, = null would undo it)
var stock: StockResponse | undefined;

/**
 * Records HTTPResponse's own methods once the class exists: a fast path standing in for one
 * runs only while the response's method is that one, so that a subclass, a patched instance
 * or a patched class (HTTPResponse is a Python class) gets the call.
 */
export function recordStockResponse(proto: StockResponse): void {
  stock = { _read_status: proto._read_status, _safe_read: proto._safe_read, _close_conn: proto._close_conn, _check_close: proto._check_close };
}

/**
 * statusLine() for begin() when resp._read_status is HTTPResponse's own: begin() then
 * parses the line's text itself, without the Promise of the async call, and calls
 * _read_status() where this gives null (or a Promise of null). Null when the method is not
 * the stock one.
 */
export function stockStatusLine(resp: HTTPResponse, limit: number): string | null | Promise<string | null> {
  return stock === undefined || resp._read_status !== stock._read_status ? null : statusLine(resp.fp, limit);
}

/**
 * _parse_status_line(resp, line) for the common line: "HTTP/" and printable ASCII, one
 * space, three ASCII digits from 100, then one space and a reason starting with printable
 * ASCII, or the line's end; debuglevel 0. The version, the code and the reason as
 * line.split(None, 2) and int() give them (the reason with its line end, which begin()
 * strips); else null, and _parse_status_line() runs (and raises where it raises).
 */
export function statusFields(resp: HTTPResponse, line: string): [string, number, string] | null {
  const n = line.length;
  let sp: number;
  let version: string;
  // The usual version compared whole (character by character costs more here) and given as
  // the literal, which begin()'s comparisons find at once
  if (line.slice(0, 9) === "HTTP/1.1 ") {
    sp = 8;
    version = "HTTP/1.1";
  } else {
    sp = line.indexOf(" ");
    if (sp < 5 || !line.startsWith("HTTP/") || !codesIn(line, 0x21, 0x7e, 5, sp)) return null;
    version = line.slice(0, sp);
  }
  if (resp.debuglevel !== 0 || n > client._MAXLINE || n < sp + 5) return null;
  const d0 = line.charCodeAt(sp + 1) - 0x30;
  const d1 = line.charCodeAt(sp + 2) - 0x30;
  const d2 = line.charCodeAt(sp + 3) - 0x30;
  if (d0 < 1 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  const after = line.charCodeAt(sp + 4);
  let reason: string;
  if (after === 0x20 && n > sp + 5) {
    const r = line.charCodeAt(sp + 5);
    if (r < 0x21 || r > 0x7e) return null;
    reason = line.slice(sp + 5);
  } else if ((after === 0x0d && n === sp + 6 && line.charCodeAt(sp + 5) === 0x0a) || (after === 0x0a && n === sp + 5)) {
    reason = "";
  } else return null;
  return [version, d0 * 100 + d1 * 10 + d2, reason];
}

/** Message's get() and compat32's value handling, which beginValues() stands in for. */
const stockGet = Message.prototype.get;
const stockFetchParse = Compat32.prototype.header_fetch_parse;
const stockSanitize = Compat32.prototype._sanitize_header;

/** What begin() takes from its headers: its two get()s' values and _check_close()'s answer. */
export interface BeginValues {
  tr_enc: string | null;
  will_close: boolean;
  length: string | null;
}
/** beginValues()'s answer (one object, read at once by begin()). */
const beginValuesOut: BeginValues = { tr_enc: null, will_close: false, length: null };

/**
 * For begin() once it has the headers, a response with debuglevel 0 whose _check_close() is
 * HTTPResponse's own, and headers whose get() and compat32 policy are the stock ones: the
 * values of begin()'s get("transfer-encoding") and get("content-length") and what
 * _check_close() returns, from one pass over the headers instead of a pass per get(). Null
 * where begin() must call them.
 */
export function beginValues(resp: HTTPResponse): BeginValues | null {
  const msg = resp.headers;
  if (stock === undefined || resp._check_close !== stock._check_close || resp.debuglevel !== 0 || msg === null) return null;
  if (msg.get !== stockGet || msg.policy !== compat32 || compat32.header_fetch_parse !== stockFetchParse || compat32._sanitize_header !== stockSanitize) return null;
  const h = msg._headers;
  if (!Array.isArray(h)) return null;
  // get(name)'s first pair of each name (lower() keeps the length of every character but
  // U+0130, whose lower form has U+0307, which these names have not: only same-length keys
  // match). The usual spelling is compared whole first: a name of 13 characters or more is
  // a slice of the header block, which sameName() reads one character at a time, slowly.
  let te: [string, unknown] | null = null;
  let conn: [string, unknown] | null = null;
  let ka: [string, unknown] | null = null;
  let pconn: [string, unknown] | null = null;
  let cl: [string, unknown] | null = null;
  for (let i = 0; i < h.length; i++) {
    const kv = h[i]!;
    const n = kv[0].length;
    if (n === 10) {
      if (conn === null && sameName(kv[0], "connection", true)) conn = kv;
      else if (ka === null && sameName(kv[0], "keep-alive", true)) ka = kv;
    } else if (n === 14) {
      if (cl === null && (kv[0] === "Content-Length" || sameName(kv[0], "content-length", true))) cl = kv;
    } else if (n === 16) {
      if (pconn === null && (kv[0] === "Proxy-Connection" || sameName(kv[0], "proxy-connection", true))) pconn = kv;
    } else if (n === 17) {
      if (te === null && (kv[0] === "Transfer-Encoding" || sameName(kv[0], "transfer-encoding", true))) te = kv;
    }
  }
  // get()'s values (str for a parsed block; anything else: begin()'s own calls)
  const tr_enc = fetch(te);
  const c = fetch(conn);
  const length = fetch(cl);
  const k = resp.version === 11 ? null : fetch(ka);
  const p = resp.version === 11 ? null : fetch(pconn);
  if (!isStrOrNull(tr_enc) || !isStrOrNull(c) || !isStrOrNull(length) || !isStrOrNull(k) || !isStrOrNull(p)) return null;
  // _check_close()
  let will_close: boolean;
  if (resp.version === 11) will_close = !!c && c.toLowerCase().includes("close");
  else if (k) will_close = false;
  else if (c && c.toLowerCase().includes("keep-alive")) will_close = false;
  else will_close = !(p && p.toLowerCase().includes("keep-alive"));
  const out = beginValuesOut;
  out.tr_enc = tr_enc;
  out.will_close = will_close;
  out.length = length;
  return out;
}

/** get()'s value for the pair it found (compat32's header_fetch_parse), or None. */
function fetch(kv: [string, unknown] | null): unknown {
  return kv === null ? null : compat32.header_fetch_parse(kv[0], kv[1]);
}

function isStrOrNull(v: unknown): v is string | null {
  return v === null || typeof v === "string";
}

/**
 * fp.read(amt) for an int amt >= 0 (HTTPResponse.read(amt)): the bytes copied once, from
 * the reader's buffer and then straight from its socket's queue (ReceiveBuffer.read); else
 * null, and the reader's own read() runs.
 */
export function read(fp: unknown, amt: unknown): Buffer | null | Promise<Buffer | null> {
  if (typeof amt !== "number" || !Number.isSafeInteger(amt) || amt < 0) return null;
  const rb = receiveBuffer(fp);
  return rb === null ? null : rb.read(amt);
}

/** fp.readinto(b) for a Uint8Array b (HTTPResponse.readinto()), as read() above: straight into b; else null. */
export function readinto(fp: unknown, b: unknown): number | null | Promise<number | null> {
  if (!(b instanceof Uint8Array)) return null;
  const rb = receiveBuffer(fp);
  return rb === null ? null : rb.readInto(b);
}

// ---------------------------------------------------------------------------
// Header blocks (_read_headers, parse_headers)

interface HeaderScan {
  /** The latin-1 text of the lines taken. */
  text: string;
  /** Their length in bytes. */
  end: number;
  /** The count of lines taken, with those taken before. */
  count: number;
  /** Whether the last one taken is the blank line that ends the block. */
  done: boolean;
}

/**
 * The lines of `view` that _read_headers' loop would take without raising, after `count`
 * lines already taken: whole lines (each ended by b"\n" and at most _MAXLINE bytes), at most
 * _MAXHEADERS in all, up to and including a blank line. A line too long, one header too
 * many or a line not buffered whole is left for the loop, which raises or reads it. With
 * flat, the text is a string of its own rather than a slice of a wider decode.
 */
function scanHeaderLines(view: Buffer, count: number, flat: boolean): HeaderScan {
  // The text of a prefix of the buffer, widened while lines run past it.
  let width = Math.min(view.length, 4096);
  let text = view.toString("latin1", 0, width);
  let pos = 0;
  let done = false;
  while (count < client._MAXHEADERS) {
    let nl = text.indexOf("\n", pos);
    while (nl < 0 && width < view.length) {
      width = Math.min(view.length, width * 4);
      text = view.toString("latin1", 0, width);
      nl = text.indexOf("\n", pos);
    }
    if (nl < 0 || nl + 1 - pos > client._MAXLINE) break;
    const start = pos;
    pos = nl + 1;
    count++;
    if (pos - start === 1 || (pos - start === 2 && text.charCodeAt(start) === 0x0d)) {
      done = true;
      break;
    }
  }
  // (flat: decoded again rather than sliced, as the email parser reads a flat string faster)
  return { text: pos === text.length ? text : flat ? view.toString("latin1", 0, pos) : text.slice(0, pos), end: pos, count, done };
}

/**
 * _read_headers(fp)'s loop over the lines already buffered: each pushed onto headers (a
 * copy, as readline() returns); true when the block's blank line was among them. The loop
 * reads whatever is left.
 */
export function headerLines(fp: unknown, headers: Buffer[]): boolean {
  const rb = receiveBuffer(fp);
  const view = rb === null ? null : rb.buffered();
  if (view === null) return false;
  const scan = scanHeaderLines(view, headers.length, false);
  for (let start = 0; start < scan.end; ) {
    const stop = view.indexOf(0x0a, start) + 1;
    headers.push(Buffer.from(view.subarray(start, stop)));
    start = stop;
  }
  rb!.consume(scan.end);
  return scan.done;
}

/**
 * b"".join(_read_headers(fp)).decode("iso-8859-1"), what parse_headers(fp) parses, when the
 * whole block is buffered: decoded in place; else null, nothing consumed.
 */
export function headerText(fp: unknown): string | null {
  const rb = receiveBuffer(fp);
  const view = rb === null ? null : rb.buffered();
  if (view === null) return null;
  const scan = scanHeaderLines(view, 0, true);
  if (!scan.done) return null;
  rb!.consume(scan.end);
  return scan.text;
}

/** Parser's own parsestr(), which simpleHeaders() stands for. */
const stockParsestr = Parser.prototype.parsestr;
/** Lines of _SIMPLE_HEADER_LINE, as many as there are from lastIndex (so always a match, maybe empty). */
const SIMPLE_LINES = new RegExp(`(?:${_SIMPLE_HEADER_LINE})*`, "y");

/**
 * What parse_headers(fp, _class) returns, new Parser({ _class }).parsestr() of the block,
 * when the block is buffered whole and is the plain kind that parsestr() builds directly
 * (email.feedparser._parse_simple_header_block(): plain lines, a plain message class), in
 * at most _MAXLINE + 1 characters and _MAXHEADERS lines as headerText() counts them: a
 * decode of the buffer's first KiB (widened while the lines run past it), one match that
 * vouches for every line up to the blank one, and the message built from the decoded
 * text; else null, nothing consumed, and headerText() scans the lines.
 */
export function simpleHeaders(fp: unknown, _class: MessageFactory): HTTPMessage | null {
  if (Parser.prototype.parsestr !== stockParsestr || !_plain_message_factory(_class, compat32)) return null;
  const rb = receiveBuffer(fp);
  const have = rb === null ? 0 : rb.bufferedCount();
  if (have === 0) return null;
  let width = Math.min(have, 1024); // (most blocks; a longer one widens below)
  let text = rb!.bufferedText(width);
  let pos = 0;
  for (;;) {
    SIMPLE_LINES.lastIndex = pos;
    SIMPLE_LINES.test(text);
    pos = SIMPLE_LINES.lastIndex;
    // Stopped at a line that ends in the text (the blank line, or one that is not plain), or at the buffer's end.
    if (width === have || text.indexOf("\n", pos) >= 0) break;
    if (pos > client._MAXLINE) return null;
    width = Math.min(have, width * 4);
    text = rb!.bufferedText(width);
  }
  const c = text.charCodeAt(pos);
  const end = c === 0x0a ? pos + 1 : c === 0x0d && text.charCodeAt(pos + 1) === 0x0a ? pos + 2 : -1;
  if (end < 0 || end > client._MAXLINE + 1) return null; // (a block of at most _MAXLINE + 1 has no line too long)
  const msg = _build_simple_header_block(text, end, _class, compat32);
  // a multipart or message type: the feed parser's; too many lines: readline()'s loop raises (a plain message dropped unseen)
  if (msg === null || msg._headers.length >= client._MAXHEADERS) return null;
  rb!.consume(end);
  return msg as HTTPMessage;
}

// ---------------------------------------------------------------------------
// putheader()

const LATIN1 = /^[\x00-\xff]*$/;

/**
 * The line putheader(header, *values) outputs for one str header and one str value that
 * pass its checks as they are (an ASCII legal name, a latin-1 legal value): built in one
 * allocation; else null, and putheader's body encodes, checks and raises.
 */
export function headerLine(header: unknown, values: readonly unknown[]): Buffer | null {
  const text = values.length === 1 ? plainHeader(header, values[0]) : null;
  return text === null ? null : Buffer.from(text, "latin1");
}

/** The latin-1 text of putheader(header, value)'s line for a str header and value that pass its checks as they are; else null. */
function plainHeader(header: unknown, value: unknown): string | null {
  if (typeof header !== "string" || typeof value !== "string" || !codesIn(header, 0, 0x7f) || !codesIn(value, 0, 0xff)) return null;
  if (!client._legal_header_name_re.test(header) || client._illegal_header_value_re.test(value)) return null;
  return `${header}: ${value}`;
}

/** putheader()'s line for a header and value known legal (putrequest's "Accept-Encoding: identity"), when conn's putheader() is HTTPConnection's own; else null. */
export function knownLine(conn: HTTPConnection, text: string): Buffer | null {
  return conn.putheader === client.HTTPConnection.prototype.putheader ? Buffer.from(text, "latin1") : null;
}

/** The last Host line each connection's putrequest() made through hostLine(), with what it was made from. */
const hostLines = new WeakMap<HTTPConnection, { host: string; port: number; default_port: number; line: string }>();
/** A host putrequest() takes as it is: ASCII, no ':' (not IPv6, so nothing to wrap or strip), a legal header value. */
const PLAIN_HOST = /^[\x21-\x39\x3b-\x7e]+$/;

/**
 * The Host line putrequest() outputs for conn's own host and port (no URL netloc, no
 * tunnel), when putheader() and _wrap_ipv6() are HTTPConnection's own and the host is
 * plain (PLAIN_HOST) and the port an int: the line made once per connection (no encoding,
 * wrapping or checks per request); else null, and putrequest's body makes it.
 */
export function hostLine(conn: HTTPConnection, host: unknown, port: unknown): Buffer | null {
  const text = hostText(conn, host, port);
  return text === null ? null : Buffer.from(text, "latin1");
}

/** hostLine()'s line as latin-1 text. */
function hostText(conn: HTTPConnection, host: unknown, port: unknown): string | null {
  const C = client.HTTPConnection;
  if (typeof host !== "string" || typeof port !== "number" || conn.putheader !== C.prototype.putheader || conn._wrap_ipv6 !== C.prototype._wrap_ipv6) return null;
  const default_port = conn.default_port;
  let h = hostLines.get(conn);
  if (h === undefined || h.host !== host || h.port !== port || h.default_port !== default_port) {
    if (!Number.isInteger(port) || !PLAIN_HOST.test(host) || typeof default_port !== "number") return null;
    h = { host, port, default_port, line: port === default_port ? `Host: ${host}` : `Host: ${host}:${port}` };
    hostLines.set(conn, h);
  }
  return h.line;
}

// ---------------------------------------------------------------------------
// _send_request()

/**
 * _send_request(method, url, body, headers, encode_chunked) for a str method and url, no
 * body or a bytes or str one, and a dict of str headers, where every method it calls is
 * HTTPConnection's own and batchSocket() gives the socket: the head made as one string,
 * encoded once and sent with the body in one write (the bytes the lines and _send_output()
 * would send, the state they would leave). Each check those methods make comes first: where
 * one would raise, print or call code of the caller's, null, nothing done, and Python's
 * body runs.
 */
export function sendRequest(conn: HTTPConnection, method: unknown, url: unknown, body: unknown, headers: unknown, encode_chunked: unknown): Promise<void> | undefined | null {
  if (typeof method !== "string" || typeof url !== "string" || !isPlainObject(headers)) return null;
  if (body !== null && !(typeof body === "string" ? LATIN1.test(body) : body instanceof Uint8Array && !isFile(body))) return null;
  const C = client.HTTPConnection;
  const P = C.prototype;
  if (conn.putrequest !== P.putrequest || conn.putheader !== P.putheader || conn.endheaders !== P.endheaders || conn._send_output !== P._send_output || conn._output !== P._output) return null;
  if (conn._validate_method !== P._validate_method || conn._validate_path !== P._validate_path || conn._encode_request !== P._encode_request || (conn.constructor as typeof C)._get_content_length !== C._get_content_length) return null;
  const sock = batchSocket(conn);
  if (sock === null) return null;
  // putrequest(): a prior response's isclosed() (HTTPResponse's own: no code of the caller's), the state, the checks
  const prior = conn._HTTPConnection__response;
  if (prior && prior.isclosed !== client.HTTPResponse.prototype.isclosed) return null;
  const buffer = conn._buffer;
  if (conn._HTTPConnection__state !== client._CS_IDLE || !Array.isArray(buffer) || Object.getPrototypeOf(buffer) !== Array.prototype || buffer.length !== 0) return null;
  const path = url || "/";
  const vsn = conn._http_vsn_str;
  // _validate_method(), _validate_path() and _encode_request()'s ASCII: the codes those
  // patterns and the codec let through (a loop: on these short strings, a regular
  // expression's call costs more than the scan), unless the last request's passed
  if (method !== checked.method || path !== checked.path || vsn !== checked.vsn) {
    if (typeof vsn !== "string" || !codesIn(method, 0x20, 0x7f) || !codesIn(path, 0x21, 0x7e) || !codesIn(vsn, 0, 0x7f)) return null;
    checked = { method, path, vsn, upper: codesIn(method, 0x41, 0x5a) };
  }
  let names: Set<string> | null = null;
  for (const k in headers) (names ??= new Set()).add(k.toLowerCase());
  let host: string | null = null;
  let identity = false;
  if (conn._http_vsn === 11) {
    if (!names?.has("host")) {
      if (path.startsWith("http")) return null; // the URL's netloc
      const tunnel = conn._tunnel_host;
      host = hostText(conn, tunnel ? tunnel : conn.host, tunnel ? conn._tunnel_port : conn.port);
      if (host === null) return null;
    }
    identity = !names?.has("accept-encoding");
  }
  // _send_request(): Content-Length, then the caller's headers
  let chunked = encode_chunked;
  let content_length: number | null = null;
  if (!names?.has("content-length")) {
    if (!names?.has("transfer-encoding")) {
      chunked = false;
      content_length = contentLength(body, method, checked.upper); // (None here only for no body and a method that expects none)
    }
  } else chunked = false;
  let own: string[] | null = null;
  if (names !== null) {
    own = [];
    for (const k in headers) {
      const line = plainHeader(k, headers[k]);
      if (line === null) return null;
      own.push(line);
    }
  }
  // All is checked: what the methods change, in their order.
  if (prior && prior.isclosed()) conn._HTTPConnection__response = null;
  conn._method = method;
  conn._HTTPConnection__state = client._CS_REQ_SENT;
  const msg = headBytes(method, path, vsn, host, identity, content_length, own);
  const data = typeof body === "string" ? Buffer.from(body, "latin1") : (body as Uint8Array | null);
  return sendBytes(sock, msg, data, truthy(chunked) && conn._http_vsn === 11);
}

/** The last method, path and HTTP version whose checks sendRequest() passed, and whether the method is all uppercase ASCII letters. */
let checked = { method: "", path: "", vsn: "", upper: false };

/** C._get_content_length(body, method) for the stock method and no body, a str or a bytes one: an uppercase method is looked up as it is (upper() gives it back). */
function contentLength(body: unknown, method: string, upper: boolean): number | null {
  if (body === null && upper) return client._METHODS_EXPECTING_BODY.has(method) ? 0 : null;
  return client.HTTPConnection._get_content_length(body, method);
}

/** The last head headBytes() made: what it was made of, its text and its bytes (which no one can change: they never leave this module). */
let lastHead = { method: "", path: "", vsn: "", host: null as string | null, length: null as number | null, own: null as string[] | null, text: "", bytes: Buffer.alloc(0) };

/**
 * The head's bytes: the request line, the Host line, Accept-Encoding: identity, the
 * Content-Length line and the caller's header lines (own), each where given, then the blank
 * line. Without header lines of the caller's, the pieces are compared with the last head's
 * and its bytes reused when all are the same, before any text is made (identity is not
 * compared: without the caller's lines, it is there exactly when the Host line is).
 */
function headBytes(method: string, path: string, vsn: string, host: string | null, identity: boolean, length: number | null, own: string[] | null): Buffer {
  const last = lastHead;
  if (own === null && last.own === null && method === last.method && path === last.path && vsn === last.vsn && host === last.host && length === last.length) return last.bytes;
  const lines = [`${method} ${path} ${vsn}`];
  if (host !== null) lines.push(host);
  if (identity) lines.push("Accept-Encoding: identity");
  if (length !== null) lines.push(`Content-Length: ${length}`);
  if (own !== null) lines.push(...own);
  lines.push("", "");
  const text = lines.join("\r\n");
  const bytes = text === last.text ? last.bytes : Buffer.from(text, "latin1");
  lastHead = { method, path, vsn, host, length, own, text, bytes };
  return bytes;
}

/** Whether every UTF-16 code of s[from:to] lies in [lo, hi]. */
function codesIn(s: string, lo: number, hi: number, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < lo || c > hi) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// _send_output()

const EMPTY = Buffer.alloc(0);
const CRLF = Buffer.from("\r\n");
const LAST_CHUNK = Buffer.from("0\r\n\r\n");
/** A file body's blocks go to the socket in writes of about this many bytes. */
const BATCH_BYTES = 256 * 1024;

/**
 * The socket conn's _send_output() may write to in batches (socket._sendallv): one the port
 * connected itself, when every method _send_output() calls (send, _read_readable,
 * _is_textIO) is HTTPConnection's own and debugging output is off; else null.
 */
function batchSocket(conn: HTTPConnection): socket.socket | null {
  const sock = conn.sock;
  if (!(sock instanceof socket.socket) || !sock._batchable()) return null;
  const C = client.HTTPConnection;
  if (conn.send !== C.prototype.send || conn._read_readable !== C.prototype._read_readable || (conn.constructor as typeof C)._is_textIO !== C._is_textIO) return null;
  const level = conn.debuglevel;
  return typeof level === "number" && level <= 0 ? sock : null;
}

/** What _send_output() treats as a file (hasattr(message_body, "read")). */
function isFile(body: unknown): body is { read(n: unknown): unknown } {
  return body !== null && body !== undefined && typeof (body as { read?: unknown }).read === "function" && !(body instanceof Readable);
}

/**
 * _send_output(message_body, encode_chunked) for no body, a bytes body (a Uint8Array) or a
 * file, on a socket batchSocket() gives: the same bytes in fewer writes. The head and a
 * bytes body go in one write; a file's head first (as Python sends it before reading the
 * file), then its blocks, read with the same read(blocksize) calls, in writes of about
 * BATCH_BYTES, each flushed before a read that waits. Undefined when all is sent at once
 * (see socket._sendallv); null, nothing done, where the fast path does not apply.
 */
export function sendOutput(conn: HTTPConnection, message_body: unknown, encode_chunked: unknown): Promise<void> | undefined | null {
  const sock = batchSocket(conn);
  if (sock === null) return null;
  const file = isFile(message_body);
  if (!file && message_body !== null && message_body !== undefined && !(message_body instanceof Uint8Array)) return null;
  // list.extend does not go through an overridden append(), hence the prototype push.
  Array.prototype.push.call(conn._buffer, EMPTY, EMPTY);
  const msg = bytesJoin(CRLF, conn._buffer);
  conn._buffer.length = 0;
  const chunked = truthy(encode_chunked) && pyEq(conn._http_vsn, 11);
  if (file) return sendFile(conn, sock, msg, message_body, chunked);
  return sendBytes(sock, msg, message_body ?? null, chunked);
}

/** The rest of sendOutput() for no body (null) or a bytes one: the head and the body, framed as _send_output frames it, in one write. */
function sendBytes(sock: socket.socket, msg: Buffer, message_body: Uint8Array | null, chunked: boolean): Promise<void> | undefined {
  const parts: Uint8Array[] = [msg];
  if (message_body !== null) {
    if (message_body.length > 0) {
      if (chunked) parts.push(chunkSizeLine(message_body.length), message_body, CRLF);
      else parts.push(message_body);
    }
    if (chunked) parts.push(LAST_CHUNK);
  }
  return sock._sendallv(parts);
}

/** f"{n:X}\r\n", the size line of a chunk of n bytes; the last one made is kept (a file's blocks are alike). */
let sizeLine: [number, Buffer] = [0, Buffer.from("0\r\n")];
function chunkSizeLine(n: number): Buffer {
  if (sizeLine[0] !== n) sizeLine = [n, Buffer.from(n.toString(16).toUpperCase() + "\r\n", "latin1")];
  return sizeLine[1];
}

async function sendFile(conn: HTTPConnection, sock: socket.socket, msg: Buffer, file: { read(n: unknown): unknown }, chunked: boolean): Promise<void> {
  await sock._sendallv([msg]);
  // _read_readable(): the file's blocks, as _send_output's loop sends them
  const encode = (conn.constructor as typeof client.HTTPConnection)._is_textIO(file);
  let batch: Uint8Array[] = [];
  let batched = 0;
  // A stock BytesIO's blocks are copied into one staging buffer, as many as fit at once
  // (its read(blocksize) calls, which nothing could observe, become one _readInto()): no
  // allocation and no call per block.
  const bytesio = file instanceof BytesIO && file.read === BytesIO.prototype.read ? file : null;
  let stage: Buffer | null = null;
  let staged = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const parts = batch;
    batch = [];
    batched = 0;
    await sock._sendallv(parts);
    staged = 0; // the kernel has the staged blocks: the buffer is free again
  };
  const push = (block: Uint8Array): void => {
    if (chunked) batch.push(chunkSizeLine(block.length), block, CRLF);
    else batch.push(block);
    batched += block.length;
  };
  for (;;) {
    let datablock: unknown;
    try {
      const blocksize = conn.blocksize;
      if (bytesio !== null && Number.isSafeInteger(blocksize) && blocksize > 0) {
        if (stage !== null && staged + blocksize > stage.length) await flush();
        stage ??= Buffer.allocUnsafe(Math.max(blocksize, BATCH_BYTES));
        const room = Math.floor((stage.length - staged) / blocksize) * blocksize;
        const n = bytesio._readInto(stage, staged, room);
        for (let at = 0; at < n; at += blocksize) push(stage.subarray(staged + at, staged + Math.min(n, at + blocksize)));
        staged += n;
        // Fewer bytes than asked: the end, where the next read() would give b"".
        if (n < room) break;
        if (batched >= BATCH_BYTES) await flush();
        continue;
      }
      datablock = file.read(blocksize);
      if (isThenable(datablock)) {
        await flush(); // what is read goes out before a read that may wait for more
        datablock = await datablock;
      }
      if (!truthy(datablock)) break;
      if (encode) datablock = strEncodeLatin1(datablock);
    } catch (e) {
      await flush(); // Python had sent the blocks before (and a failure to send them comes first, as there)
      throw e;
    }
    if (datablock instanceof Uint8Array) {
      push(datablock);
      if (batched >= BATCH_BYTES) await flush();
      continue;
    }
    // Anything else goes as _send_output's loop sends it, after what is batched.
    await flush();
    let chunk: unknown = datablock;
    if (chunked) {
      const size = Buffer.from(pyLen(chunk).toString(16).toUpperCase() + "\r\n");
      if (!isBytesLike(chunk)) throw new TypeError(`can't concat ${typeName(chunk)} to bytes`);
      chunk = Buffer.concat([size, asBuffer(chunk), CRLF]);
    }
    await conn.send(chunk as Uint8Array);
  }
  if (chunked) batch.push(LAST_CHUNK);
  await flush();
}

function isThenable(x: unknown): x is PromiseLike<unknown> {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

// ---------------------------------------------------------------------------
// _safe_read()

/**
 * _safe_read(amt) on a stock reader: the bytes when they are buffered, or, past
 * _MIN_READ_BUF_SIZE, one allocation of amt bytes filled by readinto() (what the geometric
 * reads return, with one copy less: the pages of a large allocUnsafe are committed only as
 * bytes arrive, so a false length costs no memory); else null.
 */
export function safeRead(fp: unknown, amt: unknown): Buffer | Promise<Buffer> | null {
  const rb = receiveBuffer(fp);
  if (rb === null || typeof amt !== "number") return null;
  const got = rb.exactly(amt);
  if (got !== null) return got;
  if (amt <= client._MIN_READ_BUF_SIZE || amt > buffer.constants.MAX_LENGTH) return null;
  let out: Buffer;
  try {
    out = Buffer.allocUnsafe(amt);
  } catch {
    return null; // no room for it: Python's reads
  }
  return fillSafeRead(rb, out);
}

/**
 * The end of read() without amt for a body of known length (s = _safe_read(length);
 * length = 0; _close_conn(); return s) when _safe_read and _close_conn are HTTPResponse's
 * own and the whole body is buffered: at once, without the Promise of the async method;
 * else null, nothing read. From a BytesIO, which _close_conn() closes right away, and for a
 * plain HTTPResponse (no subclass code runs in between), the body is a view, not a copy.
 */
export function bufferedBody(resp: HTTPResponse): Buffer | null {
  const amt = resp.length;
  if (typeof amt !== "number" || stock === undefined || resp._safe_read !== stock._safe_read || resp._close_conn !== stock._close_conn) return null;
  const fp = resp.fp;
  const rb = receiveBuffer(fp);
  if (rb === null) return null;
  // (the view only where nothing can run before the close: no class between, no length accessor)
  const P = client.HTTPResponse.prototype;
  const s = fp instanceof BytesIO && Object.getPrototypeOf(resp) === P && !("length" in P) ? fp._readView(amt) : rb.exactly(amt);
  if (s === null) return null;
  resp.length = 0;
  resp._close_conn(); // we read everything
  return s;
}

async function fillSafeRead(rb: ReceiveBuffer, out: Buffer): Promise<Buffer> {
  const n = (await rb.readInto(out)) ?? 0;
  if (n >= out.length) return out;
  throw new client.IncompleteRead(Buffer.from(out.subarray(0, n)), out.length - n);
}

// ---------------------------------------------------------------------------
// _read_chunked()

/** The methods of HTTPResponse that _read_chunked() calls, directly or through _get_chunk_left(). */
const CHUNKED_METHODS = ["_get_chunk_left", "_read_next_chunk_size", "_read_and_discard_trailer", "_safe_read", "_close_conn"] as const;

/** resp's receive buffer when the chunked body may be read at buffer level (see the top of this file), else null. */
function stockChunked(resp: HTTPResponse): ReceiveBuffer | null {
  const P = client.HTTPResponse.prototype as unknown as Record<string, unknown>;
  for (const m of CHUNKED_METHODS) if ((resp as unknown as Record<string, unknown>)[m] !== P[m]) return null;
  return receiveBuffer(resp.fp);
}

/**
 * The body of a large chunked read, gathered in one resizable ArrayBuffer: V8 reserves its
 * address space (maxBytes) up front and commits pages as it grows, so growing copies
 * nothing. Creating one costs a few microseconds: readChunked takes it for large bodies
 * only, and reserves a bounded multiple of what it has read (address space is finite).
 */
class ChunkedBody {
  private readonly ab: ArrayBuffer;
  length = 0;

  constructor(maxBytes: number) {
    this.ab = new ArrayBuffer(0, { maxByteLength: Math.min(maxBytes, buffer.constants.MAX_LENGTH) });
  }

  /** Room for n more bytes at the end, or null when they would not fit. */
  take(n: number): Buffer | null {
    const need = this.length + n;
    if (need > this.ab.byteLength) {
      if (need > this.ab.maxByteLength) return null;
      this.ab.resize(Math.min(this.ab.maxByteLength, Math.max(need, 2 * this.ab.byteLength)));
    }
    const room = Buffer.from(this.ab, this.length, n);
    this.length = need;
    return room;
  }

  /** Gives back the last n bytes taken (a read that came up short). */
  untake(n: number): void {
    this.length -= n;
  }

  result(): Buffer {
    this.ab.resize(this.length);
    return Buffer.from(this.ab, 0, this.length);
  }
}

/** A chunked read() gathers its body in a ChunkedBody once it has bodyAfter bytes (tests lower it). */
export const _chunkedTuning = { bodyAfter: 1 << 20 };

/** The address space a ChunkedBody reserves after `have` bytes: at most 256 times them. */
function chunkedBodyReserve(have: number): number {
  return Math.max(256 * _chunkedTuning.bodyAfter, 4 * have);
}

/**
 * _get_chunk_left() when all it reads is buffered: the two bytes that end the last chunk
 * (if one was read; _safe_read(2) takes them, whatever they are) and the size line of a
 * chunk that is not the last, read as _read_next_chunk_size() reads it (extensions cut,
 * int(line, 16)). -1, nothing consumed, for anything else: a line not buffered (or longer
 * than a size line needs to be), a size that int() refuses, the last chunk, or a size
 * beyond a safe integer; _get_chunk_left() then reads it, with its errors.
 */
function bufferedChunkLeft(resp: HTTPResponse, rb: ReceiveBuffer): number {
  const left = resp.chunk_left;
  if (left !== 0 && left !== null) return -1;
  const view = rb.buffered();
  if (view === null) return -1;
  const skip = left === 0 ? 2 : 0;
  const nl = view.subarray(skip, skip + 64).indexOf(0x0a);
  if (nl < 0) return -1;
  let line = view.subarray(skip, skip + nl + 1);
  const i = line.indexOf(0x3b); // b";"
  if (i >= 0) line = line.subarray(0, i); // strip chunk-extensions
  let size: PyInt;
  try {
    size = int(line, 16);
  } catch (e) {
    if (e instanceof ValueError) return -1;
    throw e;
  }
  if (typeof size !== "number" || size <= 0) return -1;
  rb.consume(skip + nl + 1);
  resp.chunk_left = size;
  return size;
}

/**
 * _read_chunked(amt) at buffer level: framing lines already buffered are parsed in place,
 * and a large body's whole chunks go from the reader straight into one ChunkedBody; the
 * rest goes through _get_chunk_left() and _safe_read(), the stock ones. The same bytes,
 * state and exceptions as the loop of client.py. Null when it does not apply: the
 * response or its reader not stock, not a chunked response, an amt that is not a plain int.
 */
export function readChunked(resp: HTTPResponse, amt: unknown): Promise<Buffer> | null {
  if (resp.chunked !== true || (amt !== null && !Number.isSafeInteger(amt))) return null;
  if (resp.chunk_left !== null && !Number.isSafeInteger(resp.chunk_left)) return null;
  const rb = stockChunked(resp);
  return rb === null ? null : readChunkedBuffered(resp, rb, amt as number | null);
}

async function readChunkedBuffered(resp: HTTPResponse, rb: ReceiveBuffer, amt: number | null): Promise<Buffer> {
  if (amt !== null && amt < 0) amt = null;
  const value: Buffer[] = [];
  let body: ChunkedBody | null = null; // its bytes follow those of value
  let size = 0; // bytes read so far
  let first = true; // no ChunkedBody yet
  const closeBody = () => {
    if (body !== null) value.push(body.result());
    body = null;
  };
  try {
    for (;;) {
      let chunk_left: PyInt | null = bufferedChunkLeft(resp, rb);
      if (chunk_left < 0 && (chunk_left = await resp._get_chunk_left()) === null) break;
      if (amt !== null && amt <= chunk_left) {
        closeBody();
        value.push(await resp._safe_read(amt));
        resp.chunk_left = isub(chunk_left, amt);
        break;
      }

      let room: Buffer | null = null;
      // (a body already in memory goes as pieces: a ChunkedBody's fresh pages cost more there)
      if (rb.streaming && chunk_left <= client._MIN_READ_BUF_SIZE && size >= _chunkedTuning.bodyAfter) {
        if (body !== null) room = body.take(Number(chunk_left));
        if (room === null) {
          closeBody();
          const b = new ChunkedBody(chunkedBodyReserve(size) + Number(chunk_left));
          if (first) {
            // the first one takes in the pieces read so far (about bodyAfter bytes)
            for (const piece of value) b.take(piece.length)!.set(piece);
            value.length = 0;
            first = false;
          }
          body = b;
          room = b.take(Number(chunk_left));
          if (room === null) closeBody(); // past the largest Buffer: pieces again
        }
      } else closeBody();
      if (room !== null) await readIntoBody(rb, room, body!);
      else value.push(await resp._safe_read(chunk_left));
      size += Number(chunk_left);
      if (amt !== null) amt = Number(isub(amt, chunk_left));
      resp.chunk_left = 0;
    }
    closeBody();
    // (b"".join of one bytes object is that object in CPython too)
    return value.length === 1 ? value[0]! : Buffer.concat(value);
  } catch (exc) {
    closeBody();
    if (exc instanceof client.IncompleteRead) throw raiseFrom(new client.IncompleteRead(Buffer.concat(value)), exc);
    throw exc;
  }
}

/**
 * _safe_read(room.length) into room, the end of body: on IncompleteRead the body keeps
 * none of it (as _read_chunked's value list would not).
 */
async function readIntoBody(rb: ReceiveBuffer, room: Buffer, body: ChunkedBody): Promise<void> {
  let n: number;
  try {
    n = (await rb.readInto(room)) ?? 0;
  } catch (e) {
    body.untake(room.length);
    throw e;
  }
  if (n < room.length) {
    body.untake(room.length);
    throw new client.IncompleteRead(Buffer.from(room.subarray(0, n)), room.length - n);
  }
}

