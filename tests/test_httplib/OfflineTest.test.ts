// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: OfflineTest (__all__, responses, the status code module constants).

import * as client from "../../src/http/client";

/** getattr(obj, "__module__", None) for an export of src/http/client.ts. */
function moduleOf(obj: unknown): string | null {
  if (obj !== null && (typeof obj === "object" || typeof obj === "function")) {
    const m = (obj as { __module__?: unknown }).__module__;
    if (typeof m === "string") return m;
    // A TS module exports only what it defines (imports are not part of its namespace, as
    // they are in Python's dir()), so an exported class or function belongs to http.client.
    if (typeof obj === "function") return "http.client";
  }
  // Python: ints, strs, dicts and the HTTPStatus members (module "http") are not http.client's.
  return null;
}

describe("OfflineTest", () => {
  test("test_all", () => {
    const mod = client as unknown as Record<string, unknown>;
    // Documented objects defined in the module should be in __all__
    const expected = new Set(["responses"]); // Allowlist documented dict() object
    // HTTPMessage, parse_headers(), and the HTTP status code constants are
    // intentionally omitted for simplicity
    const denylist = new Set(["HTTPMessage", "parse_headers"]);
    const names = Object.keys(mod).sort(); // dir(client)
    for (const name of names) {
      if (name.startsWith("_") || denylist.has(name)) continue;
      const module_object = mod[name];
      // The port's camelCase aliases (parseHeaders for parse_headers, per docs/conventions.md)
      // are not names of Python's module: an alias counts as the Python name it spells.
      const pyName = names.find(
        (n) => n !== name && n.includes("_") && mod[n] === module_object && n.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) === name,
      );
      if (pyName !== undefined) continue;
      if (moduleOf(module_object) === "http.client") expected.add(name);
    }
    // assertCountEqual
    expect([...client.__all__].sort()).toEqual([...expected].sort());
  });

  test("test_responses", () => {
    // Python indexes the dict with the IntEnum member; a JS property key is its str(), "404".
    expect(client.responses[client.NOT_FOUND as unknown as number]).toBe("Not Found");
  });

  test("test_client_constants", () => {
    // Make sure we don't break backward compatibility with 3.4
    const expected = [
      "CONTINUE",
      "SWITCHING_PROTOCOLS",
      "PROCESSING",
      "OK",
      "CREATED",
      "ACCEPTED",
      "NON_AUTHORITATIVE_INFORMATION",
      "NO_CONTENT",
      "RESET_CONTENT",
      "PARTIAL_CONTENT",
      "MULTI_STATUS",
      "IM_USED",
      "MULTIPLE_CHOICES",
      "MOVED_PERMANENTLY",
      "FOUND",
      "SEE_OTHER",
      "NOT_MODIFIED",
      "USE_PROXY",
      "TEMPORARY_REDIRECT",
      "BAD_REQUEST",
      "UNAUTHORIZED",
      "PAYMENT_REQUIRED",
      "FORBIDDEN",
      "NOT_FOUND",
      "METHOD_NOT_ALLOWED",
      "NOT_ACCEPTABLE",
      "PROXY_AUTHENTICATION_REQUIRED",
      "REQUEST_TIMEOUT",
      "CONFLICT",
      "GONE",
      "LENGTH_REQUIRED",
      "PRECONDITION_FAILED",
      "CONTENT_TOO_LARGE",
      "REQUEST_ENTITY_TOO_LARGE",
      "URI_TOO_LONG",
      "REQUEST_URI_TOO_LONG",
      "UNSUPPORTED_MEDIA_TYPE",
      "RANGE_NOT_SATISFIABLE",
      "REQUESTED_RANGE_NOT_SATISFIABLE",
      "EXPECTATION_FAILED",
      "IM_A_TEAPOT",
      "MISDIRECTED_REQUEST",
      "UNPROCESSABLE_CONTENT",
      "UNPROCESSABLE_ENTITY",
      "LOCKED",
      "FAILED_DEPENDENCY",
      "UPGRADE_REQUIRED",
      "PRECONDITION_REQUIRED",
      "TOO_MANY_REQUESTS",
      "REQUEST_HEADER_FIELDS_TOO_LARGE",
      "UNAVAILABLE_FOR_LEGAL_REASONS",
      "INTERNAL_SERVER_ERROR",
      "NOT_IMPLEMENTED",
      "BAD_GATEWAY",
      "SERVICE_UNAVAILABLE",
      "GATEWAY_TIMEOUT",
      "HTTP_VERSION_NOT_SUPPORTED",
      "INSUFFICIENT_STORAGE",
      "NOT_EXTENDED",
      "NETWORK_AUTHENTICATION_REQUIRED",
      "EARLY_HINTS",
      "TOO_EARLY",
    ];
    for (const c of expected) {
      // subTest(constant=const); assertHasAttr(client, const)
      expect(client).toHaveProperty([c]);
    }
  });
});
