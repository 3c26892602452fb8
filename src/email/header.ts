// Ported from CPython 3.14.5 Lib/email/header.py (PSF License; see LICENSE).
// email.header: the Header class, which the compat32 policy uses to fold header values
// when a message is turned back into text.

import { UnicodeEncodeError, repr } from "../builtins";
import { Charset, UNKNOWN8BIT, _charsetEq, _pyDecode, _pyEncode } from "./charset";
import { HeaderParseError } from "./errors";
import { _isspace as isSpace, _lstrip } from "./utils";

const NL = "\n";
const SPACE = " ";
const EMPTYSTRING = "";
export const MAXLINELEN = 78;

const USASCII = new Charset("us-ascii");
const UTF8 = new Charset("utf-8");

const _embedded_header = /\n[^ \t]+:/;

/** Python's len(): code points, not UTF-16 units. */
export function _pylen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python's str.splitlines() (no keepends): every line boundary Python knows. */
export function _splitlines(s: string): string[] {
  const lines: string[] = [];
  const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    lines.push(s.slice(start, m.index));
    start = m.index + m[0].length;
  }
  if (start < s.length) lines.push(s.slice(start));
  return lines;
}


type Chunk = [string, Charset];

/** A MIME-compliant header that can contain many character sets. */
export class Header {
  _charset: Charset;
  _continuation_ws: string;
  _chunks: Chunk[];
  _maxlinelen: number;
  _headerlen: number;

  constructor(
    s: string | Uint8Array | null = null,
    charset: Charset | string | null = null,
    maxlinelen: number | null = null,
    header_name: string | null = null,
    continuation_ws = " ",
    errors = "strict",
  ) {
    if (charset === null || charset === undefined) charset = USASCII;
    else if (!(charset instanceof Charset)) charset = new Charset(charset);
    this._charset = charset;
    this._continuation_ws = continuation_ws;
    this._chunks = [];
    if (s !== null && s !== undefined) this.append(s, charset, errors);
    this._maxlinelen = maxlinelen === null || maxlinelen === undefined ? MAXLINELEN : maxlinelen;
    // Take the separating colon and space into account.
    this._headerlen = header_name === null || header_name === undefined ? 0 : _pylen(header_name) + 2;
  }

  /** The string value of the header. */
  __str__(): string {
    this._normalize();
    const uchunks: string[] = [];
    let lastcs: Charset | null = null;
    let lastspace: boolean | string | null = null;
    for (const [chunk, charset] of this._chunks) {
      let string = chunk;
      // A space separates an encoded from a non-encoded word, unless one is already there.
      let nextcs: Charset | null = charset;
      if (_charsetEq(nextcs, UNKNOWN8BIT)) {
        string = _pyDecode(_pyEncode(string, "ascii", "surrogateescape"), "ascii", "replace");
      }
      if (uchunks.length) {
        const hasspace = string && this._nonctext(string[0]!);
        if (!isAsciiCs(lastcs)) {
          if (isAsciiCs(nextcs) && !hasspace) {
            uchunks.push(SPACE);
            nextcs = null;
          }
        } else if (!isAsciiCs(nextcs) && !lastspace) {
          uchunks.push(SPACE);
        }
      }
      lastspace = string && this._nonctext(string[string.length - 1]!);
      lastcs = nextcs;
      uchunks.push(string);
    }
    return uchunks.join(EMPTYSTRING);
  }

  toString(): string {
    return this.__str__();
  }

  __eq__(other: unknown): boolean {
    const s = this.__str__();
    return other instanceof Header ? other.__str__() === s : other === s;
  }

  /** Append a string (or bytes in `charset`) to the MIME header. */
  append(s: string | Uint8Array, charset: Charset | string | null = null, errors = "strict"): void {
    if (charset === null || charset === undefined) charset = this._charset;
    else if (!(charset instanceof Charset)) charset = new Charset(charset);
    if (typeof s !== "string") {
      const input_charset = charset.input_codec || "us-ascii";
      if (input_charset === UNKNOWN8BIT) s = _pyDecode(s, "us-ascii", "surrogateescape");
      else s = _pyDecode(s, input_charset, errors);
    }
    // Check now that the string can be encoded to the output charset.
    const output_charset = charset.output_codec || "us-ascii";
    if (output_charset !== UNKNOWN8BIT) {
      try {
        _pyEncode(s, output_charset, errors);
      } catch (e) {
        if (!(e instanceof UnicodeEncodeError) || output_charset !== "us-ascii") throw e;
        charset = UTF8;
      }
    }
    this._chunks.push([s, charset]);
  }

  /** True if the one-character string is not a ctext character of RFC 822. */
  _nonctext(s: string): boolean {
    return isSpace(s) || s === "(" || s === ")" || s === "\\";
  }

  /** Encode a message header into an RFC-compliant format. */
  encode(splitchars = ";, \t", maxlinelen: number | null = null, linesep = "\n"): string {
    this._normalize();
    if (maxlinelen === null || maxlinelen === undefined) maxlinelen = this._maxlinelen;
    // A maxlinelen of 0 means don't wrap: a huge number keeps the algorithm simple.
    if (maxlinelen === 0) maxlinelen = 1000000;
    const formatter = new _ValueFormatter(this._headerlen, maxlinelen, this._continuation_ws, splitchars);
    let lastcs: Charset | null = null;
    let hasspace: unknown = null;
    let lastspace: unknown = null;
    for (const [string, charset] of this._chunks) {
      if (hasspace !== null) {
        hasspace = string && this._nonctext(string[0]!);
        if (!isAsciiCs(lastcs)) {
          if (!hasspace || !isAsciiCs(charset)) formatter.add_transition();
        } else if (!isAsciiCs(charset) && !lastspace) {
          formatter.add_transition();
        }
      }
      lastspace = string && this._nonctext(string[string.length - 1]!);
      lastcs = charset;
      hasspace = false;
      const lines = _splitlines(string);
      if (lines.length) formatter.feed("", lines[0]!, charset);
      else formatter.feed("", "", charset);
      for (let i = 1; i < lines.length; i++) {
        const line = lines[i]!;
        formatter.newline();
        if (charset.header_encoding !== null) {
          formatter.feed(this._continuation_ws, " " + _lstrip(line), charset);
        } else {
          const sline = _lstrip(line);
          const fws = line.slice(0, line.length - sline.length);
          formatter.feed(fws, sline, charset);
        }
      }
      if (lines.length > 1) formatter.newline();
    }
    if (this._chunks.length) formatter.add_transition();
    const value = formatter._str(linesep);
    if (_embedded_header.test(value)) {
      throw new HeaderParseError(`header value appears to contain an embedded header: ${repr(value)}`);
    }
    return value;
  }

  _normalize(): void {
    // Collapse runs of identical charsets into a single string.
    const chunks: Chunk[] = [];
    let last_charset: Charset | null = null;
    let last_chunk: string[] = [];
    for (const [string, charset] of this._chunks) {
      if (_charsetEq(charset, last_charset)) last_chunk.push(string);
      else {
        if (last_charset !== null) chunks.push([last_chunk.join(SPACE), last_charset]);
        last_chunk = [string];
        last_charset = charset;
      }
    }
    if (last_chunk.length) chunks.push([last_chunk.join(SPACE), last_charset!]);
    this._chunks = chunks;
  }
}

/** Python's `cs in (None, 'us-ascii')`. */
function isAsciiCs(cs: Charset | null): boolean {
  return cs === null || cs.__eq__("us-ascii");
}


class _ValueFormatter {
  _maxlen: number;
  _continuation_ws: string;
  _continuation_ws_len: number;
  _splitchars: string;
  _lines: string[];
  _current_line: _Accumulator;

  constructor(headerlen: number, maxlen: number, continuation_ws: string, splitchars: string) {
    this._maxlen = maxlen;
    this._continuation_ws = continuation_ws;
    this._continuation_ws_len = _pylen(continuation_ws);
    this._splitchars = splitchars;
    this._lines = [];
    this._current_line = new _Accumulator(headerlen);
  }

  _str(linesep: string): string {
    this.newline();
    return this._lines.join(linesep);
  }

  __str__(): string {
    return this._str(NL);
  }

  newline(): void {
    const end_of_line = this._current_line.pop();
    if (end_of_line[0] !== " " || end_of_line[1] !== "") this._current_line.push(end_of_line[0], end_of_line[1]);
    if (this._current_line.length > 0) {
      if (this._current_line.is_onlyws() && this._lines.length) {
        this._lines[this._lines.length - 1] += this._current_line.__str__();
      } else {
        this._lines.push(this._current_line.__str__());
      }
    }
    this._current_line.reset();
  }

  add_transition(): void {
    this._current_line.push(" ", "");
  }

  feed(fws: string, string: string, charset: Charset): void {
    // ASCII text splits at the highest level syntactic break; encoded text splits
    // wherever enough characters fit the line.
    if (charset.header_encoding === null) {
      this._ascii_split(fws, string, this._splitchars);
      return;
    }
    const encoded_lines = charset.header_encode_lines(string, this._maxlengths());
    if (encoded_lines.length === 0) return;
    // The first element extends the current line; null means nothing fitted on it.
    const first_line = encoded_lines.shift()!;
    if (first_line !== null) this._append_chunk(fws, first_line);
    if (encoded_lines.length === 0) return;
    const last_line = encoded_lines.pop()!;
    this.newline();
    this._current_line.push(this._continuation_ws, last_line!);
    // Everything else are full lines in themselves.
    for (const line of encoded_lines) this._lines.push(this._continuation_ws + line);
  }

  *_maxlengths(): Generator<number, never> {
    yield this._maxlen - this._current_line.length;
    for (;;) yield this._maxlen - this._continuation_ws_len;
  }

  _ascii_split(fws: string, string: string, _splitchars: string): void {
    // Fold only at folding white space, preferring the splitchars; see CPython's comment.
    const parts = (fws + string).split(/([ \t]+)/);
    if (parts[0]) parts.unshift("");
    else parts.shift();
    for (let i = 0; i + 1 < parts.length; i += 2) this._append_chunk(parts[i]!, parts[i + 1]!);
  }

  _append_chunk(fws: string, string: string): void {
    this._current_line.push(fws, string);
    if (this._current_line.length <= this._maxlen) return;
    // Find the best split point, working backward from the end.
    let found = -1;
    outer: for (const ch of this._splitchars) {
      for (let i = this._current_line.part_count() - 1; i > 0; i--) {
        if (isSpace(ch)) {
          const f = this._current_line.parts[i]![0];
          if (f && f[0] === ch) {
            found = i;
            break outer;
          }
        }
        const prevpart = this._current_line.parts[i - 1]![1];
        if (prevpart && prevpart[prevpart.length - 1] === ch) {
          found = i;
          break outer;
        }
      }
    }
    if (found < 0) {
      let [f, part] = this._current_line.pop();
      if (this._current_line._initial_size > 0) {
        // There will be a header, so leave it on a line by itself.
        this.newline();
        // The whitespace after a header is always a space, not continuation_ws.
        if (!f) f = " ";
      }
      this._current_line.push(f, part);
      return;
    }
    const remainder = this._current_line.pop_from(found);
    this._lines.push(this._current_line.__str__());
    this._current_line.reset(remainder);
  }
}

/** The parts of the line being built: (fws, string) pairs and their total length. */
class _Accumulator {
  _initial_size: number;
  parts: [string, string][] = [];
  // Python sums the parts at every len(); a running total gives the same number.
  private _size: number;

  constructor(initial_size = 0) {
    this._initial_size = initial_size;
    this._size = initial_size;
  }

  push(fws: string, string: string): void {
    this.parts.push([fws, string]);
    this._size += _pylen(fws) + _pylen(string);
  }

  pop_from(i = 0): [string, string][] {
    const popped = this.parts.splice(i);
    for (const [f, s] of popped) this._size -= _pylen(f) + _pylen(s);
    return popped;
  }

  pop(): [string, string] {
    if (this.parts.length === 0) return ["", ""];
    const p = this.parts.pop()!;
    this._size -= _pylen(p[0]) + _pylen(p[1]);
    return p;
  }

  get length(): number {
    return this._size;
  }

  __str__(): string {
    let s = "";
    for (const [f, p] of this.parts) s += f + p;
    return s;
  }

  reset(startval: [string, string][] | null = null): void {
    this.parts = startval ?? [];
    this._initial_size = 0;
    let n = 0;
    for (const [f, s] of this.parts) n += _pylen(f) + _pylen(s);
    this._size = n;
  }

  is_onlyws(): boolean {
    return this._initial_size === 0 && (this.parts.length === 0 || isSpace(this.__str__()));
  }

  part_count(): number {
    return this.parts.length;
  }
}
