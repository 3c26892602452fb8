// http-client-py/node: Node interop for a response's body. These are extensions, not
// Python: http.client has no streams of its own. They live outside the mirror of
// CPython's Lib (src/http/client.ts stays the translation) and only call the response's
// Python methods (read1(), close()), so the response behaves as it does in Python.

import { Readable } from "node:stream";
import { ReadableStream } from "node:stream/web";
import { IncompleteRead } from "../http/client";

/**
 * What the functions of this module read from: any object with Python's `read1()` and
 * `close()`, such as an `http.client.HTTPResponse` that `getresponse()` returned (or a
 * subclass, or a wrapper of your own).
 *
 * `length` and `isclosed()` are optional: when present (as on an `HTTPResponse`), a
 * body cut short of its Content-Length raises `IncompleteRead` instead of ending quietly
 * (see {@link chunks}).
 */
export interface BodyReader {
  /** Python's `read1(n)`: at most one read from the socket; `b""` (an empty Buffer) at the end. */
  read1(n?: number): Promise<Buffer>;
  /** Python's `close()`. */
  close(): void;
  /** Python's `HTTPResponse.length`: body bytes still expected (Content-Length), or `null`. */
  readonly length?: number | bigint | string | null;
  /** Python's `HTTPResponse.isclosed()`. */
  isclosed?(): boolean;
}

/**
 * How many bytes each `read1()` asks for by default: 256 KiB.
 *
 * Not `-1`: the port's `read1(-1)`, as CPython's, asks the buffered reader for everything
 * the Content-Length leaves (it allocates that much for each read: a 50 MB body read that
 * way cost 7.5 ms of CPU per MB here, against 0.5 ms/MB in 256 KiB reads), and for the
 * reader's buffer size (128 KiB, two copies per read) on a close-delimited body. Sizes
 * above the reader's buffer go straight from the socket into the result, one copy;
 * 256 KiB measured fastest here (64 KiB cost about 30% more CPU per MB).
 */
export const DEFAULT_CHUNK_SIZE = 256 * 1024;

/** Options of {@link toReadable}. */
export interface ToReadableOptions {
  /** Bytes asked of each `read1()` (a positive integer; default {@link DEFAULT_CHUNK_SIZE}). */
  size?: number;
  /**
   * The Readable's `highWaterMark` in bytes (default: Node's default for byte streams).
   * The stream asks for more only while it holds less than this, so at most one
   * `read1()` result beyond it is read ahead of the consumer.
   */
  highWaterMark?: number;
  /** Aborting it destroys the stream (with an `AbortError`), which closes the response. */
  signal?: AbortSignal;
}

/** Options of {@link toWebStream}. */
export interface ToWebStreamOptions {
  /** Bytes asked of each `read1()` (a positive integer; default {@link DEFAULT_CHUNK_SIZE}). */
  size?: number;
}

function chunkSize(size: number | undefined): number {
  if (size === undefined) return DEFAULT_CHUNK_SIZE;
  if (!Number.isSafeInteger(size) || size <= 0) {
    throw new RangeError(`size must be a positive integer, not ${String(size)}`);
  }
  return size;
}

/**
 * One `read1(size)`, with the end checked: an empty result while the response was open
 * and still expected Content-Length bytes is a body cut short. Python's `read1()` returns
 * `b""` there (it raises only for chunked bodies); `read()` raises `IncompleteRead`, and
 * so does this, with the bytes still expected.
 */
async function readChunk(resp: BodyReader, size: number): Promise<Buffer> {
  const wasOpen = typeof resp.isclosed === "function" ? !resp.isclosed() : true;
  const b = await resp.read1(size);
  if (b.length === 0 && wasOpen) {
    const left = resp.length;
    if ((typeof left === "number" || typeof left === "bigint") && left > 0) {
      throw new IncompleteRead(Buffer.alloc(0), left);
    }
  }
  return b;
}

/**
 * The body of a response as an async iterable of Buffers, each the result of one
 * `resp.read1(size)`, until `read1()` returns an empty Buffer (Python's `b""`). An
 * extension, not Python; in Python: `for chunk in iter(lambda: resp.read1(size), b""):`.
 *
 * The Buffers are the bytes `read()` would return (chunked framing decoded,
 * Content-Length respected), each a fresh Buffer the caller owns. Errors are the
 * response's own exceptions (e.g. `IncompleteRead` when a chunked body is cut short); a
 * body that ends before its Content-Length raises `IncompleteRead` too, as `read()` does
 * (a bare `read1()` loop would just see `b""` there).
 *
 * The response is closed (`resp.close()`) when the iteration ends, however it ends: at
 * the end of the body, on an error, or when the loop is left early (`break`, `return`,
 * `throw`), as leaving a `for await` over a Node stream destroys it.
 *
 * Python's own iteration of a response (`for await (const line of resp)`) yields lines,
 * as in Python; use this for binary bodies.
 *
 * @param resp an `HTTPResponse`, or any {@link BodyReader}.
 * @param size bytes asked of each `read1()`: a positive integer, default {@link DEFAULT_CHUNK_SIZE}.
 * @throws RangeError at once if `size` is not a positive integer.
 */
export function chunks(resp: BodyReader, size?: number): AsyncGenerator<Buffer, void, undefined> {
  return chunkGenerator(resp, chunkSize(size));
}

async function* chunkGenerator(resp: BodyReader, size: number): AsyncGenerator<Buffer, void, undefined> {
  try {
    for (;;) {
      const b = await readChunk(resp, size);
      if (b.length === 0) return;
      yield b;
    }
  } finally {
    resp.close();
  }
}

/**
 * The body of a response as a `node:stream` Readable of bytes. An extension, not Python.
 *
 * The stream carries exactly the bytes `read()` would return (chunked framing decoded,
 * Content-Length respected), as the Buffers `read1(size)` returns, without copies. It
 * reads only when the stream asks for data (backpressure: at most one `read1()` result
 * beyond `highWaterMark` is read ahead of the consumer).
 *
 * An exception of the response (e.g. `IncompleteRead`, `TimeoutError`,
 * `ConnectionResetError`) destroys the stream with that very exception object as its
 * error; a body that ends before its Content-Length does so with an `IncompleteRead`, as
 * `read()` raises. Destroying the stream (`destroy()`, an aborted `signal`, a failed
 * `pipeline()`, leaving a `for await` early) closes the response (`resp.close()`); so
 * does its normal end (Node's `autoDestroy`).
 *
 * @param resp an `HTTPResponse`, or any {@link BodyReader}.
 * @throws RangeError at once if `options.size` is not a positive integer.
 */
export function toReadable(resp: BodyReader, options: ToReadableOptions = {}): Readable {
  const size = chunkSize(options.size);
  let pumping = false; // a read loop is running
  let wanted = false; // the stream asked for data since the loop last pushed

  const pump = async (): Promise<void> => {
    pumping = true;
    try {
      while (wanted) {
        const b = await readChunk(resp, size);
        if (stream.destroyed) return;
        // A push answers every read() asked before it (Node calls read() again when it
        // wants more); push() may itself call read() (wanted = true) before it returns.
        wanted = false;
        if (b.length === 0) {
          stream.push(null);
          return;
        }
        if (stream.push(b)) wanted = true;
      }
    } catch (e) {
      if (!stream.destroyed) stream.destroy(e instanceof Error ? e : new Error(String(e)));
    } finally {
      pumping = false;
    }
  };

  const stream = new Readable({
    highWaterMark: options.highWaterMark,
    signal: options.signal,
    read() {
      wanted = true;
      if (!pumping) void pump();
    },
    destroy(err, callback) {
      let error = err;
      try {
        resp.close();
      } catch (e) {
        error ??= e instanceof Error ? e : new Error(String(e));
      }
      callback(error);
    },
  });
  return stream;
}

/**
 * The body of a response as a WHATWG `ReadableStream<Uint8Array>` (the chunks are
 * Buffers). An extension, not Python.
 *
 * Pull-based: each pull is one `read1(size)` (the stream keeps one chunk queued ahead of
 * its reader, its default high-water mark). The chunks are exactly the bytes `read()`
 * would return. An exception of the response errors the stream with that exception
 * object, after closing the response; a body that ends before its Content-Length errors
 * it with an `IncompleteRead`. `cancel()` closes the response (`resp.close()`), and so
 * does the end of the body.
 *
 * Not a byte stream (`type: "bytes"`): enqueuing there transfers the chunk's whole
 * ArrayBuffer, which for small Buffers is Node's shared pool.
 *
 * @param resp an `HTTPResponse`, or any {@link BodyReader}.
 * @throws RangeError at once if `options.size` is not a positive integer.
 */
export function toWebStream(resp: BodyReader, options: ToWebStreamOptions = {}): ReadableStream<Uint8Array> {
  const size = chunkSize(options.size);
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let b: Buffer;
      try {
        b = await readChunk(resp, size);
      } catch (e) {
        if (cancelled) return;
        try {
          resp.close();
        } catch {
          // the read's exception is the one to report
        }
        throw e;
      }
      if (cancelled) return; // a read that was pending when the stream was cancelled
      if (b.length === 0) {
        resp.close();
        controller.close();
        return;
      }
      controller.enqueue(b);
    },
    cancel() {
      cancelled = true;
      resp.close();
    },
  });
}
