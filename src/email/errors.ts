// Ported from CPython 3.14.5 Lib/email/errors.py (PSF License; see LICENSE).
// email.errors: the email package's exception classes and the defects that the parser
// records on messages instead of raising.

import { BaseException, Exception, TypeError, ValueError, str } from "../builtins";

/** Base class for errors in the email package. */
export class MessageError extends Exception {}

/** Base class for message parsing errors. */
export class MessageParseError extends MessageError {}

/** Error while parsing headers. */
export class HeaderParseError extends MessageParseError {}

/** Couldn't find terminating boundary. */
export class BoundaryError extends MessageParseError {}

/** Conversion to a multipart is prohibited. */
export class MultipartConversionError extends MessageError {}
// Python: class MultipartConversionError(MessageError, TypeError).
BaseException.registerBase(MultipartConversionError, TypeError);

/** An illegal charset was given. */
export class CharsetError extends MessageError {}

/** Error while writing headers. */
export class HeaderWriteError extends MessageError {}

// Parsing defects which the parser was able to work around.

/** Base class for a message defect. `line` is the offending line, or null. */
export class MessageDefect extends ValueError {
  line: unknown;

  constructor(line: unknown = null) {
    // Python passes the line to Exception only when there is one, so args is () otherwise.
    if (line !== null && line !== undefined) super(line);
    else super();
    this.line = line === undefined ? null : line;
  }
}

/** A message claimed to be a multipart but had no boundary parameter. */
export class NoBoundaryInMultipartDefect extends MessageDefect {}
/** The claimed start boundary was never found. */
export class StartBoundaryNotFoundDefect extends MessageDefect {}
/** A start boundary was found, but not the corresponding close boundary. */
export class CloseBoundaryNotFoundDefect extends MessageDefect {}
/** A message had a continuation line as its first header line. */
export class FirstHeaderLineIsContinuationDefect extends MessageDefect {}
/** A 'Unix-from' header was found in the middle of a header block. */
export class MisplacedEnvelopeHeaderDefect extends MessageDefect {}
/** Found line with no leading whitespace and no colon before blank line. */
export class MissingHeaderBodySeparatorDefect extends MessageDefect {}
/** Backward compatibility alias (never emitted), as in Python. */
export const MalformedHeaderDefect = MissingHeaderBodySeparatorDefect;
/** A message claimed to be a multipart but no subparts were found. */
export class MultipartInvariantViolationDefect extends MessageDefect {}
/** An invalid content transfer encoding was set on the multipart itself. */
export class InvalidMultipartContentTransferEncodingDefect extends MessageDefect {}
/** Header contained bytes that could not be decoded. */
export class UndecodableBytesDefect extends MessageDefect {}
/** base64 encoded sequence had an incorrect length. */
export class InvalidBase64PaddingDefect extends MessageDefect {}
/** base64 encoded sequence had characters not in base64 alphabet. */
export class InvalidBase64CharactersDefect extends MessageDefect {}
/** base64 encoded sequence had invalid length (1 mod 4). */
export class InvalidBase64LengthDefect extends MessageDefect {}

// Defects specific to header parsing.

/** Base class for a header defect. */
export class HeaderDefect extends MessageDefect {}
/** Header is not valid, message gives details. */
export class InvalidHeaderDefect extends HeaderDefect {}
/** A header that must have a value had none. */
export class HeaderMissingRequiredValue extends HeaderDefect {}

/** ASCII characters outside the ascii-printable range found. */
export class NonPrintableDefect extends HeaderDefect {
  non_printables: unknown;

  constructor(non_printables: unknown) {
    super(non_printables);
    this.non_printables = non_printables;
  }

  override __str__(): string {
    return `the following ASCII non-printables found in header: ${str(this.non_printables)}`;
  }
}

/** Header uses syntax declared obsolete by RFC 5322. */
export class ObsoleteHeaderDefect extends HeaderDefect {}
/** local_part contains non-ASCII characters. */
export class NonASCIILocalPartDefect extends HeaderDefect {}
/** Header has unparsable or invalid date. */
export class InvalidDateDefect extends HeaderDefect {}

