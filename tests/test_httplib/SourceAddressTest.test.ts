// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: SourceAddressTest.

import * as net from "node:net";
import * as client from "../../src/http/client";
import type * as socket from "../../src/socket";
import { HOST } from "./support";

/** socket_helper.bind_port() + listen(): a listening server on HOST and its port. */
async function listeningServer(): Promise<{ serv: net.Server; port: number; accepted: net.Socket[] }> {
  const accepted: net.Socket[] = [];
  const serv = net.createServer((s) => {
    accepted.push(s);
  });
  await new Promise<void>((resolve, reject) => {
    serv.once("error", reject);
    serv.listen(0, HOST, () => resolve());
  });
  return { serv, port: (serv.address() as net.AddressInfo).port, accepted };
}

/** socket_helper.find_unused_port(): bind to port 0, note the port, release it. */
async function find_unused_port(): Promise<number> {
  const tmp = net.createServer();
  await new Promise<void>((resolve, reject) => {
    tmp.once("error", reject);
    tmp.listen(0, HOST, () => resolve());
  });
  const port = (tmp.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => tmp.close(() => resolve()));
  return port;
}

describe("SourceAddressTest", () => {
  let serv: net.Server | null;
  let accepted: net.Socket[];
  let port: number;
  let source_port: number;
  let conn: client.HTTPConnection | null;

  beforeEach(async () => {
    ({ serv, port, accepted } = await listeningServer());
    source_port = await find_unused_port();
    conn = null;
  });

  afterEach(async () => {
    if (conn) {
      conn.close();
      conn = null;
    }
    for (const s of accepted) s.destroy();
    await new Promise<void>((resolve) => serv!.close(() => resolve()));
    serv = null;
  });

  test("testHTTPConnectionSourceAddress", async () => {
    conn = new client.HTTPConnection(HOST, port, { source_address: ["", source_port] });
    await conn.connect();
    expect((conn.sock as socket.socket).getsockname()[1]).toBe(source_port);
  });

  test("testHTTPSConnectionSourceAddress", () => {
    conn = new client.HTTPSConnection(HOST, port, { source_address: ["", source_port] });
    // We don't test anything here other than the constructor not barfing as
    // this code doesn't deal with setting up an active running SSL server
    // for an ssl_wrapped connect() to actually return from.
  });
});
