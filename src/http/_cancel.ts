// Cancellation of connections by an AbortSignal, and close() settling a pending
// getresponse(): extensions, not part of client.py.
// HTTPConnection takes a `signal` keyword; aborting it closes the connection and makes
// whatever is pending (connect, TLS handshake, send, getresponse, a read) reject at once
// with the signal's reason. The sockets do the rejecting (socket._abort, socket._abortScope);
// this module remembers which connection uses which signal and socket.

import { TypeError, typeName } from "../builtins";
import * as socket from "../socket";

interface Cancellable {
  sock: unknown;
  close(): void;
}

interface Watch {
  readonly signal: AbortSignal;
  /** The last socket the connection made: a response may still read through it after close(). */
  sock: unknown;
}

const watches = new WeakMap<Cancellable, Watch>();
/** One abort listener per signal, over weak references to its connections (no leak, no listener warning). */
const bySignal = new WeakMap<AbortSignal, Set<WeakRef<Cancellable>>>();

/** Registers conn's signal keyword (null or undefined: none); a non-signal raises TypeError. */
export function watch(conn: Cancellable, signal: unknown): void {
  if (signal === null || signal === undefined) return;
  if (!(signal instanceof AbortSignal)) throw new TypeError(`signal must be an AbortSignal, not '${typeName(signal)}'`);
  watches.set(conn, { signal, sock: null });
  if (signal.aborted) return; // every connect then rejects at once (socket._abortScope)
  let conns = bySignal.get(signal);
  if (conns === undefined) {
    const set = new Set<WeakRef<Cancellable>>();
    conns = set;
    bySignal.set(signal, set);
    signal.addEventListener(
      "abort",
      () => {
        for (const ref of set) {
          const c = ref.deref();
          if (c !== undefined) cancel(c, signal.reason);
        }
        set.clear();
      },
      { once: true },
    );
  } else if (conns.size >= 64 && (conns.size & (conns.size - 1)) === 0) {
    // now and then, forget the connections that are gone
    for (const ref of conns) if (ref.deref() === undefined) conns.delete(ref);
  }
  conns.add(new WeakRef(conn));
}

/** fn() (a connect or a handshake) with conn's signal in socket._abortScope, if it has one. */
export function scoped<T>(conn: Cancellable, fn: () => T): T {
  const w = watches.get(conn);
  return w === undefined ? fn() : socket._abortScope.run(w.signal, fn);
}

/** Remembers the socket conn now has, to cancel reads through it after conn hands it on. */
export function noteSocket(conn: Cancellable, sock: unknown): void {
  const w = watches.get(conn);
  if (w !== undefined) w.sock = sock;
}

function cancel(conn: Cancellable, reason: unknown): void {
  const w = watches.get(conn)!;
  for (const s of new Set([w.sock, conn.sock])) {
    if (s !== null && s !== undefined && typeof (s as { _abort?: unknown })._abort === "function") (s as { _abort(r: unknown): void })._abort(reason);
  }
  w.sock = null;
  conn.close();
}

/** The response whose begin() getresponse() awaits, per connection (a holder made once per connection). */
const begins = new WeakMap<object, { response: { close(): void } | null }>();

/** response.begin() starts, awaited by getresponse() of conn: close() of conn closes response until ended(). */
export function beginning(conn: object, response: { close(): void }): void {
  const b = begins.get(conn);
  if (b === undefined) begins.set(conn, { response });
  else b.response = response;
}

/** The begin() that beginning() recorded has settled. */
export function ended(conn: object, response: { close(): void }): void {
  const b = begins.get(conn);
  if (b !== undefined && b.response === response) b.response = null;
}

/**
 * close() during getresponse(): CPython closes the socket, but the response's makefile()
 * keeps the descriptor open and the read can block for ever. The port closes that
 * response too, so the pending read fails as on a closed descriptor (EBADF).
 */
export function closeBeginning(conn: object): void {
  const b = begins.get(conn);
  const response = b?.response;
  if (response === undefined || response === null) return;
  b!.response = null;
  response.close();
}
