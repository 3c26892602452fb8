// Shapes of the wire format (../shared/conformance/WIRE.md), shared by the runner, the
// lanes, the scripted server and the generator.

import type { Encoded, Step, StepRecord } from "../types";

/** One server action, as written in a scenario (WIRE.md, "Server actions"). */
export type Action =
  | { recv: "head" | "eof" | number }
  | { send: Encoded; drip?: [number, number] }
  | { sleep: number }
  | { shutdown: true }
  | { close: true }
  | { reset: true }
  | { hold: true };

export interface WireScenario {
  name: string;
  /** One array of actions per accepted connection; null: nothing listens (refused). */
  server: Action[][] | null;
  proxy?: boolean;
  connection?: { class?: string; args?: Encoded[]; kwargs?: { [name: string]: Encoded } };
  debuglevel?: Encoded;
  record?: string[];
  steps: Step[];
  limit_ms?: number;
}

/** An action ready to run: its bytes decoded (what the lane hands the server). */
export type PlannedAction =
  | { kind: "recv-head" }
  | { kind: "recv-eof" }
  | { kind: "recv"; n: number }
  | { kind: "send"; data: Uint8Array; drip: [number, number] | null }
  | { kind: "sleep"; ms: number }
  | { kind: "shutdown" }
  | { kind: "close" }
  | { kind: "reset" }
  | { kind: "hold" };

/** The server's view of one accepted connection, as the trace's last record has it. */
export interface ServerEntry {
  received: Encoded;
  client_closed: boolean;
}

/** The last record of a wire trace. */
export interface ServerRecord {
  server: ServerEntry[];
}

export type WireRecord = StepRecord | ServerRecord;

/** A lane's result for one scenario. */
export interface WireTrace {
  name: string;
  trace?: WireRecord[];
  /** The scenario broke the format, a driver failed, or it ran past limit_ms. */
  error?: string;
  /** With a limit error: the records of the steps, which ran on once the server had stopped. */
  partial?: StepRecord[];
  /** The port's side only: what the scenario left behind (sockets, timers, promises, rejections). */
  leaks?: string[];
  /** Per connection, whether the server had ended its side by the end of the steps (never compared). */
  server_fin?: boolean[];
  /** Milliseconds the scenario took (reported, never compared). */
  ms?: number;
}

export type Side = "py" | "ts" | "native";
