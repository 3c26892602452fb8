// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: TunnelTests (set_tunnel, _tunnel and the proxy's CONNECT response,
// over FakeSocket).

import * as client from "../../src/http/client";
import { OSError, RuntimeError, idnaEncode } from "../../src/builtins";
import { FakeSocket, b, captured_stdout } from "./support";

/** bytes.__contains__ */
function contains(data: Buffer, part: Buffer): boolean {
  return data.includes(part);
}

/** str.splitlines() */
function splitlines(s: string): string[] {
  const lines = s.split(/\r\n|\r|\n/);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

describe("TunnelTests", () => {
  let host: string;
  let port: number;
  let conn: client.HTTPConnection;

  function _create_connection(response_text: string) {
    return function create_connection(address: [string, number], _timeout: unknown = null, _source_address: unknown = null) {
      return new FakeSocket(response_text, undefined, address[0], address[1]);
    };
  }

  beforeEach(() => {
    const response_text =
      "HTTP/1.1 200 OK\r\n\r\n" + // Reply to CONNECT
      "HTTP/1.1 200 OK\r\n" + // Reply to HEAD
      "Content-Length: 42\r\n\r\n";
    host = "proxy.com";
    port = client.HTTP_PORT;
    conn = new client.HTTPConnection(host);
    conn._create_connection = _create_connection(response_text) as never;
  });

  afterEach(() => {
    conn.close();
  });

  test("test_set_tunnel_host_port_headers_add_host_missing", async () => {
    const tunnel_host = "destination.com";
    const tunnel_port = 8888;
    const tunnel_headers: Record<string, string> = { "User-Agent": "Mozilla/5.0 (compatible, MSIE 11)" };
    const tunnel_headers_after: Record<string, string> = { ...tunnel_headers };
    tunnel_headers_after["Host"] = `${tunnel_host}:${tunnel_port}`;
    conn.set_tunnel(tunnel_host, { port: tunnel_port, headers: tunnel_headers });
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(conn._tunnel_host).toBe(tunnel_host);
    expect(conn._tunnel_port).toBe(tunnel_port);
    expect(conn._tunnel_headers).toEqual(tunnel_headers_after);
  });

  test("test_set_tunnel_host_port_headers_set_host_identical", async () => {
    const tunnel_host = "destination.com";
    const tunnel_port = 8888;
    const tunnel_headers: Record<string, string> = {
      "User-Agent": "Mozilla/5.0 (compatible, MSIE 11)",
      Host: `${tunnel_host}:${tunnel_port}`,
    };
    conn.set_tunnel(tunnel_host, { port: tunnel_port, headers: tunnel_headers });
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(conn._tunnel_host).toBe(tunnel_host);
    expect(conn._tunnel_port).toBe(tunnel_port);
    expect(conn._tunnel_headers).toEqual(tunnel_headers);
  });

  test("test_set_tunnel_host_port_headers_set_host_different", async () => {
    const tunnel_host = "destination.com";
    const tunnel_port = 8888;
    const tunnel_headers: Record<string, string> = {
      "User-Agent": "Mozilla/5.0 (compatible, MSIE 11)",
      Host: `${"example.com"}:${4200}`,
    };
    conn.set_tunnel(tunnel_host, { port: tunnel_port, headers: tunnel_headers });
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(conn._tunnel_host).toBe(tunnel_host);
    expect(conn._tunnel_port).toBe(tunnel_port);
    expect(conn._tunnel_headers).toEqual(tunnel_headers);
  });

  test("test_disallow_set_tunnel_after_connect", async () => {
    // Once connected, we shouldn't be able to tunnel anymore
    await conn.connect();
    expect(() => conn.set_tunnel("destination.com")).toThrow(RuntimeError);
  });

  test("test_connect_with_tunnel", async () => {
    const d = { host: "destination.com", port: client.HTTP_PORT };
    conn.set_tunnel(d.host);
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(contains((conn.sock as FakeSocket).data, b(`CONNECT ${d.host}:${d.port} HTTP/1.1\r\nHost: ${d.host}:${d.port}\r\n\r\n`))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b(`HEAD / HTTP/1.1\r\nHost: ${d.host}\r\n`))).toBe(true);
  });

  test("test_connect_with_tunnel_with_default_port", async () => {
    const d = { host: "destination.com", port: client.HTTP_PORT };
    conn.set_tunnel(d.host, { port: d.port });
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(contains((conn.sock as FakeSocket).data, b(`CONNECT ${d.host}:${d.port} HTTP/1.1\r\nHost: ${d.host}:${d.port}\r\n\r\n`))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b(`HEAD / HTTP/1.1\r\nHost: ${d.host}\r\n`))).toBe(true);
  });

  test("test_connect_with_tunnel_with_nonstandard_port", async () => {
    const d = { host: "destination.com", port: 8888 };
    conn.set_tunnel(d.host, { port: d.port });
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(contains((conn.sock as FakeSocket).data, b(`CONNECT ${d.host}:${d.port} HTTP/1.1\r\nHost: ${d.host}:${d.port}\r\n\r\n`))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b(`HEAD / HTTP/1.1\r\nHost: ${d.host}:${d.port}\r\n`))).toBe(true);
  });

  // This request is not RFC-valid, but it's been possible with the library
  // for years, so don't break it unexpectedly... This also tests
  // case-insensitivity when injecting Host: headers if they're missing.
  test("test_connect_with_tunnel_with_different_host_header", async () => {
    const d = { host: "destination.com", tunnel_host_header: "example.com:9876", port: client.HTTP_PORT };
    conn.set_tunnel(d.host, { headers: { HOST: d.tunnel_host_header } });
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(contains((conn.sock as FakeSocket).data, b(`CONNECT ${d.host}:${d.port} HTTP/1.1\r\nHOST: ${d.tunnel_host_header}\r\n\r\n`))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b(`HEAD / HTTP/1.1\r\nHost: ${d.host}\r\n`))).toBe(true);
  });

  test("test_connect_with_tunnel_different_host", async () => {
    const d = { host: "destination.com", port: client.HTTP_PORT };
    conn.set_tunnel(d.host);
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(contains((conn.sock as FakeSocket).data, b(`CONNECT ${d.host}:${d.port} HTTP/1.1\r\nHost: ${d.host}:${d.port}\r\n\r\n`))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b(`HEAD / HTTP/1.1\r\nHost: ${d.host}\r\n`))).toBe(true);
  });

  test("test_connect_with_tunnel_idna", async () => {
    const dest = "\u03b4\u03c0\u03b8.gr";
    const dest_port = Buffer.concat([idnaEncode(dest), b(`:${client.HTTP_PORT}`)]);
    const expected = Buffer.concat([b("CONNECT "), dest_port, b(" HTTP/1.1\r\nHost: "), dest_port, b("\r\n\r\n")]);
    conn.set_tunnel(dest);
    await conn.request("HEAD", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(client.HTTP_PORT);
    expect(contains((conn.sock as FakeSocket).data, expected)).toBe(true);
  });

  test("test_tunnel_connect_single_send_connection_setup", async () => {
    // Regression test for https://bugs.python.org/issue43332.
    // mock.patch.object(self.conn, 'send'): an own send() that records its calls and
    // does nothing, removed again afterwards.
    const mock_send = jest.fn(async (_data: unknown) => undefined);
    (conn as unknown as { send: unknown }).send = mock_send;
    try {
      conn.set_tunnel("destination.com");
      await conn.connect();
      await conn.request("GET", "/");
    } finally {
      delete (conn as unknown as { send?: unknown }).send;
    }
    expect(mock_send).toHaveBeenCalled();
    // Likely 2, but this test only cares about the first.
    expect(mock_send.mock.calls.length).toBeGreaterThan(1);
    const proxy_setup_data_sent = mock_send.mock.calls[0]![0] as Buffer;
    expect(contains(proxy_setup_data_sent, b("CONNECT destination.com"))).toBe(true);
    expect(proxy_setup_data_sent.subarray(-4).equals(b("\r\n\r\n"))).toBe(true);
  });

  test("test_connect_put_request", async () => {
    const d = { host: "destination.com", port: client.HTTP_PORT };
    conn.set_tunnel(d.host);
    await conn.request("PUT", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(port);
    expect(contains((conn.sock as FakeSocket).data, b(`CONNECT ${d.host}:${d.port} HTTP/1.1\r\nHost: ${d.host}:${d.port}\r\n\r\n`))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b(`PUT / HTTP/1.1\r\nHost: ${d.host}\r\n`))).toBe(true);
  });

  test("test_connect_put_request_ipv6", async () => {
    conn.set_tunnel("[1:2:3::4]", 1234);
    await conn.request("PUT", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(client.HTTP_PORT);
    expect(contains((conn.sock as FakeSocket).data, b("CONNECT [1:2:3::4]:1234"))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b("Host: [1:2:3::4]:1234"))).toBe(true);
  });

  test("test_connect_put_request_ipv6_port", async () => {
    conn.set_tunnel("[1:2:3::4]:1234");
    await conn.request("PUT", "/", "");
    expect((conn.sock as FakeSocket).host).toBe(host);
    expect((conn.sock as FakeSocket).port).toBe(client.HTTP_PORT);
    expect(contains((conn.sock as FakeSocket).data, b("CONNECT [1:2:3::4]:1234"))).toBe(true);
    expect(contains((conn.sock as FakeSocket).data, b("Host: [1:2:3::4]:1234"))).toBe(true);
  });

  test("test_tunnel_debuglog", async () => {
    const expected_header = "X-Dummy: 1";
    const response_text = `HTTP/1.0 200 OK\r\n${expected_header}\r\n\r\n`;

    conn.set_debuglevel(1);
    conn._create_connection = _create_connection(response_text) as never;
    conn.set_tunnel("destination.com");

    const output = await captured_stdout(() => conn.request("PUT", "/", ""));
    const lines = splitlines(output);
    expect(lines).toContain(`header: ${expected_header}`);
  });

  test("test_proxy_response_headers", async () => {
    const expected_header = ["X-Dummy", "1"];
    const response_text = "HTTP/1.0 200 OK\r\n" + `${expected_header.join(":")}\r\n\r\n`;

    conn._create_connection = _create_connection(response_text) as never;
    conn.set_tunnel("destination.com");

    await conn.request("PUT", "/", "");
    const headers = conn.get_proxy_response_headers();
    expect(headers!.items()).toContainEqual(expected_header);
  });

  test("test_no_proxy_response_headers", async () => {
    const expected_header = ["X-Dummy", "1"];
    const response_text = "HTTP/1.0 200 OK\r\n" + `${expected_header.join(":")}\r\n\r\n`;

    conn._create_connection = _create_connection(response_text) as never;

    await conn.request("PUT", "/", "");
    const headers = conn.get_proxy_response_headers();
    expect(headers).toBeNull();
  });

  test("test_tunnel_leak", async () => {
    let sock: FakeSocket | null = null;

    function create_connection(address: [string, number], _timeout: unknown = null, _source_address: unknown = null) {
      sock = new FakeSocket("HTTP/1.1 404 NOT FOUND\r\n\r\n", undefined, address[0], address[1]);
      return sock;
    }

    conn._create_connection = create_connection as never;
    conn.set_tunnel("destination.com");
    let exc: unknown = null;
    try {
      await conn.request("HEAD", "/", "");
    } catch (e) {
      if (!(e instanceof OSError)) throw e;
      // keeping a reference to exc keeps response alive in the traceback
      exc = e;
    }
    expect(exc).not.toBeNull();
    expect(sock!.file_closed).toBe(true);
  });
});
