// Runs the reference driver (driver.py) in Pyodide, in worker threads: one Pyodide
// instance per worker, many scenarios per call, so the Python side can use every core.

import { Worker } from "node:worker_threads";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Trace } from "./types";

const ROOT = path.resolve(__dirname, "..");
const PYODIDE = path.join(ROOT, "node_modules", "pyodide", "pyodide.js");
const DRIVER = path.join(__dirname, "driver.py");

// Plain JavaScript run with `eval: true`, so that workers need no TypeScript loader.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
(async () => {
  let runBatch;
  try {
    const { loadPyodide } = require(workerData.pyodide);
    const py = await loadPyodide();
    py.runPython(workerData.driver);
    runBatch = py.globals.get("run_batch");
    const version = py.runPython("import sys; sys.version.split()[0]");
    parentPort.postMessage({ ready: true, version });
  } catch (e) {
    parentPort.postMessage({ ready: false, error: String(e && e.stack || e) });
    return;
  }
  parentPort.on("message", (m) => {
    try {
      parentPort.postMessage({ id: m.id, out: runBatch(m.text) });
    } catch (e) {
      parentPort.postMessage({ id: m.id, error: String(e && e.stack || e) });
    }
  });
})();
`;

interface Job {
  id: number;
  text: string;
  resolve: (t: Trace[]) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** A pool of Pyodide workers running driver.py. */
export class PyodidePool {
  readonly version: string;
  private slots: Slot[];
  private queue: Job[] = [];
  private nextId = 0;

  private constructor(slots: Slot[], version: string) {
    this.slots = slots;
    this.version = version;
  }

  /** Starts n workers; rejects if Pyodide fails to load in any of them. */
  static async start(n: number): Promise<PyodidePool> {
    const driver = fs.readFileSync(DRIVER, "utf8");
    const starts: Promise<{ worker: Worker; version: string }>[] = [];
    for (let i = 0; i < Math.max(1, n); i++) {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pyodide: PYODIDE, driver } });
      starts.push(
        new Promise((resolve, reject) => {
          worker.once("message", (m: { ready: boolean; version?: string; error?: string }) => {
            if (m.ready) resolve({ worker, version: m.version! });
            else reject(new Error(`Pyodide failed to load: ${m.error}`));
          });
          worker.once("error", reject);
        }),
      );
    }
    let started: { worker: Worker; version: string }[];
    try {
      started = await Promise.all(starts);
    } catch (e) {
      await Promise.allSettled(starts.map((s) => s.then((x) => x.worker.terminate())));
      throw e;
    }
    const pool = new PyodidePool(
      started.map((s) => ({ worker: s.worker, job: null })),
      started[0]!.version,
    );
    for (const slot of pool.slots) pool.listen(slot);
    return pool;
  }

  private listen(slot: Slot): void {
    slot.worker.on("message", (m: { id: number; out?: string; error?: string }) => {
      const job = slot.job;
      slot.job = null;
      if (job) {
        if (m.error !== undefined) job.reject(new Error(`driver.py failed: ${m.error}`));
        else job.resolve(JSON.parse(m.out!) as Trace[]);
      }
      this.pump();
    });
    slot.worker.on("error", (e) => {
      const job = slot.job;
      slot.job = null;
      if (job) job.reject(e);
    });
    slot.worker.on("exit", (code) => {
      // A worker that dies (e.g. Pyodide aborting) fails its batch and every queued one.
      const job = slot.job;
      slot.job = null;
      this.slots = this.slots.filter((s) => s !== slot);
      const err = new Error(`Pyodide worker exited (code ${code})`);
      if (job) job.reject(err);
      if (this.slots.length === 0) for (const j of this.queue.splice(0)) j.reject(err);
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, text: job.text });
    }
  }

  /** Runs one batch of scenarios in whichever worker is free first. */
  runBatch(scenarios: unknown[]): Promise<Trace[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text: JSON.stringify(scenarios), resolve, reject });
      this.pump();
    });
  }

  /** Runs scenarios in batches of batchSize spread over the workers; traces in order. */
  async run(scenarios: unknown[], batchSize = 200, onBatch?: (done: number) => void): Promise<Trace[]> {
    const batches: Promise<Trace[]>[] = [];
    let done = 0;
    for (let i = 0; i < scenarios.length; i += batchSize) {
      const part = scenarios.slice(i, i + batchSize);
      batches.push(
        this.runBatch(part).then((t) => {
          done += part.length;
          onBatch?.(done);
          return t;
        }),
      );
    }
    return (await Promise.all(batches)).flat();
  }

  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
