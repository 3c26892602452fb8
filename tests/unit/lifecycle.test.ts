// Lifecycle as Python's (issue 14): a socket with no operation pending does not keep the
// Node process alive, and no timer outlives its operation. In-process checks of the Node
// handles, then child processes (ts-node) against real servers on 127.0.0.1: a script that
// forgets close(), or ends on a TimeoutError, exits as soon as its last line has run.
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

import * as ssl from "../../src/ssl";
import { create_connection, socket } from "../../src/socket";
import { TimeoutError } from "../../src/builtins";

const ROOT = path.resolve(__dirname, "..", "..");
const SRC = path.join(ROOT, "src");
const CERTS = path.join(ROOT, "tests", "certs");

// ---------------------------------------------------------------------------
// Servers

interface TestServer {
  port: number;
  /** When each connection the server accepted was closed (Date.now()), in order of acceptance. */
  closedAt: Array<number | null>;
  close(): Promise<void>;
}

const servers: TestServer[] = [];

afterAll(async () => {
  while (servers.length) await servers.pop()!.close();
});

async function listen(srv: net.Server): Promise<TestServer> {
  const conns: net.Socket[] = [];
  const closedAt: Array<number | null> = [];
  srv.on("connection", (c: net.Socket) => {
    const i = conns.push(c) - 1;
    closedAt.push(null);
    c.on("error", () => undefined);
    c.on("close", () => (closedAt[i] = Date.now()));
  });
  await new Promise<void>((resolve, reject) => {
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => resolve());
  });
  const server: TestServer = {
    port: (srv.address() as net.AddressInfo).port,
    closedAt,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of conns) c.destroy();
        srv.close(() => resolve());
      }),
  };
  servers.push(server);
  return server;
}

/** A keep-alive node:http server that keeps idle connections for a minute. */
async function keepAliveServer(): Promise<TestServer> {
  const srv = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    req.resume();
    req.on("end", () => res.end("hello, world\n"));
  });
  srv.headersTimeout = 0;
  srv.requestTimeout = 0;
  return listen(srv);
}

/** The same over TLS, with the localhost certificate of tests/certs. */
async function keepAliveTLSServer(): Promise<TestServer> {
  const srv = https.createServer(
    {
      key: fs.readFileSync(path.join(CERTS, "localhost.key")),
      cert: fs.readFileSync(path.join(CERTS, "localhost.pem")),
      keepAliveTimeout: 60_000,
    },
    (req, res) => {
      req.resume();
      req.on("end", () => res.end("hello, world\n"));
    },
  );
  srv.headersTimeout = 0;
  srv.requestTimeout = 0;
  return listen(srv);
}

/** A server that accepts and never answers (nor reads). */
async function silentServer(): Promise<TestServer> {
  return listen(net.createServer({ pauseOnConnect: true }));
}

// ---------------------------------------------------------------------------
// Child processes (reusable: write a script, run it, check how it ends)

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Date.now() the script printed on its last line ("LAST <ms>"), or null. */
  lastLineAt: number | null;
  /** When the parent saw the child exit (Date.now()). */
  exitedAt: number;
  /** exitedAt - lastLineAt: how long the process lived after its last line (Infinity: killed, or no last line). */
  exitAfterLastLineMs: number;
}

/** A string literal of the absolute path of a module of src/, for a child script's import. */
function srcModule(name: string): string {
  return JSON.stringify(path.join(SRC, name));
}

/**
 * Runs a TypeScript script in a child `node -r ts-node/register/transpile-only` and
 * reports how it ended. The script imports the package by absolute path (srcModule())
 * and prints `LAST <Date.now()>` on its last line. A child still running `killAfterMs`
 * after its start is killed (exitAfterLastLineMs is then Infinity).
 */
async function runChild(source: string, args: readonly string[] = [], killAfterMs = 50_000): Promise<ChildRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lifecycle-"));
  const file = path.join(dir, "script.ts");
  fs.writeFileSync(file, source);
  const env: NodeJS.ProcessEnv = { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") };
  delete env.NODE_OPTIONS; // jest's --experimental-vm-modules would print a warning of its own
  try {
    return await new Promise<ChildRun>((resolve, reject) => {
      const child = spawn(process.execPath, ["-r", require.resolve("ts-node/register/transpile-only"), file, ...args], {
        cwd: ROOT,
        env,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      let killed = false;
      child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      const timer = setTimeout(() => {
        killed = true;
        child.kill("SIGKILL");
      }, killAfterMs);
      child.on("error", reject);
      child.on("exit", (code, signal) => {
        const exitedAt = Date.now();
        clearTimeout(timer);
        const m = /^LAST (\d+)$/m.exec(stdout);
        const lastLineAt = m ? Number(m[1]) : null;
        // stdout may still be arriving: wait for the streams to end before resolving.
        child.on("close", () => {
          const last = /^LAST (\d+)$/m.exec(stdout);
          const at = last ? Number(last[1]) : lastLineAt;
          resolve({
            code,
            signal,
            stdout,
            stderr,
            lastLineAt: at,
            exitedAt,
            exitAfterLastLineMs: killed || at === null ? Infinity : exitedAt - at,
          });
        });
      });
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The child ran to its last line and exited within 1 s of it, cleanly and silently. */
function expectPromptExit(run: ChildRun): void {
  expect({ stderr: run.stderr, code: run.code, signal: run.signal }).toEqual({ stderr: "", code: 0, signal: null });
  expect(run.lastLineAt).not.toBeNull();
  expect(run.exitAfterLastLineMs).toBeLessThan(1000);
}

// ---------------------------------------------------------------------------
// In-process: the handles and timers behind a socket

type Handle = { hasRef(): boolean };

/** Whether the Node socket's handle keeps the process alive. */
function refed(nsock: net.Socket | null | undefined): boolean {
  const h = (nsock as unknown as { _handle?: Handle | null } | null)?._handle;
  if (!h) throw new Error("no handle");
  return h.hasRef();
}

/** The plain TCP Node socket under a socket (under TLS: the one TLS runs over). */
function tcpOf(s: socket): net.Socket {
  const obj = (s as unknown as { _sslobj?: { raw: net.Socket | null } | null })._sslobj;
  return obj?.raw ?? s._sock!;
}

/**
 * Counts the timers that src/ sets and that have neither fired nor been cleared, while fn
 * runs (setTimeout and clearTimeout wrapped meanwhile). Counting the process's timers
 * instead would count jest's too (its reporter's, which come and go on their own).
 */
async function withPortTimers(fn: (count: () => number) => Promise<void>): Promise<void> {
  const SRC = path.join(__dirname, "..", "..", "src") + path.sep;
  const realSet = global.setTimeout;
  const realClear = global.clearTimeout;
  const pending = new Set<unknown>();
  global.setTimeout = ((cb: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const ours = (new Error().stack ?? "").includes(SRC);
    const t = realSet((...a: unknown[]) => {
      pending.delete(t);
      cb(...a);
    }, ms, ...args);
    if (ours) pending.add(t);
    return t;
  }) as typeof setTimeout;
  global.clearTimeout = ((t?: NodeJS.Timeout | string | number) => {
    pending.delete(t);
    realClear(t);
  }) as typeof clearTimeout;
  try {
    await fn(() => pending.size);
  } finally {
    global.setTimeout = realSet;
    global.clearTimeout = realClear;
  }
}
const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe("in process", () => {
  const opened: socket[] = [];
  afterEach(() => {
    for (const s of opened.splice(0)) s.close();
  });

  test("a connected socket is unreferenced; referenced exactly while a read waits", async () => {
    let peer!: net.Socket;
    const srv = await listen(net.createServer((c) => (peer = c)));
    const s = await create_connection(["127.0.0.1", srv.port]);
    opened.push(s);
    expect(refed(s._sock)).toBe(false);
    const pending = s.recv(5);
    expect(refed(s._sock)).toBe(true);
    await delay(20);
    expect(refed(s._sock)).toBe(true);
    peer.write("hello");
    expect((await pending).toString()).toBe("hello");
    expect(refed(s._sock)).toBe(false);
    // Two reads waiting at once: referenced until both are done.
    const a = s.recv(1);
    const b = s.recv(1);
    peer.write("x");
    expect((await a).toString()).toBe("x");
    expect(refed(s._sock)).toBe(true);
    peer.write("y");
    expect((await b).toString()).toBe("y"); // not b"" although the first wake-up was a's
    expect(refed(s._sock)).toBe(false);
  });

  test("a write the kernel cannot take is referenced until it is done, or times out", async () => {
    const srv = await silentServer();
    const s = await create_connection(["127.0.0.1", srv.port], 0.2);
    opened.push(s);
    const small = s.sendall(Buffer.from("GET / HTTP/1.1\r\n\r\n"));
    expect(refed(s._sock)).toBe(false); // the kernel took it at once
    await small;
    const big = s.sendall(Buffer.alloc(64 * 1024 * 1024));
    expect(refed(s._sock)).toBe(true);
    await expect(big).rejects.toBeInstanceOf(TimeoutError);
    expect(refed(s._sock)).toBe(false);
  });

  test("bytes arriving while nothing is pending are queued intact, beyond the pause level too", async () => {
    const body = Buffer.alloc(3 * 1024 * 1024 + 17);
    for (let i = 0; i < body.length; i++) body[i] = (i * 7 + (i >> 12)) & 0xff;
    const srv = await listen(net.createServer((c) => c.end(body)));
    const s = await create_connection(["127.0.0.1", srv.port]);
    opened.push(s);
    await delay(200); // everything arrives (up to the pause level) with no read pending
    expect(refed(s._sock)).toBe(false);
    const parts: Buffer[] = [];
    for (;;) {
      const b = await s.recv(1 << 20);
      if (b.length === 0) break;
      parts.push(b);
    }
    expect(Buffer.concat(parts).equals(body)).toBe(true);
  });

  test("no timer outlives its operation", async () => {
    await withPortTimers(async (timers) => {
      let peer!: net.Socket;
      const srv = await listen(net.createServer((c) => (peer = c)));
      const s = await create_connection(["127.0.0.1", srv.port], 5);
      opened.push(s);
      expect(timers()).toBe(0); // the connect's is gone
      const pending = s.recv(2);
      expect(timers()).toBe(1);
      peer.write("ok");
      await pending;
      expect(timers()).toBe(0);
      await s.sendall(Buffer.from("x"));
      expect(timers()).toBe(0);
      s.settimeout(0.05);
      await expect(s.recv(1)).rejects.toBeInstanceOf(TimeoutError);
      expect(timers()).toBe(0);
      const closing = s.recv(1);
      expect(timers()).toBe(1);
      s.close();
      await expect(closing).rejects.toMatchObject({ errno: 9 });
      expect(timers()).toBe(0);
    });
  });

  test("TLS: referenced during the handshake and while a read waits, not in between", async () => {
    const srv = await keepAliveTLSServer();
    const raw = await create_connection(["127.0.0.1", srv.port]);
    const ctx = ssl.create_default_context();
    ctx.load_verify_locations(path.join(CERTS, "ca.pem"));
    const tcp = raw._sock!;
    expect(refed(tcp)).toBe(false);
    const wrapping = ctx.wrap_socket(raw, { server_hostname: "localhost" });
    expect(refed(tcp)).toBe(true); // the handshake runs
    const ss = await wrapping;
    opened.push(ss);
    expect(tcpOf(ss)).toBe(tcp);
    expect(refed(tcp)).toBe(false);
    await ss.sendall(Buffer.from("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));
    expect(refed(tcpOf(ss))).toBe(false);
    const pending = ss.recv(1 << 16);
    expect(refed(tcpOf(ss))).toBe(true);
    expect((await pending).toString("latin1")).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(refed(tcpOf(ss))).toBe(false);
  });
});

// ---------------------------------------------------------------------------
// Child processes

// ts-node compiles the package in each child: seconds on a busy machine (not measured).
const CHILD_TEST_TIMEOUT = 60_000;

describe("child processes exit as soon as their last line has run", () => {
  test("a script that forgets close() against a keep-alive server", async () => {
    const srv = await keepAliveServer();
    const run = await runChild(
      `
import * as http_client from ${srcModule("http/client")};
async function forgetsToClose(port: number): Promise<void> {
  const conn = new http_client.HTTPConnection("127.0.0.1", port);
  await conn.request("GET", "/");
  const resp = await conn.getresponse();
  const body = await resp.read();
  console.log(resp.status, resp.getheader("Connection"), body.toString().trim());
  console.log(\`LAST \${Date.now()}\`);
}
void forgetsToClose(Number(process.argv[2]));
`,
      [String(srv.port)],
    );
    expect(run.stdout).toMatch(/^200 keep-alive hello, world$/m);
    expectPromptExit(run);
    // The connection stayed open until the process ended.
    expect(srv.closedAt).toHaveLength(1);
    expect(srv.closedAt[0]).not.toBeNull();
    expect(srv.closedAt[0]!).toBeGreaterThanOrEqual(run.lastLineAt!);
  }, CHILD_TEST_TIMEOUT);

  test("a script that ends on a TimeoutError against a server that never answers", async () => {
    const srv = await silentServer();
    const run = await runChild(
      `
import * as http_client from ${srcModule("http/client")};
async function waitsForASilentServer(port: number): Promise<void> {
  const conn = new http_client.HTTPConnection("127.0.0.1", port, { timeout: 0.3 });
  await conn.request("GET", "/");
  try {
    await conn.getresponse();
  } catch (e) {
    console.log(String(e), (e as { code?: string }).code);
  }
  console.log(\`LAST \${Date.now()}\`);
}
void waitsForASilentServer(Number(process.argv[2]));
`,
      [String(srv.port)],
    );
    expect(run.stdout).toMatch(/^TimeoutError: timed out ETIMEDOUT$/m);
    expectPromptExit(run);
  }, CHILD_TEST_TIMEOUT);

  test("a script whose getresponse() is aborted by its signal", async () => {
    const srv = await silentServer();
    const run = await runChild(
      `
import * as http_client from ${srcModule("http/client")};
async function abortsItsRequest(port: number): Promise<void> {
  const ac = new AbortController();
  const conn = new http_client.HTTPConnection("127.0.0.1", port, { signal: ac.signal });
  await conn.request("GET", "/");
  setTimeout(() => ac.abort(), 100);
  try {
    await conn.getresponse();
  } catch (e) {
    console.log((e as Error).name, conn.sock === null);
  }
  console.log(\`LAST \${Date.now()}\`);
}
void abortsItsRequest(Number(process.argv[2]));
`,
      [String(srv.port)],
    );
    expect(run.stdout).toMatch(/^AbortError true$/m);
    expectPromptExit(run);
  }, CHILD_TEST_TIMEOUT);

  test("an HTTPS script that forgets close()", async () => {
    const srv = await keepAliveTLSServer();
    const run = await runChild(
      `
import * as http_client from ${srcModule("http/client")};
import * as ssl from ${srcModule("ssl")};
async function forgetsToCloseTLS(port: number): Promise<void> {
  const context = ssl.create_default_context();
  context.load_verify_locations(${JSON.stringify(path.join(CERTS, "ca.pem"))});
  const conn = new http_client.HTTPSConnection("localhost", port, { context });
  await conn.request("GET", "/");
  const resp = await conn.getresponse();
  console.log(resp.status, (await resp.read()).toString().trim());
  console.log(\`LAST \${Date.now()}\`);
}
void forgetsToCloseTLS(Number(process.argv[2]));
`,
      [String(srv.port)],
    );
    expect(run.stdout).toMatch(/^200 hello, world$/m);
    expectPromptExit(run);
  }, CHILD_TEST_TIMEOUT);
});
