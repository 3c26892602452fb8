"""Writes src/stringprep_tables.ts: the Unicode data that src/stringprep.ts needs to give
the answers of Python's stringprep module and of unicodedata.ucd_3_2_0.normalize("NFKC").

The facts come from the running Python (RFC 3454 / Unicode 3.2 via stringprep and
unicodedata.ucd_3_2_0, and unicodedata's current database): stringprep's B.2 mapping folds
case with str.lower() for characters the RFC's own table does not list, and
ucd_3_2_0.normalize() orders and composes with the current combining classes and
compositions, so a few answers depend on the Python version. The committed file follows the
Python the port follows (3.14, Unicode 16.0.0); the machine's python3 may be older, so run it
under Pyodide from the repository root:

    node -e 'require("pyodide").loadPyodide().then(async (py) => {
      py.setStdout({ batched: (s) => console.log(s) });
      await py.runPythonAsync(require("fs").readFileSync("scripts/gen-stringprep-tables.py", "utf8"));
    })' > src/stringprep_tables.ts

(`python3 scripts/gen-stringprep-tables.py > src/stringprep_tables.ts` works with any
Python 3; the header of the output names the Unicode version it used.)

Encoding (decoded lazily by src/stringprep.ts): integers are base 36, "-" for negatives,
separated by ","; records are separated by ";". A range set is the list of the gaps between
its sorted boundaries start0, end0, start1, end1, ... (ends exclusive).
"""

import hashlib
import stringprep
import sys
import unicodedata

old = unicodedata.ucd_3_2_0
N = 0x110000
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def b36(n):
    if n < 0:
        return "-" + b36(-n)
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = DIGITS[r] + s
        if n == 0:
            return s


def range_set(pred):
    bounds = []
    inside = False
    for cp in range(N + 1):
        v = cp < N and pred(cp)
        if v != inside:
            bounds.append(cp)
            inside = v
    prev = 0
    gaps = []
    for b in bounds:
        gaps.append(b - prev)
        prev = b
    return ",".join(b36(g) for g in gaps)


def unassigned_3_2(cp):
    return old.category(chr(cp)) == "Cn"


def b2_tables():
    """B.2 as runs of one-character mappings (start, count, stride, delta) and a list of the rest."""
    single = []
    multi = []
    for cp in range(N):
        c = chr(cp)
        m = stringprep.map_table_b2(c)
        if m == c:
            continue
        if len(m) == 1:
            single.append((cp, ord(m) - cp))
        else:
            multi.append((cp, m))
    runs = []
    i = 0
    while i < len(single):
        start, delta = single[i]
        j = i + 1
        stride = None
        while j < len(single):
            cp, d = single[j]
            step = cp - single[j - 1][0]
            if d != delta:
                break
            if stride is None:
                if step > 2:
                    break
                stride = step
            elif step != stride:
                break
            j += 1
        runs.append((start, j - i, stride or 1, delta))
        i = j
    prev = 0
    out_runs = []
    for start, count, stride, delta in runs:
        out_runs.append(",".join(b36(x) for x in (start - prev, count, stride, delta)))
        prev = start
    prev = 0
    out_multi = []
    for cp, m in multi:
        out_multi.append(",".join([b36(cp - prev)] + [b36(ord(ch)) for ch in m]))
        prev = cp
    return ";".join(out_runs), ";".join(out_multi)


def ccc_runs():
    """Current combining classes: runs (gap from the previous run's end, length, class)."""
    runs = []
    cp = 0
    while cp < N:
        c = unicodedata.combining(chr(cp))
        if c:
            start = cp
            while cp < N and unicodedata.combining(chr(cp)) == c:
                cp += 1
            runs.append((start, cp, c))
        else:
            cp += 1
    prev = 0
    out = []
    for start, end, c in runs:
        out.append(",".join(b36(x) for x in (start - prev, end - start, c)))
        prev = end
    return ";".join(out)


def compositions():
    """The primary composites of the current database: first + second -> composite.

    As Python's tables: a canonical decomposition of two characters whose first one is a
    starter, the composite not excluded from composition (then it is its own NFC)."""
    pairs = []
    for cp in range(N):
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) != 2 or unicodedata.combining(chr(parts[0])) != 0:
            continue
        if unicodedata.normalize("NFC", chr(cp)) != chr(cp):
            continue
        pairs.append((cp, parts[0], parts[1]))
    prev = 0
    out = []
    for cp, first, second in pairs:
        out.append(",".join(b36(x) for x in (cp - prev, cp - first, second)))
        prev = cp
    return ";".join(out)


def nfkd_3_2():
    """The characters whose ucd_3_2_0 NFKD differs from the current one (the normalization
    corrections), and a digest of the ucd_3_2_0 NFKD of every other character assigned in
    3.2, so that a test can prove that String.prototype.normalize("NFKD") agrees."""
    corrections = []
    digest = hashlib.sha256()
    for cp in range(N):
        c = chr(cp)
        if unassigned_3_2(cp):
            continue
        d = old.normalize("NFKD", c)
        if d != unicodedata.normalize("NFKD", c):
            corrections.append(",".join([b36(cp)] + [b36(ord(x)) for x in d]))
            continue
        digest.update(("%x=%s\n" % (cp, " ".join("%x" % ord(x) for x in d))).encode("ascii"))
    return ";".join(corrections), digest.hexdigest()


def main():
    sp = stringprep
    tables = [
        ("UNASSIGNED_3_2", "characters unassigned in Unicode 3.2 (category Cn)", range_set(unassigned_3_2)),
        ("B1", "table B.1, mapped to nothing", range_set(lambda cp: sp.in_table_b1(chr(cp)))),
        ("C12", "table C.1.2", range_set(lambda cp: sp.in_table_c12(chr(cp)))),
        ("C22", "table C.2.2", range_set(lambda cp: sp.in_table_c22(chr(cp)))),
        ("C3", "table C.3", range_set(lambda cp: sp.in_table_c3(chr(cp)))),
        ("C4", "table C.4", range_set(lambda cp: sp.in_table_c4(chr(cp)))),
        ("C5", "table C.5", range_set(lambda cp: sp.in_table_c5(chr(cp)))),
        ("C6", "table C.6", range_set(lambda cp: sp.in_table_c6(chr(cp)))),
        ("C7", "table C.7", range_set(lambda cp: sp.in_table_c7(chr(cp)))),
        ("C8", "table C.8", range_set(lambda cp: sp.in_table_c8(chr(cp)))),
        ("C9", "table C.9", range_set(lambda cp: sp.in_table_c9(chr(cp)))),
        ("D1", "table D.1 (bidirectional R or AL in 3.2)", range_set(lambda cp: sp.in_table_d1(chr(cp)))),
        ("D2", "table D.2 (bidirectional L in 3.2)", range_set(lambda cp: sp.in_table_d2(chr(cp)))),
    ]
    b2_runs, b2_multi = b2_tables()
    corrections, digest = nfkd_3_2()
    w = sys.stdout.write
    w("// Generated by scripts/gen-stringprep-tables.py from Python %d.%d.%d (stringprep,\n"
      % sys.version_info[:3])
    w("// unicodedata.ucd_3_2_0, unicodedata %s). Do not edit; run the script again.\n"
      % unicodedata.unidata_version)
    w("// Formats: see the script's docstring; decoded by src/stringprep.ts.\n\n")
    w('export const UNIDATA_VERSION = "%s";\n\n' % unicodedata.unidata_version)
    for name, doc, data in tables:
        w("/** Range set: %s. */\n" % doc)
        w('export const %s = "%s";\n\n' % (name, data))
    w("/** Table B.2, one-character mappings: runs start (gap),count,stride,delta. */\n")
    w('export const B2_RUNS =\n  "%s";\n\n' % b2_runs)
    w("/** Table B.2: mappings to several characters, cp (gap from the previous),chars... */\n")
    w('export const B2_MULTI =\n  "%s";\n\n' % b2_multi)
    w("/** Canonical combining classes (unicodedata %s): gap,length,class. */\n"
      % unicodedata.unidata_version)
    w('export const CCC =\n  "%s";\n\n' % ccc_runs())
    w("/** Primary composites (unicodedata %s): composite (gap),composite-first,second. */\n"
      % unicodedata.unidata_version)
    w('export const COMPOSITIONS =\n  "%s";\n\n' % compositions())
    w("/** ucd_3_2_0 NFKD where it differs from the current one: cp,chars... */\n")
    w('export const NFKD_3_2_CORRECTIONS = "%s";\n\n' % corrections)
    w("/** SHA-256 of the ucd_3_2_0 NFKD of every other character assigned in 3.2\n")
    w(' * ("<cp hex>=<hex> <hex>...\\n" each, in order). */\n')
    w('export const NFKD_3_2_DIGEST = "%s";\n' % digest)


if __name__ == "__main__":
    main()
