// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: PersistenceTest (connection reuse, reconnection after a disconnect).

import * as client from "../../src/http/client";
import { BufferedReader, BytesIO } from "../../src/io";
import { ConnectionResetError } from "../../src/builtins";
import { FakeSocketHTTPConnection, b } from "./support";

/** Return BufferedReader that raises ECONNRESET at EOF */
// Python passes a factory function as FakeSocket's fileclass; FakeSocket calls it with `new`,
// so here it is a class whose constructor returns the reader.
class make_reset_reader {
  constructor(text: Buffer) {
    const stream = new BytesIO(text);
    const readinto = (buffer: Uint8Array): number => {
      const size = BytesIO.prototype.readinto.call(stream, buffer);
      if (size === 0) throw new ConnectionResetError();
      return size;
    };
    (stream as unknown as { readinto: typeof readinto }).readinto = readinto;
    return new BufferedReader(stream) as unknown as make_reset_reader;
  }

  close(): void {}
}

describe("PersistenceTest", () => {
  test("test_reuse_reconnect", async () => {
    // Should reuse or reconnect depending on header from server
    const tests: [string, string, boolean][] = [
      ["1.0", "", false],
      ["1.0", "Connection: keep-alive\r\n", true],
      ["1.1", "", true],
      ["1.1", "Connection: close\r\n", false],
      ["1.0", "Connection: keep-ALIVE\r\n", true],
      ["1.1", "Connection: cloSE\r\n", false],
    ];
    for (const [version, header, reuse] of tests) {
      // subTest(version=version, header=header)
      const msg = `HTTP/${version} 200 OK\r\n` + `${header}` + "Content-Length: 12\r\n" + "\r\n" + "Dummy body\r\n";
      const conn = new FakeSocketHTTPConnection(msg);
      expect(conn.sock).toBeNull();
      await conn.request("GET", "/open-connection");
      // `with conn.getresponse() as response:` closes the response on exit.
      const response = await conn.getresponse();
      try {
        expect(conn.sock === null).toBe(!reuse);
        await response.read();
      } finally {
        response.close();
      }
      expect(conn.sock === null).toBe(!reuse);
      expect(conn.connections).toBe(1);
      await conn.request("GET", "/subsequent-request");
      expect(conn.connections).toBe(reuse ? 1 : 2);
    }
  });

  test("test_disconnected", async () => {
    const tests: [new (data: Buffer) => { close(): void }, Function][] = [
      [BytesIO, client.RemoteDisconnected],
      [make_reset_reader, ConnectionResetError],
    ];
    for (const [stream_factory, exception] of tests) {
      // subTest(exception=exception)
      const conn = new FakeSocketHTTPConnection(b(""), stream_factory);
      await conn.request("GET", "/eof-response");
      await expect(conn.getresponse()).rejects.toThrow(exception as new (...a: unknown[]) => Error);
      expect(conn.sock).toBeNull();
      // HTTPConnection.connect() should be automatically invoked
      await conn.request("GET", "/reconnect");
      expect(conn.connections).toBe(2);
    }
  });

  test("test_100_close", async () => {
    const conn = new FakeSocketHTTPConnection(
      b("HTTP/1.1 100 Continue\r\n" + "\r\n"),
      // Missing final response
    );
    await conn.request("GET", "/", { headers: { Expect: "100-continue" } });
    await expect(conn.getresponse()).rejects.toThrow(client.RemoteDisconnected);
    expect(conn.sock).toBeNull();
    await conn.request("GET", "/reconnect");
    expect(conn.connections).toBe(2);
  });
});
