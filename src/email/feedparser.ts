// Ported from CPython 3.14.5 Lib/email/feedparser.py (PSF License; see LICENSE).
// email.feedparser: the incremental parser of RFC 5322 / MIME messages. feed() pushes
// text in, close() returns the root Message. It never raises on bad input: what it
// works around is recorded as a defect on the message.

import { AssertionError, TypeError, asBuffer, str } from "../builtins";
import * as errors from "./errors";
import { Message, type MessageFactory } from "./message";
import { Compat32, Policy, _stripHeaderValue, compat32 } from "./_policybase";
import { _pyDecode } from "./charset";

/** Returned by BufferedSubFile.readline() when the lines pushed so far are used up. */
export const NeedMoreData: unique symbol = Symbol("NeedMoreData");
type Line = string | typeof NeedMoreData;

const NLCRE_eol = /(\r\n|\r|\n)$/;
const NLCRE_bol = /^(\r\n|\r|\n)/;
const EMPTYSTRING = "";

/**
 * Splits text into lines that keep their ends: "\n", "\r\n", and "\r" alone, as
 * StringIO(newline='').readlines() does.
 */
function readlines(text: string, out: string[]): void {
  const n = text.length;
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (start < n) {
    if (lf >= 0 && lf < start) lf = text.indexOf("\n", start);
    if (cr >= 0 && cr < start) cr = text.indexOf("\r", start);
    let end: number;
    if (cr >= 0 && (lf < 0 || cr < lf)) end = cr + 1 === lf ? lf + 1 : cr + 1;
    else if (lf >= 0) end = lf + 1;
    else end = n;
    out.push(start === 0 && end === n ? text : text.slice(start, end));
    start = end;
  }
}

/**
 * A file-ish object that new data can be pushed into. Line-matching predicates can be
 * pushed onto a stack: when the current one matches the current line, readline()
 * returns "" (a false EOF), so the parser can parse until EOF closes a message.
 */
export class BufferedSubFile {
  // The text of the last partial line pushed in.
  _partial: string[] = [];
  // The full lines pushed in (a deque: _lines[_head:]).
  _lines: string[] = [];
  _head = 0;
  // The stack of false-EOF checking predicates.
  _eofstack: ((line: string) => unknown)[] = [];
  _closed = false;

  push_eof_matcher(pred: (line: string) => unknown): void {
    this._eofstack.push(pred);
  }

  pop_eof_matcher(): (line: string) => unknown {
    return this._eofstack.pop()!;
  }

  close(): void {
    // Don't forget any trailing partial line.
    const text = this._partial.join("");
    this._partial = [];
    const parts: string[] = [];
    readlines(text, parts);
    this.pushlines(parts);
    this._closed = true;
  }

  readline(): Line {
    if (this._head >= this._lines.length) {
      if (this._closed) return "";
      return NeedMoreData;
    }
    const line = this._lines[this._head++]!;
    if (this._head === this._lines.length) {
      this._lines = [];
      this._head = 0;
    }
    // Outer boundaries are recognized at any level of inner nesting (RFC 2046,
    // 5.1.2), most nested first.
    const stack = this._eofstack;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!(line)) {
        // A false EOF: push the line back first.
        this.unreadline(line);
        return "";
      }
    }
    return line;
  }

  /** Let the consumer push a line back into the buffer. */
  unreadline(line: Line): void {
    if (line === NeedMoreData) throw new AssertionError();
    if (this._head > 0) this._lines[--this._head] = line;
    else this._lines.unshift(line);
  }

  /** Push some new data into this object. */
  push(data: string): void {
    this._partial.push(data);
    if (data.indexOf("\n") < 0 && data.indexOf("\r") < 0) {
      // No new complete lines, wait for more.
      return;
    }
    // Crack into lines, preserving the linesep characters.
    const text = this._partial.length === 1 ? data : this._partial.join("");
    this._partial = [];
    const parts: string[] = [];
    readlines(text, parts);
    // A last line not ending in "\n" stays partial: one ending in "\r" may be the
    // first half of a "\r\n" (bugs 1555570 and 1721862).
    if (!parts[parts.length - 1]!.endsWith("\n")) this._partial.push(parts.pop()!);
    this.pushlines(parts);
  }

  pushlines(lines: string[]): void {
    if (this._head >= this._lines.length) {
      this._lines = lines;
      this._head = 0;
      return;
    }
    for (let i = 0; i < lines.length; i++) this._lines.push(lines[i]!);
  }

  /** Python's iteration: lines until a (false) EOF, NeedMoreData included. */
  *[Symbol.iterator](): Iterator<Line> {
    for (;;) {
      const line = this.readline();
      if (line === "") return;
      yield line;
    }
  }

  pushEofMatcher(pred: (line: string) => unknown): void {
    this.push_eof_matcher(pred);
  }
  popEofMatcher(): (line: string) => unknown {
    return this.pop_eof_matcher();
  }
}

/**
 * Python's headerRE.match(line), headerRE being
 * ^(From |[\041-\071\073-\176]*:|[\t ]): a Unix-From line, a field name and its colon,
 * or a continuation line.
 */
function isHeaderLine(line: string): boolean {
  const c0 = line.charCodeAt(0);
  if (c0 === 0x20 || c0 === 0x09) return true;
  if (c0 === 0x46 && line.startsWith("From ")) return true;
  const n = line.length;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a) return true;
    if (c < 0x21 || c > 0x7e) return false;
  }
  return false;
}

/** Python's NLCRE.match(line): the line starts with a line break. */
function startsWithNewline(line: string): boolean {
  const c0 = line.charCodeAt(0);
  return c0 === 0x0a || c0 === 0x0d;
}

// boundaryendRE, matched right after the separator: (--)?([ \t]*)(\r\n|\r|\n)?$
const boundaryendRE = /(--)?([ \t]*)(\r\n|\r|\n)?$/y;

/** FeedParser's options (Python's keyword arguments). */
export interface FeedParserOptions {
  _factory?: MessageFactory | ((policy: Policy) => Message) | null;
  policy?: Policy;
}

/** A feed-style parser of email. */
export class FeedParser {
  policy: Policy;
  _factory: MessageFactory | ((policy: Policy) => Message);
  /** A factory that raised TypeError when given the policy: then called without it. */
  _old_style_factory: boolean;
  _input: BufferedSubFile;
  _msgstack: Message[];
  _parse: () => void;
  _cur: Message | null;
  _last: Message | null;
  _headersonly: boolean;

  /**
   * _factory is the Message class (or a function) to make new message objects with;
   * it is given the policy. policy (default compat32) controls parsing.
   */
  constructor(_factory: FeedParserOptions["_factory"] | FeedParserOptions = null, kw: FeedParserOptions = {}) {
    if (_factory !== null && typeof _factory === "object") {
      kw = _factory;
      _factory = kw._factory ?? null;
    }
    const policy = kw?.policy ?? compat32;
    this.policy = policy;
    this._old_style_factory = false;
    if (_factory === null || _factory === undefined) {
      this._factory = (policy.message_factory as MessageFactory | null) ?? Message;
    } else {
      this._factory = _factory as MessageFactory;
      // Python calls a given factory once here, to learn whether it takes the policy.
      try {
        makeMessage(this._factory, policy);
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
        // Assume this is an old-style factory
        this._old_style_factory = true;
      }
    }
    this._input = new BufferedSubFile();
    this._msgstack = [];
    const gen = this._parsegen();
    this._parse = () => void gen.next();
    this._cur = null;
    this._last = null;
    this._headersonly = false;
  }

  /** Non-public interface for supporting Parser's headersonly flag. */
  _set_headersonly(): void {
    this._headersonly = true;
  }

  /** Push more data into the parser. */
  feed(data: string): void {
    this._input.push(data);
    this._call_parse();
  }

  _call_parse(): void {
    this._parse();
  }

  /** Parse all remaining data and return the root message object. */
  close(): Message {
    this._input.close();
    this._call_parse();
    const root = this._pop_message();
    if (this._msgstack.length) throw new AssertionError();
    // Look for final set of defects
    if (root.get_content_maintype() === "multipart" && !root.is_multipart() && !this._headersonly) {
      this.policy.handle_defect(root, new errors.MultipartInvariantViolationDefect());
    }
    return root;
  }

  _new_message(): void {
    const msg = this._old_style_factory ? makeMessage(this._factory) : makeMessage(this._factory, this.policy);
    // (Python's `if self._cur` is false for a message without headers.)
    if (this._cur !== null && this._cur.__len__() > 0 && this._cur.get_content_type() === "multipart/digest") {
      msg.set_default_type("message/rfc822");
    }
    if (this._msgstack.length) this._msgstack[this._msgstack.length - 1]!.attach(msg);
    this._msgstack.push(msg);
    this._cur = msg;
    this._last = msg;
  }

  _pop_message(): Message {
    const retval = this._msgstack.pop()!;
    if (this._msgstack.length) this._cur = this._msgstack[this._msgstack.length - 1]!;
    else this._cur = null;
    return retval;
  }

  *_parsegen(): Generator<typeof NeedMoreData, void, void> {
    // Create a new message and start by parsing headers.
    this._new_message();
    const input = this._input;
    const headers: string[] = [];
    // Collect the headers, up to a line that is not a header or continuation line
    // (the blank line included).
    for (;;) {
      const line = input.readline();
      if (line === NeedMoreData) {
        yield NeedMoreData;
        continue;
      }
      if (line === "") break;
      if (!isHeaderLine(line)) {
        // The blank separator line is thrown away; anything else is the first line
        // of the body, pushed back.
        if (!startsWithNewline(line)) {
          this.policy.handle_defect(this._cur!, new errors.MissingHeaderBodySeparatorDefect());
          input.unreadline(line);
        }
        break;
      }
      headers.push(line);
    }
    // Done with the headers, so parse them and figure out what we're supposed to see
    // in the body of the message.
    this._parse_headers(headers);
    // Headers-only parsing (a backwards compatibility hack): all remaining lines are
    // the body.
    if (this._headersonly) {
      const lines: string[] = [];
      for (;;) {
        const line = input.readline();
        if (line === NeedMoreData) {
          yield NeedMoreData;
          continue;
        }
        if (line === "") break;
        lines.push(line);
      }
      this._cur!.set_payload(lines.join(EMPTYSTRING));
      return;
    }
    const cur = this._cur!;
    const ctype = cur.get_content_type();
    if (ctype === "message/delivery-status") {
      // Blocks of headers separated by a blank line: each block is a nested message
      // without a body.
      for (;;) {
        input.push_eof_matcher(startsWithNewline);
        for (const retval of this._parsegen()) {
          if (retval === NeedMoreData) {
            yield NeedMoreData;
            continue;
          }
          break;
        }
        this._pop_message();
        // Pop the EOF matcher to tell the end of this file from the end of the block.
        input.pop_eof_matcher();
        // The input sits at the blank line or at EOF: consume the blank line, then
        // see whether the next line is this subpart's EOF.
        let line: Line;
        for (;;) {
          line = input.readline();
          if (line === NeedMoreData) {
            yield NeedMoreData;
            continue;
          }
          break;
        }
        for (;;) {
          line = input.readline();
          if (line === NeedMoreData) {
            yield NeedMoreData;
            continue;
          }
          break;
        }
        if (line === "") break;
        // Not at EOF so this is a line we're going to need.
        input.unreadline(line);
      }
      return;
    }
    // Python calls get_content_maintype() for each test below: while it and what it calls
    // (get_content_type(), get(), get_default_type()) are Message's own (as defined, not as
    // patched), that is the part of ctype before the "/", and the calls are unobservable.
    const plain = cur.get_content_maintype === get_content_maintype && cur.get_content_type === get_content_type && cur.get === get && cur.get_default_type === get_default_type;
    const maintype = plain ? ctype.slice(0, ctype.indexOf("/") >>> 0) : cur.get_content_maintype();
    if (maintype === "message") {
      // A message/* type: what follows is another RFC 5322 message.
      for (const retval of this._parsegen()) {
        if (retval === NeedMoreData) {
          yield NeedMoreData;
          continue;
        }
        break;
      }
      this._pop_message();
      return;
    }
    if ((plain ? maintype : cur.get_content_maintype()) === "multipart") {
      const boundary = cur.get_boundary() as string | null;
      if (boundary === null) {
        // A multipart without a boundary: read everything up to EOF as the payload,
        // and note the defect.
        this.policy.handle_defect(cur, new errors.NoBoundaryInMultipartDefect());
        const lines: string[] = [];
        for (;;) {
          const line = input.readline();
          if (line === NeedMoreData) {
            yield NeedMoreData;
            continue;
          }
          if (line === "") break;
          lines.push(line);
        }
        cur.set_payload(lines.join(EMPTYSTRING));
        return;
      }
      // Make sure a valid content type was specified per RFC 2045:6.4.
      const cte = str(cur.get("content-transfer-encoding", "8bit")).toLowerCase();
      if (cte !== "7bit" && cte !== "8bit" && cte !== "binary") {
        this.policy.handle_defect(cur, new errors.InvalidMultipartContentTransferEncodingDefect());
      }
      // A predicate matching the inter-part boundary and the end boundary; it goes on
      // the input stream once past the preamble.
      const separator = "--" + boundary;
      const boundarymatch = (line: string): RegExpExecArray | null => {
        if (!line.startsWith(separator)) return null;
        boundaryendRE.lastIndex = separator.length;
        return boundaryendRE.exec(line);
      };
      let capturing_preamble = true;
      const preamble: string[] = [];
      let linesep: string | undefined | false = false;
      let close_boundary_seen = false;
      for (;;) {
        let line = input.readline();
        if (line === NeedMoreData) {
          yield NeedMoreData;
          continue;
        }
        if (line === "") break;
        let mo = boundarymatch(line);
        if (mo) {
          // The end boundary ends this multipart; a line break after it means the
          // epilogue starts as "" (see below).
          if (mo[1]) {
            close_boundary_seen = true;
            linesep = mo[3];
            break;
          }
          // An inter-part boundary. Were we in the preamble?
          if (capturing_preamble) {
            if (preamble.length) {
              // The last newline belongs to the boundary (RFC 2046).
              const lastline = preamble[preamble.length - 1]!;
              const eolmo = NLCRE_eol.exec(lastline);
              if (eolmo) preamble[preamble.length - 1] = lastline.slice(0, lastline.length - eolmo[0].length);
              cur.preamble = preamble.join(EMPTYSTRING);
            }
            capturing_preamble = false;
            input.unreadline(line);
            continue;
          }
          // A boundary between two parts. Consume any boundary lines that follow:
          // they delimit no body parts.
          for (;;) {
            line = input.readline();
            if (line === NeedMoreData) {
              yield NeedMoreData;
              continue;
            }
            mo = boundarymatch(line);
            if (!mo) {
              input.unreadline(line);
              break;
            }
          }
          // Recurse to parse this subpart; the input is at its first line.
          input.push_eof_matcher(boundarymatch);
          for (const retval of this._parsegen()) {
            if (retval === NeedMoreData) {
              yield NeedMoreData;
              continue;
            }
            break;
          }
          // The newline before the boundary belongs to the boundary, not to the
          // previous subpart's payload (or epilogue, for a multipart) (RFC 2046).
          const last = this._last!;
          if (last.get_content_maintype() === "multipart") {
            const epilogue = last.epilogue;
            if (epilogue === "") last.epilogue = null;
            else if (epilogue !== null && epilogue !== undefined) {
              const m = NLCRE_eol.exec(epilogue);
              if (m) last.epilogue = epilogue.slice(0, epilogue.length - m[0].length);
            }
          } else {
            const payload = last._payload;
            if (typeof payload === "string") {
              const m = NLCRE_eol.exec(payload);
              if (m) last._payload = payload.slice(0, payload.length - m[0].length);
            }
          }
          input.pop_eof_matcher();
          this._pop_message();
          // Set the multipart up for newline cleansing, in case it is nested.
          this._last = this._cur;
        } else {
          // I think we must be in the preamble
          if (!capturing_preamble) throw new AssertionError();
          preamble.push(line);
        }
      }
      // EOF or the end boundary. Still in the preamble: the start boundary never
      // came; that's a defect, and the captured text is the payload.
      if (capturing_preamble) {
        this.policy.handle_defect(cur, new errors.StartBoundaryNotFoundDefect());
        cur.set_payload(preamble.join(EMPTYSTRING));
        const epilogue: string[] = [];
        for (;;) {
          const line = input.readline();
          if (line === NeedMoreData) {
            yield NeedMoreData;
            continue;
          }
          if (line === "") break;
          // (CPython drops these lines: its loop never appends them.)
        }
        cur.epilogue = epilogue.join(EMPTYSTRING);
        return;
      }
      // EOF without the end boundary is a defect too.
      if (!close_boundary_seen) {
        this.policy.handle_defect(cur, new errors.CloseBoundaryNotFoundDefect());
        return;
      }
      // Everything from here to EOF is the epilogue; if the end boundary ended in a
      // line break, the epilogue is at least "".
      const epilogue: string[] = linesep ? [""] : [];
      for (;;) {
        const line = input.readline();
        if (line === NeedMoreData) {
          yield NeedMoreData;
          continue;
        }
        if (line === "") break;
        epilogue.push(line);
      }
      // A line break at the front of the epilogue is not part of it.
      if (epilogue.length) {
        const firstline = epilogue[0]!;
        const bolmo = NLCRE_bol.exec(firstline);
        if (bolmo) epilogue[0] = firstline.slice(bolmo[0].length);
      }
      cur.epilogue = epilogue.join(EMPTYSTRING);
      return;
    }
    // Some non-multipart type: the rest of the input is the payload.
    const lines: string[] = [];
    for (;;) {
      const line = input.readline();
      if (line === NeedMoreData) {
        yield NeedMoreData;
        continue;
      }
      if (line === "") break;
      lines.push(line);
    }
    cur.set_payload(lines.join(EMPTYSTRING));
  }

  /** Turns the header lines of the current message into its headers. */
  _parse_headers(lines: string[]): void {
    const cur = this._cur!;
    const policy = this.policy;
    // The lines of the header being collected are lines[first:first + count]: a header
    // line and the continuation lines that follow it (Python's lastvalue list).
    let first = -1;
    let count = 0;
    const n = lines.length;
    for (let lineno = 0; lineno < n; lineno++) {
      let line = lines[lineno]!;
      // Check for continuation
      const c0 = line.charCodeAt(0);
      if (c0 === 0x20 || c0 === 0x09) {
        if (first < 0) {
          // The first header line is a continuation: a defect; the line is noted and
          // otherwise ignored.
          policy.handle_defect(cur, new errors.FirstHeaderLineIsContinuationDefect(line));
          continue;
        }
        count++;
        continue;
      }
      if (first >= 0) {
        this._set_header(cur, policy, lines, first, count);
        first = -1;
      }
      // Check for envelope header, i.e. unix-from
      if (c0 === 0x46 && line.startsWith("From ")) {
        if (lineno === 0) {
          // Strip off the trailing newline
          const mo = NLCRE_eol.exec(line);
          if (mo) line = line.slice(0, line.length - mo[0].length);
          cur.set_unixfrom(line);
          continue;
        } else if (lineno === n - 1) {
          // A unix-from at the end is probably the first line of the body: push it
          // back and stop.
          this._input.unreadline(line);
          return;
        } else {
          // A misplaced unix-from line: a defect, and ignored.
          cur.defects.push(new errors.MisplacedEnvelopeHeaderDefect(line));
          continue;
        }
      }
      // Split the line on the colon separating field name from value. There is one:
      // a line without it would have started the body.
      const i = line.indexOf(":");
      // A colon at the start of the line: the header is malformed, but the rest of the
      // message may be salvaged. Note the error and go on.
      if (i === 0) {
        cur.defects.push(new errors.InvalidHeaderDefect("Missing header name."));
        continue;
      }
      if (i < 0) throw new AssertionError("_parse_headers fed line with no : and no leading WS");
      first = lineno;
      count = 1;
    }
    // Done with all the lines, so handle the last header.
    if (first >= 0) this._set_header(cur, policy, lines, first, count);
  }

  /** cur.set_raw(*policy.header_source_parse(lines[first:first + count])) */
  _set_header(cur: Message, policy: Policy, lines: string[], first: number, count: number): void {
    if (count === 1 && policy.header_source_parse === compat32HeaderSourceParse) {
      // Compat32's header_source_parse of a single line, without the list.
      const line = lines[first]!;
      const i = line.indexOf(":");
      cur.set_raw(line.slice(0, i), _stripHeaderValue(line.slice(i + 1)));
      return;
    }
    const [name, value] = policy.header_source_parse(lines.slice(first, first + count));
    cur.set_raw(name, value);
  }
}

const compat32HeaderSourceParse = Compat32.prototype.header_source_parse;

/** Like FeedParser, but feed() takes bytes (ASCII, other bytes surrogate-escaped). */
export class BytesFeedParser extends FeedParser {
  override feed(data: string | Uint8Array): void {
    super.feed(typeof data === "string" ? data : _pyDecode(asBuffer(data), "ascii", "surrogateescape"));
  }
}

/** False when ctype's maintype cannot be multipart or message: its first character is printable ASCII, neither "m" nor "M" (lower() maps no other character to "m"). */
function mayBeContainerType(ctype: string): boolean {
  const c = ctype.charCodeAt(0);
  return c === 0x6d || c === 0x4d || !(c > 0x20 && c < 0x7f);
}

/** One line of the header blocks _parse_simple_header_block() takes (a RegExp source). */
export const _SIMPLE_HEADER_LINE = "[\\x21-\\x39\\x3b-\\x7e]+:[^\\r\\n]*\\r?\\n";
const SIMPLE_HEADER_BLOCK = new RegExp(`^(?:${_SIMPLE_HEADER_LINE})*\\r?\\n$`);

/** A new message from a factory: a class is constructed, a plain function is called (both get the policy, unless there is none to give). */
function makeMessage(f: FeedParser["_factory"], ...policy: [Policy] | []): Message {
  return typeof f === "function" && f.prototype !== undefined ? new (f as MessageFactory)(...policy) : (f as (...policy: [Policy] | []) => Message)(...policy);
}

/**
 * The message classes whose construction runs Message's code only: the ones
 * _parse_simple_header_block() builds (http.client adds HTTPMessage). For any other factory,
 * whose code could see the calls, the feed parser makes every call CPython's makes.
 */
export const _plain_message_classes = new Set<unknown>([Message]);
/** Message's own methods that the feed parser calls for a plain header block (each compared by name: one cheap load apiece). */
const { set_raw, set_payload, get, get_content_type, get_content_maintype, get_default_type, is_multipart } = Message.prototype;

/** Whether building a message of factory directly is unobservable: a plain class, none of those methods replaced, compat32's own header parsing. */
export function _plain_message_factory(factory: unknown, policy: Policy): factory is MessageFactory {
  if (!_plain_message_classes.has(factory) || policy.header_source_parse !== compat32HeaderSourceParse) return false;
  const P = (factory as MessageFactory).prototype;
  return (
    P.set_raw === set_raw &&
    P.set_payload === set_payload &&
    P.get === get &&
    P.get_content_type === get_content_type &&
    P.get_content_maintype === get_content_maintype &&
    P.get_default_type === get_default_type &&
    P.is_multipart === is_multipart
  );
}

/**
 * The common case of a header block, parsed directly: what FeedParser gives for text that
 * is only `Name: value` lines (each name of the header characters, no continuation lines,
 * no bare CR) ended by one blank line, with the compat32 policy, a plain message class
 * (_plain_message_classes) and a content type that is neither multipart nor message. For
 * anything else it returns null and the caller runs the feed parser, so the result is
 * always the feed parser's.
 */
export function _parse_simple_header_block(text: string, factory: FeedParser["_factory"] | null, policy: Policy): Message | null {
  // Lines of: a name of [\041-\071\073-\176], a colon, a value without CR or LF, then
  // CRLF or LF; then the blank line, ending the text. One test (after the class's: for any
  // other class the text is not looked at), then a plain split.
  const f = factory ?? (policy.message_factory as MessageFactory | null) ?? Message;
  return _plain_message_factory(f, policy) && SIMPLE_HEADER_BLOCK.test(text) ? _build_simple_header_block(text, text.length, f, policy) : null;
}

/**
 * _parse_simple_header_block() of text[:end], which the caller has matched against
 * _SIMPLE_HEADER_LINE repeated and a blank line, for a factory _plain_message_factory()
 * accepts with policy: the message, built as the lines are split; null for a multipart
 * or message content type (the feed parser's then).
 */
export function _build_simple_header_block(text: string, end: number, f: MessageFactory, policy: Policy): Message | null {
  const n = end - (text.charCodeAt(end - 2) === 0x0d ? 2 : 1);
  const msg = new f(policy);
  // The first Content-Type's value, the one get_content_type() reads.
  let contentType: string | null = null;
  for (let pos = 0; pos < n; ) {
    const colon = text.indexOf(":", pos);
    const nl = text.indexOf("\n", colon);
    // value: lstrip(" \t"), and rstrip("\r\n") of its line end
    let vs = colon + 1;
    let c = text.charCodeAt(vs);
    while (c === 0x20 || c === 0x09) c = text.charCodeAt(++vs);
    const name = text.slice(pos, colon);
    const value = text.slice(vs, text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
    msg.set_raw(name, value);
    if (contentType === null && colon - pos === 12 && (text.charCodeAt(pos) | 0x20) === 0x63 && name.toLowerCase() === "content-type") contentType = value;
    pos = nl + 1;
  }
  // Without a Content-Type the type is a plain class's default, text/plain. A type not
  // starting with "m" or "M" (after any whitespace) can be neither (a cheap, conservative
  // test before the real one; building and dropping a plain message is unobservable).
  if (contentType !== null && mayBeContainerType(contentType)) {
    const maintype = msg.get_content_maintype();
    if (maintype === "multipart" || maintype === "message") return null;
  }
  msg.set_payload("");
  return msg;
}
