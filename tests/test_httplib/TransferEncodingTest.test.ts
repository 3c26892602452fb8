// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// CPython 3.14.5 Lib/test/test_httplib.py: class TransferEncodingTest.

import * as client from "../../src/http/client";
import { int, latin1Decode, tuple } from "../../src/builtins";
import { FakeSocket, b } from "./support";

const expected_body = b("It's just a flesh wound");

/** Python's bytes.split(sep). */
function split(data: Buffer, sep: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = data.indexOf(sep); i >= 0; i = data.indexOf(sep, start)) {
    out.push(data.subarray(start, i));
    start = i + sep.length;
  }
  out.push(data.subarray(start));
  return out;
}

function* _make_body(empty_lines = false): Generator<Buffer> {
  const lines = split(expected_body, b(" "));
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    // for testing handling empty lines
    if (empty_lines && idx % 2) yield b("");
    if (idx < lines.length - 1) yield Buffer.concat([line, b(" ")]);
    else yield line;
  }
}

function _parse_request(data: Buffer): [Buffer, Record<string, string>, Buffer] {
  const lines = split(data, b("\r\n"));
  const request = lines[0]!;
  const headers: Record<string, string> = {};
  let n = 1;
  while (n < lines.length && lines[n]!.length > 0) {
    const kv = split(lines[n]!, b(":"));
    // Python unpacks `key, val = ...split(b':')`: exactly two parts
    expect(kv.length).toBe(2);
    const key = latin1Decode(kv[0]!).trim();
    headers[key] = latin1Decode(kv[1]!).trim();
    n += 1;
  }
  // b'\r\n'.join(lines[n + 1:])
  const rest = lines.slice(n + 1);
  return [request, headers, Buffer.concat(rest.flatMap((l, i) => (i ? [b("\r\n"), l] : [l])))];
}

function _parse_chunked(data: Buffer): Buffer {
  const body: Buffer[] = [];
  let n = 0;
  const lines = split(data, b("\r\n"));
  // parse body
  for (;;) {
    const [sizeLine, chunk] = lines.slice(n, n + 2);
    const size = int(sizeLine!, 16);

    if (size === 0) {
      n += 1;
      break;
    }

    expect(size).toBe(chunk!.length);
    body.push(chunk!);

    n += 2;
    // we /should/ hit the end chunk, but check against the size of
    // lines so we're not stuck in an infinite loop should we get
    // malformed data
    if (n > lines.length) break;
  }
  return Buffer.concat(body);
}

describe("TransferEncodingTest", () => {
  test("test_endheaders_chunked", async () => {
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket(b(""));
    conn.putrequest("POST", "/");
    await conn.endheaders(_make_body(), { encode_chunked: true });

    const [, , rawBody] = _parse_request((conn.sock as FakeSocket).data);
    const body = _parse_chunked(rawBody);
    expect(body).toEqual(expected_body);
  });

  test("test_explicit_headers", async () => {
    // explicit chunked
    let conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket(b(""));
    // this shouldn't actually be automatically chunk-encoded because the
    // calling code has explicitly stated that it's taking care of it
    await conn.request("POST", "/", _make_body(), { "Transfer-Encoding": "chunked" });

    let [, headers, body] = _parse_request((conn.sock as FakeSocket).data);
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain("content-length");
    expect(headers["Transfer-Encoding"]).toBe("chunked");
    expect(body).toEqual(expected_body);

    // explicit chunked, string body
    conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket(b(""));
    await conn.request("POST", "/", latin1Decode(expected_body), { "Transfer-Encoding": "chunked" });

    [, headers, body] = _parse_request((conn.sock as FakeSocket).data);
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain("content-length");
    expect(headers["Transfer-Encoding"]).toBe("chunked");
    expect(body).toEqual(expected_body);

    // User-specified TE, but request() does the chunk encoding
    conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket(b(""));
    await conn.request("POST", "/", {
      headers: { "Transfer-Encoding": "gzip, chunked" },
      encode_chunked: true,
      body: _make_body(),
    });
    [, headers, body] = _parse_request((conn.sock as FakeSocket).data);
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain("content-length");
    expect(headers["Transfer-Encoding"]).toBe("gzip, chunked");
    expect(_parse_chunked(body)).toEqual(expected_body);
  });

  test("test_request", async () => {
    for (const empty_lines of [false, true]) {
      const conn = new client.HTTPConnection("example.com");
      conn.sock = new FakeSocket(b(""));
      await conn.request("POST", "/", _make_body(empty_lines));

      const [, headers, rawBody] = _parse_request((conn.sock as FakeSocket).data);
      const body = _parse_chunked(rawBody);
      expect(body).toEqual(expected_body);
      expect(headers["Transfer-Encoding"]).toBe("chunked");

      // Content-Length and Transfer-Encoding SHOULD not be sent in the
      // same request
      expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain("content-length");
    }
  });

  test("test_empty_body", async () => {
    // Zero-length iterable should be treated like any other iterable
    const conn = new client.HTTPConnection("example.com");
    conn.sock = new FakeSocket(b(""));
    await conn.request("POST", "/", tuple([]));
    const [, headers, body] = _parse_request((conn.sock as FakeSocket).data);
    expect(headers["Transfer-Encoding"]).toBe("chunked");
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain("content-length");
    expect(body).toEqual(b("0\r\n\r\n"));
  });
});
