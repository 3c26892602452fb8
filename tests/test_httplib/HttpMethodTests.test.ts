// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// CPython 3.14.5 Lib/test/test_httplib.py: class HttpMethodTests.

import * as client from "../../src/http/client";
import { ValueError } from "../../src/builtins";
import { FakeSocket, raises } from "./support";


describe("HttpMethodTests", () => {
  test("test_invalid_method_names", async () => {
    const methods = [
      "GET\r",
      "POST\n",
      "PUT\n\r",
      "POST\nValue",
      "POST\nHOST:abc",
      "GET\nrHost:abc\n",
      "POST\rRemainder:\r",
      "GET\rHOST:\n",
      "\nPUT",
    ];

    for (const method of methods) {
      const e = await raises(async () => {
        const conn = new client.HTTPConnection("example.com");
        conn.sock = new FakeSocket(null);
        await conn.request(method, "/");
      });
      expect(e).toBeInstanceOf(ValueError);
      expect(e.message).toMatch(/method can't contain control characters/);
    }
  });
});
