// The cold workload of the node clients (the port, node:http, undici): a fresh process
// that loads its client and makes COLD_GETS small GETs on one keep-alive connection, the
// first thing it does, then prints one WorkerResult line and exits. Nothing else is loaded
// (worker.ts loads what every workload needs), so that the process's wall time, which
// run.ts measures from spawn to exit, is what a short script pays.
// Usage: node cold.js '<WorkerArgs JSON>'. cold_cpython.py is the CPython peer.

import type * as http from "node:http";
import type { Client as UndiciClient } from "undici";
import type * as ClientModule from "../../src/http/client";
import { COLD_GETS, HOST, PATH_SMALL, SMALL_BODY, floorGet, runMain, type WorkerArgs, type WorkerResult } from "./common";

/** One small GET, the body read whole; resolves to its length. */
type Get = () => Promise<number>;

function portGet(port: number): [Get, () => void] {
  const { HTTPConnection } = require("../../src/http/client") as typeof ClientModule;
  const conn = new HTTPConnection(HOST, port);
  const get = async (): Promise<number> => {
    await conn.request("GET", PATH_SMALL);
    const r = await conn.getresponse();
    return (await r.read()).length;
  };
  return [get, () => conn.close()];
}

function undiciGet(port: number, name: string): [Get, () => void] {
  const { Client } = require(name) as typeof import("undici");
  const c: UndiciClient = new Client(`http://${HOST}:${port}`, { pipelining: 1 });
  const get = async (): Promise<number> => {
    const { body } = await c.request({ path: PATH_SMALL, method: "GET" });
    return (await body.arrayBuffer()).byteLength;
  };
  return [get, () => void c.close()];
}

function nodeGet(port: number): [Get, () => void] {
  const h = require("node:http") as typeof http;
  const agent = new h.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = h.request({ host: HOST, port, path: PATH_SMALL, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks).length));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
  return [get, () => agent.destroy()];
}

async function main(): Promise<void> {
  const a = JSON.parse(process.argv[2]!) as WorkerArgs;
  const [get, close] = a.floor
    ? floorGet(a.port)
    : a.client === "port" || a.client === "port24"
      ? portGet(a.port)
      : a.client === "node"
        ? nodeGet(a.port)
        : undiciGet(a.port, a.client === "undici8" ? "undici8" : "undici");
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < COLD_GETS; i++) {
    const n = await get();
    if (n !== SMALL_BODY.length) throw new Error(`cold: got ${n} bytes, expected ${SMALL_BODY.length}`);
  }
  const dt = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  close();
  const cpu = (c.user + c.system) / 1e6;
  const result: WorkerResult = {
    client: a.client,
    workload: "cold",
    unit: "ms",
    values: [dt * 1000],
    ops: COLD_GETS,
    bytes: COLD_GETS * SMALL_BODY.length,
    baselineKiB: null,
    peakKiB: null,
    clientCpu: cpu / dt,
    serverCpu: null,
    wall: dt,
    cpu,
    ...(a.floor ? { floor: true } : {}),
    ...(a.noOpt ? { noOpt: true } : {}),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

runMain("cold", main);
