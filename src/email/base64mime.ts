// Ported from CPython 3.14.5 Lib/email/base64mime.py (PSF License; see LICENSE).
// email.base64mime: Base64 header encoding per RFC 2045-2047 (the parts the package uses).

import { asBuffer } from "../builtins";
import { _pyEncode } from "./charset";

export const MISC_LEN = 7;

/** Length of n bytes once base64-encoded. */
export function _lengthOf(n: number): number {
  return Math.floor(n / 3) * 4 + (n % 3 ? 4 : 0);
}

/** Return the length of s when it is encoded with base64. */
export function header_length(bytearray: Uint8Array): number {
  return _lengthOf(bytearray.length);
}

/** Encode a single header line with Base64 encoding in a given charset. */
export function header_encode(header_bytes: Uint8Array | string, charset = "iso-8859-1"): string {
  if (header_bytes.length === 0) return "";
  const b = typeof header_bytes === "string" ? _pyEncode(header_bytes, charset) : asBuffer(header_bytes);
  return `=?${charset}?b?${b.toString("base64")}?=`;
}
