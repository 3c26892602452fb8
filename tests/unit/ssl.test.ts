// src/ssl.ts: SSLContext's Python semantics, and SSLSocket against real TLS peers on
// 127.0.0.1 (node:tls servers, or the port's own server-side SSLSocket).
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as tls from "node:tls";

import * as ssl from "../../src/ssl";
import * as socketmod from "../../src/socket";
import * as client from "../../src/http/client";
import { FileNotFoundError, OSError, TimeoutError, TypeError, ValueError, repr, str } from "../../src/builtins";
import { BufferedReader } from "../../src/io";

const CERTS = path.join(__dirname, "..", "certs");
const cert = (name: string) => path.join(CERTS, name);
const CA = cert("ca.pem");

/** The certificate dict CPython 3.11 (OpenSSL 3.0) gives for tests/certs/ca.pem. */
const CA_DICT = {
  subject: [[["countryName", "XY"]], [["organizationName", "http.client port"]], [["commonName", "http.client port test CA"]]],
  issuer: [[["countryName", "XY"]], [["organizationName", "http.client port"]], [["commonName", "http.client port test CA"]]],
  version: 3,
  serialNumber: "1000",
  notBefore: "Jan  1 00:00:00 2000 GMT",
  notAfter: "Jan  1 00:00:00 2125 GMT",
};

/** Python's repr() of a dict as _decode_certificate() returns it. */
function reprDict(d: Record<string, unknown>): string {
  return "{" + Object.entries(d).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ") + "}";
}

interface Server {
  port: number;
  conns: net.Socket[];
  close(): Promise<void>;
}

const servers: Server[] = [];
const opened: socketmod.socket[] = [];
const envSaved: Record<string, string | undefined> = {};

function setEnv(name: string, value: string | undefined): void {
  if (!(name in envSaved)) envSaved[name] = process.env[name];
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

afterEach(async () => {
  for (const s of opened.splice(0)) {
    try {
      s.close();
    } catch {
      // already gone
    }
  }
  while (servers.length) await servers.pop()!.close();
  for (const [k, v] of Object.entries(envSaved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
    delete envSaved[k];
  }
});

async function listen(srv: net.Server, conns: net.Socket[]): Promise<Server> {
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => resolve());
  });
  const server: Server = {
    port: (srv.address() as net.AddressInfo).port,
    conns,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of conns) c.destroy();
        srv.close(() => resolve());
      }),
  };
  servers.push(server);
  return server;
}

/** A node:tls server; by default it echoes what it receives. */
async function tlsServer(
  opts: tls.TlsOptions & { certName?: string },
  onSecure: (s: tls.TLSSocket) => void = (s) => s.on("data", (d) => s.write(d)),
): Promise<Server> {
  const name = opts.certName ?? "localhost";
  const keycert = name.startsWith("keycert");
  const conns: net.Socket[] = [];
  const srv = tls.createServer(
    {
      key: fs.readFileSync(cert(keycert ? `${name}.pem` : `${name}.key`)),
      cert: fs.readFileSync(cert(`${name}.pem`)),
      ...opts,
    },
    (s) => {
      s.on("error", () => undefined);
      onSecure(s);
    },
  );
  srv.on("connection", (c) => conns.push(c));
  srv.on("tlsClientError", () => undefined);
  return listen(srv, conns);
}

/** A plain TCP server running onConn for each connection. */
async function tcpServer(onConn: (s: net.Socket) => void): Promise<Server> {
  const conns: net.Socket[] = [];
  const srv = net.createServer((s) => {
    conns.push(s);
    s.on("error", () => undefined);
    onConn(s);
  });
  return listen(srv, conns);
}

async function connect(port: number): Promise<socketmod.socket> {
  const s = await socketmod.create_connection(["127.0.0.1", port]);
  opened.push(s);
  return s;
}

async function wrap(ctx: ssl.SSLContext, port: number, server_hostname: string | null = "localhost", more: Record<string, unknown> = {}): Promise<ssl.SSLSocket> {
  const s = await connect(port);
  const ss = await ctx.wrap_socket(s, { server_hostname, ...more });
  opened.push(ss);
  return ss;
}

async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

function raises(fn: () => unknown): any {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected an exception");
}

function trustingCA(): ssl.SSLContext {
  return ssl.create_default_context({ cafile: CA });
}

describe("SSLContext", () => {
  test("PROTOCOL_TLS_CLIENT defaults", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    expect(c.protocol).toBe(16);
    expect(c.verify_mode).toBe(ssl.CERT_REQUIRED);
    expect(c.check_hostname).toBe(true);
    expect(c.minimum_version).toBe(ssl.TLSVersion.TLSv1_2);
    expect(c.maximum_version).toBe(ssl.TLSVersion.MAXIMUM_SUPPORTED);
    expect(c.post_handshake_auth).toBe(false);
    expect(c.verify_flags).toBe(ssl.VERIFY_X509_TRUSTED_FIRST);
    expect(c.options).toBe(2186412112);
    expect(c.hostname_checks_common_name).toBe(true);
    expect(c.security_level).toBe(2);
    expect(c.cert_store_stats()).toEqual({ x509: 0, crl: 0, x509_ca: 0 });
    expect(c.keylog_filename).toBeNull();
  });

  test("PROTOCOL_TLS_SERVER and PROTOCOL_TLS defaults", () => {
    for (const c of [new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER), new ssl.SSLContext(), new ssl.SSLContext(ssl.PROTOCOL_TLS)]) {
      expect(c.verify_mode).toBe(ssl.CERT_NONE);
      expect(c.check_hostname).toBe(false);
    }
    expect(new ssl.SSLContext().protocol).toBe(ssl.PROTOCOL_TLS);
  });

  test("invalid protocols", () => {
    let e = raises(() => new ssl.SSLContext(99));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("invalid or unsupported protocol version 99");
    e = raises(() => new ssl.SSLContext("x" as never));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("'str' object cannot be interpreted as an integer");
  });

  test("extra constructor arguments are ignored, as SSLContext.__new__ ignores them", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT, { cert_file: "whatever" });
    expect(c.protocol).toBe(ssl.PROTOCOL_TLS_CLIENT);
  });

  test("verify_mode setter", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    let e = raises(() => (c.verify_mode = ssl.CERT_NONE));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
    e = raises(() => (c.verify_mode = 5));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("invalid value for verify_mode");
    for (const [v, t] of [["x", "str"], [null, "NoneType"], [2.5, "float"]] as const) {
      e = raises(() => (c.verify_mode = v));
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toBe(`'${t}' object cannot be interpreted as an integer`);
    }
    c.verify_mode = true; // bool is an int
    expect(c.verify_mode).toBe(ssl.CERT_OPTIONAL);
    expect(c.verify_mode).toBe(1);
  });

  test("check_hostname=True forces CERT_REQUIRED only from CERT_NONE", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    c.check_hostname = false;
    c.verify_mode = ssl.CERT_NONE;
    expect(c.verify_mode).toBe(ssl.CERT_NONE);
    c.check_hostname = true;
    expect(c.verify_mode).toBe(ssl.CERT_REQUIRED);
    c.check_hostname = "";
    expect(c.check_hostname).toBe(false);
    c.verify_mode = ssl.CERT_OPTIONAL;
    c.check_hostname = 1;
    expect(c.check_hostname).toBe(true);
    expect(c.verify_mode).toBe(ssl.CERT_OPTIONAL);
    c.check_hostname = null;
    expect(c.check_hostname).toBe(false);
  });

  test("minimum_version / maximum_version", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    c.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED;
    expect(c.minimum_version).toBe(ssl.TLSVersion.MINIMUM_SUPPORTED);
    c.minimum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED;
    expect(c.minimum_version).toBe(ssl.TLSVersion.TLSv1_3);
    c.maximum_version = ssl.TLSVersion.TLSv1_2;
    expect(c.maximum_version).toBe(771);
    const e = raises(() => (c.minimum_version = 5));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("Unsupported TLS/SSL version 0x5");
    const pinned = new ssl.SSLContext(ssl.PROTOCOL_TLSv1_2);
    const e2 = raises(() => (pinned.maximum_version = ssl.TLSVersion.TLSv1_3));
    expect(e2).toBeInstanceOf(ValueError);
    expect(e2.message).toBe("The context's protocol doesn't support modification of highest and lowest version.");
  });

  test("set_ciphers", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    const e = raises(() => c.set_ciphers("nonsense"));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(repr(e)).toBe("SSLError('No cipher can be selected.')");
    expect(str(e)).toBe("('No cipher can be selected.',)");
    c.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256");
  });

  test("set_alpn_protocols", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    for (const bad of ["", "x".repeat(256)]) {
      const e = raises(() => c.set_alpn_protocols([bad]));
      expect(e).toBeInstanceOf(ssl.SSLError);
      expect(repr(e)).toBe("SSLError('ALPN protocols must be 1 to 255 in length')");
    }
    const e = raises(() => c.set_alpn_protocols([5]));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("encoding without a string argument");
    c.set_alpn_protocols(["h2", "http/1.1"]);
  });

  test("load_verify_locations argument errors", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    const cases: Array<[() => void, string]> = [
      [() => c.load_verify_locations(), "cafile, capath and cadata cannot be all omitted"],
      [() => c.load_verify_locations(5), "cafile should be a valid filesystem path"],
      [() => c.load_verify_locations(null, 5), "capath should be a valid filesystem path"],
      [() => c.load_verify_locations(null, null, 5), "cadata should be an ASCII string or a bytes-like object"],
      [() => c.load_verify_locations({ cadata: "\xe9" }), "cadata should be an ASCII string or a bytes-like object"],
    ];
    for (const [fn, msg] of cases) {
      const e = raises(fn);
      expect(e).toBeInstanceOf(TypeError);
      expect(e.message).toBe(msg);
    }
  });

  test("load_verify_locations failures carry CPython's errors", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    let e = raises(() => c.load_verify_locations("/nonexistent/ca.pem"));
    expect(e).toBeInstanceOf(FileNotFoundError);
    expect(e.args).toEqual([2, "No such file or directory"]);

    e = raises(() => c.load_verify_locations(os.devNull));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e.args).toEqual([136, "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found (_ssl.c:4154)"]);
    expect(e.reason).toBe("NO_CERTIFICATE_OR_CRL_FOUND");
    expect(e.library).toBe("X509");

    e = raises(() => c.load_verify_locations({ cadata: "hello" }));
    expect(e.args).toEqual([0, "no start line: cadata does not contain a certificate (_ssl.c:4020)"]);
    expect(e.reason).toBeNull();
    expect(e.library).toBeNull();
    e = raises(() => c.load_verify_locations({ cadata: Buffer.from("hello") }));
    expect(e.args).toEqual([0, "not enough data: cadata does not contain a certificate (_ssl.c:4020)"]);
    expect(c.cert_store_stats()).toEqual({ x509: 0, crl: 0, x509_ca: 0 });
  });

  test("the trust store: cafile, cadata (PEM and DER), duplicates, stats, get_ca_certs", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    c.load_verify_locations(CA);
    c.load_verify_locations(cert("keycert.pem"));
    expect(c.cert_store_stats()).toEqual({ x509: 2, crl: 0, x509_ca: 1 });
    c.load_verify_locations({ cadata: fs.readFileSync(CA, "latin1") }); // the same CA again
    expect(c.cert_store_stats()).toEqual({ x509: 2, crl: 0, x509_ca: 1 });
    const der = Buffer.concat([
      ssl.PEM_cert_to_DER_cert(fs.readFileSync(cert("selfsigned.pem"), "latin1")),
      ssl.PEM_cert_to_DER_cert(fs.readFileSync(cert("localhost.pem"), "latin1")),
    ]);
    c.load_verify_locations(null, null, der);
    expect(c.cert_store_stats()).toEqual({ x509: 4, crl: 0, x509_ca: 1 });

    const cas = c.get_ca_certs() as Array<Record<string, unknown>>;
    expect(cas).toHaveLength(1);
    expect(cas[0]).toMatchObject(CA_DICT);
    expect(repr(cas[0]!.subject)).toBe("((('countryName', 'XY'),), (('organizationName', 'http.client port'),), (('commonName', 'http.client port test CA'),))");
    const bin = c.get_ca_certs(true) as Buffer[];
    expect(bin[0]!.equals(ssl.PEM_cert_to_DER_cert(fs.readFileSync(CA, "latin1")))).toBe(true);
  });

  test("load_cert_chain", () => {
    const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    let e = raises(() => c.load_cert_chain(cert("nonexistent.pem")));
    expect(e).toBeInstanceOf(FileNotFoundError);
    expect(e.args).toEqual([2, "No such file or directory"]);

    e = raises(() => c.load_cert_chain(cert("ca.key")));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e.args).toEqual([524297, "[SSL] PEM lib (_ssl.c:3905)"]);
    expect(e.library).toBe("SSL");
    expect(e.reason).toBeNull();

    e = raises(() => c.load_cert_chain(cert("localhost.pem"))); // no key in the file
    expect(e.args).toEqual([524297, "[SSL] PEM lib (_ssl.c:3926)"]);

    e = raises(() => c.load_cert_chain(cert("localhost.pem"), cert("client.key")));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e.args).toEqual([116, "[X509: KEY_VALUES_MISMATCH] key values mismatch (_ssl.c:3926)"]);
    expect(e.reason).toBe("KEY_VALUES_MISMATCH");

    e = raises(() => c.load_cert_chain(cert("client.pem"), cert("client-encrypted.key"), "wrong"));
    expect(e.args).toEqual([524297, "[SSL] PEM lib (_ssl.c:3926)"]);

    e = raises(() => c.load_cert_chain(cert("client.pem"), cert("client-encrypted.key"), 5));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("password should be a string or callable");

    e = raises(() => c.load_cert_chain(cert("client.pem"), cert("client-encrypted.key"), () => 5));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("password callback must return a string");

    e = raises(() => c.load_cert_chain(5));
    expect(e.message).toBe("certfile should be a valid filesystem path");

    c.load_cert_chain(cert("client.pem"), cert("client-encrypted.key"), "secret");
    c.load_cert_chain(cert("client.pem"), { keyfile: cert("client-encrypted.key"), password: () => Buffer.from("secret") });
    c.load_cert_chain(cert("keycert.pem"));
  });

  test("create_default_context", () => {
    const c = ssl.create_default_context({ cafile: CA });
    expect(c.protocol).toBe(ssl.PROTOCOL_TLS_CLIENT);
    expect(c.verify_mode).toBe(ssl.CERT_REQUIRED);
    expect(c.check_hostname).toBe(true);
    expect(c.verify_flags).toBe(ssl.VERIFY_X509_TRUSTED_FIRST | ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT);
    expect(c.cert_store_stats()).toEqual({ x509: 1, crl: 0, x509_ca: 1 });

    const server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH);
    expect(server.protocol).toBe(ssl.PROTOCOL_TLS_SERVER);
    expect(server.verify_mode).toBe(ssl.CERT_NONE);
    expect(server.cert_store_stats()).toEqual({ x509: 0, crl: 0, x509_ca: 0 });

    const e = raises(() => ssl.create_default_context("x"));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("x");
    expect(repr(ssl.Purpose.SERVER_AUTH)).toBe(
      "<Purpose.SERVER_AUTH: _ASN1Object(nid=129, shortname='serverAuth', longname='TLS Web Server Authentication', oid='1.3.6.1.5.5.7.3.1')>",
    );
  });

  test("the default trust anchors follow SSL_CERT_FILE, else Node's root store", () => {
    setEnv("SSL_CERT_DIR", undefined);
    setEnv("SSL_CERT_FILE", CA);
    expect(ssl.create_default_context().cert_store_stats()).toEqual({ x509: 1, crl: 0, x509_ca: 1 });
    setEnv("SSL_CERT_FILE", undefined);
    setEnv("NODE_EXTRA_CA_CERTS", undefined);
    const stats = ssl.create_default_context().cert_store_stats();
    expect(stats.x509).toBe(tls.rootCertificates.length);
    setEnv("NODE_EXTRA_CA_CERTS", CA);
    expect(ssl.create_default_context().cert_store_stats().x509).toBe(tls.rootCertificates.length + 1);
  });

  test("keyword arguments: a trailing object, and Python's TypeErrors", async () => {
    let e = raises(() => ssl.create_default_context(null));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("None");
    e = raises(() => ssl.create_default_context({ cafile: CA, bogus: 1 }));
    expect(e.message).toBe("create_default_context() got an unexpected keyword argument 'bogus'");
    e = raises(() => (ssl.create_default_context as (...a: unknown[]) => unknown)(ssl.Purpose.SERVER_AUTH, CA));
    expect(e.message).toBe("create_default_context() takes from 0 to 1 positional arguments but 2 were given");
    const c = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, { cadata: fs.readFileSync(CA, "latin1") });
    expect(c.cert_store_stats().x509).toBe(1);
    expect((c.get_ca_certs({ binary_form: true }) as Buffer[])[0]).toBeInstanceOf(Buffer);
    e = raises(() => c.load_cert_chain({ certfile: cert("client.pem"), keyfile: cert("client.key"), pasword: "x" }));
    // CPython 3.14's C argument parser suggests too
    expect(e.message).toBe("SSLContext.load_cert_chain() got an unexpected keyword argument 'pasword'. Did you mean 'password'?");
    c.load_cert_chain({ certfile: cert("client.pem"), keyfile: cert("client-encrypted.key"), password: "secret" });

    const server = await tlsServer({});
    const sock = await connect(server.port);
    e = await rejection(c.wrap_socket(sock, { server_hostname: "localhost", do_handshake: false }));
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("SSLContext.wrap_socket() got an unexpected keyword argument 'do_handshake'");
    // positionally: server_side, do_handshake_on_connect, suppress_ragged_eofs, server_hostname
    const s = await c.wrap_socket(sock, false, false, true, "localhost");
    opened.push(s);
    expect(s.version()).toBeNull();
    await s.do_handshake();
    expect((s.getpeercert({ binary_form: true }) as Buffer).length).toBeGreaterThan(100);
  });

  test("_create_unverified_context", () => {
    const c = ssl._create_unverified_context();
    expect(c.protocol).toBe(ssl.PROTOCOL_TLS_CLIENT);
    expect(c.verify_mode).toBe(ssl.CERT_NONE);
    expect(c.check_hostname).toBe(false);
    const e = raises(() => ssl._create_unverified_context({ keyfile: cert("client.key") }));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("certfile must be specified");
    const v = ssl._create_unverified_context({ cert_reqs: ssl.CERT_REQUIRED, cafile: CA });
    expect(v.verify_mode).toBe(ssl.CERT_REQUIRED);
    expect(v.cert_store_stats().x509).toBe(1);
  });

  test("http.client's context: ALPN http/1.1, PHA flag, and a replaceable factory", () => {
    expect(ssl._create_default_https_context).toBe(ssl.create_default_context);
    const c = client._create_https_context(11);
    expect(c.post_handshake_auth).toBe(true);
    expect(c.verify_mode).toBe(ssl.CERT_REQUIRED);
    const mod = ssl as unknown as { _create_default_https_context: unknown };
    const saved = mod._create_default_https_context;
    mod._create_default_https_context = ssl._create_unverified_context;
    try {
      expect(client._create_https_context(11).verify_mode).toBe(ssl.CERT_NONE);
    } finally {
      mod._create_default_https_context = saved;
    }
  });

  test("keylog_filename writes the header and the handshake secrets", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ssl-keylog-"));
    try {
      const file = path.join(dir, "keys.log");
      const c = trustingCA();
      c.keylog_filename = file;
      expect(c.keylog_filename).toBe(file);
      expect(fs.readFileSync(file, "latin1")).toBe("# TLS secrets log file, generated by OpenSSL / Python\n");
      const server = await tlsServer({});
      const s = await wrap(c, server.port);
      expect(s.version()).toBe("TLSv1.3");
      expect(fs.readFileSync(file, "latin1")).toMatch(/\nCLIENT_HANDSHAKE_TRAFFIC_SECRET [0-9a-f]+ [0-9a-f]+\n/);
      const e = raises(() => (c.keylog_filename = path.join(dir, "no", "such", "dir")));
      expect(e).toBeInstanceOf(FileNotFoundError);
      expect(c.keylog_filename).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("module functions and exceptions", () => {
  test("exception classes", () => {
    const e = new ssl.SSLCertVerificationError(1, "m");
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e).toBeInstanceOf(OSError);
    expect(e).toBeInstanceOf(ValueError);
    expect(ssl.CertificateError).toBe(ssl.SSLCertVerificationError);
    expect(repr(e)).toBe("SSLCertVerificationError(1, 'm')");
    expect(str(e)).toBe("m");
    expect(str(new ssl.SSLError())).toBe("()");
    expect(new ssl.SSLEOFError()).toBeInstanceOf(ssl.SSLError);
    expect(new ssl.SSLError()).not.toBeInstanceOf(ValueError);
  });

  test("DER_cert_to_PEM_cert / PEM_cert_to_DER_cert", () => {
    expect(ssl.DER_cert_to_PEM_cert(Buffer.from([1, 2]))).toBe("-----BEGIN CERTIFICATE-----\nAQI=\n-----END CERTIFICATE-----\n");
    const pem = fs.readFileSync(CA, "latin1");
    const der = ssl.PEM_cert_to_DER_cert(pem);
    expect(ssl.DER_cert_to_PEM_cert(der)).toBe(pem);
    const e = raises(() => ssl.PEM_cert_to_DER_cert("x"));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("Invalid PEM encoding; must start with -----BEGIN CERTIFICATE-----");
  });

  test("certificate dicts are CPython's (_ssl._test_decode_cert of tests/certs/rich.pem)", () => {
    const d = ssl._decode_certificate(ssl.PEM_cert_to_DER_cert(fs.readFileSync(cert("rich.pem"), "latin1")));
    const name =
      "((('countryName', 'US'),), (('stateOrProvinceName', 'Some-State'),), (('localityName', 'Town'),), " +
      "(('organizationName', 'Org, Inc.'),), (('organizationalUnitName', 'Unit'), ('organizationalUnitName', 'Unit2')), " +
      "(('commonName', 'multi.example'),), (('emailAddress', 'x@y.z'),), (('domainComponent', 'example'),), (('serialNumber', '42'),))";
    // The dates are those of the day the certificate was made.
    expect(d.notBefore).toMatch(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    expect(d.notAfter).toMatch(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
    expect(reprDict(d)).toBe(
      `{'subject': ${name}, 'issuer': ${name}, 'version': 3, 'serialNumber': 'C0FFEE00', ` +
        `'notBefore': ${repr(d.notBefore)}, 'notAfter': ${repr(d.notAfter)}, ` +
        "'subjectAltName': (('DNS', 'a.example'), ('DNS', '*.b.example'), ('email', 'me@example.org'), ('URI', 'https://example.org/x'), " +
        "('IP Address', '2001:DB8:0:0:0:0:0:1'), ('DirName', ((('countryName', 'DE'),), (('commonName', 'Dir Name'),))), ('Registered ID', '1.2.3.4')), " +
        "'OCSP': ('http://ocsp.example.org/',), 'caIssuers': ('http://ca.example.org/ca.crt',), " +
        "'crlDistributionPoints': ('http://crl.example.org/a.crl', 'http://crl2.example.org/b.crl')}",
    );
    const local = ssl._decode_certificate(ssl.PEM_cert_to_DER_cert(fs.readFileSync(cert("localhost.pem"), "latin1")));
    expect(reprDict(local)).toBe(
      "{'subject': ((('countryName', 'XY'),), (('organizationName', 'http.client port'),), (('commonName', 'localhost'),)), " +
        "'issuer': ((('countryName', 'XY'),), (('organizationName', 'http.client port'),), (('commonName', 'http.client port test CA'),)), " +
        "'version': 3, 'serialNumber': '1001', 'notBefore': 'Jan  1 00:00:00 2000 GMT', 'notAfter': 'Jan  1 00:00:00 2125 GMT', " +
        "'subjectAltName': (('DNS', 'localhost'), ('IP Address', '127.0.0.1'), ('IP Address', '0:0:0:0:0:0:0:1'))}",
    );
  });

  test("cert_time_to_seconds", () => {
    expect(ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT")).toBe(1515144883);
    let e = raises(() => ssl.cert_time_to_seconds("Foo  5 09:34:43 2018 GMT"));
    expect(e.message).toBe(`time data 'Foo  5 09:34:43 2018 GMT' does not match format "%b %d %H:%M:%S %Y GMT"`);
    e = raises(() => ssl.cert_time_to_seconds("Jan  5 09:34:43 2018"));
    expect(e.message).toBe("time data '  5 09:34:43 2018' does not match format ' %d %H:%M:%S %Y GMT'");
  });

  test("SSLSocket has no public constructor", () => {
    const e = raises(() => new (ssl.SSLSocket as unknown as new () => unknown)());
    expect(e).toBeInstanceOf(TypeError);
    expect(e.message).toBe("SSLSocket does not have a public constructor. Instances are returned by SSLContext.wrap_socket().");
  });
});

describe("SSLSocket", () => {
  test("wrap_socket argument checks leave the socket usable", async () => {
    const server = await tlsServer({});
    const s = await connect(server.port);
    const c = trustingCA();
    let e = await rejection(c.wrap_socket(s));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("check_hostname requires server_hostname");
    e = await rejection(c.wrap_socket(s, { server_side: true, server_hostname: "localhost" }));
    expect(e.message).toBe("server_hostname can only be specified in client mode");
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
    const ss = await c.wrap_socket(s, { server_hostname: "localhost" });
    opened.push(ss);
    expect(s.fileno()).toBe(-1); // detached: the SSLSocket owns the connection now
    expect(ss.version()).toBe("TLSv1.3");
  });

  test("a verified connection: attributes, certificate, data both ways", async () => {
    const server = await tlsServer({ ALPNProtocols: ["http/1.1"] });
    const c = trustingCA();
    c.set_alpn_protocols(["http/1.1"]);
    const s = await wrap(c, server.port);
    expect(s).toBeInstanceOf(socketmod.socket);
    expect(s.version()).toBe("TLSv1.3");
    expect(s.selected_alpn_protocol()).toBe("http/1.1");
    expect(s.server_hostname).toBe("localhost");
    expect(s.server_side).toBe(false);
    expect(s.context).toBe(c);
    expect(s.compression()).toBeNull();
    const cipher = s.cipher()!;
    expect(cipher[1]).toBe("TLSv1.3");
    expect(cipher[0]).toMatch(/^TLS_/);
    expect([128, 256]).toContain(cipher[2]);
    expect(s.fileno()).toBeGreaterThanOrEqual(0);
    expect(repr(s)).toMatch(/^<ssl\.SSLSocket fd=\d+, family=2, type=1, proto=6, laddr=\('127\.0\.0\.1', \d+\), raddr=\('127\.0\.0\.1', \d+\)>$/);

    const peer = s.getpeercert() as Record<string, unknown>;
    expect(repr(peer.subject)).toBe("((('countryName', 'XY'),), (('organizationName', 'http.client port'),), (('commonName', 'localhost'),))");
    expect(repr(peer.issuer)).toBe("((('countryName', 'XY'),), (('organizationName', 'http.client port'),), (('commonName', 'http.client port test CA'),))");
    expect(peer.version).toBe(3);
    expect(peer.serialNumber).toBe("1001");
    expect(repr(peer.subjectAltName)).toBe("(('DNS', 'localhost'), ('IP Address', '127.0.0.1'), ('IP Address', '0:0:0:0:0:0:0:1'))");
    expect(Object.keys(peer)).toEqual(["subject", "issuer", "version", "serialNumber", "notBefore", "notAfter", "subjectAltName"]);
    const der = s.getpeercert(true) as Buffer;
    expect(der.equals(ssl.PEM_cert_to_DER_cert(fs.readFileSync(cert("localhost.pem"), "latin1")))).toBe(true);

    await s.sendall(Buffer.from("hello over tls\n"));
    const f = s.makefile("rb") as BufferedReader;
    expect(await f.readline()).toEqual(Buffer.from("hello over tls\n"));
    f.close();
    await s.send(Buffer.from("abc"));
    const buf = Buffer.alloc(10);
    let n = 0;
    while (n < 3) n += await s.recv_into(buf.subarray(n));
    expect(buf.subarray(0, 3).toString()).toBe("abc");
    expect(s.get_channel_binding("tls-unique")!.length).toBeGreaterThan(0);
    const e = raises(() => s.get_channel_binding("foo"));
    expect(e.message).toBe("foo channel binding type not implemented");
    s.close();
    expect(s.fileno()).toBe(-1);
  });

  test("CERT_NONE: getpeercert() is empty, the DER form is not", async () => {
    const server = await tlsServer({ certName: "keycert" });
    const s = await wrap(ssl._create_unverified_context(), server.port);
    expect(s.getpeercert()).toEqual({});
    expect((s.getpeercert(true) as Buffer).length).toBeGreaterThan(100);
  });

  test("recv / sendall refuse flags", async () => {
    const server = await tlsServer({});
    const s = await wrap(trustingCA(), server.port);
    let e = await rejection(s.recv(10, 1));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("non-zero flags not allowed in calls to recv() on <class 'ssl.SSLSocket'>");
    e = await rejection(s.sendall(Buffer.from("x"), 1));
    expect(e.message).toBe("non-zero flags not allowed in calls to sendall() on <class 'ssl.SSLSocket'>");
    e = await rejection(s.recv_into(Buffer.alloc(4), null, 2));
    expect(e.message).toBe("non-zero flags not allowed in calls to recv_into() on <class 'ssl.SSLSocket'>");
  });

  test("certificate verification failures", async () => {
    const selfsigned = await tlsServer({ certName: "keycert" });
    let e = await rejection(wrap(ssl.create_default_context(), selfsigned.port));
    expect(e).toBeInstanceOf(ssl.SSLCertVerificationError);
    expect(e).toBeInstanceOf(ValueError);
    expect(e.args).toEqual([1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1032)"]);
    expect(e.verify_code).toBe(18);
    expect(e.verify_message).toBe("self-signed certificate");
    expect(e.reason).toBe("CERTIFICATE_VERIFY_FAILED");
    expect(e.library).toBe("SSL");

    const unknownIssuer = await tlsServer({});
    const noTrust = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
    e = await rejection(wrap(noTrust, unknownIssuer.port));
    expect(e.verify_code).toBe(20);
    expect(e.message).toBe("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1032)");

    // A chain up to a root the client does not trust: OpenSSL's text for code 19, whatever
    // Node's message adds (Node 24 appends advice about --use-system-ca to these).
    const chain = await tlsServer({ cert: Buffer.concat([fs.readFileSync(cert("localhost.pem")), fs.readFileSync(CA)]) });
    e = await rejection(wrap(new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), chain.port));
    expect(e.verify_code).toBe(19);
    expect(e.verify_message).toBe("self-signed certificate in certificate chain");
    expect(e.message).toBe("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1032)");

    const wrongName = await tlsServer({ certName: "wrongname" });
    e = await rejection(wrap(trustingCA(), wrongName.port, "localhost"));
    expect(e).toBeInstanceOf(ssl.CertificateError);
    expect(e.verify_code).toBe(62);
    expect(e.verify_message).toBe("Hostname mismatch, certificate is not valid for 'localhost'.");
    expect(e.message).toBe(
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'localhost'. (_ssl.c:1032)",
    );
    e = await rejection(wrap(trustingCA(), wrongName.port, "127.0.0.1"));
    expect(e.verify_code).toBe(64);
    expect(e.verify_message).toBe("IP address mismatch, certificate is not valid for '127.0.0.1'.");

    // The name is right for an IP address in the SANs, and any name goes without check_hostname.
    const ok = await tlsServer({});
    expect((await wrap(trustingCA(), ok.port, "127.0.0.1")).version()).toBe("TLSv1.3");
    const lax = trustingCA();
    lax.check_hostname = false;
    expect((await wrap(lax, wrongName.port, "localhost")).version()).toBe("TLSv1.3");
    // check_hostname is read when the socket is wrapped
    const later = trustingCA();
    const s = await connect(wrongName.port);
    const p = later.wrap_socket(s, { server_hostname: "localhost" });
    later.check_hostname = false;
    expect(await rejection(p)).toBeInstanceOf(ssl.CertificateError);
  });

  test("a failed handshake closes the connection", async () => {
    let closed!: () => void;
    const peerClosed = new Promise<void>((r) => (closed = r));
    const server = await tlsServer({ certName: "keycert" });
    const s = await connect(server.port);
    while (server.conns.length === 0) await new Promise((r) => setTimeout(r, 5));
    server.conns[0]!.once("close", () => closed());
    await rejection(ssl.create_default_context().wrap_socket(s, { server_hostname: "localhost" }));
    await peerClosed;
    expect(s.fileno()).toBe(-1);
  });

  test("protocol errors: EOF, garbage, timeout", async () => {
    const closing = await tcpServer((c) => c.end());
    let e = await rejection(wrap(trustingCA(), closing.port));
    expect(e).toBeInstanceOf(ssl.SSLEOFError);
    expect(e.args).toEqual([8, "[SSL: UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of protocol (_ssl.c:1032)"]);

    const http = await tcpServer((c) => c.once("data", () => c.end("HTTP/1.1 400 Bad Request\r\n\r\n")));
    e = await rejection(wrap(trustingCA(), http.port));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e.args).toEqual([1, "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1032)"]);
    expect(e.reason).toBe("WRONG_VERSION_NUMBER");
    expect(e.library).toBe("SSL");

    const silent = await tcpServer(() => undefined);
    const s = await connect(silent.port);
    s.settimeout(0.2);
    e = await rejection(trustingCA().wrap_socket(s, { server_hostname: "localhost" }));
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e.message).toBe("_ssl.c:1011: The handshake operation timed out");
  });

  test("bytes the server sent before the handshake reach TLS (and fail it)", async () => {
    const early = await tcpServer((c) => c.write("garbage before the handshake"));
    const s = await connect(early.port);
    // Let the bytes arrive in the plain socket's queue first.
    await new Promise((r) => setTimeout(r, 50));
    const e = await rejection(trustingCA().wrap_socket(s, { server_hostname: "localhost" }));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e.reason).toBe("WRONG_VERSION_NUMBER");
  });

  test("reads: EOF with and without close_notify, read timeout", async () => {
    const clean = await tlsServer({}, (c) => c.end("bye"));
    let s = await wrap(trustingCA(), clean.port);
    const chunks: Buffer[] = [];
    for (let b = await s.recv(100); b.length; b = await s.recv(100)) chunks.push(b);
    expect(Buffer.concat(chunks).toString()).toBe("bye");
    expect(await s.recv(100)).toEqual(Buffer.alloc(0));

    const ragged = await tlsServer({}, (c) => c.write("data", () => setTimeout(() => (c as unknown as { _parent?: net.Socket })._parent?.destroy() ?? c.destroy(), 20)));
    s = await wrap(trustingCA(), ragged.port);
    const got: Buffer[] = [];
    for (let b = await s.recv(100); b.length; b = await s.recv(100)) got.push(b);
    expect(Buffer.concat(got).toString()).toBe("data");

    const quiet = await tlsServer({}, () => undefined);
    s = await wrap(trustingCA(), quiet.port);
    s.settimeout(0.2);
    const e = await rejection(s.recv(10));
    expect(e).toBeInstanceOf(TimeoutError);
    expect(e.message).toBe("The read operation timed out");
  });

  test("do_handshake_on_connect=False: explicit and implicit handshakes", async () => {
    const server = await tlsServer({});
    const s = await wrap(trustingCA(), server.port, "localhost", { do_handshake_on_connect: false });
    expect(s.version()).toBeNull();
    expect(s.cipher()).toBeNull();
    const e = raises(() => s.getpeercert());
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("handshake not done yet");
    expect((s.getpeername() as unknown[])[1]).toBe(server.port);
    await s.do_handshake();
    expect(s.version()).toBe("TLSv1.3");

    const implicit = await wrap(trustingCA(), server.port, "localhost", { do_handshake_on_connect: false });
    await implicit.sendall(Buffer.from("ping"));
    expect(implicit.version()).toBe("TLSv1.3");
    expect((await implicit.recv(10)).toString()).toBe("ping");
  });

  test("wrapping an unconnected socket, then connect()", async () => {
    const server = await tlsServer({});
    const raw = new socketmod.socket();
    opened.push(raw);
    const s = await trustingCA().wrap_socket(raw, { server_hostname: "localhost" });
    opened.push(s);
    expect(s.version()).toBeNull();
    await s.connect(["127.0.0.1", server.port]);
    expect(s.version()).toBe("TLSv1.3");
    const e = await rejection(s.connect(["127.0.0.1", server.port]));
    expect(e).toBeInstanceOf(ValueError);
    expect(e.message).toBe("attempt to connect already-connected SSLSocket!");

    const refused = await trustingCA().wrap_socket(new socketmod.socket(), { server_hostname: "localhost" });
    opened.push(refused);
    const closedPort = await tcpServer(() => undefined);
    const port = closedPort.port;
    await servers.pop()!.close();
    expect(await refused.connect_ex(["127.0.0.1", port])).toBe(111);
  });

  test("TLS versions: maximum_version and OP_NO_TLSv1_3, set_ciphers for TLS 1.2", async () => {
    const server = await tlsServer({});
    const c = trustingCA();
    c.maximum_version = ssl.TLSVersion.TLSv1_2;
    expect((await wrap(c, server.port)).version()).toBe("TLSv1.2");
    const o = trustingCA();
    o.options = o.options | ssl.OP_NO_TLSv1_3;
    expect((await wrap(o, server.port)).version()).toBe("TLSv1.2");
    const ciph = trustingCA();
    ciph.maximum_version = ssl.TLSVersion.TLSv1_2;
    ciph.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256");
    expect((await wrap(ciph, server.port)).cipher()).toEqual(["ECDHE-RSA-AES128-GCM-SHA256", "TLSv1.2", 128]);
  });

  test("capath and SSL_CERT_DIR", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ssl-capath-"));
    try {
      fs.copyFileSync(CA, path.join(dir, "ca.pem"));
      const server = await tlsServer({});
      const c = new ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT);
      c.load_verify_locations(null, dir);
      expect(c.cert_store_stats().x509).toBe(0); // looked up when needed, as OpenSSL does
      expect((await wrap(c, server.port)).version()).toBe("TLSv1.3");

      setEnv("SSL_CERT_FILE", os.devNull);
      setEnv("SSL_CERT_DIR", dir);
      expect((await wrap(ssl.create_default_context(), server.port)).version()).toBe("TLSv1.3");
      setEnv("SSL_CERT_DIR", undefined);
      const e = await rejection(wrap(ssl.create_default_context(), server.port));
      expect(e).toBeInstanceOf(ssl.SSLCertVerificationError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("server side, with a client certificate both ways through the port", async () => {
    const serverCtx = new ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER);
    serverCtx.load_cert_chain(cert("localhost.pem"), cert("localhost.key"));
    serverCtx.verify_mode = ssl.CERT_REQUIRED;
    serverCtx.load_verify_locations(CA);
    serverCtx.set_alpn_protocols(["http/1.1"]);
    const accepted: Array<Promise<ssl.SSLSocket>> = [];
    await tcpServer((c) => {
      const plain = new socketmod.socket(socketmod.AF_INET, socketmod.SOCK_STREAM, 0, c);
      const p = serverCtx.wrap_socket(plain, { server_side: true });
      p.catch(() => undefined); // awaited (and checked) below
      accepted.push(p);
    });
    const port = servers[servers.length - 1]!.port;

    const clientCtx = trustingCA();
    clientCtx.load_cert_chain(cert("client.pem"), cert("client-encrypted.key"), "secret");
    clientCtx.set_alpn_protocols(["http/1.1"]);
    const s = await wrap(clientCtx, port);
    const srv = await accepted[0]!;
    opened.push(srv);
    expect(srv.server_side).toBe(true);
    expect(srv.server_hostname).toBeNull();
    expect(srv.version()).toBe("TLSv1.3");
    expect(srv.selected_alpn_protocol()).toBe("http/1.1");
    const peer = srv.getpeercert() as Record<string, unknown>;
    expect(repr(peer.subject)).toContain("('commonName', 'http.client port test client')");
    await s.sendall(Buffer.from("from client"));
    expect((await srv.recv(100)).toString()).toBe("from client");
    await srv.sendall(Buffer.from("from server"));
    expect((await s.recv(100)).toString()).toBe("from server");

    // Without a client certificate the server refuses; TLS 1.3 tells the client on its first read.
    const anonymous = await wrap(trustingCA(), port);
    const e = await rejection(anonymous.recv(10).then(() => anonymous.recv(10)));
    expect(e).toBeInstanceOf(ssl.SSLError);
    expect(e.reason).toBe("TLSV13_ALERT_CERTIFICATE_REQUIRED");
    await rejection(accepted[1]!);
  });
});
