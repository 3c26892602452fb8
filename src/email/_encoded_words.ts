// Ported from CPython 3.14.5 Lib/email/_encoded_words.py (PSF License; see LICENSE).
// email._encoded_words: only decode_b, which Message.get_payload(decode=True) uses for
// base64 payloads, with binascii.a2b_base64's two modes.

import { ValueError } from "../builtins";
import {
  InvalidBase64CharactersDefect,
  InvalidBase64LengthDefect,
  InvalidBase64PaddingDefect,
  MessageDefect,
} from "./errors";

/** binascii.Error (a ValueError subclass). */
class BinasciiError extends ValueError {}

const B64 = new Int8Array(256).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => {
  B64[c.charCodeAt(0)] = i;
});

/** binascii.a2b_base64(data, strict_mode=strict). */
function a2b_base64(data: Uint8Array, strict: boolean): Buffer {
  const out: number[] = [];
  let quad_pos = 0;
  let leftchar = 0;
  let pads = 0;
  let padding_started = false;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const c = data[i]!;
    if (c === 0x3d) {
      padding_started = true;
      if (strict && quad_pos === 0) {
        throw new BinasciiError(i === 0 ? "Leading padding not allowed" : "Excess padding not allowed");
      }
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        // A complete pad sequence ends the input.
        if (strict && i + 1 < n) throw new BinasciiError("Excess data after padding");
        return Buffer.from(out);
      }
      continue;
    }
    const v = B64[c]!;
    if (v < 0) {
      if (strict) throw new BinasciiError("Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) throw new BinasciiError("Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0:
        quad_pos = 1;
        leftchar = v;
        break;
      case 1:
        quad_pos = 2;
        out.push(((leftchar << 2) | (v >> 4)) & 0xff);
        leftchar = v & 0x0f;
        break;
      case 2:
        quad_pos = 3;
        out.push(((leftchar << 4) | (v >> 2)) & 0xff);
        leftchar = v & 0x03;
        break;
      default:
        quad_pos = 0;
        out.push(((leftchar << 6) | v) & 0xff);
        leftchar = 0;
    }
  }
  if (quad_pos !== 0) {
    if (quad_pos === 1) {
      throw new BinasciiError("Invalid base64-encoded string: number of data characters cannot be 1 more than a multiple of 4");
    }
    throw new BinasciiError("Incorrect padding");
  }
  return Buffer.from(out);
}

/** Decode base64 bytes, leniently, with the defects found: (bytes, defects). */
export function decode_b(encoded: Uint8Array): [Buffer, MessageDefect[]] {
  // First try with validation, fixing the padding if needed.
  const pad_err = encoded.length % 4;
  const missing_padding = pad_err ? Buffer.from("===".slice(0, 4 - pad_err)) : Buffer.alloc(0);
  try {
    return [
      a2b_base64(Buffer.concat([encoded, missing_padding]), true),
      pad_err ? [new InvalidBase64PaddingDefect()] : [],
    ];
  } catch (e) {
    if (!(e instanceof BinasciiError)) throw e;
  }
  // Likely an invalid character: try without adding padding.
  try {
    return [a2b_base64(encoded, false), [new InvalidBase64CharactersDefect()]];
  } catch (e) {
    if (!(e instanceof BinasciiError)) throw e;
  }
  // Add as much padding as could possibly be necessary (extra padding is ignored).
  try {
    return [
      a2b_base64(Buffer.concat([encoded, Buffer.from("==")]), false),
      [new InvalidBase64CharactersDefect(), new InvalidBase64PaddingDefect()],
    ];
  } catch (e) {
    if (!(e instanceof BinasciiError)) throw e;
  }
  // Only when the length is 1 more than a multiple of 4 (bpo-27397): return it as is.
  return [Buffer.from(encoded), [new InvalidBase64LengthDefect()]];
}
