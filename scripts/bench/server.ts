// The bench's HTTP/1.1 server: its own process on 127.0.0.1, canned responses prepared
// up front, keep-alive, pipelining-safe (requests are answered in order, a response
// waits for the one before it to be fully handed to the kernel). It only does what a
// server must (find the end of each request, skip request bodies) so that it is never
// the bottleneck; run.ts checks its CPU share.
//
// Prints {"port": n, "pid": n} on stdout once listening; exits when stdin closes.

import * as net from "node:net";
import {
  BIG_SIZE,
  CHUNK_SIZE,
  MiB,
  PATH_BIG,
  PATH_BINARY,
  PATH_BYTES,
  PATH_CHUNKED,
  PATH_SMALL,
  PATH_UPLOAD,
  UPLOAD_RESPONSE,
  binaryBlock,
  chunkedResponse,
  filler,
  lengthHead,
  smallResponse,
} from "./common";

const SMALL = smallResponse();
const BIG = Buffer.concat([lengthHead(BIG_SIZE), filler(BIG_SIZE)]);
const CHUNKED = chunkedResponse(BIG_SIZE, CHUNK_SIZE);
const BLOCK = filler(MiB);
const BINARY = binaryBlock();
const UPLOAD_OK = Buffer.from(UPLOAD_RESPONSE, "latin1");
const NOT_FOUND = Buffer.from("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n", "latin1");
const CRLFCRLF = Buffer.from("\r\n\r\n");

/** One response to send: a ready buffer, or n bytes of block (filler by default) streamed with backpressure. */
type Job = { buf: Buffer } | { head: Buffer; stream: number; block?: Buffer };

/** Where the request parser is: in the head, or skipping a body. */
const enum St {
  Head,
  Body, // Content-Length body: `left` bytes to skip
  ChunkSize, // chunked body: expecting a size line
  ChunkData, // chunked body: `left` bytes of data, then CRLF
  Trailer, // chunked body: trailer lines up to an empty one
}

class Conn {
  private rest: Buffer = Buffer.alloc(0);
  private st = St.Head;
  private left = 0;
  private pending: Job | null = null; // the response of the request whose body is being skipped
  private queue: Job[] = [];
  private busy = false;

  constructor(private readonly sock: net.Socket) {
    sock.setNoDelay(true);
    sock.on("data", (d: Buffer) => this.onData(d));
    sock.on("error", () => sock.destroy());
  }

  private onData(d: Buffer): void {
    const b = this.rest.length ? Buffer.concat([this.rest, d]) : d;
    let i = 0;
    for (;;) {
      if (this.st === St.Head) {
        const end = b.indexOf(CRLFCRLF, i);
        if (end < 0) break;
        this.request(b.toString("latin1", i, end));
        i = end + 4;
      } else if (this.st === St.Body) {
        const k = Math.min(this.left, b.length - i);
        i += k;
        this.left -= k;
        if (this.left > 0) break;
        this.bodyDone();
      } else if (this.st === St.ChunkData) {
        const k = Math.min(this.left, b.length - i);
        i += k;
        this.left -= k;
        if (this.left > 0) break;
        this.st = St.ChunkSize;
      } else {
        // ChunkSize or Trailer: one line
        const eol = b.indexOf(0x0a, i);
        if (eol < 0) break;
        const line = b.toString("latin1", i, eol).trim();
        i = eol + 1;
        if (this.st === St.Trailer) {
          if (line === "") this.bodyDone();
        } else if (line === "") {
          // the CRLF that ends a chunk's data
        } else {
          const n = parseInt(line, 16);
          if (n === 0) this.st = St.Trailer;
          else {
            this.left = n;
            this.st = St.ChunkData;
          }
        }
      }
      if (i >= b.length) break;
    }
    this.rest = i < b.length ? Buffer.from(b.subarray(i)) : Buffer.alloc(0);
  }

  private request(head: string): void {
    const sp1 = head.indexOf(" ");
    const sp2 = head.indexOf(" ", sp1 + 1);
    const method = head.slice(0, sp1);
    const path = head.slice(sp1 + 1, sp2);
    const lower = head.toLowerCase();
    let job: Job;
    if (path === PATH_SMALL) job = { buf: SMALL };
    else if (path === PATH_BIG) job = { buf: BIG };
    else if (path === PATH_CHUNKED) job = { buf: CHUNKED };
    else if (path.startsWith(PATH_BYTES)) {
      const n = Number(path.slice(PATH_BYTES.length));
      job = { head: lengthHead(n), stream: n };
    } else if (path.startsWith(PATH_BINARY)) {
      const n = Number(path.slice(PATH_BINARY.length));
      job = { head: lengthHead(n), stream: n, block: BINARY };
    } else if (path === PATH_UPLOAD) job = { buf: UPLOAD_OK };
    else job = { buf: NOT_FOUND };

    if (method === "POST" || method === "PUT") {
      const m = /\r\ncontent-length:\s*(\d+)/.exec(lower);
      if (m) {
        this.left = Number(m[1]);
        this.st = this.left > 0 ? St.Body : St.Head;
      } else if (/\r\ntransfer-encoding:[^\r]*chunked/.test(lower)) {
        this.st = St.ChunkSize;
      }
    }
    if (this.st === St.Head) this.send(job);
    else this.pending = job;
  }

  private bodyDone(): void {
    this.st = St.Head;
    const job = this.pending!;
    this.pending = null;
    this.send(job);
  }

  private send(job: Job): void {
    if (this.busy) {
      this.queue.push(job);
      return;
    }
    if ("buf" in job) {
      this.sock.write(job.buf);
      return;
    }
    // Streamed body: block-sized writes, each after the socket drained the one before.
    this.busy = true;
    this.sock.write(job.head);
    let left = job.stream;
    const block = job.block ?? BLOCK;
    const pump = (): void => {
      while (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!this.sock.write(n === block.length ? block : block.subarray(0, n))) {
          if (left > 0) this.sock.once("drain", pump);
          else this.done();
          return;
        }
      }
      this.done();
    };
    pump();
  }

  private done(): void {
    this.busy = false;
    while (!this.busy && this.queue.length) this.send(this.queue.shift()!);
  }
}

const server = net.createServer({ noDelay: true }, (sock) => new Conn(sock));
server.listen(0, "127.0.0.1", () => {
  const addr = server.address() as net.AddressInfo;
  process.stdout.write(JSON.stringify({ port: addr.port, pid: process.pid }) + "\n");
});
// The bench holds our stdin: when it goes (normally or not), so do we.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
