// Unit tests of src/io.ts. Expected values are CPython 3.14's (checked with Pyodide);
// the scenario-by-scenario comparisons are in io.cpython.test.ts and io.memory.test.ts.

import { ConnectionResetError, InterruptedError, OSError, ValueError, repr } from "../../src/builtins";
import {
  BufferedIOBase,
  BufferedReader,
  BytesIO,
  DEFAULT_BUFFER_SIZE,
  IOBase,
  RawIOBase,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  StringIO,
  TextIOBase,
  UnsupportedOperation,
  type RawIO,
} from "../../src/io";

const b = (s: string): Buffer => Buffer.from(s, "latin1");

/** A raw stream over data whose readinto() returns at most k bytes, logging the sizes asked. */
class Raw implements RawIO {
  closed = false;
  log: number[] = [];
  pos = 0;

  constructor(
    public data: Buffer,
    public k = Infinity,
    public delay = false,
  ) {}

  readable(): boolean {
    return true;
  }

  close(): void {
    this.closed = true;
  }

  readinto(buf: Uint8Array): number | Promise<number> {
    this.log.push(buf.length);
    const n = Math.min(this.k, buf.length, this.data.length - this.pos);
    buf.set(this.data.subarray(this.pos, this.pos + n));
    this.pos += n;
    return this.delay ? new Promise((r) => setImmediate(() => r(n))) : n;
  }
}

async function caught(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  throw new Error("no exception raised");
}

function caughtSync(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("no exception raised");
}

describe("module constants and UnsupportedOperation", () => {
  test("values", () => {
    expect(DEFAULT_BUFFER_SIZE).toBe(131072);
    expect([SEEK_SET, SEEK_CUR, SEEK_END]).toEqual([0, 1, 2]);
  });

  test("UnsupportedOperation is both an OSError and a ValueError", () => {
    const e = new UnsupportedOperation("fileno");
    expect(e).toBeInstanceOf(OSError);
    expect(e).toBeInstanceOf(ValueError);
    expect(e.name).toBe("UnsupportedOperation");
    expect(repr(e)).toBe("UnsupportedOperation('fileno')");
    expect(new ValueError("x")).not.toBeInstanceOf(UnsupportedOperation);
  });
});

describe("IOBase", () => {
  test("defaults", () => {
    const f = new IOBase();
    expect(f.readable()).toBe(false);
    expect(f.writable()).toBe(false);
    expect(f.seekable()).toBe(false);
    expect(f.isatty()).toBe(false);
    expect(repr(caughtSync(() => f.fileno()))).toBe("UnsupportedOperation('fileno')");
    expect(repr(caughtSync(() => f.tell()))).toBe("UnsupportedOperation('seek')");
    expect(repr(caughtSync(() => f.truncate()))).toBe("UnsupportedOperation('truncate')");
    expect(repr(caughtSync(() => f.readline()))).toBe(`AttributeError("'IOBase' object has no attribute 'read'")`);
    expect(repr(caughtSync(() => f._checkReadable()))).toBe("UnsupportedOperation('File or stream is not readable.')");
    expect(f.closed).toBe(false);
    f.flush();
    f._checkClosed();
  });

  test("close() sets closed; later calls check it", () => {
    const f = new IOBase();
    f.close();
    expect(f.closed).toBe(true);
    f.close(); // no effect the second time
    for (const call of [() => f.flush(), () => f.isatty(), () => f._checkClosed(), () => f.readlines()]) {
      expect(repr(caughtSync(call))).toBe("ValueError('I/O operation on closed file.')");
    }
    expect(repr(caughtSync(() => f._checkClosed("custom")))).toBe("ValueError('custom')");
  });

  test("close() sets the flag even when flush() raises", () => {
    let flushes = 0;
    class F extends IOBase {
      override flush(): void {
        flushes++;
        throw new OSError("flush failed");
      }
    }
    const f = new F();
    expect(repr(caughtSync(() => f.close()))).toBe("OSError('flush failed')");
    expect(f.closed).toBe(true);
    f.close();
    expect(flushes).toBe(1);
  });

  /** A BufferedIOBase whose read() and peek() work on data, optionally asynchronously. */
  class Peeky extends BufferedIOBase {
    pos = 0;
    reads: number[] = [];
    constructor(
      public data: Buffer,
      public peekSize: number | null,
      public async_ = false,
    ) {
      super();
      if (peekSize === null) (this as { peek?: unknown }).peek = undefined;
    }
    private wrap<T>(v: T): T | Promise<T> {
      return this.async_ ? new Promise((r) => setImmediate(() => r(v))) : v;
    }
    peek(_n = 0): Buffer | Promise<Buffer> {
      return this.wrap(this.data.subarray(this.pos, this.pos + this.peekSize!));
    }
    override read(n: number | null = -1): Buffer | Promise<Buffer> {
      this.reads.push(n as number);
      const end = n === null || n < 0 ? this.data.length : this.pos + n;
      const r = this.data.subarray(this.pos, end);
      this.pos += r.length;
      return this.wrap(r);
    }
  }

  test("readline() reads up to the newline that peek() shows", () => {
    const f = new Peeky(b("abcdefghijklmnop\nxyz"), 7);
    expect(f.readline()).toEqual(b("abcdefghijklmnop\n"));
    expect(f.reads).toEqual([7, 7, 3]);
    expect(f.readline()).toEqual(b("xyz"));
    expect(f.readline()).toEqual(b(""));
  });

  test("readline(size) can return more than size, as CPython does", () => {
    // CPython: readline(10) returns b'abcdefghijklmn' here (the limit bounds the loop, not the reads).
    const f = new Peeky(b("abcdefghijklmnop\nxyz"), 7);
    expect(f.readline(10)).toEqual(b("abcdefghijklmn"));
    expect(f.readline(3)).toEqual(b("op\n"));
    expect(f.readline(0)).toEqual(b(""));
  });

  test("readline() without peek() reads one byte at a time", () => {
    const f = new Peeky(b("ab\ncd"), null);
    expect(f.readline()).toEqual(b("ab\n"));
    expect(f.reads).toEqual([1, 1, 1]);
  });

  test("readline() stays synchronous with a synchronous stream and is async with an async one", async () => {
    const sync = new Peeky(b("one\ntwo\n"), 2);
    const r1 = sync.readline();
    expect(r1).toBeInstanceOf(Buffer);
    const asyncf = new Peeky(b("one\ntwo\n"), 2, true);
    const r2 = asyncf.readline();
    expect(r2).toBeInstanceOf(Promise);
    expect(await r2).toEqual(r1);
    expect(await asyncf.readline(2)).toEqual(b("tw"));
    expect(await asyncf.readlines()).toEqual([b("o\n")]);
    expect(sync.readlines()).toEqual([b("two\n")]);
  });

  test("readline() checks what peek() and read() return", () => {
    class BadPeek extends BufferedIOBase {
      peek(): unknown {
        return 1;
      }
    }
    class BadRead extends BufferedIOBase {
      override read(): Buffer {
        return "x" as unknown as Buffer;
      }
    }
    expect(repr(caughtSync(() => new BadPeek().readline()))).toBe(
      `OSError("peek() should have returned a bytes object, not 'int'")`,
    );
    expect(repr(caughtSync(() => new BadRead().readline()))).toBe(
      `OSError("read() should have returned a bytes object, not 'str'")`,
    );
  });

  test("readline() retries after EINTR, synchronously and asynchronously", async () => {
    for (const async_ of [false, true]) {
      const f = new Peeky(b("ab\n"), 5, async_);
      let interrupts = 1;
      const read = f.read.bind(f);
      f.read = (n) => {
        if (interrupts-- > 0) {
          const e = new InterruptedError(4, "Interrupted system call");
          if (async_) return Promise.reject(e);
          throw e;
        }
        return read(n);
      };
      expect(await f.readline()).toEqual(b("ab\n"));
    }
  });

  test("readlines(hint) and iteration", async () => {
    const f = new Peeky(b("a\nbb\nccc\ndddd\n"), 4, true);
    expect(await f.readlines(3)).toEqual([b("a\n"), b("bb\n")]);
    const rest: Buffer[] = [];
    for await (const line of f) rest.push(line);
    expect(rest).toEqual([b("ccc\n"), b("dddd\n")]);
    f.close();
    expect(repr(await caught(async () => { for await (const _ of f); }))).toBe("ValueError('I/O operation on closed file.')");
  });

  test("readlines() iterates with a subclass's own iteration, asynchronously", async () => {
    // Like http.client.HTTPResponse, whose __iter__ does not check for closed.
    class OwnIter extends Peeky {
      override [Symbol.asyncIterator](): AsyncIterator<Buffer> {
        return {
          next: async () => {
            const line = await this.readline();
            return line.length ? { done: false, value: line } : { done: true, value: undefined };
          },
        };
      }
    }
    const f = new OwnIter(b("a\nbb\nccc\n"), 4);
    const p = f.readlines(2);
    expect(p).toBeInstanceOf(Promise);
    expect(await p).toEqual([b("a\n"), b("bb\n")]);
    f.close();
    expect(await f.readlines()).toEqual([b("ccc\n")]);
    const bad = f.readlines("x" as unknown as number);
    expect(bad).toBeInstanceOf(Promise);
    expect(repr(await caught(() => bad))).toBe(`TypeError("argument should be integer or None, not 'str'")`);
  });

  test("writelines() calls write() for each line", async () => {
    const written: unknown[] = [];
    class W extends IOBase {
      write(x: unknown): Promise<number> {
        written.push(x);
        return Promise.resolve(1);
      }
    }
    await new W().writelines(["a", "b"]);
    expect(written).toEqual(["a", "b"]);
    expect(repr(caughtSync(() => new IOBase().writelines(["a"])))).toBe(
      `AttributeError("'IOBase' object has no attribute 'write'")`,
    );
  });
});

describe("RawIOBase", () => {
  class R extends RawIOBase {
    calls = 0;
    constructor(public replies: unknown[]) {
      super();
    }
    override readinto(buf: Uint8Array): number | null {
      const r = this.replies[this.calls++];
      if (typeof r === "string") {
        buf.set(b(r));
        return r.length;
      }
      return r as number | null;
    }
  }

  test("a size past what can be allocated raises MemoryError, as CPython's malloc fails", async () => {
    // (CPython allocates the n-byte result first: PyBytes_FromStringAndSize(NULL, n))
    const huge = 2 ** 44;
    expect(repr(caughtSync(() => new R(["ab"]).read(huge)))).toBe("MemoryError()");
    expect(repr(await caught(() => new BufferedReader(new Raw(b("abc"))).read1(huge)))).toBe("MemoryError()");
    expect(repr(await caught(() => new BufferedReader(new Raw(b("abc"))).read(huge)))).toBe("MemoryError()");
    // what is buffered is returned without allocating n
    const r = new BufferedReader(new Raw(b("abc")));
    expect(await r.peek(1)).toEqual(b("abc"));
    expect(await r.read1(huge)).toEqual(b("abc"));
  });

  test("read(n) goes through readinto()", () => {
    expect(new R(["ab"]).read(5)).toEqual(b("ab"));
    expect(new R([null]).read(5)).toBeNull();
    expect(repr(caughtSync(() => new R([4]).read(3)))).toBe("ValueError('readinto returned 4 outside buffer size 3')");
    expect(repr(caughtSync(() => new R([-1]).read(3)))).toBe("ValueError('readinto returned -1 outside buffer size 3')");
    expect(repr(caughtSync(() => new R([2.5]).read(3)))).toBe(`TypeError("'float' object cannot be interpreted as an integer")`);
    expect(repr(caughtSync(() => new R([]).read(null as unknown as number)))).toBe(
      `TypeError("'NoneType' object cannot be interpreted as an integer")`,
    );
  });

  test("read() and readall() read DEFAULT_BUFFER_SIZE blocks until EOF", () => {
    expect(new R(["ab", "cd", 0]).read()).toEqual(b("abcd"));
    expect(new R(["ab", null]).readall()).toEqual(b("ab"));
    expect(new R([null]).readall()).toBeNull();
    expect(new R([0]).readAll()).toEqual(b(""));
  });

  test("read() is asynchronous when readinto() is", async () => {
    class A extends RawIOBase {
      override async readinto(buf: Uint8Array): Promise<number> {
        buf.set(b("xyz"));
        return 3;
      }
    }
    const p = new A().read(4);
    expect(p).toBeInstanceOf(Promise);
    expect(await p).toEqual(b("xyz"));
  });

  test("unimplemented methods", () => {
    expect(caughtSync(() => new RawIOBase().readinto(new Uint8Array(1)))).toBeInstanceOf(Error);
    expect(repr(caughtSync(() => new RawIOBase().read(1)))).toBe("NotImplementedError()");
    expect(repr(caughtSync(() => new RawIOBase().write(b(""))))).toBe("NotImplementedError()");
  });
});

describe("BufferedIOBase", () => {
  class R extends BufferedIOBase {
    override read(n: number | null = -1): Buffer {
      return n !== null && n >= 0 ? b("abcdef").subarray(0, n) : b("abcdef");
    }
    override read1(): Buffer {
      return null as unknown as Buffer;
    }
  }

  test("readinto() and readinto1() go through read() and read1()", () => {
    const buf = Buffer.alloc(3);
    expect(new R().readinto(buf)).toBe(3);
    expect(buf).toEqual(b("abc"));
    expect(new R().readInto(new Uint8Array(10))).toBe(6);
    expect(repr(caughtSync(() => new R().readinto1(Buffer.alloc(3))))).toBe("TypeError('read() should return bytes')");
    class TooMuch extends BufferedIOBase {
      override read(): Buffer {
        return b("abcdef");
      }
    }
    expect(repr(caughtSync(() => new TooMuch().readinto(Buffer.alloc(3))))).toBe(
      "ValueError('read() returned too much data: 3 bytes requested, 6 returned')",
    );
    expect(repr(caughtSync(() => new R().readinto("abc" as unknown as Uint8Array)))).toBe(
      "TypeError('readinto() argument must be read-write bytes-like object, not str')",
    );
  });

  test("unsupported operations", () => {
    const f = new BufferedIOBase();
    expect(repr(caughtSync(() => f.read()))).toBe("UnsupportedOperation('read')");
    expect(repr(caughtSync(() => f.read1()))).toBe("UnsupportedOperation('read1')");
    expect(repr(caughtSync(() => f.write(b(""))))).toBe("UnsupportedOperation('write')");
    expect(repr(caughtSync(() => f.detach()))).toBe("UnsupportedOperation('detach')");
    expect(repr(caughtSync(() => f.readinto(Buffer.alloc(2))))).toBe("UnsupportedOperation('read')");
  });
});

describe("TextIOBase", () => {
  test("StringIO is a TextIOBase; BytesIO and BufferedReader are not", () => {
    expect(new StringIO()).toBeInstanceOf(TextIOBase);
    expect(new StringIO()).toBeInstanceOf(IOBase);
    expect(new BytesIO()).not.toBeInstanceOf(TextIOBase);
    expect(new BytesIO()).toBeInstanceOf(BufferedIOBase);
    expect(new BufferedReader(new Raw(b("")))).toBeInstanceOf(BufferedIOBase);
  });

  test("unsupported operations and attributes", () => {
    const f = new TextIOBase();
    expect(repr(caughtSync(() => f.read()))).toBe("UnsupportedOperation('read')");
    expect(repr(caughtSync(() => f.readline()))).toBe("UnsupportedOperation('readline')");
    expect(repr(caughtSync(() => f.write("x")))).toBe("UnsupportedOperation('write')");
    expect(repr(caughtSync(() => f.detach()))).toBe("UnsupportedOperation('detach')");
    expect([f.encoding, f.newlines, f.errors]).toEqual([null, null, null]);
  });
});

describe("BufferedReader", () => {
  test("large reads go straight into the result (CPython's raw read sizes)", async () => {
    let raw = new Raw(Buffer.alloc(400000));
    let f = new BufferedReader(raw);
    expect((await f.read(300000))!.length).toBe(300000);
    expect(raw.log).toEqual([262144, 131072]);
    raw.log = [];
    expect((await f.read(200000))!.length).toBe(100000);
    expect(raw.log).toEqual([131072, 124288]);

    raw = new Raw(Buffer.alloc(400000), 65536, true);
    f = new BufferedReader(raw);
    expect((await f.read(300000))!.length).toBe(300000);
    expect(raw.log).toEqual([262144, 131072, 131072, 131072, 65536]);
    raw.log = [];
    expect(await f.readinto(new Uint8Array(300000))).toBe(100000);
    expect(raw.log).toEqual([272320, 206784, 200000]);

    raw = new Raw(Buffer.alloc(400000), 65536);
    f = new BufferedReader(raw);
    expect(await f.readinto1(new Uint8Array(300000))).toBe(65536);
    expect((await f.read1())!.length).toBe(65536);
    expect((await f.read1(1000000))!.length).toBe(65536);
    expect(raw.log).toEqual([300000, 131072, 1000000]);
  });

  test("the bytes it returns are never views of its buffer", async () => {
    const data = Buffer.from(Array.from({ length: 64 }, (_, i) => i));
    const f = new BufferedReader(new Raw(data, 8), 8);
    const got = [await f.peek(), await f.read(3), await f.read1(2), await f.readline(), await f.read(20)];
    const copies = got.map((x) => Buffer.from(x!));
    await f.read(); // overwrites the internal buffer many times
    got.forEach((x, i) => expect(x).toEqual(copies[i]));
    // 3 + 2 bytes, a line up to byte 10 (b"\n"), then 20 bytes.
    expect(Buffer.concat(got.slice(1) as Buffer[])).toEqual(data.subarray(0, 31));
  });

  test("every reading method returns a Promise, already settled when data is buffered", async () => {
    const raw = new Raw(b("hello\nworld\n"));
    const f = new BufferedReader(raw, 64);
    expect(f.peek()).toBeInstanceOf(Promise);
    await f.peek();
    raw.log = [];
    let settled = false;
    void f.read(2).then(() => (settled = true));
    await Promise.resolve();
    await Promise.resolve();
    expect(settled).toBe(true);
    expect(raw.log).toEqual([]);
  });

  test("overlapping calls run one after the other", async () => {
    const data = b("line one\nline two\nline three\nrest of it");
    const sequential = new BufferedReader(new Raw(data, 3, true), 4);
    const expected = [
      await sequential.read(5),
      await sequential.readline(),
      await sequential.peek(),
      await sequential.read1(3),
      await sequential.readline(),
      await sequential.read(),
    ];
    const f = new BufferedReader(new Raw(data, 3, true), 4);
    const got = await Promise.all([f.read(5), f.readline(), f.peek(), f.read1(3), f.readline(), f.read()]);
    expect(got).toEqual(expected);
    expect(Buffer.concat([expected[0]!, expected[1]!, expected[3]!, expected[4]!, expected[5]!])).toEqual(data);
  });

  test("a failed call does not stop the ones queued behind it", async () => {
    let fail = true;
    const raw: RawIO = {
      closed: false,
      close() {},
      readinto(buf: Uint8Array) {
        if (fail) {
          fail = false;
          return Promise.reject(new ConnectionResetError(104, "Connection reset by peer"));
        }
        buf[0] = 0x41;
        return Promise.resolve(1);
      },
    };
    const f = new BufferedReader(raw, 4);
    const [a, c] = await Promise.allSettled([f.read(1), f.read(1)]);
    expect(a.status).toBe("rejected");
    expect(repr((a as PromiseRejectedResult).reason)).toBe("ConnectionResetError(104, 'Connection reset by peer')");
    expect(c).toEqual({ status: "fulfilled", value: b("A") });
  });

  test("read() uses raw.readall(), then raw.read(), then readinto() blocks", async () => {
    class WithReadall extends Raw {
      constructor(public result: unknown) {
        super(b("abcdef"), 2);
      }
      readall(): unknown {
        return this.result;
      }
    }
    let f = new BufferedReader(new WithReadall(null), 4);
    expect([await f.read(1), await f.read(), await f.read()]).toEqual([b("a"), b("b"), null]);
    f = new BufferedReader(new WithReadall(b("XYZ")), 4);
    expect([await f.read(1), await f.read(), await f.read()]).toEqual([b("a"), b("bXYZ"), b("XYZ")]);
    f = new BufferedReader(new WithReadall("x"), 4);
    expect(repr(await caught(() => f.read()))).toBe("TypeError('readall() should return bytes')");

    // A BytesIO as the raw stream: no readall(), so read() until it returns b"".
    f = new BufferedReader(new BytesIO(b("hello\nworld")), 4);
    expect([await f.read(2), await f.read(), await f.read()]).toEqual([b("he"), b("llo\nworld"), b("")]);

    const raw = new Raw(b("abc"), 2);
    f = new BufferedReader(raw, 4);
    expect(await f.read()).toEqual(b("abc"));
    expect(raw.log).toEqual([DEFAULT_BUFFER_SIZE, DEFAULT_BUFFER_SIZE, DEFAULT_BUFFER_SIZE]);
  });

  test("checks the values raw.readinto() returns", async () => {
    const bad = (v: unknown): RawIO => ({ closed: false, close() {}, readinto: () => v });
    let e = (await caught(() => new BufferedReader(bad("x"), 4).read(2))) as OSError;
    expect(repr(e)).toBe("OSError('raw readinto() failed')");
    expect(repr((e as { __cause__?: unknown }).__cause__)).toBe(`TypeError("'str' object cannot be interpreted as an integer")`);
    e = (await caught(() => new BufferedReader(bad(5), 4).read(2))) as OSError;
    expect(repr(e)).toBe("OSError('raw readinto() returned invalid length 5 (should have been between 0 and 4)')");
    e = (await caught(() => new BufferedReader(bad(Promise.resolve(-1)), 4).read1(2))) as OSError;
    expect(repr(e)).toBe("OSError('raw readinto() returned invalid length -1 (should have been between 0 and 2)')");
  });

  test("constructor checks", () => {
    expect(repr(caughtSync(() => new BufferedReader(new Raw(b("")), 0)))).toBe(
      "ValueError('buffer size must be strictly positive')",
    );
    expect(repr(caughtSync(() => new BufferedReader(new Raw(b("")), 1.5)))).toBe(
      `TypeError("'float' object cannot be interpreted as an integer")`,
    );
    class NotReadable extends Raw {
      override readable(): boolean {
        return false;
      }
    }
    expect(repr(caughtSync(() => new BufferedReader(new NotReadable(b("")))))).toBe(
      "UnsupportedOperation('File or stream is not readable.')",
    );
    const closedBytes = new BytesIO();
    closedBytes.close();
    expect(repr(caughtSync(() => new BufferedReader(closedBytes)))).toBe("ValueError('I/O operation on closed file.')");
  });

  test("buffer_size as a keyword argument", async () => {
    const raw = new Raw(b("abcdefgh"));
    const f = new BufferedReader(raw, { buffer_size: 3 });
    expect(await f.peek()).toEqual(b("abc"));
    expect(new BufferedReader(new Raw(b("")), { bufferSize: 5 })).toBeInstanceOf(BufferedReader);
  });

  test("close() closes the raw stream even when flush() fails", () => {
    class FlushFails extends Raw {
      flush(): void {
        throw new OSError("flush failed");
      }
    }
    const raw = new FlushFails(b("abc"));
    const f = new BufferedReader(raw);
    expect(repr(caughtSync(() => f.close()))).toBe("OSError('flush failed')");
    expect(raw.closed).toBe(true);
    expect(f.closed).toBe(true);
    f.close(); // the raw stream is closed: nothing to do
  });

  test("closed-file errors", async () => {
    const f = new BufferedReader(new Raw(b("abc\n")));
    f.close();
    expect(repr(await caught(() => f.read()))).toBe("ValueError('read of closed file')");
    expect(repr(await caught(() => f.read1()))).toBe("ValueError('read of closed file')");
    expect(repr(await caught(() => f.peek()))).toBe("ValueError('peek of closed file')");
    expect(repr(await caught(() => f.readline()))).toBe("ValueError('readline of closed file')");
    expect(repr(await caught(() => f.readinto(new Uint8Array(1))))).toBe("ValueError('readinto of closed file')");
    expect(repr(await caught(() => f.readlines()))).toBe("ValueError('I/O operation on closed file.')");
    expect(repr(caughtSync(() => f.flush()))).toBe("ValueError('I/O operation on closed file.')");
    expect(f.readable()).toBe(true);
    expect(repr(caughtSync(() => f.fileno()))).toBe("UnsupportedOperation('fileno')");
    expect(repr(caughtSync(() => f.tell()))).toBe("UnsupportedOperation('seek')");
    // Errors are rejections, not synchronous throws.
    const p = f.read();
    expect(p).toBeInstanceOf(Promise);
    await expect(p).rejects.toThrow(ValueError);
  });

  test("detach()", async () => {
    const raw = new Raw(b("abc"));
    const f = new BufferedReader(raw);
    expect(f.raw).toBe(raw);
    expect(f.detach()).toBe(raw);
    expect(f.raw).toBeNull();
    expect(raw.closed).toBe(false);
    expect(repr(await caught(() => f.read()))).toBe("ValueError('raw stream has been detached')");
    expect(repr(caughtSync(() => f.closed))).toBe("ValueError('raw stream has been detached')");
    expect(repr(f)).toBe("<_io.BufferedReader>");
  });

  test("repr, name, fileno and tell come from the raw stream", async () => {
    class Named extends Raw {
      name = "sock";
      fileno(): number {
        return 7;
      }
      tell(): number {
        return this.pos;
      }
    }
    const f = new BufferedReader(new Named(b("abcdefgh"), 5), 16);
    expect(repr(f)).toBe("<_io.BufferedReader name='sock'>");
    expect(repr(new BufferedReader(new Raw(b(""))))).toBe("<_io.BufferedReader>");
    expect(f.fileno()).toBe(7);
    expect(f.fileNo()).toBe(7);
    expect(await f.read(2)).toEqual(b("ab"));
    expect(f.tell()).toBe(2);
  });

  test("readinto() takes any writable buffer", async () => {
    const f = new BufferedReader(new Raw(b("abcdefgh")), 4);
    const ab = new ArrayBuffer(3);
    expect(await f.readinto(ab)).toBe(3);
    expect(Buffer.from(ab)).toEqual(b("abc"));
    const dv = new DataView(new ArrayBuffer(2));
    expect(await f.readInto(dv)).toBe(2);
    expect(Buffer.from(dv.buffer)).toEqual(b("de"));
    expect(repr(await caught(() => f.readinto("x" as unknown as Uint8Array)))).toBe(
      "TypeError('readinto() argument must be read-write bytes-like object, not str')",
    );
  });

  test("argument checks", async () => {
    const f = new BufferedReader(new Raw(b("abc")));
    expect(repr(await caught(() => f.read(-2)))).toBe("ValueError('read length must be non-negative or -1')");
    expect(repr(await caught(() => f.read("x" as unknown as number)))).toBe(
      `TypeError("argument should be integer or None, not 'str'")`,
    );
    expect(repr(await caught(() => f.read1(null as unknown as number)))).toBe(
      `TypeError("'NoneType' object cannot be interpreted as an integer")`,
    );
    // Arguments that accept None overflow with another message than plain ones, as in CPython.
    const huge = 2n ** 70n as unknown as number;
    expect(repr(await caught(() => f.read(huge)))).toBe(`OverflowError("cannot fit 'int' into an index-sized integer")`);
    expect(repr(await caught(() => f.readline(huge)))).toBe(`OverflowError("cannot fit 'int' into an index-sized integer")`);
    expect(repr(await caught(() => f.read1(huge)))).toBe("OverflowError('Python int too large to convert to C ssize_t')");
    expect(repr(await caught(() => f.peek(huge)))).toBe("OverflowError('Python int too large to convert to C ssize_t')");
    expect(repr(caughtSync(() => new BytesIO().truncate(huge)))).toBe("OverflowError('Python int too large to convert to C long')");
    expect(repr(caughtSync(() => new BytesIO().readlines(huge)))).toBe("OverflowError('Python int too large to convert to C ssize_t')");
    expect(repr(caughtSync(() => new StringIO().truncate(huge)))).toBe(`OverflowError("cannot fit 'int' into an index-sized integer")`);
    expect(await f.read(null)).toEqual(b("abc"));
  });

  test("readlines(), iteration and camelCase aliases", async () => {
    const f = new BufferedReader(new Raw(b("a\nbb\nccc\ndddd\n"), 3, true), 4);
    expect(await f.readLine()).toEqual(b("a\n"));
    expect(await f.readLines(2)).toEqual([b("bb\n")]);
    const rest: Buffer[] = [];
    for await (const line of f) rest.push(line);
    expect(rest).toEqual([b("ccc\n"), b("dddd\n")]);
  });

  test("a monkey-patched peek() is what IOBase.readline uses", async () => {
    // As test_httplib's ExtendedReadTest does with the response's fp.
    const f = new BufferedReader(new Raw(b("hello world\nbye\n")), 64);
    const old = f.peek.bind(f);
    (f as unknown as { peek: (n?: number) => Promise<Buffer> }).peek = async (n = -1) => (await old(n)).subarray(0, 3);
    class Resp extends BufferedIOBase {
      peek(n: number): Promise<Buffer> {
        return f.peek(n);
      }
      override read(n: number | null = -1): Promise<Buffer | null> {
        return f.read(n);
      }
    }
    expect(await new Resp().readline()).toEqual(b("hello world\n"));
    expect(await new Resp().readline(2)).toEqual(b("by"));
  });
});

describe("BytesIO", () => {
  test("is synchronous and copies its input and output", () => {
    const src = b("abc\ndef");
    const f = new BytesIO(src);
    src[0] = 0x5a;
    const v = f.getvalue();
    v[1] = 0x5a;
    expect(f.read(2)).toEqual(b("ab"));
    expect(f.getValue()).toEqual(b("abc\ndef"));
    expect(f.readLine()).toEqual(b("c\n"));
    expect(f.readLines()).toEqual([b("def")]);
  });

  test("constructor forms", () => {
    expect(new BytesIO().getvalue()).toEqual(b(""));
    expect(new BytesIO(null).getvalue()).toEqual(b(""));
    expect(new BytesIO({ initial_bytes: b("kw") }).getvalue()).toEqual(b("kw"));
    expect(new BytesIO(new Uint16Array([0x4241])).getvalue()).toEqual(b("AB"));
    expect(new BytesIO(new ArrayBuffer(2)).getvalue()).toEqual(Buffer.alloc(2));
    expect(repr(caughtSync(() => new BytesIO("abc" as unknown as Uint8Array)))).toBe(
      `TypeError("a bytes-like object is required, not 'str'")`,
    );
  });

  test("iteration checks for closed at each step, not when it starts", async () => {
    const f = new BytesIO(b("a\nb\n"));
    const it = f[Symbol.iterator]();
    expect(it.next()).toEqual({ done: false, value: b("a\n") });
    f.close();
    expect(repr(caughtSync(() => it.next()))).toBe("ValueError('I/O operation on closed file.')");
    const g = new BytesIO(b("x\ny"));
    const lines: Buffer[] = [];
    for await (const line of g) lines.push(line);
    expect(lines).toEqual([b("x\n"), b("y")]);
  });

  test("readinto1() and read1()", () => {
    const f = new BytesIO(b("abcdef"));
    const buf = Buffer.alloc(4);
    expect(f.readinto1(buf)).toBe(4);
    expect(buf).toEqual(b("abcd"));
    expect(f.read1(null)).toEqual(b("ef"));
  });
});

describe("StringIO", () => {
  test("basics", () => {
    const f = new StringIO("line 1\nline 2\n");
    expect(f.readline()).toBe("line 1\n");
    expect(f.tell()).toBe(7);
    expect(f.read()).toBe("line 2\n");
    expect(f.write("more")).toBe(4);
    expect(f.getvalue()).toBe("line 1\nline 2\nmore");
    f.seek(0);
    expect([...f]).toEqual(["line 1\n", "line 2\n", "more"]);
    f.seek(0);
    expect(f.readLines()).toEqual(["line 1\n", "line 2\n", "more"]);
    expect(f.getValue()).toBe(f.getvalue());
    expect(f.lineBuffering).toBe(false);
  });

  test("newline as a keyword argument; write() counts the untranslated text", () => {
    const f = new StringIO("a\nb", { newline: "\r\n" });
    expect(f.getvalue()).toBe("a\r\nb");
    f.seek(0, SEEK_END);
    expect(f.write("\n")).toBe(1);
    expect(f.getvalue()).toBe("a\r\nb\r\n");
    const g = new StringIO({ initial_value: "x\r\ny", newline: null });
    expect(g.getvalue()).toBe("x\ny");
    expect(g.newlines).toBe("\r\n");
    expect(repr(caughtSync(() => new StringIO("", "x")))).toBe(`ValueError("illegal newline value: 'x'")`);
    expect(repr(caughtSync(() => new StringIO(b("x") as unknown as string)))).toBe(
      "TypeError('initial_value must be str or None, not bytes')",
    );
  });

  test("positions count code points", () => {
    const f = new StringIO("h\u{1F600}llo");
    expect(f.read(2)).toBe("h\u{1F600}");
    expect(f.tell()).toBe(2);
    expect(f.read(1)).toBe("l");
  });

  test("closed", () => {
    const f = new StringIO("abc");
    f.close();
    expect(f.closed).toBe(true);
    expect(repr(caughtSync(() => f.read()))).toBe("ValueError('I/O operation on closed file')");
    expect(repr(caughtSync(() => [...f]))).toBe("ValueError('I/O operation on closed file.')");
    f.flush(); // StringIO.close() leaves IOBase's own flag alone, as in CPython
    expect(caughtSync(() => f.readline())).toBeInstanceOf(ValueError);
  });
});

