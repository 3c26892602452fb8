// Ported from CPython 3.14.5 Lib/email/charset.py (PSF License; see LICENSE).
// email.charset: the email properties of character sets (how headers and bodies in
// them are encoded), plus the few Python codecs the email package needs.

import {
  LookupError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  ValueError,
  asBuffer,
  str,
} from "../builtins";
import { TextDecoder } from "node:util";
import * as base64mime from "./base64mime";
import * as quoprimime from "./quoprimime";
import { CharsetError } from "./errors";

// ---------------------------------------------------------------------------
// Codecs. Python's str.encode / bytes.decode for the codecs the email package meets
// (utf-8, ascii, latin-1, raw-unicode-escape), under all of Python's aliases. Other
// codec names raise LookupError, which every caller in the package catches.

type Codec = "utf_8" | "ascii" | "latin_1" | "raw_unicode_escape";

const CODEC_ALIASES: Record<string, Codec> = {};
for (const [codec, names] of [
  ["utf_8", ["utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001"]],
  [
    "ascii",
    ["ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
      "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii"],
  ],
  [
    "latin_1",
    ["latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
      "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1"],
  ],
  ["raw_unicode_escape", ["raw_unicode_escape"]],
] as const) {
  for (const n of names) CODEC_ALIASES[n] = codec as Codec;
}

const codecCache = new Map<string, Codec>();

/** codecs.lookup(name): the codec, or LookupError("unknown encoding: name"). */
export function _lookupCodec(encoding: string): Codec {
  const hit = codecCache.get(encoding);
  if (hit !== undefined) return hit;
  // (the name is a C string to CPython: its argument parsing refuses a NUL)
  if (encoding.includes("\0")) throw new ValueError("embedded null character");
  // encodings.normalize_encoding: runs of punctuation become "_", non-ASCII drops out.
  let norm = "";
  let punct = false;
  for (const c of encoding.toLowerCase()) {
    if (/^[\p{L}\p{N}.]$/u.test(c)) {
      if (punct && norm) norm += "_";
      if (c.charCodeAt(0) < 0x80) norm += c;
      punct = false;
    } else punct = true;
  }
  const codec = CODEC_ALIASES[norm] ?? CODEC_ALIASES[norm.replace(/\./g, "_")];
  if (codec === undefined) throw new LookupError(`unknown encoding: ${encoding}`);
  codecCache.set(encoding, codec);
  return codec;
}

const CODEC_DISPLAY: Record<Codec, string> = {
  utf_8: "utf-8",
  ascii: "ascii",
  latin_1: "latin-1",
  raw_unicode_escape: "rawunicodeescape",
};

/** Python's str.encode(encoding, errors) for errors "strict", "surrogateescape" or "replace". */
export function _pyEncode(s: string, encoding: string, errors = "strict"): Buffer {
  const codec = _lookupCodec(encoding);
  if (codec === "raw_unicode_escape") {
    let out = "";
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x100) out += ch;
      else if (cp < 0x10000) out += "\\u" + cp.toString(16).padStart(4, "0");
      else out += "\\U" + cp.toString(16).padStart(8, "0");
    }
    return Buffer.from(out, "latin1");
  }
  if (codec === "utf_8") {
    if ((s as unknown as { isWellFormed(): boolean }).isWellFormed()) return Buffer.from(s, "utf8");
    const parts: Buffer[] = [];
    let pos = 0;
    let run = "";
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        if (errors === "surrogateescape" && cp >= 0xdc80 && cp <= 0xdcff) {
          parts.push(Buffer.from(run, "utf8"), Buffer.from([cp - 0xdc00]));
          run = "";
        } else if (errors === "replace") run += "?";
        else throw encodeError("utf-8", s, pos, "surrogates not allowed", (c) => c >= 0xd800 && c <= 0xdfff);
      } else run += ch;
      pos++;
    }
    parts.push(Buffer.from(run, "utf8"));
    return Buffer.concat(parts);
  }
  const max = codec === "ascii" ? 0x7f : 0xff;
  const n = s.length;
  let i = 0;
  while (i < n && s.charCodeAt(i) <= max) i++;
  if (i === n) return Buffer.from(s, "latin1");
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp <= max) out.push(cp);
    else if (errors === "surrogateescape" && cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - 0xdc00);
    else if (errors === "replace") out.push(0x3f);
    else {
      const reason = codec === "ascii" ? "ordinal not in range(128)" : "ordinal not in range(256)";
      throw encodeError(CODEC_DISPLAY[codec], s, pos, reason, (c) => c > max);
    }
    pos++;
  }
  return Buffer.from(out);
}

function encodeError(encoding: string, s: string, start: number, reason: string, bad: (cp: number) => boolean) {
  // The error covers the whole run of unencodable characters, as CPython reports it.
  const chars = Array.from(s);
  let end = start;
  while (end < chars.length && bad(chars[end]!.codePointAt(0)!)) end++;
  return new UnicodeEncodeError(encoding, s, start, end, reason);
}

let utf8Replace: TextDecoder | null = null;
let utf8Fatal: TextDecoder | null = null;

/** Python's bytes.decode(encoding, errors) for errors "strict", "replace" or "surrogateescape". */
export function _pyDecode(b: Uint8Array, encoding: string, errors = "strict"): string {
  const codec = _lookupCodec(encoding);
  const buf = asBuffer(b);
  if (codec === "latin_1") return buf.toString("latin1");
  if (codec === "ascii") {
    let i = 0;
    while (i < buf.length && buf[i]! < 0x80) i++;
    if (i === buf.length) return buf.toString("latin1");
    if (errors === "strict") throw new UnicodeDecodeError("ascii", buf, i, i + 1, "ordinal not in range(128)");
    let out = "";
    for (let j = 0; j < buf.length; j++) {
      const c = buf[j]!;
      if (c < 0x80) out += String.fromCharCode(c);
      else if (errors === "surrogateescape") out += String.fromCharCode(0xdc00 + c);
      else if (errors === "replace") out += "\ufffd";
    }
    return out;
  }
  if (codec === "utf_8") {
    if (errors === "strict") {
      utf8Fatal ??= new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      try {
        return utf8Fatal.decode(buf);
      } catch {
        throw new UnicodeDecodeError("utf-8", buf, 0, buf.length, "invalid data");
      }
    }
    // Python's "replace" and the WHATWG decoder both emit one U+FFFD per maximal subpart.
    utf8Replace ??= new TextDecoder("utf-8", { ignoreBOM: true });
    return utf8Replace.decode(buf);
  }
  throw new LookupError(`unknown encoding: ${encoding}`);
}

// ---------------------------------------------------------------------------
// Charset

/** Quoted-Printable */
export const QP = 1;
/** Base64 */
export const BASE64 = 2;
/** the shorter of QP and base64, but only for headers */
export const SHORTEST = 3;

export const RFC2047_CHROME_LEN = 7;

export const DEFAULT_CHARSET = "us-ascii";
export const UNKNOWN8BIT = "unknown-8bit";
const EMPTYSTRING = "";

type Enc = number | null;

/** Input charset -> (header encoding, body encoding, output conversion). */
export const CHARSETS: Record<string, [Enc, Enc, string | null]> = {
  "iso-8859-1": [QP, QP, null],
  "iso-8859-2": [QP, QP, null],
  "iso-8859-3": [QP, QP, null],
  "iso-8859-4": [QP, QP, null],
  "iso-8859-9": [QP, QP, null],
  "iso-8859-10": [QP, QP, null],
  "iso-8859-13": [QP, QP, null],
  "iso-8859-14": [QP, QP, null],
  "iso-8859-15": [QP, QP, null],
  "iso-8859-16": [QP, QP, null],
  "windows-1252": [QP, QP, null],
  viscii: [QP, QP, null],
  "us-ascii": [null, null, null],
  big5: [BASE64, BASE64, null],
  gb2312: [BASE64, BASE64, null],
  "euc-jp": [BASE64, null, "iso-2022-jp"],
  shift_jis: [BASE64, null, "iso-2022-jp"],
  "iso-2022-jp": [BASE64, null, null],
  "koi8-r": [BASE64, BASE64, null],
  "utf-8": [SHORTEST, BASE64, "utf-8"],
};

/** Aliases for other commonly-used names for character sets. */
export const ALIASES: Record<string, string> = {
  latin_1: "iso-8859-1",
  "latin-1": "iso-8859-1",
  latin_2: "iso-8859-2",
  "latin-2": "iso-8859-2",
  latin_3: "iso-8859-3",
  "latin-3": "iso-8859-3",
  latin_4: "iso-8859-4",
  "latin-4": "iso-8859-4",
  latin_5: "iso-8859-9",
  "latin-5": "iso-8859-9",
  latin_6: "iso-8859-10",
  "latin-6": "iso-8859-10",
  latin_7: "iso-8859-13",
  "latin-7": "iso-8859-13",
  latin_8: "iso-8859-14",
  "latin-8": "iso-8859-14",
  latin_9: "iso-8859-15",
  "latin-9": "iso-8859-15",
  latin_10: "iso-8859-16",
  "latin-10": "iso-8859-16",
  cp949: "ks_c_5601-1987",
  euc_jp: "euc-jp",
  euc_kr: "euc-kr",
  ascii: "us-ascii",
};

/** Map charsets to their Unicode codec strings (null: no codec needed). */
export const CODEC_MAP: Record<string, string | null> = {
  gb2312: "eucgb2312_cn",
  big5: "big5_tw",
  "us-ascii": null,
};

function own<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Add character set properties to the global registry. */
export function add_charset(charset: string, header_enc: Enc = null, body_enc: Enc = null, output_charset: string | null = null): void {
  if (body_enc === SHORTEST) throw new ValueError("SHORTEST not allowed for body_enc");
  CHARSETS[charset] = [header_enc, body_enc, output_charset];
}

/** Add a character set alias. */
export function add_alias(alias: string, canonical: string): void {
  ALIASES[alias] = canonical;
}

/** Add a codec that maps characters in the given charset to/from Unicode. */
export function add_codec(charset: string, codecname: string): void {
  CODEC_MAP[charset] = codecname;
}

/** charset._encode: unknown-8bit means the surrogate-escaped original bytes. */
export function _encode(s: string, codec: string): Buffer {
  if (codec === UNKNOWN8BIT) return _pyEncode(s, "ascii", "surrogateescape");
  return _pyEncode(s, codec);
}

/** Map character sets to their email properties. */
export class Charset {
  input_charset: string;
  header_encoding: Enc;
  body_encoding: Enc;
  output_charset: string | null;
  input_codec: string | null;
  output_codec: string | null;

  constructor(input_charset: string | Uint8Array = DEFAULT_CHARSET) {
    let name: string;
    if (typeof input_charset === "string") {
      if (!/^[\x00-\x7f]*$/.test(input_charset)) throw new CharsetError(input_charset);
      name = input_charset;
    } else {
      try {
        name = _pyDecode(input_charset, "ascii");
      } catch {
        throw new CharsetError(input_charset);
      }
    }
    name = name.toLowerCase();
    this.input_charset = own(ALIASES, name) ?? name;
    const [henc, benc, conv0] = own(CHARSETS, this.input_charset) ?? [SHORTEST, BASE64, null];
    const conv = conv0 ? conv0 : this.input_charset;
    this.header_encoding = henc;
    this.body_encoding = benc;
    this.output_charset = own(ALIASES, conv) ?? conv;
    const ic = own(CODEC_MAP, this.input_charset);
    this.input_codec = ic === undefined ? this.input_charset : ic;
    const oc = own(CODEC_MAP, this.output_charset);
    this.output_codec = oc === undefined ? this.output_charset : oc;
  }

  __repr__(): string {
    return this.input_charset.toLowerCase();
  }

  __str__(): string {
    return this.__repr__();
  }

  toString(): string {
    return this.__str__();
  }

  /** Python's ==: charsets compare by name with each other and with strings. */
  __eq__(other: unknown): boolean {
    return this.__str__() === str(other).toLowerCase();
  }

  /** The content-transfer-encoding used for body encoding, or null for 7or8bit. */
  get_body_encoding(): string | null {
    if (this.body_encoding === QP) return "quoted-printable";
    if (this.body_encoding === BASE64) return "base64";
    return null;
  }

  getBodyEncoding(): string | null {
    return this.get_body_encoding();
  }

  /** The output character set (output_charset, else input_charset). */
  get_output_charset(): string {
    return this.output_charset || this.input_charset;
  }

  getOutputCharset(): string {
    return this.get_output_charset();
  }

  /** Header-encode a string by converting it first to bytes (with RFC 2047 chrome). */
  header_encode(s: string): string {
    const codec = this.output_codec || "us-ascii";
    const header_bytes = _encode(s, codec);
    const encoder = this._get_encoder(header_bytes);
    if (encoder === null) return s;
    return encoder.header_encode(header_bytes, codec);
  }

  headerEncode(s: string): string {
    return this.header_encode(s);
  }

  /**
   * Header-encode a string, fitting it into the line lengths that `maxlengths` yields
   * (not counting the RFC 2047 chrome). The first element is null when nothing fits
   * on the first line.
   */
  header_encode_lines(s: string, maxlengths: Iterator<number>): (string | null)[] {
    const codec = this.output_codec || "us-ascii";
    const header_bytes = _encode(s, codec);
    const encoder = this._get_encoder(header_bytes) as typeof base64mime | typeof quoprimime;
    const charset = this.get_output_charset();
    const extra = charset.length + RFC2047_CHROME_LEN;
    const lines: (string | null)[] = [];
    let current_line: string[] = [];
    // Python re-measures the whole line for every character; the encoded length of
    // both encodings is additive over bytes, so we keep a running byte count instead.
    const isB64 = encoder === base64mime;
    let nbytes = 0;
    let qplen = 0;
    let maxlen = maxlengths.next().value! - extra;
    for (const character of s) {
      // Python encodes this_line with the output charset's name, not its codec.
      const cb = _encode(character, charset);
      const cqp = isB64 ? 0 : quoprimime.header_length(cb);
      const length = isB64 ? base64mime._lengthOf(nbytes + cb.length) : qplen + cqp;
      if (length > maxlen) {
        if (lines.length === 0 && current_line.length === 0) lines.push(null);
        else lines.push(encoder.header_encode(_encode(current_line.join(EMPTYSTRING), codec), codec));
        current_line = [character];
        nbytes = cb.length;
        qplen = cqp;
        maxlen = maxlengths.next().value! - extra;
      } else {
        current_line.push(character);
        nbytes += cb.length;
        qplen += cqp;
      }
    }
    lines.push(encoder.header_encode(_encode(current_line.join(EMPTYSTRING), codec), codec));
    return lines;
  }

  headerEncodeLines(s: string, maxlengths: Iterator<number>): (string | null)[] {
    return this.header_encode_lines(s, maxlengths);
  }

  _get_encoder(header_bytes: Uint8Array): typeof base64mime | typeof quoprimime | null {
    if (this.header_encoding === BASE64) return base64mime;
    if (this.header_encoding === QP) return quoprimime;
    if (this.header_encoding === SHORTEST) {
      const len64 = base64mime.header_length(header_bytes);
      const lenqp = quoprimime.header_length(header_bytes);
      return len64 < lenqp ? base64mime : quoprimime;
    }
    return null;
  }
}

/** Python's == between two charset values (a Charset, a str, or None). */
export function _charsetEq(a: Charset | string | null, b: Charset | string | null): boolean {
  if (a === b) return true;
  if (a instanceof Charset) return a.__eq__(b);
  if (b instanceof Charset) return b.__eq__(a);
  return false;
}
