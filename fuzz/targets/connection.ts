// HTTPConnection and HTTPSConnection construction and set_tunnel(): host and port parsing
// (_get_hostport: "host:port", "[v6]:port", empty and non-numeric ports, ports of every
// type), _validate_host, the tunnel's headers, then a request through the tunnel (the
// CONNECT line and its Host header: IDNA encoding, IPv6 brackets and zones) and the proxy's
// answer, over a socket that answers with the input's bytes.
//
// Input: the host as the payload's first chunk (its length is the last byte; seeds are
// hosts), then the choices from the end.

import { kwargs } from "../../src/builtins";
import * as client from "../../src/http/client";
import * as ssl from "../../src/ssl";
import { Input, MemSocket, Stream, call, fuzzInput } from "./_harness";

/** The calls as a Python caller may make them: with any values. */
interface AnyConnection {
  set_tunnel(...args: unknown[]): void;
  request(...args: unknown[]): Promise<void>;
  getresponse(): Promise<client.HTTPResponse>;
  get_proxy_response_headers(): unknown;
  close(): void;
  _create_connection: unknown;
}

const HOSTS = ["example.com", "[::1]", "::1", "h:80", "h:", "h:x", "[fe80::1%eth0]:8080", "b\u00fccher.example", "xn--bcher-kva.example", "a..b", "\u200d", "EXAMPLE.COM.", "x".repeat(64) + ".com", "h:+8_0", "h:\u0661", "[::1", "h]:1"];
const PORTS: readonly unknown[] = [null, 80, 0, -1, 65535, 65536, 8080, 2n ** 64n, "80", 80.5, true, undefined];
const PROXY_ANSWERS = ["HTTP/1.1 200 OK\r\n\r\n", "HTTP/1.0 200 Connection established\r\nProxy-Agent: x\r\n\r\n", "HTTP/1.1 407 Proxy Authentication Required\r\n\r\n", "HTTP/1.1 200 OK\r\n", "", "HTTP/1.1 200 OK\r\nA: b\r\n\r\n"];
const RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n";

let context: ssl.SSLContext | null = null;

function hostArg(input: Input, payload: string): string {
  switch (input.byte() % 4) {
    case 0:
      return input.pick(HOSTS);
    case 1:
      return input.text();
    default:
      return payload;
  }
}

export async function fuzz(data: Uint8Array): Promise<void> {
  await fuzzInput(data, async (input) => {
    const n = data.length;
    const raw = Buffer.from(input.chunk());
    const host = raw.toString(input.byte() % 2 === 1 ? "utf8" : "latin1");
    const port = input.pick(PORTS);
    const https = input.byte() % 4 === 0;
    const made = await call("HTTPConnection()", n, () => {
      if (https) {
        context ??= ssl._create_unverified_context();
        return new client.HTTPSConnection(host, kwargs({ port, context }));
      }
      return port === undefined ? new client.HTTPConnection(host) : new client.HTTPConnection(host, port as number);
    });
    if (!made.ok) return;
    const conn = made.value;
    const c = conn as unknown as AnyConnection;
    await call("host, port", n, () => [conn.host, conn.port]);

    const tunnel = input.byte();
    if (tunnel % 3 !== 0) {
      const thost = hostArg(input, host);
      const tport = input.pick(PORTS);
      const headers = new Map<unknown, unknown>();
      for (let i = input.byte() % 3; i > 0; i--) headers.set(input.pick(["Host", "Proxy-Authorization", "X", 5]), input.pick(["v", "a\r\nb", "\u00e9", "\u0100", 7]));
      await call("set_tunnel()", n, () => (tport === undefined ? c.set_tunnel(thost) : c.set_tunnel(thost, tport, headers.size ? headers : null)));
    }
    // The proxy's answer then the response, on a plain socket (HTTPS: TLS is not fuzzed here).
    const answer = Buffer.from(input.pick(PROXY_ANSWERS) + RESPONSE, "latin1");
    c._create_connection = () => new MemSocket(new Stream(answer, []), "buffered");
    if (!https) {
      const url = input.byte() % 4 === 0 ? `http://${host}/` : "/";
      await call("request()", n, () => c.request("GET", url));
      await call("get_proxy_response_headers()", n, () => c.get_proxy_response_headers());
      await call("getresponse()", n, () => c.getresponse());
    }
    await call("close()", n, () => c.close());
  });
}
