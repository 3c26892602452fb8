// Ported from CPython 3.14.5 Lib/stringprep.py (PSF License; see LICENSE).
// Python's Lib/stringprep.py: the tables of RFC 3454 (Unicode 3.2), as membership tests
// and mappings, plus the one piece of unicodedata.ucd_3_2_0 that nameprep needs, its
// NFKC. The data are generated into stringprep_tables.ts by
// scripts/gen-stringprep-tables.py and decoded here on first use, so that importing this
// module costs nothing to code that only ever sees ASCII.
//
// Each in_table_* / map_table_* takes a one-character string, as in Python, or its code
// point.
// map_table_b3 is not provided (nameprep does not use it).

import * as T from "./stringprep_tables";

// ---------------------------------------------------------------------------
// Decoding of the generated tables

function ints(rec: string): number[] {
  return rec.split(",").map((x) => parseInt(x, 36));
}

/** Boundaries start0, end0, start1, ... of a range set (ends exclusive). */
function rangeSet(data: string): Uint32Array {
  const gaps = ints(data);
  const out = new Uint32Array(gaps.length);
  let at = 0;
  for (let i = 0; i < gaps.length; i++) out[i] = at += gaps[i]!;
  return out;
}

/** Whether cp lies in the range set (an odd number of boundaries are <= cp). */
function inSet(bounds: Uint32Array, cp: number): boolean {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

const sets = new Map<string, Uint32Array>();

function set(name: keyof typeof T): Uint32Array {
  let s = sets.get(name);
  if (s === undefined) {
    s = rangeSet(T[name]);
    sets.set(name, s);
  }
  return s;
}

let b2map: Map<number, string> | null = null;

function b2(): Map<number, string> {
  if (b2map === null) {
    const m = new Map<number, string>();
    let start = 0;
    for (const rec of T.B2_RUNS.split(";")) {
      const [gap, count, stride, delta] = ints(rec) as [number, number, number, number];
      start += gap;
      for (let k = 0, cp = start; k < count; k++, cp += stride) m.set(cp, String.fromCodePoint(cp + delta));
    }
    let cp = 0;
    for (const rec of T.B2_MULTI.split(";")) {
      const [gap, ...chars] = ints(rec);
      cp += gap!;
      m.set(cp, String.fromCodePoint(...chars));
    }
    b2map = m;
  }
  return b2map;
}

/** A one-character string, or its code point (so that callers can work on code points). */
export type Char = string | number;

function cp0(code: Char): number {
  return typeof code === "number" ? code : code.codePointAt(0)!;
}

/** The code points of a string (a lone surrogate is one, as in Python). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** The string of code points (in slices: a spread of a huge array would overflow the stack). */
export function fromCodePoints(cps: readonly number[]): string {
  if (cps.length <= 4096) return String.fromCodePoint(...cps);
  let out = "";
  for (let i = 0; i < cps.length; i += 4096) out += String.fromCodePoint(...cps.slice(i, i + 4096));
  return out;
}

// ---------------------------------------------------------------------------
// The tables (names and semantics of Lib/stringprep.py)

/** A.1: unassigned in Unicode 3.2 (noncharacters are C.4, not A.1). */
export function in_table_a1(code: Char): boolean {
  const c = cp0(code);
  if (!inSet(set("UNASSIGNED_3_2"), c)) return false;
  if (0xfdd0 <= c && c < 0xfdf0) return false;
  return (c & 0xffff) !== 0xfffe && (c & 0xffff) !== 0xffff;
}

/** B.1: commonly mapped to nothing. */
export function in_table_b1(code: Char): boolean {
  return inSet(set("B1"), cp0(code));
}

/** B.2: case folding for use with NFKC. */
export function map_table_b2(a: Char): string {
  const cp = cp0(a);
  return b2().get(cp) ?? (typeof a === "number" ? String.fromCodePoint(a) : a);
}

/** C.1.1: ASCII space. */
export function in_table_c11(code: Char): boolean {
  return cp0(code) === 0x20;
}

/** C.1.2: non-ASCII space characters. */
export function in_table_c12(code: Char): boolean {
  return inSet(set("C12"), cp0(code));
}

export function in_table_c11_c12(code: Char): boolean {
  return in_table_c11(code) || in_table_c12(code);
}

/** C.2.1: ASCII control characters. */
export function in_table_c21(code: Char): boolean {
  const c = cp0(code);
  return c < 0x20 || c === 0x7f;
}

/** C.2.2: non-ASCII control characters. */
export function in_table_c22(code: Char): boolean {
  return inSet(set("C22"), cp0(code));
}

export function in_table_c21_c22(code: Char): boolean {
  return in_table_c21(code) || in_table_c22(code);
}

/** C.3: private use. */
export function in_table_c3(code: Char): boolean {
  return inSet(set("C3"), cp0(code));
}

/** C.4: non-character code points. */
export function in_table_c4(code: Char): boolean {
  return inSet(set("C4"), cp0(code));
}

/** C.5: surrogate codes. */
export function in_table_c5(code: Char): boolean {
  return inSet(set("C5"), cp0(code));
}

/** C.6: inappropriate for plain text. */
export function in_table_c6(code: Char): boolean {
  return inSet(set("C6"), cp0(code));
}

/** C.7: inappropriate for canonical representation. */
export function in_table_c7(code: Char): boolean {
  return inSet(set("C7"), cp0(code));
}

/** C.8: change display properties or are deprecated. */
export function in_table_c8(code: Char): boolean {
  return inSet(set("C8"), cp0(code));
}

/** C.9: tagging characters. */
export function in_table_c9(code: Char): boolean {
  return inSet(set("C9"), cp0(code));
}

/** D.1: characters with bidirectional property R or AL. */
export function in_table_d1(code: Char): boolean {
  return inSet(set("D1"), cp0(code));
}

/** D.2: characters with bidirectional property L. */
export function in_table_d2(code: Char): boolean {
  return inSet(set("D2"), cp0(code));
}

// ---------------------------------------------------------------------------
// unicodedata.ucd_3_2_0.normalize("NFKC", s)
//
// CPython normalizes for the 3.2 database with its current algorithm and data, except that
// characters unassigned in 3.2 do not decompose and five CJK compatibility ideographs keep
// their 3.2 decompositions (the normalization corrections). Canonical ordering and
// composition use the current combining classes and compositions, even for characters
// that 3.2 did not have (so a few new scripts compose). We follow that step by step:
// the full decomposition of one character assigned in 3.2 is String.prototype.normalize
// ("NFKD"), which a test checks against a digest of Python's answers for every such
// character; everything else comes from the generated tables.

let cccMap: Map<number, number> | null = null;
let compMap: Map<number, Map<number, number>> | null = null;
let corrections: Map<number, number[]> | null = null;

function ccc(cp: number): number {
  if (cccMap === null) {
    const m = new Map<number, number>();
    let at = 0;
    for (const rec of T.CCC.split(";")) {
      const [gap, len, cls] = ints(rec) as [number, number, number];
      at += gap;
      for (let k = 0; k < len; k++) m.set(at + k, cls);
      at += len;
    }
    cccMap = m;
  }
  return cccMap.get(cp) ?? 0;
}

/** first -> second -> primary composite. */
function compositions(): Map<number, Map<number, number>> {
  if (compMap === null) {
    const m = new Map<number, Map<number, number>>();
    let cp = 0;
    for (const rec of T.COMPOSITIONS.split(";")) {
      const [gap, back, last] = ints(rec) as [number, number, number];
      cp += gap;
      const f = cp - back;
      let row = m.get(f);
      if (row === undefined) m.set(f, (row = new Map()));
      row.set(last, cp);
    }
    compMap = m;
  }
  return compMap;
}

function correction(cp: number): number[] | undefined {
  if (corrections === null) {
    corrections = new Map();
    for (const rec of T.NFKD_3_2_CORRECTIONS.split(";")) {
      const [c, ...d] = ints(rec);
      corrections.set(c!, d);
    }
  }
  return corrections.get(cp);
}

const SBase = 0xac00;
const LBase = 0x1100;
const VBase = 0x1161;
const TBase = 0x11a7;
const LCount = 19;
const VCount = 21;
const TCount = 28;

/** NFKD for the 3.2 database, then canonical ordering (CPython's nfd_nfkd). */
function nfkd(s: readonly number[]): number[] {
  const out: number[] = [];
  for (const cp of s) {
    // Nothing below U+00A0 decomposes.
    if (cp < 0xa0 || inSet(set("UNASSIGNED_3_2"), cp)) {
      out.push(cp);
      continue;
    }
    const corr = correction(cp);
    if (corr !== undefined) {
      out.push(...corr);
      continue;
    }
    const ch = String.fromCodePoint(cp);
    const d = ch.normalize("NFKD");
    if (d === ch) out.push(cp);
    else for (const x of d) out.push(x.codePointAt(0)!);
  }
  // Canonical ordering: a stable insertion sort of each run of non-starters by class.
  let prev = out.length ? ccc(out[0]!) : 0;
  for (let i = 1; i < out.length; i++) {
    const cur = ccc(out[i]!);
    if (prev === 0 || cur === 0 || prev <= cur) {
      prev = cur;
      continue;
    }
    let o = i - 1;
    for (;;) {
      const tmp = out[o + 1]!;
      out[o + 1] = out[o]!;
      out[o] = tmp;
      o--;
      if (o < 0) break;
      prev = ccc(out[o]!);
      if (prev === 0 || prev <= cur) break;
    }
    prev = ccc(out[i]!);
  }
  return out;
}

/** unicodedata.ucd_3_2_0.normalize("NFKC", s). */
export function nfkc_3_2_0(s: string): string {
  if (s.length === 0) return s;
  return fromCodePoints(nfkc_3_2_0_code_points(codePoints(s)));
}

/**
 * nfkc_3_2_0 over code points (CPython's nfc_nfkc over nfd_nfkd). Python strings may hold
 * lone surrogates side by side, which a JS string would pair, hence arrays.
 */
export function nfkc_3_2_0_code_points(s: readonly number[]): number[] {
  const d = nfkd(s);
  const comp = compositions();
  const len = d.length;
  const output: number[] = [];
  const skipped = new Set<number>();
  let i = 0;
  while (i < len) {
    if (skipped.has(i)) {
      skipped.delete(i);
      i++;
      continue;
    }
    let code = d[i]!;
    // Hangul composition: only L V (T) in a row, as the data are decomposed.
    if (LBase <= code && code < LBase + LCount && i + 1 < len && VBase <= d[i + 1]! && d[i + 1]! < VBase + VCount) {
      code = SBase + ((code - LBase) * VCount + (d[i + 1]! - VBase)) * TCount;
      i += 2;
      if (i < len && TBase < d[i]! && d[i]! < TBase + TCount) {
        code += d[i]! - TBase;
        i++;
      }
      output.push(code);
      continue;
    }
    let row = comp.get(code);
    if (row === undefined) {
      output.push(code);
      i++;
      continue;
    }
    // Find the next unblocked characters and combine while possible.
    let i1 = i + 1;
    let comb = 0;
    while (i1 < len) {
      const code1 = d[i1]!;
      const comb1 = ccc(code1);
      if (comb) {
        if (comb1 === 0) break;
        if (comb >= comb1) {
          // Blocked.
          i1++;
          continue;
        }
      }
      const composite = row.get(code1);
      if (composite === undefined) {
        if (comb1 === 0) break;
        comb = comb1;
        i1++;
        continue;
      }
      code = composite;
      skipped.add(i1);
      i1++;
      row = comp.get(code);
      if (row === undefined) break;
    }
    output.push(code);
    i++;
  }
  return output;
}
