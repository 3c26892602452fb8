// The http-client-py command (src/cli/main.ts): real requests against local servers on
// 127.0.0.1 (ports chosen by the OS), run in this process through main(); the progress bar
// on a real pseudo-terminal (util-linux's `script`, from bsdutils, which Debian and Ubuntu
// install everywhere: it is Essential) with the command run as its own process.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as builtins from "../../src/builtins";
import * as http_client from "../../src/http/client";
import * as io from "../../src/io";
import * as socket from "../../src/socket";
import * as ssl from "../../src/ssl";
import { exceptionTypeName, formatException, Progress, USAGE } from "../../src/cli/main";
import { Collector, runCli } from "./helpers";

const ROOT = path.resolve(__dirname, "..", "..");
const CERTS = path.join(ROOT, "tests", "certs");
const BIG = 3 * 1024 * 1024;

interface Seen {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

let server: http.Server;
let base: string;
let port: number;
let seen: Seen[] = [];
let tlsServer: https.Server;
let tlsPort: number;
let proxy: http.Server;
let proxyPort: number;
let proxied: { url: string; rawHeaders: string[] }[] = [];
let raw: net.Server;
let rawPort: number;
let rawSockets: net.Socket[] = [];
let tmp: string;

function listen(srv: net.Server): Promise<number> {
  return new Promise((resolve) => srv.listen(0, "127.0.0.1", () => resolve((srv.address() as net.AddressInfo).port)));
}

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks);
    seen.push({ method: req.method!, url: req.url!, rawHeaders: req.rawHeaders, body });
    if (req.url === "/hello") {
      res.writeHead(200, { "Content-Type": "text/plain", "Content-Length": "12" });
      res.end("hello world\n");
    } else if (req.url === "/missing") {
      res.writeHead(404, "Not Found", { "Content-Length": "4" });
      res.end("nope");
    } else if (req.url === "/chunked") {
      res.writeHead(200, { "Content-Type": "text/plain" }); // no length: chunked
      res.write("one,");
      setTimeout(() => res.end("two"), 5);
    } else if (req.url === "/big") {
      res.writeHead(200, { "Content-Length": String(BIG) });
      let sent = 0;
      const piece = Buffer.alloc(256 * 1024, 0x61);
      const more = () => {
        if (sent >= BIG) return void res.end();
        sent += piece.length;
        res.write(piece);
        setTimeout(more, 60); // about 0.7 s in all, so that the bar is drawn along the way
      };
      more();
    } else {
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": String(body.length) });
      res.end(body);
    }
  });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cli-test-"));
  server = http.createServer(handler);
  port = await listen(server);
  base = `http://127.0.0.1:${port}`;
  tlsServer = https.createServer({ key: fs.readFileSync(path.join(CERTS, "localhost.key")), cert: fs.readFileSync(path.join(CERTS, "localhost.pem")) }, handler);
  tlsPort = await listen(tlsServer);

  // A CONNECT proxy: records each CONNECT, answers 200 and relays.
  proxy = http.createServer((_req, res) => res.writeHead(405).end());
  proxy.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    proxied.push({ url: req.url!, rawHeaders: req.rawHeaders });
    const i = req.url!.lastIndexOf(":");
    const up = net.connect(Number(req.url!.slice(i + 1)), req.url!.slice(0, i), () => {
      client.write("HTTP/1.1 200 Connection established\r\n\r\n");
      if (head.length) up.write(head);
      client.pipe(up);
      up.pipe(client);
    });
    up.on("error", () => client.destroy());
    client.on("error", () => up.destroy());
  });
  proxyPort = await listen(proxy);

  // A raw server whose behaviour is the first request line's path.
  raw = net.createServer((c) => {
    rawSockets.push(c);
    c.on("error", () => {});
    c.once("data", (d: Buffer) => {
      const target = d.toString("latin1").split(" ")[1];
      if (target === "/close") c.end();
      else if (target === "/short") c.end("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
      // "/silent": no answer
    });
  });
  rawPort = await listen(raw);
});

afterAll(async () => {
  for (const s of rawSockets) s.destroy();
  await Promise.all([server, tlsServer, proxy, raw].map((s) => new Promise((r) => s.close(r))));
  fs.rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  seen = [];
  proxied = [];
});

describe("requests", () => {
  test("GET: the body on stdout, nothing on stderr (not a terminal), exit 0", async () => {
    const r = await runCli(["GET", `${base}/hello`]);
    expect(r).toEqual({ code: 0, stdout: Buffer.from("hello world\n"), stderr: "" });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("GET");
    expect(seen[0]!.rawHeaders).toEqual(["Host", `127.0.0.1:${port}`, "Accept-Encoding", "identity"]);
  });

  test("-i writes the status line and headers, then the body", async () => {
    const r = await runCli(["-i", "GET", `${base}/hello`]);
    expect(r.code).toBe(0);
    const out = r.stdout.toString("latin1");
    // The headers as the server sent them (node:http adds Date, Connection and others).
    expect(out).toMatch(/^HTTP\/1\.1 200 OK\r\nContent-Type: text\/plain\r\nContent-Length: 12\r\n(?:(?:Date|Connection|Keep-Alive): [^\r\n]+\r\n)+\r\nhello world\n$/);
  });

  test("a 404 is a response: exit 0, its body written", async () => {
    const r = await runCli(["-i", "GET", `${base}/missing`]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString("latin1")).toMatch(/^HTTP\/1\.1 404 Not Found\r\n[^]*\r\n\r\nnope$/);
  });

  test("a chunked response is read to its end", async () => {
    const r = await runCli(["GET", `${base}/chunked`]);
    expect(r).toEqual({ code: 0, stdout: Buffer.from("one,two"), stderr: "" });
  });

  test("-o FILE writes the body to the file, nothing to stdout", async () => {
    const out = path.join(tmp, "out.txt");
    const r = await runCli(["-o", out, "GET", `${base}/hello`]);
    expect(r).toEqual({ code: 0, stdout: Buffer.alloc(0), stderr: "" });
    expect(fs.readFileSync(out, "utf8")).toBe("hello world\n");
  });

  test("-d @FILE sends the file's bytes with Content-Length; -H headers follow in order", async () => {
    const file = path.join(tmp, "body.bin");
    const data = Buffer.from([0, 1, 2, 0xff, 0xfe, 0x0d, 0x0a, 0x80]);
    fs.writeFileSync(file, data);
    const r = await runCli(["-d", `@${file}`, "-H", "X-Test: a b ", "-H", "Content-Type:application/x-thing", "PUT", `${base}/echo?q=1`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toEqual(data);
    expect(seen[0]!.method).toBe("PUT");
    expect(seen[0]!.url).toBe("/echo?q=1");
    expect(seen[0]!.body).toEqual(data);
    expect(seen[0]!.rawHeaders).toEqual([
      "Host", `127.0.0.1:${port}`, "Accept-Encoding", "identity", "Content-Length", "8",
      "X-Test", "a b", "Content-Type", "application/x-thing", // Node trims the trailing space
    ]);
  });

  test("-d DATA is a str: http.client sends it ISO-8859-1 encoded", async () => {
    const r = await runCli(["-d", "caf\u00e9", "POST", `${base}/echo`]);
    expect(r.code).toBe(0);
    expect(seen[0]!.body).toEqual(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(seen[0]!.rawHeaders).toContain("Content-Length");
  });

  test("--chunked sends the file with Transfer-Encoding: chunked", async () => {
    const file = path.join(tmp, "chunked.bin");
    const data = Buffer.alloc(20000);
    for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, data);
    const r = await runCli(["--chunked", "-d", `@${file}`, "POST", `${base}/echo`]);
    expect(r.code).toBe(0);
    expect(seen[0]!.body).toEqual(data);
    expect(seen[0]!.rawHeaders).toEqual(["Host", `127.0.0.1:${port}`, "Accept-Encoding", "identity", "Transfer-Encoding", "chunked"]);
    // On the wire: blocks of the connection's blocksize (8192), each framed.
    const dry = await runCli(["--dry-run", "--chunked", "-d", `@${file}`, "POST", `${base}/echo`]);
    const wire = dry.stdout.toString("latin1");
    const head = wire.slice(0, wire.indexOf("\r\n\r\n") + 4);
    expect(head).toBe(`POST /echo HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept-Encoding: identity\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const l = data.toString("latin1");
    expect(wire.slice(head.length)).toBe(`2000\r\n${l.slice(0, 8192)}\r\n2000\r\n${l.slice(8192, 16384)}\r\nE20\r\n${l.slice(16384)}\r\n0\r\n\r\n`);
  });

  test("-v: http.client's debug output, on stderr", async () => {
    const r = await runCli(["-v", "GET", `${base}/hello`]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe("hello world\n");
    const lines = r.stderr.split("\n");
    expect(lines[0]).toBe(`send: b'GET /hello HTTP/1.1\\r\\nHost: 127.0.0.1:${port}\\r\\nAccept-Encoding: identity\\r\\n\\r\\n'`);
    expect(lines[1]).toBe("reply: 'HTTP/1.1 200 OK\\r\\n'");
    expect(lines).toContain("header: Content-Type: text/plain");
    expect(lines).toContain("header: Content-Length: 12");
  });

  test("--tunnel: CONNECT through the proxy, then the request to the URL's host", async () => {
    const r = await runCli(["--tunnel", `127.0.0.1:${proxyPort}`, "-i", "GET", `${base}/hello`]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString("latin1")).toMatch(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nhello world\n$/);
    expect(proxied).toEqual([{ url: `127.0.0.1:${port}`, rawHeaders: ["Host", `127.0.0.1:${port}`] }]);
    expect(seen[0]!.rawHeaders).toEqual(["Host", `127.0.0.1:${port}`, "Accept-Encoding", "identity"]);
  });

  test("https: certificate errors as ssl raises them; -k does not verify, also through a tunnel", async () => {
    const url = `https://127.0.0.1:${tlsPort}/hello`;
    const bad = await runCli(["GET", url]);
    expect(bad.code).toBe(1);
    expect(bad.stdout.length).toBe(0);
    expect(bad.stderr).toMatch(/^ssl\.SSLCertVerificationError: \[SSL: CERTIFICATE_VERIFY_FAILED\] certificate verify failed: unable to get local issuer certificate \(_ssl\.c:\d+\)\n$/);
    expect(await runCli(["-k", "GET", url])).toEqual({ code: 0, stdout: Buffer.from("hello world\n"), stderr: "" });
    const tunnelled = await runCli(["-k", "--tunnel", `127.0.0.1:${proxyPort}`, "GET", url]);
    expect(tunnelled).toEqual({ code: 0, stdout: Buffer.from("hello world\n"), stderr: "" });
    expect(proxied.map((p) => p.url)).toEqual([`127.0.0.1:${tlsPort}`]);
  });
});

describe("Python exceptions: exit 1, the last line of the traceback on stderr", () => {
  test("a refused connection", async () => {
    const srv = net.createServer();
    const free = await listen(srv);
    await new Promise((r) => srv.close(r));
    expect(await runCli(["GET", `http://127.0.0.1:${free}/`])).toEqual({
      code: 1,
      stdout: Buffer.alloc(0),
      stderr: "ConnectionRefusedError: [Errno 111] Connection refused\n",
    });
  });

  test("a server that closes without a response", async () => {
    expect(await runCli(["GET", `http://127.0.0.1:${rawPort}/close`])).toEqual({
      code: 1,
      stdout: Buffer.alloc(0),
      stderr: "http.client.RemoteDisconnected: Remote end closed connection without response\n",
    });
  });

  test("a body cut short: what came is written, then IncompleteRead", async () => {
    expect(await runCli(["GET", `http://127.0.0.1:${rawPort}/short`])).toEqual({
      code: 1,
      stdout: Buffer.from("abc"),
      stderr: "http.client.IncompleteRead: IncompleteRead(3 bytes read, 7 more expected)\n",
    });
  });

  test("--timeout", async () => {
    const t0 = Date.now();
    expect(await runCli(["--timeout", "0.3", "GET", `http://127.0.0.1:${rawPort}/silent`])).toEqual({
      code: 1,
      stdout: Buffer.alloc(0),
      stderr: "TimeoutError: timed out\n",
    });
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  test("what http.client refuses, before anything is sent", async () => {
    expect(await runCli(["--dry-run", "GET", "http://example.com/a b"])).toEqual({
      code: 1,
      stdout: Buffer.alloc(0),
      stderr: "http.client.InvalidURL: URL can't contain control characters. '/a b' (found at least ' ')\n",
    });
    expect((await runCli(["--dry-run", "GET", "http://example.com:port/"])).stderr).toBe("http.client.InvalidURL: nonnumeric port: 'port'\n");
    expect((await runCli(["--dry-run", "-H", "X-A: a\nb", "GET", "http://example.com/"])).stderr).toBe("ValueError: Invalid header value b'a\\nb'\n");
    expect((await runCli(["--dry-run", "-d", "\u20ac", "POST", "http://example.com/"])).stderr).toBe(
      "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: Body ('\u20ac') is not valid Latin-1. Use body.encode('utf-8') if you want to send it encoded in UTF-8.\n",
    );
    expect((await runCli(["GET", "http://[::1/"])).stderr).toBe("ValueError: Invalid IPv6 URL\n");
  });

  test("files: open()'s errors, naming the file", async () => {
    const missing = path.join(tmp, "missing");
    expect(await runCli(["-d", `@${missing}`, "POST", `${base}/echo`])).toEqual({
      code: 1,
      stdout: Buffer.alloc(0),
      stderr: `FileNotFoundError: [Errno 2] No such file or directory: '${missing}'\n`,
    });
    expect((await runCli(["--chunked", "-d", `@${tmp}`, "POST", `${base}/echo`])).stderr).toBe(`IsADirectoryError: [Errno 21] Is a directory: '${tmp}'\n`);
    expect((await runCli(["-o", tmp, "GET", `${base}/hello`])).stderr).toBe(`IsADirectoryError: [Errno 21] Is a directory: '${tmp}'\n`);
    expect(seen).toHaveLength(1); // only the -o one reached the server
  });

  test("type names as a traceback prints them: builtins bare, others module.Class", () => {
    expect(exceptionTypeName(new builtins.ConnectionRefusedError(111, "Connection refused"))).toBe("ConnectionRefusedError");
    expect(exceptionTypeName(new socket.timeout("timed out"))).toBe("TimeoutError");
    expect(exceptionTypeName(new socket.gaierror(-2, "Name or service not known"))).toBe("socket.gaierror");
    expect(exceptionTypeName(new ssl.SSLCertVerificationError(1, "x"))).toBe("ssl.SSLCertVerificationError");
    expect(exceptionTypeName(new io.UnsupportedOperation("fileno"))).toBe("io.UnsupportedOperation");
    expect(exceptionTypeName(new http_client.RemoteDisconnected("x"))).toBe("http.client.RemoteDisconnected");
    expect(formatException(new http_client.ResponseNotReady())).toBe("http.client.ResponseNotReady");
    expect(formatException(new http_client.ResponseNotReady("Idle"))).toBe("http.client.ResponseNotReady: Idle");
  });
});

describe("usage: exit 2 with the usage line, as argparse does", () => {
  const cases: [string[], string][] = [
    [[], "the following arguments are required: METHOD, URL"],
    [["GET"], "the following arguments are required: URL"],
    [["GET", "http://a/", "extra"], "unrecognized arguments: extra"],
    [["--nope", "GET", "http://a/"], "Unknown option '--nope'"],
    [["-H", "no colon", "GET", "http://a/"], "argument -H/--header: expected 'NAME: VALUE', got 'no colon'"],
    [["--timeout", "soon", "GET", "http://a/"], "argument --timeout: invalid float value: 'soon'"],
    [["GET", "ftp://a/"], "unsupported URL scheme 'ftp' (http or https)"],
    [["GET", "example.com/"], "URL must start with http:// or https://: 'example.com/'"],
    [["GET", "http:///x"], "no host in URL 'http:///x'"],
  ];
  test.each(cases)("%j", async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr.startsWith(USAGE)).toBe(true);
    expect(r.stderr.slice(USAGE.length)).toMatch(new RegExp(`^http-client-py: error: ${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });

  test("--help: the help on stdout, exit 0", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain("--dry-run");
    expect(r.stdout.toString().startsWith(USAGE)).toBe(true);
  });
});

describe("progress bar", () => {
  test("the line: percentage, bar, bytes and rate when the length is known; bytes and rate otherwise", () => {
    let now = 0;
    const out = new Collector(true, 80);
    const p = new Progress(out, 2 * 1024 * 1024, () => now);
    now = 500;
    p.update(1024 * 1024);
    now = 1000;
    p.update(1024 * 1024);
    p.finish();
    expect(out.text()).toBe(
      "\r 50% [####################....................] 1.00 MiB / 2.00 MiB  2.00 MiB/s\x1b[K" +
        "\r100% [########################################] 2.00 MiB / 2.00 MiB  2.00 MiB/s\x1b[K\n",
    );
    const unknown = new Progress(new Collector(true), null, () => 2000);
    unknown.update(1500);
    expect(unknown.line(2000)).toBe("1.46 KiB  750 B/s");
  });

  test("shown when stderr is a terminal and the body is not written to it", async () => {
    const out = path.join(tmp, "p.txt");
    const tty = await runCli(["-o", out, "GET", `${base}/hello`], { stderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^\r100% \[#+\] 12 B \/ 12 B  \d+(\.\d+)? (B|KiB|MiB)\/s\x1b\[K\n$/);
    const both = await runCli(["GET", `${base}/hello`], { stderrTTY: true, stdoutTTY: true });
    expect(both.stderr).toBe("");
  });

  test("a real download to a pseudo-terminal draws the bar (script(1))", async () => {
    const out = path.join(tmp, "big.bin");
    const cmd = [process.execPath, "-r", "ts-node/register/transpile-only", "src/cli/bin.ts", "GET", `${base}/big`, "-o", out].map((a) => `'${a}'`).join(" ");
    const child = spawn("script", ["-qfec", cmd, "/dev/null"], { cwd: ROOT, env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") } });
    let text = "";
    child.stdout.on("data", (d: Buffer) => (text += d.toString("latin1")));
    child.stderr.on("data", (d: Buffer) => (text += d.toString("latin1")));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on("error", reject); // no script(1): the test fails, it is not skipped
      child.on("close", resolve);
    });
    expect({ code, text: text.slice(-300) }).toEqual({ code: 0, text: expect.stringContaining("100% [") });
    expect(fs.statSync(out).size).toBe(BIG);
    const draws = text.split("\r").filter((s) => /^\s*\d+% \[[#.]+\] [\d.]+ \S+ \/ 3\.00 MiB  [\d.]+ \S+\/s/.test(s));
    expect(draws.length).toBeGreaterThanOrEqual(2); // drawn along the way, not only at the end
    expect(draws[draws.length - 1]).toMatch(/^100% \[#+\] 3\.00 MiB \/ 3\.00 MiB /);
  }, 30_000);
});

describe("packaging", () => {
  test("package.json's bin is the compiled bin.ts, which starts with a shebang", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin?: Record<string, string> };
    expect(pkg.bin).toEqual({ "http-client-py": "dist/cli/bin.js" });
    const build = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.build.json"), "utf8")) as { compilerOptions: { rootDir: string; outDir: string } };
    const src = path.join(build.compilerOptions.rootDir, path.relative(build.compilerOptions.outDir, pkg.bin!["http-client-py"]!)).replace(/\.js$/, ".ts");
    expect(fs.readFileSync(path.join(ROOT, src), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  });
});
