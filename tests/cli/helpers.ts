// Runs the http-client-py command in this process (src/cli/main.ts's main()) with
// streams that collect what it writes.

import { Writable } from "node:stream";
import { main } from "../../src/cli/main";

/** A writable stream that keeps every byte written to it; isTTY/columns as a terminal would say. */
export class Collector extends Writable {
  chunks: Buffer[] = [];
  isTTY?: boolean;
  columns?: number;

  constructor(tty = false, columns?: number) {
    super();
    if (tty) this.isTTY = true;
    if (columns !== undefined) this.columns = columns;
  }

  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, "utf8"));
    cb();
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }

  text(): string {
    return this.bytes().toString("utf8");
  }
}

export interface CliResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export async function runCli(argv: string[], opts: { stderrTTY?: boolean; stdoutTTY?: boolean; columns?: number; now?: () => number } = {}): Promise<CliResult> {
  const stdout = new Collector(opts.stdoutTTY ?? false);
  const stderr = new Collector(opts.stderrTTY ?? false, opts.columns);
  const code = await main(argv, { stdout, stderr, now: opts.now });
  return { code, stdout: stdout.bytes(), stderr: stderr.text() };
}
