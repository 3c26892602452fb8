// Ported from CPython 3.14.5 Lib/email/generator.py (PSF License; see LICENSE).
// email.generator: turns a Message tree back into text (Generator) or bytes
// (BytesGenerator), as Message.as_string() and as_bytes() use them.

import { TypeError, repr, reprType } from "../builtins";
import { _pyEncode } from "./charset";
import { HeaderWriteError } from "./errors";
import { bindKw as _bindKw, kwspec, withMethod, type KeywordObject } from "../builtins";
import type { Message } from "./message";
import type { Policy } from "./_policybase";
import { _has_surrogates } from "./utils";

const UNDERSCORE = "_";

const NLCRE = /\r\n|\r|\n/;
const fcre = /^From /gm;
const NEWLINE_WITHOUT_FWSP = /\r\n[^ \t]|\r[^ \n\t]|\n[^ \t]/;

/** Anything with a write() method, as Python's file objects. */
export interface Writable<T = string> {
  write(s: T): unknown;
}

type Kw = KeywordObject;

const GENERATOR_INIT = kwspec("Generator", ["outfp", "mangle_from_", "maxheaderlen", "policy"], [undefined, null, null, null], 4, { objects: { outfp: withMethod("write") } });
const FLATTEN = kwspec("flatten", ["msg", "unixfrom", "linesep"], [undefined, false, null]);

/** Python's time.ctime(time.time()): 'Sun Jan  5 12:00:00 2025', local time. */
function ctime(): string {
  const d = new Date();
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getDay()]} ${months[d.getMonth()]} ${String(d.getDate()).padStart(2, " ")} ${p2(d.getHours())}:${p2(
    d.getMinutes(),
  )}:${p2(d.getSeconds())} ${d.getFullYear()}`;
}

/** Generates output from a Message object tree, as plain text. */
export class Generator {
  _fp: Writable<any>;
  _mangle_from_: boolean;
  maxheaderlen: number | null;
  policy: Policy | null;
  _NL = "\n";
  _encoded_NL: any = "\n";
  _EMPTY = "";
  _encoded_EMPTY: any = "";

  /**
   * outfp: where to write. mangle_from_: escape body lines starting with "From "
   * (default: the policy's, true without policy). maxheaderlen: wrap headers longer
   * than this (0: never; default: the policy's max_line_length).
   */
  constructor(
    outfp: Writable<any> | Kw,
    mangle_from_: boolean | null | Kw = null,
    maxheaderlen: number | null | Kw = null,
    kw: { policy?: Policy | null } | null = null,
  ) {
    let policy: Policy | null = kw?.policy ?? null;
    const b = _bindKw(arguments, GENERATOR_INIT);
    if (b) [outfp, mangle_from_, maxheaderlen, policy] = b as [Writable, boolean | null, number | null, Policy | null];
    if (mangle_from_ === null || mangle_from_ === undefined) mangle_from_ = policy === null ? true : policy.mangle_from_;
    this._fp = outfp as Writable<any>;
    this._mangle_from_ = mangle_from_ as boolean;
    this.maxheaderlen = (maxheaderlen ?? null) as number | null;
    this.policy = policy;
  }

  write(s: string): void {
    // Just delegate to the file object
    this._fp.write(s);
  }

  /**
   * Print the message tree rooted at msg to the output file. unixfrom: write a Unix
   * From_ line first (a made-up one if the message has none). linesep: the line
   * separator (default: the policy's).
   */
  flatten(msg: Message, unixfrom: boolean | Kw = false, linesep: string | null | Kw = null): void {
    const b = _bindKw(arguments, FLATTEN);
    if (b) [msg, unixfrom, linesep] = b as [Message, boolean, string | null];
    let policy = this.policy === null ? msg.policy : this.policy;
    if (linesep !== null && linesep !== undefined) policy = policy.clone({ linesep: linesep as string });
    if (this.maxheaderlen !== null) policy = policy.clone({ max_line_length: this.maxheaderlen });
    this._NL = policy.linesep;
    this._encoded_NL = this._encode(this._NL);
    this._EMPTY = "";
    this._encoded_EMPTY = this._encode(this._EMPTY);
    // Subparts are written by clones, which take this computed policy.
    const old_gen_policy = this.policy;
    const old_msg_policy = msg.policy;
    try {
      this.policy = policy;
      msg.policy = policy;
      if (unixfrom) {
        let ufrom = msg.get_unixfrom();
        if (!ufrom) ufrom = "From nobody " + ctime();
        this.write(ufrom + this._NL);
      }
      this._write(msg);
    } finally {
      this.policy = old_gen_policy;
      msg.policy = old_msg_policy;
    }
  }

  /** Clone this generator with the exact same options. */
  clone(fp: Writable<any>): Generator {
    const ctor = this.constructor as new (...a: unknown[]) => Generator;
    return new ctor(fp, this._mangle_from_, null, { policy: this.policy });
  }

  // Protected interface

  _new_buffer(): Writable<any> & { getvalue(): any } {
    return new _TextBuffer();
  }

  _encode(s: string): any {
    return s;
  }

  _write_lines(text: string): void {
    // Transform the line endings.
    if (!text) return;
    const lines = text.split(NLCRE);
    for (let i = 0; i < lines.length - 1; i++) {
      this.write(lines[i]!);
      this.write(this._NL);
    }
    if (lines[lines.length - 1]) this.write(lines[lines.length - 1]!);
    // (A trailing newline leaves an empty last element, and writes nothing more.)
  }

  _write(msg: Message): void {
    // The headers are written after the body has been rendered into a buffer, so that
    // subpart handlers can still change the Content-Type (the boundary).
    const oldfp = this._fp;
    const sfp = this._new_buffer();
    try {
      this._fp = sfp;
      this._dispatch(msg);
    } finally {
      this._fp = oldfp;
    }
    // (CPython re-fixes the Content-Transfer-Encoding here when _handle_text re-encoded
    // the payload; the port's _handle_text never does, see there.)
    // The message may write its own headers.
    const meth = (msg as unknown as { _write_headers?: (g: Generator) => void })._write_headers;
    if (typeof meth === "function") meth.call(msg, this);
    else this._write_headers(msg);
    this._fp.write(sfp.getvalue());
  }

  _dispatch(msg: Message): void {
    // _handle_<maintype>_<subtype>(), else _handle_<maintype>(), else _writeBody().
    const main = msg.get_content_maintype();
    const sub = msg.get_content_subtype();
    const specific = [main, sub].join(UNDERSCORE).replace(/-/g, "_");
    const self = this as unknown as Record<string, unknown>;
    let meth = self["_handle_" + specific];
    if (typeof meth !== "function") {
      const generic = main.replace(/-/g, "_");
      meth = self["_handle_" + generic];
      if (typeof meth !== "function") meth = this._writeBody;
    }
    (meth as (m: Message) => void).call(this, msg);
  }

  // Default handlers

  _write_headers(msg: Message): void {
    const policy = this.policy!;
    for (const [h, v] of msg.raw_items()) {
      const folded = policy.fold(h, v);
      if (policy.verify_generated_headers) {
        const linesep = policy.linesep;
        if (!folded.endsWith(linesep)) {
          throw new HeaderWriteError(`folded header does not end with ${repr(linesep)}: ${repr(folded)}`);
        }
        const body = linesep ? folded.slice(0, folded.length - linesep.length) : folded;
        if (NEWLINE_WITHOUT_FWSP.test(body)) {
          throw new HeaderWriteError(`folded header contains newline: ${repr(folded)}`);
        }
      }
      this.write(folded);
    }
    // A blank line always separates headers from body
    this.write(this._NL);
  }

  // Handlers for writing types and subtypes

  _handle_text(msg: Message): void {
    let payload = msg.get_payload();
    if (payload === null || payload === undefined) return;
    if (typeof payload !== "string") throw new TypeError(`string payload expected: ${reprType(payload)}`);
    if (_has_surrogates(msg._payload) && msg.get_param("charset") !== null) {
      // CPython re-encodes the payload in its charset here (Message.set_charset),
      // which the port does not provide.
      throw new TypeError("writing a payload with surrogate escapes is not supported by this port");
    }
    if (this._mangle_from_) payload = (payload as string).replace(fcre, ">From ");
    this._write_lines(payload as string);
  }

  // Default body handler
  _writeBody(msg: Message): void {
    this._handle_text(msg);
  }

  _handle_multipart(msg: Message): void {
    // Write each part separately, then make sure the boundary is not in any of them.
    const msgtexts: any[] = [];
    let subparts: any = msg.get_payload();
    if (subparts === null || subparts === undefined) subparts = [];
    else if (typeof subparts === "string") {
      // e.g. a non-strict parse of a message with no starting boundary.
      this.write(subparts);
      return;
    } else if (!Array.isArray(subparts)) subparts = [subparts];
    for (const part of subparts as Message[]) {
      const s = this._new_buffer();
      const g = this.clone(s);
      g.flatten(part, false, this._NL);
      msgtexts.push(s.getvalue());
    }
    let boundary = msg.get_boundary() as string | null;
    if (!boundary) {
      // A boundary that doesn't appear in any of the message texts.
      const alltext = msgtexts.join(this._encoded_NL);
      boundary = Generator._make_boundary(alltext);
      msg.set_boundary(boundary);
    }
    // The preamble, with a trailing line break.
    if (msg.preamble !== null && msg.preamble !== undefined) {
      const preamble = this._mangle_from_ ? msg.preamble.replace(fcre, ">From ") : msg.preamble;
      this._write_lines(preamble);
      this.write(this._NL);
    }
    // dash-boundary transport-padding CRLF
    this.write("--" + boundary + this._NL);
    // body-part
    if (msgtexts.length) this._fp.write(msgtexts.shift());
    // *encapsulation: delimiter transport-padding CRLF body-part
    for (const body_part of msgtexts) {
      this.write(this._NL + "--" + boundary + this._NL);
      this._fp.write(body_part);
    }
    // close-delimiter transport-padding
    this.write(this._NL + "--" + boundary + "--" + this._NL);
    if (msg.epilogue !== null && msg.epilogue !== undefined) {
      const epilogue = this._mangle_from_ ? msg.epilogue.replace(fcre, ">From ") : msg.epilogue;
      this._write_lines(epilogue);
    }
  }

  _handle_multipart_signed(msg: Message): void {
    // The signed content must stay unmodified (RFC 1847 2.1): no header wrapping.
    const p = this.policy!;
    this.policy = p.clone({ max_line_length: 0 });
    try {
      this._handle_multipart(msg);
    } finally {
      this.policy = p;
    }
  }

  _handle_message_delivery_status(msg: Message): void {
    // Each block is written alone, to leave no extra blank line before the boundary.
    const blocks: any[] = [];
    for (const part of msg.get_payload() as Message[]) {
      const s = this._new_buffer();
      const g = this.clone(s);
      g.flatten(part, false, this._NL);
      const text = s.getvalue();
      const lines = splitOn(text, this._encoded_NL);
      // Strip off the unnecessary trailing empty line
      if (lines.length && isEmpty(lines[lines.length - 1])) blocks.push(joinWith(lines.slice(0, -1), this._encoded_NL));
      else blocks.push(text);
    }
    // Join the blocks with an empty line (and none after the last one).
    this._fp.write(joinWith(blocks, this._encoded_NL));
  }

  _handle_message(msg: Message): void {
    const s = this._new_buffer();
    const g = this.clone(s);
    // The payload of a message/rfc822 part is a list holding one Message; or a
    // string when HeaderParser parsed it (Issue 7970), written as it is.
    let payload: any = msg._payload;
    if (Array.isArray(payload)) {
      g.flatten(msg.get_payload(0), false, this._NL);
      payload = s.getvalue();
    } else {
      payload = this._encode(payload);
    }
    this._fp.write(payload);
  }

  /** A random boundary; with text, one that does not appear in it. */
  static _make_boundary(text: string | Buffer | null = null): string {
    // random.randrange(sys.maxsize), formatted '%019d'
    const rnd = (BigInt(Math.floor(Math.random() * 2 ** 31)) << 32n) | BigInt(Math.floor(Math.random() * 2 ** 32));
    const token = (rnd % (2n ** 63n - 1n)).toString().padStart(19, "0");
    const boundary = "=".repeat(15) + token + "==";
    if (text === null || text === undefined) return boundary;
    // BytesGenerator searches the bytes; latin-1 text has the same lines.
    if (typeof text !== "string") text = text.toString("latin1");
    let b = boundary;
    let counter = 0;
    for (;;) {
      const cre = new RegExp("^--" + b.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "(--)?$", "m");
      if (!cre.test(text)) break;
      b = boundary + "." + counter;
      counter += 1;
    }
    return b;
  }
}

/** Generates a bytes version of a Message object tree. */
export class BytesGenerator extends Generator {
  override write(s: string): void {
    this._fp.write(_pyEncode(s, "ascii", "surrogateescape"));
  }

  override _new_buffer(): Writable<any> & { getvalue(): any } {
    return new _BytesBuffer();
  }

  override _encode(s: string): any {
    return Buffer.from(s, "ascii");
  }

  override _write_headers(msg: Message): void {
    // Headers are written as the policy folds them to bytes.
    for (const [h, v] of msg.raw_items()) this._fp.write(this.policy!.fold_binary(h, v));
    // A blank line always separates headers from body.
    this.write(this._NL);
  }

  override _handle_text(msg: Message): void {
    // A payload with surrogates came from bytes: write it back out as they were.
    if (msg._payload === null || msg._payload === undefined) return;
    if (typeof msg._payload === "string" && _has_surrogates(msg._payload) && this.policy!.cte_type !== "7bit") {
      // CPython mangles the message's own payload here.
      if (this._mangle_from_) msg._payload = (msg._payload as string).replace(fcre, ">From ");
      this._write_lines(msg._payload);
    } else {
      super._handle_text(msg);
    }
  }

  override _writeBody(msg: Message): void {
    this._handle_text(msg);
  }
}

function splitOn(text: any, sep: any): any[] {
  if (typeof text === "string") return text.split(sep);
  const out: Buffer[] = [];
  let start = 0;
  let i: number;
  while ((i = (text as Buffer).indexOf(sep, start)) >= 0) {
    out.push((text as Buffer).subarray(start, i));
    start = i + sep.length;
  }
  out.push((text as Buffer).subarray(start));
  return out;
}

function isEmpty(x: any): boolean {
  return x.length === 0;
}

function joinWith(parts: any[], sep: any): any {
  if (typeof sep === "string") return parts.join(sep);
  const out: Buffer[] = [];
  parts.forEach((p, i) => {
    if (i) out.push(sep);
    out.push(p);
  });
  return Buffer.concat(out);
}

/** Python's StringIO, as far as the generator (and Message.as_string) uses it. */
export class _TextBuffer {
  private parts: string[] = [];
  write(s: string): void {
    this.parts.push(s);
  }
  getvalue(): string {
    return this.parts.join("");
  }
}

/** Python's BytesIO, as far as the generator uses it. */
class _BytesBuffer {
  private parts: Buffer[] = [];
  write(s: Buffer): void {
    this.parts.push(s);
  }
  getvalue(): Buffer {
    return Buffer.concat(this.parts);
  }
}
