// Ported from CPython 3.14.5 Lib/email/_policybase.py (PSF License; see LICENSE).
// email._policybase: the Policy framework and Compat32, the backward compatible policy
// that http.client's parser uses.

import { AttributeError, TypeError, ValueError, pyClassName, repr } from "../builtins";
import { UNKNOWN8BIT, _pyEncode } from "./charset";
import { Header } from "./header";
import { _has_surrogates } from "./utils";

// Validation from RFC 5322, like Python's re.compile("[!-9;-~]+$").match (whose $ also
// matches before a final newline).
const valid_header_name_re = /^[\x21-\x39\x3b-\x7e]+\n?$/;

/** Validate header name according to RFC 5322; ValueError if invalid. */
export function validate_header_name(name: string): void {
  if (!valid_header_name_re.test(name)) {
    throw new ValueError(`Header field name contains invalid characters: ${repr(name)}`);
  }
}

/** What a message must offer a policy: defects to record. */
export interface DefectHolder {
  defects: unknown[];
}

/** Policy attributes that a constructor or clone() may set. */
export interface PolicyOptions {
  raise_on_defect?: boolean;
  linesep?: string;
  cte_type?: string;
  max_line_length?: number | null;
  mangle_from_?: boolean;
  message_factory?: unknown;
  verify_generated_headers?: boolean;
  [key: string]: unknown;
}

const camelToSnake = (k: string) => k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

/** The attribute a keyword names: the snake_case spelling of a camelCase key. */
function attrName(k: string): string {
  return /[A-Z]/.test(k) ? camelToSnake(k) : k;
}

/**
 * Defines a read-only attribute: assigning to it raises AttributeError, as Python's
 * _PolicyBase.__setattr__ does. (A subclass's class field still overrides it, as a
 * Python subclass's class attribute does.)
 */
function defineReadonly(obj: object, name: string, value: unknown, enumerable: boolean): void {
  Object.defineProperty(obj, name, {
    get: () => value,
    set(this: object, _v: unknown) {
      throw new AttributeError(`${repr(pyClassName(this))} object attribute ${repr(name)} is read-only`);
    },
    enumerable,
    configurable: true,
  });
}

/** Sets Python's class attribute defaults of a policy class. */
export function _setDefaults(cls: Function, defaults: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(defaults)) defineReadonly(cls.prototype, k, v, false);
}

/**
 * Policy object basic framework. Defaults live on the prototype (Python's class
 * attributes) and an instance holds only the values given to it (its __dict__),
 * read-only.
 */
export abstract class _PolicyBase {
  constructor(kw: PolicyOptions = {}) {
    for (const [k, value] of Object.entries(kw)) {
      const name = attrName(k);
      if (!(name in this)) {
        throw new TypeError(`${repr(k)} is an invalid keyword argument for ${pyClassName(this)}`);
      }
      defineReadonly(this, name, value, true);
    }
  }

  __repr__(): string {
    const args = Object.entries(this).map(([k, v]) => `${k}=${repr(v)}`);
    return `${pyClassName(this)}(${args.join(", ")})`;
  }

  /** A new instance with the same attribute values, except those given in kw. */
  clone(kw: PolicyOptions = {}): this {
    const newpolicy = Object.create(Object.getPrototypeOf(this)) as this;
    for (const [attr, value] of Object.entries(this)) defineReadonly(newpolicy, attr, value, true);
    for (const [k, value] of Object.entries(kw)) {
      const attr = attrName(k);
      if (!(attr in this)) {
        throw new TypeError(`${repr(k)} is an invalid keyword argument for ${pyClassName(this)}`);
      }
      defineReadonly(newpolicy, attr, value, true);
    }
    return newpolicy;
  }

  /** Python's +: non-default values from the right operand override the left. */
  __add__(other: _PolicyBase): this {
    return this.clone(Object.fromEntries(Object.entries(other)));
  }
}

/** Controls for how messages are interpreted and formatted. */
export abstract class Policy extends _PolicyBase {
  declare readonly raise_on_defect: boolean;
  declare readonly linesep: string;
  declare readonly cte_type: string;
  declare readonly max_line_length: number | null;
  declare readonly mangle_from_: boolean;
  declare readonly message_factory: unknown;
  declare readonly verify_generated_headers: boolean;

  /** Based on policy, either raise defect or call register_defect. */
  handle_defect(obj: DefectHolder, defect: Error): void {
    if (this.raise_on_defect) throw defect;
    this.register_defect(obj, defect);
  }

  /** Record 'defect' on 'obj' (appends to obj.defects). */
  register_defect(obj: DefectHolder, defect: Error): void {
    obj.defects.push(defect);
  }

  /** The maximum allowed number of headers named 'name' (null: no limit). */
  header_max_count(_name: string): number | null {
    return null;
  }

  /** Given the linesep-terminated lines of one header, the (name, value) to store. */
  abstract header_source_parse(sourcelines: string[]): [string, string];
  /** Given the name and value set by the program, the (name, value) to store. */
  abstract header_store_parse(name: string, value: unknown): [string, unknown];
  /** Given the stored name and value, the value to give the program. */
  abstract header_fetch_parse(name: string, value: unknown): unknown;
  /** The folded header, linesep included. */
  abstract fold(name: string, value: unknown): string;
  /** The folded header as bytes. */
  abstract fold_binary(name: string, value: unknown): Buffer;

  get raiseOnDefect(): boolean {
    return this.raise_on_defect;
  }
  get cteType(): string {
    return this.cte_type;
  }
  get maxLineLength(): number | null {
    return this.max_line_length;
  }
  get mangleFrom(): boolean {
    return this.mangle_from_;
  }
  get messageFactory(): unknown {
    return this.message_factory;
  }
  get verifyGeneratedHeaders(): boolean {
    return this.verify_generated_headers;
  }
  handleDefect(obj: DefectHolder, defect: Error): void {
    this.handle_defect(obj, defect);
  }
  registerDefect(obj: DefectHolder, defect: Error): void {
    this.register_defect(obj, defect);
  }
  headerMaxCount(name: string): number | null {
    return this.header_max_count(name);
  }
  headerSourceParse(sourcelines: string[]): [string, string] {
    return this.header_source_parse(sourcelines);
  }
  headerStoreParse(name: string, value: unknown): [string, unknown] {
    return this.header_store_parse(name, value);
  }
  headerFetchParse(name: string, value: unknown): unknown {
    return this.header_fetch_parse(name, value);
  }
  foldBinary(name: string, value: unknown): Buffer {
    return this.fold_binary(name, value);
  }
}

// Python's class attribute defaults.
_setDefaults(Policy, {
  raise_on_defect: false,
  linesep: "\n",
  cte_type: "8bit",
  max_line_length: 78,
  mangle_from_: false,
  message_factory: null,
  verify_generated_headers: true,
});

/** Python's str.lstrip(' \t\r\n') then rstrip('\r\n'), as header_source_parse needs. */
export function _stripHeaderValue(value: string): string {
  let i = 0;
  const n = value.length;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) break;
  }
  let j = n;
  for (; j > i; j--) {
    const c = value.charCodeAt(j - 1);
    if (c !== 0x0d && c !== 0x0a) break;
  }
  return i === 0 && j === n ? value : value.slice(i, j);
}

/** The backward compatibility policy: the behaviour of the email package version 5.1. */
export class Compat32 extends Policy {
  _sanitize_header(name: string, value: unknown): unknown {
    // A value with surrogates becomes a Header in the unknown-8bit charset.
    if (typeof value !== "string") return value;
    if (_has_surrogates(value)) return new Header(value, UNKNOWN8BIT, null, name);
    return value;
  }

  /**
   * The name is everything up to the ':', unmodified. The value is the rest of the
   * first line joined with the following lines, leading whitespace stripped, and
   * trailing carriage returns and line feeds stripped.
   */
  header_source_parse(sourcelines: string[]): [string, string] {
    const first = sourcelines[0]!;
    const i = first.indexOf(":");
    if (i < 0) throw new ValueError("not enough values to unpack (expected 2, got 1)");
    let value = first.slice(i + 1);
    for (let k = 1; k < sourcelines.length; k++) value += sourcelines[k];
    return [first.slice(0, i), _stripHeaderValue(value)];
  }

  /** The name and value are returned unmodified (the name is validated). */
  header_store_parse(name: string, value: unknown): [string, unknown] {
    validate_header_name(name);
    return [name, value];
  }

  /** A value with binary data becomes a Header (unknown-8bit); else it is unmodified. */
  header_fetch_parse(name: string, value: unknown): unknown {
    return this._sanitize_header(name, value);
  }

  /** Fold with the Header algorithm, keeping existing line breaks. */
  fold(name: string, value: unknown): string {
    return this._fold(name, value, true);
  }

  /** Like fold(), as bytes; binary data is kept unless cte_type is 7bit. */
  fold_binary(name: string, value: unknown): Buffer {
    const folded = this._fold(name, value, this.cte_type === "7bit");
    return _pyEncode(folded, "ascii", "surrogateescape");
  }

  _fold(name: string, value: unknown, sanitize: boolean): string {
    const parts: string[] = [`${name}: `];
    let h: { encode(splitchars?: string, maxlinelen?: number | null, linesep?: string): string } | null;
    if (typeof value === "string") {
      if (_has_surrogates(value)) {
        if (sanitize) h = new Header(value, UNKNOWN8BIT, null, name);
        else {
          // Raw 8bit data of unknown encoding cannot be split safely: keep it whole.
          parts.push(value);
          h = null;
        }
      } else {
        h = new Header(value, null, null, name);
      }
    } else {
      // Assume it is a Header-like object.
      h = value as typeof h;
    }
    if (h !== null) {
      // Header takes a maxlinelen of None as 78; here None means no limit.
      const maxlinelen = this.max_line_length !== null && this.max_line_length !== undefined ? this.max_line_length : 0;
      parts.push(h.encode(undefined, maxlinelen, this.linesep));
    }
    parts.push(this.linesep);
    return parts.join("");
  }
}
_setDefaults(Compat32, { mangle_from_: true });

/** The backward compatible policy instance. */
export const compat32 = new Compat32();
