// Ported from CPython 3.14.5 Lib/http/__init__.py (PSF License; see LICENSE).
// Lib/http/__init__.py: the HTTPStatus and HTTPMethod enums.
//
// Python builds both with enum's _simple_enum. Here each enum is a callable object:
// `HTTPStatus(200)` (or `HTTPStatus.of(200)`) looks a member up by value, `HTTPStatus.OK`
// is a member, `for (const m of HTTPStatus)` walks the canonical members in definition
// order and `HTTPStatus.__members__` is the name -> member map, aliases included.
// `m instanceof HTTPStatus` holds for members.

import { KeyError, ValueError, repr } from "../builtins";

export const __all__ = ["HTTPStatus", "HTTPMethod"];

// ---------------------------------------------------------------------------
// Shared enum machinery

/** The class-level API of one of these enums (what Python offers on the enum class). */
interface EnumClass<M, V> {
  /** Looks a member up by value (Python's `HTTPStatus(value)`); ValueError when none. */
  (value: unknown): M;
  /** The same lookup as a method. */
  of(value: unknown): M;
  /** Every name, aliases included, to its member, in definition order. */
  readonly __members__: ReadonlyMap<string, M>;
  /** The canonical member names, in definition order (Python's `_member_names_`). */
  readonly _member_names_: readonly string[];
  /** Value -> canonical member. */
  readonly _value2member_map_: ReadonlyMap<V, M>;
  /** Python's `HTTPStatus['OK']`: KeyError for an unknown name. */
  __getitem__(name: string): M;
  /** Python's `value in HTTPStatus`: true for a member or a member's value. */
  __contains__(value: unknown): boolean;
  /** Python's len(HTTPStatus): the canonical members, aliases excluded. */
  __len__(): number;
  __repr__(): string;
  __str__(): string;
  readonly __pyname__: string;
  readonly prototype: M;
  [Symbol.iterator](): IterableIterator<M>;
}

/** Builds the callable enum object over already-created members. */
function buildEnum<M extends { readonly _name_: string; readonly _value_: V }, V>(
  pyname: string,
  memberClass: { prototype: M },
  entries: Array<[string, M]>,
): EnumClass<M, V> {
  const members = new Map<string, M>(entries);
  const names: string[] = [];
  const byValue = new Map<V, M>();
  for (const [name, m] of entries) {
    if (m._name_ === name) {
      names.push(name);
      byValue.set(m._value_, m);
    }
  }
  const lookup = (value: unknown): M => {
    if (value instanceof (memberClass as unknown as Function)) return value as M;
    let key: unknown = value;
    // An int-valued enum finds 200 given as a bigint too, as Python's int equality would.
    if (typeof key === "bigint" && key >= BigInt(Number.MIN_SAFE_INTEGER) && key <= BigInt(Number.MAX_SAFE_INTEGER)) {
      key = Number(key);
    }
    const m = byValue.get(key as V);
    if (m === undefined || typeof key !== typeof m._value_) {
      throw new ValueError(`${repr(value)} is not a valid ${pyname}`);
    }
    return m;
  };
  const cls = function (value: unknown): M {
    return lookup(value);
  } as unknown as EnumClass<M, V>;
  const props: PropertyDescriptorMap = {
    name: { value: pyname },
    __pyname__: { value: pyname },
    prototype: { value: memberClass.prototype },
    of: { value: lookup },
    __members__: { value: members },
    _member_names_: { value: Object.freeze(names.slice()) },
    _value2member_map_: { value: byValue },
    __getitem__: {
      value: (name: string): M => {
        const m = members.get(name);
        if (m === undefined) throw new KeyError(name);
        return m;
      },
    },
    __contains__: {
      value: (value: unknown): boolean => {
        if (value instanceof (memberClass as unknown as Function)) return true;
        try {
          lookup(value);
          return true;
        } catch {
          return false;
        }
      },
    },
    __len__: { value: () => names.length },
    __repr__: { value: () => `<enum '${pyname}'>` },
    __str__: { value: () => `<enum '${pyname}'>` },
    [Symbol.iterator]: { value: () => names.map((n) => members.get(n)!)[Symbol.iterator]() },
  };
  for (const [name, m] of entries) props[name] = { value: m, enumerable: true };
  Object.defineProperties(cls, props);
  // type(member) is the enum: constructor points at the callable.
  Object.defineProperty(memberClass.prototype, "constructor", { value: cls, configurable: true, writable: true });
  return Object.freeze(cls);
}

// ---------------------------------------------------------------------------
// HTTPStatus

/**
 * HTTP status codes and reason phrases (an IntEnum). A member behaves like its int
 * where JS allows: `valueOf()` is the number (so `+m`, `m == 200`, `m >= 100` work),
 * `str(m)` / `` `${m}` `` is "200" and `repr(m)` is "<HTTPStatus.OK: 200>", as in 3.14.
 */
class HTTPStatusMember {
  static readonly __pyname__ = "HTTPStatus";
  readonly _name_: string;
  readonly _value_: number;
  readonly phrase: string;
  readonly description: string;

  constructor(name: string, value: number, phrase: string, description = "") {
    this._name_ = name;
    this._value_ = value;
    this.phrase = phrase;
    this.description = description;
    Object.freeze(this);
  }

  get name(): string {
    return this._name_;
  }
  get value(): number {
    return this._value_;
  }

  get is_informational(): boolean {
    return 100 <= this._value_ && this._value_ <= 199;
  }
  get is_success(): boolean {
    return 200 <= this._value_ && this._value_ <= 299;
  }
  get is_redirection(): boolean {
    return 300 <= this._value_ && this._value_ <= 399;
  }
  get is_client_error(): boolean {
    return 400 <= this._value_ && this._value_ <= 499;
  }
  get is_server_error(): boolean {
    return 500 <= this._value_ && this._value_ <= 599;
  }
  get isInformational(): boolean {
    return this.is_informational;
  }
  get isSuccess(): boolean {
    return this.is_success;
  }
  get isRedirection(): boolean {
    return this.is_redirection;
  }
  get isClientError(): boolean {
    return this.is_client_error;
  }
  get isServerError(): boolean {
    return this.is_server_error;
  }

  valueOf(): number {
    return this._value_;
  }
  /** IntEnum's str() is the int's (since 3.11). */
  toString(): string {
    return this.__str__();
  }
  toJSON(): number {
    return this._value_;
  }
  __str__(): string {
    return String(this._value_);
  }
  __repr__(): string {
    return `<HTTPStatus.${this._name_}: ${this._value_}>`;
  }
  __int__(): number {
    return this._value_;
  }
  __index__(): number {
    return this._value_;
  }
  __hash__(): number {
    return this._value_;
  }
  /** The public attributes a member has beyond int's (what dir() shows of interest). */
  __dir__(): string[] {
    return [
      "__class__", "__doc__", "__eq__", "__hash__", "__module__", "__repr__", "__str__",
      "description", "is_client_error", "is_informational", "is_redirection",
      "is_server_error", "is_success", "name", "phrase", "value",
    ];
  }
}

export type HTTPStatus = HTTPStatusMember;

// [name, value, phrase, description], or [alias, canonical name], in the order of
// Lib/http/__init__.py.
const STATUS_DEFS = [
  // informational
  ["CONTINUE", 100, "Continue", "Request received, please continue"],
  ["SWITCHING_PROTOCOLS", 101, "Switching Protocols", "Switching to new protocol; obey Upgrade header"],
  ["PROCESSING", 102, "Processing", "Server is processing the request"],
  ["EARLY_HINTS", 103, "Early Hints", "Headers sent to prepare for the response"],
  // success
  ["OK", 200, "OK", "Request fulfilled, document follows"],
  ["CREATED", 201, "Created", "Document created, URL follows"],
  ["ACCEPTED", 202, "Accepted", "Request accepted, processing continues off-line"],
  ["NON_AUTHORITATIVE_INFORMATION", 203, "Non-Authoritative Information", "Request fulfilled from cache"],
  ["NO_CONTENT", 204, "No Content", "Request fulfilled, nothing follows"],
  ["RESET_CONTENT", 205, "Reset Content", "Clear input form for further input"],
  ["PARTIAL_CONTENT", 206, "Partial Content", "Partial content follows"],
  ["MULTI_STATUS", 207, "Multi-Status", "Response contains multiple statuses in the body"],
  ["ALREADY_REPORTED", 208, "Already Reported", "Operation has already been reported"],
  ["IM_USED", 226, "IM Used", "Request completed using instance manipulations"],
  // redirection
  ["MULTIPLE_CHOICES", 300, "Multiple Choices", "Object has several resources -- see URI list"],
  ["MOVED_PERMANENTLY", 301, "Moved Permanently", "Object moved permanently -- see URI list"],
  ["FOUND", 302, "Found", "Object moved temporarily -- see URI list"],
  ["SEE_OTHER", 303, "See Other", "Object moved -- see Method and URL list"],
  ["NOT_MODIFIED", 304, "Not Modified", "Document has not changed since given time"],
  ["USE_PROXY", 305, "Use Proxy", "You must use proxy specified in Location to access this resource"],
  ["TEMPORARY_REDIRECT", 307, "Temporary Redirect", "Object moved temporarily -- see URI list"],
  ["PERMANENT_REDIRECT", 308, "Permanent Redirect", "Object moved permanently -- see URI list"],
  // client error
  ["BAD_REQUEST", 400, "Bad Request", "Bad request syntax or unsupported method"],
  ["UNAUTHORIZED", 401, "Unauthorized", "No permission -- see authorization schemes"],
  ["PAYMENT_REQUIRED", 402, "Payment Required", "No payment -- see charging schemes"],
  ["FORBIDDEN", 403, "Forbidden", "Request forbidden -- authorization will not help"],
  ["NOT_FOUND", 404, "Not Found", "Nothing matches the given URI"],
  ["METHOD_NOT_ALLOWED", 405, "Method Not Allowed", "Specified method is invalid for this resource"],
  ["NOT_ACCEPTABLE", 406, "Not Acceptable", "URI not available in preferred format"],
  ["PROXY_AUTHENTICATION_REQUIRED", 407, "Proxy Authentication Required", "You must authenticate with this proxy before proceeding"],
  ["REQUEST_TIMEOUT", 408, "Request Timeout", "Request timed out; try again later"],
  ["CONFLICT", 409, "Conflict", "Request conflict"],
  ["GONE", 410, "Gone", "URI no longer exists and has been permanently removed"],
  ["LENGTH_REQUIRED", 411, "Length Required", "Client must specify Content-Length"],
  ["PRECONDITION_FAILED", 412, "Precondition Failed", "Precondition in headers is false"],
  ["CONTENT_TOO_LARGE", 413, "Content Too Large", "Content is too large"],
  ["REQUEST_ENTITY_TOO_LARGE", "CONTENT_TOO_LARGE"],
  ["URI_TOO_LONG", 414, "URI Too Long", "URI is too long"],
  ["REQUEST_URI_TOO_LONG", "URI_TOO_LONG"],
  ["UNSUPPORTED_MEDIA_TYPE", 415, "Unsupported Media Type", "Entity body in unsupported format"],
  ["RANGE_NOT_SATISFIABLE", 416, "Range Not Satisfiable", "Cannot satisfy request range"],
  ["REQUESTED_RANGE_NOT_SATISFIABLE", "RANGE_NOT_SATISFIABLE"],
  ["EXPECTATION_FAILED", 417, "Expectation Failed", "Expect condition could not be satisfied"],
  ["IM_A_TEAPOT", 418, "I'm a Teapot", "Server refuses to brew coffee because it is a teapot"],
  ["MISDIRECTED_REQUEST", 421, "Misdirected Request", "Server is not able to produce a response"],
  ["UNPROCESSABLE_CONTENT", 422, "Unprocessable Content", "Server is not able to process the contained instructions"],
  ["UNPROCESSABLE_ENTITY", "UNPROCESSABLE_CONTENT"],
  ["LOCKED", 423, "Locked", "Resource of a method is locked"],
  ["FAILED_DEPENDENCY", 424, "Failed Dependency", "Dependent action of the request failed"],
  ["TOO_EARLY", 425, "Too Early", "Server refuses to process a request that might be replayed"],
  ["UPGRADE_REQUIRED", 426, "Upgrade Required", "Server refuses to perform the request using the current protocol"],
  ["PRECONDITION_REQUIRED", 428, "Precondition Required", "The origin server requires the request to be conditional"],
  ["TOO_MANY_REQUESTS", 429, "Too Many Requests", 'The user has sent too many requests in a given amount of time ("rate limiting")'],
  ["REQUEST_HEADER_FIELDS_TOO_LARGE", 431, "Request Header Fields Too Large", "The server is unwilling to process the request because its header fields are too large"],
  ["UNAVAILABLE_FOR_LEGAL_REASONS", 451, "Unavailable For Legal Reasons", "The server is denying access to the resource as a consequence of a legal demand"],
  // server errors
  ["INTERNAL_SERVER_ERROR", 500, "Internal Server Error", "Server got itself in trouble"],
  ["NOT_IMPLEMENTED", 501, "Not Implemented", "Server does not support this operation"],
  ["BAD_GATEWAY", 502, "Bad Gateway", "Invalid responses from another server/proxy"],
  ["SERVICE_UNAVAILABLE", 503, "Service Unavailable", "The server cannot process the request due to a high load"],
  ["GATEWAY_TIMEOUT", 504, "Gateway Timeout", "The gateway server did not receive a timely response"],
  ["HTTP_VERSION_NOT_SUPPORTED", 505, "HTTP Version Not Supported", "Cannot fulfill request"],
  ["VARIANT_ALSO_NEGOTIATES", 506, "Variant Also Negotiates", "Server has an internal configuration error"],
  ["INSUFFICIENT_STORAGE", 507, "Insufficient Storage", "Server is not able to store the representation"],
  ["LOOP_DETECTED", 508, "Loop Detected", "Server encountered an infinite loop while processing a request"],
  ["NOT_EXTENDED", 510, "Not Extended", "Request does not meet the resource access policy"],
  ["NETWORK_AUTHENTICATION_REQUIRED", 511, "Network Authentication Required", "The client needs to authenticate to gain network access"],
] as const;

/** Every HTTPStatus name, aliases included. */
export type HTTPStatusName = (typeof STATUS_DEFS)[number][0];

function statusEntries(): Array<[string, HTTPStatusMember]> {
  const byName = new Map<string, HTTPStatusMember>();
  const out: Array<[string, HTTPStatusMember]> = [];
  for (const def of STATUS_DEFS) {
    const m = def.length === 2 ? byName.get(def[1])! : new HTTPStatusMember(def[0], def[1], def[2], def[3]);
    byName.set(def[0], m);
    out.push([def[0], m]);
  }
  return out;
}

export const HTTPStatus: EnumClass<HTTPStatus, number> & { readonly [K in HTTPStatusName]: HTTPStatus } =
  buildEnum<HTTPStatusMember, number>("HTTPStatus", HTTPStatusMember, statusEntries()) as never;

// ---------------------------------------------------------------------------
// HTTPMethod

/**
 * HTTP methods and descriptions (a StrEnum): `str(m)`, `` `${m}` `` and `valueOf()` are the
 * value ("GET"); `repr(m)` is "<HTTPMethod.GET>", as HTTPMethod.__repr__ defines it.
 */
class HTTPMethodMember {
  static readonly __pyname__ = "HTTPMethod";
  readonly _name_: string;
  readonly _value_: string;
  readonly description: string;

  constructor(name: string, value: string, description: string) {
    this._name_ = name;
    this._value_ = value;
    this.description = description;
    Object.freeze(this);
  }

  get name(): string {
    return this._name_;
  }
  get value(): string {
    return this._value_;
  }
  valueOf(): string {
    return this._value_;
  }
  toString(): string {
    return this._value_;
  }
  toJSON(): string {
    return this._value_;
  }
  __str__(): string {
    return this._value_;
  }
  __repr__(): string {
    return `<HTTPMethod.${this._name_}>`;
  }
  __dir__(): string[] {
    return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "__repr__", "__str__", "description", "name", "value"];
  }
}

export type HTTPMethod = HTTPMethodMember;

const METHOD_DEFS = [
  ["CONNECT", "Establish a connection to the server."],
  ["DELETE", "Remove the target."],
  ["GET", "Retrieve the target."],
  ["HEAD", "Same as GET, but only retrieve the status line and header section."],
  ["OPTIONS", "Describe the communication options for the target."],
  ["PATCH", "Apply partial modifications to a target."],
  ["POST", "Perform target-specific processing with the request payload."],
  ["PUT", "Replace the target with the request payload."],
  ["TRACE", "Perform a message loop-back test along the path to the target."],
] as const;

export type HTTPMethodName = (typeof METHOD_DEFS)[number][0];

export const HTTPMethod: EnumClass<HTTPMethod, string> & { readonly [K in HTTPMethodName]: HTTPMethod } =
  buildEnum<HTTPMethodMember, string>(
    "HTTPMethod",
    HTTPMethodMember,
    METHOD_DEFS.map(([name, description]) => [name, new HTTPMethodMember(name, name, description)]),
  ) as never;
