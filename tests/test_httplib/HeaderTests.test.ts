// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// CPython 3.14.5 Lib/test/test_httplib.py: class HeaderTests.

import * as client from "../../src/http/client";
import { ValueError, asciiDecode } from "../../src/builtins";
import { b, captured_stdout, expectStartsWith, FakeSocket, raises } from "./support";



/** Python's bytes(range(lo, hi)). */
function byteRange(lo: number, hi: number): Buffer {
  return Buffer.from(Array.from({ length: hi - lo }, (_, i) => lo + i));
}

describe("HeaderTests", () => {
  test("test_auto_headers", async () => {
    // Some headers are added automatically, but should not be added by
    // .request() if they are explicitly set.

    // Python's list subclass overriding append(): _output() pushes onto _buffer.
    class HeaderCountingBuffer extends Array<Buffer> {
      count: Record<string, number> = {};
      override push(...items: Buffer[]): number {
        for (const item of items) {
          const i = item.indexOf(0x3a); // b':'
          if (i >= 0) {
            // item is a 'Key: Value' header string
            const lcKey = asciiDecode(item.subarray(0, i)).toLowerCase();
            this.count[lcKey] = (this.count[lcKey] ?? 0) + 1;
          }
        }
        return super.push(...items);
      }
    }

    for (const explicit_header of [true, false]) {
      for (const header of ["Content-length", "Host", "Accept-encoding"]) {
        const conn = new client.HTTPConnection("example.com");
        conn.sock = new FakeSocket("blahblahblah");
        const buffer = new HeaderCountingBuffer();
        conn._buffer = buffer;

        const body = "spamspamspam";
        const headers: Record<string, string> = {};
        if (explicit_header) headers[header] = String(body.length);
        await conn.request("POST", "/", body, headers);
        expect(buffer.count[header.toLowerCase()]).toBe(1);
      }
    }
  });

  test("test_content_length_0", async () => {
    class ContentLengthChecker extends Array<Buffer> {
      content_length: Buffer | null = null;
      override push(...items: Buffer[]): number {
        for (const item of items) {
          const i = item.indexOf(0x3a); // b':'
          if (i >= 0 && item.subarray(0, i).toString("latin1").toLowerCase() === "content-length") {
            this.content_length = b(item.subarray(i + 1).toString("latin1").trim());
          }
        }
        return super.push(...items);
      }
    }

    // Runs one request and returns [method, Content-Length seen] (the method
    // stands in for assertEqual's message naming it).
    async function contentLength(method: string, body: string | null): Promise<[string, Buffer | null]> {
      const conn = new client.HTTPConnection("example.com");
      conn.sock = new FakeSocket(null);
      const buffer = new ContentLengthChecker();
      conn._buffer = buffer;
      await conn.request(method, "/", body);
      return [method, buffer.content_length];
    }

    // Here, we're testing that methods expecting a body get a
    // content-length set to zero if the body is empty (either None or '')
    const bodies = [null, ""];
    const methods_with_body = ["PUT", "POST", "PATCH"];
    for (const method of methods_with_body) {
      for (const body of bodies) {
        expect(await contentLength(method, body)).toEqual([method, b("0")]);
      }
    }

    // For these methods, we make sure that content-length is not set when
    // the body is None because it might cause unexpected behaviour on the
    // server.
    const methods_without_body = ["GET", "CONNECT", "DELETE", "HEAD", "OPTIONS", "TRACE"];
    for (const method of methods_without_body) {
      expect(await contentLength(method, null)).toEqual([method, null]);
    }

    // If the body is set to '', that's considered to be "present but
    // empty" rather than "missing", so content length would be set, even
    // for methods that don't expect a body.
    for (const method of methods_without_body) {
      expect(await contentLength(method, "")).toEqual([method, b("0")]);
    }

    // If the body is set, make sure Content-Length is set.
    for (const method of [...methods_without_body, ...methods_with_body]) {
      expect(await contentLength(method, " ")).toEqual([method, b("1")]);
    }
  });

  test("test_putheader", () => {
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket(null);
    conn.putrequest("GET", "/");
    conn.putheader("Content-length", 42);
    expect(conn._buffer).toContainEqual(b("Content-length: 42"));

    conn.putheader("Foo", " bar ");
    expect(conn._buffer).toContainEqual(b("Foo:  bar "));
    conn.putheader("Bar", "\tbaz\t");
    expect(conn._buffer).toContainEqual(b("Bar: \tbaz\t"));
    conn.putheader("Authorization", "Bearer mytoken");
    expect(conn._buffer).toContainEqual(b("Authorization: Bearer mytoken"));
    conn.putheader("IterHeader", "IterA", "IterB");
    expect(conn._buffer).toContainEqual(b("IterHeader: IterA\r\n\tIterB"));
    conn.putheader("LatinHeader", b("\xFF"));
    expect(conn._buffer).toContainEqual(b("LatinHeader: \xFF"));
    conn.putheader("Utf8Header", b("\xc3\x80"));
    expect(conn._buffer).toContainEqual(b("Utf8Header: \xc3\x80"));
    conn.putheader("C1-Control", b("next\x85line"));
    expect(conn._buffer).toContainEqual(b("C1-Control: next\x85line"));
    conn.putheader("Embedded-Fold-Space", "is\r\n allowed");
    expect(conn._buffer).toContainEqual(b("Embedded-Fold-Space: is\r\n allowed"));
    conn.putheader("Embedded-Fold-Tab", "is\r\n\tallowed");
    expect(conn._buffer).toContainEqual(b("Embedded-Fold-Tab: is\r\n\tallowed"));
    conn.putheader("Key Space", "value");
    expect(conn._buffer).toContainEqual(b("Key Space: value"));
    conn.putheader("KeySpace ", "value");
    expect(conn._buffer).toContainEqual(b("KeySpace : value"));
    conn.putheader(b("Nonbreak\xa0Space"), "value");
    expect(conn._buffer).toContainEqual(b("Nonbreak\xa0Space: value"));
    conn.putheader(b("\xa0NonbreakSpace"), "value");
    expect(conn._buffer).toContainEqual(b("\xa0NonbreakSpace: value"));
  });

  test("test_ipv6host_header", async () => {
    // Default host header on IPv6 transaction should be wrapped by [] if
    // it is an IPv6 address
    let expected = b("GET /foo HTTP/1.1\r\nHost: [2001::]:81\r\n" + "Accept-Encoding: identity\r\n\r\n");
    let conn = new client.HTTPConnection("[2001::]:81");
    let sock = new FakeSocket("");
    conn.sock = sock;
    await conn.request("GET", "/foo");
    expectStartsWith(sock.data, expected);

    expected = b("GET /foo HTTP/1.1\r\nHost: [2001:102A::]\r\n" + "Accept-Encoding: identity\r\n\r\n");
    conn = new client.HTTPConnection("[2001:102A::]");
    sock = new FakeSocket("");
    conn.sock = sock;
    await conn.request("GET", "/foo");
    expectStartsWith(sock.data, expected);

    expected = b("GET /foo HTTP/1.1\r\nHost: [fe80::]\r\n" + "Accept-Encoding: identity\r\n\r\n");
    conn = new client.HTTPConnection("[fe80::%2]");
    sock = new FakeSocket("");
    conn.sock = sock;
    await conn.request("GET", "/foo");
    expectStartsWith(sock.data, expected);

    expected = b("GET /foo HTTP/1.1\r\nHost: [fe80::]:81\r\n" + "Accept-Encoding: identity\r\n\r\n");
    conn = new client.HTTPConnection("[fe80::%2]:81");
    sock = new FakeSocket("");
    conn.sock = sock;
    await conn.request("GET", "/foo");
    expectStartsWith(sock.data, expected);
  });

  test("test_malformed_headers_coped_with", async () => {
    // Issue 19996
    const body = "HTTP/1.1 200 OK\r\nFirst: val\r\n: nval\r\nSecond: val\r\n\r\n";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();

    expect(resp.getheader("First")).toBe("val");
    expect(resp.getheader("Second")).toBe("val");
  });

  test("test_parse_all_octets", async () => {
    // Ensure no valid header field octet breaks the parser
    const body = Buffer.concat([
      b("HTTP/1.1 200 OK\r\n"),
      b("!#$%&'*+-.^_`|~: value\r\n"), // Special token characters
      b("VCHAR: "),
      byteRange(0x21, 0x7e + 1),
      b("\r\n"),
      b("obs-text: "),
      byteRange(0x80, 0xff + 1),
      b("\r\n"),
      b("obs-fold: text\r\n"),
      b(" folded with space\r\n"),
      b("\tfolded with tab\r\n"),
      b("Content-Length: 0\r\n"),
      b("\r\n"),
    ]);
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(resp.getheader("Content-Length")).toBe("0");
    expect(resp.msg!.__getitem__("Content-Length")).toBe("0");
    expect(resp.getheader("!#$%&'*+-.^_`|~")).toBe("value");
    expect(resp.msg!.__getitem__("!#$%&'*+-.^_`|~")).toBe("value");
    const vchar = byteRange(0x21, 0x7e + 1).toString("latin1");
    expect(resp.getheader("VCHAR")).toBe(vchar);
    expect(resp.msg!.__getitem__("VCHAR")).toBe(vchar);
    expect(resp.getheader("obs-text")).not.toBeNull();
    expect(resp.msg!.__contains__("obs-text")).toBe(true);
    for (const folded of [resp.getheader("obs-fold"), resp.msg!.__getitem__("obs-fold")] as string[]) {
      expect(folded.startsWith("text")).toBe(true);
      expect(folded).toContain(" folded with space");
      expect(folded.endsWith("folded with tab")).toBe(true);
    }
  });

  test("test_invalid_headers", async () => {
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    conn.putrequest("GET", "/");

    // http://tools.ietf.org/html/rfc7230#section-3.2.4, whitespace is no
    // longer allowed in header names
    const cases: [string, string][] = [
      ["Invalid\r\nName", "ValidValue"],
      ["Invalid\rName", "ValidValue"],
      ["Invalid\nName", "ValidValue"],
      ["\r\nInvalidName", "ValidValue"],
      ["\rInvalidName", "ValidValue"],
      ["\nInvalidName", "ValidValue"],
      [" InvalidName", "ValidValue"],
      ["\tInvalidName", "ValidValue"],
      ["Invalid:Name", "ValidValue"],
      [":InvalidName", "ValidValue"],
      ["ValidName", "Invalid\r\nValue"],
      ["ValidName", "Invalid\rValue"],
      ["ValidName", "Invalid\nValue"],
      ["ValidName", "InvalidValue\r\n"],
      ["ValidName", "InvalidValue\r"],
      ["ValidName", "InvalidValue\n"],
    ];
    for (const [name, value] of cases) {
      // the original passes bytes for both
      const e = await raises(() => conn.putheader(b(name), b(value)));
      expect(e).toBeInstanceOf(ValueError);
      expect(e.message).toMatch(/Invalid header/);
    }
  });

  test("test_invalid_tunnel_headers", async () => {
    const cases: [string, string][] = [
      ["Invalid\r\nName", "ValidValue"],
      ["Invalid\rName", "ValidValue"],
      ["Invalid\nName", "ValidValue"],
      ["\r\nInvalidName", "ValidValue"],
      ["\rInvalidName", "ValidValue"],
      ["\nInvalidName", "ValidValue"],
      [" InvalidName", "ValidValue"],
      ["\tInvalidName", "ValidValue"],
      ["Invalid:Name", "ValidValue"],
      [":InvalidName", "ValidValue"],
      ["ValidName", "Invalid\r\nValue"],
      ["ValidName", "Invalid\rValue"],
      ["ValidName", "Invalid\nValue"],
      ["ValidName", "InvalidValue\r\n"],
      ["ValidName", "InvalidValue\r"],
      ["ValidName", "InvalidValue\n"],
    ];
    for (const [name, value] of cases) {
      const conn = new client.HTTPConnection("example.com");
      // set_tunnel('tunnel', headers={name: value}), headers given positionally
      conn.set_tunnel("tunnel", null, { [name]: value });
      conn.sock = new FakeSocket("");
      const e = await raises(() => conn._tunnel()); // Called in .connect()
      expect(e).toBeInstanceOf(ValueError);
      expect(e.message).toMatch(/Invalid header/);
    }
  });

  test("test_invalid_tunnel_host", async () => {
    const cases = ["invalid\r.host", "\ninvalid.host", "invalid.host\r\n", "invalid.host\x00", "invalid host"];
    for (const tunnel_host of cases) {
      const conn = new client.HTTPConnection("example.com");
      conn.set_tunnel(tunnel_host);
      conn.sock = new FakeSocket("");
      const e = await raises(() => conn._tunnel()); // Called in .connect()
      expect(e).toBeInstanceOf(ValueError);
      expect(e.message).toMatch(/Tunnel host can't contain control characters/);
    }
  });

  test("test_headers_debuglevel", async () => {
    const body = b("HTTP/1.1 200 OK\r\n" + "First: val\r\n" + "Second: val1\r\n" + "Second: val2\r\n");
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock, { debuglevel: 1 });
    const output = await captured_stdout(() => resp.begin());
    const lines = output.split("\n");
    expect(lines[0]).toBe("reply: 'HTTP/1.1 200 OK\\r\\n'");
    expect(lines[1]).toBe("header: First: val");
    expect(lines[2]).toBe("header: Second: val1");
    expect(lines[3]).toBe("header: Second: val2");
  });
});
