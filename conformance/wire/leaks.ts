// Leak and lifetime checks of the port's side (issue 11, item 3): after each scenario no
// socket, timer or other handle of the port is left, no promise of the port is left
// pending while something still holds it, and no rejection went unhandled.
//
// - Handles: every async resource (socket, timer, write, connect, ...) that code of src/
//   created during the scenario (async_hooks init, with a frame of src/ on the stack) and
//   that was not destroyed by the end, unref'd ones included; and
//   process.getActiveResourcesInfo() after the scenario against the same list before it.
//   Closing takes a few turns of the loop, so the check waits up to a bound for them.
// - Promises: async_hooks sees every promise created during the scenario; one counts as
//   the port's when the innermost frame of its creation is in src/. One still pending
//   after a full garbage collection is held by something (a listener, a timer, a
//   module-level object): a leak. A pending promise nothing holds is collected (its
//   destroy hook runs) and is no leak.
// - Rejections: the process's unhandledRejection and uncaughtException events.

import { createHook } from "node:async_hooks";
import * as path from "node:path";
import { setImmediate as immediate } from "node:timers/promises";

const SRC = path.resolve(__dirname, "..", "..", "src") + path.sep;

function tally(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of list) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/**
 * Where the port created what is being created now: the innermost frame outside Node's
 * internals and this file when it is in src/ (innermost: a promise the driver creates
 * around a call of the port is the driver's), or with anyFrame any frame in src/ (a
 * handle that Node's net module creates for the port).
 */
function creationSite(anyFrame: boolean): string | null {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, creationSite);
  const lines = (holder.stack ?? "").split("\n").slice(1);
  for (const line of lines) {
    if (line.includes("node:") || line.includes(__filename)) continue;
    const m = /\(?([^()\s]+):(\d+):\d+\)?$/.exec(line.trim());
    if (!m) continue;
    if (m[1]!.startsWith(SRC)) return `${path.relative(path.dirname(SRC), m[1]!)}:${m[2]}`;
    if (!anyFrame) return null;
  }
  return null;
}

export class LeakWatch {
  private readonly pending = new Map<number, string>();
  private readonly handles = new Map<number, string>();
  private tracking = false;
  private baseline = new Map<string, number>();
  private readonly problems: string[] = [];
  private readonly gc: () => void;

  constructor() {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (typeof gc !== "function") throw new Error("the port's lane needs node --expose-gc");
    this.gc = gc;
    createHook({
      init: (id, type) => {
        if (!this.tracking) return;
        if (type === "PROMISE") {
          const site = creationSite(false);
          if (site !== null) this.pending.set(id, site);
        } else {
          const site = creationSite(true);
          if (site !== null) this.handles.set(id, `${type} (created at ${site})`);
        }
      },
      promiseResolve: (id) => {
        this.pending.delete(id);
      },
      destroy: (id) => {
        this.pending.delete(id);
        this.handles.delete(id);
      },
    }).enable();
    process.on("unhandledRejection", (reason) => {
      this.problems.push(`unhandled rejection: ${describe(reason)}`);
    });
    process.on("uncaughtException", (err) => {
      this.problems.push(`uncaught exception: ${describe(err)}`);
    });
  }

  /** Before the scenario: what is open now is not the scenario's. */
  begin(): void {
    this.pending.clear();
    this.handles.clear();
    this.problems.length = 0;
    this.baseline = tally(process.getActiveResourcesInfo());
    this.tracking = true;
  }

  private extraHandles(): string[] {
    const now = tally(process.getActiveResourcesInfo());
    const out: string[] = [];
    for (const [kind, n] of now) {
      const extra = n - (this.baseline.get(kind) ?? 0);
      if (extra > 0) out.push(`${extra} ${kind} left open`);
    }
    return out;
  }

  /** After the scenario and its cleanup: what it left behind (empty when nothing). */
  async end(waitMs = 1000): Promise<string[]> {
    this.tracking = false;
    const until = Date.now() + waitMs;
    while ((this.handles.size || this.extraHandles().length) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
    await immediate();
    this.gc();
    await immediate();
    await immediate();
    const out = [...this.problems, ...this.extraHandles()];
    for (const [what, n] of tally([...this.handles.values()])) out.push(`${n} ${what} not destroyed`);
    for (const [site, n] of tally([...this.pending.values()])) out.push(`${n} promise${n > 1 ? "s" : ""} of the port still pending (created at ${site})`);
    this.pending.clear();
    this.handles.clear();
    this.problems.length = 0;
    return out;
  }
}

function describe(v: unknown): string {
  if (v instanceof Error) return `${v.name}: ${v.message}`;
  return String(v);
}
