// Reading a wire scenario (WIRE.md): its server script, its limit, the server's address
// in place of "$HOST" / "$PORT", and the port number taken back out of a trace.

import { ScenarioError, decode } from "../driver";
import type { Encoded } from "../types";
import type { Action, PlannedAction, WireScenario } from "./types";

export const HOST = "127.0.0.1";
export const DEFAULT_LIMIT_MS = 10_000;

function isInt(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v);
}

function bytesValue(v: unknown, what: string): Uint8Array {
  if (typeof v === "string") {
    // Lenient, as for the in-memory response streams: a plain string is latin-1 bytes.
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > 0xff) throw new ScenarioError(`${what}: code point above 255`);
      out[i] = c;
    }
    return out;
  }
  const tag = v !== null && typeof v === "object" && !Array.isArray(v) ? Object.keys(v)[0] : undefined;
  if (tag !== "bytes" && tag !== "base64" && tag !== "bytearray") throw new ScenarioError(`${what}: expected bytes, got ${JSON.stringify(v)}`);
  return decode(v) as Uint8Array;
}

function planAction(a: unknown, where: string): PlannedAction {
  if (a === null || typeof a !== "object" || Array.isArray(a)) throw new ScenarioError(`${where}: an action is an object`);
  const o = a as Record<string, unknown>;
  const keys = Object.keys(o);
  const only = (...allowed: string[]) => {
    const extra = keys.filter((k) => !allowed.includes(k));
    if (extra.length) throw new ScenarioError(`${where}: unknown field ${JSON.stringify(extra[0])} in ${JSON.stringify(a)}`);
  };
  if ("recv" in o) {
    only("recv");
    const r = o.recv;
    if (r === "head") return { kind: "recv-head" };
    if (r === "eof") return { kind: "recv-eof" };
    if (isInt(r) && r >= 0) return { kind: "recv", n: r };
    throw new ScenarioError(`${where}: recv takes "head", "eof" or a count, got ${JSON.stringify(r)}`);
  }
  if ("send" in o) {
    only("send", "drip");
    let drip: [number, number] | null = null;
    if (o.drip !== undefined) {
      const d = o.drip;
      if (!Array.isArray(d) || d.length !== 2 || !isInt(d[0]) || !isInt(d[1]) || d[0] < 1 || d[1] < 0) {
        throw new ScenarioError(`${where}: drip is [bytes >= 1, ms >= 0], got ${JSON.stringify(d)}`);
      }
      drip = [d[0], d[1]];
    }
    return { kind: "send", data: bytesValue(o.send, `${where}: send`), drip };
  }
  if ("sleep" in o) {
    only("sleep");
    if (!isInt(o.sleep) || o.sleep < 0) throw new ScenarioError(`${where}: sleep takes milliseconds`);
    return { kind: "sleep", ms: o.sleep };
  }
  for (const flag of ["shutdown", "close", "reset", "hold"] as const) {
    if (flag in o) {
      only(flag);
      if (o[flag] !== true) throw new ScenarioError(`${where}: ${flag} takes true`);
      return { kind: flag };
    }
  }
  throw new ScenarioError(`${where}: unknown action ${JSON.stringify(a)}`);
}

/** The server script, checked and decoded; null when nothing is to listen. */
export function planServer(sc: WireScenario): PlannedAction[][] | null {
  if (!("server" in sc)) throw new ScenarioError("server: missing (null for a port nothing listens on)");
  const s = sc.server as unknown;
  if (s === null) return null;
  if (!Array.isArray(s)) throw new ScenarioError("server: expected an array of connections or null");
  return s.map((conn: unknown, i) => {
    if (!Array.isArray(conn)) throw new ScenarioError(`server[${i}]: expected an array of actions`);
    return conn.map((a: Action, j) => planAction(a, `server[${i}][${j}]`));
  });
}

/** The scenario's wall-clock bound. */
export function limitOf(sc: WireScenario): number {
  const l = sc.limit_ms;
  if (l === undefined) return DEFAULT_LIMIT_MS;
  if (!isInt(l) || l <= 0) throw new ScenarioError(`limit_ms: expected a positive number of milliseconds`);
  return l;
}

/** Checks the fields the drivers do not read. */
export function checkScenario(sc: unknown): asserts sc is WireScenario {
  if (sc === null || typeof sc !== "object" || Array.isArray(sc)) throw new ScenarioError("a scenario is an object");
  const s = sc as Record<string, unknown>;
  if (typeof s.name !== "string") throw new ScenarioError("a scenario needs a string name");
  if (s.proxy !== undefined && typeof s.proxy !== "boolean") throw new ScenarioError("proxy: expected true or false");
  if (!Array.isArray(s.steps)) throw new ScenarioError("steps: expected an array");
  const c = s.connection;
  if (c !== undefined && (c === null || typeof c !== "object" || Array.isArray(c))) throw new ScenarioError("connection: expected an object");
}

/** A plain JSON string with the server's address in place of $HOST and $PORT. */
function substituteString(s: string, port: number): Encoded {
  if (s === "$PORT") return port;
  if (s === "$HOST") return HOST;
  return s.replace(/\$HOST/g, HOST).replace(/\$PORT/g, String(port));
}

const CONTAINER_TAGS = new Set(["list", "tuple", "iter", "dict"]);

/** An encoded value with the address put in: in strings, lists, tuples, dicts, iterables (not in bytes). */
export function substitute(v: unknown, port: number): unknown {
  if (typeof v === "string") return substituteString(v, port);
  if (Array.isArray(v)) return v.map((x) => substitute(x, port));
  if (v !== null && typeof v === "object") {
    const keys = Object.keys(v);
    if (keys.length === 1 && CONTAINER_TAGS.has(keys[0]!)) {
      return { [keys[0]!]: substitute((v as Record<string, unknown>)[keys[0]!], port) };
    }
  }
  return v;
}

/**
 * What a driver is given: the connection's arguments (default ["$HOST", "$PORT"]) and
 * keywords and the steps' arguments with the server's address put in.
 */
export function withAddress(sc: WireScenario, port: number): WireScenario {
  const conn = sc.connection ?? {};
  const kwargs: { [k: string]: Encoded } = {};
  for (const [k, x] of Object.entries(conn.kwargs ?? {})) kwargs[k] = substitute(x, port) as Encoded;
  const steps = sc.steps.map((st) => {
    if (st === null || typeof st !== "object") return st;
    const out = { ...st };
    if (Array.isArray(st.args)) out.args = st.args.map((a) => substitute(a, port) as Encoded);
    if (st.kwargs !== null && typeof st.kwargs === "object" && !Array.isArray(st.kwargs)) {
      const kw: { [k: string]: Encoded } = {};
      for (const [k, x] of Object.entries(st.kwargs)) kw[k] = substitute(x, port) as Encoded;
      out.kwargs = kw;
    }
    return out;
  });
  const args = conn.args === undefined ? ["$HOST", "$PORT"] : conn.args;
  return { ...sc, connection: { ...conn, args: Array.isArray(args) ? (args.map((a) => substitute(a, port)) as Encoded[]) : args, kwargs }, steps };
}

/**
 * A trace with the server's port number written "$PORT": the two sides run against
 * servers on different ports, and the number shows in what the client sends (the Host
 * header), prints and raises. Digits that merely contain it are left alone.
 */
export function withoutPort<T>(v: T, port: number): T {
  const re = new RegExp(`(?<![0-9])${port}(?![0-9])`, "g");
  const walk = (x: unknown): unknown => {
    if (typeof x === "string") return x.replace(re, "$$PORT");
    if (typeof x === "number") return x === port ? "$PORT" : x;
    if (Array.isArray(x)) return x.map(walk);
    if (x !== null && typeof x === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, y] of Object.entries(x)) out[k] = walk(y);
      return out;
    }
    return x;
  };
  return walk(v) as T;
}
