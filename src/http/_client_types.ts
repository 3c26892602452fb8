// The TypeScript shapes of http.client's arguments: what Python accepts, as types, so that a
// misspelled keyword or a value Python rejects is a compile error. Not part of client.py;
// src/http/client.ts re-exports them.

import type { Readable } from "node:stream";
import type { Kwargs } from "../builtins";
import type { DefaultTimeout } from "../socket";
import type { SSLContext } from "../ssl";

/** A bytes-like object (Python's buffer protocol): any typed array, DataView or ArrayBuffer. */
export type BytesLike = ArrayBufferView | ArrayBuffer;

/** A port number (Python's int; `bigint` where it is one). */
export type Port = number | bigint;

/**
 * A timeout in seconds, `null` for blocking mode, or `socket._GLOBAL_DEFAULT_TIMEOUT`
 * (the default: the value of `socket.getdefaulttimeout()`).
 */
export type Timeout = number | null | DefaultTimeout;

/** A `(host, port)` address to bind the socket to before connecting (`source_address`). */
export type SourceAddress = readonly [host: string, port: number];

/** A header value as `putheader()` takes it: str (latin-1), bytes, or int. */
export type HeaderValue = string | number | bigint | BytesLike;

/**
 * Request headers, as a Python dict: a plain object or a `Map` (names str or bytes), in
 * insertion order. A WHATWG `Headers` is accepted too (an extension: it is read as the
 * Map of its entries, so its names arrive lower-cased, as `Headers` keeps them).
 */
export type HeadersMapping = { readonly [name: string]: HeaderValue } | ReadonlyMap<string | BytesLike, HeaderValue> | Headers;

/**
 * A file-like body: an object with `read(size)` returning str or bytes (or a Promise of
 * them), as `io.BytesIO`, `io.StringIO` or `io.BufferedReader` do. A text file's str is
 * encoded as ISO-8859-1, as CPython does.
 */
export interface FileLike {
  read(size: number): string | BytesLike | null | Promise<string | BytesLike | null>;
}

/**
 * A request body, as `request()`, `endheaders()` and `send()` take it: str (encoded as
 * ISO-8859-1), bytes-like, a file-like object, an iterable or async iterable of
 * bytes-like chunks (a Node Readable is one), or `null` for none. A Python dict body
 * (sent as its keys) is a `Map`; a plain object in the body's place is keywords.
 */
export type Body = string | BytesLike | FileLike | Iterable<BytesLike> | AsyncIterable<BytesLike> | Readable | ReadonlyMap<BytesLike, unknown> | null;

/** `HTTPConnection(host, port=None, timeout=..., source_address=None, blocksize=8192)` keywords. */
export interface HTTPConnectionOptions {
  /** The port; by default the one in `host` ("host:port") or 80. */
  port?: Port | null;
  /** Seconds for blocking operations, `null` for none; by default the global default timeout. */
  timeout?: Timeout;
  /** `(host, port)` to bind to before connecting. */
  source_address?: SourceAddress | null;
  /** camelCase spelling of `source_address`. */
  sourceAddress?: SourceAddress | null;
  /** The size in bytes of the blocks read from a file-like body (8192). */
  blocksize?: number;
  /**
   * Extension (not Python): aborting it closes the connection; whatever is pending
   * (connect, send, getresponse, a read) rejects at once with the signal's reason, and
   * later calls act as on a closed connection.
   */
  signal?: AbortSignal;
}

/** `HTTPSConnection(host, port=None, *, timeout, source_address, context=None, blocksize)` keywords. */
export interface HTTPSConnectionOptions extends HTTPConnectionOptions {
  /** The `ssl.SSLContext` to wrap the socket with; by default `ssl._create_default_https_context()`. */
  context?: SSLContext | null;
}

/** `HTTPConnection.request(method, url, body=None, headers={}, *, encode_chunked=False)` keywords. */
export interface RequestOptions {
  body?: Body;
  headers?: HeadersMapping;
  /** Send the body with chunked transfer coding (when a Transfer-Encoding header says so). */
  encode_chunked?: boolean;
  /** camelCase spelling of `encode_chunked`. */
  encodeChunked?: boolean;
}

/** `request()` keywords after `headers` was given positionally. */
export type RequestKeywords = Pick<RequestOptions, "encode_chunked" | "encodeChunked">;

/** `HTTPConnection.endheaders(message_body=None, *, encode_chunked=False)` keywords. */
export interface EndheadersOptions {
  message_body?: Body;
  /** camelCase spelling of `message_body`. */
  messageBody?: Body;
  encode_chunked?: boolean;
  /** camelCase spelling of `encode_chunked`. */
  encodeChunked?: boolean;
}

/** `HTTPConnection.putrequest(method, url, skip_host=False, skip_accept_encoding=False)` keywords (any truthy value skips, as in Python). */
export interface PutrequestOptions {
  /** Do not send a Host header. */
  skip_host?: boolean | number;
  /** camelCase spelling of `skip_host`. */
  skipHost?: boolean | number;
  /** Do not send `Accept-Encoding: identity`. */
  skip_accept_encoding?: boolean | number;
  /** camelCase spelling of `skip_accept_encoding`. */
  skipAcceptEncoding?: boolean | number;
}

/** `HTTPConnection.set_tunnel(host, port=None, headers=None)` keywords. */
export interface SetTunnelOptions {
  port?: Port | null;
  /** Extra headers for the CONNECT request. */
  headers?: HeadersMapping | null;
}

/** `HTTPConnection.send(data)` keywords. */
export interface SendOptions {
  data: Body;
}

/** `HTTPConnection.set_debuglevel(level)` keywords. */
export interface SetDebuglevelOptions {
  level: number;
}

/** `HTTPResponse(sock, debuglevel=0, method=None, url=None)` keywords. */
export interface HTTPResponseOptions {
  debuglevel?: number;
  /** The request's method ("HEAD" responses have no body). */
  method?: string | null;
  url?: string | null;
}

/** `HTTPResponse.read(amt=None)` keywords. */
export interface ReadOptions {
  /** At most this many bytes; `null` for all. */
  amt?: number | bigint | null;
}

/** `HTTPResponse.read1(n=-1)` and `HTTPResponse.peek(n=-1)` keywords. */
export interface Read1Options {
  n?: number | bigint;
}

/** `HTTPResponse.readline(limit=-1)` keywords. */
export interface ReadlineOptions {
  limit?: number | bigint | null;
}

/** `HTTPResponse.readinto(b)` keywords. */
export interface ReadintoOptions {
  b: Uint8Array;
}

/** A value, or a Promise of it: file objects may be synchronous (io.BytesIO) or not (io.BufferedReader over a socket). */
export type Awaitable<T> = T | Promise<T>;

/**
 * The binary file object an HTTPResponse reads (`resp.fp`): what `sock.makefile("rb")`
 * returns, an io.BufferedReader over a socket, an io.BytesIO in tests, or your own. These
 * are the methods http.client calls on it, with Python's arguments; `peek` only for the
 * response's own peek().
 */
export interface ResponseFile {
  readline(limit?: number | bigint | null): Awaitable<Uint8Array>;
  read(size?: number | bigint | null): Awaitable<Uint8Array | null>;
  read1(size?: number | bigint | null): Awaitable<Uint8Array>;
  readinto(b: Uint8Array): Awaitable<number | null>;
  peek?(size?: number | bigint | null): Awaitable<Uint8Array>;
  close(): unknown;
  flush(): unknown;
  fileno(): number;
}

/**
 * The socket an HTTPResponse is made from: only its makefile("rb") is used, which must
 * return a ResponseFile (declared wider, as socket.socket's makefile() is).
 */
export interface SocketLike {
  makefile(mode: string): unknown;
  sendall?(data: BytesLike): unknown;
  close?(): unknown;
}

/**
 * A connection's socket (`conn.sock`), as `_create_connection()` returns it: what
 * http.client calls on it. Its makefile("rb") is the response's file (a ResponseFile);
 * socket.socket declares a wider result, as its other modes give other files.
 */
export interface ConnectionSocket {
  makefile(mode: string): unknown;
  sendall(data: BytesLike): unknown;
  setsockopt(level: number, optname: number, value: number): unknown;
  close(): unknown;
}

/** `conn._create_connection`: `socket.create_connection(address, timeout, source_address)` or a replacement. */
export type CreateConnection = (address: [string, number | bigint], timeout?: unknown, source_address?: unknown) => Awaitable<ConnectionSocket>;

/** The keyword object of a call, typed (T) or explicit (`builtins.kwargs({...})`). */
export type Keywords<T> = T | Kwargs;
