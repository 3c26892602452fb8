// Ported from CPython 3.14.5 Lib/email/parser.py (PSF License; see LICENSE).
// email.parser: parsers of RFC 5322 and MIME messages from text (Parser, HeaderParser)
// or bytes (BytesParser, BytesHeaderParser), built on FeedParser.

import { asBuffer } from "../builtins";
import { _pyDecode } from "./charset";
import { FeedParser, _parse_simple_header_block, type FeedParserOptions } from "./feedparser";
import type { Message } from "./message";
import { Policy, compat32 } from "./_policybase";
import { bindKw as _bindKw, kwspec, withMethod } from "../builtins";

export { FeedParser, BytesFeedParser } from "./feedparser";

/** Parser's options (Python's keyword arguments). */
export interface ParserOptions {
  _class?: FeedParserOptions["_factory"];
  policy?: Policy;
}

/** A text file object as Parser.parse() reads it: read(n) returns "" at EOF. */
export interface TextReader {
  read(n?: number): string;
}

const PARSE = kwspec("parse", ["fp", "headersonly"], [undefined, false], 2, { objects: { fp: withMethod("read") } });
const PARSESTR = kwspec("parsestr", ["text", "headersonly"], [undefined, false]);
const PARSEBYTES = kwspec("parsebytes", ["text", "headersonly"], [undefined, false]);

/** Parser of RFC 5322 and MIME email messages. */
export class Parser {
  _class: FeedParserOptions["_factory"];
  policy: Policy;

  /**
   * _class: the Message class (or function) that makes new message objects (default
   * Message); policy (default compat32) controls parsing. Both may come in one
   * options object: `new Parser({_class: HTTPMessage})`.
   */
  constructor(_class: ParserOptions["_class"] | ParserOptions = null, kw: ParserOptions = {}) {
    if (_class !== null && typeof _class === "object") {
      kw = _class;
      _class = kw._class ?? null;
    }
    this._class = _class ?? null;
    this.policy = kw?.policy ?? compat32;
  }

  /**
   * Create a message structure from the data in a text file (read to the end). With
   * headersonly, parsing stops after the headers and the rest is the payload.
   */
  parse(fp: TextReader, headersonly: boolean | { headersonly?: boolean } = false): Message {
    const b = _bindKw(arguments, PARSE);
    if (b) [fp, headersonly] = b as [TextReader, boolean];
    const feedparser = new FeedParser(this._class, { policy: this.policy });
    if (headersonly) feedparser._set_headersonly();
    for (;;) {
      const data = fp.read(8192);
      if (!data) break;
      feedparser.feed(data);
    }
    return feedparser.close();
  }

  /**
   * Create a message structure from a string. With headersonly, parsing stops after
   * the headers and the rest is the payload.
   */
  parsestr(text: string, headersonly: boolean | { headersonly?: boolean } = false): Message {
    const b = _bindKw(arguments, PARSESTR);
    if (b) [text, headersonly] = b as [string, boolean];
    if (!headersonly && this.policy === compat32) {
      const msg = _parse_simple_header_block(text, this._class ?? null, this.policy);
      if (msg !== null) return msg;
    }
    // Python reads the string through StringIO in 8192-character pieces; the feed
    // parser gives the same result for the whole string at once.
    const feedparser = new FeedParser(this._class, { policy: this.policy });
    if (headersonly) feedparser._set_headersonly();
    if (text) feedparser.feed(text);
    return feedparser.close();
  }

  parseStr(...args: Parameters<Parser["parsestr"]>): Message {
    return this.parsestr(...args);
  }
}

/** A Parser that always parses headers only. */
export class HeaderParser extends Parser {
  override parse(fp: TextReader, _headersonly: boolean | { headersonly?: boolean } = true): Message {
    return super.parse(fp, true);
  }

  override parsestr(text: string, _headersonly: boolean | { headersonly?: boolean } = true): Message {
    return super.parsestr(text, true);
  }
}

/** A binary file object as BytesParser.parse() reads it. */
export interface BytesReader {
  read(n?: number): Uint8Array;
}

/** Parser of binary RFC 5322 and MIME email messages (bytes decoded as ASCII, others surrogate-escaped). */
export class BytesParser {
  parser: Parser;

  constructor(_class: ParserOptions["_class"] | ParserOptions = null, kw: ParserOptions = {}) {
    this.parser = new Parser(_class, kw);
  }

  /** Create a message structure from the data in a binary file. */
  parse(fp: BytesReader, headersonly: boolean | { headersonly?: boolean } = false): Message {
    const b = _bindKw(arguments, PARSE);
    if (b) [fp, headersonly] = b as [BytesReader, boolean];
    const chunks: Buffer[] = [];
    for (;;) {
      const data = fp.read(8192);
      if (!data || data.length === 0) break;
      chunks.push(Buffer.from(asBuffer(data)));
    }
    return this.parser.parsestr(_pyDecode(Buffer.concat(chunks), "ascii", "surrogateescape"), headersonly as boolean);
  }

  /** Create a message structure from bytes. */
  parsebytes(text: Uint8Array, headersonly: boolean | { headersonly?: boolean } = false): Message {
    const b = _bindKw(arguments, PARSEBYTES);
    if (b) [text, headersonly] = b as [Uint8Array, boolean];
    return this.parser.parsestr(_pyDecode(asBuffer(text), "ascii", "surrogateescape"), headersonly as boolean);
  }

  parseBytes(...args: Parameters<BytesParser["parsebytes"]>): Message {
    return this.parsebytes(...args);
  }
}

/** A BytesParser that always parses headers only. */
export class BytesHeaderParser extends BytesParser {
  override parse(fp: BytesReader, _headersonly: boolean | { headersonly?: boolean } = true): Message {
    return super.parse(fp, true);
  }

  override parsebytes(text: Uint8Array, _headersonly: boolean | { headersonly?: boolean } = true): Message {
    return super.parsebytes(text, true);
  }
}
