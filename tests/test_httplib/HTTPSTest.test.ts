// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: HTTPSTest (HTTPSConnection over ssl.ts).
//
// The test_networked* cases reach hosts on the internet in CPython's suite. Here they
// run against local TLS servers that stand in for those hosts, with the project's own
// certificates (tests/certs, made by scripts/make-test-certs.sh):
// - self-signed.pythontest.net (a self-signed certificate, nginx): a server on
//   127.0.0.1 with tests/certs/selfsigned.pem, reached as "localhost";
// - www.python.org (a certificate from a CA the system trusts): a server with
//   tests/certs/localhost.pem, signed by the test CA, which the test makes a default
//   trust anchor through SSL_CERT_FILE, the variable OpenSSL (and so CPython) reads.

import * as fs from "node:fs";
import type * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as path from "node:path";
import * as client from "../../src/http/client";
import * as ssl from "../../src/ssl";
import { HOST } from "./support";

const certdata = path.join(__dirname, "..", "certs");
// Self-signed cert file for 'localhost'
const CERT_localhost = path.join(certdata, "keycert.pem");
// Self-signed cert file for 'fakehostname'
const CERT_fakehostname = path.join(certdata, "keycert2.pem");
// Self-signed cert file for the stand-in of self-signed.pythontest.net
const CERT_selfsigned_pythontestdotnet = path.join(certdata, "selfsigned.pem");
const KEY_selfsigned_pythontestdotnet = path.join(certdata, "selfsigned.key");
// The test CA and a 'localhost' certificate it signed: the stand-in of www.python.org
const CA_CERT = path.join(certdata, "ca.pem");
const CERT_trusted = path.join(certdata, "localhost.pem");
const KEY_trusted = path.join(certdata, "localhost.key");

interface Server {
  port: number;
  close(): Promise<void>;
}

const servers: Server[] = [];

/** An HTTPS server on HOST; handler answers every request. */
async function startServer(key: string, cert: string, handler: http.RequestListener): Promise<Server> {
  const srv = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, handler);
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen(0, HOST, () => resolve());
  });
  const server: Server = {
    port: (srv.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
  servers.push(server);
  return server;
}

/**
 * test.ssl_servers.make_https_server(case, certfile=certfile): an HTTPS server whose
 * handler serves a directory as SimpleHTTPRequestHandler does (here: "/" is a listing,
 * anything else is not found).
 */
function make_server(certfile: string): Promise<Server> {
  return startServer(certfile, certfile, (req, res) => {
    if (req.url === "/") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", Server: "SimpleHTTP/0.6" });
      res.end("<html><body>Directory listing for /</body></html>");
    } else {
      res.writeHead(404, { "Content-Type": "text/html;charset=utf-8", Server: "SimpleHTTP/0.6" });
      res.end("<html><body>Error code: 404</body></html>");
    }
  });
}

/** The stand-in of self-signed.pythontest.net: nginx with a self-signed certificate. */
function selfsigned_pythontestdotnet(): Promise<Server> {
  return startServer(KEY_selfsigned_pythontestdotnet, CERT_selfsigned_pythontestdotnet, (_req, res) => {
    res.writeHead(200, { Server: "nginx/1.24.0", "Content-Type": "text/html" });
    res.end("<html><body>self-signed</body></html>");
  });
}

/** The stand-in of www.python.org: a certificate from a CA in the default trust store. */
function trusted_by_default_host(): Promise<Server> {
  return startServer(KEY_trusted, CERT_trusted, (_req, res) => {
    res.writeHead(200, { Server: "nginx", "Content-Type": "text/html; charset=utf-8" });
    res.end("<!doctype html><html><body>Welcome to Python.org</body></html>");
  });
}

describe("HTTPSTest", () => {
  afterEach(async () => {
    while (servers.length) await servers.pop()!.close();
  });

  test("test_attributes", () => {
    // simple test to check it's storing the timeout
    const TimeoutTest_PORT = null; // TimeoutTest.PORT is None outside its setUp
    const h = new client.HTTPSConnection(HOST, TimeoutTest_PORT, { timeout: 30 });
    expect(h.timeout).toBe(30);
  });

  test("test_networked", async () => {
    // Default settings: requires a valid cert from a trusted CA
    const server = await selfsigned_pythontestdotnet();
    const h = new client.HTTPSConnection("localhost", server.port);
    let exc: unknown = null;
    try {
      await h.request("GET", "/");
    } catch (e) {
      exc = e;
    }
    expect(exc).toBeInstanceOf(ssl.SSLError);
    expect((exc as ssl.SSLError).reason).toBe("CERTIFICATE_VERIFY_FAILED");
    h.close();
  });

  test("test_networked_noverification", async () => {
    // Switch off cert verification
    const server = await selfsigned_pythontestdotnet();
    const context = ssl._create_unverified_context();
    const h = new client.HTTPSConnection("localhost", server.port, { context });
    await h.request("GET", "/");
    const resp = await h.getresponse();
    h.close();
    expect(resp.getheader("server")).toContain("nginx");
    resp.close();
  });

  test("test_networked_trusted_by_default_cert", async () => {
    // Default settings: requires a valid cert from a trusted CA
    const server = await trusted_by_default_host();
    const saved = process.env.SSL_CERT_FILE;
    process.env.SSL_CERT_FILE = CA_CERT;
    try {
      const h = new client.HTTPSConnection("localhost", server.port);
      await h.request("GET", "/");
      const resp = await h.getresponse();
      const content_type = resp.getheader("content-type");
      resp.close();
      h.close();
      expect(content_type).toContain("text/html");
    } finally {
      if (saved === undefined) delete process.env.SSL_CERT_FILE;
      else process.env.SSL_CERT_FILE = saved;
    }
  });

  test("test_networked_good_cert", async () => {
    // We feed the server's cert as a validating cert
    const server = await selfsigned_pythontestdotnet();
    const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    expect(context.verify_mode).toBe(ssl.CERT_REQUIRED);
    expect(context.check_hostname).toBe(true);
    context.load_verify_locations(CERT_selfsigned_pythontestdotnet);
    // CPython skips on "key too weak" from the real host; the stand-in's key is strong,
    // so any SSLError fails the test.
    const h = new client.HTTPSConnection("localhost", server.port, { context });
    await h.request("GET", "/");
    const resp = await h.getresponse();
    const server_string = resp.getheader("server");
    resp.close();
    h.close();
    expect(server_string).toContain("nginx");
  });

  test("test_networked_bad_cert", async () => {
    // We feed a "CA" cert that is unrelated to the server's cert
    const server = await selfsigned_pythontestdotnet();
    const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    context.load_verify_locations(CERT_localhost);
    const h = new client.HTTPSConnection("localhost", server.port, { context });
    let exc: unknown = null;
    try {
      await h.request("GET", "/");
    } catch (e) {
      exc = e;
    }
    expect(exc).toBeInstanceOf(ssl.SSLError);
    expect((exc as ssl.SSLError).reason).toBe("CERTIFICATE_VERIFY_FAILED");
    h.close();
  });

  test("test_local_unknown_cert", async () => {
    // The custom cert isn't known to the default trust bundle
    const server = await make_server(CERT_localhost);
    const h = new client.HTTPSConnection("localhost", server.port);
    let exc: unknown = null;
    try {
      await h.request("GET", "/");
    } catch (e) {
      exc = e;
    }
    expect(exc).toBeInstanceOf(ssl.SSLError);
    expect((exc as ssl.SSLError).reason).toBe("CERTIFICATE_VERIFY_FAILED");
    h.close();
  });

  test("test_local_good_hostname", async () => {
    // The (valid) cert validates the HTTPS hostname
    const server = await make_server(CERT_localhost);
    const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    context.load_verify_locations(CERT_localhost);
    const h = new client.HTTPSConnection("localhost", server.port, { context });
    try {
      await h.request("GET", "/nonexistent");
      const resp = await h.getresponse();
      try {
        expect(resp.status).toBe(404);
      } finally {
        resp.close();
      }
    } finally {
      h.close();
    }
  });

  test("test_local_bad_hostname", async () => {
    // The (valid) cert doesn't validate the HTTPS hostname
    const server = await make_server(CERT_fakehostname);
    const context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    context.load_verify_locations(CERT_fakehostname);
    let h = new client.HTTPSConnection("localhost", server.port, { context });
    await expect(h.request("GET", "/")).rejects.toThrow(ssl.CertificateError);

    // Same with explicit context.check_hostname=True
    context.check_hostname = true;
    h = new client.HTTPSConnection("localhost", server.port, { context });
    await expect(h.request("GET", "/")).rejects.toThrow(ssl.CertificateError);

    // With context.check_hostname=False, the mismatching is ignored
    context.check_hostname = false;
    h = new client.HTTPSConnection("localhost", server.port, { context });
    await h.request("GET", "/nonexistent");
    const resp = await h.getresponse();
    resp.close();
    h.close();
    expect(resp.status).toBe(404);
  });

  test("test_host_port", () => {
    // Check invalid host_port

    for (const hp of ["www.python.org:abc", "user:password@www.python.org"]) {
      expect(() => new client.HTTPSConnection(hp)).toThrow(client.InvalidURL);
    }

    const cases: Array<[string, string, number]> = [
      ["[fe80::207:e9ff:fe9b]:8000", "fe80::207:e9ff:fe9b", 8000],
      ["www.python.org:443", "www.python.org", 443],
      ["www.python.org:", "www.python.org", 443],
      ["www.python.org", "www.python.org", 443],
      ["[fe80::207:e9ff:fe9b]", "fe80::207:e9ff:fe9b", 443],
      ["[fe80::207:e9ff:fe9b]:", "fe80::207:e9ff:fe9b", 443],
    ];
    for (const [hp, h, p] of cases) {
      const c = new client.HTTPSConnection(hp);
      expect(c.host).toBe(h);
      expect(c.port).toBe(p);
    }
  });

  test("test_tls13_pha", () => {
    // CPython skips unless ssl.HAS_TLSv1_3 and ssl.HAS_PHA. Node's TLS cannot perform
    // post-handshake authentication (the port's HAS_PHA is False), but the context keeps
    // the flag as CPython's does, and that flag is all this test checks.
    expect(ssl.HAS_TLSv1_3).toBe(true);
    // just check status of PHA flag
    let h = new client.HTTPSConnection("localhost", 443);
    expect(h._context.post_handshake_auth).toBe(true);

    let context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    expect(context.post_handshake_auth).toBe(false);
    h = new client.HTTPSConnection("localhost", 443, { context });
    expect(h._context).toBe(context);
    expect(h._context.post_handshake_auth).toBe(false);

    context = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT, { cert_file: CERT_localhost });
    context.post_handshake_auth = true;
    h = new client.HTTPSConnection("localhost", 443, { context });
    expect(h._context.post_handshake_auth).toBe(true);
  });
});
