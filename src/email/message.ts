// Ported from CPython 3.14.5 Lib/email/message.py (PSF License; see LICENSE).
// email.message: the Message class (compat32), of which http.client's HTTPMessage is a
// subclass: an ordered list of headers, an optional Unix-From line and a payload.

import {
  AttributeError,
  IndexError,
  KeyError,
  LookupError,
  TypeError,
  UnicodeEncodeError,
  UnicodeError,
  ValueError,
  asBuffer,
  isBytesLike,
  repr,
  reprType,
  str,
  typeName,
} from "../builtins";
import { _pyDecode, _pyEncode } from "./charset";
import { decode_b } from "./_encoded_words";
import * as errors from "./errors";
import { Policy, compat32 } from "./_policybase";
import * as utils from "./utils";
import type { ParamValue, Rfc2231Value } from "./utils";
import { ANY_OBJECT, bindKw as _bindKw, kwspec, type KeywordObject } from "../builtins";
import { BytesGenerator, Generator, _TextBuffer } from "./generator";

const SEMISPACE = "; ";

// Characters in a parameter value that force it to be quoted.
const tspecials = /[ ()<>@,;:\\"/[\]?=]/;

/** Whether k.lower() == lname, lname being lower case already (all ASCII: lnameAscii). (Exported for http.client's fast path.) */
export function sameName(k: string, lname: string, lnameAscii: boolean): boolean {
  // Lower-casing keeps the length of ASCII text; of the rest, only U+0130 grows, and
  // not into ASCII. So the common case compares code units without allocating.
  const n = k.length;
  if (n !== lname.length) return !lnameAscii && k.toLowerCase() === lname;
  for (let i = 0; i < n; i++) {
    let c = k.charCodeAt(i);
    if (c >= 0x80) return k.toLowerCase() === lname;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== lname.charCodeAt(i)) return false;
  }
  return true;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Split header parameters: (main value, rest or null), both stripped. */
export function _splitparam(param: unknown): [string, string | null] {
  // The value might be a Header; for now just stringify it, as Python does.
  const s = str(param);
  const i = s.indexOf(";");
  if (i < 0) return [utils._strip(s), null];
  return [utils._strip(s.slice(0, i)), utils._strip(s.slice(i + 1))];
}

/**
 * Format a key=value pair, quoting the value if needed or if quote is true. A value
 * given as a (charset, language, value) triple, or one that is not ASCII, is encoded
 * per RFC 2231.
 */
export function _formatparam(param: string, value: ParamValue | null = null, quote = true): string {
  if (value !== null && value !== undefined && value.length > 0) {
    // RFC 2231 encoded values are never quoted, per RFC.
    if (Array.isArray(value)) {
      param += "*";
      return `${param}=${utils.encode_rfc2231(value[2], value[0], value[1])}`;
    }
    try {
      _pyEncode(value as string, "ascii");
    } catch (e) {
      if (!(e instanceof UnicodeEncodeError)) throw e;
      param += "*";
      return `${param}=${utils.encode_rfc2231(value as string, "utf-8", "")}`;
    }
    if (quote || tspecials.test(value as string)) return `${param}="${utils.quote(value as string)}"`;
    return `${param}=${value}`;
  }
  return param;
}

/** Python's s.count(needle, start, end), negative indexes included. */
function countIn(s: string, needle: string, start: number, end: number): number {
  const len = s.length;
  if (start < 0) start = Math.max(0, start + len);
  if (end < 0) end = Math.max(0, end + len);
  if (end > len) end = len;
  if (start >= end) return 0;
  let n = 0;
  let i = s.indexOf(needle, start);
  while (i >= 0 && i + needle.length <= end) {
    n++;
    i = s.indexOf(needle, i + needle.length);
  }
  return n;
}

/** Split a header value on the ';' that are not inside quotes. */
export function _parseparam(value: unknown): string[] {
  // The value might be a Header; for now just stringify it, as Python does.
  const s = ";" + str(value);
  const plist: string[] = [];
  let start = 0;
  while (s.indexOf(";", start) === start) {
    start += 1;
    let end = s.indexOf(";", start);
    let ind = start;
    let diff = 0;
    while (end > 0) {
      diff += countIn(s, '"', ind, end) - countIn(s, '\\"', ind, end);
      if (diff % 2 === 0) break;
      [end, ind] = [ind, s.indexOf(";", end + 1)];
    }
    if (end < 0) end = s.length;
    let i = s.indexOf("=", start);
    if (i >= end) i = -1;
    let f: string;
    if (i === -1) f = s.slice(start, end);
    else f = utils._rstrip(s.slice(start, i)).toLowerCase() + "=" + utils._lstrip(s.slice(i + 1, end));
    plist.push(utils._strip(f));
    start = end;
  }
  return plist;
}

/** Unquote a parameter value; of an RFC 2231 triple, only the value part. */
function _unquotevalue(value: ParamValue): ParamValue {
  // Unlike collapse_rfc2231_value(), this keeps the triple: get_param() and
  // get_params() return it for RFC 2231 parameters.
  if (Array.isArray(value)) return [value[0], value[1], utils.unquote(value[2])];
  return utils.unquote(value as string);
}

/** Decode uuencoded data. */
function _decode_uu(encoded: Buffer): Buffer {
  const decoded_lines: Buffer[] = [];
  const lines = bytesSplitlines(encoded);
  let k = 0;
  let found = false;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.subarray(0, 6).toString("latin1") === "begin ") {
      const rest = line.subarray(6);
      const sp = rest.indexOf(0x20);
      const mode = (sp < 0 ? rest : rest.subarray(0, sp)).toString("latin1");
      if (!/^[ \t\n\r\x0b\x0c]*[+-]?(0[oO])?_?[0-7]+(_[0-7]+)*[ \t\n\r\x0b\x0c]*$/.test(mode)) continue;
      found = true;
      k++;
      break;
    }
  }
  if (!found) throw new ValueError("`begin` line not found");
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.length === 0) throw new ValueError("Truncated input");
    if (line.toString("latin1").replace(/^[ \t\r\n\x0c]+|[ \t\r\n\x0c]+$/g, "") === "end") break;
    let decoded: Buffer;
    try {
      decoded = a2b_uu(line);
    } catch {
      // Workaround for broken uuencoders by /Fredrik Lundh
      const nbytes = Math.floor((((line[0]! - 32) & 63) * 4 + 5) / 3);
      decoded = a2b_uu(line.subarray(0, nbytes));
    }
    decoded_lines.push(decoded);
  }
  return Buffer.concat(decoded_lines);
}

/** Any trailing keyword object given to a Message method. */
type Kw = KeywordObject;

/** Something a parser's _factory may be: a Message class. */
export type MessageFactory = new (policy?: Policy) => Message;

/**
 * Basic message object: RFC 5322 headers (a list of (name, value) pairs, where a
 * name may repeat), an optional Unix-From line and a payload (a string, or a list of
 * Message objects for a multipart or message/rfc822).
 */
export class Message implements Iterable<string> {
  // (declared, set by the constructor: V8 constructs a subclass ~30 ns slower through a base class with fields)
  declare policy: Policy;
  declare _headers: [string, any][];
  declare _unixfrom: string | null;
  declare _payload: any;
  declare _charset: unknown;
  declare preamble: string | null;
  declare epilogue: string | null;
  declare defects: Error[];
  declare _default_type: string;

  constructor(policy: Policy | { policy?: Policy } = compat32) {
    if (policy === null || policy === undefined) policy = compat32;
    else if (!(policy instanceof Policy) && typeof (policy as Policy).header_fetch_parse !== "function") {
      policy = (policy as { policy?: Policy }).policy ?? compat32;
    }
    this.policy = policy as Policy;
    this._headers = [];
    this._unixfrom = null;
    this._payload = null;
    this._charset = null;
    // Defaults for multipart messages
    this.preamble = null; // (self.preamble = self.epilogue = None: preamble first, as Python assigns)
    this.epilogue = null;
    this.defects = [];
    // Default content type
    this._default_type = "text/plain";
  }

  /** The entire formatted message as a string (as_string()). */
  __str__(): string {
    return this.as_string();
  }

  toString(): string {
    return this.__str__();
  }

  /**
   * The entire formatted message as a string. unixfrom: include the Unix From_
   * line; maxheaderlen: 0 (the default) disables header wrapping.
   */
  as_string(unixfrom: boolean | Kw = false, maxheaderlen: number | Kw = 0, policy: Policy | null | Kw = null): string {
    const b = _bindKw(arguments, AS_STRING);
    if (b) [unixfrom, maxheaderlen, policy] = b as [boolean, number, Policy | null];
    policy = policy === null || policy === undefined ? this.policy : (policy as Policy);
    const fp = new _TextBuffer();
    const g = new Generator(fp, false, maxheaderlen as number, { policy });
    g.flatten(this, unixfrom as boolean);
    return fp.getvalue();
  }

  /** The entire formatted message as bytes (non-ASCII data is kept as bytes). */
  as_bytes(unixfrom: boolean | Kw = false, policy: Policy | null | Kw = null): Buffer {
    const b = _bindKw(arguments, AS_BYTES);
    if (b) [unixfrom, policy] = b as [boolean, Policy | null];
    policy = policy === null || policy === undefined ? this.policy : (policy as Policy);
    const chunks: Buffer[] = [];
    const g = new BytesGenerator({ write: (d: Buffer) => void chunks.push(d) }, false, null, { policy });
    g.flatten(this, unixfrom as boolean);
    return Buffer.concat(chunks);
  }

  __bytes__(): Buffer {
    return this.as_bytes();
  }

  /** True if the message consists of multiple parts (the payload is a list). */
  is_multipart(): boolean {
    return Array.isArray(this._payload);
  }

  // Unix From_ line

  set_unixfrom(unixfrom: string | null): void {
    this._unixfrom = unixfrom;
  }

  get_unixfrom(): string | null {
    return this._unixfrom;
  }

  // Payload manipulation.

  /** Add the given payload to the current payload, which becomes (or is) a list. */
  attach(payload: Message): void {
    if (this._payload === null || this._payload === undefined) this._payload = [payload];
    else if (Array.isArray(this._payload)) this._payload.push(payload);
    else throw new TypeError("Attach is not valid on a message with a non-multipart payload");
  }

  /**
   * The payload: the list of parts (or part i) of a multipart, else the string. With
   * decode true, a non-multipart payload is returned as bytes, decoded according to
   * its Content-Transfer-Encoding (quoted-printable, base64, uuencode) when it can be.
   */
  get_payload(i: number | null | Kw = null, decode: boolean | Kw = false): any {
    const b = _bindKw(arguments, GET_PAYLOAD);
    if (b) [i, decode] = b as [number | null, boolean];
    if (this.is_multipart()) {
      if (decode) return null;
      if (i === null || i === undefined) return this._payload;
      return pyIndex(this._payload, i as number);
    }
    // For backward compatibility, this error message rather than is_multipart's.
    if (i !== null && i !== undefined && !Array.isArray(this._payload)) {
      throw new TypeError(`Expected list, got ${reprType(this._payload)}`);
    }
    let payload = this._payload;
    let cte: unknown = this.get("content-transfer-encoding", "");
    if (cte !== null && typeof cte === "object" && "cte" in cte) cte = (cte as { cte: unknown }).cte;
    else cte = utils._strip(str(cte)).toLowerCase();
    // payload may be bytes here.
    if (!decode) {
      if (typeof payload === "string" && utils._has_surrogates(payload)) {
        try {
          const bpayload = _pyEncode(payload, "ascii", "surrogateescape");
          try {
            payload = _pyDecode(bpayload, this.get_content_charset("ascii") as string, "replace");
          } catch (e) {
            if (!(e instanceof LookupError)) throw e;
            payload = _pyDecode(bpayload, "ascii", "replace");
          }
        } catch (e) {
          if (!(e instanceof UnicodeEncodeError)) throw e;
        }
      }
      return payload;
    }
    let bpayload: Buffer;
    if (typeof payload === "string") {
      try {
        bpayload = _pyEncode(payload, "ascii", "surrogateescape");
      } catch (e) {
        if (!(e instanceof UnicodeEncodeError)) throw e;
        // Not RFC compliant input; make bytes in a way guaranteed not to fail.
        bpayload = _pyEncode(payload, "raw-unicode-escape");
      }
    } else if (isBytesLike(payload)) {
      bpayload = asBuffer(payload);
    } else {
      bpayload = payload;
    }
    if (cte === "quoted-printable") return a2b_qp(bpayload);
    if (cte === "base64") {
      const [value, defects] = decode_b(Buffer.concat(bytesSplitlines(bpayload)));
      for (const defect of defects) this.policy.handle_defect(this, defect);
      return value;
    }
    if (cte === "x-uuencode" || cte === "uuencode" || cte === "uue" || cte === "x-uue") {
      try {
        return _decode_uu(bpayload);
      } catch (e) {
        // Some decoding problem.
        if (e instanceof ValueError) return bpayload;
        throw e;
      }
    }
    if (typeof payload === "string") return bpayload;
    return payload;
  }

  /** Set the payload (a string, or bytes, kept as ASCII with surrogate escapes). */
  set_payload(payload: unknown, charset: unknown = null): void {
    if (charset !== null && charset !== undefined) {
      // Setting a charset re-encodes the payload (Message.set_charset), which the
      // port does not provide.
      throw new TypeError("set_payload() with a charset is not supported by this port");
    }
    if (typeof payload === "string") {
      this._payload = payload;
      return;
    }
    if (isBytesLike(payload)) this._payload = _pyDecode(asBuffer(payload), "ascii", "surrogateescape");
    else this._payload = payload;
  }

  /** The Charset associated with the message's payload (set only by set_charset()). */
  get_charset(): unknown {
    return this._charset;
  }

  // MAPPING INTERFACE (partial)

  /** The total number of headers, including duplicates. */
  __len__(): number {
    return this._headers.length;
  }

  get length(): number {
    return this.__len__();
  }

  /** A header value, or null if missing (the first if the header repeats). */
  __getitem__(name: string): any {
    return this.get(name);
  }

  /** Append a header (this never overwrites one of the same name). */
  __setitem__(name: string, val: unknown): void {
    const max_count = this.policy.header_max_count(name);
    if (max_count) {
      const lname = name.toLowerCase();
      const ascii = isAscii(lname);
      let found = 0;
      for (const [k] of this._headers) {
        if (sameName(k, lname, ascii)) {
          found += 1;
          if (found >= max_count) {
            throw new ValueError(`There may be at most ${max_count} ${name} headers in a message`);
          }
        }
      }
    }
    this._headers.push(this.policy.header_store_parse(name, val));
  }

  /** Delete all occurrences of a header, if present (no error if missing). */
  __delitem__(name: string): void {
    name = name.toLowerCase();
    const ascii = isAscii(name);
    const newheaders: [string, any][] = [];
    for (const kv of this._headers) {
      if (!sameName(kv[0], name, ascii)) newheaders.push([kv[0], kv[1]]);
    }
    this._headers = newheaders;
  }

  /** Whether a header of that name is present (case-insensitive). */
  __contains__(name: string): boolean {
    const name_lower = name.toLowerCase();
    const ascii = isAscii(name_lower);
    for (const kv of this._headers) {
      if (sameName(kv[0], name_lower, ascii)) return true;
    }
    return false;
  }

  /** Python's `name in msg`. */
  has(name: string): boolean {
    return this.__contains__(name);
  }

  /** Iterates over the header names, as Python's iter(msg). */
  *[Symbol.iterator](): Iterator<string> {
    for (const kv of this._headers) yield kv[0];
  }

  __iter__(): Iterator<string> {
    return this[Symbol.iterator]();
  }

  /** All the header field names, in order, with duplicates. */
  keys(): string[] {
    const h = this._headers;
    const out = new Array<string>(h.length);
    for (let i = 0; i < h.length; i++) out[i] = h[i]![0];
    return out;
  }

  /** All the header values, in order, with duplicates. */
  values(): any[] {
    const h = this._headers;
    const out = new Array<any>(h.length);
    for (let i = 0; i < h.length; i++) out[i] = this.policy.header_fetch_parse(h[i]![0], h[i]![1]);
    return out;
  }

  /** All the [name, value] header pairs, in order, with duplicates. */
  items(): [string, any][] {
    const h = this._headers;
    const out = new Array<[string, any]>(h.length);
    for (let i = 0; i < h.length; i++) out[i] = [h[i]![0], this.policy.header_fetch_parse(h[i]![0], h[i]![1])];
    return out;
  }

  /** A header value (the first if it repeats), or failobj when missing. */
  get(name: string, failobj: unknown = null): any {
    if (typeof name !== "string") return nonStrName(name, failobj);
    name = name.toLowerCase();
    // sameName() with builtins instead of code-unit loops (slow in V8): lower() keeps the
    // length of every character but U+0130, which becomes "i\u0307", so a name without
    // U+0307 can only match keys of its own length.
    const n = name.length;
    const anyLength = name.indexOf("\u0307") >= 0;
    const h = this._headers;
    for (let i = 0; i < h.length; i++) {
      const kv = h[i]!;
      const k = kv[0];
      if ((k.length === n || anyLength) && k.toLowerCase() === name) return this.policy.header_fetch_parse(k, kv[1]);
    }
    return failobj;
  }

  // "Internal" methods (public API, but only intended for use by a parser or generator).

  /** Store name and value in the model without modification (for parsers). */
  set_raw(name: string, value: unknown): void {
    this._headers.push([name, value]);
  }

  /** The (name, value) header pairs without modification (for generators). */
  raw_items(): IterableIterator<[string, any]> {
    return this._headers.slice()[Symbol.iterator]();
  }

  // Additional useful stuff

  /** All the values of the named field, in order, or failobj if there are none. */
  get_all(name: string, failobj: unknown = null): any {
    const values: unknown[] = [];
    if (typeof name !== "string") return nonStrName(name, failobj);
    name = name.toLowerCase();
    const ascii = isAscii(name);
    for (const [k, v] of this._headers) {
      if (sameName(k, name, ascii)) values.push(this.policy.header_fetch_parse(k, v));
    }
    if (values.length === 0) return failobj;
    return values;
  }

  /**
   * Extended header setting: params (Python's keyword arguments) become parameters,
   * "_" in their names turned into "-"; a null value adds the bare name, a triple
   * (charset, language, value) is RFC 2231 encoded.
   *
   *   msg.add_header('content-disposition', 'attachment', {filename: 'bud.gif'})
   */
  add_header(_name: string, _value: string | null, _params: Record<string, ParamValue | null> = {}): void {
    const parts: string[] = [];
    for (const [k, v] of Object.entries(_params ?? {})) {
      if (v === null || v === undefined) parts.push(k.replace(/_/g, "-"));
      else parts.push(_formatparam(k.replace(/_/g, "-"), v));
    }
    if (_value !== null && _value !== undefined) parts.unshift(_value);
    this.__setitem__(_name, parts.join(SEMISPACE));
  }

  /**
   * Replace the first matching header, keeping header order and the name's case.
   * KeyError if there is none.
   */
  replace_header(_name: string, _value: unknown): void {
    _name = _name.toLowerCase();
    const ascii = isAscii(_name);
    const h = this._headers;
    for (let i = 0; i < h.length; i++) {
      const k = h[i]![0];
      if (sameName(k, _name, ascii)) {
        h[i] = this.policy.header_store_parse(k, _value);
        return;
      }
    }
    throw new KeyError(_name);
  }

  // Use these three methods instead of the three above.

  /**
   * The message's content type, lower case, as 'maintype/subtype': from the
   * Content-Type header, else get_default_type(); an invalid one is 'text/plain'.
   */
  get_content_type(): string {
    const value = this.get("content-type", MISSING);
    if (value === MISSING) return this.get_default_type();
    // (_splitparam(value)[0], without the unused second half)
    const sv = str(value);
    const semi = sv.indexOf(";");
    const ctype = utils._strip(semi < 0 ? sv : sv.slice(0, semi)).toLowerCase();
    // RFC 2045, section 5.2 says if it's invalid, use text/plain
    const slash = ctype.indexOf("/");
    if (slash < 0 || ctype.indexOf("/", slash + 1) >= 0) return "text/plain";
    return ctype;
  }

  /** The 'maintype' part of get_content_type(). */
  get_content_maintype(): string {
    const ctype = this.get_content_type();
    return ctype.split("/")[0]!;
  }

  /** The 'subtype' part of get_content_type(). */
  get_content_subtype(): string {
    const ctype = this.get_content_type();
    const parts = ctype.split("/");
    if (parts.length < 2) throw new IndexError("list index out of range");
    return parts[1]!;
  }

  /** The default content type: text/plain, or message/rfc822 inside multipart/digest. */
  get_default_type(): string {
    return this._default_type;
  }

  /** Set the default content type (not stored in the Content-Type header). */
  set_default_type(ctype: string): void {
    this._default_type = ctype;
  }

  /** Like get_params() but keeps the quoting of values. */
  _get_params_preserve(failobj: unknown, header: string): any {
    const value = this.get(header, MISSING);
    if (value === MISSING) return failobj;
    const params: [string, string][] = [];
    for (const p of _parseparam(value)) {
      const eq = p.indexOf("=");
      let name: string;
      let val: string;
      if (eq >= 0) {
        name = utils._strip(p.slice(0, eq));
        val = utils._strip(p.slice(eq + 1));
      } else {
        // Must have been a bare attribute
        name = utils._strip(p);
        val = "";
      }
      params.push([name, val]);
    }
    return utils.decode_params(params);
  }

  /**
   * The parameters of the header (Content-Type by default) as [key, value] pairs,
   * the first being the main value with value ''. A value is a string, or a
   * [charset, language, value] triple for an RFC 2231 parameter. failobj if the
   * header is missing.
   */
  get_params(failobj: unknown = null, header: string | Kw = "content-type", unquote: boolean | Kw = true): any {
    const b = _bindKw(arguments, GET_PARAMS);
    if (b) [failobj, header, unquote] = b as [unknown, string, boolean];
    const params = this._get_params_preserve(MISSING, header as string);
    if (params === MISSING) return failobj;
    if (unquote) return (params as [string, ParamValue][]).map(([k, v]) => [k, _unquotevalue(v)]);
    return params;
  }

  /**
   * The value of parameter `param` of the header (Content-Type by default), compared
   * case-insensitively: a string, or a [charset, language, value] triple for an RFC
   * 2231 parameter, unquoted unless unquote is false. failobj if there is none.
   */
  get_param(param: string, failobj: unknown = null, header: string | Kw = "content-type", unquote: boolean | Kw = true): any {
    const b = _bindKw(arguments, GET_PARAM);
    if (b) [param, failobj, header, unquote] = b as [string, unknown, string, boolean];
    if (!this.__contains__(header as string)) return failobj;
    const lparam = param.toLowerCase();
    for (const [k, v] of this._get_params_preserve(failobj, header as string) as [string, ParamValue][]) {
      if (k.toLowerCase() === lparam) return unquote ? _unquotevalue(v) : v;
    }
    return failobj;
  }

  /**
   * Set a parameter in the header (Content-Type by default), replacing its value if
   * present. A missing Content-Type becomes text/plain first. With charset, the value
   * is RFC 2231 encoded.
   */
  set_param(
    param: string,
    value: ParamValue | Kw,
    header: string | Kw = "Content-Type",
    requote: boolean | Kw = true,
    charset: string | null | Kw = null,
    language: string | Kw = "",
    replace: boolean | Kw = false,
  ): void {
    const b = _bindKw(arguments, SET_PARAM);
    if (b) [param, value, header, requote, charset, language, replace] = b as [string, ParamValue, string, boolean, string | null, string, boolean];
    const h = header as string;
    let v = value as ParamValue;
    if (!Array.isArray(v) && charset) v = [charset as string, language as string, v];
    let ctype: any;
    if (!this.__contains__(h) && h.toLowerCase() === "content-type") ctype = "text/plain";
    else ctype = this.get(h);
    if (!this.get_param(param, null, h)) {
      if (!ctype) ctype = _formatparam(param, v, requote as boolean);
      else ctype = [ctype, _formatparam(param, v, requote as boolean)].join(SEMISPACE);
    } else {
      ctype = "";
      for (const [old_param, old_value] of this.get_params(null, h, requote) as [string, ParamValue][]) {
        let append_param: string;
        if (old_param.toLowerCase() === param.toLowerCase()) append_param = _formatparam(param, v, requote as boolean);
        else append_param = _formatparam(old_param, old_value, requote as boolean);
        if (!ctype) ctype = append_param;
        else ctype = [ctype, append_param].join(SEMISPACE);
      }
    }
    if (ctype !== this.get(h)) {
      if (replace) this.replace_header(h, ctype);
      else {
        this.__delitem__(h);
        this.__setitem__(h, ctype);
      }
    }
  }

  /** Remove the parameter from the header (Content-Type by default), rewriting it. */
  del_param(param: string, header: string | Kw = "content-type", requote: boolean | Kw = true): void {
    const b = _bindKw(arguments, DEL_PARAM);
    if (b) [param, header, requote] = b as [string, string, boolean];
    const h = header as string;
    if (!this.__contains__(h)) return;
    let new_ctype = "";
    for (const [p, v] of this.get_params(null, h, requote) as [string, ParamValue][]) {
      if (p.toLowerCase() !== param.toLowerCase()) {
        if (!new_ctype) new_ctype = _formatparam(p, v, requote as boolean);
        else new_ctype = [new_ctype, _formatparam(p, v, requote as boolean)].join(SEMISPACE);
      }
    }
    if (new_ctype !== this.get(h)) {
      this.__delitem__(h);
      this.__setitem__(h, new_ctype);
    }
  }

  /**
   * Set the main type and subtype of the header (Content-Type by default), keeping
   * its parameters; ValueError unless type is 'maintype/subtype'. Setting
   * Content-Type also sets MIME-Version.
   */
  set_type(type: string, header: string | Kw = "Content-Type", requote: boolean | Kw = true): void {
    const b = _bindKw(arguments, SET_TYPE);
    if (b) [type, header, requote] = b as [string, string, boolean];
    const h = header as string;
    if (type.split("/").length !== 2) throw new ValueError();
    if (h.toLowerCase() === "content-type") {
      this.__delitem__("mime-version");
      this.__setitem__("MIME-Version", "1.0");
    }
    if (!this.__contains__(h)) {
      this.__setitem__(h, type);
      return;
    }
    const params = this.get_params(null, h, requote) as [string, ParamValue][];
    this.__delitem__(h);
    this.__setitem__(h, type);
    // Skip the first param; it's the old type.
    for (const [p, v] of params.slice(1)) this.set_param(p, v, h, requote as boolean);
  }

  /**
   * The filename parameter of Content-Disposition (else the name parameter of
   * Content-Type), unquoted and RFC 2231 decoded, or failobj.
   */
  get_filename(failobj: unknown = null): any {
    let filename = this.get_param("filename", MISSING, "content-disposition");
    if (filename === MISSING) filename = this.get_param("name", MISSING, "content-type");
    if (filename === MISSING) return failobj;
    return utils._strip(utils.collapse_rfc2231_value(filename as ParamValue));
  }

  /** The boundary parameter of Content-Type, unquoted, or failobj. */
  get_boundary(failobj: unknown = null): any {
    const boundary = this.get_param("boundary", MISSING);
    if (boundary === MISSING) return failobj;
    // RFC 2046 says that boundaries may begin but not end in w/s
    return utils._rstrip(utils.collapse_rfc2231_value(boundary as ParamValue));
  }

  /**
   * Set the boundary parameter of Content-Type, keeping the header's place.
   * HeaderParseError if there is no Content-Type header.
   */
  set_boundary(boundary: string): void {
    const params = this._get_params_preserve(MISSING, "content-type");
    if (params === MISSING) {
      // No Content-Type header, and we don't know what type to set it to.
      throw new errors.HeaderParseError("No Content-Type header found");
    }
    const newparams: [string, ParamValue][] = [];
    let foundp = false;
    for (const [pk, pv] of params as [string, ParamValue][]) {
      if (pk.toLowerCase() === "boundary") {
        newparams.push(["boundary", `"${boundary}"`]);
        foundp = true;
      } else newparams.push([pk, pv]);
    }
    // No boundary parameter yet: tack one on the end.
    if (!foundp) newparams.push(["boundary", `"${boundary}"`]);
    const newheaders: [string, any][] = [];
    for (const [h, v] of this._headers) {
      if (h.toLowerCase() === "content-type") {
        const parts: string[] = [];
        for (const [k, pv] of newparams) {
          if (pv === "") parts.push(k);
          else parts.push(`${k}=${Array.isArray(pv) ? pyTupleStr(pv) : pv}`);
        }
        newheaders.push(this.policy.header_store_parse(h, parts.join(SEMISPACE)));
      } else newheaders.push([h, v]);
    }
    this._headers = newheaders;
  }

  /**
   * The charset parameter of Content-Type, lower case, or failobj if there is none
   * or it is not ASCII.
   */
  get_content_charset(failobj: unknown = null): any {
    let charset = this.get_param("charset", MISSING);
    if (charset === MISSING) return failobj;
    if (Array.isArray(charset)) {
      // RFC 2231 encoded, so decode it, and it better end up as ascii.
      const triple = charset as Rfc2231Value;
      const pcharset = triple[0] || "us-ascii";
      try {
        // LookupError if the charset isn't known, UnicodeError if the text isn't in it.
        charset = _pyDecode(_pyEncode(triple[2], "raw-unicode-escape"), pcharset);
      } catch (e) {
        if (!(e instanceof LookupError || e instanceof UnicodeError)) throw e;
        charset = triple[2];
      }
    }
    // charset characters must be in us-ascii range
    if (!/^[\x00-\x7f]*$/.test(charset as string)) return failobj;
    // RFC 2046, $4.1.2 says charsets are not case sensitive
    return (charset as string).toLowerCase();
  }

  /** The charset of this message and of every subpart (failobj where there is none). */
  get_charsets(failobj: unknown = null): unknown[] {
    const out: unknown[] = [];
    for (const part of this.walk()) out.push(part.get_content_charset(failobj));
    return out;
  }

  /** The content-disposition ('inline', 'attachment', ...), lower case, or null. */
  get_content_disposition(): string | null {
    const value = this.get("content-disposition");
    if (value === null) return null;
    return _splitparam(value)[0].toLowerCase();
  }

  /** Walk over the message tree, yielding each subpart, depth-first. */
  *walk(): IterableIterator<Message> {
    yield this;
    if (this.is_multipart()) {
      for (const subpart of this.get_payload() as Message[]) yield* subpart.walk();
    }
  }

  // camelCase aliases (they delegate, so overriding the Python name changes both).
  asString(...args: Parameters<Message["as_string"]>): string {
    return this.as_string(...args);
  }
  asBytes(...args: Parameters<Message["as_bytes"]>): Buffer {
    return this.as_bytes(...args);
  }
  isMultipart(): boolean {
    return this.is_multipart();
  }
  setUnixfrom(unixfrom: string | null): void {
    this.set_unixfrom(unixfrom);
  }
  setUnixFrom(unixfrom: string | null): void {
    this.set_unixfrom(unixfrom);
  }
  getUnixfrom(): string | null {
    return this.get_unixfrom();
  }
  getUnixFrom(): string | null {
    return this.get_unixfrom();
  }
  getPayload(...args: Parameters<Message["get_payload"]>): any {
    return this.get_payload(...args);
  }
  setPayload(payload: unknown, charset?: unknown): void {
    this.set_payload(payload, charset);
  }
  getCharset(): unknown {
    return this.get_charset();
  }
  setRaw(name: string, value: unknown): void {
    this.set_raw(name, value);
  }
  rawItems(): IterableIterator<[string, any]> {
    return this.raw_items();
  }
  getAll(name: string, failobj?: unknown): any {
    return this.get_all(name, failobj);
  }
  addHeader(_name: string, _value: string | null, _params?: Record<string, ParamValue | null>): void {
    this.add_header(_name, _value, _params);
  }
  replaceHeader(_name: string, _value: unknown): void {
    this.replace_header(_name, _value);
  }
  getContentType(): string {
    return this.get_content_type();
  }
  getContentMaintype(): string {
    return this.get_content_maintype();
  }
  getContentMainType(): string {
    return this.get_content_maintype();
  }
  getContentSubtype(): string {
    return this.get_content_subtype();
  }
  getContentSubType(): string {
    return this.get_content_subtype();
  }
  getDefaultType(): string {
    return this.get_default_type();
  }
  setDefaultType(ctype: string): void {
    this.set_default_type(ctype);
  }
  getParams(...args: Parameters<Message["get_params"]>): any {
    return this.get_params(...args);
  }
  getParam(...args: Parameters<Message["get_param"]>): any {
    return this.get_param(...args);
  }
  setParam(...args: Parameters<Message["set_param"]>): void {
    this.set_param(...args);
  }
  delParam(...args: Parameters<Message["del_param"]>): void {
    this.del_param(...args);
  }
  setType(...args: Parameters<Message["set_type"]>): void {
    this.set_type(...args);
  }
  getFilename(failobj?: unknown): any {
    return this.get_filename(failobj);
  }
  getBoundary(failobj?: unknown): any {
    return this.get_boundary(failobj);
  }
  setBoundary(boundary: string): void {
    this.set_boundary(boundary);
  }
  getContentCharset(failobj?: unknown): any {
    return this.get_content_charset(failobj);
  }
  getCharsets(failobj?: unknown): unknown[] {
    return this.get_charsets(failobj);
  }
  getContentDisposition(): string | null {
    return this.get_content_disposition();
  }
}

// A sentinel, as Python's `missing = object()`.
const MISSING: unknown = Object.freeze({ __missing__: true });

// The methods that take keyword arguments: parameter names and Python defaults.
const AS_STRING = kwspec("as_string", ["unixfrom", "maxheaderlen", "policy"], [false, 0, null]);
const AS_BYTES = kwspec("as_bytes", ["unixfrom", "policy"], [false, null]);
const GET_PAYLOAD = kwspec("get_payload", ["i", "decode"], [null, false]);
const GET_PARAMS = kwspec("get_params", ["failobj", "header", "unquote"], [null, "content-type", true], 3, { objects: { failobj: ANY_OBJECT } });
const GET_PARAM = kwspec("get_param", ["param", "failobj", "header", "unquote"], [undefined, null, "content-type", true], 4, { objects: { failobj: ANY_OBJECT } });
const SET_PARAM = kwspec(
  "set_param",
  ["param", "value", "header", "requote", "charset", "language", "replace"],
  [undefined, undefined, "Content-Type", true, null, "", false],
);
const DEL_PARAM = kwspec("del_param", ["param", "header", "requote"], [undefined, "content-type", true]);
const SET_TYPE = kwspec("set_type", ["type", "header", "requote"], [undefined, "Content-Type", true]);

/** Python's str() of a tuple of strings/None, as '%s' % tuple would print it. */
function pyTupleStr(t: readonly unknown[]): string {
  return `(${t.map((x) => repr(x)).join(", ")})`;
}

/** Python's list indexing: negative indexes count from the end; IndexError outside. */
function pyIndex<T>(list: T[], i: number): T {
  const j = i < 0 ? list.length + i : i;
  if (j < 0 || j >= list.length) throw new IndexError("list index out of range");
  return list[j]!;
}

/** bytes.splitlines(): on \n, \r and \r\n only. */
function bytesSplitlines(b: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0x0a || c === 0x0d) {
      out.push(b.subarray(start, i));
      if (c === 0x0d && b[i + 1] === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < b.length) out.push(b.subarray(start));
  return out;
}

function hexval(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/** binascii.a2b_qp(data) (not header mode), which quopri.decodestring uses. */
function a2b_qp(data: Buffer): Buffer {
  const out: number[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i]!;
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      const d = data[i]!;
      if (d === 0x0a || d === 0x0d) {
        // Soft line break
        if (d !== 0x0a) while (i < n && data[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (d === 0x3d) {
        // broken case from broken python qp
        out.push(0x3d);
        i++;
      } else if (i + 1 < n && hexval(d) >= 0 && hexval(data[i + 1]!) >= 0) {
        out.push((hexval(d) << 4) | hexval(data[i + 1]!));
        i += 2;
      } else {
        out.push(0x3d);
      }
    } else {
      out.push(c);
      i++;
    }
  }
  return Buffer.from(out);
}

/** binascii.a2b_uu(line); ValueError-derived binascii.Error on bad input. */
function a2b_uu(data: Buffer): Buffer {
  let pos = 0;
  let ascii_len = data.length;
  // An empty line reads the terminating NUL of the bytes object, as CPython does.
  let bin_len = ((data[pos++] ?? 0) - 0x20) & 0o77;
  ascii_len--;
  const out: number[] = [];
  let leftchar = 0;
  let leftbits = 0;
  for (; bin_len > 0; ascii_len--, pos++) {
    let ch = ascii_len > 0 ? data[pos]! : 0;
    if (ch === 0x0a || ch === 0x0d || ascii_len <= 0) ch = 0;
    else {
      if (ch < 0x20 || ch > 0x20 + 64) throw new ValueError("Illegal char");
      ch = (ch - 0x20) & 0o77;
    }
    leftchar = (leftchar << 6) | ch;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out.push((leftchar >> leftbits) & 0xff);
      leftchar &= (1 << leftbits) - 1;
      bin_len--;
    }
  }
  while (ascii_len-- > 0) {
    const ch = data[pos++]!;
    // Extra '`' may be written as padding in some cases
    if (ch !== 0x20 && ch !== 0x20 + 64 && ch !== 0x0a && ch !== 0x0d) throw new ValueError("Trailing garbage");
  }
  return Buffer.from(out);
}

/**
 * get()/get_all() with a name that is not a str: bytes lower() fine and never equal a
 * header name, anything else has no lower().
 */
function nonStrName(name: unknown, failobj: unknown): unknown {
  if (isBytesLike(name)) return failobj;
  throw new AttributeError(`'${typeName(name)}' object has no attribute 'lower'`);
}
