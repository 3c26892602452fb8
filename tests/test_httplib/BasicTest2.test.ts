// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// CPython 3.14.5 Lib/test/test_httplib.py, class BasicTest, second part
// (test_chunked .. test_putrequest_override_encoding). The first part is BasicTest1.test.ts.

import * as net from "node:net";
import * as client from "../../src/http/client";
import * as socket from "../../src/socket";
import { OSError, repr, str } from "../../src/builtins";
import {
  EPipeSocket,
  FakeSocket,
  HOST,
  b,
  chunked_end,
  chunked_expected,
  chunked_start,
  last_chunk,
  last_chunk_extended,
  trailers,
} from "./support";

/** Runs fn and returns what it threw (null if nothing): Python's try/except/else. */
async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  return null;
}

/** socket.create_server((HOST, 0)): a listening node:net server and its port. */
async function createServer(onConnection: (conn: net.Socket) => void): Promise<{ server: net.Server; port: number }> {
  const server = net.createServer(onConnection);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, HOST, () => resolve());
  });
  return { server, port: (server.address() as net.AddressInfo).port };
}

/** Closes a server and every connection it still holds (the test's addCleanup(serv.close)). */
function closeServer(server: net.Server, conns: Set<net.Socket>): Promise<void> {
  for (const c of conns) c.destroy();
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

/** thread.join(timeout): waits for p, at most ms milliseconds, without failing. */
function join(p: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).finally(() => clearTimeout(timer));
}

describe("BasicTest", () => {
  test("test_chunked", async () => {
    let expected = chunked_expected;
    let sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
    let resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(expected);
    resp.close();

    // Explicit full read
    for (const n of [-123, -1, null]) {
      // subTest('full read', n=n)
      sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      expect(resp.chunked).toBeTruthy();
      expect(await resp.read(n)).toEqual(expected);
      resp.close();
    }

    // Read first chunk (subTest 'read1(-1)')
    {
      sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      expect(resp.chunked).toBeTruthy();
      expect(await resp.read1(-1)).toEqual(b("hello worl"));
      resp.close();
    }

    // Various read sizes
    for (let n = 1; n < 12; n++) {
      sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      const r1 = await resp.read(n);
      const r2 = await resp.read(n);
      const r3 = await resp.read();
      expect(Buffer.concat([r1, r2, r3])).toEqual(expected);
      resp.close();
    }

    for (const x of ["", "foo\r\n"]) {
      sock = new FakeSocket(chunked_start + x);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      let i: unknown;
      try {
        i = await caught(() => resp.read());
        // else: self.fail('IncompleteRead expected'); any other exception propagates
        if (i !== null && !(i instanceof client.IncompleteRead)) throw i;
        expect(i).toBeInstanceOf(client.IncompleteRead);
        const e = i as client.IncompleteRead;
        expect(e.partial).toEqual(expected);
        const expected_message = `IncompleteRead(${expected.length} bytes read)`;
        expect(repr(e)).toBe(expected_message);
        expect(str(e)).toBe(expected_message);
      } finally {
        resp.close();
      }
    }
  });

  test("test_readinto_chunked", async () => {
    const expected = chunked_expected;
    const nexpected = expected.length;
    const buf = new Uint8Array(128);

    let sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
    let resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    let n = await resp.readinto(buf);
    expect(Buffer.from(buf.subarray(0, nexpected))).toEqual(expected);
    expect(n).toBe(nexpected);
    resp.close();

    // Various read sizes
    for (let n = 1; n < 12; n++) {
      sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      const m = buf; // memoryview(b): subarray() views share its memory
      let i = await resp.readinto(m.subarray(0, n));
      i += await resp.readinto(m.subarray(i, n + i));
      i += await resp.readinto(m.subarray(i));
      expect(Buffer.from(buf.subarray(0, nexpected))).toEqual(expected);
      expect(i).toBe(nexpected);
      resp.close();
    }

    for (const x of ["", "foo\r\n"]) {
      sock = new FakeSocket(chunked_start + x);
      resp = new client.HTTPResponse(sock, { method: "GET" });
      await resp.begin();
      try {
        const i = await caught(async () => {
          n = await resp.readinto(buf);
        });
        if (i !== null && !(i instanceof client.IncompleteRead)) throw i;
        expect(i).toBeInstanceOf(client.IncompleteRead);
        const e = i as client.IncompleteRead;
        expect(e.partial).toEqual(expected);
        const expected_message = `IncompleteRead(${expected.length} bytes read)`;
        expect(repr(e)).toBe(expected_message);
        expect(str(e)).toBe(expected_message);
      } finally {
        resp.close();
      }
    }
  });

  test("test_chunked_head", async () => {
    const chunked_start =
      "HTTP/1.1 200 OK\r\n" + "Transfer-Encoding: chunked\r\n\r\n" + "a\r\n" + "hello world\r\n" + "1\r\n" + "d\r\n";
    const sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
    const resp = new client.HTTPResponse(sock, { method: "HEAD" });
    await resp.begin();
    expect(await resp.read()).toEqual(b(""));
    expect(resp.status).toBe(200);
    expect(resp.reason).toBe("OK");
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_readinto_chunked_head", async () => {
    const chunked_start =
      "HTTP/1.1 200 OK\r\n" + "Transfer-Encoding: chunked\r\n\r\n" + "a\r\n" + "hello world\r\n" + "1\r\n" + "d\r\n";
    const sock = new FakeSocket(chunked_start + last_chunk + chunked_end);
    const resp = new client.HTTPResponse(sock, { method: "HEAD" });
    await resp.begin();
    const buf = new Uint8Array(5);
    const n = await resp.readinto(buf);
    expect(n).toBe(0);
    expect(Buffer.from(buf)).toEqual(Buffer.alloc(5, 0));
    expect(resp.status).toBe(200);
    expect(resp.reason).toBe("OK");
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_negative_content_length", async () => {
    const sock = new FakeSocket("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\nHello\r\n");
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(b("Hello\r\n"));
    expect(resp.isclosed()).toBe(true);
  });

  test("test_incomplete_read", async () => {
    const sock = new FakeSocket("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHello\r\n");
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    const i = await caught(() => resp.read());
    if (i !== null && !(i instanceof client.IncompleteRead)) throw i;
    expect(i).toBeInstanceOf(client.IncompleteRead);
    const e = i as client.IncompleteRead;
    expect(e.partial).toEqual(b("Hello\r\n"));
    expect(repr(e)).toBe("IncompleteRead(7 bytes read, 3 more expected)");
    expect(str(e)).toBe("IncompleteRead(7 bytes read, 3 more expected)");
    expect(resp.isclosed()).toBe(true);
  });

  test("test_epipe", async () => {
    const sock = new EPipeSocket(
      "HTTP/1.0 401 Authorization Required\r\n" +
        "Content-type: text/html\r\n" +
        'WWW-Authenticate: Basic realm="example"\r\n',
      b("Content-Length"),
    );
    const conn = new client.HTTPConnection("example.com");
    conn.sock = sock;
    await expect(conn.request("PUT", "/url", "body")).rejects.toThrow(OSError);
    const resp = await conn.getresponse();
    expect(resp.status).toBe(401);
    expect(resp.getheader("www-authenticate")).toBe('Basic realm="example"');
  });

  // Test lines overflowing the max line size (_MAXLINE in http.client)

  test("test_overflowing_status_line", async () => {
    const body = "HTTP/1.1 200 Ok" + "k".repeat(65536) + "\r\n";
    const resp = new client.HTTPResponse(new FakeSocket(body));
    const e = await caught(() => resp.begin());
    // assertRaises((client.LineTooLong, client.BadStatusLine), resp.begin)
    expect(e instanceof client.LineTooLong || e instanceof client.BadStatusLine).toBe(true);
  });

  test("test_overflowing_header_line", async () => {
    const body = "HTTP/1.1 200 OK\r\n" + "X-Foo: bar" + "r".repeat(65536) + "\r\n\r\n";
    const resp = new client.HTTPResponse(new FakeSocket(body));
    await expect(resp.begin()).rejects.toThrow(client.LineTooLong);
  });

  test("test_overflowing_header_limit_after_100", async () => {
    const body = "HTTP/1.1 100 OK\r\n" + "r\n".repeat(32768);
    const resp = new client.HTTPResponse(new FakeSocket(body));
    const e = await caught(() => resp.begin());
    expect(e).toBeInstanceOf(client.HTTPException);
    // We must assert more because other reasonable errors that we
    // do not want can also be HTTPException derived.
    expect(str(e)).toContain("got more than ");
    expect(str(e)).toContain("headers");
  });

  test("test_overflowing_chunked_line", async () => {
    const body =
      "HTTP/1.1 200 OK\r\n" + "Transfer-Encoding: chunked\r\n\r\n" + "0".repeat(65536) + "a\r\n" + "hello world\r\n" + "0\r\n" + "\r\n";
    const resp = new client.HTTPResponse(new FakeSocket(body));
    await resp.begin();
    await expect(resp.read()).rejects.toThrow(client.LineTooLong);
  });

  test("test_early_eof", async () => {
    // Test httpresponse with no \r\n termination,
    const body = "HTTP/1.1 200 Ok";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.read()).toEqual(b(""));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_error_leak", async () => {
    // Test that the socket is not leaked if getresponse() fails
    const conn = new client.HTTPConnection("example.com");
    let response: client.HTTPResponse | null = null;
    class Response extends client.HTTPResponse {
      constructor(...pos: ConstructorParameters<typeof client.HTTPResponse>) {
        super(...pos);
        response = this; // Avoid garbage collector closing the socket
      }
    }
    conn.response_class = Response;
    conn.sock = new FakeSocket("Invalid status line");
    await conn.request("GET", "/");
    await expect(conn.getresponse()).rejects.toThrow(client.BadStatusLine);
    expect(response).not.toBeNull();
    expect(response!.closed).toBe(true);
    // conn.sock is still the FakeSocket (a null here fails the test, as AttributeError would)
    expect((conn.sock as unknown as FakeSocket).file_closed).toBe(true);
  });

  test("test_chunked_extension", async () => {
    const extra = "3;foo=bar\r\n" + "abc\r\n";
    const expected = Buffer.concat([chunked_expected, b("abc")]);

    const sock = new FakeSocket(chunked_start + extra + last_chunk_extended + chunked_end);
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(expected);
    resp.close();
  });

  test("test_chunked_missing_end", async () => {
    // some servers may serve up a short chunked encoding stream
    const expected = chunked_expected;
    const sock = new FakeSocket(chunked_start + last_chunk); // no terminating crlf
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(expected);
    resp.close();
  });

  test("test_chunked_trailers", async () => {
    // See that trailers are read and ignored
    const expected = chunked_expected;
    const sock = new FakeSocket(chunked_start + last_chunk + trailers + chunked_end);
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(expected);
    // we should have reached the end of the file
    expect(sock.file.read()).toEqual(b("")); // we read to the end
    resp.close();
  });

  test("test_chunked_sync", async () => {
    // Check that we don't read past the end of the chunked-encoding stream
    const expected = chunked_expected;
    const extradata = "extradata";
    const sock = new FakeSocket(chunked_start + last_chunk + trailers + chunked_end + extradata);
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(expected);
    // the file should now have our extradata ready to be read
    expect(sock.file.read()).toEqual(Buffer.from(extradata, "ascii")); // we read to the end
    resp.close();
  });

  test("test_content_length_sync", async () => {
    // Check that we don't read past the end of the Content-Length stream
    const extradata = b("extradata");
    const expected = b("Hello123\r\n");
    const sock = new FakeSocket(Buffer.concat([b("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), expected, extradata]));
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read()).toEqual(expected);
    // the file should now have our extradata ready to be read
    expect(sock.file.read()).toEqual(extradata); // we read to the end
    resp.close();
  });

  test("test_readlines_content_length", async () => {
    const extradata = b("extradata");
    const expected = b("Hello123\r\n");
    const sock = new FakeSocket(Buffer.concat([b("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), expected, extradata]));
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.readlines(2000)).toEqual([expected]);
    // the file should now have our extradata ready to be read
    expect(sock.file.read()).toEqual(extradata); // we read to the end
    resp.close();
  });

  test("test_read1_content_length", async () => {
    const extradata = b("extradata");
    const expected = b("Hello123\r\n");
    const sock = new FakeSocket(Buffer.concat([b("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), expected, extradata]));
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read1(2000)).toEqual(expected);
    // the file should now have our extradata ready to be read
    expect(sock.file.read()).toEqual(extradata); // we read to the end
    resp.close();
  });

  test("test_readline_bound_content_length", async () => {
    const extradata = b("extradata");
    const expected = b("Hello123\r\n");
    const sock = new FakeSocket(Buffer.concat([b("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n"), expected, extradata]));
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.readline(10)).toEqual(expected);
    expect(await resp.readline(10)).toEqual(b(""));
    // the file should now have our extradata ready to be read
    expect(sock.file.read()).toEqual(extradata); // we read to the end
    resp.close();
  });

  test("test_read1_bound_content_length", async () => {
    const extradata = b("extradata");
    const expected = b("Hello123\r\n");
    const sock = new FakeSocket(
      Buffer.concat([b("HTTP/1.1 200 OK\r\nContent-Length: 30\r\n\r\n"), expected, expected, expected, extradata]),
    );
    const resp = new client.HTTPResponse(sock, { method: "GET" });
    await resp.begin();
    expect(await resp.read1(20)).toEqual(Buffer.concat([expected, expected]));
    expect(await resp.read()).toEqual(expected);
    // the file should now have our extradata ready to be read
    expect(sock.file.read()).toEqual(extradata); // we read to the end
    resp.close();
  });

  test("test_response_fileno", async () => {
    // Make sure fd returned by fileno is valid.
    const conns = new Set<net.Socket>();
    let result: Buffer | null = null;
    // run_server: read the request header until a blank line, answer, then read to EOF.
    let serverDone!: Promise<void>;
    const { server: serv, port } = await createServer((c) => {
      conns.add(c);
      serverDone = new Promise<void>((resolve) => {
        let buf = Buffer.alloc(0);
        let headerDone = false;
        c.on("data", (chunk: Buffer) => {
          buf = Buffer.concat([buf, chunk]);
          if (!headerDone) {
            const end = buf.indexOf("\r\n\r\n");
            if (end < 0) return;
            headerDone = true;
            buf = buf.subarray(end + 4);
            c.write(b("HTTP/1.1 200 Connection established\r\n\r\n"));
          }
        });
        c.on("end", () => {
          result = buf;
          c.end();
          resolve();
        });
        c.on("error", () => resolve());
      });
    });
    try {
      const conn = new client.HTTPConnection(HOST, port);
      await conn.request("CONNECT", "dummy:1234");
      const response = await conn.getresponse();
      try {
        // assertEqual(status, client.OK): an IntEnum member equals its int
        expect(response.status).toBe(+client.OK);
        // socket.socket(fileno=response.fileno()): the fourth positional argument
        const s = new socket.socket(-1, -1, -1, response.fileno());
        try {
          await s.sendall(b("proxied data\n"));
        } finally {
          s.detach();
        }
      } finally {
        response.close();
        conn.close();
      }
      await join(serverDone, 5000); // thread.join()
      expect(result).toEqual(b("proxied data\n"));
    } finally {
      await closeServer(serv, conns);
    }
  });

  test("test_large_content_length", async () => {
    const conns = new Set<net.Socket>();
    let size = 0;
    let serverDone!: Promise<void>;
    const { server: serv, port } = await createServer((c) => {
      conns.add(c);
      serverDone = new Promise<void>((resolve) => {
        // while conn.recv(1024): answer each request
        c.on("data", () => {
          c.write(b(`HTTP/1.1 200 Ok\r\nContent-Length: ${size}\r\n\r\n`));
          c.write(Buffer.alloc(Math.floor(size / 3), "A"));
          c.write(Buffer.alloc(size - Math.floor(size / 3), "B"));
        });
        c.on("end", () => {
          c.end();
          resolve();
        });
        c.on("error", () => resolve());
      });
    });
    try {
      const conn = new client.HTTPConnection(HOST, port);
      try {
        for (let w = 15; w < 27; w++) {
          size = 1 << w;
          await conn.request("GET", "/");
          // with conn.getresponse() as response:
          const response = await conn.getresponse();
          try {
            expect((await response.read()).length).toBe(size);
          } finally {
            response.close();
          }
        }
      } finally {
        conn.close();
        await join(serverDone, 1000);
      }
    } finally {
      await closeServer(serv, conns);
    }
  }, 120000);

  test("test_large_content_length_truncated", async () => {
    const conns = new Set<net.Socket>();
    let size = 0n;
    let resolveDone!: () => void;
    const serverDone = new Promise<void>((resolve) => (resolveDone = resolve));
    const { server: serv, port } = await createServer((c) => {
      conns.add(c);
      c.on("error", () => {});
      // conn.recv(1024) once per connection; stop serving once size is 0.
      c.once("data", () => {
        if (!size) {
          c.end();
          serv.close();
          resolveDone();
          return;
        }
        c.end(b(`HTTP/1.1 200 Ok\r\nContent-Length: ${size}\r\n\r\nText`));
      });
    });
    try {
      const conn = new client.HTTPConnection(HOST, port);
      try {
        for (let w = 18; w < 65; w++) {
          size = 1n << BigInt(w);
          await conn.request("GET", "/");
          // with conn.getresponse() as response:
          const response = await conn.getresponse();
          try {
            await expect(response.read()).rejects.toThrow(client.IncompleteRead);
          } finally {
            response.close();
          }
          conn.close();
        }
      } finally {
        conn.close();
        size = 0n;
        await conn.request("GET", "/");
        conn.close();
        await join(serverDone, 1000);
      }
    } finally {
      await closeServer(serv, conns);
    }
  }, 60000);

  test("test_putrequest_override_domain_validation", () => {
    // It should be possible to override the default validation
    // behavior in putrequest (bpo-38216).
    class UnsafeHTTPConnection extends client.HTTPConnection {
      override _validate_path(_url: string): void {}
    }

    const conn = new UnsafeHTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    conn.putrequest("GET", "/\x00");
  });

  test("test_putrequest_override_host_validation", () => {
    class UnsafeHTTPConnection extends client.HTTPConnection {
      override _validate_host(_url: string): void {}
    }

    const conn = new UnsafeHTTPConnection("example.com\r\n");
    conn.sock = new FakeSocket("");
    // set skip_host so a ValueError is not raised upon adding the
    // invalid URL as the value of the "Host:" header
    conn.putrequest("GET", "/", { skip_host: 1 });
  });

  test("test_putrequest_override_encoding", () => {
    // It should be possible to override the default encoding
    // to transmit bytes in another encoding even if invalid
    // (bpo-36274).
    class UnsafeHTTPConnection extends client.HTTPConnection {
      override _encode_request(str_url: string): Buffer {
        return Buffer.from(str_url, "utf-8");
      }
    }

    const conn = new UnsafeHTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    conn.putrequest("GET", "/\u2603");
  });
});
