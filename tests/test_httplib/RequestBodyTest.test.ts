// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: RequestBodyTest (cases where a request includes a message body).

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as client from "../../src/http/client";
import { BufferedReader, BytesIO, RawIOBase, TextIOBase } from "../../src/io";
import { tuple } from "../../src/builtins";
import { FakeSocket, b } from "./support";

// os_helper.TESTFN: a scratch file name unique to this process.
const TESTFN = path.join(os.tmpdir(), `@test_${process.pid}_tmp`);

function unlink(filename: string): void {
  // os_helper.unlink: ignore a missing file
  try {
    fs.unlinkSync(filename);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}

// The port has no open(); these are the nearest equivalents of the objects Python's open()
// returns: a raw FileIO over a real file descriptor, a BufferedReader over it ("rb"), and a
// TextIOBase decoding it as UTF-8 (the TextIOWrapper of open(..., encoding="utf-8")).

class FileIO extends RawIOBase {
  fd: number | null;

  constructor(filename: string) {
    super();
    this.fd = fs.openSync(filename, "r");
  }

  override readinto(buf: Uint8Array): number {
    return fs.readSync(this.fd!, buf, 0, buf.length, null);
  }

  override readable(): boolean {
    return true;
  }

  override close(): void {
    if (this.fd !== null) {
      fs.closeSync(this.fd);
      this.fd = null;
    }
    super.close();
  }
}

class TextFile extends TextIOBase {
  private buffer: BufferedReader;
  private decoder = new TextDecoder("utf-8", { fatal: true });
  private pending = "";
  private eof = false;

  constructor(filename: string) {
    super();
    this.buffer = new BufferedReader(new FileIO(filename));
  }

  override async read(size: number | null = -1): Promise<string> {
    const n = size === null || size < 0 ? Infinity : size;
    while (!this.eof && [...this.pending].length < n) {
      const chunk = await this.buffer.read1(8192);
      if (chunk === null || chunk.length === 0) {
        this.pending += this.decoder.decode();
        this.eof = true;
      } else {
        this.pending += this.decoder.decode(chunk, { stream: true });
      }
    }
    const chars = [...this.pending];
    const out = chars.slice(0, n).join("");
    this.pending = chars.slice(n).join("");
    return out;
  }

  override readable(): boolean {
    return true;
  }

  override get encoding(): string {
    return "utf-8";
  }

  override close(): void {
    this.buffer.close();
    super.close();
  }
}

function open(filename: string, mode: "r" | "rb"): BufferedReader | TextFile {
  return mode === "rb" ? new BufferedReader(new FileIO(filename)) : new TextFile(filename);
}

describe("RequestBodyTest", () => {
  let conn: client.HTTPConnection;
  let sock: FakeSocket;

  beforeEach(() => {
    conn = new client.HTTPConnection("example.com");
    conn.sock = sock = new FakeSocket("");
    conn.sock = sock;
  });

  async function get_headers_and_fp(): Promise<[client.HTTPMessage, BytesIO]> {
    const f = new BytesIO(sock.data);
    f.readline(); // read the request line
    const message = await client.parse_headers(f);
    return [message, f];
  }

  test("test_list_body", async () => {
    // Note that no content-length is automatically calculated for
    // an iterable.  The request will fall back to send chunked
    // transfer encoding.
    const cases: [readonly Buffer[], Buffer][] = [
      [[b("foo"), b("bar")], b("3\r\nfoo\r\n3\r\nbar\r\n0\r\n\r\n")],
      [tuple([b("foo"), b("bar")]), b("3\r\nfoo\r\n3\r\nbar\r\n0\r\n\r\n")],
    ];
    for (const [body, expected] of cases) {
      // subTest(body)
      conn = new client.HTTPConnection("example.com");
      conn.sock = sock = new FakeSocket("");

      await conn.request("PUT", "/url", body);
      const [msg, f] = await get_headers_and_fp();
      expect(msg.__contains__("Content-Type")).toBe(false);
      expect(msg.__contains__("Content-Length")).toBe(false);
      expect(msg.get("Transfer-Encoding")).toBe("chunked");
      expect(f.read()).toEqual(expected);
    }
  });

  test("test_manual_content_length", async () => {
    // Set an incorrect content-length so that we can verify that
    // it will not be over-ridden by the library.
    await conn.request("PUT", "/url", "body", { "Content-Length": "42" });
    const [message, f] = await get_headers_and_fp();
    expect(message.get("content-length")).toBe("42");
    expect(f.read().length).toBe(4);
  });

  test("test_ascii_body", async () => {
    await conn.request("PUT", "/url", "body");
    const [message, f] = await get_headers_and_fp();
    expect(message.get_content_type()).toBe("text/plain");
    expect(message.get_charset()).toBeNull();
    expect(message.get("content-length")).toBe("4");
    expect(f.read()).toEqual(b("body"));
  });

  test("test_latin1_body", async () => {
    await conn.request("PUT", "/url", "body\xc1");
    const [message, f] = await get_headers_and_fp();
    expect(message.get_content_type()).toBe("text/plain");
    expect(message.get_charset()).toBeNull();
    expect(message.get("content-length")).toBe("5");
    expect(f.read()).toEqual(b("body\xc1"));
  });

  test("test_bytes_body", async () => {
    await conn.request("PUT", "/url", b("body\xc1"));
    const [message, f] = await get_headers_and_fp();
    expect(message.get_content_type()).toBe("text/plain");
    expect(message.get_charset()).toBeNull();
    expect(message.get("content-length")).toBe("5");
    expect(f.read()).toEqual(b("body\xc1"));
  });

  test("test_text_file_body", async () => {
    try {
      fs.writeFileSync(TESTFN, "body", { encoding: "utf-8" });
      const file = open(TESTFN, "r");
      try {
        await conn.request("PUT", "/url", file);
        const [message, f] = await get_headers_and_fp();
        expect(message.get_content_type()).toBe("text/plain");
        expect(message.get_charset()).toBeNull();
        // No content-length will be determined for files; the body
        // will be sent using chunked transfer encoding instead.
        expect(message.get("content-length")).toBeNull();
        expect(message.get("transfer-encoding")).toBe("chunked");
        expect(f.read()).toEqual(b("4\r\nbody\r\n0\r\n\r\n"));
      } finally {
        file.close();
      }
    } finally {
      unlink(TESTFN); // addCleanup(os_helper.unlink, os_helper.TESTFN)
    }
  });

  test("test_binary_file_body", async () => {
    try {
      fs.writeFileSync(TESTFN, b("body\xc1"));
      const file = open(TESTFN, "rb");
      try {
        await conn.request("PUT", "/url", file);
        const [message, f] = await get_headers_and_fp();
        expect(message.get_content_type()).toBe("text/plain");
        expect(message.get_charset()).toBeNull();
        expect(message.get("Transfer-Encoding")).toBe("chunked");
        expect(message.__contains__("Content-Length")).toBe(false);
        expect(f.read()).toEqual(b("5\r\nbody\xc1\r\n0\r\n\r\n"));
      } finally {
        file.close();
      }
    } finally {
      unlink(TESTFN); // addCleanup(os_helper.unlink, os_helper.TESTFN)
    }
  });
});
