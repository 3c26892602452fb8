// Tests of the port of CPython's email package (the part http.client uses). Every
// expected value was obtained from CPython 3.14.2 (Pyodide) running the same input.

import {
  BytesFeedParser,
  BytesHeaderParser,
  BytesParser,
  FeedParser,
  HeaderParser,
  Parser,
} from "../../src/email/parser";
import { BufferedSubFile, NeedMoreData } from "../../src/email/feedparser";
import { Message, _formatparam, _parseparam, _splitparam } from "../../src/email/message";
import * as errors from "../../src/email/errors";
import { Compat32, compat32, validate_header_name } from "../../src/email/_policybase";
import { Header } from "../../src/email/header";
import { Generator } from "../../src/email/generator";
import * as utils from "../../src/email/utils";
import {
  KeyError,
  kwargs,
  TypeError,
  ValueError,
  pyClassName,
  repr,
  str,
} from "../../src/builtins";

class HTTPMessage extends Message {}

const parse = (text: string) => new Parser({ _class: HTTPMessage }).parsestr(text);

function summary(m: Message): Record<string, unknown> {
  const p = m._payload;
  return {
    items: m._headers.map(([k, v]) => [k, v]),
    unixfrom: m.get_unixfrom(),
    payload: Array.isArray(p) ? p.map(summary) : p,
    defects: m.defects.map((d) => [pyClassName(d), (d as errors.MessageDefect).line]),
    ctype: m.get_content_type(),
    ...(m.preamble !== null ? { preamble: m.preamble } : {}),
    ...(m.epilogue !== null ? { epilogue: m.epilogue } : {}),
  };
}

/** The outcome of f: its value, or ["raise", class name, str(exc)]. */
function attempt(f: () => unknown): unknown {
  try {
    const v = f();
    return v === undefined ? null : v;
  } catch (e) {
    return ["raise", pyClassName(e as object), str(e)];
  }
}

// name, text, then what CPython made of it: raw headers, unixfrom, payload, defects
// (class, line), get_content_type(), preamble/epilogue when set.
// prettier-ignore
const PARSE_CASES: any[] = [
{"name": "CRLF header block", "text": "Host: example.com\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 42\r\n\r\n", "items": [["Host", "example.com"], ["Content-Type", "text/html; charset=utf-8"], ["Content-Length", "42"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/html"},
{"name": "LF-only line ends", "text": "A: 1\nB: 2\n\n", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "no blank line at the end", "text": "A: 1\r\nB: 2\r\n", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "last line without line end", "text": "A: 1\r\nB: 2", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "folded value keeps CRLF+tab and CRLF+space", "text": "Subject: one\r\n\ttwo\r\n  three\r\nNext: x\r\n\r\n", "items": [["Subject", "one\r\n\ttwo\r\n  three"], ["Next", "x"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "folded value with LF", "text": "Subject: one\n two\n\n", "items": [["Subject", "one\n two"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "value that is only a continuation", "text": "X:\r\n folded\r\n\r\n", "items": [["X", "folded"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "first line is a continuation", "text": " leading\r\nA: 1\r\n\r\n", "items": [["A", "1"]], "unixfrom": null, "payload": "", "defects": [["FirstHeaderLineIsContinuationDefect", " leading\r\n"]], "ctype": "text/plain"},
{"name": "leading From line is the unixfrom", "text": "From nobody Mon Jan  1 00:00:00 2024\r\nA: 1\r\n\r\n", "items": [["A", "1"]], "unixfrom": "From nobody Mon Jan  1 00:00:00 2024", "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "From line in the middle", "text": "A: 1\r\nFrom nobody\r\nB: 2\r\n\r\n", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [["MisplacedEnvelopeHeaderDefect", "From nobody\r\n"]], "ctype": "text/plain"},
{"name": "From line last of the headers goes to the body", "text": "A: 1\r\nFrom nobody\r\n", "items": [["A", "1"]], "unixfrom": null, "payload": "From nobody\r\n", "defects": [], "ctype": "text/plain"},
{"name": "line without a colon starts the body", "text": "A: 1\r\nthis is not a header\r\nB: 2\r\n\r\nbody\r\n", "items": [["A", "1"]], "unixfrom": null, "payload": "this is not a header\r\nB: 2\r\n\r\nbody\r\n", "defects": [["MissingHeaderBodySeparatorDefect", null]], "ctype": "text/plain"},
{"name": "whitespace before the colon starts the body", "text": "A: 1\r\nBad : value\r\nC: 3\r\n\r\n", "items": [["A", "1"]], "unixfrom": null, "payload": "Bad : value\r\nC: 3\r\n\r\n", "defects": [["MissingHeaderBodySeparatorDefect", null]], "ctype": "text/plain"},
{"name": "non-ASCII in a name starts the body", "text": "A: 1\r\nN\u00e4me: v\r\n\r\n", "items": [["A", "1"]], "unixfrom": null, "payload": "N\u00e4me: v\r\n\r\n", "defects": [["MissingHeaderBodySeparatorDefect", null]], "ctype": "text/plain"},
{"name": "colon at the start of a line", "text": "A: 1\r\n: no name\r\nB: 2\r\n\r\n", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [["InvalidHeaderDefect", "Missing header name."]], "ctype": "text/plain"},
{"name": "empty values", "text": "Empty:\r\nSpace: \r\nTab:\t\r\n\r\n", "items": [["Empty", ""], ["Space", ""], ["Tab", ""]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "colons inside values", "text": "Location: http://user:pw@host:8080/a:b\r\nX::y\r\n\r\n", "items": [["Location", "http://user:pw@host:8080/a:b"], ["X", ":y"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "latin-1 characters in values", "text": "X-Name: caf\u00e9 \u00ff\u0080\u00a0end\r\n\r\n", "items": [["X-Name", "caf\u00e9 \u00ff\u0080\u00a0end"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "bare CR is a line end", "text": "A: 1\rB: 2\r\r", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "bare CR then CRLF", "text": "A: 1\rB: 2\r\n\r\n", "items": [["A", "1"], ["B", "2"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "bare CR in the middle of a value", "text": "A: x\ry\r\nB: 2\r\n\r\n", "items": [["A", "x"]], "unixfrom": null, "payload": "y\r\nB: 2\r\n\r\n", "defects": [["MissingHeaderBodySeparatorDefect", null]], "ctype": "text/plain"},
{"name": "CR alone as the separator", "text": "A: 1\r\rbody", "items": [["A", "1"]], "unixfrom": null, "payload": "body", "defects": [], "ctype": "text/plain"},
{"name": "LF alone as the separator after CRLF lines", "text": "A: 1\r\n\nbody", "items": [["A", "1"]], "unixfrom": null, "payload": "body", "defects": [], "ctype": "text/plain"},
{"name": "repeated headers", "text": "Set-Cookie: a=1\r\nset-cookie: b=2\r\nSET-COOKIE: c=3\r\n\r\n", "items": [["Set-Cookie", "a=1"], ["set-cookie", "b=2"], ["SET-COOKIE", "c=3"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "trailing whitespace kept, CR LF stripped", "text": "A: value  \t\r\n\r\n", "items": [["A", "value  \t"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "only the separator", "text": "\r\n", "items": [], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "empty input", "text": "", "items": [], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"},
{"name": "multipart type without a body", "text": "Content-Type: multipart/byteranges; boundary=THIS_STRING_SEPARATES\r\n\r\n", "items": [["Content-Type", "multipart/byteranges; boundary=THIS_STRING_SEPARATES"]], "unixfrom": null, "payload": "", "defects": [["StartBoundaryNotFoundDefect", null], ["MultipartInvariantViolationDefect", null]], "ctype": "multipart/byteranges", "epilogue": ""},
{"name": "multipart type without boundary", "text": "Content-Type: multipart/mixed\r\n\r\n", "items": [["Content-Type", "multipart/mixed"]], "unixfrom": null, "payload": "", "defects": [["NoBoundaryInMultipartDefect", null], ["MultipartInvariantViolationDefect", null]], "ctype": "multipart/mixed"},
{"name": "message/rfc822 type without a body", "text": "Content-Type: message/rfc822\r\n\r\n", "items": [["Content-Type", "message/rfc822"]], "unixfrom": null, "payload": [{"items": [], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"}], "defects": [], "ctype": "message/rfc822"},
{"name": "message/delivery-status", "text": "Content-Type: message/delivery-status\r\n\r\nA: 1\r\n\r\nB: 2\r\n", "items": [["Content-Type", "message/delivery-status"]], "unixfrom": null, "payload": [{"items": [["A", "1"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"}, {"items": [["B", "2"]], "unixfrom": null, "payload": "", "defects": [], "ctype": "text/plain"}], "defects": [], "ctype": "message/delivery-status"},
{"name": "multipart body", "text": "Content-Type: multipart/mixed; boundary=XX\r\n\r\npreamble\r\n--XX\r\nA: 1\r\n\r\none\r\n--XX\r\n\r\ntwo\r\n--XX--\r\nepilogue\r\n", "items": [["Content-Type", "multipart/mixed; boundary=XX"]], "unixfrom": null, "payload": [{"items": [["A", "1"]], "unixfrom": null, "payload": "one", "defects": [], "ctype": "text/plain"}, {"items": [], "unixfrom": null, "payload": "two", "defects": [], "ctype": "text/plain"}], "defects": [], "ctype": "multipart/mixed", "preamble": "preamble", "epilogue": "epilogue\r\n"},
{"name": "multipart with bad content-transfer-encoding", "text": "Content-Type: multipart/mixed; boundary=XX\r\nContent-Transfer-Encoding: base64\r\n\r\n--XX\r\n\r\nx\r\n", "items": [["Content-Type", "multipart/mixed; boundary=XX"], ["Content-Transfer-Encoding", "base64"]], "unixfrom": null, "payload": [{"items": [], "unixfrom": null, "payload": "x", "defects": [], "ctype": "text/plain"}], "defects": [["InvalidMultipartContentTransferEncodingDefect", null], ["CloseBoundaryNotFoundDefect", null]], "ctype": "multipart/mixed"},
];

describe("FeedParser header parsing, as CPython's compat32", () => {
  test.each(PARSE_CASES.map((c) => [c.name, c]))("%s", (_name, c) => {
    const { name: _n, text, ...expected } = c;
    expect(summary(parse(text))).toEqual(expected);
  });

  test("a header line of 65536 bytes", () => {
    const long = "x".repeat(65536);
    const m = parse(`Short: 1\r\nLong: ${long}\r\nNext: 2\r\n\r\n`);
    expect(m.keys()).toEqual(["Short", "Long", "Next"]);
    expect(m.get("long")).toBe(long);
    expect(m.defects).toEqual([]);
  });

  test("more than a hundred headers, in order, duplicates kept", () => {
    let text = "";
    for (let i = 0; i < 150; i++) text += `X-H${i % 120}: v${i}\r\n`;
    const m = parse(text + "\r\n");
    expect(m.length).toBe(150);
    expect(m.get_all("x-h5")).toEqual(["v5", "v125"]);
    expect(m.items()[149]).toEqual(["X-H29", "v149"]);
  });

  test("HTTP header bytes decoded as latin-1 keep every byte", () => {
    const bytes = Buffer.from([0x58, 0x3a, 0x20, 0x80, 0xa0, 0xe9, 0xff, 0x0d, 0x0a, 0x0d, 0x0a]);
    const m = parse(bytes.toString("latin1"));
    expect(m.get("x")).toBe("\u0080\u00a0\u00e9\u00ff");
  });
});

// Content-Type header, then get_params(), get_params(unquote=False), get_param('charset'),
// get_content_charset(), get_content_type(), get_boundary(), get_filename().
// prettier-ignore
const CTYPE_CASES: any[] = [["text/html; charset=\"UTF-8\"", [["text/html", ""], ["charset", "UTF-8"]], [["text/html", ""], ["charset", "\"UTF-8\""]], "UTF-8", "utf-8", "text/html", null, null], ["text/plain; charset=us-ascii (Plain text)", [["text/plain", ""], ["charset", "us-ascii (Plain text)"]], [["text/plain", ""], ["charset", "\"us-ascii (Plain text)\""]], "us-ascii (Plain text)", "us-ascii (plain text)", "text/plain", null, null], ["multipart/mixed; boundary=\"==ab;cd==\"; foo=bar", [["multipart/mixed", ""], ["boundary", "==ab;cd=="], ["foo", "bar"]], [["multipart/mixed", ""], ["boundary", "\"==ab;cd==\""], ["foo", "\"bar\""]], null, null, "multipart/mixed", "==ab;cd==", null], ["application/x-stuff; title*=us-ascii'en-us'This%20is%20%2A%2A%2Afun%2A%2A%2A", [["application/x-stuff", ""], ["title", ["us-ascii", "en-us", "This is ***fun***"]]], [["application/x-stuff", ""], ["title", ["us-ascii", "en-us", "\"This is ***fun***\""]]], null, null, "application/x-stuff", null, null], ["application/x-stuff; title*0*=us-ascii'en'This%20is%20even%20more%20; title*1*=%2A%2A%2Afun%2A%2A%2A%20; title*2=\"isn't it!\"", [["application/x-stuff", ""], ["title", ["us-ascii", "en", "This is even more ***fun*** isn't it!"]]], [["application/x-stuff", ""], ["title", ["us-ascii", "en", "\"This is even more ***fun*** isn't it!\""]]], null, null, "application/x-stuff", null, null], ["text/plain; name*0=\"a\"; name*1=\"b\"; name=\"c\"", [["text/plain", ""], ["name", "c"], ["name", "ab"]], [["text/plain", ""], ["name", "\"c\""], ["name", "\"ab\""]], null, null, "text/plain", null, "c"], ["text/plain; charset*=utf-8''%E2%82%AC", [["text/plain", ""], ["charset", ["utf-8", "", "\u00e2\u0082\u00ac"]]], [["text/plain", ""], ["charset", ["utf-8", "", "\"\u00e2\u0082\u00ac\""]]], ["utf-8", "", "\u00e2\u0082\u00ac"], null, "text/plain", null, null], ["text/plain; charset*=''utf-8", [["text/plain", ""], ["charset", ["", "", "utf-8"]]], [["text/plain", ""], ["charset", ["", "", "\"utf-8\""]]], ["", "", "utf-8"], "utf-8", "text/plain", null, null], ["text/plain; charset=\"\\\"q\\\"\"", [["text/plain", ""], ["charset", "\"q\""]], [["text/plain", ""], ["charset", "\"\\\"q\\\"\""]], "\"q\"", "\"q\"", "text/plain", null, null], ["text/plain;a=\"x;y\";b=2;;c", [["text/plain", ""], ["a", "x;y"], ["b", "2"], ["", ""], ["c", ""]], [["text/plain", ""], ["a", "\"x;y\""], ["b", "\"2\""], ["", "\"\""], ["c", "\"\""]], null, null, "text/plain", null, null], ["text/plain; CHARSET = \"Windows-1252\" ", [["text/plain", ""], ["charset", "Windows-1252"]], [["text/plain", ""], ["charset", "\"Windows-1252\""]], "Windows-1252", "windows-1252", "text/plain", null, null], ["text/plain; charset=<iso-8859-1>", [["text/plain", ""], ["charset", "iso-8859-1"]], [["text/plain", ""], ["charset", "\"iso-8859-1\""]], "iso-8859-1", "iso-8859-1", "text/plain", null, null], ["inline", [["inline", ""]], [["inline", ""]], null, null, "text/plain", null, null], ["", [["", ""]], [["", ""]], null, null, "text/plain", null, null]];

// Content-Disposition header, then get_filename(),
// get_param('filename', header='content-disposition'), get_content_disposition().
// prettier-ignore
const CD_CASES: any[] = [["attachment; filename=\"report.pdf\"", "report.pdf", "report.pdf", "attachment"], ["attachment; filename*=UTF-8''%E2%82%AC%20rates.txt", "\u20ac rates.txt", ["UTF-8", "", "\u00e2\u0082\u00ac rates.txt"], "attachment"], ["attachment; filename*=iso-8859-1'en'%A3%20rates.txt", "\u00a3 rates.txt", ["iso-8859-1", "en", "\u00a3 rates.txt"], "attachment"], ["attachment; filename=\"  spaced.txt  \"", "spaced.txt", "  spaced.txt  ", "attachment"], ["attachment; filename*0=\"long\"; filename*1=\"name.txt\"", "longname.txt", "longname.txt", "attachment"], ["attachment; filename*=bogus-charset''abc%41.txt", "abcA.txt", ["bogus-charset", "", "abcA.txt"], "attachment"], ["attachment; filename*=''%FF.txt", "\u00ff.txt", ["", "", "\u00ff.txt"], "attachment"], ["inline", null, null, "inline"]];

// Helpers of email.utils and email.message, with CPython's results.
// prettier-ignore
const UTILS: any = {"unquote": [["\"a\\\"b\\\\c\"", "a\"b\\c"], ["<x>", "x"], ["\"", "\""], ["\"\"", ""], ["plain", "plain"], ["\"unbalanced", "\"unbalanced"]], "collapse": [["\"q\"", "q"], [["utf-8", "", "caf\u00c3\u00a9"], "caf\u00e9"], [[null, null, "\"x\""], "\"x\""], [["nope", "", "\"y\""], "y"], [["us-ascii", "en", "caf\u00c3\u00a9"], "caf\ufffd\ufffd"]], "decode_params": [[[["text/plain", ""], ["a", "\"1\""], ["b*", "utf-8''%41"]], [["text/plain", ""], ["a", "\"1\""], ["b", ["utf-8", "", "\"A\""]]]], [[["x", ""], ["n*1", "B"], ["n*0", "A"], ["n", "C"]], [["x", ""], ["n", "\"C\""], ["n", "\"AB\""]]], [[["x", ""], ["n*0*", "utf-8'en'%C3"], ["n*1*", "%A9"]], [["x", ""], ["n", ["utf-8", "en", "\"\u00c3\u00a9\""]]]]], "parseparam": [["text/plain; a=1; b=\"x;y\"", ["text/plain", "a=1", "b=\"x;y\""]], [";;a", ["", "", "a"]], ["x; A = 1 ; B=\"2\"", ["x", "a=1", "b=\"2\""]], ["x; a=\"\\\";b\"; c=3", ["x", "a=\"\\\";b\"", "c=3"]], ["x; a=\"x;y", ["x", "a=\"x;y"]]], "splitparam": [["text/plain ; a=1", ["text/plain", "a=1"]], ["x", ["x", null]], [" x ;", ["x", ""]]], "formatparam": [[["a", "b"], "a=\"b\""], [["a", "b", false], "a=b"], [["a", "b c", false], "a=\"b c\""], [["a", ""], "a"], [["a", null], "a"], [["a", "\u00e9"], "a*=utf-8''%C3%A9"], [["a", ["utf-8", "en", "x y"]], "a*=utf-8'en'x%20y"]], "encode_rfc2231": ["a%20b", "utf-8''a%20b", "utf-8'fr'%C3%A9", "None'en'x"], "decode_rfc2231": [["a", "b", "c"], [null, null, "a'b"], ["a", "b", "c'd"], [null, null, "plain"]]};

describe("parameters (quoted, RFC 2231)", () => {
  test.each(CTYPE_CASES)("Content-Type: %s", (h, params, raw, charsetParam, charset, ctype, boundary, filename) => {
    const m = parse(`Content-Type: ${h}\r\n\r\n`);
    expect(m.get_params()).toEqual(params);
    expect(m.get_params(null, "content-type", false)).toEqual(raw);
    expect(m.get_params(kwargs({ unquote: false }))).toEqual(raw);
    expect(m.get_param("charset")).toEqual(charsetParam);
    expect(m.get_content_charset()).toEqual(charset);
    expect(m.get_content_type()).toBe(ctype);
    expect(m.get_boundary()).toEqual(boundary);
    expect(m.get_filename()).toEqual(filename);
  });

  test.each(CD_CASES)("Content-Disposition: %s", (h, filename, param, disposition) => {
    const m = parse(`Content-Disposition: ${h}\r\n\r\n`);
    expect(m.get_filename()).toEqual(filename);
    expect(m.get_param("filename", null, "content-disposition")).toEqual(param);
    expect(m.get_param("filename", kwargs({ header: "content-disposition" }))).toEqual(param);
    expect(m.getParam("filename", kwargs({ header: "content-disposition" }))).toEqual(param);
    expect(m.get_content_disposition()).toEqual(disposition);
  });

  test("failobj when the header or the parameter is missing", () => {
    const m = parse("Content-Type: text/plain\r\n\r\n");
    expect(m.get_params("none", "content-disposition")).toBe("none");
    expect(m.get_param("charset", "dflt")).toBe("dflt");
    expect(m.get_content_charset("dflt")).toBe("dflt");
    expect(m.get_filename("dflt")).toBe("dflt");
    expect(m.get_boundary("dflt")).toBe("dflt");
    expect(new Message().get_params()).toBeNull();
  });

  test("a non-ASCII charset gives failobj", () => {
    // get_content_charset of an RFC 2231 value that decodes to '\u20ac'
    const m = parse("Content-Type: text/plain; charset*=utf-8''%E2%82%AC\r\n\r\n");
    expect(m.get_content_charset("dflt")).toBe("dflt");
  });

  test("an RFC 2231 charset with a NUL: ValueError from the codec lookup (found by fuzzing)", () => {
    const m = parse("Content-Type: t; charset*=ut\x00f''%41\r\nContent-Disposition: a; filename*=u\x00''x\r\n\r\n");
    expect(m.get_param("charset")).toEqual(["ut\x00f", "", "A"]);
    for (const f of [() => m.get_content_charset(), () => m.get_filename()]) {
      expect(f).toThrow(ValueError);
      expect(f).toThrow(/^embedded null character$/);
    }
  });
});

describe("email.utils and the parameter helpers", () => {
  test("unquote", () => {
    for (const [s, want] of UTILS.unquote) expect(utils.unquote(s)).toBe(want);
  });
  test("collapse_rfc2231_value", () => {
    for (const [v, want] of UTILS.collapse) expect(utils.collapse_rfc2231_value(v)).toBe(want);
  });
  test("decode_params", () => {
    for (const [ps, want] of UTILS.decode_params) expect(utils.decode_params(ps)).toEqual(want);
  });
  test("_parseparam", () => {
    for (const [s, want] of UTILS.parseparam) expect(_parseparam(s)).toEqual(want);
  });
  test("_splitparam", () => {
    for (const [s, want] of UTILS.splitparam) expect(_splitparam(s)).toEqual(want);
  });
  test("_formatparam", () => {
    for (const [args, want] of UTILS.formatparam) expect((_formatparam as any)(...args)).toBe(want);
  });
  test("encode_rfc2231 and decode_rfc2231", () => {
    expect([
      utils.encode_rfc2231("a b"),
      utils.encode_rfc2231("a b", "utf-8"),
      utils.encode_rfc2231("\u00e9", "utf-8", "fr"),
      utils.encode_rfc2231("x", null, "en"),
    ]).toEqual(UTILS.encode_rfc2231);
    expect(["a'b'c", "a'b", "a'b'c'd", "plain"].map(utils.decode_rfc2231)).toEqual(UTILS.decode_rfc2231);
  });
});

describe("Message mapping interface", () => {
  const text = 'Content-Type: text/html; charset="UTF-8"\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nX-Empty:\r\n\r\n';

  test("keys, values, items, get, get_all", () => {
    const m = parse(text);
    expect(m.keys()).toEqual(["Content-Type", "Set-Cookie", "set-cookie", "X-Empty"]);
    expect(m.values()).toEqual(['text/html; charset="UTF-8"', "a=1", "b=2", ""]);
    expect(m.items()).toEqual([
      ["Content-Type", 'text/html; charset="UTF-8"'],
      ["Set-Cookie", "a=1"],
      ["set-cookie", "b=2"],
      ["X-Empty", ""],
    ]);
    expect(m.get("SET-COOKIE")).toBe("a=1");
    expect(m.get_all("set-cookie")).toEqual(["a=1", "b=2"]);
    expect(m.getAll("Set-Cookie")).toEqual(["a=1", "b=2"]);
    expect(m.get_all("nope")).toBeNull();
    expect(m.get_all("nope", [])).toEqual([]);
    expect(m.get("nope", "dflt")).toBe("dflt");
    expect(m.get("nope")).toBeNull();
  });

  test("membership, length, iteration, __getitem__", () => {
    const m = parse(text);
    expect(m.has("x-empty")).toBe(true);
    expect(m.__contains__("X-EMPTY")).toBe(true);
    expect(m.has("X-None")).toBe(false);
    expect(m.length).toBe(4);
    expect(m.__len__()).toBe(4);
    expect([...m]).toEqual(["Content-Type", "Set-Cookie", "set-cookie", "X-Empty"]);
    expect(m.__getitem__("x-empty")).toBe("");
    expect(m.__getitem__("missing")).toBeNull();
  });

  test("__setitem__ appends, __delitem__ removes every occurrence", () => {
    const m = new Message();
    m.__setitem__("A", "1");
    m.__setitem__("B", "2");
    m.__setitem__("a", "3");
    m.__delitem__("A");
    expect(m.items()).toEqual([["B", "2"]]);
    m.__delitem__("not-there");
    expect(m.items()).toEqual([["B", "2"]]);
  });

  test("replace_header keeps the place and the name's case; KeyError if missing", () => {
    const m = new Message();
    m.__setitem__("A", "1");
    m.__setitem__("B", "2");
    m.replace_header("a", "x");
    expect(m.items()).toEqual([["A", "x"], ["B", "2"]]);
    expect(attempt(() => m.replace_header("Nope", "x"))).toEqual(["raise", "KeyError", "'nope'"]);
    expect(() => m.replaceHeader("Nope", "x")).toThrow(KeyError);
  });

  test("header names are validated when set", () => {
    const m = new Message();
    expect(attempt(() => m.__setitem__("Bad Name", "x"))).toEqual([
      "raise",
      "ValueError",
      "Header field name contains invalid characters: 'Bad Name'",
    ]);
    expect(attempt(() => m.__setitem__("Bad:Name", "x"))).toEqual([
      "raise",
      "ValueError",
      "Header field name contains invalid characters: 'Bad:Name'",
    ]);
    // Python's $ also matches before a final newline.
    m.__setitem__("Ok\n", "x");
    expect(m.items()).toEqual([["Ok\n", "x"]]);
    expect(() => validate_header_name("")).toThrow(ValueError);
  });

  test("set_raw and raw_items", () => {
    const m = new Message();
    m.set_raw("Bad Name", "kept as is");
    const it = m.raw_items();
    m.set_raw("Later", "x");
    expect([...it]).toEqual([["Bad Name", "kept as is"]]);
    expect([...m.rawItems()]).toEqual([["Bad Name", "kept as is"], ["Later", "x"]]);
  });

  test("non-ASCII names compare as Python's str.lower() does", () => {
    const m = new Message();
    m.set_raw("\u0130X", "dotted");
    m.set_raw("\u212a", "kelvin");
    expect(m.get("i\u0307x")).toBe("dotted");
    expect(m.get("ix")).toBeNull();
    expect(m.get("k")).toBe("kelvin");
    expect(m.has("K")).toBe(true);
  });

  test("add_header with parameters", () => {
    const m = new Message();
    m.add_header("Content-Disposition", "attachment", { filename: "bud.gif" });
    m.add_header("Content-Disposition", "attachment", { filename: ["utf-8", "", "Fu\u00dfballer.ppt"] });
    m.add_header("Content-Disposition", "attachment", { filename: "Fu\u00dfballer.ppt" });
    m.add_header("X-Flag", null, { flag: null, my_param: "a b", q: 'x"y\\z' });
    m.addHeader("X-T", "v", { token: "abc" });
    expect(m.items()).toEqual([
      ["Content-Disposition", 'attachment; filename="bud.gif"'],
      ["Content-Disposition", "attachment; filename*=utf-8''Fu%C3%9Fballer.ppt"],
      ["Content-Disposition", "attachment; filename*=utf-8''Fu%C3%9Fballer.ppt"],
      ["X-Flag", 'flag; my-param="a b"; q="x\\"y\\\\z"'],
      ["X-T", 'v; token="abc"'],
    ]);
  });

  test("set_param, del_param, set_type, set_boundary", () => {
    const m = new Message();
    m.set_param("charset", "utf-8");
    expect(m.items()).toEqual([["Content-Type", 'text/plain; charset="utf-8"']]);
    m.set_param("format", "flowed");
    expect(m.items()).toEqual([["Content-Type", 'text/plain; charset="utf-8"; format="flowed"']]);
    m.set_param("charset", "ascii", { requote: false });
    expect(m.items()).toEqual([["Content-Type", 'text/plain; charset=ascii; format="\\"flowed\\""']]);
    m.del_param("format");
    expect(m.items()).toEqual([["content-type", 'text/plain; charset="ascii"']]);
    m.set_type("text/html");
    expect(m.items()).toEqual([["MIME-Version", "1.0"], ["Content-Type", 'text/html; charset="ascii"']]);
    m.set_param("title", "\u00e9t\u00e9", { charset: "utf-8", language: "fr" });
    expect(m.get("content-type")).toBe("text/html; charset=\"ascii\"; title*=utf-8'fr'%C3%A9t%C3%A9");
    m.set_boundary("BOUND");
    // CPython formats the RFC 2231 triple with '%s' here.
    expect(m.get("content-type")).toBe(
      "text/html; charset=\"ascii\"; title=('utf-8', 'fr', '\"\u00c3\u00a9t\u00c3\u00a9\"'); boundary=\"BOUND\"",
    );
    expect(m.get_params()).toEqual([
      ["text/html", ""],
      ["charset", "ascii"],
      ["title", "('utf-8', 'fr', '\"\u00c3\u00a9t\u00c3\u00a9\"')"],
      ["boundary", "BOUND"],
    ]);
    expect(attempt(() => new Message().set_type("bad"))).toEqual(["raise", "ValueError", ""]);
    expect(attempt(() => new Message().set_boundary("x"))).toEqual([
      "raise",
      "HeaderParseError",
      "No Content-Type header found",
    ]);
  });

  test("content type defaults", () => {
    const m = new Message();
    expect(m.get_content_type()).toBe("text/plain");
    expect(m.get_default_type()).toBe("text/plain");
    m.set_default_type("message/rfc822");
    expect(m.getContentType()).toBe("message/rfc822");
    expect(m.get_content_maintype()).toBe("message");
    expect(m.get_content_subtype()).toBe("rfc822");
    m.__setitem__("Content-Type", "a/b/c");
    expect(m.get_content_type()).toBe("text/plain");
    m.replace_header("content-type", " Text/HTML ; x=1");
    expect(m.get_content_type()).toBe("text/html");
  });

  test("camelCase aliases delegate to the Python names", () => {
    class Sub extends Message {
      override get_content_type(): string {
        return "x/y";
      }
      override get_param(): any {
        return "overridden";
      }
    }
    const m = new Sub();
    expect(m.getContentType()).toBe("x/y");
    expect(m.getContentMaintype()).toBe("x");
    expect(m.getParam("a")).toBe("overridden");
  });
});

describe("payload, unixfrom, multipart", () => {
  test("get_payload and set_payload", () => {
    const m = new Message();
    expect(m.get_payload()).toBeNull();
    expect(attempt(() => m.get_payload(0))).toEqual(["raise", "TypeError", "Expected list, got <class 'NoneType'>"]);
    expect(m.get_payload(null, true)).toBeNull();
    m.set_payload("body");
    expect(m.getPayload()).toBe("body");
    expect(m.is_multipart()).toBe(false);
    const part = new Message();
    const multi = new Message();
    multi.attach(part);
    expect(multi.is_multipart()).toBe(true);
    expect(multi.get_payload(0)).toBe(part);
    expect(multi.get_payload(-1)).toBe(part);
    expect(multi.get_payload({ decode: true })).toBeNull();
    expect(() => m.attach(part)).toThrow(TypeError);
    expect([...multi.walk()]).toEqual([multi, part]);
  });

  test("get_payload(decode=True) by Content-Transfer-Encoding", () => {
    const cases: [string, string, string, string[]][] = [
      ["base64", "aGVsbG8gd29ybGQ=\r\n", "hello world", []],
      ["base64", "aGVsbG8gd29ybGQ\r\n", "hello world", ["InvalidBase64PaddingDefect"]],
      ["base64", "aGVs!bG8=", "hello", ["InvalidBase64CharactersDefect"]],
      ["base64", "aGVsb", "aGVsb", ["InvalidBase64LengthDefect"]],
      ["base64", "a", "a", ["InvalidBase64LengthDefect"]],
      ["base64", "=aGVs", "hel", ["InvalidBase64CharactersDefect"]],
      ["quoted-printable", "caf=C3=A9=\r\nsoft=3D =ZZ end=", "caf\xc3\xa9soft= =ZZ end", []],
      ["x-uuencode", "begin 644 f\n%:&5L;&\\`\n`\nend\n", "hello", []],
      ["x-uuencode", "no begin", "no begin", []],
      ["7bit", "plain \u00e9", "plain \xe9", []],
    ];
    for (const [cte, body, want, defects] of cases) {
      const m = parse(`Content-Transfer-Encoding: ${cte}\r\n\r\n${body}`);
      const got = m.get_payload(null, true) as Buffer;
      expect([cte, got.toString("latin1"), m.defects.map(pyClassName)]).toEqual([cte, want, defects]);
    }
  });

  test("unixfrom", () => {
    const m = new Message();
    expect(m.get_unixfrom()).toBeNull();
    m.setUnixfrom("From me");
    expect(m.getUnixfrom()).toBe("From me");
  });

  test("nested messages: multipart/digest parts default to message/rfc822", () => {
    const m = parse("Content-Type: multipart/digest; boundary=D\r\n\r\n--D\r\n\r\nA: 1\r\n\r\nx\r\n--D--\r\n");
    const part = m.get_payload(0) as Message;
    expect(part.get_default_type()).toBe("message/rfc822");
    expect(part.get_content_type()).toBe("message/rfc822");
    expect((part.get_payload(0) as Message).items()).toEqual([["A", "1"]]);
    expect(m.get_charsets()).toEqual([null, null, null]);
  });
});

describe("as_string (Generator, compat32 folding)", () => {
  test("headers, payload line ends, unixfrom", () => {
    const m = new Message();
    m.__setitem__("Subject", "caf\u00e9");
    m.__setitem__("X", "ok");
    m.set_payload("line1\r\nline2\rline3\nFrom x\n");
    m.set_unixfrom("From me");
    const plain = "Subject: =?utf-8?b?Y2Fmw6k=?=\nX: ok\n\nline1\nline2\nline3\nFrom x\n";
    expect(m.as_string()).toBe(plain);
    expect(m.as_string(true)).toBe("From me\n" + plain);
    expect(m.asString({ unixfrom: true })).toBe("From me\n" + plain);
    expect(m.__str__()).toBe(plain);
    expect(String(m)).toBe(plain);
    expect(m.as_bytes().toString("latin1")).toBe(plain);
  });

  test("parsed folded headers are written with the policy's line separator", () => {
    const m = parse("A: 1\r\n continued\r\n\tmore\r\nB: 2\r\n\r\n");
    expect(m.as_string()).toBe("A: 1\n continued\n\tmore\nB: 2\n\n");
  });

  test("maxheaderlen wraps at folding whitespace", () => {
    const m = parse("Subject: " + "word ".repeat(12) + "\r\n\r\n");
    expect(m.as_string(false, 40)).toBe(
      "Subject: word word word word word word\n word word word word word word \n\n",
    );
  });

  test("headers that would not survive a round trip raise", () => {
    const m1 = new Message();
    m1.__setitem__("X", "a\nb: c");
    expect(attempt(() => m1.as_string())).toEqual([
      "raise",
      "HeaderParseError",
      "header value appears to contain an embedded header: 'a\\nb: c'",
    ]);
    const m2 = new Message();
    m2.__setitem__("X", "a\rb");
    expect(attempt(() => m2.as_string())).toEqual([
      "raise",
      "HeaderWriteError",
      "folded header contains newline: 'X: a\\nb\\n'",
    ]);
    const m3 = new Message();
    m3.__setitem__("X", "a\n b: c");
    expect(m3.as_string()).toBe("X: a\n b: c\n\n");
    const m4 = new Message();
    m4.__setitem__("X", "a\r\n");
    expect(m4.as_string()).toBe("X: a\n\n");
  });

  test("an empty message", () => {
    expect(new Message().as_string()).toBe("\n");
  });

  test("Header.encode directly", () => {
    expect(new Header("caf\u00e9 au lait", null, null, "Subject").encode()).toBe("=?utf-8?q?caf=C3=A9_au_lait?=");
    expect(new Header("plain").__str__()).toBe("plain");
  });

  test("Generator writing to a file object", () => {
    const out: string[] = [];
    const g = new Generator({ write: (s: string) => out.push(s) }, false, 0);
    g.flatten(parse("A: 1\r\n\r\nFrom here\r\n"), false, "\r\n");
    expect(out.join("")).toBe("A: 1\r\n\r\nFrom here\r\n");
  });
});

describe("parsers", () => {
  test("the _class factory, as a class or a keyword", () => {
    const a = new Parser({ _class: HTTPMessage }).parsestr("A: 1\r\n\r\n");
    const b = new Parser(HTTPMessage).parsestr("A: 1\r\n\r\n");
    const c = new Parser().parsestr("A: 1\r\n\r\n");
    expect(a).toBeInstanceOf(HTTPMessage);
    expect(b).toBeInstanceOf(HTTPMessage);
    expect(c).toBeInstanceOf(Message);
    expect(c).not.toBeInstanceOf(HTTPMessage);
    expect(a.policy).toBe(compat32);
    // Subparts are made by the factory too.
    const m = new Parser(HTTPMessage).parsestr("Content-Type: message/rfc822\r\n\r\nB: 2\r\n");
    expect(m.get_payload(0)).toBeInstanceOf(HTTPMessage);
  });

  test("a policy keyword", () => {
    const strict = compat32.clone({ raise_on_defect: true });
    const p = new Parser({ _class: HTTPMessage, policy: strict });
    expect(p.parsestr("A: 1\r\n\r\n").policy).toBe(strict);
    expect(attempt(() => p.parsestr(" x\r\n\r\n"))).toEqual([
      "raise",
      "FirstHeaderLineIsContinuationDefect",
      " x\r\n",
    ]);
  });

  test("headersonly: the rest is the payload, unparsed", () => {
    const text = "Content-Type: multipart/mixed; boundary=X\r\n\r\n--X\r\n\r\nx\r\n--X--\r\n";
    const m = new Parser().parsestr(text, true);
    expect(m.get_payload()).toBe("--X\r\n\r\nx\r\n--X--\r\n");
    expect(m.defects).toEqual([]);
    expect(new Parser().parsestr(text, { headersonly: true }).get_payload()).toBe("--X\r\n\r\nx\r\n--X--\r\n");
    expect(new HeaderParser().parsestr(text).is_multipart()).toBe(false);
    expect(new Parser().parsestr(text).is_multipart()).toBe(true);
  });

  test("Parser.parse reads a text file object", () => {
    let pos = 0;
    const text = "A: 1\r\nB: 2\r\n\r\nbody";
    const fp = { read: (n = -1) => { const s = text.slice(pos, n < 0 ? undefined : pos + n); pos += s.length; return s; } };
    const m = new Parser().parse(fp);
    expect(m.items()).toEqual([["A", "1"], ["B", "2"]]);
    expect(m.get_payload()).toBe("body");
  });

  test("FeedParser fed piece by piece, a CRLF split between pieces", () => {
    const fp = new FeedParser(HTTPMessage);
    for (const piece of ["A: 1\r", "\nB:", " 2\r", "\r", "\nbody\r", "\n"]) fp.feed(piece);
    const m = fp.close();
    expect(m).toBeInstanceOf(HTTPMessage);
    expect(m.items()).toEqual([["A", "1"], ["B", "2"]]);
    // "B: 2\r" then "\r\n": the blank line is the CRLF after the bare CR.
    expect(m.get_payload()).toBe("body\r\n");
  });

  test("BytesParser and the camelCase aliases", () => {
    const bytes = Buffer.from("A: 1\r\n\r\nbody", "latin1");
    expect(new BytesParser(HTTPMessage).parsebytes(bytes).get_payload()).toBe("body");
    expect(new BytesParser({ _class: HTTPMessage }).parseBytes(bytes)).toBeInstanceOf(HTTPMessage);
    expect(new BytesHeaderParser().parsebytes(bytes).items()).toEqual([["A", "1"]]);
    const m = new Parser().parseStr("From x\r\nA: 1\r\n\r\n");
    expect([m.getUnixFrom(), m.getContentMainType(), m.getContentSubType()]).toEqual(["From x", "text", "plain"]);
  });

  test("BytesFeedParser decodes ASCII with surrogate escapes", () => {
    const fp = new BytesFeedParser();
    fp.feed(Buffer.from("X: caf\xe9\r\n\r\n", "latin1"));
    const m = fp.close();
    expect(m._headers).toEqual([["X", "caf\udce9"]]);
    // A value with surrogates is fetched as a Header in the unknown-8bit charset.
    const h = m.get("x");
    expect(h).toBeInstanceOf(Header);
    expect(str(h)).toBe("caf\ufffd");
  });

  test("BufferedSubFile: lines, partial lines, false EOF", () => {
    const f = new BufferedSubFile();
    f.push("a\r\nb\rc");
    expect(f.readline()).toBe("a\r\n");
    expect(f.readline()).toBe("b\r");
    expect(f.readline()).toBe(NeedMoreData);
    f.push("\nd\n");
    f.push_eof_matcher((line) => line.startsWith("d"));
    expect(f.readline()).toBe("c\n");
    expect(f.readline()).toBe("");
    f.pop_eof_matcher();
    f.close();
    expect(f.readline()).toBe("d\n");
    expect(f.readline()).toBe("");
  });
});

describe("policy and errors", () => {
  test("compat32", () => {
    expect(repr(compat32)).toBe("Compat32()");
    expect(repr(compat32.clone({ linesep: "\r\n" }))).toBe("Compat32(linesep='\\r\\n')");
    expect(attempt(() => compat32.clone({ bogus: 1 }))).toEqual([
      "raise",
      "TypeError",
      "'bogus' is an invalid keyword argument for Compat32",
    ]);
    expect(compat32.mangle_from_).toBe(true);
    expect(compat32.max_line_length).toBe(78);
    expect(compat32.linesep).toBe("\n");
    expect(compat32.raise_on_defect).toBe(false);
    const p = new Compat32({ max_line_length: 0, raiseOnDefect: true });
    expect([p.max_line_length, p.raise_on_defect, repr(p)]).toEqual([0, true, "Compat32(max_line_length=0, raise_on_defect=True)"]);
    expect(repr(p.clone({ linesep: "\r\n" }))).toBe("Compat32(max_line_length=0, raise_on_defect=True, linesep='\\r\\n')");
    expect(attempt(() => {
      (compat32 as any).linesep = "\r\n";
    })).toEqual(["raise", "AttributeError", "'Compat32' object attribute 'linesep' is read-only"]);
    expect(attempt(() => {
      (p as any).max_line_length = 1;
    })).toEqual(["raise", "AttributeError", "'Compat32' object attribute 'max_line_length' is read-only"]);
    expect(compat32.linesep).toBe("\n");
  });

  test("header_source_parse", () => {
    expect(compat32.header_source_parse(["Name:  value\r\n", " more\r\n"])).toEqual(["Name", "value\r\n more"]);
    expect(compat32.header_source_parse(["Name:\r\n", "\t\r\n", " x\n"])).toEqual(["Name", "x"]);
    expect(compat32.header_source_parse(["N: a:b  \r\r\n"])).toEqual(["N", "a:b  "]);
  });

  test("defects", () => {
    const d = new errors.MissingHeaderBodySeparatorDefect();
    expect([str(d), d.args, d.line]).toEqual(["", [], null]);
    const e = new errors.MisplacedEnvelopeHeaderDefect("From x\n");
    expect([str(e), e.args, e.line]).toEqual(["From x\n", ["From x\n"], "From x\n"]);
    expect(e).toBeInstanceOf(errors.MessageDefect);
    expect(e).toBeInstanceOf(ValueError);
    expect(errors.MalformedHeaderDefect).toBe(errors.MissingHeaderBodySeparatorDefect);
    expect(new errors.HeaderParseError()).toBeInstanceOf(errors.MessageError);
    expect(new errors.MultipartConversionError()).toBeInstanceOf(TypeError);
    expect(new errors.MultipartConversionError()).toBeInstanceOf(errors.MessageError);
    expect(str(new errors.NonPrintableDefect("\x01"))).toBe(
      "the following ASCII non-printables found in header: \x01",
    );
  });
});
