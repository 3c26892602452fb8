// Ported from CPython 3.14.5 Lib/encodings/punycode.py (PSF License; see LICENSE).
// Python's Lib/encodings/punycode.py, the encoding half (RFC 3492): what the idna codec
// needs. Decoding is not provided.

import { codePoints } from "../stringprep";

// Punycode parameters: base 36, tmin 1, tmax 26, skew 38, damp 700, initial bias 72, n 0x80.

/** 3.1 Basic code point segregation: the ASCII code points, and the others sorted, once each. */
function segregate(text: readonly number[]): [string, number[]] {
  let base = "";
  const extended = new Set<number>();
  for (const c of text) {
    if (c < 128) base += String.fromCharCode(c);
    else extended.add(c);
  }
  return [base, [...extended].sort((a, b) => a - b)];
}

/** 3.2 Insertion unsort coding: the deltas. */
function insertion_unsort(text: readonly number[], extended: readonly number[]): number[] {
  const result: number[] = [];
  let oldchar = 0x80;
  let oldindex = -1;
  for (const char of extended) {
    // Characters below char, i.e. already inserted when char's turn comes.
    let curlen = 0;
    for (const c of text) if (c < char) curlen++;
    let delta = (curlen + 1) * (char - oldchar);
    let index = -1;
    for (const c of text) {
      if (c < char) index++;
      else if (c === char) {
        index++;
        delta += index - oldindex;
        result.push(delta - 1);
        oldindex = index;
        delta = 0;
      }
    }
    oldchar = char;
  }
  return result;
}

function T(j: number, bias: number): number {
  const res = 36 * (j + 1) - bias;
  if (res < 1) return 1;
  if (res > 26) return 26;
  return res;
}

const digits = "abcdefghijklmnopqrstuvwxyz0123456789";

/** 3.3 Generalized variable-length integers. */
function generate_generalized_integer(N: number, bias: number): string {
  let result = "";
  let j = 0;
  for (;;) {
    const t = T(j, bias);
    if (N < t) return result + digits[N]!;
    result += digits[t + ((N - t) % (36 - t))]!;
    N = Math.floor((N - t) / (36 - t));
    j++;
  }
}

function adapt(delta: number, first: boolean, numchars: number): number {
  delta = first ? Math.floor(delta / 700) : Math.floor(delta / 2);
  delta += Math.floor(delta / numchars);
  // ((base - tmin) * tmax) // 2 == 455
  let divisions = 0;
  while (delta > 455) {
    delta = Math.floor(delta / 35);
    divisions += 36;
  }
  return divisions + Math.floor((36 * delta) / (delta + 38));
}

/** 3.4 Bias adaptation. */
function generate_integers(baselen: number, deltas: readonly number[]): string {
  let result = "";
  let bias = 72;
  for (let points = 0; points < deltas.length; points++) {
    const delta = deltas[points]!;
    result += generate_generalized_integer(delta, bias);
    bias = adapt(delta, points === 0, baselen + points + 1);
  }
  return result;
}

/** punycode_encode over code points; the result is ASCII. */
export function punycode_encode_code_points(text: readonly number[]): string {
  const [base, extended] = segregate(text);
  const deltas = insertion_unsort(text, extended);
  const ext = generate_integers(base.length, deltas);
  return base.length ? base + "-" + ext : ext;
}

/** Python's punycode_encode(text): bytes. */
export function punycode_encode(text: string): Buffer {
  return Buffer.from(punycode_encode_code_points(codePoints(text)), "latin1");
}

/** str.encode("punycode"): (bytes, length consumed), as Codec.encode. */
export function encode(input: string, errors = "strict"): [Buffer, number] {
  void errors; // Python's punycode encoder never fails, whatever the handler.
  const cps = codePoints(input);
  return [Buffer.from(punycode_encode_code_points(cps), "latin1"), cps.length];
}
