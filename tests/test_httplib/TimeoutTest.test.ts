// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: TimeoutTest (the timeout gets through HTTPConnection into the socket).

import * as net from "node:net";
import * as client from "../../src/http/client";
import * as socket from "../../src/socket";
import { HOST } from "./support";

describe("TimeoutTest", () => {
  let PORT: number | null = null;
  let serv: net.Server | null;
  let accepted: net.Socket[];

  beforeEach(async () => {
    // socket_helper.bind_port() + listen()
    accepted = [];
    serv = net.createServer((s) => {
      accepted.push(s);
    });
    await new Promise<void>((resolve, reject) => {
      serv!.once("error", reject);
      serv!.listen(0, HOST, () => resolve());
    });
    PORT = (serv.address() as net.AddressInfo).port;
  });

  afterEach(async () => {
    for (const s of accepted) s.destroy();
    await new Promise<void>((resolve) => serv!.close(() => resolve()));
    serv = null;
  });

  test("testTimeoutAttribute", async () => {
    // This will prove that the timeout gets through HTTPConnection
    // and into the socket.

    // default -- use global socket timeout
    expect(socket.getdefaulttimeout()).toBeNull();
    socket.setdefaulttimeout(30);
    let httpConn: client.HTTPConnection;
    try {
      httpConn = new client.HTTPConnection(HOST, PORT);
      await httpConn.connect();
    } finally {
      socket.setdefaulttimeout(null);
    }
    expect((httpConn.sock as socket.socket).gettimeout()).toBe(30);
    httpConn.close();

    // no timeout -- do not use global socket default
    expect(socket.getdefaulttimeout()).toBeNull();
    socket.setdefaulttimeout(30);
    try {
      httpConn = new client.HTTPConnection(HOST, PORT, { timeout: null });
      await httpConn.connect();
    } finally {
      socket.setdefaulttimeout(null);
    }
    expect((httpConn.sock as socket.socket).gettimeout()).toBe(null);
    httpConn.close();

    // a value
    httpConn = new client.HTTPConnection(HOST, PORT, { timeout: 30 });
    await httpConn.connect();
    expect((httpConn.sock as socket.socket).gettimeout()).toBe(30);
    httpConn.close();
  });
});
