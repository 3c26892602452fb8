// Python keyword arguments for the email package's functions: a trailing plain object
// whose keys all name parameters of the function (snake_case or camelCase), as
// docs/conventions.md describes.

import { TypeError } from "../builtins";

/** A function's parameters: names in Python's order, defaults, and its name for errors. */
export interface KwSpec {
  readonly fname: string;
  readonly names: readonly string[];
  readonly defaults: readonly unknown[];
  readonly lookup: ReadonlyMap<string, number>;
}

export function kwspec(fname: string, names: readonly string[], defaults: readonly unknown[]): KwSpec {
  const lookup = new Map<string, number>();
  names.forEach((n, i) => {
    lookup.set(n, i);
    lookup.set(n.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), i);
  });
  return { fname, names, defaults, lookup };
}

/** Whether v is a keyword object for spec: a plain object whose keys are all parameter names. */
function isKw(v: unknown, spec: KwSpec): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  const keys = Object.keys(v);
  if (keys.length === 0) return false;
  for (const k of keys) if (!spec.lookup.has(k)) return false;
  return true;
}

/**
 * Binds a call's arguments when the last one is a keyword object: all parameter values
 * in order (defaults filled in). Returns null when there is no keyword object, so the
 * caller keeps its own (already defaulted) parameters.
 */
export function _bindKw(args: IArguments | readonly unknown[], spec: KwSpec): unknown[] | null {
  const n = args.length;
  if (n === 0) return null;
  const last = args[n - 1];
  if (!isKw(last, spec)) return null;
  const npos = n - 1;
  const out = spec.defaults.slice();
  for (let i = 0; i < npos && i < out.length; i++) if (args[i] !== undefined) out[i] = args[i];
  for (const [k, v] of Object.entries(last)) {
    const i = spec.lookup.get(k)!;
    if (i < npos) throw new TypeError(`${spec.fname}() got multiple values for argument '${spec.names[i]}'`);
    out[i] = v;
  }
  return out;
}
