"""Reference driver of the wire harness (see conformance/wire/README.md and WIRE.md).

Runs one wire scenario against CPython's own http.client over a real TCP connection to
the scripted server, and returns its step records. The lane has already put the server's
address in place of "$HOST" and "$PORT". Nothing here may be bent toward the port.

Two hosts run this file:
- Pyodide (CPython 3.14) on Node 24 with useNodeSockFS: the reference. run_async() is the
  entry, a coroutine, so that socket calls can suspend while Node serves the sockets.
- Native CPython (python3 file --native): the witness of what CPython on Linux does where
  Pyodide's socket layer differs. It reads a scenario (the address put in) from a line of
  standard input and writes its records as a line of JSON; a line "cleanup" then closes
  what the scenario left open (answered "ok"); then the next scenario.

The values, records and recorded calls are those of the in-memory reference driver
(conformance/driver.py), imported from it, so the two harnesses encode alike.
"""

import contextlib
import http.client
import importlib.util
import io
import json
import os
import socket
import sys


def _load_memory_driver():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "driver.py")
    spec = importlib.util.spec_from_file_location("conformance_driver", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["conformance_driver"] = module
    spec.loader.exec_module(module)
    return module


cd = _load_memory_driver()
ScenarioError = cd.ScenarioError


def _recording_socket_class(hooks, calls):
    """A subclass of socket.socket (same name, no __dict__, so that a connected socket can
    take it as its class) whose hooked methods record; its makefile() returns readers of
    the fp recording class when fp is hooked."""
    ns = {"__slots__": ()}
    for m in hooks["sock"]:
        if not callable(getattr(socket.socket, m, None)):
            raise ScenarioError("record: socket has no method %r" % (m,))
        ns[m] = cd._recording_method(socket.socket, "sock.%s" % m, m, calls)
    if hooks["fp"]:
        reader = cd.recording_class(io.BufferedReader, "fp", hooks["fp"], calls)
        inner = ns.get("makefile", socket.socket.makefile)

        def makefile(self, mode="r", buffering=None, *args, **kwargs):
            f = inner(self, mode, buffering, *args, **kwargs)
            if not isinstance(f, io.BufferedReader):
                return f
            # socket.makefile("rb") is BufferedReader(SocketIO, DEFAULT_BUFFER_SIZE): the
            # same raw stream under the recording subclass.
            size = io.DEFAULT_BUFFER_SIZE if buffering in (None, -1) else buffering
            return reader(f.detach(), size)
        makefile.__name__ = "makefile"
        ns["makefile"] = makefile
    cls = type("socket", (socket.socket,), ns)
    cls.__qualname__ = "socket"
    cls.__module__ = "socket"
    return cls


class Run:
    """One scenario on one connection: its steps, then cleanup()."""

    def __init__(self, sc):
        if not isinstance(sc, dict) or not isinstance(sc.get("name"), str):
            raise ScenarioError("a scenario needs a string name")
        self.sc = sc
        self.conn = None
        self.responses = []

    def _classes(self, spec, hooks, calls):
        name = spec.get("class", "HTTPConnection")
        base = getattr(http.client, name, None) if isinstance(name, str) else None
        if not (isinstance(base, type) and issubclass(base, http.client.HTTPConnection)):
            raise ScenarioError("connection: no connection class %r in http.client" % (name,))
        if hooks is None:
            return base, None
        resp = cd.recording_class(http.client.HTTPResponse, "resp", hooks["resp"], calls)
        methods = [m for m in hooks["conn"] if callable(getattr(base, m, None))]
        conn = cd.recording_class(base, "conn", methods, calls)
        conn.response_class = resp
        sock = _recording_socket_class(hooks, calls) if hooks["sock"] or hooks["fp"] else None
        return conn, sock

    def steps(self):
        sc = self.sc
        spec = sc.get("connection") or {}
        if not isinstance(spec, dict):
            raise ScenarioError("connection: expected an object")
        hooks = cd.parse_record(sc)
        calls = []
        conn_class, sock_class = self._classes(spec, hooks, calls)
        args, kwargs = cd._args({"args": spec.get("args", []), "kwargs": spec.get("kwargs", {})})
        steps = sc.get("steps", [])
        if not isinstance(steps, list):
            raise ScenarioError("steps: expected an array")
        try:
            conn = conn_class(*args, **kwargs)
        except Exception as e:
            return [{"raises": cd._exc_record(e)}]
        self.conn = conn
        if sock_class is not None:
            create = conn._create_connection

            def create_connection(*a, **kw):
                s = create(*a, **kw)
                s.__class__ = sock_class
                return s
            conn._create_connection = create_connection
        if hooks is not None:
            for m in hooks["conn"]:
                if not callable(getattr(conn_class, m, None)):
                    cd.record_instance_method(conn, "conn", m, calls)
        if sc.get("debuglevel") is not None:
            conn.set_debuglevel(cd.decode(sc["debuglevel"]))

        trace = []
        resp = None
        for step in steps:
            target, obj = cd.step_target(step, conn, resp)
            if obj is None:
                trace.append({"skipped": "no response"})
                continue
            rec = {}
            del calls[:]
            response = cd.run_step(step, target, obj, rec)
            if response is not cd.NO_RESPONSE:
                resp = response
                self.responses.append(response)
            if calls:
                rec["calls"] = list(calls)
            trace.append(rec)
        return trace

    def cleanup(self):
        """Closes what the scenario left open (after the server's record is taken)."""
        with contextlib.redirect_stdout(io.StringIO()):
            for r in self.responses:
                try:
                    r.close()
                except Exception:
                    pass
            if self.conn is not None:
                try:
                    self.conn.close()
                except Exception:
                    pass


def run_steps(text):
    """A scenario (JSON) -> {"trace": records} or {"error": ...}; the run stays open."""
    global _current
    _current = None
    try:
        sc = json.loads(text)
        run = Run(sc)
        _current = run
        return json.dumps({"trace": run.steps()})
    except ScenarioError as e:
        return json.dumps({"error": "bad scenario: %s" % e})
    except BaseException as e:  # a bug of this driver: report, never record
        return json.dumps({"error": "driver error: %s: %s" % (type(e).__name__, e)})


_current = None


def cleanup():
    global _current
    run, _current = _current, None
    if run is not None:
        run.cleanup()


async def run_async(text):
    # Pyodide: a coroutine, so that blocking socket calls suspend (JSPI).
    return run_steps(text)


async def cleanup_async():
    cleanup()


def _native_main():
    # One scenario after another: a scenario line in, its records out; then "cleanup"
    # (once the server's record is taken) in, "ok" out.
    out = sys.__stdout__
    for line in sys.stdin:
        if line.strip() == "cleanup":
            cleanup()
            out.write("ok\n")
        else:
            out.write(run_steps(line) + "\n")
        out.flush()


if __name__ == "__main__" and "--native" in sys.argv:
    _native_main()
