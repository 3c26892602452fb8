// HTTPStatus / HTTPMethod (src/http/index.ts) against CPython 3.14's Lib/http/__init__.py.
import { HTTPMethod, HTTPStatus } from "../../src/http/index";
import { KeyError, ValueError, repr, str, typeName } from "../../src/builtins";

// Dumped from CPython 3.14.2 (Pyodide): [key in __members__, member.name, value, phrase, description].
const MEMBERS: Array<[string, string, number, string, string]> = [
  ["CONTINUE", "CONTINUE", 100, "Continue", "Request received, please continue"],
  ["SWITCHING_PROTOCOLS", "SWITCHING_PROTOCOLS", 101, "Switching Protocols", "Switching to new protocol; obey Upgrade header"],
  ["PROCESSING", "PROCESSING", 102, "Processing", "Server is processing the request"],
  ["EARLY_HINTS", "EARLY_HINTS", 103, "Early Hints", "Headers sent to prepare for the response"],
  ["OK", "OK", 200, "OK", "Request fulfilled, document follows"],
  ["CREATED", "CREATED", 201, "Created", "Document created, URL follows"],
  ["ACCEPTED", "ACCEPTED", 202, "Accepted", "Request accepted, processing continues off-line"],
  ["NON_AUTHORITATIVE_INFORMATION", "NON_AUTHORITATIVE_INFORMATION", 203, "Non-Authoritative Information", "Request fulfilled from cache"],
  ["NO_CONTENT", "NO_CONTENT", 204, "No Content", "Request fulfilled, nothing follows"],
  ["RESET_CONTENT", "RESET_CONTENT", 205, "Reset Content", "Clear input form for further input"],
  ["PARTIAL_CONTENT", "PARTIAL_CONTENT", 206, "Partial Content", "Partial content follows"],
  ["MULTI_STATUS", "MULTI_STATUS", 207, "Multi-Status", "Response contains multiple statuses in the body"],
  ["ALREADY_REPORTED", "ALREADY_REPORTED", 208, "Already Reported", "Operation has already been reported"],
  ["IM_USED", "IM_USED", 226, "IM Used", "Request completed using instance manipulations"],
  ["MULTIPLE_CHOICES", "MULTIPLE_CHOICES", 300, "Multiple Choices", "Object has several resources -- see URI list"],
  ["MOVED_PERMANENTLY", "MOVED_PERMANENTLY", 301, "Moved Permanently", "Object moved permanently -- see URI list"],
  ["FOUND", "FOUND", 302, "Found", "Object moved temporarily -- see URI list"],
  ["SEE_OTHER", "SEE_OTHER", 303, "See Other", "Object moved -- see Method and URL list"],
  ["NOT_MODIFIED", "NOT_MODIFIED", 304, "Not Modified", "Document has not changed since given time"],
  ["USE_PROXY", "USE_PROXY", 305, "Use Proxy", "You must use proxy specified in Location to access this resource"],
  ["TEMPORARY_REDIRECT", "TEMPORARY_REDIRECT", 307, "Temporary Redirect", "Object moved temporarily -- see URI list"],
  ["PERMANENT_REDIRECT", "PERMANENT_REDIRECT", 308, "Permanent Redirect", "Object moved permanently -- see URI list"],
  ["BAD_REQUEST", "BAD_REQUEST", 400, "Bad Request", "Bad request syntax or unsupported method"],
  ["UNAUTHORIZED", "UNAUTHORIZED", 401, "Unauthorized", "No permission -- see authorization schemes"],
  ["PAYMENT_REQUIRED", "PAYMENT_REQUIRED", 402, "Payment Required", "No payment -- see charging schemes"],
  ["FORBIDDEN", "FORBIDDEN", 403, "Forbidden", "Request forbidden -- authorization will not help"],
  ["NOT_FOUND", "NOT_FOUND", 404, "Not Found", "Nothing matches the given URI"],
  ["METHOD_NOT_ALLOWED", "METHOD_NOT_ALLOWED", 405, "Method Not Allowed", "Specified method is invalid for this resource"],
  ["NOT_ACCEPTABLE", "NOT_ACCEPTABLE", 406, "Not Acceptable", "URI not available in preferred format"],
  ["PROXY_AUTHENTICATION_REQUIRED", "PROXY_AUTHENTICATION_REQUIRED", 407, "Proxy Authentication Required", "You must authenticate with this proxy before proceeding"],
  ["REQUEST_TIMEOUT", "REQUEST_TIMEOUT", 408, "Request Timeout", "Request timed out; try again later"],
  ["CONFLICT", "CONFLICT", 409, "Conflict", "Request conflict"],
  ["GONE", "GONE", 410, "Gone", "URI no longer exists and has been permanently removed"],
  ["LENGTH_REQUIRED", "LENGTH_REQUIRED", 411, "Length Required", "Client must specify Content-Length"],
  ["PRECONDITION_FAILED", "PRECONDITION_FAILED", 412, "Precondition Failed", "Precondition in headers is false"],
  ["CONTENT_TOO_LARGE", "CONTENT_TOO_LARGE", 413, "Content Too Large", "Content is too large"],
  ["REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE", 413, "Content Too Large", "Content is too large"],
  ["URI_TOO_LONG", "URI_TOO_LONG", 414, "URI Too Long", "URI is too long"],
  ["REQUEST_URI_TOO_LONG", "URI_TOO_LONG", 414, "URI Too Long", "URI is too long"],
  ["UNSUPPORTED_MEDIA_TYPE", "UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported Media Type", "Entity body in unsupported format"],
  ["RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE", 416, "Range Not Satisfiable", "Cannot satisfy request range"],
  ["REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE", 416, "Range Not Satisfiable", "Cannot satisfy request range"],
  ["EXPECTATION_FAILED", "EXPECTATION_FAILED", 417, "Expectation Failed", "Expect condition could not be satisfied"],
  ["IM_A_TEAPOT", "IM_A_TEAPOT", 418, "I'm a Teapot", "Server refuses to brew coffee because it is a teapot"],
  ["MISDIRECTED_REQUEST", "MISDIRECTED_REQUEST", 421, "Misdirected Request", "Server is not able to produce a response"],
  ["UNPROCESSABLE_CONTENT", "UNPROCESSABLE_CONTENT", 422, "Unprocessable Content", "Server is not able to process the contained instructions"],
  ["UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT", 422, "Unprocessable Content", "Server is not able to process the contained instructions"],
  ["LOCKED", "LOCKED", 423, "Locked", "Resource of a method is locked"],
  ["FAILED_DEPENDENCY", "FAILED_DEPENDENCY", 424, "Failed Dependency", "Dependent action of the request failed"],
  ["TOO_EARLY", "TOO_EARLY", 425, "Too Early", "Server refuses to process a request that might be replayed"],
  ["UPGRADE_REQUIRED", "UPGRADE_REQUIRED", 426, "Upgrade Required", "Server refuses to perform the request using the current protocol"],
  ["PRECONDITION_REQUIRED", "PRECONDITION_REQUIRED", 428, "Precondition Required", "The origin server requires the request to be conditional"],
  ["TOO_MANY_REQUESTS", "TOO_MANY_REQUESTS", 429, "Too Many Requests", "The user has sent too many requests in a given amount of time (\"rate limiting\")"],
  ["REQUEST_HEADER_FIELDS_TOO_LARGE", "REQUEST_HEADER_FIELDS_TOO_LARGE", 431, "Request Header Fields Too Large", "The server is unwilling to process the request because its header fields are too large"],
  ["UNAVAILABLE_FOR_LEGAL_REASONS", "UNAVAILABLE_FOR_LEGAL_REASONS", 451, "Unavailable For Legal Reasons", "The server is denying access to the resource as a consequence of a legal demand"],
  ["INTERNAL_SERVER_ERROR", "INTERNAL_SERVER_ERROR", 500, "Internal Server Error", "Server got itself in trouble"],
  ["NOT_IMPLEMENTED", "NOT_IMPLEMENTED", 501, "Not Implemented", "Server does not support this operation"],
  ["BAD_GATEWAY", "BAD_GATEWAY", 502, "Bad Gateway", "Invalid responses from another server/proxy"],
  ["SERVICE_UNAVAILABLE", "SERVICE_UNAVAILABLE", 503, "Service Unavailable", "The server cannot process the request due to a high load"],
  ["GATEWAY_TIMEOUT", "GATEWAY_TIMEOUT", 504, "Gateway Timeout", "The gateway server did not receive a timely response"],
  ["HTTP_VERSION_NOT_SUPPORTED", "HTTP_VERSION_NOT_SUPPORTED", 505, "HTTP Version Not Supported", "Cannot fulfill request"],
  ["VARIANT_ALSO_NEGOTIATES", "VARIANT_ALSO_NEGOTIATES", 506, "Variant Also Negotiates", "Server has an internal configuration error"],
  ["INSUFFICIENT_STORAGE", "INSUFFICIENT_STORAGE", 507, "Insufficient Storage", "Server is not able to store the representation"],
  ["LOOP_DETECTED", "LOOP_DETECTED", 508, "Loop Detected", "Server encountered an infinite loop while processing a request"],
  ["NOT_EXTENDED", "NOT_EXTENDED", 510, "Not Extended", "Request does not meet the resource access policy"],
  ["NETWORK_AUTHENTICATION_REQUIRED", "NETWORK_AUTHENTICATION_REQUIRED", 511, "Network Authentication Required", "The client needs to authenticate to gain network access"],
];
const METHODS: Array<[string, string, string, string]> = [
  ["CONNECT", "CONNECT", "CONNECT", "Establish a connection to the server."],
  ["DELETE", "DELETE", "DELETE", "Remove the target."],
  ["GET", "GET", "GET", "Retrieve the target."],
  ["HEAD", "HEAD", "HEAD", "Same as GET, but only retrieve the status line and header section."],
  ["OPTIONS", "OPTIONS", "OPTIONS", "Describe the communication options for the target."],
  ["PATCH", "PATCH", "PATCH", "Apply partial modifications to a target."],
  ["POST", "POST", "POST", "Perform target-specific processing with the request payload."],
  ["PUT", "PUT", "PUT", "Replace the target with the request payload."],
  ["TRACE", "TRACE", "TRACE", "Perform a message loop-back test along the path to the target."],
];

describe("HTTPStatus", () => {
  test("__members__ matches CPython, aliases included, in definition order", () => {
    const got = [...HTTPStatus.__members__].map(([k, m]) => [k, m.name, m.value, m.phrase, m.description]);
    expect(got).toEqual(MEMBERS);
  });

  test("iteration and len() exclude aliases (test_simple_httpstatus)", () => {
    const canonical = MEMBERS.filter(([k, name]) => k === name).map(([k]) => k);
    expect([...HTTPStatus].map((m) => m.name)).toEqual(canonical);
    expect(HTTPStatus.__len__()).toBe(62);
    expect(HTTPStatus._member_names_).toEqual(canonical);
  });

  test("aliases are the same member", () => {
    expect(HTTPStatus.REQUEST_ENTITY_TOO_LARGE).toBe(HTTPStatus.CONTENT_TOO_LARGE);
    expect(HTTPStatus.REQUEST_URI_TOO_LONG).toBe(HTTPStatus.URI_TOO_LONG);
    expect(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE).toBe(HTTPStatus.RANGE_NOT_SATISFIABLE);
    expect(HTTPStatus.UNPROCESSABLE_ENTITY).toBe(HTTPStatus.UNPROCESSABLE_CONTENT);
    expect(HTTPStatus.UNPROCESSABLE_ENTITY.name).toBe("UNPROCESSABLE_CONTENT");
    expect(repr(HTTPStatus.__getitem__("REQUEST_ENTITY_TOO_LARGE"))).toBe("<HTTPStatus.CONTENT_TOO_LARGE: 413>");
  });

  test("lookup by value", () => {
    expect(HTTPStatus(200)).toBe(HTTPStatus.OK);
    expect(HTTPStatus.of(404)).toBe(HTTPStatus.NOT_FOUND);
    expect(HTTPStatus(413)).toBe(HTTPStatus.CONTENT_TOO_LARGE);
    expect(HTTPStatus(HTTPStatus.OK)).toBe(HTTPStatus.OK);
    expect(HTTPStatus(200n)).toBe(HTTPStatus.OK);
    expect(() => HTTPStatus(999)).toThrow(ValueError);
    expect(() => HTTPStatus(999)).toThrow("999 is not a valid HTTPStatus");
    expect(() => HTTPStatus("200")).toThrow("'200' is not a valid HTTPStatus");
    expect(() => HTTPStatus.__getitem__("X")).toThrow(KeyError);
    expect(HTTPStatus.__contains__(200)).toBe(true);
    expect(HTTPStatus.__contains__(HTTPStatus.OK)).toBe(true);
    expect(HTTPStatus.__contains__(299)).toBe(false);
  });

  test("members behave like ints; str() and repr() as 3.14's IntEnum", () => {
    const ok = HTTPStatus.OK;
    expect(str(ok)).toBe("200");
    expect(`${ok}`).toBe("200");
    expect(String(ok)).toBe("200");
    expect(repr(ok)).toBe("<HTTPStatus.OK: 200>");
    expect(ok.valueOf()).toBe(200);
    expect(+ok + 1).toBe(201);
    expect((ok as unknown) == 200).toBe(true);
    expect(Number(HTTPStatus.NOT_FOUND) > Number(ok)).toBe(true);
    expect(JSON.stringify({ s: ok })).toBe('{"s":200}');
    expect(ok.name).toBe("OK");
    expect(ok.value).toBe(200);
    expect(ok._value_).toBe(200);
    expect(ok.phrase).toBe("OK");
    expect(ok.description).toBe("Request fulfilled, document follows");
  });

  test("type and class repr", () => {
    expect(HTTPStatus.OK instanceof HTTPStatus).toBe(true);
    expect(HTTPMethod.GET instanceof HTTPStatus).toBe(false);
    expect(typeName(HTTPStatus.OK)).toBe("HTTPStatus");
    expect(HTTPStatus.OK.constructor).toBe(HTTPStatus);
    expect(repr(HTTPStatus)).toBe("<enum 'HTTPStatus'>");
    expect(repr(HTTPMethod)).toBe("<enum 'HTTPMethod'>");
    expect(Object.isFrozen(HTTPStatus.OK)).toBe(true);
  });

  test("test_dir_with_added_behavior_on_status", () => {
    const dir = new Set(HTTPStatus(404).__dir__());
    for (const a of ["description", "name", "phrase", "value"]) {
      expect(dir.has(a)).toBe(true);
      expect(a in HTTPStatus(404)).toBe(true);
    }
  });

  test("test_httpstatus_range", () => {
    for (const member of HTTPStatus.__members__.values()) {
      expect(+member).toBeGreaterThanOrEqual(100);
      expect(+member).toBeLessThanOrEqual(599);
    }
  });

  test("test_httpstatus_category (snake_case and camelCase)", () => {
    const categories: Array<[[number, number], "is_informational" | "is_success" | "is_redirection" | "is_client_error" | "is_server_error", string]> = [
      [[100, 199], "is_informational", "isInformational"],
      [[200, 299], "is_success", "isSuccess"],
      [[300, 399], "is_redirection", "isRedirection"],
      [[400, 499], "is_client_error", "isClientError"],
      [[500, 599], "is_server_error", "isServerError"],
    ];
    let checked = 0;
    for (const member of HTTPStatus.__members__.values()) {
      for (const [[lower, upper], category, camel] of categories) {
        const inside = lower <= +member && +member <= upper;
        expect(member[category]).toBe(inside);
        expect((member as unknown as Record<string, boolean>)[camel]).toBe(inside);
        checked++;
      }
    }
    expect(checked).toBe(66 * 5);
    expect(HTTPStatus.CONTINUE.is_informational).toBe(true);
    expect(HTTPStatus.IM_A_TEAPOT.is_client_error).toBe(true);
    expect(HTTPStatus.OK.is_server_error).toBe(false);
  });
});

describe("HTTPMethod", () => {
  test("__members__ matches CPython", () => {
    expect([...HTTPMethod.__members__].map(([k, m]) => [k, m.name, m.value, m.description])).toEqual(METHODS);
    expect([...HTTPMethod].map((m) => m.value)).toEqual(METHODS.map((r) => r[2]));
  });

  test("StrEnum behaviour", () => {
    const get = HTTPMethod.GET;
    expect(str(get)).toBe("GET");
    expect(`${get}`).toBe("GET");
    expect(repr(get)).toBe("<HTTPMethod.GET>");
    expect(get.valueOf()).toBe("GET");
    expect((get as unknown) == "GET").toBe(true);
    expect(HTTPMethod("GET")).toBe(get);
    expect(HTTPMethod.of("POST")).toBe(HTTPMethod.POST);
    expect(() => HTTPMethod("get")).toThrow("'get' is not a valid HTTPMethod");
    expect(typeName(get)).toBe("HTTPMethod");
    expect(get instanceof HTTPMethod).toBe(true);
    expect(HTTPMethod.__len__()).toBe(9);
  });
});
