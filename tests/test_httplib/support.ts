// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// The fixtures of CPython's test_httplib (FakeSocket and friends), translated.

import { BytesIO } from "../../src/io";
import * as client from "../../src/http/client";
import { AssertionError, OSError, TypeError, asBuffer, isBytesLike, latin1Encode, stdout, typeName } from "../../src/builtins";

// constants for testing chunked encoding
export const chunked_start =
  "HTTP/1.1 200 OK\r\n" +
  "Transfer-Encoding: chunked\r\n\r\n" +
  "a\r\n" +
  "hello worl\r\n" +
  "3\r\n" +
  "d! \r\n" +
  "8\r\n" +
  "and now \r\n" +
  "22\r\n" +
  "for something completely different\r\n";
export const chunked_expected = Buffer.from("hello world! and now for something completely different", "latin1");
export const chunk_extension = ";foo=bar";
export const last_chunk = "0\r\n";
export const last_chunk_extended = "0" + chunk_extension + "\r\n";
export const trailers = "X-Dummy: foo\r\nX-Dumm2: bar\r\n";
export const chunked_end = "\r\n";

export const HOST = "127.0.0.1";

/** b"..." literal: a latin-1 string as bytes. */
export function b(s: string): Buffer {
  return latin1Encode(s);
}

type FileClass = new (data: Buffer) => { close(): void };

export class FakeSocket {
  text: Buffer;
  fileclass: FileClass;
  data: Buffer = Buffer.alloc(0);
  sendall_calls = 0;
  file_closed = false;
  host: string | null;
  port: number | null;
  file: any = null;

  constructor(text: string | Uint8Array | null | object, fileclass: FileClass = BytesIO, host: string | null = null, port: number | null = null) {
    // Python: str is encoded as ASCII; None stays None and BytesIO(None) is empty; any
    // other object (test_send_file passes a file) is kept as is and never read.
    this.text = typeof text === "string" ? Buffer.from(text, "ascii") : text === null ? Buffer.alloc(0) : isBytesLike(text) ? asBuffer(text) : (text as Buffer);
    this.fileclass = fileclass;
    this.host = host;
    this.port = port;
  }

  sendall(data: unknown): void {
    this.sendall_calls += 1;
    if (!isBytesLike(data)) throw new TypeError(`can't concat ${typeName(data)} to bytes`);
    this.data = Buffer.concat([this.data, asBuffer(data)]);
  }

  makefile(mode: string, _bufsize: number | null = null): any {
    if (mode !== "r" && mode !== "rb") throw new client.UnimplementedFileMode();
    // keep the file around so we can check how much was read from it
    this.file = new this.fileclass(this.text);
    this.file.close = () => this.file_close(); // nerf close()
    return this.file;
  }

  file_close(): void {
    this.file_closed = true;
  }

  close(): void {}

  setsockopt(_level: number, _optname: number, _value: number): void {}
}

export class EPipeSocket extends FakeSocket {
  pipe_trigger: Buffer;

  // When sendall() is called with pipe_trigger, raise EPIPE.
  constructor(text: string | Uint8Array, pipe_trigger: string | Uint8Array) {
    super(text);
    this.pipe_trigger = typeof pipe_trigger === "string" ? Buffer.from(pipe_trigger, "latin1") : asBuffer(pipe_trigger);
  }

  override sendall(data: unknown): void {
    const d = asBuffer(data as Uint8Array);
    if (d.includes(this.pipe_trigger)) throw new OSError(32, "gotcha");
    this.data = Buffer.concat([this.data, d]);
  }

  override close(): void {}
}

/** Like BytesIO, but raises AssertionError on EOF: http.client must not read past the end. */
export class NoEOFBytesIO extends BytesIO {
  override read(n: number | null = -1): Buffer {
    const data = super.read(n);
    if (data.length === 0) throw new AssertionError("caller tried to read past EOF");
    return data;
  }

  override readline(length: number | null = null): Buffer {
    const data = super.readline(length);
    if (data.length === 0) throw new AssertionError("caller tried to read past EOF");
    return data;
  }
}

/** HTTPConnection subclass using FakeSocket; counts connect() calls. */
export class FakeSocketHTTPConnection extends client.HTTPConnection {
  connections = 0;
  fake_socket_args: ConstructorParameters<typeof FakeSocket>;

  constructor(...args: ConstructorParameters<typeof FakeSocket>) {
    super("example.com");
    this.fake_socket_args = args;
    this._create_connection = (..._pos: unknown[]) => this.create_connection();
  }

  override async connect(): Promise<void> {
    this.connections += 1;
    return super.connect();
  }

  create_connection(): any {
    return new FakeSocket(...this.fake_socket_args);
  }
}

/** support.captured_stdout(): runs fn with print() output captured. */
export async function captured_stdout(fn: () => unknown): Promise<string> {
  const old = stdout.write;
  let out = "";
  stdout.write = (s: string) => {
    out += s;
  };
  try {
    await fn();
  } finally {
    stdout.write = old;
  }
  return out;
}

/** Runs fn (sync or async) and returns what it raised; fails if it raised nothing. */
export async function raises(fn: () => unknown): Promise<Error> {
  try {
    await fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("did not raise");
}

/** assertStartsWith for bytes, compared as latin-1 text for a readable diff. */
export function expectStartsWith(data: Buffer, prefix: Buffer): void {
  expect(data.subarray(0, prefix.length).toString("latin1")).toBe(prefix.toString("latin1"));
}
