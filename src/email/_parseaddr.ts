// Ported from CPython 3.14.5 Lib/email/_parseaddr.py (PSF License; see LICENSE).
// email._parseaddr: only quote(), which the parameter code of the package uses.

/**
 * Prepare string to be used in a quoted string: backslash and double quote become
 * quoted pairs. Does not add the surrounding double quotes.
 */
export function quote(str: string): string {
  return str.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
}
