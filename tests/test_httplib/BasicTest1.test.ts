// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// CPython 3.14.5 Lib/test/test_httplib.py: class BasicTest, from its start through
// test_send_type_error (the rest of BasicTest is in BasicTest2.test.ts).

import * as fs from "node:fs";
import * as client from "../../src/http/client";
import * as http from "../../src/http/index";
import { BufferedReader, BytesIO, RawIOBase, TextIOBase } from "../../src/io";
import { StopIteration, TypeError, repr } from "../../src/builtins";
import { b, expectStartsWith, FakeSocket, NoEOFBytesIO, raises } from "./support";



// The members of CheckedHTTPStatus in test_simple_httpstatus, in definition order:
// [name, value, phrase, description], or [alias, canonical name].
const CHECKED_HTTP_STATUS: ([string, number, string, string] | [string, string])[] = [
  ["CONTINUE", 100, "Continue", "Request received, please continue"],
  ["SWITCHING_PROTOCOLS", 101, "Switching Protocols", "Switching to new protocol; obey Upgrade header"],
  ["PROCESSING", 102, "Processing", "Server is processing the request"],
  ["EARLY_HINTS", 103, "Early Hints", "Headers sent to prepare for the response"],
  ["OK", 200, "OK", "Request fulfilled, document follows"],
  ["CREATED", 201, "Created", "Document created, URL follows"],
  ["ACCEPTED", 202, "Accepted", "Request accepted, processing continues off-line"],
  ["NON_AUTHORITATIVE_INFORMATION", 203, "Non-Authoritative Information", "Request fulfilled from cache"],
  ["NO_CONTENT", 204, "No Content", "Request fulfilled, nothing follows"],
  ["RESET_CONTENT", 205, "Reset Content", "Clear input form for further input"],
  ["PARTIAL_CONTENT", 206, "Partial Content", "Partial content follows"],
  ["MULTI_STATUS", 207, "Multi-Status", "Response contains multiple statuses in the body"],
  ["ALREADY_REPORTED", 208, "Already Reported", "Operation has already been reported"],
  ["IM_USED", 226, "IM Used", "Request completed using instance manipulations"],
  ["MULTIPLE_CHOICES", 300, "Multiple Choices", "Object has several resources -- see URI list"],
  ["MOVED_PERMANENTLY", 301, "Moved Permanently", "Object moved permanently -- see URI list"],
  ["FOUND", 302, "Found", "Object moved temporarily -- see URI list"],
  ["SEE_OTHER", 303, "See Other", "Object moved -- see Method and URL list"],
  ["NOT_MODIFIED", 304, "Not Modified", "Document has not changed since given time"],
  ["USE_PROXY", 305, "Use Proxy", "You must use proxy specified in Location to access this resource"],
  ["TEMPORARY_REDIRECT", 307, "Temporary Redirect", "Object moved temporarily -- see URI list"],
  ["PERMANENT_REDIRECT", 308, "Permanent Redirect", "Object moved permanently -- see URI list"],
  ["BAD_REQUEST", 400, "Bad Request", "Bad request syntax or unsupported method"],
  ["UNAUTHORIZED", 401, "Unauthorized", "No permission -- see authorization schemes"],
  ["PAYMENT_REQUIRED", 402, "Payment Required", "No payment -- see charging schemes"],
  ["FORBIDDEN", 403, "Forbidden", "Request forbidden -- authorization will not help"],
  ["NOT_FOUND", 404, "Not Found", "Nothing matches the given URI"],
  ["METHOD_NOT_ALLOWED", 405, "Method Not Allowed", "Specified method is invalid for this resource"],
  ["NOT_ACCEPTABLE", 406, "Not Acceptable", "URI not available in preferred format"],
  ["PROXY_AUTHENTICATION_REQUIRED", 407, "Proxy Authentication Required", "You must authenticate with this proxy before proceeding"],
  ["REQUEST_TIMEOUT", 408, "Request Timeout", "Request timed out; try again later"],
  ["CONFLICT", 409, "Conflict", "Request conflict"],
  ["GONE", 410, "Gone", "URI no longer exists and has been permanently removed"],
  ["LENGTH_REQUIRED", 411, "Length Required", "Client must specify Content-Length"],
  ["PRECONDITION_FAILED", 412, "Precondition Failed", "Precondition in headers is false"],
  ["CONTENT_TOO_LARGE", 413, "Content Too Large", "Content is too large"],
  ["REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE"],
  ["URI_TOO_LONG", 414, "URI Too Long", "URI is too long"],
  ["REQUEST_URI_TOO_LONG", "URI_TOO_LONG"],
  ["UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported Media Type", "Entity body in unsupported format"],
  ["RANGE_NOT_SATISFIABLE", 416, "Range Not Satisfiable", "Cannot satisfy request range"],
  ["REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE"],
  ["EXPECTATION_FAILED", 417, "Expectation Failed", "Expect condition could not be satisfied"],
  ["IM_A_TEAPOT", 418, "I'm a Teapot", "Server refuses to brew coffee because it is a teapot"],
  ["MISDIRECTED_REQUEST", 421, "Misdirected Request", "Server is not able to produce a response"],
  ["UNPROCESSABLE_CONTENT", 422, "Unprocessable Content", "Server is not able to process the contained instructions"],
  ["UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT"],
  ["LOCKED", 423, "Locked", "Resource of a method is locked"],
  ["FAILED_DEPENDENCY", 424, "Failed Dependency", "Dependent action of the request failed"],
  ["TOO_EARLY", 425, "Too Early", "Server refuses to process a request that might be replayed"],
  ["UPGRADE_REQUIRED", 426, "Upgrade Required", "Server refuses to perform the request using the current protocol"],
  ["PRECONDITION_REQUIRED", 428, "Precondition Required", "The origin server requires the request to be conditional"],
  ["TOO_MANY_REQUESTS", 429, "Too Many Requests", "The user has sent too many requests in a given amount of time (\"rate limiting\")"],
  ["REQUEST_HEADER_FIELDS_TOO_LARGE", 431, "Request Header Fields Too Large", "The server is unwilling to process the request because its header fields are too large"],
  ["UNAVAILABLE_FOR_LEGAL_REASONS", 451, "Unavailable For Legal Reasons", "The server is denying access to the resource as a consequence of a legal demand"],
  ["INTERNAL_SERVER_ERROR", 500, "Internal Server Error", "Server got itself in trouble"],
  ["NOT_IMPLEMENTED", 501, "Not Implemented", "Server does not support this operation"],
  ["BAD_GATEWAY", 502, "Bad Gateway", "Invalid responses from another server/proxy"],
  ["SERVICE_UNAVAILABLE", 503, "Service Unavailable", "The server cannot process the request due to a high load"],
  ["GATEWAY_TIMEOUT", 504, "Gateway Timeout", "The gateway server did not receive a timely response"],
  ["HTTP_VERSION_NOT_SUPPORTED", 505, "HTTP Version Not Supported", "Cannot fulfill request"],
  ["VARIANT_ALSO_NEGOTIATES", 506, "Variant Also Negotiates", "Server has an internal configuration error"],
  ["INSUFFICIENT_STORAGE", 507, "Insufficient Storage", "Server is not able to store the representation"],
  ["LOOP_DETECTED", 508, "Loop Detected", "Server encountered an infinite loop while processing a request"],
  ["NOT_EXTENDED", 510, "Not Extended", "Request does not meet the resource access policy"],
  ["NETWORK_AUTHENTICATION_REQUIRED", 511, "Network Authentication Required", "The client needs to authenticate to gain network access"],
];

describe("BasicTest", () => {
  test("test_dir_with_added_behavior_on_status", () => {
    // see issue40084
    // {'description', 'name', 'phrase', 'value'} <= set(dir(HTTPStatus(404)))
    const member = http.HTTPStatus(404);
    for (const attr of ["description", "name", "phrase", "value"]) {
      expect(attr in member).toBe(true);
    }
  });

  test("test_simple_httpstatus", () => {
    // enum._test_simple_enum(CheckedHTTPStatus, HTTPStatus) compares the class
    // dicts and every member's dict; translated as: the same canonical members in
    // the same order (_member_names_), the same aliases, each member with the same
    // _name_, _value_, phrase and description, and the is_* properties present.
    const canonical = CHECKED_HTTP_STATUS.filter((e) => e.length === 4) as [string, number, string, string][];
    expect(http.HTTPStatus._member_names_).toEqual(canonical.map((e) => e[0]));
    expect([...http.HTTPStatus.__members__.keys()].sort()).toEqual(CHECKED_HTTP_STATUS.map((e) => e[0]).sort());
    for (const entry of CHECKED_HTTP_STATUS) {
      const member = http.HTTPStatus.__members__.get(entry[0]);
      expect(member).toBeDefined();
      if (entry.length === 2) {
        // an alias is the canonical member itself
        expect(member).toBe(http.HTTPStatus.__members__.get(entry[1]));
        continue;
      }
      const [name, value, phrase, description] = entry;
      expect([member!._name_, member!._value_, member!.phrase, member!.description]).toEqual([name, value, phrase, description]);
      for (const prop of ["is_informational", "is_success", "is_redirection", "is_client_error", "is_server_error"]) {
        expect(prop in member!).toBe(true);
      }
    }
  });

  test("test_httpstatus_range", () => {
    // Checks that the statuses are in the 100-599 range
    for (const member of http.HTTPStatus.__members__.values()) {
      // an IntEnum member compares as its int (valueOf)
      expect(Number(member)).toBeGreaterThanOrEqual(100);
      expect(Number(member)).toBeLessThanOrEqual(599);
    }
  });

  test("test_httpstatus_category", () => {
    // Checks that the statuses belong to the standard categories
    const categories: [[number, number], "is_informational" | "is_success" | "is_redirection" | "is_client_error" | "is_server_error"][] = [
      [[100, 199], "is_informational"],
      [[200, 299], "is_success"],
      [[300, 399], "is_redirection"],
      [[400, 499], "is_client_error"],
      [[500, 599], "is_server_error"],
    ];
    for (const member of http.HTTPStatus.__members__.values()) {
      for (const [[lower, upper], category] of categories) {
        const category_indicator = member[category];
        if (lower <= Number(member) && Number(member) <= upper) {
          expect(category_indicator).toBe(true);
        } else {
          expect(category_indicator).toBe(false);
        }
      }
    }
  });

  test("test_status_lines", async () => {
    // Test HTTP status lines

    let body = "HTTP/1.1 200 Ok\r\n\r\nText";
    let sock = new FakeSocket(body);
    let resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.read(0)).toEqual(b("")); // Issue #20007
    expect(resp.isclosed()).toBe(false);
    expect(resp.closed).toBe(false);
    expect(await resp.read()).toEqual(b("Text"));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);

    body = "HTTP/1.1 400.100 Not Ok\r\n\r\nText";
    sock = new FakeSocket(body);
    resp = new client.HTTPResponse(sock);
    expect(await raises(() => resp.begin())).toBeInstanceOf(client.BadStatusLine);
  });

  test("test_bad_status_repr", () => {
    const exc = new client.BadStatusLine("");
    expect(repr(exc)).toBe(`BadStatusLine("''")`);
  });

  test("test_partial_reads", async () => {
    // if we have Content-Length, HTTPResponse knows when to close itself,
    // the same behaviour as when we read the whole thing with read()
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 4\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.read(2)).toEqual(b("Te"));
    expect(resp.isclosed()).toBe(false);
    expect(await resp.read(2)).toEqual(b("xt"));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_mixed_reads", async () => {
    // readline() should update the remaining length, so that read() knows
    // how much data is left and does not raise IncompleteRead
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 13\r\n\r\nText\r\nAnother";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.readline()).toEqual(b("Text\r\n"));
    expect(resp.isclosed()).toBe(false);
    expect(await resp.read()).toEqual(b("Another"));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_partial_readintos", async () => {
    // if we have Content-Length, HTTPResponse knows when to close itself,
    // the same behaviour as when we read the whole thing with read()
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 4\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    const buf = new Uint8Array(2);
    let n = await resp.readinto(buf);
    expect(n).toBe(2);
    expect(Buffer.from(buf)).toEqual(b("Te"));
    expect(resp.isclosed()).toBe(false);
    n = await resp.readinto(buf);
    expect(n).toBe(2);
    expect(Buffer.from(buf)).toEqual(b("xt"));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_partial_reads_past_end", async () => {
    // if we have Content-Length, clip reads to the end
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 4\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.read(10)).toEqual(b("Text"));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_partial_readintos_past_end", async () => {
    // if we have Content-Length, clip readintos to the end
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 4\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    const buf = new Uint8Array(10);
    const n = await resp.readinto(buf);
    expect(n).toBe(4);
    expect(Buffer.from(buf).subarray(0, 4)).toEqual(b("Text"));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_partial_reads_no_content_length", async () => {
    // when no length is present, the socket should be gracefully closed when
    // all data was read
    const body = "HTTP/1.1 200 Ok\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.read(2)).toEqual(b("Te"));
    expect(resp.isclosed()).toBe(false);
    expect(await resp.read(2)).toEqual(b("xt"));
    expect(await resp.read(1)).toEqual(b(""));
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_partial_readintos_no_content_length", async () => {
    // when no length is present, the socket should be gracefully closed when
    // all data was read
    const body = "HTTP/1.1 200 Ok\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    const buf = new Uint8Array(2);
    let n = await resp.readinto(buf);
    expect(n).toBe(2);
    expect(Buffer.from(buf)).toEqual(b("Te"));
    expect(resp.isclosed()).toBe(false);
    n = await resp.readinto(buf);
    expect(n).toBe(2);
    expect(Buffer.from(buf)).toEqual(b("xt"));
    n = await resp.readinto(buf);
    expect(n).toBe(0);
    expect(resp.isclosed()).toBe(true);
  });

  test("test_partial_reads_incomplete_body", async () => {
    // if the server shuts down the connection before the whole
    // content-length is delivered, the socket is gracefully closed
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 10\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    expect(await resp.read(2)).toEqual(b("Te"));
    expect(resp.isclosed()).toBe(false);
    expect(await resp.read(2)).toEqual(b("xt"));
    expect(await resp.read(1)).toEqual(b(""));
    expect(resp.isclosed()).toBe(true);
  });

  test("test_partial_readintos_incomplete_body", async () => {
    // if the server shuts down the connection before the whole
    // content-length is delivered, the socket is gracefully closed
    const body = "HTTP/1.1 200 Ok\r\nContent-Length: 10\r\n\r\nText";
    const sock = new FakeSocket(body);
    const resp = new client.HTTPResponse(sock);
    await resp.begin();
    const buf = new Uint8Array(2);
    let n = await resp.readinto(buf);
    expect(n).toBe(2);
    expect(Buffer.from(buf)).toEqual(b("Te"));
    expect(resp.isclosed()).toBe(false);
    n = await resp.readinto(buf);
    expect(n).toBe(2);
    expect(Buffer.from(buf)).toEqual(b("xt"));
    n = await resp.readinto(buf);
    expect(n).toBe(0);
    expect(resp.isclosed()).toBe(true);
    expect(resp.closed).toBe(false);
    resp.close();
    expect(resp.closed).toBe(true);
  });

  test("test_host_port", () => {
    // Check invalid host_port

    for (const hp of ["www.python.org:abc", "user:password@www.python.org"]) {
      expect(() => new client.HTTPConnection(hp)).toThrow(client.InvalidURL);
    }

    const cases: [string, string, number][] = [
      ["[fe80::207:e9ff:fe9b]:8000", "fe80::207:e9ff:fe9b", 8000],
      ["www.python.org:80", "www.python.org", 80],
      ["www.python.org:", "www.python.org", 80],
      ["www.python.org", "www.python.org", 80],
      ["[fe80::207:e9ff:fe9b]", "fe80::207:e9ff:fe9b", 80],
      ["[fe80::207:e9ff:fe9b]:", "fe80::207:e9ff:fe9b", 80],
    ];
    for (const [hp, h, p] of cases) {
      const c = new client.HTTPConnection(hp);
      expect(c.host).toBe(h);
      expect(c.port).toBe(p);
    }
  });

  test("test_response_headers", async () => {
    // test response with multiple message headers with the same field name.
    const text =
      "HTTP/1.1 200 OK\r\n" +
      'Set-Cookie: Customer="WILE_E_COYOTE"; ' +
      'Version="1"; Path="/acme"\r\n' +
      'Set-Cookie: Part_Number="Rocket_Launcher_0001"; Version="1";' +
      ' Path="/acme"\r\n' +
      "\r\n" +
      "No body\r\n";
    const hdr =
      'Customer="WILE_E_COYOTE"; Version="1"; Path="/acme"' +
      ", " +
      'Part_Number="Rocket_Launcher_0001"; Version="1"; Path="/acme"';
    const s = new FakeSocket(text);
    const r = new client.HTTPResponse(s);
    await r.begin();
    const cookies = r.getheader("Set-Cookie");
    expect(cookies).toBe(hdr);
  });

  test("test_read_head", async () => {
    // Test that the library doesn't attempt to read any data
    // from a HEAD request.  (Tickles SF bug #622042.)
    const sock = new FakeSocket("HTTP/1.1 200 OK\r\n" + "Content-Length: 14432\r\n" + "\r\n", NoEOFBytesIO);
    const resp = new client.HTTPResponse(sock, { method: "HEAD" });
    await resp.begin();
    // "if resp.read(): self.fail(...)": the result must be empty (falsy)
    expect((await resp.read()).length).toBe(0);
  });

  test("test_readinto_head", async () => {
    // Test that the library doesn't attempt to read any data
    // from a HEAD request.  (Tickles SF bug #622042.)
    const sock = new FakeSocket("HTTP/1.1 200 OK\r\n" + "Content-Length: 14432\r\n" + "\r\n", NoEOFBytesIO);
    const resp = new client.HTTPResponse(sock, { method: "HEAD" });
    await resp.begin();
    const buf = new Uint8Array(5);
    // "if resp.readinto(b) != 0: self.fail(...)"
    expect(await resp.readinto(buf)).toBe(0);
    expect(Buffer.from(buf)).toEqual(Buffer.alloc(5));
  });

  test("test_too_many_headers", async () => {
    const lines: string[] = [];
    for (let i = 0; i < client._MAXHEADERS + 1; i++) lines.push(`Header${i}: foo`);
    const headers = lines.join("\r\n") + "\r\n";
    const text = "HTTP/1.1 200 OK\r\n" + headers;
    const s = new FakeSocket(text);
    const r = new client.HTTPResponse(s);
    const e = await raises(() => r.begin());
    expect(e).toBeInstanceOf(client.HTTPException);
    expect(e.message).toMatch(/got more than \d+ headers/);
  });

  test("test_send_file", async () => {
    const expected = b(
      "GET /foo HTTP/1.1\r\nHost: example.com\r\n" +
        "Accept-Encoding: identity\r\n" +
        "Transfer-Encoding: chunked\r\n" +
        "\r\n",
    );

    // open(__file__, 'rb'): the port has no FileIO, so a raw file over an fd,
    // buffered as open() does; the fd is closed at the end as `with` would.
    class RawFile extends RawIOBase {
      constructor(readonly fd: number) {
        super();
      }
      override readable(): boolean {
        return true;
      }
      override readinto(buf: Uint8Array): number {
        return fs.readSync(this.fd, buf);
      }
    }
    const fd = fs.openSync(__filename, "r");
    try {
      const body = new BufferedReader(new RawFile(fd));
      const conn = new client.HTTPConnection("example.com");
      const sock = new FakeSocket(body);
      conn.sock = sock;
      await conn.request("GET", "/foo", body);
      expectStartsWith(sock.data, expected);
    } finally {
      fs.closeSync(fd);
    }
  });

  test("test_send", async () => {
    const expected = b("this is a test this is only a test");
    const conn = new client.HTTPConnection("example.com");
    const sock = new FakeSocket(null);
    conn.sock = sock;
    await conn.send(expected);
    expect(sock.data).toEqual(expected);
    sock.data = b("");
    // array.array('b', expected): a typed array of signed bytes over a copy
    await conn.send(new Int8Array(Uint8Array.from(expected).buffer));
    expect(sock.data).toEqual(expected);
    sock.data = b("");
    await conn.send(new BytesIO(expected));
    expect(sock.data).toEqual(expected);
  });

  test("test_send_updating_file", async () => {
    function* data(): Generator<string | null> {
      yield "data";
      yield null;
      yield "data_two";
    }

    class UpdatingFile extends TextIOBase {
      mode = "r";
      // a class attribute in the original: one generator shared by all instances
      static d = data();
      override read(_blocksize: number | null = -1): any {
        const r = UpdatingFile.d.next();
        // next() raises StopIteration on an exhausted generator
        if (r.done) throw new StopIteration();
        return r.value;
      }
    }

    const expected = b("data");

    const conn = new client.HTTPConnection("example.com");
    const sock = new FakeSocket("");
    conn.sock = sock;
    await conn.send(new UpdatingFile());
    expect(sock.data).toEqual(expected);
  });

  test("test_send_iter", async () => {
    const expected = b(
      "GET /foo HTTP/1.1\r\nHost: example.com\r\n" +
        "Accept-Encoding: identity\r\nContent-Length: 11\r\n" +
        "\r\nonetwothree",
    );

    function* body(): Generator<Buffer> {
      yield b("one");
      yield b("two");
      yield b("three");
    }

    const conn = new client.HTTPConnection("example.com");
    const sock = new FakeSocket("");
    conn.sock = sock;
    await conn.request("GET", "/foo", body(), { "Content-Length": "11" });
    expect(sock.data).toEqual(expected);
  });

  test("test_blocksize_request", async () => {
    // Check that request() respects the configured block size.
    const blocksize = 8; // For easy debugging.
    const conn = new client.HTTPConnection("example.com", { blocksize });
    const sock = new FakeSocket(null);
    conn.sock = sock;
    const expected = Buffer.concat([b("a".repeat(blocksize)), b("b")]);
    await conn.request("PUT", "/", new BytesIO(expected), { "Content-Length": "9" });
    expect(sock.sendall_calls).toBe(3);
    const sep = sock.data.indexOf(b("\r\n\r\n"));
    expect(sep).toBeGreaterThanOrEqual(0); // split(b"\r\n\r\n", 1)[1] raises IndexError otherwise
    const body = sock.data.subarray(sep + 4);
    expect(body).toEqual(expected);
  });

  test("test_blocksize_send", async () => {
    // Check that send() respects the configured block size.
    const blocksize = 8; // For easy debugging.
    const conn = new client.HTTPConnection("example.com", { blocksize });
    const sock = new FakeSocket(null);
    conn.sock = sock;
    const expected = Buffer.concat([b("a".repeat(blocksize)), b("b")]);
    await conn.send(new BytesIO(expected));
    expect(sock.sendall_calls).toBe(2);
    expect(sock.data).toEqual(expected);
  });

  test("test_send_type_error", async () => {
    // See: Issue #12676
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket("");
    expect(await raises(() => conn.request("POST", "test", conn as any))).toBeInstanceOf(TypeError);
  });
});
