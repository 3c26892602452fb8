// Ported from CPython 3.14.5 Lib/urllib/parse.py (PSF License; see LICENSE).
// Lib/urllib/parse.py: the part http.client uses, urlsplit() and its SplitResult,
// with urlunsplit() to put one back together. str input only (Python also takes bytes).

import { ValueError, TypeError, repr, typeName } from "../builtins";

export const __all__ = ["urlsplit", "urlunsplit", "SplitResult"];

export const uses_netloc = [
  "", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
  "snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
  "git+ssh", "ws", "wss", "itms-services",
];

/** Characters valid in scheme names. */
export const scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

/** Leading and trailing C0 control and space stripped per the WHATWG spec: U+0000 to U+0020. */
const WHATWG_C0_CONTROL_OR_SPACE_LEAD = /^[\x00-\x20]+/;
const WHATWG_C0_CONTROL_OR_SPACE_TRAIL = /[\x00-\x20]+$/;

/** Unsafe bytes removed per the WHATWG spec. */
const UNSAFE_URL_BYTES_TO_REMOVE = /[\t\r\n]/g;

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** Python's str.partition(sep). */
function partition(s: string, sep: string): [string, string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, "", ""] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** Python's str.rpartition(sep). */
function rpartition(s: string, sep: string): [string, string, string] {
  const i = s.lastIndexOf(sep);
  return i < 0 ? ["", "", s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---------------------------------------------------------------------------
// Result objects

/**
 * The named 5-tuple urlsplit() returns: a frozen array [scheme, netloc, path, query,
 * fragment] with those fields as properties, plus username, password, hostname and port
 * computed from netloc as Python's _NetlocResultMixinStr does.
 */
export class SplitResult extends Array<string> {
  static readonly __pyname__ = "SplitResult";
  static readonly _fields = ["scheme", "netloc", "path", "query", "fragment"] as const;

  // Array methods that build new arrays (map, slice, ...) give plain arrays.
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  constructor(scheme: string, netloc: string, path: string, query: string, fragment: string) {
    super();
    this.push(scheme, netloc, path, query, fragment);
    Object.defineProperty(this, "__tuple__", { value: true, enumerable: false });
    Object.freeze(this);
  }

  get scheme(): string {
    return this[0]!;
  }
  get netloc(): string {
    return this[1]!;
  }
  get path(): string {
    return this[2]!;
  }
  get query(): string {
    return this[3]!;
  }
  get fragment(): string {
    return this[4]!;
  }

  get _userinfo(): [string | null, string | null] {
    const [userinfo, haveInfo] = rpartition(this.netloc, "@");
    if (haveInfo) {
      const [username, havePassword, password] = partition(userinfo, ":");
      return [username, havePassword ? password : null];
    }
    return [null, null];
  }

  get _hostinfo(): [string, string | null] {
    const [, , hostinfo] = rpartition(this.netloc, "@");
    const [, haveOpenBr, bracketed] = partition(hostinfo, "[");
    let hostname: string;
    let port: string;
    if (haveOpenBr) {
      let rest: string;
      [hostname, , rest] = partition(bracketed, "]");
      [, , port] = partition(rest, ":");
    } else {
      [hostname, , port] = partition(hostinfo, ":");
    }
    return [hostname, port ? port : null];
  }

  get username(): string | null {
    return this._userinfo[0];
  }

  get password(): string | null {
    return this._userinfo[1];
  }

  get hostname(): string | null {
    const hostname = this._hostinfo[0];
    if (!hostname) return null;
    // A scoped IPv6 address's zone must keep its case: http://[fe80::1%tESt]:1234/
    const [host, percent, zone] = partition(hostname, "%");
    return host.toLowerCase() + percent + zone;
  }

  get port(): number | null {
    const port = this._hostinfo[1];
    if (port === null) return null;
    if (!/^[0-9]+$/.test(port)) {
      throw new ValueError(`Port could not be cast to integer value as ${repr(port)}`);
    }
    const n = Number(port);
    if (!(0 <= n && n <= 65535)) throw new ValueError("Port out of range 0-65535");
    return n;
  }

  geturl(): string {
    return urlunsplit(this);
  }
  getUrl(): string {
    return this.geturl();
  }

  /** namedtuple's _replace(**kwds). */
  _replace(kwds: Partial<Record<(typeof SplitResult._fields)[number], string>>): SplitResult {
    const vals = SplitResult._fields.map((f, i) => {
      const v = (kwds as Record<string, string | undefined>)[f];
      return v === undefined ? this[i]! : v;
    });
    const unknown = Object.keys(kwds).filter((k) => !(SplitResult._fields as readonly string[]).includes(k));
    if (unknown.length) throw new ValueError(`Got unexpected field names: ${repr(unknown)}`);
    return new SplitResult(vals[0]!, vals[1]!, vals[2]!, vals[3]!, vals[4]!);
  }

  /** namedtuple's _asdict(). */
  _asdict(): Record<string, string> {
    const out: Record<string, string> = {};
    SplitResult._fields.forEach((f, i) => (out[f] = this[i]!));
    return out;
  }

  __repr__(): string {
    return `SplitResult(${SplitResult._fields.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`;
  }
}

// ---------------------------------------------------------------------------
// Netloc checks

function splitnetloc(url: string, start = 0): [string, string] {
  let delim = url.length; // end of the domain part of url, default is end
  for (const c of "/?#") {
    const wdelim = url.indexOf(c, start);
    if (wdelim >= 0) delim = Math.min(delim, wdelim);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

function checknetloc(netloc: string | null): void {
  if (!netloc || isAscii(netloc)) return;
  // Looking for characters like \u2100 that expand to 'a/c' under IDNA's NFKC.
  const n = netloc.replace(/[@:#?]/g, "");
  const netloc2 = n.normalize("NFKC");
  if (n === netloc2) return;
  for (const c of "/?#@:") {
    if (netloc2.includes(c)) {
      throw new ValueError(`netloc '${netloc}' contains invalid characters under NFKC normalization`);
    }
  }
}

/** Must mirror the splitting done by SplitResult._hostinfo. */
function checkBracketedNetloc(netloc: string): void {
  const hostnameAndPort = rpartition(netloc, "@")[2];
  const [beforeBracket, haveOpenBr, bracketed] = partition(hostnameAndPort, "[");
  let hostname: string;
  if (haveOpenBr) {
    // No data is allowed before a bracket.
    if (beforeBracket) throw new ValueError("Invalid IPv6 URL");
    let port: string;
    [hostname, , port] = partition(bracketed, "]");
    // No data is allowed after the bracket but before the port delimiter.
    if (port && !port.startsWith(":")) throw new ValueError("Invalid IPv6 URL");
  } else {
    hostname = partition(hostnameAndPort, ":")[0];
  }
  checkBracketedHost(hostname);
}

/** Valid bracketed hosts per RFC 3986 (IP-literal) and the WHATWG URL spec. */
function checkBracketedHost(hostname: string): void {
  if (hostname.startsWith("v")) {
    // Python's "." excludes only "\n" (which cannot be here): [^\n] keeps JS from also excluding \u2028.
    if (!/^v[a-fA-F0-9]+\.[^\n]+$/.test(hostname)) throw new ValueError("IPvFuture address is invalid");
  } else {
    const version = ipAddressVersion(hostname);
    if (version === 4) throw new ValueError("An IPv4 address cannot be in brackets");
  }
}

// The validity checks of Lib/ipaddress.py's ip_address() for a str, enough to tell an
// IPv4 address, an IPv6 address (with optional %scope) and anything else apart.

function isIPv4(s: string): boolean {
  if (!s || s.includes("/")) return false;
  const octets = s.split(".");
  if (octets.length !== 4) return false;
  for (const o of octets) {
    if (!/^[0-9]{1,3}$/.test(o)) return false;
    if (o !== "0" && o[0] === "0") return false; // leading zeros, as strict as inet_pton()
    if (Number(o) > 255) return false;
  }
  return true;
}

const HEXTET_COUNT = 8;

function isIPv6(s: string): boolean {
  if (s.includes("/")) return false;
  const [addr, sep, scope] = partition(s, "%");
  if (sep && (!scope || scope.includes("%"))) return false;
  if (!addr || addr.length > 45) return false;
  // Python splits with maxsplit=9: at most 10 parts, the last one keeping any further colons.
  const maxParts = HEXTET_COUNT + 1;
  const all = addr.split(":");
  const parts = all.length > maxParts + 1 ? [...all.slice(0, maxParts), all.slice(maxParts).join(":")] : all;
  if (parts.length < 3) return false;
  if (parts[parts.length - 1]!.includes(".")) {
    if (!isIPv4(parts.pop()!)) return false;
    parts.push("0", "0"); // the two hextets of the IPv4 suffix; their values do not matter here
  }
  if (parts.length > maxParts) return false;
  let skipIndex: number | null = null;
  for (let i = 1; i < parts.length - 1; i++) {
    if (!parts[i]) {
      if (skipIndex !== null) return false; // at most one '::'
      skipIndex = i;
    }
  }
  let partsHi: number;
  let partsLo: number;
  if (skipIndex !== null) {
    partsHi = skipIndex;
    partsLo = parts.length - skipIndex - 1;
    if (!parts[0]) {
      partsHi -= 1;
      if (partsHi) return false;
    }
    if (!parts[parts.length - 1]) {
      partsLo -= 1;
      if (partsLo) return false;
    }
    if (HEXTET_COUNT - (partsHi + partsLo) < 1) return false;
  } else {
    if (parts.length !== HEXTET_COUNT) return false;
    if (!parts[0] || !parts[parts.length - 1]) return false;
    partsHi = parts.length;
    partsLo = 0;
  }
  const hextets = [...parts.slice(0, partsHi), ...parts.slice(parts.length - partsLo)];
  return hextets.every((h) => /^[0-9a-fA-F]{1,4}$/.test(h));
}

/** ipaddress.ip_address(s).version, raising its ValueError for anything else. */
function ipAddressVersion(s: string): 4 | 6 {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  throw new ValueError(`${repr(s)} does not appear to be an IPv4 or IPv6 address`);
}

// ---------------------------------------------------------------------------
// urlsplit / urlunsplit

/**
 * Parses a URL into 5 components: <scheme>://<netloc>/<path>?<query>#<fragment>.
 * `scheme` is the default when the URL has none; with allow_fragments false the
 * fragment stays in the path or query. % escapes are not expanded.
 */
export function urlsplit(
  url: string,
  scheme: string | { scheme?: string; allow_fragments?: boolean; allowFragments?: boolean } = "",
  allow_fragments: unknown = true,
): SplitResult {
  if (typeof scheme === "object" && scheme !== null) {
    const opts = scheme;
    scheme = opts.scheme ?? "";
    allow_fragments = opts.allow_fragments ?? opts.allowFragments ?? true;
  }
  if (typeof url !== "string") {
    throw new TypeError(`urlsplit() of the port takes a str, not '${typeName(url)}'`);
  }
  if (scheme && typeof scheme !== "string") throw new TypeError("Cannot mix str and non-str arguments");
  const [s, netloc, path, query, fragment] = _urlsplit(url, scheme as string, allow_fragments);
  return new SplitResult(s || "", netloc || "", path, query || "", fragment || "");
}

export function _urlsplit(
  url: string,
  scheme: string | null = null,
  allow_fragments: unknown = true,
): [string | null, string | null, string, string | null, string | null] {
  // Only lstrip url as some applications rely on preserving trailing space.
  url = url.replace(WHATWG_C0_CONTROL_OR_SPACE_LEAD, "").replace(UNSAFE_URL_BYTES_TO_REMOVE, "");
  if (scheme !== null) {
    scheme = scheme
      .replace(WHATWG_C0_CONTROL_OR_SPACE_LEAD, "")
      .replace(WHATWG_C0_CONTROL_OR_SPACE_TRAIL, "")
      .replace(UNSAFE_URL_BYTES_TO_REMOVE, "");
  }
  const allowFragments = Boolean(allow_fragments);
  let netloc: string | null = null;
  let query: string | null = null;
  let fragment: string | null = null;
  const i = url.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(url)) {
    const candidate = url.slice(0, i);
    if ([...candidate].every((c) => scheme_chars.includes(c))) {
      scheme = candidate.toLowerCase();
      url = url.slice(i + 1);
    }
  }
  if (url.slice(0, 2) === "//") {
    [netloc, url] = splitnetloc(url, 2);
    const open = netloc.includes("[");
    const close = netloc.includes("]");
    if ((open && !close) || (close && !open)) throw new ValueError("Invalid IPv6 URL");
    if (open && close) checkBracketedNetloc(netloc);
  }
  if (allowFragments && url.includes("#")) {
    [url, , fragment] = partition(url, "#");
  }
  if (url.includes("?")) {
    [url, , query] = partition(url, "?");
  }
  checknetloc(netloc);
  return [scheme, netloc, url, query, fragment];
}

/**
 * Combines the elements of a tuple as returned by urlsplit() into a URL string; any
 * five-item iterable works. Redundant delimiters (an empty query's "?") are dropped.
 */
export function urlunsplit(components: Iterable<string | null | undefined>): string {
  const parts = [...components];
  if (parts.length !== 5) {
    throw new ValueError(
      parts.length > 5
        ? `too many values to unpack (expected 5, got ${parts.length})`
        : `not enough values to unpack (expected 5, got ${parts.length})`,
    );
  }
  // Python's _coerce_args: the first component decides str or bytes, and any other
  // non-empty component of the other kind is an error. Only str is supported here.
  const strInput = typeof parts[0] === "string";
  for (const p of parts.slice(1)) {
    if (p && (typeof p === "string") !== strInput) throw new TypeError("Cannot mix str and non-str arguments");
  }
  if (!strInput && parts.some((p) => p)) {
    throw new TypeError(`urlunsplit() of the port takes str components, not '${typeName(parts[0])}'`);
  }
  const [scheme, netloc0, url, query, fragment] = parts as Array<string | null | undefined>;
  let netloc: string | null = netloc0 || null;
  if (!netloc0) {
    netloc = scheme && uses_netloc.includes(scheme) && (!url || url.slice(0, 1) === "/") ? "" : null;
  }
  return _urlunsplit(scheme || null, netloc, url ?? "", query || null, fragment || null);
}

export function _urlunsplit(
  scheme: string | null,
  netloc: string | null,
  url: string,
  query: string | null,
  fragment: string | null,
): string {
  if (netloc !== null) {
    if (url && url.slice(0, 1) !== "/") url = "/" + url;
    url = "//" + netloc + url;
  } else if (url.slice(0, 2) === "//") {
    url = "//" + url;
  }
  if (scheme) url = scheme + ":" + url;
  if (query !== null) url = url + "?" + query;
  if (fragment !== null) url = url + "#" + fragment;
  return url;
}

export { urlsplit as urlSplit, urlunsplit as urlUnsplit };
