# Prints, as JSON, the names Python gives the modules this package ports: each module's
# attributes, and the attributes of each class in it (those of an instance too, for the
# classes an instance can be made of without a network). scripts/typedoc/gen-python-names.js
# runs it under CPython and Pyodide and keeps the union in python-names.json, from which the
# API reference says which Python name each class, function and member stands for.
import builtins, http, http.client, io, json, socket, sys

try:
    import ssl
except ImportError:  # Pyodide has no ssl
    ssl = None

MODULES = {"builtins": builtins, "http": http, "http.client": http.client, "io": io, "socket": socket}
if ssl is not None:
    MODULES["ssl"] = ssl


class FakeSocket:
    def makefile(self, mode, *args, **kw):
        return io.BytesIO(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")


def instance(cls):
    """An instance of cls, when one can be made offline, else None."""
    if cls is http.client.HTTPResponse:
        r = cls(FakeSocket())
        r.begin()
        return r
    if issubclass(cls, http.client.HTTPConnection):
        return cls("example.com")
    if issubclass(cls, BaseException):
        for args in ((), ("x",), (b"x",), (b"x", 1), (1, "x")):
            try:
                return cls(*args)
            except Exception:
                pass
        return None
    if cls is http.client.HTTPMessage:
        return http.client.parse_headers(io.BytesIO(b"A: b\r\n\r\n"))
    if ssl is not None and cls is ssl.SSLContext:
        return cls(ssl.PROTOCOL_TLS_CLIENT)
    return None


out = {"__python__": sys.version.split()[0]}
for name, mod in MODULES.items():
    out[name] = sorted(dir(mod))
    for attr in dir(mod):
        cls = getattr(mod, attr)
        if not isinstance(cls, type):
            continue
        names = set(dir(cls))
        try:
            inst = instance(cls)
        except Exception:
            inst = None
        if inst is not None:
            names |= set(dir(inst))
        out[f"{name}.{attr}"] = sorted(names)
print(json.dumps(out))
