// Ported from CPython 3.14.5 Lib/email/utils.py (PSF License; see LICENSE).
// email.utils: the helpers the Message parameter code uses (quoting, RFC 2231), plus
// Python's str whitespace semantics, which several email modules need.

import { LookupError, str } from "../builtins";
import { _pyDecode, _pyEncode } from "./charset";
import { quote } from "./_parseaddr";

export { quote };

const TICK = "'";
const EMPTYSTRING = "";

// ---------------------------------------------------------------------------
// Python's str whitespace: str.isspace(), strip(), lstrip(), rstrip() with no argument.
// (JavaScript's \s differs: it takes U+FEFF and leaves out U+001C..U+001F and U+0085.)
// Whitespace is all in the BMP, so testing code units is testing code points.

/** Python's str.isspace() for one UTF-16 code unit. */
function isWs(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x1c;
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Python's str.isspace(): non-empty and all whitespace. */
export function _isspace(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) if (!isWs(s.charCodeAt(i))) return false;
  return true;
}

/** Python's str.strip(). */
export function _strip(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  let j = n;
  while (j > i && isWs(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === n ? s : s.slice(i, j);
}

/** Python's str.lstrip(). */
export function _lstrip(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && isWs(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

/** Python's str.rstrip(). */
export function _rstrip(s: string): string {
  let j = s.length;
  while (j > 0 && isWs(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}

/** Return True if s may contain surrogate-escaped binary data (any lone surrogate). */
export function _has_surrogates(s: string): boolean {
  return !(s as unknown as { isWellFormed(): boolean }).isWellFormed();
}

// ---------------------------------------------------------------------------

/** Remove quotes from a string ("..." with backslash pairs, or <...>). */
export function unquote(str: string): string {
  if (str.length > 1) {
    if (str.startsWith('"') && str.endsWith('"')) {
      return str.slice(1, -1).replace(/\\\\/g, "\\").replace(/\\"/g, '"');
    }
    if (str.startsWith("<") && str.endsWith(">")) return str.slice(1, -1);
  }
  return str;
}

/** An RFC 2231 value: (charset, language, value); charset and language may be null. */
export type Rfc2231Value = [string | null, string | null, string];

/** Decode string according to RFC 2231: charset'language'value, else (None, None, s). */
export function decode_rfc2231(s: string): Rfc2231Value {
  // s.split("'", 2): at most three parts, the last keeping any further ticks.
  const a = s.indexOf(TICK);
  const b = a < 0 ? -1 : s.indexOf(TICK, a + 1);
  if (b < 0) return [null, null, s];
  return [s.slice(0, a), s.slice(a + 1, b), s.slice(b + 1)];
}

const ALWAYS_SAFE = /^[A-Za-z0-9_.\-~]$/;

/**
 * Encode string according to RFC 2231. If neither charset nor language is given,
 * s is returned percent-encoded as-is; without language, the language is empty.
 */
export function encode_rfc2231(s: string, charset: string | null = null, language: string | null = null): string {
  // urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
  if (s) {
    const bytes = _pyEncode(s, charset || "ascii");
    let out = "";
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      const ch = String.fromCharCode(c);
      out += c < 0x80 && ALWAYS_SAFE.test(ch) ? ch : "%" + c.toString(16).toUpperCase().padStart(2, "0");
    }
    s = out;
  }
  if (charset === null && language === null) return s;
  if (language === null) language = "";
  // Python's '%s' formatting: a None charset prints as "None".
  return `${str(charset)}'${language}'${s}`;
}

// Python: re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)
const rfc2231_continuation = /^(\w+)\*(?:([0-9]+)\*?)?\n?$/;

/** A decoded parameter: a string, or an RFC 2231 triple. */
export type ParamValue = string | Rfc2231Value;

/**
 * Decode parameters list according to RFC 2231. params is a list of [name, value]
 * pairs; the first is kept as it is (the header's main value).
 */
export function decode_params(params: [string, string][]): [string, ParamValue][] {
  const new_params: [string, ParamValue][] = [params[0]!];
  // name -> continuations: (number, value, %-encoded?)
  const rfc2231_params = new Map<string, [number | null, string, boolean][]>();
  for (let k = 1; k < params.length; k++) {
    let [name, value] = params[k]!;
    const encoded = name.endsWith("*");
    value = unquote(value);
    const mo = rfc2231_continuation.exec(name);
    if (mo) {
      name = mo[1]!;
      const num = mo[2] === undefined ? null : Number(mo[2]);
      let list = rfc2231_params.get(name);
      if (list === undefined) rfc2231_params.set(name, (list = []));
      list.push([num, value, encoded]);
    } else {
      new_params.push([name, `"${quote(value)}"`]);
    }
  }
  for (const [name, conts] of rfc2231_params) {
    const value: string[] = [];
    let extended = false;
    // Sort by number, treating None as 0 if there is no 0, and ignoring it if there is.
    const has_zero = conts.some((x) => x[0] === 0);
    let continuations: [number, string, boolean][];
    if (has_zero) continuations = conts.filter((x) => x[0] !== null) as [number, string, boolean][];
    else continuations = conts.map((x) => [x[0] || 0, x[1], x[2]]);
    continuations.sort((x, y) => x[0] - y[0]);
    // Concatenate in order, decoding the %-encoded segments; if any was encoded, the
    // whole value starts with the charset and language.
    for (const [, seg, enc] of continuations) {
      let s = seg;
      if (enc) {
        // urllib.parse.unquote(s, encoding="latin-1"): characters stand for octets.
        if (s.includes("%")) {
          s = s.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
        }
        extended = true;
      }
      value.push(s);
    }
    const joined = quote(value.join(EMPTYSTRING));
    if (extended) {
      const [charset, language, v] = decode_rfc2231(joined);
      new_params.push([name, [charset, language, `"${v}"`]]);
    } else {
      new_params.push([name, `"${joined}"`]);
    }
  }
  return new_params;
}

/**
 * Turn a parameter value into a string: an RFC 2231 triple is decoded with its
 * charset (or fallback_charset), anything else is unquoted.
 */
export function collapse_rfc2231_value(
  value: ParamValue,
  errors = "replace",
  fallback_charset = "us-ascii",
): string {
  if (!Array.isArray(value) || value.length !== 3) return unquote(value as string);
  let [charset, , text] = value;
  // Issue 17369: a None charset means decode_rfc2231 could not parse the value.
  if (charset === null || charset === undefined) charset = fallback_charset;
  const rawbytes = _pyEncode(text, "raw-unicode-escape");
  try {
    return _pyDecode(rawbytes, charset, errors);
  } catch (e) {
    if (e instanceof LookupError) return unquote(text);
    throw e;
  }
}

/** camelCase alias of collapse_rfc2231_value. */
export const collapseRfc2231Value = collapse_rfc2231_value;
/** camelCase alias of decode_params. */
export const decodeParams = decode_params;
/** camelCase alias of decode_rfc2231. */
export const decodeRfc2231 = decode_rfc2231;
/** camelCase alias of encode_rfc2231. */
export const encodeRfc2231 = encode_rfc2231;
