// Writes the named wire corpus, conformance/wire/scenarios/*.json, one file per family:
//   node -r ts-node/register/transpile-only conformance/wire/corpus.ts
// The JSON files are the corpus (reviewed, run by the runner); this file is how they were
// made, so that a family can be extended without editing hundreds of lines by hand.
//
// Every scenario keeps WIRE.md's rules for a stable trace: the server consumes all that the
// client sends before it closes (a close with unread bytes is a reset, and whether the
// bytes had arrived would be a race), and every timeout keeps a margin of at least 200 ms
// (the usual: timeout 0.5 s against a server asleep for 1.5 s).

import * as fs from "node:fs";
import * as path from "node:path";
import type { Encoded, Step } from "../types";
import type { Action, WireScenario } from "./types";

// ---------------------------------------------------------------------------
// Bytes

export const B = (s: string): Encoded => ({ bytes: s });

/** A status line, headers and body as one string. */
export function http(status: string, headers: string[], body = ""): string {
  return `${status}\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n${body}`;
}

/** A 200 response with Content-Length. */
export function ok(body = "hello", headers: string[] = [], status = "HTTP/1.1 200 OK"): string {
  return http(status, [`Content-Length: ${body.length}`, ...headers], body);
}

/** A chunked body: each chunk with its size line, the last chunk, trailers, the end. */
export function chunks(parts: string[], trailers: string[] = []): string {
  return parts.map((p) => `${p.length.toString(16)}\r\n${p}\r\n`).join("") + `0\r\n${trailers.map((t) => `${t}\r\n`).join("")}\r\n`;
}

export function chunkedResp(parts: string[], headers: string[] = [], trailers: string[] = []): string {
  return http("HTTP/1.1 200 OK", ["Transfer-Encoding: chunked", ...headers]) + chunks(parts, trailers);
}

/** A file body as http.client sends it without a Content-Length: chunked, blocksize bytes a chunk. */
export function fileChunked(body: string, blocksize = 8192): string {
  const parts: string[] = [];
  for (let i = 0; i < body.length; i += blocksize) parts.push(body.slice(i, i + blocksize));
  return chunks(parts);
}

/** What http.client sends for request(method, url) with no body and no headers. */
export function plainRequest(method = "GET", url = "/"): string {
  return `${method} ${url} HTTP/1.1\r\nHost: $HOST:$PORT\r\nAccept-Encoding: identity\r\n\r\n`;
}

/** A deterministic filler of n bytes (letters and digits, lines of 64). */
export function filler(n: number, seed = 0): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  let s = "";
  for (let i = 0; i < n; i++) s += i % 65 === 64 ? "\n" : alphabet[(i * 7 + seed) % alphabet.length];
  return s;
}

// ---------------------------------------------------------------------------
// Server actions

export const recvHead: Action = { recv: "head" };
export const recvEof: Action = { recv: "eof" };
export const recv = (n: number): Action => ({ recv: n });
export const send = (s: string): Action => ({ send: B(s) });
export const drip = (s: string, n: number, ms: number): Action => ({ send: B(s), drip: [n, ms] });
export const sleep = (ms: number): Action => ({ sleep: ms });
export const shutdown: Action = { shutdown: true };
export const close: Action = { close: true };
export const reset: Action = { reset: true };
export const hold: Action = { hold: true };

/** One request read, one response sent. */
export const serve = (response: string): Action[] => [recvHead, send(response)];

// ---------------------------------------------------------------------------
// Steps

export function call(name: string, args: Encoded[] = [], kwargs?: { [k: string]: Encoded }): Step {
  const s: Step = { call: name };
  if (args.length) s.args = args;
  if (kwargs && Object.keys(kwargs).length) s.kwargs = kwargs;
  return s;
}

export function rcall(name: string, args: Encoded[] = [], kwargs?: { [k: string]: Encoded }): Step {
  return { target: "resp", ...call(name, args, kwargs) };
}

export const request = (method = "GET", url = "/", body?: Encoded, headers?: Encoded, kwargs?: { [k: string]: Encoded }): Step => {
  const args: Encoded[] = [method, url];
  if (body !== undefined || headers !== undefined) args.push(body ?? null);
  if (headers !== undefined) args.push(headers);
  return call("request", args, kwargs);
};
export const getresponse = call("getresponse");
export const attrs: Step = { target: "resp", get: "attrs" };
export const rget = (a: string): Step => ({ target: "resp", get: a });
export const cget = (a: string): Step => ({ get: a });
export const read = (n?: number | null): Step => rcall("read", n === undefined ? [] : [n]);
export const read1 = (n?: number): Step => rcall("read1", n === undefined ? [] : [n]);
export const readline = (n?: number): Step => rcall("readline", n === undefined ? [] : [n]);
export const readinto = (n: number): Step => rcall("readinto", [{ buffer: n }]);
export const peek = (n?: number): Step => rcall("peek", n === undefined ? [] : [n]);
export const connClose = call("close");
export const respClose = rcall("close");
export const headers = (pairs: [string, string][]): Encoded => ({ dict: pairs });

/** request, getresponse, attrs, read, attrs: one whole exchange. */
export const exchange = (method = "GET", url = "/"): Step[] => [request(method, url), getresponse, attrs, read(), attrs];

// ---------------------------------------------------------------------------
// Scenarios

export interface Options {
  timeout?: number;
  kwargs?: { [k: string]: Encoded };
  args?: Encoded[];
  debuglevel?: number;
  record?: string[];
  proxy?: boolean;
  limit_ms?: number;
}

export function scenario(name: string, server: Action[][] | null, steps: Step[], o: Options = {}): WireScenario {
  const sc: WireScenario = { name, server, steps };
  const kwargs: { [k: string]: Encoded } = { ...(o.kwargs ?? {}) };
  if (o.timeout !== undefined) kwargs.timeout = o.timeout;
  if (o.args !== undefined || Object.keys(kwargs).length) {
    sc.connection = { args: o.args ?? ["$HOST", "$PORT"] };
    if (Object.keys(kwargs).length) sc.connection.kwargs = kwargs;
  }
  if (o.proxy) sc.proxy = true;
  if (o.debuglevel !== undefined) sc.debuglevel = o.debuglevel;
  if (o.record) sc.record = o.record;
  if (o.limit_ms !== undefined) sc.limit_ms = o.limit_ms;
  return sc;
}

// ---------------------------------------------------------------------------
// The families

type Family = () => WireScenario[];
const FAMILIES: [string, Family][] = [];
export function family(file: string, f: Family): void {
  FAMILIES.push([file, f]);
}

/** Every family's scenarios, by file name. */
export function buildCorpus(): Map<string, WireScenario[]> {
  require("./corpus-families");
  const out = new Map<string, WireScenario[]>();
  const names = new Set<string>();
  for (const [file, f] of FAMILIES) {
    const list = f();
    for (const sc of list) {
      if (names.has(sc.name)) throw new Error(`duplicate scenario name ${sc.name}`);
      names.add(sc.name);
    }
    out.set(file, list);
  }
  return out;
}

function main(): void {
  const dir = path.join(__dirname, "scenarios");
  fs.mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const [file, list] of buildCorpus()) {
    const text = `[\n${list.map((sc) => JSON.stringify(sc)).join(",\n")}\n]\n`;
    fs.writeFileSync(path.join(dir, file), text);
    total += list.length;
    console.log(`${file}: ${list.length}`);
  }
  console.log(`corpus: ${total} scenarios`);
}

if (require.main === module) main();
