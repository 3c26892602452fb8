// The port's driver of the wire harness (see README.md and WIRE.md): runs one wire
// scenario through src/http/client.ts over a real TCP connection to the scripted server
// and records what the port does, as conformance/driver.ts does in memory (its value
// encoding, calls and recorded calls are used here). Nothing is adjusted to look like
// Python's.

import { stdout } from "../../src/builtins";
import {
  ScenarioError,
  callArgs,
  decode,
  excRecord,
  hasMethod,
  loadPort,
  NO_RESPONSE,
  parseRecord,
  recordInstanceMethod,
  recordingClass,
  runStep,
  stepTarget,
  type HookObject,
} from "../driver";
import type { Call, Encoded, StepRecord } from "../types";
import type { WireScenario } from "./types";

type AnyObj = any;

/** The port's socket class under a recording subclass (same name), as the Python driver does. */
function recordingSocketClass(hooks: Record<HookObject, string[]>, calls: Call[]): AnyObj {
  const socketMod = require("../../src/socket");
  const { io } = loadPort();
  const Sock: AnyObj = recordingClass(socketMod.socket, "sock", hooks.sock, calls, "socket");
  if (hooks.fp.length) {
    const Reader: AnyObj = recordingClass(io.BufferedReader, "fp", hooks.fp, calls);
    const inner: Function = Sock.prototype.makefile;
    Object.defineProperty(Sock.prototype, "makefile", {
      value: function makefile(this: AnyObj, mode = "r", buffering: number | null = null, ...rest: unknown[]): unknown {
        const f = inner.call(this, mode, buffering, ...rest);
        if (!(f instanceof io.BufferedReader)) return f;
        // makefile("rb") is BufferedReader(SocketIO, DEFAULT_BUFFER_SIZE): the same raw
        // stream under the recording subclass.
        const size = buffering === null || buffering === undefined || buffering === -1 ? io.DEFAULT_BUFFER_SIZE : buffering;
        return new Reader((f as AnyObj).detach(), size);
      },
      writable: true,
      configurable: true,
    });
  }
  return Sock;
}

/** One scenario on one connection: its steps, then cleanup(). */
export class PortRun {
  private conn: AnyObj = null;
  private readonly responses: AnyObj[] = [];

  constructor(private readonly sc: WireScenario) {
    if (typeof sc !== "object" || sc === null || typeof sc.name !== "string") throw new ScenarioError("a scenario needs a string name");
  }

  private classes(spec: NonNullable<WireScenario["connection"]>, hooks: Record<HookObject, string[]> | null, calls: Call[]): { Conn: AnyObj; Sock: AnyObj } {
    const { client } = loadPort();
    const name = spec.class ?? "HTTPConnection";
    const Base: AnyObj = typeof name === "string" && Object.prototype.hasOwnProperty.call(client, name) ? client[name] : undefined;
    if (typeof Base !== "function" || !(Base === client.HTTPConnection || Base.prototype instanceof client.HTTPConnection)) {
      throw new ScenarioError(`connection: no connection class ${JSON.stringify(name)} in http.client`);
    }
    if (hooks === null) return { Conn: Base, Sock: null };
    const Resp: AnyObj = recordingClass(client.HTTPResponse, "resp", hooks.resp, calls);
    const Conn: AnyObj = recordingClass(Base, "conn", hooks.conn.filter((m) => hasMethod(Base, m)), calls);
    Conn.response_class = Resp;
    const Sock = hooks.sock.length || hooks.fp.length ? recordingSocketClass(hooks, calls) : null;
    return { Conn, Sock };
  }

  async steps(): Promise<StepRecord[]> {
    const sc = this.sc;
    const spec = (sc.connection ?? {}) as NonNullable<WireScenario["connection"]>;
    if (typeof spec !== "object" || Array.isArray(spec)) throw new ScenarioError("connection: expected an object");
    const hooks = parseRecord(sc as unknown as Parameters<typeof parseRecord>[0]);
    const calls: Call[] = [];
    const { Conn, Sock } = this.classes(spec, hooks, calls);
    const cargs = callArgs({ args: spec.args ?? [], kwargs: spec.kwargs ?? {} });
    const steps = "steps" in sc ? sc.steps : [];
    if (!Array.isArray(steps)) throw new ScenarioError("steps: expected an array");

    let conn: AnyObj;
    try {
      conn = new Conn(...cargs);
    } catch (e) {
      return [{ raises: excRecord(e) }];
    }
    this.conn = conn;
    if (Sock !== null) {
      const create: Function = conn._create_connection;
      conn._create_connection = (...a: unknown[]) =>
        Promise.resolve(create(...a)).then((s: AnyObj) => {
          Object.setPrototypeOf(s, Sock.prototype);
          return s;
        });
    }
    if (hooks !== null) {
      for (const m of hooks.conn) if (!hasMethod(Conn, m)) recordInstanceMethod(conn, "conn", m, calls);
    }
    if (sc.debuglevel !== undefined && sc.debuglevel !== null) conn.set_debuglevel(decode(sc.debuglevel));

    const trace: StepRecord[] = [];
    let resp: AnyObj = null;
    for (const step of steps) {
      const [target, obj] = stepTarget(step, conn, resp);
      if (obj === null) {
        trace.push({ skipped: "no response" });
        continue;
      }

      const rec: StepRecord = {};
      calls.length = 0;
      const response = await runStep(step, target, obj, rec);
      if (response !== NO_RESPONSE) {
        resp = response;
        this.responses.push(response);
      }
      if (calls.length) rec.calls = calls.slice();
      trace.push(rec);
    }
    return trace;
  }

  /** Closes what the scenario left open (after the server's record is taken). */
  cleanup(): void {
    const saved = stdout.write;
    stdout.write = () => undefined;
    try {
      for (const r of this.responses) {
        try {
          r?.close?.();
        } catch {
          // a response whose close() raises is the scenario's business, not the cleanup's
        }
      }
      try {
        this.conn?.close?.();
      } catch {
        // likewise
      }
    } finally {
      stdout.write = saved;
    }
    this.conn = null;
    this.responses.length = 0;
  }
}
