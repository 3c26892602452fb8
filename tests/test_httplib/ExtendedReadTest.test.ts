// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: ExtendedReadTest and its subclasses ExtendedReadTestContentLengthKnown and
// ExtendedReadTestChunked (same cases, their own `lines`), plus the Readliner helper.

import * as client from "../../src/http/client";
import { BufferedReader, BytesIO } from "../../src/io";
import { FakeSocket, b } from "./support";

type Bytes = Buffer;

/** Test peek(), read1(), readline() */
const ExtendedReadTest_lines =
  "HTTP/1.1 200 OK\r\n" +
  "\r\n" +
  "hello world!\n" +
  "and now \n" +
  "for something completely different\n" +
  "foo";
// A class attribute of ExtendedReadTest: the subclasses inherit it unchanged.
const lines_expected = Buffer.from(ExtendedReadTest_lines.slice(ExtendedReadTest_lines.indexOf("hello")), "ascii");

// ExtendedReadTestContentLengthKnown: _header, _body = ExtendedReadTest.lines.split('\r\n\r\n', 1)
const sep = ExtendedReadTest_lines.indexOf("\r\n\r\n");
const _header = ExtendedReadTest_lines.slice(0, sep);
const _body = ExtendedReadTest_lines.slice(sep + 4);
const ExtendedReadTestContentLengthKnown_lines = _header + `\r\nContent-Length: ${_body.length}\r\n\r\n` + _body;

/** Test peek(), read1(), readline() in chunked mode */
const ExtendedReadTestChunked_lines =
  "HTTP/1.1 200 OK\r\n" +
  "Transfer-Encoding: chunked\r\n\r\n" +
  "a\r\n" +
  "hello worl\r\n" +
  "3\r\n" +
  "d!\n\r\n" +
  "9\r\n" +
  "and now \n\r\n" +
  "23\r\n" +
  "for something completely different\n\r\n" +
  "3\r\n" +
  "foo\r\n" +
  "0\r\n" + // terminating chunk
  "\r\n"; // end of trailers

/** a simple readline class that uses an arbitrary read function and buffering */
class Readliner {
  readfunc: () => Promise<Bytes>;
  remainder: Bytes;

  constructor(readfunc: () => Promise<Bytes>) {
    this.readfunc = readfunc;
    this.remainder = b("");
  }

  async readline(limit: number): Promise<Bytes> {
    const data: Bytes[] = [];
    const datalen = 0;
    let read = this.remainder;
    let idx: number;
    try {
      while (true) {
        idx = read.indexOf(0x0a);
        if (idx !== -1) break;
        if (datalen + read.length >= limit) idx = limit - datalen - 1;
        // read more data
        data.push(read);
        read = await this.readfunc();
        if (read.length === 0) {
          idx = 0; // eof condition
          break;
        }
      }
      idx += 1;
      data.push(pySlice(read, 0, idx));
      this.remainder = pySlice(read, idx);
      return Buffer.concat(data);
    } catch (e) {
      this.remainder = Buffer.concat(data);
      throw e;
    }
  }
}

/** Python's bytes slicing read[start:end] (negative indices count from the end). */
function pySlice(buf: Bytes, start: number, end?: number): Bytes {
  return buf.subarray(start, end);
}

function extendedReadTests(className: string, lines: string): void {
  describe(className, () => {
    let resp: client.HTTPResponse;

    beforeEach(async () => {
      const sock = new FakeSocket(lines);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      resp.fp = new BufferedReader(resp.fp as BytesIO);
    });

    async function _verify_readline(readline: (limit: number) => Promise<Bytes>, expected: Bytes, limit = 5): Promise<void> {
      const all: Bytes[] = [];
      while (true) {
        // short readlines
        const line = await readline(limit);
        if (line.length && !line.equals(b("foo"))) {
          if (line.length < 5) {
            expect(line.subarray(line.length - 1)).toEqual(b("\n")); // assertEndsWith
          }
        }
        all.push(line);
        if (!line.length) break;
      }
      expect(Buffer.concat(all)).toEqual(expected);
      expect(resp.isclosed()).toBe(true);
    }

    test("test_peek", async () => {
      // patch up the buffered peek so that it returns not too much stuff
      const fp = resp.fp as BufferedReader;
      const oldpeek = fp.peek.bind(fp);
      const mypeek = async (n = -1): Promise<Bytes> => {
        const p: Bytes = await oldpeek(n);
        if (n >= 0) return p.subarray(0, n);
        return p.subarray(0, 10);
      };
      (fp as unknown as { peek: typeof mypeek }).peek = mypeek;

      const all: Bytes[] = [];
      while (true) {
        // try a short peek
        const p = await resp.peek(3);
        let next: Bytes;
        if (p.length) {
          expect(p.length).toBeGreaterThan(0);
          // then unbounded peek
          const p2 = await resp.peek();
          expect(p2.length).toBeGreaterThanOrEqual(p.length);
          expect(p2.subarray(0, p.length)).toEqual(p); // assertStartsWith
          next = await resp.read(p2.length);
          expect(next).toEqual(p2);
        } else {
          next = await resp.read();
          expect(next.length).toBe(0); // assertFalse
        }
        all.push(next);
        if (!next.length) break;
      }
      expect(Buffer.concat(all)).toEqual(lines_expected);
    });

    test("test_readline", async () => {
      await _verify_readline((limit) => resp.readline(limit), lines_expected);
    });

    test("test_readline_without_limit", async () => {
      await _verify_readline((limit) => resp.readline(limit), lines_expected, -1);
    });

    test("test_read1", async () => {
      const r = async (): Promise<Bytes> => {
        const res = await resp.read1(4);
        expect(res.length).toBeLessThanOrEqual(4);
        return res;
      };
      const readliner = new Readliner(r);
      await _verify_readline((limit) => readliner.readline(limit), lines_expected);
    });

    test("test_read1_unbounded", async () => {
      const all: Bytes[] = [];
      while (true) {
        const data = await resp.read1();
        if (!data.length) break;
        all.push(data);
      }
      expect(Buffer.concat(all)).toEqual(lines_expected);
      expect(resp.isclosed()).toBe(true);
    });

    test("test_read1_bounded", async () => {
      const all: Bytes[] = [];
      while (true) {
        const data = await resp.read1(10);
        if (!data.length) break;
        expect(data.length).toBeLessThanOrEqual(10);
        all.push(data);
      }
      expect(Buffer.concat(all)).toEqual(lines_expected);
      expect(resp.isclosed()).toBe(true);
    });

    test("test_read1_0", async () => {
      expect(await resp.read1(0)).toEqual(b(""));
      expect(resp.isclosed()).toBe(false);
    });

    test("test_peek_0", async () => {
      const p = await resp.peek(0);
      expect(0).toBeLessThanOrEqual(p.length);
    });
  });
}

extendedReadTests("ExtendedReadTest", ExtendedReadTest_lines);
extendedReadTests("ExtendedReadTestContentLengthKnown", ExtendedReadTestContentLengthKnown_lines);
extendedReadTests("ExtendedReadTestChunked", ExtendedReadTestChunked_lines);
