// A CommonJS consumer (require() under nodenext): the same types through the same names.

import http_client = require("http-client-py/http/client");
import builtins = require("http-client-py/builtins");

async function main(): Promise<void> {
  const conn = new http_client.HTTPConnection("example.com", 8080, { timeout: 10 });
  await conn.request("GET", "/", { headers: { Accept: "*/*" } });
  const resp = await conn.getresponse();
  const status: number = resp.status;
  const type: string | null = resp.getheader("Content-Type");
  console.log(status, type, builtins.repr(await resp.read()));
  new http_client.HTTPConnection("example.com", { timout: 10 }); // expect-error
  conn.close();
}

export = main;
