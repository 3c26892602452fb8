// Shapes of the conformance format (conformance/README.md), shared by the runner,
// the port's driver and the generator.

/** An encoded value: JSON scalars, or an object with one tag (see README, Values). */
export type Encoded = null | boolean | number | string | Encoded[] | { [tag: string]: unknown };

export interface Step {
  target?: "conn" | "resp";
  call?: string;
  get?: string;
  args?: Encoded[];
  kwargs?: { [name: string]: Encoded };
}

export interface Scenario {
  name: string;
  connection?: { args?: Encoded[]; kwargs?: { [name: string]: Encoded } };
  debuglevel?: Encoded;
  responses?: Encoded[];
  response?: Encoded;
  recv_sizes?: number[];
  /** Hooks whose calls are recorded (format v2): "conn.send", "resp._safe_read", "fp.read", "sock.sendall", ... */
  record?: string[];
  steps: Step[];
}

/** A recorded call: [hook, args] or [hook, args, kwargs]. */
export type Call = [string, Encoded[]] | [string, Encoded[], { [name: string]: Encoded }];

export interface Raised {
  type: string;
  message: string;
}

export interface StepRecord {
  result?: Encoded;
  raises?: Raised;
  buffer?: Encoded;
  connects?: Encoded[][];
  sent?: Encoded;
  stdout?: string;
  skipped?: string;
  /** The step's recorded calls, in the order they started (format v2). */
  calls?: Call[];
}

/** A driver's trace; `error` instead of `trace` when the scenario broke the format or a driver. */
export interface Trace {
  name: string;
  trace?: StepRecord[];
  error?: string;
}
