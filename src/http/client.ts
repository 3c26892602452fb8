// Ported from CPython 3.14.5 Lib/http/client.py (PSF License; see LICENSE).
// HTTP/1.1 client library: a port of CPython 3.14.5's Lib/http/client.py.
//
// HTTPConnection goes through a number of "states", which define when a client
// may legally make another request or fetch the response for a particular
// request. The diagram and the table of states are those of client.py:
//
//     (null) -> HTTPConnection() -> Idle -> putrequest() -> Request-started
//     -> ( putheader() )* endheaders() -> Request-sent
//     -> getresponse() -> Unread-response [Response-headers-read]
//     -> response.read() -> Idle, or putrequest() -> Req-started-unread-response ...
//
//   Logical State                  __state            __response
//   Idle                           _CS_IDLE           None
//   Request-started                _CS_REQ_STARTED    None
//   Request-sent                   _CS_REQ_SENT       None
//   Unread-response                _CS_IDLE           <response_class>
//   Req-started-unread-response    _CS_REQ_STARTED    <response_class>
//   Req-sent-unread-response       _CS_REQ_SENT       <response_class>
//
// Everything that can touch the socket is async; the rest is synchronous, as in Python.

import { Readable } from "node:stream";
import * as email_feedparser from "../email/feedparser";
import * as email_message from "../email/message";
import * as email_parser from "../email/parser";
import * as io from "../io";
import * as socket from "../socket";
import type * as ssl from "../ssl";
import { urlsplit } from "../urllib/parse";
import { HTTPStatus } from "./index";
import * as _cancel from "./_cancel";
import * as _fastpath from "./_fastpath";
import type {
  Awaitable,
  Body,
  BytesLike,
  ConnectionSocket,
  CreateConnection,
  EndheadersOptions,
  HTTPConnectionOptions,
  HTTPResponseOptions,
  HTTPSConnectionOptions,
  HeadersMapping,
  HeaderValue,
  Keywords,
  Port,
  PutrequestOptions,
  Read1Options,
  ReadintoOptions,
  ReadlineOptions,
  ReadOptions,
  RequestKeywords,
  RequestOptions,
  ResponseFile,
  SendOptions,
  SetDebuglevelOptions,
  SetTunnelOptions,
  SocketLike,
  SourceAddress,
  Timeout,
} from "./_client_types";
export type * from "./_client_types";
import {
  AssertionError,
  AttributeError,
  BaseException,
  Kwargs,
  bindKw,
  kwargs,
  promised,
  noArgs,
  kwspec,
  ConnectionError,
  ConnectionResetError,
  Exception,
  OSError,
  PyInt,
  RuntimeError,
  TypeError,
  UnicodeEncodeError,
  ValueError,
  asBuffer,
  asciiEncode,
  bytesJoin,
  compare,
  dictClear,
  dictCopy,
  dictItems,
  dictSet,
  idnaEncode,
  int,
  isBytesLike,
  isPlainObject,
  isub,
  ANY_OBJECT,
  BODY_OBJECT,
  withMethod,
  isSpace,
  latin1Decode,
  latin1Encode,
  lowerKey,
  lowerKeySet,
  memoryview,
  pctD,
  pctR,
  print,
  pyClassName,
  pyEq,
  pyIter,
  pyLen,
  pyMin,
  pyattr,
  raiseFrom,
  reSearch,
  reTypeError,
  repr,
  reprType,
  setInstanceAttr,
  splitWs,
  str,
  strEncodeLatin1,
  strip,
  title,
  truthy,
  typeName,
  utf8Decode,
} from "../builtins";

// HTTPMessage, parse_headers(), and the HTTP status code constants are
// intentionally omitted for simplicity
export const __all__ = [
  "HTTPResponse", "HTTPConnection",
  "HTTPException", "NotConnected", "UnknownProtocol",
  "UnknownTransferEncoding", "UnimplementedFileMode",
  "IncompleteRead", "InvalidURL", "ImproperConnectionState",
  "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
  "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
  "responses", "HTTPSConnection",
];

export const HTTP_PORT = 80;
export const HTTPS_PORT = 443;

export const _UNKNOWN = "UNKNOWN";

// connection states
export const _CS_IDLE = "Idle";
export const _CS_REQ_STARTED = "Request-started";
export const _CS_REQ_SENT = "Request-sent";

// hack to maintain backwards compatibility: every HTTPStatus member is a module constant
export const {
  CONTINUE, SWITCHING_PROTOCOLS, PROCESSING, EARLY_HINTS, OK, CREATED, ACCEPTED,
  NON_AUTHORITATIVE_INFORMATION, NO_CONTENT, RESET_CONTENT, PARTIAL_CONTENT, MULTI_STATUS,
  ALREADY_REPORTED, IM_USED, MULTIPLE_CHOICES, MOVED_PERMANENTLY, FOUND, SEE_OTHER,
  NOT_MODIFIED, USE_PROXY, TEMPORARY_REDIRECT, PERMANENT_REDIRECT, BAD_REQUEST, UNAUTHORIZED,
  PAYMENT_REQUIRED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE,
  PROXY_AUTHENTICATION_REQUIRED, REQUEST_TIMEOUT, CONFLICT, GONE, LENGTH_REQUIRED,
  PRECONDITION_FAILED, CONTENT_TOO_LARGE, REQUEST_ENTITY_TOO_LARGE, URI_TOO_LONG,
  REQUEST_URI_TOO_LONG, UNSUPPORTED_MEDIA_TYPE, RANGE_NOT_SATISFIABLE,
  REQUESTED_RANGE_NOT_SATISFIABLE, EXPECTATION_FAILED, IM_A_TEAPOT, MISDIRECTED_REQUEST,
  UNPROCESSABLE_CONTENT, UNPROCESSABLE_ENTITY, LOCKED, FAILED_DEPENDENCY, TOO_EARLY,
  UPGRADE_REQUIRED, PRECONDITION_REQUIRED, TOO_MANY_REQUESTS, REQUEST_HEADER_FIELDS_TOO_LARGE,
  UNAVAILABLE_FOR_LEGAL_REASONS, INTERNAL_SERVER_ERROR, NOT_IMPLEMENTED, BAD_GATEWAY,
  SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT, HTTP_VERSION_NOT_SUPPORTED, VARIANT_ALSO_NEGOTIATES,
  INSUFFICIENT_STORAGE, LOOP_DETECTED, NOT_EXTENDED, NETWORK_AUTHENTICATION_REQUIRED,
} = HTTPStatus;

// another hack to maintain backwards compatibility
// Mapping status codes to official W3C names
export const responses: Record<number, string> = {};
for (const v of HTTPStatus.__members__.values()) responses[Number(v)] = v.phrase;

// maximal line length when calling readline().
export const _MAXLINE = 65536;
export const _MAXHEADERS = 100;

// Data larger than this will be read in chunks, to prevent extreme
// overallocation.
// (_safe_read's reads; on a stock reader _fastpath.safeRead allocates the whole amount at
// once instead, as a large allocUnsafe commits its pages only as bytes arrive)
export const _MIN_READ_BUF_SIZE = 1 << 20;

// Header name/value ABNF (http://tools.ietf.org/html/rfc7230#section-3.2)
//
// VCHAR          = %x21-7E
// obs-text       = %x80-FF
// header-field   = field-name ":" OWS field-value OWS
// field-name     = token
// field-value    = *( field-content / obs-fold )
// field-content  = field-vchar [ 1*( SP / HTAB ) field-vchar ]
// field-vchar    = VCHAR / obs-text
//
// obs-fold       = CRLF 1*( SP / HTAB )
//                ; obsolete line folding
//                ; see Section 3.2.4

// token          = 1*tchar
//
// tchar          = "!" / "#" / "$" / "%" / "&" / "'" / "*"
//                / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
//                / DIGIT / ALPHA
//                ; any VCHAR, except delimiters
//
// VCHAR defined in http://tools.ietf.org/html/rfc5234#appendix-B.1

// the patterns for both name and value are more lenient than RFC
// definitions to allow for backwards compatibility
// (the patterns run over the latin-1 text of the bytes; a bytes \s is [ \t\n\r\f\v])
export const _legal_header_name_re = /^[^:\t\n\v\f\r ][^:\r\n]*$/;
export const _illegal_header_value_re = /\n(?![ \t])|\r(?![ \t\n])/;

/** _is_legal_header_name = re.compile(rb'[^:\s][^:\r\n]*').fullmatch */
export function _is_legal_header_name(name: unknown): boolean {
  if (!isBytesLike(name)) reTypeError(name, "bytes");
  return _legal_header_name_re.test(latin1Decode(asBuffer(name)));
}

/** _is_illegal_header_value = re.compile(rb'\n(?![ \t])|\r(?![ \t\n])').search */
export function _is_illegal_header_value(value: unknown): boolean {
  if (!isBytesLike(value)) reTypeError(value, "bytes");
  return _illegal_header_value_re.test(latin1Decode(asBuffer(value)));
}

// These characters are not allowed within HTTP URL paths (CVE-2019-9740),
// including control characters such as \r\n. Chars above \x7f are not
// restricted as putrequest() limits us to ASCII.
const _contains_disallowed_url_pchar_re = /[\x00-\x20\x7f]/;

// These characters are not allowed within HTTP method names
// to prevent http header injection.
const _contains_disallowed_method_pchar_re = /[\x00-\x1f]/;

// We always set the Content-Length header for these methods because some
// servers will otherwise respond with a 411
export const _METHODS_EXPECTING_BODY = new Set(["PATCH", "POST", "PUT"]);

/** Call data.encode("latin-1") but show a better error message. */
export function _encode(data: string, name = "data"): Buffer {
  try {
    return latin1Encode(data);
  } catch (err) {
    if (!(err instanceof UnicodeEncodeError)) throw err;
    const bad = Array.from(err.object).slice(err.start, err.end).join("");
    throw new UnicodeEncodeError(
      err.encoding,
      err.object,
      err.start,
      err.end,
      `${title(name)} (${Array.from(repr(bad)).slice(0, 20).join("")}) is not valid Latin-1. Use ${name}.encode('utf-8') ` +
        "if you want to send it encoded in UTF-8.",
    );
  }
}

/** Remove interface scope from IPv6 address. */
function _strip_ipv6_iface(enc_name: Buffer): Buffer {
  const i = enc_name.indexOf(0x25); // b"%"
  if (i >= 0) {
    enc_name = enc_name.subarray(0, i);
    if (enc_name[0] !== 0x5b) throw new AssertionError(repr(enc_name));
    enc_name = Buffer.concat([enc_name, Buffer.from("]")]);
  }
  return enc_name;
}

const EMPTY = Buffer.alloc(0);

export class HTTPMessage extends email_message.Message {
  // XXX The only usage of this method is in http.server.CGIHTTPRequestHandler
  // (kept for API compatibility, as in client.py).

  /**
   * Find all header lines matching a given header name: a list of the lines
   * (with their continuation lines), case-insensitively, without interpretation.
   */
  getallmatchingheaders(name: string): string[] {
    name = name.toLowerCase() + ":";
    const n = name.length;
    const lst: string[] = [];
    let hit = false;
    for (const line of this.keys()) {
      if (line.slice(0, n).toLowerCase() === name) hit = true;
      else if (!isSpace(line.slice(0, 1))) hit = false;
      if (hit) lst.push(line);
    }
    return lst;
  }

  getAllMatchingHeaders(name: string): string[] {
    return this.getallmatchingheaders(name);
  }
}
email_feedparser._plain_message_classes.add(HTTPMessage); // (constructing one runs Message's code only: the email parser may build it directly)

/**
 * Reads potential header lines into a list from a file pointer.
 * Length of line is limited by _MAXLINE, and number of headers is limited by _MAXHEADERS.
 */
export async function _read_headers(fp: Pick<ResponseFile, "readline">): Promise<Buffer[]> {
  const headers: Buffer[] = [];
  if (_fastpath.headerLines(fp, headers)) return headers; // the lines already buffered; the loop reads the rest
  for (;;) {
    const line = asBuffer(await pyattr(fp, "readline").readline(_MAXLINE + 1));
    if (line.length > _MAXLINE) throw new LineTooLong("header line");
    headers.push(line);
    if (headers.length > _MAXHEADERS) throw new HTTPException(`got more than ${_MAXHEADERS} headers`);
    if (isBlankLine(line)) break;
  }
  return headers;
}

/** line in (b'\r\n', b'\n', b'') */
function isBlankLine(line: Uint8Array): boolean {
  const n = line.length;
  return n === 0 || (n === 1 && line[0] === 0x0a) || (n === 2 && line[0] === 0x0d && line[1] === 0x0a);
}

type MessageClass = email_message.MessageFactory;

/**
 * Parses only RFC 5322 headers from header lines. The email parser wants str, but a text
 * wrapper around the socket's file would buffer bytes the body needs: the header bytes are
 * read as bytes and decoded as ISO-8859-1 here for it.
 */
export function _parse_header_lines(header_lines: readonly Uint8Array[], _class: MessageClass = HTTPMessage): HTTPMessage {
  const hstring = latin1Decode(Buffer.concat(header_lines));
  return new email_parser.Parser({ _class }).parsestr(hstring) as HTTPMessage;
}

/** Parses only RFC 5322 headers from a file pointer. */
export async function parse_headers(fp: Pick<ResponseFile, "readline">, _class: MessageClass = HTTPMessage): Promise<HTTPMessage> {
  return _parse_buffered_headers(fp, _class) ?? _parse_header_lines(await _read_headers(fp), _class); // (a block already buffered: decoded in place)
}
export const parseHeaders = parse_headers;

/** parse_headers(fp, _class) when the whole block is buffered: decoded in place, and no Promise to wait for (begin() needs none); else null, nothing read. */
function _parse_buffered_headers(fp: unknown, _class: MessageClass = HTTPMessage): HTTPMessage | null {
  const simple = _fastpath.simpleHeaders(fp, _class); // the common block: split from the buffer, no line scan
  if (simple !== null) return simple;
  const text = _fastpath.headerText(fp);
  return text === null ? null : (new email_parser.Parser({ _class }).parsestr(text) as HTTPMessage);
}

/** The rest of HTTPResponse._read_status() once it has the line: begin() calls it directly for a line already buffered, to wait on nothing. */
function _parse_status_line(resp: HTTPResponse, line: string): [string, PyInt, string] {
  if (line.length > _MAXLINE) throw new LineTooLong("status line");
  if (compare(resp.debuglevel, ">", 0)) print("reply:", repr(line));
  if (!line) {
    // Presumably, the server closed the connection before sending a valid response.
    throw new RemoteDisconnected("Remote end closed connection without response");
  }
  let version: string;
  let status = "";
  let reason = "";
  const parts = splitWs(line, 2);
  if (parts.length === 3) [version, status, reason] = parts as [string, string, string];
  else if (parts.length === 2) [version, status] = parts as [string, string];
  else version = ""; // empty version will cause next test to fail.
  if (!version.startsWith("HTTP/")) {
    resp._close_conn();
    throw new BadStatusLine(line);
  }

  // The status code is a three-digit number
  let code: PyInt;
  try {
    code = int(status);
    if (code < 100 || code > 999) throw new BadStatusLine(line);
  } catch (e) {
    if (e instanceof ValueError) throw new BadStatusLine(line);
    throw e;
  }
  return [version, code, reason];
}

type Status = number | typeof _UNKNOWN;

export class HTTPResponse extends io.BufferedIOBase {
  // See RFC 2616 sec 19.6 and RFC 1945 sec 6 for details.
  // The bytes from the socket object are iso-8859-1 strings; the basic status line
  // parsing only accepts iso-8859-1.

  /** The file the response reads (sock.makefile("rb")); null once closed. */
  fp: ResponseFile | null;
  debuglevel: number;
  _method: string | null;
  headers: HTTPMessage | null;
  msg: HTTPMessage | null;
  version: number | typeof _UNKNOWN;
  status: Status;
  declare code?: number;
  reason: string;
  chunked: boolean | typeof _UNKNOWN;
  chunk_left: PyInt | null | typeof _UNKNOWN;
  length: PyInt | null | typeof _UNKNOWN;
  will_close: boolean | typeof _UNKNOWN;
  // Set by urllib, never by http.client: absent until then, as in Python.
  declare url?: string;

  /** HTTPResponse(sock, debuglevel=0, method=None, url=None); keywords in a trailing object. */
  constructor(
    sock: Pick<SocketLike, "makefile">,
    debuglevel: number | Keywords<HTTPResponseOptions> = 0,
    method: string | null | Keywords<Omit<HTTPResponseOptions, "debuglevel">> = null,
    url: string | null | Keywords<Pick<HTTPResponseOptions, "url">> = null,
  ) {
    super();
    const b = bindKw(arguments, RESPONSE_INIT);
    if (b) [sock, debuglevel, method, url] = b as [Pick<SocketLike, "makefile">, number, string | null, string | null];
    // If the response includes a content-length header, we need to make sure that
    // the client doesn't read more than the specified number of bytes (a read()
    // without a size would block until the server closes), hence the buffered file.
    // (makefile read here first, where V8 caches the lookup; pyattr()'s one lookup for every name it is given is uncached)
    this.fp = (typeof sock?.makefile === "function" ? sock : pyattr(sock, "makefile")).makefile("rb") as ResponseFile;
    this.debuglevel = debuglevel as number;
    this._method = method as string | null;

    // headers is used by urllib; msg is kept for http clients' backwards compatibility.
    this.headers = this.msg = null;

    // from the Status-Line of the response
    this.version = _UNKNOWN; // HTTP-Version
    this.status = _UNKNOWN; // Status-Code
    this.reason = _UNKNOWN; // Reason-Phrase

    this.chunked = _UNKNOWN; // is "chunked" being used?
    this.chunk_left = _UNKNOWN; // bytes left to read in current chunk
    this.length = _UNKNOWN; // number of bytes left in response
    this.will_close = _UNKNOWN; // conn will close at end of response
  }

  async _read_status(): Promise<[string, PyInt, string]> {
    noArgs(arguments, "HTTPResponse._read_status");
    const fast = _fastpath.statusLine(this.fp, _MAXLINE + 1); // buffered (no await), or one wait on the socket
    const line = (fast instanceof Promise ? await fast : fast) ?? latin1Decode(asBuffer(await pyattr(this.fp, "readline").readline(_MAXLINE + 1)));
    return _parse_status_line(this, line);
  }

  async begin(): Promise<void> {
    noArgs(arguments, "HTTPResponse.begin");
    if (this.headers !== null) {
      // we've already started reading the response
      return;
    }

    // read until we get a non-100 response
    let version: string, status: PyInt, reason: string;
    for (;;) {
      // the stock _read_status()'s line, buffered or one wait away: without that method's Promise
      const fast = _fastpath.stockStatusLine(this, _MAXLINE + 1);
      const line = fast instanceof Promise ? await fast : fast;
      [version, status, reason] = line !== null ? (_fastpath.statusFields(this, line) ?? _parse_status_line(this, line)) : await this._read_status();
      if (!pyEq(status, CONTINUE.value)) break;
      // skip the header from the 100 response
      const skipped_headers = await _read_headers(this.fp!);
      if (compare(this.debuglevel, ">", 0)) print("headers:", skipped_headers);
    }

    this.code = this.status = status as number;
    this.reason = strip(reason);
    if (version === "HTTP/1.0" || version === "HTTP/0.9") {
      // Some servers might still return "0.9", treat it as 1.0 anyway
      this.version = 10;
    } else if (version === "HTTP/1.1" || version.startsWith("HTTP/1.")) {
      this.version = 11; // use HTTP/1.1 code for HTTP/1.x where x>=1 (the usual one compared whole first)
    } else {
      throw new UnknownProtocol(version);
    }

    // parse_headers(self.fp), without its Promise when the block is buffered (and without
    // scanning the buffer a second time when it is not)
    this.headers = this.msg = _parse_buffered_headers(this.fp) ?? _parse_header_lines(await _read_headers(this.fp!));

    if (compare(this.debuglevel, ">", 0)) {
      for (const [hdr, val] of this.headers.items()) print("header:", hdr + ":", val);
    }

    // the values of the get()s below and of _check_close(), from one pass over the headers when all are stock
    const values = _fastpath.beginValues(this);

    // are we using the chunked-style of transfer encoding?
    const tr_enc = (values !== null ? values.tr_enc : this.headers.get("transfer-encoding")) as string | null;
    if (tr_enc && tr_enc.toLowerCase() === "chunked") {
      this.chunked = true;
      this.chunk_left = null;
    } else {
      this.chunked = false;
    }

    // will the connection close at the end of the response?
    this.will_close = values !== null ? values.will_close : this._check_close();

    // do we have a Content-Length?
    // NOTE: RFC 2616, S4.4, #3 says we ignore this if tr_enc is "chunked"
    this.length = null;
    const length = (values !== null ? values.length : this.headers.get("content-length")) as string | null;
    if (length && !this.chunked) {
      try {
        this.length = int(length);
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        this.length = null;
      }
      if (this.length !== null && this.length < 0) {
        // ignore nonsensical negative lengths
        this.length = null;
      }
    } else {
      this.length = null;
    }

    // does the body have a fixed length? (of zero)
    if (status === NO_CONTENT.value || status === NOT_MODIFIED.value || (100 <= status && status < 200) || this._method === "HEAD") {
      this.length = 0;
    }

    // if the connection remains open, and we aren't using chunked, and
    // a content-length was not provided, then assume that the connection
    // WILL close.
    if (!this.will_close && !this.chunked && this.length === null) this.will_close = true;
  }

  _check_close(): boolean {
    noArgs(arguments, "HTTPResponse._check_close");
    const headers = this.headers!;
    const conn = headers.get("connection") as string | null;
    if (this.version === 11) {
      // An HTTP/1.1 proxy is assumed to stay open unless explicitly closed.
      return !!conn && conn.toLowerCase().includes("close");
    }

    // Some HTTP/1.0 implementations have support for persistent connections,
    // using rules different than HTTP/1.1.

    // For older HTTP, Keep-Alive indicates persistent connection.
    if (headers.get("keep-alive")) return false;

    // At least Akamai returns a "Connection: Keep-Alive" header,
    // which was supposed to be sent by the client.
    if (conn && conn.toLowerCase().includes("keep-alive")) return false;

    // Proxy-Connection is a netscape hack.
    const pconn = headers.get("proxy-connection") as string | null;
    if (pconn && pconn.toLowerCase().includes("keep-alive")) return false;

    // otherwise, assume it will close
    return true;
  }

  _close_conn(): void {
    noArgs(arguments, "HTTPResponse._close_conn");
    const fp = this.fp;
    this.fp = null;
    pyattr(fp, "close").close(); // (None.close() too: the port gets there when close() ran during a read)
  }

  override close(): void {
    noArgs(arguments, "HTTPResponse.close");
    try {
      super.close(); // set "closed" flag
    } finally {
      if (this.fp) this._close_conn();
    }
  }

  // These implementations are for the benefit of io.BufferedReader.

  // XXX This class should probably be revised to act more like
  // the "raw stream" that BufferedReader expects.

  override flush(): void {
    noArgs(arguments, "HTTPResponse.flush");
    super.flush();
    if (this.fp) pyattr(this.fp, "flush").flush();
  }

  /** Always returns true. */
  override readable(): boolean {
    noArgs(arguments, "HTTPResponse.readable");
    return true;
  }

  // End of "raw stream" methods

  /**
   * True if the connection is closed. It is possible that close() is never called:
   * when will_close is true, length is None, and the last byte was read but not past it.
   */
  isclosed(): boolean {
    noArgs(arguments, "HTTPResponse.isclosed");
    return this.fp === null;
  }

  /** Read and return the response body, or up to the next amt bytes. */
  override async read(amt: number | bigint | null | Keywords<ReadOptions> = null): Promise<Buffer> {
    const b = bindKw(arguments, RESPONSE_READ);
    if (b) [amt] = b as [number | null];
    if (this.fp === null) return EMPTY;

    if (this._method === "HEAD") {
      this._close_conn();
      return EMPTY;
    }

    if (this.chunked) return this._read_chunked(amt);

    if (amt !== null && compare(amt, ">=", 0)) {
      if (this.length !== null && compare(amt, ">", this.length)) {
        // clip the read to the "end of response"
        amt = this.length as PyInt;
      }
      const s = asBuffer((await (_fastpath.read(this.fp, amt) ?? pyattr(this.fp, "read").read(amt as PyInt)))!); // straight from the socket's queue, when stock
      if (!s.length && truthy(amt)) {
        // Ideally, we would raise IncompleteRead if the content-length
        // wasn't satisfied, but it might break compatibility.
        this._close_conn();
      } else if (this.length !== null) {
        this.length = isub(this.length, s.length);
        if (!truthy(this.length)) this._close_conn();
      }
      return s;
    } else {
      // Amount is not given (unbounded read) so we must check self.length
      let s: Buffer;
      if (this.length === null) {
        s = asBuffer((await pyattr(this.fp, "read").read())!);
      } else {
        const whole = _fastpath.bufferedBody(this); if (whole !== null) return whole; // the whole body buffered: the lines below at once, no wait
        try {
          s = await this._safe_read(this.length);
        } catch (e) {
          if (e instanceof IncompleteRead) this._close_conn();
          throw e;
        }
        this.length = 0;
      }
      this._close_conn(); // we read everything
      return s;
    }
  }

  /** Read up to len(b) bytes into bytearray b and return the number of bytes read. */
  override async readinto(b: Uint8Array | ArrayBufferView | ArrayBuffer | Keywords<ReadintoOptions>): Promise<number> {
    const k = bindKw(arguments, RESPONSE_READINTO);
    if (k) [b] = k as [Uint8Array];
    if (this.fp === null) return 0;

    if (this._method === "HEAD") {
      this._close_conn();
      return 0;
    }

    if (this.chunked) return this._readinto_chunked(b as Uint8Array);

    if (this.length !== null) {
      if (compare(pyLen(b), ">", this.length)) {
        // clip the read to the "end of response"
        b = memoryview(b).subarray(0, Number(this.length));
      }
    }

    // we do not use _safe_read() here because this may be a .will_close
    // connection, and the user is reading more bytes than will be provided
    // (for example, reading in 1k chunks)
    const n = (await (_fastpath.readinto(this.fp, b) ?? pyattr(this.fp, "readinto").readinto(b as Uint8Array))) as number; // straight into b, when stock
    if (!truthy(n) && truthy(b)) {
      // Ideally, we would raise IncompleteRead if the content-length
      // wasn't satisfied, but it might break compatibility.
      this._close_conn();
    } else if (this.length !== null) {
      this.length = isub(this.length, n);
      if (!truthy(this.length)) this._close_conn();
    }
    return n;
  }

  async _read_next_chunk_size(): Promise<PyInt> {
    noArgs(arguments, "HTTPResponse._read_next_chunk_size");
    // Read the next chunk size from the file
    let line: Uint8Array = _fastpath.line(this.fp, _MAXLINE + 1) ?? asBuffer(await pyattr(this.fp, "readline").readline(_MAXLINE + 1));
    if (line.length > _MAXLINE) throw new LineTooLong("chunk size");
    const i = line.indexOf(0x3b); // b";"
    if (i >= 0) line = line.subarray(0, i); // strip chunk-extensions
    try {
      return int(line, 16);
    } catch (e) {
      // close the connection as protocol synchronisation is
      // probably lost
      if (e instanceof ValueError) this._close_conn();
      throw e;
    }
  }

  async _read_and_discard_trailer(): Promise<void> {
    noArgs(arguments, "HTTPResponse._read_and_discard_trailer");
    // read and discard trailer up to the CRLF terminator
    // note: we shouldn't have any trailers!
    for (;;) {
      const line = _fastpath.line(this.fp, _MAXLINE + 1) ?? asBuffer(await pyattr(this.fp, "readline").readline(_MAXLINE + 1));
      if (line.length > _MAXLINE) throw new LineTooLong("trailer line");
      if (!line.length) {
        // a vanishingly small number of sites EOF without
        // sending the trailer
        break;
      }
      if (isBlankLine(line)) break;
    }
  }

  /**
   * Returns chunk_left, reading a new chunk if necessary. chunk_left == 0: at the end
   * of the current chunk, need to close it; null: no current chunk, should read next.
   * Returns non-zero, or null if the last chunk has been read.
   */
  async _get_chunk_left(): Promise<PyInt | null> {
    noArgs(arguments, "HTTPResponse._get_chunk_left");
    let chunk_left = this.chunk_left as PyInt | null;
    if (!truthy(chunk_left)) {
      // Can be 0 or None
      if (chunk_left !== null) {
        // We are at the end of chunk, discard chunk end
        await this._safe_read(2); // toss the CRLF at the end of the chunk
      }
      try {
        chunk_left = await this._read_next_chunk_size();
      } catch (e) {
        if (e instanceof ValueError) throw new IncompleteRead(EMPTY);
        throw e;
      }
      if (pyEq(chunk_left, 0)) {
        // last chunk: 1*("0") [ chunk-extension ] CRLF
        await this._read_and_discard_trailer();
        // we read everything; close the "file"
        this._close_conn();
        chunk_left = null;
      }
      this.chunk_left = chunk_left;
    }
    return chunk_left;
  }

  async _read_chunked(amt: unknown = null): Promise<Buffer> {
    const fast = _fastpath.readChunked(this, amt); if (fast !== null) return fast; // at buffer level, when stock
    if (this.chunked === _UNKNOWN) throw new AssertionError();
    if (amt !== null && compare(amt, "<", 0)) amt = null;
    const value: Buffer[] = [];
    try {
      let chunk_left: PyInt | null;
      while ((chunk_left = await this._get_chunk_left()) !== null) {
        if (amt !== null && compare(amt, "<=", chunk_left)) {
          value.push(await this._safe_read(amt));
          this.chunk_left = isub(chunk_left, amt);
          break;
        }

        value.push(await this._safe_read(chunk_left));
        if (amt !== null) amt = isub(amt, chunk_left);
        this.chunk_left = 0;
      }
      return Buffer.concat(value);
    } catch (exc) {
      if (exc instanceof IncompleteRead) throw raiseFrom(new IncompleteRead(Buffer.concat(value)), exc);
      throw exc;
    }
  }

  async _readinto_chunked(b: Uint8Array): Promise<number> {
    if (this.chunked === _UNKNOWN) throw new AssertionError();
    let total_bytes = 0;
    let mvb = memoryview(b);
    try {
      for (;;) {
        const chunk_left = await this._get_chunk_left();
        if (chunk_left === null) return total_bytes;

        if (compare(mvb.length, "<=", chunk_left)) {
          const n = await this._safe_readinto(mvb);
          this.chunk_left = isub(chunk_left, n);
          return total_bytes + n;
        }

        const temp_mvb = mvb.subarray(0, Number(chunk_left));
        const n = await this._safe_readinto(temp_mvb);
        mvb = mvb.subarray(n);
        total_bytes += n;
        this.chunk_left = 0;
      }
    } catch (e) {
      if (e instanceof IncompleteRead) throw new IncompleteRead(Buffer.from(memoryview(b).subarray(0, total_bytes)));
      throw e;
    }
  }

  /**
   * Read the number of bytes requested. This function should be used when <amt> bytes
   * "should" be present for reading. If the bytes are truly not available (due to EOF),
   * then the IncompleteRead exception can be used to detect the problem.
   */
  async _safe_read(amt: unknown): Promise<Buffer> {
    const k = bindKw(arguments, SAFE_READ);
    if (k) [amt] = k;
    const fast = _fastpath.safeRead(this.fp, amt); if (fast !== null) return fast; // buffered, or filled in one allocation
    let cursize = pyMin(amt, _MIN_READ_BUF_SIZE) as number;
    const first = asBuffer((await pyattr(this.fp, "read").read(cursize))!);
    if (compare(first.length, ">=", amt)) return first;
    if (first.length < cursize) throw new IncompleteRead(first, isub(amt, first.length));

    const data = new io.BytesIO(first);
    data.seek(0, 2);
    for (;;) {
      // This is a geometric increase in read size (never more than
      // doubling out the current length of data per loop iteration).
      const delta = pyMin(cursize, isub(amt, cursize)) as number;
      data.write((await pyattr(this.fp, "read").read(delta))!);
      if (compare(data.tell(), ">=", amt)) return data.getvalue();
      cursize += delta;
      if (data.tell() < cursize) throw new IncompleteRead(data.getvalue(), isub(amt, data.tell()));
    }
  }

  /** Same as _safe_read, but for reading into a buffer. */
  async _safe_readinto(b: Uint8Array): Promise<number> {
    const amt = pyLen(b);
    const n = (await pyattr(this.fp, "readinto").readinto(b)) as number;
    if (compare(n, "<", amt)) throw new IncompleteRead(Buffer.from(memoryview(b).subarray(0, n)), amt - n);
    return n;
  }

  /** Read with at most one underlying system call. If at least one byte is buffered, return that instead. */
  override async read1(n: number | bigint | null | Keywords<Read1Options> = -1): Promise<Buffer> {
    const b = bindKw(arguments, RESPONSE_READ1);
    if (b) [n] = b as [number];
    if (this.fp === null || this._method === "HEAD") return EMPTY;
    if (this.chunked) return this._read1_chunked(n);
    if (this.length !== null && (compare(n, "<", 0) || compare(n, ">", this.length))) n = this.length as PyInt;
    const result = asBuffer(await pyattr(this.fp, "read1").read1(n as PyInt));
    if (!result.length && truthy(n)) {
      this._close_conn();
    } else if (this.length !== null) {
      this.length = isub(this.length, result.length);
      if (!truthy(this.length)) this._close_conn();
    }
    return result;
  }

  /** Having this enables IOBase.readline() to read more than one byte at a time. */
  async peek(n: number | bigint | null | Keywords<Read1Options> = -1): Promise<Buffer> {
    const b = bindKw(arguments, RESPONSE_PEEK);
    if (b) [n] = b as [number];
    if (this.fp === null || this._method === "HEAD") return EMPTY;
    if (this.chunked) return this._peek_chunked(n);
    return asBuffer(await pyattr(this.fp, "peek").peek!(n as PyInt));
  }

  override async readline(limit: number | bigint | null | Keywords<ReadlineOptions> = -1): Promise<Buffer> {
    const b = bindKw(arguments, RESPONSE_READLINE);
    if (b) [limit] = b as [number];
    if (this.fp === null || this._method === "HEAD") return EMPTY;
    if (this.chunked) {
      // Fallback to IOBase readline which uses peek() and read()
      return asBuffer(await super.readline(limit as number));
    }
    if (this.length !== null && (compare(limit, "<", 0) || compare(limit, ">", this.length))) limit = this.length as PyInt;
    const result = asBuffer(await pyattr(this.fp, "readline").readline(limit as PyInt));
    if (!result.length && truthy(limit)) {
      this._close_conn();
    } else if (this.length !== null) {
      this.length = isub(this.length, result.length);
      if (!truthy(this.length)) this._close_conn();
    }
    return result;
  }

  async _read1_chunked(n: unknown): Promise<Buffer> {
    // Strictly speaking, _get_chunk_left() may cause more than one read,
    // but that is ok, since that is to satisfy the chunked protocol.
    const chunk_left = await this._get_chunk_left();
    if (chunk_left === null || pyEq(n, 0)) return EMPTY;
    if (!(compare(0, "<=", n) && compare(n, "<=", chunk_left))) {
      n = chunk_left; // if n is negative or larger than chunk_left
    }
    const read = asBuffer(await pyattr(this.fp, "read1").read1(n as PyInt));
    this.chunk_left = isub(this.chunk_left, read.length);
    if (!read.length) throw new IncompleteRead(EMPTY);
    return read;
  }

  async _peek_chunked(_n: unknown): Promise<Buffer> {
    // Strictly speaking, _get_chunk_left() may cause more than one read,
    // but that is ok, since that is to satisfy the chunked protocol.
    let chunk_left: PyInt | null;
    try {
      chunk_left = await this._get_chunk_left();
    } catch (e) {
      if (e instanceof IncompleteRead) return EMPTY; // peek doesn't worry about protocol
      throw e;
    }
    if (chunk_left === null) return EMPTY; // eof
    // peek is allowed to return more than requested.  Just request the
    // entire chunk, and truncate what we get.
    return asBuffer(await pyattr(this.fp, "peek").peek!(chunk_left)).subarray(0, Number(chunk_left));
  }

  override fileno(): number {
    noArgs(arguments, "HTTPResponse.fileno");
    return pyattr(this.fp, "fileno").fileno();
  }

  /**
   * Returns the value of the header matching name. Multiple matching headers are
   * joined with ", ". If no header matches, returns default (or null).
   * Raises ResponseNotReady if the headers are not known yet.
   */
  getheader(name: string): string | null;
  getheader(name: string, kwargs: Kwargs): unknown;
  getheader<D>(name: string, default_: D): string | HeaderDefault<D>;
  getheader(name: string, default_: unknown = null): unknown {
    const b = bindKw(arguments, GETHEADER);
    if (b) [name, default_] = b as [string, unknown];
    if (this.headers === null) throw new ResponseNotReady();
    const all = this.headers.get_all(name);
    const headers: unknown = truthy(all) ? all : default_;
    if (typeof headers === "string") return headers;
    const it = pyIter(headers);
    if (it === null || typeof (it as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function") return headers;
    const items = Array.from(it as Iterable<unknown>);
    items.forEach((x, i) => {
      if (typeof x !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    });
    return items.join(", ");
  }

  /** Return list of (header, value) tuples. */
  getheaders(): [string, string][] {
    noArgs(arguments, "HTTPResponse.getheaders");
    if (this.headers === null) throw new ResponseNotReady();
    return Array.from(this.headers.items()) as [string, string][];
  }

  // We override IOBase's iteration so that it doesn't check for closed-ness
  override [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    return {
      next: async () => {
        const line = await this.readline();
        return line.length ? { value: line, done: false } : { value: undefined, done: true };
      },
    };
  }

  // For compatibility with old-style urllib responses.

  /** The headers (an HTTPMessage). */
  info(): HTTPMessage | null {
    noArgs(arguments, "HTTPResponse.info");
    return this.headers;
  }

  /** Return the real URL of the page (set by urllib; absent otherwise, as in Python). */
  geturl(): string {
    noArgs(arguments, "HTTPResponse.geturl");
    if (this.url === undefined) throw new AttributeError("'HTTPResponse' object has no attribute 'url'");
    return this.url;
  }

  /** Return the HTTP status code that was sent with the response. */
  getcode(): Status {
    noArgs(arguments, "HTTPResponse.getcode");
    return this.status;
  }

  // camelCase aliases
  get chunkLeft() { return this.chunk_left; }
  set chunkLeft(v) { this.chunk_left = v; }
  get willClose() { return this.will_close; }
  set willClose(v) { this.will_close = v; }
  get debugLevel() { return this.debuglevel; }
  set debugLevel(v) { this.debuglevel = v; }
  isClosed(): boolean { return this.isclosed(); }
  getHeaders(): [string, string][] { return this.getheaders(); }
  getUrl(): string { return this.geturl(); }
  getCode(): Status { return this.getcode(); }
}
export interface HTTPResponse {
  /** camelCase alias of getheader(). */
  getHeader: HTTPResponse["getheader"];
}
HTTPResponse.prototype.getHeader = function (this: HTTPResponse, ...args: [string, unknown?]) {
  return this.getheader(...(args as [string, unknown]));
} as HTTPResponse["getheader"];
// The methods as defined above, for the fast paths that stand in for them (a class patched later is not stock).
_fastpath.recordStockResponse(HTTPResponse.prototype);

/**
 * What getheader(name, default) returns when the header is absent: default, or
 * ", ".join(default) when it is iterable (an array, a Map, a plain object as a dict).
 */
export type HeaderDefault<D> = D extends string | number | bigint | boolean | null | undefined ? D : D extends Iterable<unknown> ? string : string | D;

/**
 * A response that begin() has read the head of, as getresponse() returns it: its status
 * line and headers are known (before begin() they hold "UNKNOWN" and null).
 */
export type BegunHTTPResponse<R extends HTTPResponse = HTTPResponse> = R & {
  status: number;
  reason: string;
  version: number;
  headers: HTTPMessage;
  msg: HTTPMessage;
  chunked: boolean;
  will_close: boolean;
};

export function _create_https_context(http_version: number): ssl.SSLContext {
  // Function also used by urllib.request to be able to set the check_hostname
  // attribute on a context object.
  // Loaded on first use, as client.py's "import ssl" is optional.
  const ssl_ = require("../ssl") as typeof ssl;
  const context = ssl_._create_default_https_context();
  // send ALPN extension to indicate HTTP/1.1 protocol
  if (http_version === 11) context.set_alpn_protocols(["http/1.1"]);
  // enable PHA for TLS 1.3 connections if available
  if (context.post_handshake_auth !== null && context.post_handshake_auth !== undefined) context.post_handshake_auth = true;
  return context;
}

/** A WHATWG Headers (an extension) read as the dict of its entries; anything else as it is. */
function fromWhatwgHeaders(h: unknown): unknown {
  // (a dict is none: the usual {} need not reach the global Headers, a lazy getter)
  if (h === null || typeof h !== "object" || isPlainObject(h) || h instanceof Map) return h;
  return typeof Headers === "function" && h instanceof Headers ? new Map(h) : h;
}

/** hasattr(x, "read"); a Node Readable is handled as an async iterable instead (its read() never blocks). */
function hasRead(x: unknown): boolean {
  return x !== null && x !== undefined && typeof (x as { read?: unknown }).read === "function" && !(x instanceof Readable);
}

// Python's signatures, for keyword arguments given as a trailing object
const RESPONSE_INIT = kwspec("HTTPResponse.__init__", ["sock", "debuglevel", "method", "url"], [undefined, 0, null, null], 4, { objects: { sock: withMethod("makefile") } });
const RESPONSE_READ = kwspec("HTTPResponse.read", ["amt"], [null]);
const RESPONSE_READINTO = kwspec("HTTPResponse.readinto", ["b"], [undefined]);
const RESPONSE_READ1 = kwspec("HTTPResponse.read1", ["n"], [-1]);
const RESPONSE_PEEK = kwspec("HTTPResponse.peek", ["n"], [-1]);
const RESPONSE_READLINE = kwspec("HTTPResponse.readline", ["limit"], [-1]);
const SAFE_READ = kwspec("HTTPResponse._safe_read", ["amt"], [undefined]);
const GETHEADER = kwspec("HTTPResponse.getheader", ["name", "default"], [undefined, null], 2, { objects: { default: ANY_OBJECT } });
// signal: the AbortSignal extension, keyword-only
const CONNECTION_INIT = kwspec("HTTPConnection.__init__", ["host", "port", "timeout", "source_address", "blocksize", "signal"], [undefined, null, socket._GLOBAL_DEFAULT_TIMEOUT, null, 8192, null], 5);
const SET_TUNNEL = kwspec("HTTPConnection.set_tunnel", ["host", "port", "headers"], [undefined, null, null], 3, { objects: { headers: ANY_OBJECT } });
const PUTREQUEST = kwspec("HTTPConnection.putrequest", ["method", "url", "skip_host", "skip_accept_encoding"], [undefined, undefined, false, false]);
const SEND_OUTPUT = kwspec("HTTPConnection._send_output", ["message_body", "encode_chunked"], [null, false], 2, { objects: { message_body: BODY_OBJECT } });
const ENDHEADERS = kwspec("HTTPConnection.endheaders", ["message_body", "encode_chunked"], [null, false], 1, { objects: { message_body: BODY_OBJECT } });
const HTTPS_INIT = kwspec("HTTPSConnection.__init__", ["host", "port", "timeout", "source_address", "context", "blocksize", "signal"], [undefined, null, socket._GLOBAL_DEFAULT_TIMEOUT, null, null, 8192, null], 2);
const SET_DEBUGLEVEL = kwspec("HTTPConnection.set_debuglevel", ["level"], [undefined]);
const SEND = kwspec("HTTPConnection.send", ["data"], [undefined], 1, { objects: { data: BODY_OBJECT } });
const PUTHEADER = kwspec("HTTPConnection.putheader", ["header"], [undefined], Infinity);
const REQUEST = kwspec("HTTPConnection.request", ["method", "url", "body", "headers", "encode_chunked"], [undefined, undefined, null, {}, false], 4, { objects: { body: BODY_OBJECT, headers: ANY_OBJECT } });

export class HTTPConnection {
  static _http_vsn = 11;
  static _http_vsn_str = "HTTP/1.1";
  static response_class: typeof HTTPResponse = HTTPResponse;
  static default_port: number = HTTP_PORT;
  static auto_open = 1;
  static debuglevel = 0;

  timeout: unknown;
  source_address: [string, number] | null;
  blocksize: number;
  sock: ConnectionSocket | null;
  _buffer: Uint8Array[];
  _HTTPConnection__response: HTTPResponse | null;
  _HTTPConnection__state: string;
  _method: string | null;
  _tunnel_host: string | null;
  _tunnel_port: PyInt | null;
  _tunnel_headers: Record<string, string>;
  _raw_proxy_headers: Buffer[] | null;
  host!: string;
  port!: PyInt;
  /** The socket factory; stored on the instance so that tests can replace it. */
  _create_connection: CreateConnection;

  /** Test whether a file-like object is a text or a binary stream. */
  static _is_textIO(stream: unknown): boolean {
    return stream instanceof io.TextIOBase;
  }

  /**
   * Get the content-length based on the body. If the body is None, Content-Length is 0
   * for methods that expect a body (RFC 7230, Section 3.3.2); it is also set for any
   * method if the body is a str or bytes-like object and not a file.
   */
  static _get_content_length(body: unknown, method: string): number | null {
    if (body === null || body === undefined) {
      // do an explicit check for not None here to distinguish
      // between unset and set but empty
      return _METHODS_EXPECTING_BODY.has(method.toUpperCase()) ? 0 : null;
    }

    if (hasRead(body)) return null; // file-like object.

    // does it implement the buffer protocol (bytes, bytearray, array)?
    if (isBytesLike(body)) return body.byteLength;

    if (typeof body === "string") return pyLen(body);

    return null;
  }

  /**
   * HTTPConnection(host, port=None, timeout=<default>, source_address=None, blocksize=8192):
   * the arguments positionally, then the rest as keywords in a trailing object.
   */
  constructor(host: string, options?: Keywords<HTTPConnectionOptions>);
  constructor(host: string, port: Port | null | undefined, options?: Keywords<Omit<HTTPConnectionOptions, "port">>);
  constructor(host: string, port: Port | null | undefined, timeout: Timeout | undefined, options?: Keywords<Omit<HTTPConnectionOptions, "port" | "timeout">>);
  constructor(
    host: string,
    port: Port | null | undefined,
    timeout: Timeout | undefined,
    source_address: SourceAddress | null | undefined,
    options?: Keywords<Pick<HTTPConnectionOptions, "blocksize" | "signal">>,
  );
  constructor(
    host: string,
    port: Port | null | undefined,
    timeout: Timeout | undefined,
    source_address: SourceAddress | null | undefined,
    blocksize: number | undefined,
    options?: Keywords<Pick<HTTPConnectionOptions, "signal">>,
  );
  constructor(
    host: string,
    port: unknown = null,
    timeout: unknown = socket._GLOBAL_DEFAULT_TIMEOUT,
    source_address: unknown = null,
    blocksize: unknown = 8192,
    _options?: unknown,
  ) {
    let signal: unknown = null;
    const b = bindKw(arguments, CONNECTION_INIT);
    if (b) [host, port, timeout, source_address, blocksize, signal] = b as [string, PyInt | null, unknown, [string, number] | null, number, unknown];
    this.timeout = timeout === undefined ? socket._GLOBAL_DEFAULT_TIMEOUT : timeout;
    this.source_address = (source_address ?? null) as [string, number] | null;
    this.blocksize = (blocksize === undefined ? 8192 : blocksize) as number;
    this.sock = null;
    this._buffer = [];
    this._HTTPConnection__response = null;
    this._HTTPConnection__state = _CS_IDLE;
    this._method = null;
    this._tunnel_host = null;
    this._tunnel_port = null;
    this._tunnel_headers = {};
    this._raw_proxy_headers = null;

    [this.host, this.port] = this._get_hostport(host, (port ?? null) as PyInt | null);

    this._validate_host(this.host);

    // This is stored as an instance variable to allow unit
    // tests to replace it with a suitable mockup
    this._create_connection = socket.create_connection as unknown as CreateConnection;
    _cancel.watch(this, signal); // the signal extension
  }

  // Class attributes read through the instance, overridable per instance, as in Python.
  // (Each getter reads its own name, a lookup V8 caches; a shared reader given the name is not cached.)
  get _http_vsn(): number { return (this.constructor as typeof HTTPConnection)._http_vsn; }
  set _http_vsn(v: number) { setInstanceAttr(this, "_http_vsn", v); }
  get _http_vsn_str(): string { return (this.constructor as typeof HTTPConnection)._http_vsn_str; }
  set _http_vsn_str(v: string) { setInstanceAttr(this, "_http_vsn_str", v); }
  get response_class(): typeof HTTPResponse { return (this.constructor as typeof HTTPConnection).response_class; }
  set response_class(v: typeof HTTPResponse) { setInstanceAttr(this, "response_class", v); }
  get default_port(): number { return (this.constructor as typeof HTTPConnection).default_port; }
  set default_port(v: number) { setInstanceAttr(this, "default_port", v); }
  get auto_open(): number | boolean { return (this.constructor as typeof HTTPConnection).auto_open; }
  set auto_open(v: number | boolean) { setInstanceAttr(this, "auto_open", v); }
  get debuglevel(): number { return (this.constructor as typeof HTTPConnection).debuglevel; }
  set debuglevel(v: number) { setInstanceAttr(this, "debuglevel", v); }

  /**
   * Set up host and port for HTTP CONNECT tunnelling: the host passed to the
   * constructor is then a proxy that relays to the endpoint given here. Must be called
   * before the connection is established. headers: extra headers for the CONNECT
   * request; a Host header matching the tunnel endpoint is added when absent.
   */
  set_tunnel(host: string, options?: Keywords<SetTunnelOptions>): void;
  // after port, a plain object is the headers (a dict), never keywords
  set_tunnel(host: string, port: Port | null | undefined, headers?: HeadersMapping | null | Kwargs): void;
  set_tunnel(host: string, port: unknown = null, headers: unknown = null): void {
    const b = bindKw(arguments, SET_TUNNEL);
    if (b) [host, port, headers] = b as [string, PyInt | null, unknown];
    headers = fromWhatwgHeaders(headers);
    if (this.sock) throw new RuntimeError("Can't set up tunnel for established connection");

    [this._tunnel_host, this._tunnel_port] = this._get_hostport(host, (port ?? null) as PyInt | null);
    if (truthy(headers)) {
      this._tunnel_headers = dictCopy(headers) as Record<string, string>;
    } else {
      dictClear(this._tunnel_headers);
    }

    if (!Array.from(pyIter(this._tunnel_headers) as Iterable<unknown>).some((header) => lowerKey(header) === "host")) {
      const encoded_host = idnaEncode(this._tunnel_host).toString("latin1");
      dictSet(this._tunnel_headers, "Host", `${encoded_host}:${pctD(this._tunnel_port)}`);
    }
  }

  _get_hostport(host: string, port: PyInt | string | null): [string, PyInt] {
    if (typeof host !== "string") {
      // what Python's str methods and indexing do with another type
      if (port === null || port === undefined) {
        if (isBytesLike(host)) throw new TypeError("argument should be integer or bytes-like object, not 'str'");
        throw new AttributeError(`'${typeName(host)}' object has no attribute 'rfind'`);
      }
      if (truthy(host) && (typeof host === "number" || typeof host === "bigint" || typeof host === "boolean")) {
        throw new TypeError(`'${typeName(host)}' object is not subscriptable`);
      }
      return [host, port as PyInt];
    }
    if (port === null || port === undefined) {
      const i = host.lastIndexOf(":");
      const j = host.lastIndexOf("]"); // ipv6 addresses have [...]
      if (i > j) {
        try {
          port = int(host.slice(i + 1));
        } catch (e) {
          if (!(e instanceof ValueError)) throw e;
          if (host.slice(i + 1) === "") {
            // http://foo.com:/ == http://foo.com/
            port = this.default_port;
          } else {
            throw new InvalidURL(`nonnumeric port: '${host.slice(i + 1)}'`);
          }
        }
        host = host.slice(0, i);
      } else {
        port = this.default_port;
      }
    }
    if (host && host[0] === "[" && host[host.length - 1] === "]") host = host.slice(1, -1);

    return [host, port as PyInt];
  }

  set_debuglevel(level: number | Keywords<SetDebuglevelOptions>): void {
    const b = bindKw(arguments, SET_DEBUGLEVEL);
    if (b) [level] = b as [number];
    this.debuglevel = level as number;
  }

  _wrap_ipv6(ip: Buffer): Buffer {
    if (ip.includes(0x3a) && ip[0] !== 0x5b) return Buffer.concat([Buffer.from("["), ip, Buffer.from("]")]);
    return ip;
  }

  async _tunnel(): Promise<void> {
    if (reSearch(_contains_disallowed_url_pchar_re, this._tunnel_host)) {
      throw new ValueError(`Tunnel host can't contain control characters ${repr(this._tunnel_host)}`);
    }
    const connect = Buffer.concat([
      Buffer.from("CONNECT "),
      this._wrap_ipv6(idnaEncode(this._tunnel_host!)),
      Buffer.from(`:${pctD(this._tunnel_port)} `),
      asciiEncode(this._http_vsn_str),
      Buffer.from("\r\n"),
    ]);
    const headers: Buffer[] = [connect];
    for (const [header, value] of dictItems(this._tunnel_headers)) {
      const header_bytes = strEncodeLatin1(header);
      const value_bytes = strEncodeLatin1(value);
      if (!_is_legal_header_name(header_bytes)) throw new ValueError(`Invalid header name ${repr(header_bytes)}`);
      if (_is_illegal_header_value(value_bytes)) throw new ValueError(`Invalid header value ${repr(value_bytes)}`);
      headers.push(Buffer.concat([header_bytes, Buffer.from(": "), value_bytes, Buffer.from("\r\n")]));
    }
    headers.push(Buffer.from("\r\n"));
    // Making a single send() call instead of one per line encourages
    // the host OS to use a more optimal packet size instead of
    // potentially emitting a series of small packets.
    await this.send(Buffer.concat(headers));

    const response = new this.response_class(this.sock!, kwargs({ method: this._method }));
    try {
      const [, code, message] = await response._read_status();

      this._raw_proxy_headers = await _read_headers(response.fp!);

      if (compare(this.debuglevel, ">", 0)) {
        for (const header of this._raw_proxy_headers) print("header:", utf8Decode(header));
      }

      if (!pyEq(code, OK.value)) {
        this.close();
        throw new OSError(`Tunnel connection failed: ${code} ${strip(message)}`);
      }
    } finally {
      response.close();
    }
  }

  /**
   * Returns the headers of the proxy's response to the CONNECT request sent to set up
   * the tunnel, or null if no CONNECT request was sent.
   */
  get_proxy_response_headers(): HTTPMessage | null {
    noArgs(arguments, "HTTPConnection.get_proxy_response_headers");
    return this._raw_proxy_headers !== null ? _parse_header_lines(this._raw_proxy_headers) : null;
  }

  /** Connect to the host and port specified in the constructor. */
  async connect(): Promise<void> {
    noArgs(arguments, "HTTPConnection.connect");
    const previous = this.sock;
    this.sock = await _cancel.scoped(this, () => this._create_connection([this.host, this.port], this.timeout, this.source_address));
    // The socket self.sock held is freed by CPython's refcounting: its descriptor closes.
    if (previous instanceof socket.socket && previous !== this.sock) previous._drop();
    _cancel.noteSocket(this, this.sock);
    // Might fail in OSs that don't implement TCP_NODELAY
    try {
      await pyattr(this.sock, "setsockopt").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1);
    } catch (e) {
      if (!(e instanceof OSError) || e.errno !== ENOPROTOOPT) throw e;
    }

    if (this._tunnel_host) await this._tunnel();
  }

  /** Close the connection to the HTTP server. */
  close(): void {
    noArgs(arguments, "HTTPConnection.close");
    this._HTTPConnection__state = _CS_IDLE;
    try {
      const sock = this.sock;
      if (sock) {
        this.sock = null;
        pyattr(sock, "close").close(); // close it manually... there may be other refs
      }
    } finally {
      const response = this._HTTPConnection__response;
      if (response) {
        this._HTTPConnection__response = null;
        response.close();
      }
      _cancel.closeBeginning(this); // where CPython would stay blocked, the port settles
    }
  }

  /**
   * Send data to the server: a bytes-like object, a file-like object with read(),
   * or an iterable of bytes-like objects.
   */
  async send(data: Body | Keywords<SendOptions>): Promise<void> {
    const b = bindKw(arguments, SEND);
    if (b) [data] = b as [Body];
    if (this.sock === null || this.sock === undefined) {
      if (truthy(this.auto_open)) await this.connect();
      else throw new NotConnected();
    }

    if (compare(this.debuglevel, ">", 0)) print("send:", repr(data));
    if (hasRead(data)) {
      if (compare(this.debuglevel, ">", 0)) print("sending a readable");
      const encode = (this.constructor as typeof HTTPConnection)._is_textIO(data);
      if (encode && compare(this.debuglevel, ">", 0)) print("encoding file using iso-8859-1");
      for (;;) {
        let datablock = await (data as { read: (n: number) => unknown }).read(this.blocksize);
        if (!truthy(datablock)) break;
        if (encode) datablock = strEncodeLatin1(datablock);
        await pyattr(this.sock, "sendall").sendall(datablock as BytesLike);
      }
      return;
    }
    try {
      await pyattr(this.sock, "sendall").sendall(data as BytesLike);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      const it = pyIter(data);
      if (it === null) throw new TypeError(`data should be a bytes-like object or an iterable, got ${reprType(data)}`);
      for await (const d of it as AsyncIterable<unknown>) await pyattr(this.sock, "sendall").sendall(d as BytesLike);
    }
  }

  /** Add a line of output to the current request buffer (without its \r\n). */
  _output(s: Uint8Array): void {
    this._buffer.push(s);
  }

  async *_read_readable(readable: { read: (n: number) => unknown }): AsyncGenerator<unknown> {
    if (compare(this.debuglevel, ">", 0)) print("reading a readable");
    const encode = (this.constructor as typeof HTTPConnection)._is_textIO(readable);
    if (encode && compare(this.debuglevel, ">", 0)) print("encoding file using iso-8859-1");
    for (;;) {
      let datablock = await readable.read(this.blocksize);
      if (!truthy(datablock)) break;
      if (encode) datablock = strEncodeLatin1(datablock);
      yield datablock;
    }
  }

  /**
   * Send the currently buffered request and clear the buffer, with an extra \r\n.
   * A message_body may be specified, to be appended to the request.
   */
  async _send_output(message_body: unknown = null, encode_chunked: unknown = false): Promise<void> {
    const b = bindKw(arguments, SEND_OUTPUT);
    if (b) [message_body, encode_chunked] = b;
    const fast = _fastpath.sendOutput(this, message_body, encode_chunked); if (fast !== null) return fast; // the same bytes in fewer writes, on the port's own socket
    // list.extend does not go through an overridden append(), hence the prototype push.
    Array.prototype.push.call(this._buffer, EMPTY, EMPTY);
    const msg = bytesJoin(CRLF, this._buffer);
    this._buffer.length = 0;
    await this.send(msg);

    if (message_body !== null && message_body !== undefined) {
      // create a consistent interface to message_body
      let chunks: Iterable<unknown> | AsyncIterable<unknown>;
      if (hasRead(message_body)) {
        // Let file-like take precedence over byte-like.  This
        // is needed to allow the current position of mmap'ed
        // files to be taken into account.
        chunks = this._read_readable(message_body as { read: (n: number) => unknown });
      } else if (isBytesLike(message_body)) {
        // the object implements the buffer interface and
        // can be passed directly into socket methods
        chunks = [message_body];
      } else {
        const it = pyIter(message_body);
        if (it === null) throw new TypeError(`message_body should be a bytes-like object or an iterable, got ${reprType(message_body)}`);
        chunks = it;
      }

      const chunked = truthy(encode_chunked) && pyEq(this._http_vsn, 11);
      for await (let chunk of chunks as AsyncIterable<unknown>) {
        if (!truthy(chunk)) {
          if (compare(this.debuglevel, ">", 0)) print("Zero length chunk ignored");
          continue;
        }

        if (chunked) {
          // chunked encoding
          const size = Buffer.from(pyLen(chunk).toString(16).toUpperCase() + "\r\n");
          if (!isBytesLike(chunk)) throw new TypeError(`can't concat ${typeName(chunk)} to bytes`);
          chunk = Buffer.concat([size, asBuffer(chunk), CRLF]);
        }
        await this.send(chunk as Body);
      }

      if (chunked) {
        // end chunked transfer
        await this.send(Buffer.from("0\r\n\r\n"));
      }
    }
  }

  /**
   * Send a request to the server. method: an HTTP request method, e.g. 'GET'; url:
   * the object requested, e.g. '/index.html'; skip_host: do not add a Host: header;
   * skip_accept_encoding: do not add an Accept-Encoding: header.
   */
  putrequest(method: string, url: string, options?: Keywords<PutrequestOptions>): void;
  putrequest(method: string, url: string, skip_host: boolean | number | undefined, options?: Keywords<Pick<PutrequestOptions, "skip_accept_encoding" | "skipAcceptEncoding">>): void;
  putrequest(method: string, url: string, skip_host: boolean | number | undefined, skip_accept_encoding: boolean | number | undefined): void;
  putrequest(method: string, url: string, skip_host: unknown = false, skip_accept_encoding: unknown = false): void {
    const b = bindKw(arguments, PUTREQUEST);
    if (b) [method, url, skip_host, skip_accept_encoding] = b as [string, string, unknown, unknown];

    // if a prior response has been completed, then forget about it.
    if (this._HTTPConnection__response && this._HTTPConnection__response.isclosed()) {
      this._HTTPConnection__response = null;
    }

    // in certain cases, we cannot issue another request on this connection:
    //   1) we are in the process of sending a request.   (_CS_REQ_STARTED)
    //   2) a response to a previous request has signalled that it is going
    //      to close the connection upon completion.
    //   3) the headers for the previous response have not been read, thus
    //      we cannot determine whether point (2) is true.   (_CS_REQ_SENT)
    // If there is no prior response, then we can request at will. If (2) holds, the
    // socket was passed to the response and a new one is opened for a new request.
    // If a prior response exists, we *can* start a new request, but not fetch its
    // response until the prior one is complete.
    if (this._HTTPConnection__state === _CS_IDLE) {
      this._HTTPConnection__state = _CS_REQ_STARTED;
    } else {
      throw new CannotSendRequest(this._HTTPConnection__state);
    }

    this._validate_method(method);

    // Save the method for use later in the response phase
    this._method = method;

    url = truthy(url) ? url : "/";
    this._validate_path(url);

    const request = `${str(method)} ${str(url)} ${this._http_vsn_str}`;

    this._output(this._encode_request(request));

    if (this._http_vsn === 11) {
      // Issue some standard headers for better HTTP/1.1 compliance

      if (!truthy(skip_host)) {
        // this header is issued *only* for HTTP/1.1 connections (clients using
        // HTTP/1.0 may issue it themselves; some servers barf on two Host: headers).
        // A non-standard port goes into the header; through a proxy, the host is
        // that of the actual URL, not of the proxy.

        let netloc = "";
        if (url.startsWith("http")) netloc = urlsplit(url).netloc;

        if (netloc) {
          let netloc_enc: Buffer;
          try {
            netloc_enc = asciiEncode(netloc);
          } catch (e) {
            if (!(e instanceof UnicodeEncodeError)) throw e;
            netloc_enc = idnaEncode(netloc);
          }
          this.putheader("Host", _strip_ipv6_iface(netloc_enc));
        } else {
          let host: string;
          let port: PyInt;
          if (this._tunnel_host) {
            host = this._tunnel_host;
            port = this._tunnel_port!;
          } else {
            host = this.host;
            port = this.port;
          }
          const line = _fastpath.hostLine(this, host, port); // the line below, made once per connection for a plain host
          if (line !== null) this._output(line);
          else {
            let host_enc: Buffer;
            try {
              host_enc = asciiEncode(host);
            } catch (e) {
              if (!(e instanceof UnicodeEncodeError)) throw e;
              host_enc = idnaEncode(host);
            }

            // As per RFC 273, IPv6 address should be wrapped with []
            // when used as Host header
            host_enc = this._wrap_ipv6(host_enc);
            if (host.includes(":")) host_enc = _strip_ipv6_iface(host_enc);

            if (pyEq(port, this.default_port)) {
              this.putheader("Host", host_enc);
            } else {
              this.putheader("Host", `${host_enc.toString("latin1")}:${str(port)}`);
            }
          }
        }
      }

      // we only want a Content-Encoding of "identity" since we don't
      // support encodings such as x-gzip or x-deflate.
      if (!truthy(skip_accept_encoding)) {
        const line = _fastpath.knownLine(this, "Accept-Encoding: identity"); // no checks for a constant
        if (line !== null) this._output(line);
        else this.putheader("Accept-Encoding", "identity");
      }

      // we can accept "chunked" Transfer-Encodings, but no others
      // NOTE: no TE header implies *only* "chunked"
    } else {
      // For HTTP/1.0, the server will assume "not chunked"
    }
  }

  _encode_request(request: string): Buffer {
    // ASCII also helps prevent CVE-2019-9740.
    return asciiEncode(request);
  }

  /** Validate a method name for putrequest. */
  _validate_method(method: string): void {
    // prevent http header injection
    const match = reSearch(_contains_disallowed_method_pchar_re, method);
    if (match) {
      throw new ValueError(`method can't contain control characters. ${repr(method)} (found at least ${repr(match[0])})`);
    }
  }

  /** Validate a url for putrequest. */
  _validate_path(url: string): void {
    // Prevent CVE-2019-9740.
    const match = reSearch(_contains_disallowed_url_pchar_re, url);
    if (match) {
      throw new InvalidURL(`URL can't contain control characters. ${repr(url)} (found at least ${repr(match[0])})`);
    }
  }

  /** Validate a host so it doesn't contain control characters. */
  _validate_host(host: string): void {
    // Prevent CVE-2019-18348.
    const match = reSearch(_contains_disallowed_url_pchar_re, host);
    if (match) {
      throw new InvalidURL(`URL can't contain control characters. ${repr(host)} (found at least ${repr(match[0])})`);
    }
  }

  /** Send a request header line to the server, e.g. putheader('Accept', 'text/html'). */
  putheader(header: string | BytesLike, ...values: HeaderValue[]): void {
    const b = bindKw(arguments, PUTHEADER);
    if (b) [header, ...values] = b as [string, ...HeaderValue[]];
    if (this._HTTPConnection__state !== _CS_REQ_STARTED) throw new CannotSendHeader();

    const line = _fastpath.headerLine(header, values); if (line !== null) return void this._output(line); // str header and value that pass the checks below as they are

    let hdr: unknown = header;
    if (typeof hdr === "string") hdr = asciiEncode(hdr);

    if (!_is_legal_header_name(hdr)) throw new ValueError(`Invalid header name ${repr(hdr)}`);

    const vals: unknown[] = values.slice();
    for (let i = 0; i < vals.length; i++) {
      const one_value = vals[i];
      if (typeof one_value === "string") vals[i] = latin1Encode(one_value);
      else if (typeof one_value === "bigint" || typeof one_value === "boolean" || (typeof one_value === "number" && Number.isInteger(one_value))) {
        // bool is an int in Python: str(True) == "True"
        vals[i] = Buffer.from(typeof one_value === "boolean" ? (one_value ? "True" : "False") : String(one_value), "latin1");
      }

      if (_is_illegal_header_value(vals[i])) throw new ValueError(`Invalid header value ${repr(vals[i])}`);
    }

    const value = bytesJoin(HEADER_FOLD, vals as Uint8Array[]);
    this._output(Buffer.concat([asBuffer(hdr as Uint8Array), COLON_SP, value]));
  }

  /**
   * Indicate that the last header line has been sent to the server: this sends the
   * request. message_body: an optional body to send with it.
   */
  endheaders(options?: Keywords<EndheadersOptions>): Promise<void>;
  endheaders(message_body: Body | undefined, options?: Keywords<Pick<EndheadersOptions, "encode_chunked" | "encodeChunked">>): Promise<void>;
  endheaders(message_body: unknown = null, _options?: unknown): Promise<void> {
    // (Not async: what it awaits comes last, so its Promise is returned; one frame less per request.)
    try {
      let encode_chunked: unknown = false;
      const b = bindKw(arguments, ENDHEADERS);
      if (b) [message_body, encode_chunked] = b;
      if (this._HTTPConnection__state === _CS_REQ_STARTED) {
        this._HTTPConnection__state = _CS_REQ_SENT;
      } else {
        throw new CannotSendHeader();
      }
      return promised(this._send_output(message_body, kwargs({ encode_chunked })));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Send a complete request to the server. */
  request(method: string, url: string, options?: Keywords<RequestOptions>): Promise<void>;
  // after body, a plain object is the headers (a dict), never keywords
  request(method: string, url: string, body: Body | undefined, headers?: HeadersMapping | Kwargs, options?: Keywords<RequestKeywords>): Promise<void>;
  request(method: string, url: string, body: unknown = null, headers: unknown = {}, _options?: unknown): Promise<void> {
    // (Not async, as endheaders())
    try {
      let encode_chunked: unknown = false;
      const b = bindKw(arguments, REQUEST);
      if (b) [method, url, body, headers, encode_chunked] = b as [string, string, unknown, unknown, unknown];
      headers = fromWhatwgHeaders(headers);
      return promised(this._send_request(method, url, body ?? null, headers === undefined ? {} : headers, encode_chunked));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  _send_request(method: string, url: string, body: unknown, headers: unknown, encode_chunked: unknown): Promise<void> {
    // (Not async, as endheaders())
    try {
      const fast = _fastpath.sendRequest(this, method, url, body, headers, encode_chunked); if (fast !== null) return promised(fast); // the head as one string, on the port's own socket
      // Honor explicitly requested Host: and Accept-Encoding: headers.
      const header_names = lowerKeySet(headers);
      const skips: Record<string, number> = {};
      if (header_names.has("host")) skips.skip_host = 1;
      if (header_names.has("accept-encoding")) skips.skip_accept_encoding = 1;

      this.putrequest(method, url, kwargs(skips));

      // chunked encoding will happen if HTTP/1.1 is used and either
      // the caller passes encode_chunked=True or the following
      // conditions hold:
      // 1. content-length has not been explicitly set
      // 2. the body is a file or iterable, but not a str or bytes-like
      // 3. Transfer-Encoding has NOT been explicitly set by the caller

      if (!header_names.has("content-length")) {
        // only chunk body if not explicitly set for backwards
        // compatibility, assuming the client code is already handling the
        // chunking
        if (!header_names.has("transfer-encoding")) {
          // if content-length cannot be automatically determined, fall
          // back to chunked encoding
          encode_chunked = false;
          const content_length = (this.constructor as typeof HTTPConnection)._get_content_length(body, method);
          if (content_length === null) {
            if (body !== null && body !== undefined) {
              if (compare(this.debuglevel, ">", 0)) print(pctR("Unable to determine size of %r", body));
              encode_chunked = true;
              this.putheader("Transfer-Encoding", "chunked");
            }
          } else {
            this.putheader("Content-Length", String(content_length));
          }
        }
      } else {
        encode_chunked = false;
      }

      for (const [hdr, value] of dictItems(headers)) this.putheader(hdr as string, value as HeaderValue);
      if (typeof body === "string") {
        // RFC 2616 Section 3.7.1 says that text default has a
        // default charset of iso-8859-1.
        body = _encode(body, "body");
      }
      return promised(this.endheaders(body as Body, kwargs({ encode_chunked })));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * Get the response from the server. If the connection is in the correct state,
   * returns an instance of response_class. If a request has not been sent or a
   * previous response has not been handled, ResponseNotReady is raised. If the response
   * says the connection will close, it is closed before the response is returned.
   */
  async getresponse(): Promise<BegunHTTPResponse> {
    noArgs(arguments, "HTTPConnection.getresponse");
    // if a prior response has been completed, then forget about it.
    if (this._HTTPConnection__response && this._HTTPConnection__response.isclosed()) {
      this._HTTPConnection__response = null;
    }

    // if a prior response exists, then it must be completed (otherwise, we
    // cannot read this response's header to determine the connection-close
    // behavior). A prior will_close response was made independent of this
    // connection; a persistent one is retained until isclosed() is true.
    if (this._HTTPConnection__state !== _CS_REQ_SENT || this._HTTPConnection__response) {
      throw new ResponseNotReady(this._HTTPConnection__state);
    }

    let response: HTTPResponse;
    if (compare(this.debuglevel, ">", 0)) {
      response = new this.response_class(this.sock!, this.debuglevel, kwargs({ method: this._method }));
    } else if (this.response_class === HTTPResponse) {
      response = new HTTPResponse(this.sock!, 0, this._method); // (the stock class: method= bound by position, debuglevel its default)
    } else {
      response = new this.response_class(this.sock!, kwargs({ method: this._method }));
    }

    try {
      try {
        _cancel.beginning(this, response);
        try {
          await response.begin();
        } finally {
          _cancel.ended(this, response);
        }
      } catch (e) {
        if (e instanceof ConnectionError) this.close();
        throw e;
      }
      if (response.will_close === _UNKNOWN) throw new AssertionError();
      this._HTTPConnection__state = _CS_IDLE;

      if (response.will_close) {
        // this effectively passes the connection to the response
        this.close();
      } else {
        // remember this, so we can tell when it is complete
        this._HTTPConnection__response = response;
      }

      return response as BegunHTTPResponse;
    } catch (e) {
      response.close();
      throw e;
    }
  }

  // camelCase aliases
  setDebugLevel(level: number | Keywords<SetDebuglevelOptions>): void { this.set_debuglevel(level); }
  setDebuglevel(level: number | Keywords<SetDebuglevelOptions>): void { this.set_debuglevel(level); }
  getProxyResponseHeaders(): HTTPMessage | null { return this.get_proxy_response_headers(); }
  putHeader(header: string | BytesLike, ...values: HeaderValue[]): void { this.putheader(header, ...values); }
  getResponse(): Promise<BegunHTTPResponse> { return this.getresponse(); }
  get responseClass(): typeof HTTPResponse { return this.response_class; }
  set responseClass(v: typeof HTTPResponse) { this.response_class = v; }
  get defaultPort(): number { return this.default_port; }
  set defaultPort(v: number) { this.default_port = v; }
  get autoOpen(): number | boolean { return this.auto_open; }
  set autoOpen(v: number | boolean) { this.auto_open = v; }
  get debugLevel(): number { return this.debuglevel; }
  set debugLevel(v: number) { this.debuglevel = v; }
  get sourceAddress(): [string, number] | null { return this.source_address; }
  set sourceAddress(v: [string, number] | null) { this.source_address = v; }
  get blockSize(): number { return this.blocksize; }
  set blockSize(v: number) { this.blocksize = v; }

  // `with conn:` is `using conn = ...` / `await using conn = ...` (extensions): it closes
  [Symbol.dispose](): void { this.close(); }
  async [Symbol.asyncDispose](): Promise<void> { this.close(); }
}
// camelCase aliases of the methods with several call forms: each has the Python method's type
export interface HTTPConnection {
  /** camelCase alias of set_tunnel(). */
  setTunnel: HTTPConnection["set_tunnel"];
  /** camelCase alias of putrequest(). */
  putRequest: HTTPConnection["putrequest"];
  /** camelCase alias of endheaders(). */
  endHeaders: HTTPConnection["endheaders"];
}
HTTPConnection.prototype.setTunnel = function (this: HTTPConnection, ...args: [string]) {
  return this.set_tunnel(...args);
} as HTTPConnection["set_tunnel"];
HTTPConnection.prototype.putRequest = function (this: HTTPConnection, ...args: [string, string]) {
  return this.putrequest(...args);
} as HTTPConnection["putrequest"];
HTTPConnection.prototype.endHeaders = function (this: HTTPConnection, ...args: []) {
  return this.endheaders(...args);
} as HTTPConnection["endheaders"];

const ENOPROTOOPT = 92;
const CRLF = Buffer.from("\r\n");
const COLON_SP = Buffer.from(": ");
const HEADER_FOLD = Buffer.from("\r\n\t");

/** This class allows communication via SSL. */
export class HTTPSConnection extends HTTPConnection {
  static override default_port: number = HTTPS_PORT;
  _context: import("../ssl").SSLContext;

  /**
   * HTTPSConnection(host, port=None, *, timeout=<default>, source_address=None,
   * context=None, blocksize=8192): the keyword-only arguments come as a trailing
   * object (which may carry port too).
   */
  constructor(host: string, options?: Keywords<HTTPSConnectionOptions>);
  constructor(host: string, port: Port | null | undefined, options?: Keywords<Omit<HTTPSConnectionOptions, "port">>);
  constructor(host: string, port: unknown = null, _options?: unknown) {
    let timeout: unknown = socket._GLOBAL_DEFAULT_TIMEOUT;
    let source_address: unknown = null;
    let context: import("../ssl").SSLContext | null = null;
    let blocksize: unknown = 8192;
    let signal: unknown = null;
    const b = bindKw(arguments, HTTPS_INIT);
    if (b) [host, port, timeout, source_address, context, blocksize, signal] = b as [string, PyInt | null, unknown, unknown, import("../ssl").SSLContext | null, unknown, unknown];
    super(host, port as Port | null, timeout as Timeout, source_address as SourceAddress | null, blocksize as number, kwargs({ signal }));
    if (context === null || context === undefined) context = _create_https_context(this._http_vsn);
    this._context = context;
  }

  /** Connect to a host on a given (SSL) port. */
  override async connect(): Promise<void> {
    await super.connect();

    let server_hostname: string;
    if (this._tunnel_host) server_hostname = this._tunnel_host;
    else server_hostname = this.host;

    // (conn.sock is the socket.socket that _create_connection() made)
    this.sock = await _cancel.scoped(this, () => pyattr(this._context, "wrap_socket").wrap_socket(this.sock as socket.socket, { server_hostname }));
    _cancel.noteSocket(this, this.sock);
  }
}

export class HTTPException extends Exception {
  // Subclasses that define an __init__ must call Exception.__init__
  // or define self.args.  Otherwise, str() will fail.
}

export class NotConnected extends HTTPException {}

export class InvalidURL extends HTTPException {}

export class UnknownProtocol extends HTTPException {
  version: unknown;
  constructor(version: unknown) {
    super(version);
    this.args = [version];
    this.version = version;
  }
}

export class UnknownTransferEncoding extends HTTPException {}

export class UnimplementedFileMode extends HTTPException {}

export class IncompleteRead extends HTTPException {
  partial: Buffer;
  expected: PyInt | null;
  constructor(partial: Uint8Array, expected: PyInt | null = null) {
    super(partial);
    this.args = [partial];
    this.partial = asBuffer(partial);
    this.expected = expected;
  }
  override __repr__(): string {
    const e = this.expected !== null && this.expected !== undefined ? `, ${str(this.expected)} more expected` : "";
    return `${pyClassName(this)}(${this.partial.length} bytes read${e})`;
  }
  // __str__ = object.__str__, which is repr()
  override __str__(): string {
    return this.__repr__();
  }
}

export class ImproperConnectionState extends HTTPException {}

export class CannotSendRequest extends ImproperConnectionState {}

export class CannotSendHeader extends ImproperConnectionState {}

export class ResponseNotReady extends ImproperConnectionState {}

export class BadStatusLine extends HTTPException {
  line: unknown;
  constructor(line: unknown) {
    if (!truthy(line)) line = repr(line);
    super(line);
    this.args = [line];
    this.line = line;
  }
}

export class LineTooLong extends HTTPException {
  constructor(line_type: string) {
    super(`got more than ${_MAXLINE} bytes when reading ${line_type}`);
  }
}

export class RemoteDisconnected extends ConnectionResetError {
  line: unknown;
  constructor(...pos: unknown[]) {
    super(...pos);
    // BadStatusLine.__init__(self, "") then ConnectionResetError.__init__(self, *pos)
    this.line = repr("");
  }
}
BaseException.registerBase(RemoteDisconnected, BadStatusLine);

// for backwards compatibility
export const error = HTTPException;

