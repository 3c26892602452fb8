// Ported from CPython 3.14.5 Lib/email/quoprimime.py (PSF License; see LICENSE).
// email.quoprimime: the RFC 2047 "Q" header encoding (the parts the package uses).

import { asBuffer } from "../builtins";

// Header map: letters, digits and "-!*+/" stand for themselves, space becomes "_",
// every other octet becomes "=XX".
const _QUOPRI_HEADER_MAP: string[] = [];
for (let c = 0; c < 256; c++) _QUOPRI_HEADER_MAP.push("=" + c.toString(16).toUpperCase().padStart(2, "0"));
for (const ch of "-!*+/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") {
  _QUOPRI_HEADER_MAP[ch.charCodeAt(0)] = ch;
}
_QUOPRI_HEADER_MAP[0x20] = "_";

/** Return True if the octet should be escaped with header quopri. */
export function header_check(octet: number): boolean {
  return _QUOPRI_HEADER_MAP[octet]!.length !== 1 || octet === 0x20;
}

/** The length of the bytes once Q-encoded (without the RFC 2047 chrome). */
export function header_length(bytearray: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytearray.length; i++) n += _QUOPRI_HEADER_MAP[bytearray[i]!]!.length;
  return n;
}

/** Encode a single header line with quoted-printable (like) encoding. */
export function header_encode(header_bytes: Uint8Array, charset = "iso-8859-1"): string {
  if (header_bytes.length === 0) return "";
  const b = asBuffer(header_bytes);
  let encoded = "";
  for (let i = 0; i < b.length; i++) encoded += _QUOPRI_HEADER_MAP[b[i]!];
  return `=?${charset}?q?${encoded}?=`;
}

/** Decode a string encoded with RFC 2045 MIME header 'Q' encoding. */
export function header_decode(s: string): string {
  return s.replace(/_/g, " ").replace(/=[a-fA-F0-9]{2}/g, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
}
