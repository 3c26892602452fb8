"""Reference driver of the conformance harness (see conformance/README.md).

Runs scenarios (format v2) against CPython's own http.client, inside Pyodide, with the
scripted in-memory server of the format, and returns one trace per scenario. Nothing here
may be bent toward the port: this file defines what "correct" means.

Recorded calls (FORMAT.md, "Recording calls"): recording_class() and encode_arg() are the
wrapping and the argument encoding, importable by other harnesses.

Entry point: run_batch(json_text) -> json_text, a JSON array of scenarios in, a JSON array
of traces out. A scenario that breaks the format yields {"name": ..., "error": "..."}.
"""

import contextlib
import email.message
import inspect
import http.client
import io
import json
import re
import sys
import base64

MAX_SAFE = 2**53 - 1

# Memory addresses in reprs ("<_io.BytesIO object at 0x1a2b>") differ from run to run
# and no port can reproduce them: they are cut from stdout and exception messages.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")

_SYNC_TAGS = ("bytes", "base64", "bytearray", "int", "list", "tuple", "dict",
              "iter", "file", "textfile", "buffer")


class ScenarioError(Exception):
    """The scenario does not follow the format: a harness error, never a record."""


# ---------------------------------------------------------------------------
# Values

def _latin1(s, what):
    if not isinstance(s, str):
        raise ScenarioError("%s: expected a string, got %r" % (what, s))
    try:
        return s.encode("latin-1")
    except UnicodeEncodeError:
        raise ScenarioError("%s: code point above 255 in %r" % (what, s)) from None


def iter_body(items):
    # A generator, as the format asks ("a generator yielding the items").
    for item in items:
        yield item


def decode(v):
    """An encoded JSON value -> the Python value it stands for."""
    if v is None or isinstance(v, (bool, str, int, float)):
        return v
    if isinstance(v, list):
        # Lenient: a bare JSON array is a list (both drivers agree on it).
        return [decode(x) for x in v]
    if not isinstance(v, dict) or len(v) != 1:
        raise ScenarioError("not an encoded value: %r" % (v,))
    (tag, x), = v.items()
    if tag == "bytes":
        return _latin1(x, "bytes")
    if tag == "base64":
        if not isinstance(x, str):
            raise ScenarioError("base64: expected a string")
        try:
            return base64.b64decode(x, validate=True)
        except ValueError as e:  # binascii.Error: not base64, a format error
            raise ScenarioError("base64: %s" % e) from None
    if tag == "bytearray":
        return bytearray(_latin1(x, "bytearray"))
    if tag == "int":
        if not isinstance(x, str) or not re.fullmatch(r"-?[0-9]+", x):
            raise ScenarioError("int: expected a string of digits, got %r" % (x,))
        return _big_int(x)
    if tag in ("list", "tuple", "iter"):
        if not isinstance(x, list):
            raise ScenarioError("%s: expected an array" % tag)
        items = [decode(i) for i in x]
        if tag == "list":
            return items
        if tag == "tuple":
            return tuple(items)
        return iter_body(items)
    if tag == "dict":
        if not isinstance(x, list) or not all(isinstance(p, list) and len(p) == 2 for p in x):
            raise ScenarioError("dict: expected an array of [key, value] pairs")
        try:
            return {decode(k): decode(val) for k, val in x}
        except TypeError as e:
            raise ScenarioError("dict: %s" % e) from None
    if tag == "file":
        return io.BytesIO(_latin1(x, "file"))
    if tag == "textfile":
        if not isinstance(x, str):
            raise ScenarioError("textfile: expected a string")
        return io.StringIO(x)
    if tag == "buffer":
        if not isinstance(x, int) or isinstance(x, bool) or x < 0:
            raise ScenarioError("buffer: expected a size")
        return bytearray(x)
    raise ScenarioError("unknown tag %r" % (tag,))


def _big_int(digits):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return int(digits)
    finally:
        sys.set_int_max_str_digits(old)


def _int_digits(n):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(int(n))
    finally:
        sys.set_int_max_str_digits(old)


def encode(v):
    """A Python result -> its JSON encoding (see README: Results)."""
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        if -MAX_SAFE <= v <= MAX_SAFE:
            return int(v)
        return {"int": _int_digits(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, (bytes, bytearray, memoryview)):
        return {"bytes": bytes(v).decode("latin-1")}
    if isinstance(v, (list, tuple)):
        # A TypeScript array cannot tell a list from a tuple: both are "list".
        return {"list": [encode(x) for x in v]}
    if isinstance(v, email.message.Message):
        return {"message": [[encode(k), encode(x)] for k, x in v.items()]}
    if isinstance(v, dict):
        return {"dict": [[encode(k), encode(x)] for k, x in v.items()]}
    return {"object": type(v).__name__}


def _exc_record(e):
    return {"type": type(e).__name__, "message": _ADDRESS.sub(">", str(e))}


# ---------------------------------------------------------------------------
# Recorded calls

HOOK_OBJECTS = ("conn", "resp", "fp", "sock")


def encode_arg(v):
    """An argument of a recorded call -> its encoding: a value as in "Values" (a buffer by
    its contents at the time of the call), any other object as {"repr": "TypeName"}."""
    if v is None or isinstance(v, (bool, str, int, float, bytes, bytearray, memoryview)):
        return encode(v)
    if isinstance(v, (list, tuple)):
        return {"list": [encode_arg(x) for x in v]}
    if isinstance(v, dict):
        return {"dict": [[encode_arg(k), encode_arg(x)] for k, x in v.items()]}
    if isinstance(v, email.message.Message):
        return encode(v)
    return {"repr": type(v).__name__}


def call_entry(hook, args, kwargs):
    entry = [hook, [encode_arg(a) for a in args]]
    if kwargs:
        entry.append({k: encode_arg(x) for k, x in kwargs.items()})
    return entry


def _recording_method(base, hook, name, calls):
    target = getattr(base, name)
    if isinstance(inspect.getattr_static(base, name), staticmethod):
        def static_wrapper(*args, **kwargs):
            calls.append(call_entry(hook, args, kwargs))
            return target(*args, **kwargs)
        static_wrapper.__name__ = name
        return staticmethod(static_wrapper)

    def wrapper(self, *args, **kwargs):
        calls.append(call_entry(hook, args, kwargs))
        return target(self, *args, **kwargs)
    wrapper.__name__ = name
    return wrapper


def recording_class(base, prefix, methods, calls, name=None):
    """A subclass of base (named as base, or name) whose methods `methods` append
    [prefix.method, args(, kwargs)] to calls, then run the inherited method."""
    ns = {}
    for m in methods:
        if not callable(getattr(base, m, None)):
            raise ScenarioError("record: %s has no method %r" % (base.__name__, m))
        ns[m] = _recording_method(base, "%s.%s" % (prefix, m), m, calls)
    cls = type(name or base.__name__, (base,), ns)
    cls.__qualname__ = cls.__name__
    cls.__module__ = base.__module__
    return cls


def record_instance_method(obj, prefix, name, calls):
    """Wraps a callable instance attribute (HTTPConnection._create_connection) likewise."""
    target = getattr(obj, name, None)
    if not callable(target):
        raise ScenarioError("record: %s has no method %r" % (type(obj).__name__, name))
    hook = "%s.%s" % (prefix, name)

    def wrapper(*args, **kwargs):
        calls.append(call_entry(hook, args, kwargs))
        return target(*args, **kwargs)
    setattr(obj, name, wrapper)


def parse_record(sc):
    """The scenario's record field -> {object: [method, ...]}, or None when absent."""
    if "record" not in sc:
        return None
    hooks = sc["record"]
    if not isinstance(hooks, list):
        raise ScenarioError("record: expected an array of hooks")
    out = {o: [] for o in HOOK_OBJECTS}
    for h in hooks:
        if not isinstance(h, str) or "." not in h:
            raise ScenarioError("record: a hook is \"<object>.<method>\", got %r" % (h,))
        obj, method = h.split(".", 1)
        if obj not in out or not method:
            raise ScenarioError("record: unknown hook %r" % (h,))
        if method not in out[obj]:
            out[obj].append(method)
    return out


# ---------------------------------------------------------------------------
# The scripted server

class _Stream:
    """One connection's byte stream from the server, shared by its makefile() readers."""

    def __init__(self, data, sizes):
        self.data = data
        self.pos = 0
        self.sizes = sizes
        self.turn = 0

    def take(self, n):
        remaining = len(self.data) - self.pos
        if n <= 0 or remaining <= 0:
            return b""
        if self.sizes:
            size = self.sizes[self.turn % len(self.sizes)]
            self.turn += 1
            n = min(n, max(size, 0))
        n = min(n, remaining)
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out


class _RawStream(io.RawIOBase):
    """What socket.makefile's SocketIO is to a real socket: one per makefile() call."""

    def __init__(self, stream):
        super().__init__()
        self._stream = stream

    def readable(self):
        return True

    def readinto(self, b):
        mv = memoryview(b).cast("B")
        data = self._stream.take(len(mv))
        mv[:len(data)] = data
        return len(data)


class _MemSocket:
    _reader_class = io.BufferedReader

    def __init__(self, stream, sent):
        self._stream = stream
        self._sent = sent

    def sendall(self, data):
        try:
            mv = memoryview(data)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__) from None
        self._sent += mv.tobytes()

    def makefile(self, mode="r", *args, **kwargs):
        return self._reader_class(_RawStream(self._stream), io.DEFAULT_BUFFER_SIZE)

    def setsockopt(self, *args):
        pass

    def close(self):
        pass


class _Server:
    def __init__(self, responses, sizes, socket_class=_MemSocket):
        self.responses = responses
        self.sizes = sizes
        self.sent = bytearray()
        self.connects = []
        self.socket_class = socket_class

    def create_connection(self, address, timeout=None, source_address=None, *args, **kwargs):
        i = len(self.connects)
        self.connects.append(address)
        data = self.responses[i] if i < len(self.responses) else b""
        return self.socket_class(_Stream(data, self.sizes), self.sent)


# ---------------------------------------------------------------------------
# Scenarios

def _scenario_streams(sc):
    if "responses" in sc:
        raw = sc["responses"]
        if not isinstance(raw, list):
            raise ScenarioError("responses: expected an array")
    elif "response" in sc:
        raw = [sc["response"]]
    else:
        raw = []
    out = []
    for r in raw:
        if isinstance(r, str):
            # Lenient: a plain string is taken as latin-1 bytes.
            out.append(_latin1(r, "response"))
            continue
        v = decode(r)
        if not isinstance(v, (bytes, bytearray)):
            raise ScenarioError("response: expected a byte stream, got %r" % (r,))
        out.append(bytes(v))
    return out


def _sizes(sc):
    sizes = sc.get("recv_sizes") or []
    if not isinstance(sizes, list) or not all(isinstance(s, int) and not isinstance(s, bool) for s in sizes):
        raise ScenarioError("recv_sizes: expected an array of ints")
    return sizes


def _args(step):
    args = step.get("args", [])
    kwargs = step.get("kwargs", {})
    if not isinstance(args, list) or not isinstance(kwargs, dict):
        raise ScenarioError("args must be an array and kwargs an object")
    return [decode(a) for a in args], {k: decode(v) for k, v in kwargs.items()}


_ATTRS = ("status", "reason", "version", "chunked", "chunk_left", "length",
          "will_close", "closed")


def _recording_classes(hooks, calls):
    """The connection class and the scripted socket's class of a scenario with record."""
    reader = recording_class(io.BufferedReader, "fp", hooks["fp"], calls)
    sock = recording_class(_MemSocket, "sock", hooks["sock"], calls)
    sock._reader_class = reader
    resp = recording_class(http.client.HTTPResponse, "resp", hooks["resp"], calls)
    # a hook the class lacks may be an instance attribute (_create_connection): see below
    conn_methods = [m for m in hooks["conn"] if callable(getattr(http.client.HTTPConnection, m, None))]
    conn = recording_class(http.client.HTTPConnection, "conn", conn_methods, calls)
    conn.response_class = resp
    return conn, sock


def get_step(obj, name):
    """A get step's value: "attrs" (_ATTRS and isclosed()) or one attribute."""
    if name != "attrs":
        return encode(getattr(obj, name))
    pairs = [[a, encode(getattr(obj, a))] for a in _ATTRS]
    pairs.append(["isclosed", encode(obj.isclosed())])
    return {"dict": pairs}


def step_target(step, conn, resp):
    """A step's target name and object: conn, or resp (None before getresponse())."""
    if not isinstance(step, dict):
        raise ScenarioError("a step must be an object")
    target = step.get("target", "conn")
    if target == "resp":
        return target, resp
    if target == "conn":
        return target, conn
    raise ScenarioError("unknown target %r" % (target,))


def run_scenario(sc):
    if not isinstance(sc, dict) or not isinstance(sc.get("name"), str):
        raise ScenarioError("a scenario needs a string name")
    hooks = parse_record(sc)
    calls = []
    conn_class = http.client.HTTPConnection
    sock_class = _MemSocket
    if hooks is not None:
        conn_class, sock_class = _recording_classes(hooks, calls)
    server = _Server(_scenario_streams(sc), _sizes(sc), sock_class)
    conn_spec = sc.get("connection") or {}
    if not isinstance(conn_spec, dict):
        raise ScenarioError("connection: expected an object")
    cargs = conn_spec.get("args", ["example.com"])
    ckwargs = conn_spec.get("kwargs", {})
    args, kwargs = _args({"args": cargs, "kwargs": ckwargs})
    steps = sc.get("steps", [])
    if not isinstance(steps, list):
        raise ScenarioError("steps: expected an array")

    try:
        conn = conn_class(*args, **kwargs)
    except Exception as e:
        return [{"raises": _exc_record(e)}]
    conn._create_connection = server.create_connection
    if hooks is not None:
        for m in hooks["conn"]:
            if not callable(getattr(conn_class, m, None)):
                record_instance_method(conn, "conn", m, calls)
    if sc.get("debuglevel") is not None:
        conn.set_debuglevel(decode(sc["debuglevel"]))

    trace = []
    resp = None
    # Every response stays referenced until the scenario ends: dropping one would run its
    # finalizer (IOBase.__del__ calls close()) inside a later step, a call that no port
    # without deterministic finalizers can make (it would show in recorded calls).
    responses = []
    for step in steps:
        target, obj = step_target(step, conn, resp)
        if obj is None:
            trace.append({"skipped": "no response"})
            continue

        rec = {}
        del calls[:]  # calls outside steps (construction, set_debuglevel) are not recorded
        sent_mark = len(server.sent)
        conn_mark = len(server.connects)
        response = run_step(step, target, obj, rec)
        if response is not NO_RESPONSE:
            resp = response
            responses.append(response)
        if len(server.connects) > conn_mark:
            rec["connects"] = [[encode(x) for x in a] for a in server.connects[conn_mark:]]
        if len(server.sent) > sent_mark:
            rec["sent"] = encode(bytes(server.sent[sent_mark:]))
        if calls:
            rec["calls"] = list(calls)
        trace.append(rec)
    return trace


NO_RESPONSE = object()


def run_step(step, target, obj, rec):
    """Runs one step's call or get on obj (its target), its output captured: rec gets the
    result or raises, the readinto buffer and stdout. Returns what conn.getresponse()
    returned (recorded as None), else NO_RESPONSE."""
    out = io.StringIO()
    buf = None
    response = NO_RESPONSE
    with contextlib.redirect_stdout(out):
        if "call" in step:
            name = step["call"]
            args, kwargs = _args(step)
            if name == "readinto" and args and isinstance(args[0], bytearray):
                buf = args[0]
            try:
                result = getattr(obj, name)(*args, **kwargs)
            except Exception as e:
                rec["raises"] = _exc_record(e)
            else:
                if target == "conn" and name == "getresponse":
                    response = result
                    result = None
                rec["result"] = encode(result)
        elif "get" in step:
            try:
                rec["result"] = get_step(obj, step["get"])
            except Exception as e:
                rec["raises"] = _exc_record(e)
        else:
            raise ScenarioError("a step needs call or get")
    if buf is not None:
        rec["buffer"] = encode(bytes(buf))
    text = _ADDRESS.sub(">", out.getvalue())
    if text:
        rec["stdout"] = text
    return response


def run_batch(text):
    scenarios = json.loads(text)
    traces = []
    for sc in scenarios:
        name = sc.get("name") if isinstance(sc, dict) else None
        try:
            traces.append({"name": name, "trace": run_scenario(sc)})
        except ScenarioError as e:
            traces.append({"name": name, "error": "bad scenario: %s" % e})
        except BaseException as e:  # a bug of this driver: report, never record
            traces.append({"name": name, "error": "driver error: %s: %s" % (type(e).__name__, e)})
    return json.dumps(traces)
