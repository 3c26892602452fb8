// End to end: http.client's HTTPSConnection over ssl.ts, through a real CONNECT proxy (a
// small node:net proxy run as its own process on 127.0.0.1) to real TLS servers
// (node:https), with the project's test certificates (tests/certs).
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import type * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as path from "node:path";
import type * as tls from "node:tls";

import * as client from "../src/http/client";
import * as ssl from "../src/ssl";
import { OSError } from "../src/builtins";

const CERTS = path.join(__dirname, "certs");
const read = (name: string) => fs.readFileSync(path.join(CERTS, name));
const CA = path.join(CERTS, "ca.pem");

/** The proxy: answers CONNECT with 200 and relays bytes; logs each request as a JSON line. */
const PROXY_SOURCE = String.raw`
const net = require("net");
const log = (o) => process.stdout.write(JSON.stringify(o) + "\n");
const srv = net.createServer((c) => {
  let buf = Buffer.alloc(0);
  c.on("error", () => {});
  const onData = (d) => {
    buf = Buffer.concat([buf, d]);
    const end = buf.indexOf("\r\n\r\n");
    if (end < 0) return;
    c.removeListener("data", onData);
    const head = buf.subarray(0, end).toString("latin1").split("\r\n");
    const rest = buf.subarray(end + 4);
    const [method, target] = head[0].split(" ");
    const headers = head.slice(1);
    log({ event: "request", line: head[0], headers });
    if (headers.some((h) => /^x-proxy-refuse:/i.test(h))) {
      c.end("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"e2e\"\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    if (method !== "CONNECT") {
      c.end("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n");
      return;
    }
    const i = target.lastIndexOf(":");
    const host = target.slice(0, i).replace(/^\[|\]$/g, "");
    const up = net.connect({ host: host === "localhost" ? "127.0.0.1" : host, port: Number(target.slice(i + 1)) }, () => {
      c.write("HTTP/1.1 200 Connection established\r\nProxy-Agent: e2e-proxy/1.0\r\n\r\n");
      if (rest.length) up.write(rest);
      c.pipe(up);
      up.pipe(c);
    });
    up.on("error", () => c.destroy());
    c.on("close", () => up.destroy());
  };
  c.on("data", onData);
});
srv.listen(0, "127.0.0.1", () => log({ event: "listening", port: srv.address().port }));
`;

interface ProxyRequest {
  line: string;
  headers: string[];
}

let proxy: ChildProcess;
let proxyPort: number;
let proxyLog: ProxyRequest[] = [];

interface TlsServer {
  port: number;
  secureConnections: number;
  close(): Promise<void>;
}

const servers: TlsServer[] = [];

async function httpsServer(options: https.ServerOptions, handler: http.RequestListener): Promise<TlsServer> {
  const srv = https.createServer({ ALPNProtocols: ["http/1.1"], ...options }, handler);
  const s: TlsServer = {
    port: 0,
    secureConnections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
  srv.on("secureConnection", () => s.secureConnections++);
  srv.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => resolve());
  });
  s.port = (srv.address() as net.AddressInfo).port;
  servers.push(s);
  return s;
}

/** The application server: GET /hello, POST /echo (body and request headers back). */
function appServer(options: https.ServerOptions = {}): Promise<TlsServer> {
  return httpsServer({ key: read("localhost.key"), cert: read("localhost.pem"), ...options }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const peer = (req.socket as tls.TLSSocket).getPeerCertificate();
      const info = {
        method: req.method,
        url: req.url,
        host: req.headers.host,
        contentType: req.headers["content-type"] ?? null,
        body: Buffer.concat(chunks).toString("latin1"),
        peerCN: peer && peer.subject ? peer.subject.CN : null,
      };
      if (req.url === "/hello") {
        res.writeHead(200, { "Content-Type": "text/plain" });
        res.end(`hello, ${info.host}`);
      } else {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify(info));
      }
    });
  });
}

function trustingCA(): ssl.SSLContext {
  return ssl.create_default_context({ cafile: CA });
}

beforeAll(async () => {
  proxy = spawn(process.execPath, ["-e", PROXY_SOURCE], { stdio: ["ignore", "pipe", "inherit"] });
  let pending = "";
  let listening!: (port: number) => void;
  const ready = new Promise<number>((r) => (listening = r));
  proxy.stdout!.setEncoding("utf8");
  proxy.stdout!.on("data", (d: string) => {
    pending += d;
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const entry = JSON.parse(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
      if (entry.event === "listening") listening(entry.port);
      else proxyLog.push({ line: entry.line, headers: entry.headers });
    }
  });
  proxyPort = await ready;
});

afterAll(async () => {
  proxy.kill();
  await new Promise((r) => proxy.once("exit", r));
});

beforeEach(() => {
  proxyLog = [];
});

afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

/** Waits until the proxy has logged n requests (its stdout trails the socket traffic). */
async function proxyRequests(n: number): Promise<ProxyRequest[]> {
  for (let i = 0; i < 200 && proxyLog.length < n; i++) await new Promise((r) => setTimeout(r, 10));
  return proxyLog;
}

describe("HTTPS through a CONNECT proxy", () => {
  test("GET: CONNECT request, proxy response headers, verified TLS to the tunnel host", async () => {
    const app = await appServer();
    const conn = new client.HTTPSConnection("127.0.0.1", proxyPort, { context: (() => {
      const c = trustingCA();
      c.set_alpn_protocols(["http/1.1"]);
      return c;
    })() });
    try {
      conn.set_tunnel("localhost", app.port, { "Proxy-Authorization": "Basic dXNlcjpwYXNz" });
      await conn.request("GET", "/hello");
      const resp = await conn.getresponse();
      expect(resp.status).toBe(200);
      expect((await resp.read()).toString()).toBe(`hello, localhost:${app.port}`);

      const [connect] = await proxyRequests(1);
      expect(connect!.line).toBe(`CONNECT localhost:${app.port} HTTP/1.1`);
      expect(connect!.headers).toEqual(["Proxy-Authorization: Basic dXNlcjpwYXNz", `Host: localhost:${app.port}`]);
      expect(conn.get_proxy_response_headers()!.get("Proxy-Agent")).toBe("e2e-proxy/1.0");

      const sock = conn.sock as ssl.SSLSocket;
      expect(sock).toBeInstanceOf(ssl.SSLSocket);
      expect(sock.server_hostname).toBe("localhost");
      expect(sock.version()).toBe("TLSv1.3");
      expect(sock.selected_alpn_protocol()).toBe("http/1.1");
      expect((sock.getpeername() as unknown[])[1]).toBe(proxyPort);
    } finally {
      conn.close();
    }
  });

  test("POST and keep-alive: several requests over one tunnel and one TLS session", async () => {
    const app = await appServer();
    const conn = new client.HTTPSConnection("127.0.0.1", proxyPort, { context: trustingCA() });
    try {
      conn.set_tunnel("localhost", app.port);
      await conn.request("POST", "/echo", Buffer.from("binary\x00body", "latin1"), { "Content-Type": "application/octet-stream" });
      let resp = await conn.getresponse();
      expect(resp.status).toBe(200);
      expect(resp.will_close).toBe(false);
      let info = JSON.parse((await resp.read()).toString());
      expect(info).toMatchObject({ method: "POST", url: "/echo", body: "binary\x00body", contentType: "application/octet-stream" });
      expect(info.host).toBe(`localhost:${app.port}`);
      const firstSock = conn.sock;

      await conn.request("GET", "/hello");
      resp = await conn.getresponse();
      expect((await resp.read()).toString()).toBe(`hello, localhost:${app.port}`);
      expect(conn.sock).toBe(firstSock);

      await conn.request("POST", "/echo", "caf\xe9 text");
      resp = await conn.getresponse();
      info = JSON.parse((await resp.read()).toString());
      expect(info.body).toBe("caf\xe9 text");
      expect(info.contentType).toBeNull();
      expect(conn.sock).toBe(firstSock);

      expect(app.secureConnections).toBe(1);
      const log = await proxyRequests(1);
      expect(log.filter((r) => r.line.startsWith("CONNECT "))).toHaveLength(1);
    } finally {
      conn.close();
    }
  });

  test("a proxy that refuses the tunnel", async () => {
    const app = await appServer();
    const conn = new client.HTTPSConnection("127.0.0.1", proxyPort, { context: trustingCA() });
    conn.set_tunnel("localhost", app.port, { "X-Proxy-Refuse": "yes" });
    let exc: unknown = null;
    try {
      await conn.request("GET", "/hello");
    } catch (e) {
      exc = e;
    }
    expect(exc).toBeInstanceOf(OSError);
    expect((exc as OSError).message).toBe("Tunnel connection failed: 407 Proxy Authentication Required");
    expect(conn.sock).toBeNull();
    expect(conn.get_proxy_response_headers()!.get("Proxy-Authenticate")).toBe('Basic realm="e2e"');
    expect(app.secureConnections).toBe(0);
  });

  test("the tunnel host is the name the certificate must match", async () => {
    const wrong = await httpsServer({ key: read("wrongname.key"), cert: read("wrongname.pem") }, (_q, r) => r.end("no"));
    const conn = new client.HTTPSConnection("127.0.0.1", proxyPort, { context: trustingCA() });
    conn.set_tunnel("localhost", wrong.port);
    let exc: unknown = null;
    try {
      await conn.request("GET", "/");
    } catch (e) {
      exc = e;
    }
    expect(exc).toBeInstanceOf(ssl.CertificateError);
    expect((exc as ssl.SSLCertVerificationError).verify_message).toBe("Hostname mismatch, certificate is not valid for 'localhost'.");
    conn.close();
  });
});

describe("client certificates (load_cert_chain)", () => {
  const requireClientCert = { requestCert: true, rejectUnauthorized: true, ca: [read("ca.pem")] };

  test("direct and through the proxy", async () => {
    const app = await appServer(requireClientCert);
    const ctx = trustingCA();
    ctx.load_cert_chain(path.join(CERTS, "client.pem"), path.join(CERTS, "client-encrypted.key"), "secret");

    const direct = new client.HTTPSConnection("localhost", app.port, { context: ctx });
    try {
      await direct.request("GET", "/whoami");
      const info = JSON.parse((await (await direct.getresponse()).read()).toString());
      expect(info.peerCN).toBe("http.client port test client");
    } finally {
      direct.close();
    }

    const tunnelled = new client.HTTPSConnection("127.0.0.1", proxyPort, { context: ctx });
    try {
      tunnelled.set_tunnel("localhost", app.port);
      await tunnelled.request("POST", "/whoami", "x");
      const info = JSON.parse((await (await tunnelled.getresponse()).read()).toString());
      expect(info.peerCN).toBe("http.client port test client");
      expect(info.body).toBe("x");
    } finally {
      tunnelled.close();
    }
  });

  test("without one the server refuses", async () => {
    const app = await appServer(requireClientCert);
    const conn = new client.HTTPSConnection("localhost", app.port, { context: trustingCA() });
    let exc: unknown = null;
    try {
      // TLS 1.3: the client's handshake is done before the server checks its certificate,
      // so the refusal (an alert) arrives when the response is read.
      await conn.request("GET", "/whoami");
      await conn.getresponse();
    } catch (e) {
      exc = e;
    }
    expect(exc).toBeInstanceOf(ssl.SSLError);
    expect((exc as ssl.SSLError).reason).toBe("TLSV13_ALERT_CERTIFICATE_REQUIRED");
    expect((exc as ssl.SSLError).library).toBe("SSL");
    conn.close();
  });
});
