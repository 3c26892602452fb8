"""The cold workload's CPython peer (see cold.ts): a fresh process that imports
http.client and makes COLD_GETS small GETs on one keep-alive connection, the first thing
it does, then prints one WorkerResult line. Only what the work needs is imported before it.
Usage: python3 cold_cpython.py '<WorkerArgs JSON>'."""

import http.client
import os
import sys
import time

# common.ts: COLD_GETS, PATH_SMALL, SMALL_BODY
COLD_GETS = 1000
PATH_SMALL = "/small"
SMALL_LEN = len(b'{"ok":true}\n')


def main():
    import json  # the arguments; its import is part of the process, not of the timed work

    a = json.loads(sys.argv[1])
    conn = http.client.HTTPConnection("127.0.0.1", a["port"])
    t = os.times()
    c0 = t.user + t.system
    t0 = time.perf_counter()
    for _ in range(COLD_GETS):
        conn.request("GET", PATH_SMALL)
        n = len(conn.getresponse().read())
        if n != SMALL_LEN:
            raise AssertionError("cold: got %d bytes, expected %d" % (n, SMALL_LEN))
    dt = time.perf_counter() - t0
    t = os.times()
    cpu = t.user + t.system - c0
    conn.close()
    sys.stdout.write(json.dumps(dict(client="cpython", workload="cold", unit="ms", values=[dt * 1000], ops=COLD_GETS,
                                     bytes=COLD_GETS * SMALL_LEN, baselineKiB=None, peakKiB=None, clientCpu=cpu / dt,
                                     serverCpu=None, wall=dt, cpu=cpu)) + "\n")


if __name__ == "__main__":
    main()
