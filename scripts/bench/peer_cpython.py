"""The CPython peer of the bench: the same work as worker.ts does with the port, done
with the machine's http.client. Usage: python3 peer_cpython.py '<WorkerArgs JSON>';
prints one WorkerResult JSON line (see common.ts for both)."""

import http.client
import io
import json
import os
import re
import resource
import sys
import threading
import time

HOST = "127.0.0.1"
MiB = 1 << 20
# The same constants as common.ts.
PATH_SMALL = "/small"
PATH_BIG = "/big"
PATH_CHUNKED = "/chunked"
PATH_BYTES = "/bytes/"
PATH_UPLOAD = "/upload"
BIG_SIZE = 64 * MiB
STREAM_PIECE = 65536
POST_SIZE = 8 * MiB
SMALL_BODY = b'{"ok":true}\n'
FILL = b"0123456789abcdefghijklmnopqrstuvwxyz\n"


def filler(n):
    return (FILL * (n // len(FILL) + 1))[:n]


def parse_response():
    """common.ts: parseResponse(), byte for byte."""
    body = filler(1024)
    headers = [
        "Date: Sat, 01 Jan 2000 00:00:00 GMT",
        "Server: Apache/2.4.41 (Ubuntu)",
        "Content-Type: text/html; charset=utf-8",
        "Content-Length: %d" % len(body),
        "Connection: keep-alive",
        "Cache-Control: private, max-age=0, must-revalidate",
        "Expires: Sat, 01 Jan 2000 00:00:00 GMT",
        "Last-Modified: Fri, 31 Dec 1999 23:59:59 GMT",
        'ETag: "5d8c72a5edda8d6a:3239"',
        "Vary: Accept-Encoding, Cookie",
        "X-Frame-Options: SAMEORIGIN",
        "X-Content-Type-Options: nosniff",
        "X-XSS-Protection: 1; mode=block",
        "Strict-Transport-Security: max-age=31536000; includeSubDomains",
        "Set-Cookie: session=abcdef0123456789; Path=/; HttpOnly",
        "Set-Cookie: theme=dark; Path=/; Max-Age=31536000",
        "Accept-Ranges: bytes",
        "Access-Control-Allow-Origin: *",
        "X-Request-Id: 0f8fad5b-d9cb-469f-a165-70867728950e",
        "Via: 1.1 varnish",
    ]
    head = "HTTP/1.1 200 OK\r\n" + "\r\n".join(headers) + "\r\n\r\n"
    return head.encode("latin-1") + body


def status_kib(field):
    with open("/proc/self/status", "rb") as f:
        m = re.search(rb"^" + field.encode() + rb":\s+(\d+) kB", f.read(), re.M)
    return int(m.group(1)) if m else None


def reset_peak_rss():
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def cpu_seconds(pid):
    try:
        with open("/proc/%d/stat" % pid, "rb") as f:
            s = f.read()
    except OSError:
        return None
    fields = s[s.rindex(b")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Driver:
    def __init__(self, port):
        self.conn = http.client.HTTPConnection(HOST, port)
        self.file = None

    def get(self, path):
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        return len(r.read())

    def stream(self, path, piece):
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        n = 0
        while True:
            b = r.read(piece)
            if not b:
                break
            n += len(b)
        return n

    def readinto(self, path, buf):
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        n = 0
        while True:
            k = r.readinto(buf)
            if not k:
                break
            n += k
        return n

    def post(self, path, body, as_file):
        if as_file:
            # One file object, rewound for each request (as worker.ts does).
            if self.file is None:
                self.file = io.BytesIO(body)
            self.file.seek(0)
            self.conn.request("POST", path, self.file)
        else:
            self.conn.request("POST", path, body)
        self.conn.getresponse().read()
        return len(body)

    def close(self):
        self.conn.close()


class FakeSocket:
    """test_httplib's FakeSocket: makefile() returns an io.BytesIO of the text."""

    def __init__(self, text):
        self.text = text

    def makefile(self, mode, bufsize=None):
        return io.BytesIO(self.text)

    def sendall(self, data):
        pass

    def close(self):
        pass


def parse_once(sock, expect):
    r = http.client.HTTPResponse(sock)
    r.begin()
    body = r.read()
    r.close()
    if len(body) != expect:
        raise AssertionError("parse: got %d bytes, expected %d" % (len(body), expect))
    return len(body)


def check(what, got, want):
    if got != want:
        raise AssertionError("%s: got %d bytes, expected %d" % (what, got, want))
    return got


def cpu_self():
    t = os.times()
    return t.user + t.system


def timed(a, op, per_op):
    clock = time.perf_counter
    w = clock() + a["warmup"]
    while True:
        op()
        if clock() >= w:
            break
    values, ops, nbytes, wall = [], 0, 0, 0.0
    c0, s0 = cpu_self(), cpu_seconds(a["serverPid"])
    for _ in range(a["runs"]):
        n = b = 0
        t0 = clock()
        end = t0 + a["duration"]
        while True:
            b += op()
            n += 1
            if clock() >= end:
                break
        dt = clock() - t0
        wall += dt
        values.append(n / dt if per_op else b / dt / 1e6)
        ops += n
        nbytes += b
    c1, s1 = cpu_self(), cpu_seconds(a["serverPid"])
    return dict(values=values, ops=ops, bytes=nbytes, clientCpu=(c1 - c0) / wall, wall=wall, cpu=c1 - c0,
                serverCpu=None if s0 is None or s1 is None else (s1 - s0) / wall)


def counted(a, warm, op):
    clock = time.perf_counter
    if a["warmup"] > 0:
        warm()
    values, nbytes, wall = [], 0, 0.0
    c0, s0 = cpu_self(), cpu_seconds(a["serverPid"])
    f0 = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(a["runs"]):
        t0 = clock()
        b = op()
        dt = clock() - t0
        wall += dt
        nbytes += b
        values.append(b / dt / 1e6)
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - f0
    c1, s1 = cpu_self(), cpu_seconds(a["serverPid"])
    return dict(values=values, ops=a["runs"], bytes=nbytes, clientCpu=(c1 - c0) / wall, wall=wall, cpu=c1 - c0,
                serverCpu=None if s0 is None or s1 is None else (s1 - s0) / wall, faults=faults)


def concurrent(a):
    """a["connections"] threads, each a keep-alive loop of small GETs on its own
    HTTPConnection, for the warm-up and then a["runs"] windows of a["duration"] seconds."""
    n = a["connections"]
    done = [0] * n
    stop = threading.Event()
    errors = []

    def loop(i):
        conn = http.client.HTTPConnection(HOST, a["port"])
        try:
            while not stop.is_set():
                conn.request("GET", PATH_SMALL)
                check("conc", len(conn.getresponse().read()), len(SMALL_BODY))
                done[i] += 1
        except BaseException as e:  # reported by the main thread
            errors.append(e)
            stop.set()
        finally:
            conn.close()

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(n)]
    for t in threads:
        t.start()
    clock = time.perf_counter
    time.sleep(a["warmup"])
    values, ops, wall = [], 0, 0.0
    c0, s0 = cpu_self(), cpu_seconds(a["serverPid"])
    for _ in range(a["runs"]):
        d0 = sum(done)
        t0 = clock()
        time.sleep(a["duration"])
        dt = clock() - t0
        k = sum(done) - d0
        values.append(k / dt)
        ops += k
        wall += dt
    c1, s1 = cpu_self(), cpu_seconds(a["serverPid"])
    stop.set()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return dict(values=values, ops=ops, bytes=ops * len(SMALL_BODY), clientCpu=(c1 - c0) / wall, wall=wall, cpu=c1 - c0,
                serverCpu=None if s0 is None or s1 is None else (s1 - s0) / wall)


def main():
    a = json.loads(sys.argv[1])
    w = a["workload"]
    unit = "MB/s"
    if w == "conc32":
        baseline = status_kib("VmRSS")
        reset_peak_rss()
        unit = "req/s"
        t = concurrent(a)
    elif w == "parse":
        sock = FakeSocket(parse_response())
        baseline = status_kib("VmRSS")
        reset_peak_rss()
        unit = "resp/s"
        t = timed(a, lambda: parse_once(sock, 1024), True)
    else:
        d = Driver(a["port"])
        check("small", d.get(PATH_SMALL), len(SMALL_BODY))
        baseline = status_kib("VmRSS")
        reset_peak_rss()
        if w == "small":
            unit = "req/s"
            t = timed(a, lambda: check("small", d.get(PATH_SMALL), len(SMALL_BODY)), True)
        elif w == "big":
            t = timed(a, lambda: check("big", d.get(PATH_BIG), BIG_SIZE), False)
        elif w == "chunked":
            t = timed(a, lambda: check("chunked", d.get(PATH_CHUNKED), BIG_SIZE), False)
        elif w == "stream":
            size = a["size"]
            warm = min(size, 128 * MiB)
            t = counted(a,
                        lambda: check("stream", d.stream(PATH_BYTES + str(warm), STREAM_PIECE), warm),
                        lambda: check("stream", d.stream(PATH_BYTES + str(size), STREAM_PIECE), size))
        elif w == "readinto":
            size = a["size"]
            warm = min(size, 128 * MiB)
            buf = bytearray(STREAM_PIECE)  # one buffer, reused by every call
            t = counted(a,
                        lambda: check("readinto", d.readinto(PATH_BYTES + str(warm), buf), warm),
                        lambda: check("readinto", d.readinto(PATH_BYTES + str(size), buf), size))
        elif w == "rss":
            size = a["size"]
            t = counted(a, lambda: 0, lambda: check("rss", d.get(PATH_BYTES + str(size)), size))
        elif w in ("post_bytes", "post_file"):
            body = filler(POST_SIZE)
            as_file = w == "post_file"
            t = timed(a, lambda: d.post(PATH_UPLOAD, body, as_file), False)
        else:
            raise ValueError("unknown workload %r" % w)
        d.close()
    result = dict(client="cpython", workload=w, unit=unit, baselineKiB=baseline,
                  peakKiB=status_kib("VmHWM"), **t)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
