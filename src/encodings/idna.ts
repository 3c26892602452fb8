// Ported from CPython 3.14.5 Lib/encodings/idna.py (PSF License; see LICENSE).
// Python's Lib/encodings/idna.py, the encoding half: RFC 3490 (IDNA 2003) ToASCII with
// RFC 3491 nameprep, as str.encode("idna") does it, with CPython 3.14's errors: each
// label's UnicodeEncodeError is raised again over the whole input with the label's offset
// added. Decoding (ToUnicode) is not provided.
//
// Labels are handled as arrays of code points: Python counts positions in code points, and
// a Python string may hold lone surrogates side by side where a JS string would pair them.

import { UnicodeDecodeError, UnicodeEncodeError, UnicodeError, reprStr } from "../builtins";
import {
  codePoints,
  fromCodePoints,
  in_table_b1,
  in_table_c12,
  in_table_c22,
  in_table_c3,
  in_table_c4,
  in_table_c5,
  in_table_c6,
  in_table_c7,
  in_table_c8,
  in_table_c9,
  in_table_d1,
  in_table_d2,
  map_table_b2,
  nfkc_3_2_0_code_points,
} from "../stringprep";
import { punycode_encode_code_points } from "./punycode";

/** IDNA section 3.1: the label separators. */
export const dots = /[\u002e\u3002\uff0e\uff61]/;

/** IDNA section 5. */
export const ace_prefix = Buffer.from("xn--", "latin1");
export const sace_prefix = "xn--";

const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isAscii(label: readonly number[]): boolean {
  for (const c of label) if (c > 0x7f) return false;
  return true;
}

function asciiBytes(label: readonly number[]): Buffer {
  return Buffer.from(label);
}

/** nameprep (RFC 3491) over code points; AllowUnassigned, as Python's codec assumes queries. */
function nameprep_code_points(input: readonly number[]): number[] {
  // Map
  const newlabel: number[] = [];
  for (const c of input) {
    if (in_table_b1(c)) continue;
    for (const ch of map_table_b2(c)) newlabel.push(ch.codePointAt(0)!);
  }

  // Normalize
  const label = nfkc_3_2_0_code_points(newlabel);

  // Prohibit
  for (let i = 0; i < label.length; i++) {
    const c = label[i]!;
    if (
      in_table_c12(c) ||
      in_table_c22(c) ||
      in_table_c3(c) ||
      in_table_c4(c) ||
      in_table_c5(c) ||
      in_table_c6(c) ||
      in_table_c7(c) ||
      in_table_c8(c) ||
      in_table_c9(c)
    ) {
      const s = fromCodePoints(label);
      throw new UnicodeEncodeError("idna", s, i, i + 1, `Invalid character ${reprStr(String.fromCodePoint(c))}`);
    }
  }

  // Check bidi (RFC 3454 section 6)
  const RandAL = label.map((x) => in_table_d1(x));
  if (RandAL.some((x) => x)) {
    // 1) The characters of section 5.8 (table C.8) were prohibited above.
    // 2) A string with a RandALCat character must not contain an LCat one.
    for (let i = 0; i < label.length; i++) {
      if (in_table_d2(label[i]!)) {
        throw new UnicodeEncodeError("idna", fromCodePoints(label), i, i + 1, "Violation of BIDI requirement 2");
      }
    }
    // 3) Then a RandALCat character must be both first and last.
    if (!RandAL[0]) {
      throw new UnicodeEncodeError("idna", fromCodePoints(label), 0, 1, "Violation of BIDI requirement 3");
    }
    if (!RandAL[RandAL.length - 1]) {
      throw new UnicodeEncodeError(
        "idna",
        fromCodePoints(label),
        label.length - 1,
        label.length,
        "Violation of BIDI requirement 3",
      );
    }
  }

  return label;
}

/** nameprep(label) of idna.py; raises UnicodeEncodeError with positions in the prepared label. */
export function nameprep(label: string): string {
  return fromCodePoints(nameprep_code_points(codePoints(label)));
}

/** The ASCII label's bytes when its length is valid; else the error of steps 3 and 8. */
function checkedAscii(label: readonly number[]): Buffer {
  if (0 < label.length && label.length < 64) return asciiBytes(label);
  if (label.length === 0) throw new UnicodeEncodeError("idna", "", 0, 1, "label empty");
  throw new UnicodeEncodeError("idna", fromCodePoints(label), 0, label.length, "label too long");
}

function ToASCII_code_points(input: readonly number[]): Buffer {
  // Step 1: try ASCII; UseSTD3ASCIIRules is false, so skip to step 8.
  if (isAscii(input)) return checkedAscii(input);

  // Step 2: nameprep
  const label = nameprep_code_points(input);

  // Steps 3-4: UseSTD3ASCIIRules is false; try ASCII
  if (isAscii(label)) return checkedAscii(label);

  // Step 5: check the ACE prefix. Python tests label.lower(); only X, N and "-" lower to
  // "x", "n" and "-", so this is the same test.
  if (label.length >= 4 && (label[0] | 0x20) === 0x78 && (label[1]! | 0x20) === 0x6e && label[2] === 0x2d && label[3] === 0x2d) {
    throw new UnicodeEncodeError("idna", fromCodePoints(label), 0, sace_prefix.length, "Label starts with ACE prefix");
  }

  // Step 8 ahead of time: the Punycode form has at least one character per code point, so
  // a label this long cannot fit, and we spare the encoding of a huge one.
  if (ace_prefix.length + label.length >= 64) {
    throw new UnicodeEncodeError("idna", fromCodePoints(label), 0, label.length, "label too long");
  }

  // Steps 6-7: encode with Punycode, prepend the ACE prefix
  const label_ascii = sace_prefix + punycode_encode_code_points(label);

  // Step 8: check the size (not for emptiness: the prefix is there).
  if (label_ascii.length < 64) return Buffer.from(label_ascii, "latin1");
  throw new UnicodeEncodeError("idna", fromCodePoints(label), 0, label.length, "label too long");
}

/** ToASCII(label) of idna.py: the label's bytes; raises UnicodeEncodeError. */
export function ToASCII(label: string): Buffer {
  return ToASCII_code_points(codePoints(label));
}

/**
 * str.encode("idna", errors): (bytes, length consumed), as idna.Codec.encode.
 * Raises UnicodeEncodeError over the whole input, UnicodeError for any errors but "strict".
 */
export function encode(input: string, errors = "strict"): [Buffer, number] {
  if (errors !== "strict") {
    // IDNA is quite clear that implementations must be strict.
    throw new UnicodeError(`Unsupported error handling: ${errors}`);
  }

  if (!input) return [Buffer.alloc(0), 0];

  if (ASCII_ONLY.test(input)) {
    // ASCII name: fast path. Every empty label but the last is reported first, then the
    // first label that is too long.
    const n = input.length;
    let start = 0;
    let longStart = -1;
    let longLen = 0;
    for (let k = 0; k <= n; k++) {
      if (k < n && input.charCodeAt(k) !== 0x2e) continue;
      const len = k - start;
      if (len === 0 && k < n) throw new UnicodeEncodeError("idna", input, start, start + 1, "label empty");
      if (len >= 64 && longStart < 0) {
        longStart = start;
        longLen = len;
      }
      start = k + 1;
    }
    if (longStart >= 0) {
      throw new UnicodeEncodeError("idna", input, longStart, longStart + longLen, "label too long");
    }
    return [Buffer.from(input, "latin1"), n];
  }

  const labels = input.split(dots);
  let trailing_dot = false;
  if (labels.length && !labels[labels.length - 1]) {
    trailing_dot = true;
    labels.pop();
  }
  const result: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = codePoints(labels[i]!);
    if (i > 0) result.push(DOT); // join with U+002E
    try {
      result.push(ToASCII_code_points(label));
    } catch (exc) {
      if (exc instanceof UnicodeEncodeError || exc instanceof UnicodeDecodeError) {
        throw new UnicodeEncodeError("idna", input, offset + exc.start, offset + exc.end, exc.reason);
      }
      throw exc;
    }
    offset += label.length + 1;
  }
  if (trailing_dot) result.push(DOT);
  // offset counted a dot after every label; the last one is there only if trailing.
  return [Buffer.concat(result), offset - 1 + (trailing_dot ? 1 : 0)];
}

const DOT = Buffer.from(".", "latin1");
