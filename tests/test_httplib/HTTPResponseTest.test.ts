// Ported from CPython 3.14.5 Lib/test/test_httplib.py (PSF License; see LICENSE).
// test_httplib.py: HTTPResponseTest (getheader() with and without defaults).

import * as client from "../../src/http/client";
import { kwargs, tuple } from "../../src/builtins";
import { FakeSocket } from "./support";

describe("HTTPResponseTest", () => {
  let resp: client.HTTPResponse;

  beforeEach(async () => {
    // Python's backslash-newline continuation keeps the next line's 16 leading spaces.
    const body = "HTTP/1.1 200 Ok\r\nMy-Header: first-value\r\nMy-Header: " + " ".repeat(16) + "second-value\r\n\r\nText";
    const sock = new FakeSocket(body);
    resp = new client.HTTPResponse(sock);
    await resp.begin();
  });

  test("test_getting_header", () => {
    let header = resp.getheader("My-Header");
    expect(header).toBe("first-value, second-value");

    header = resp.getheader("My-Header", "some default");
    expect(header).toBe("first-value, second-value");
  });

  test("test_getting_nonexistent_header_with_string_default", () => {
    const header = resp.getheader("No-Such-Header", "default-value");
    expect(header).toBe("default-value");
  });

  test("test_getting_nonexistent_header_with_iterable_default", () => {
    let header = resp.getheader("No-Such-Header", ["default", "values"]);
    expect(header).toBe("default, values");

    header = resp.getheader("No-Such-Header", tuple(["default", "values"]));
    expect(header).toBe("default, values");
  });

  test("test_getting_nonexistent_header_without_default", () => {
    const header = resp.getheader("No-Such-Header");
    expect(header).toBe(null);
  });

  test("test_getting_header_defaultint", () => {
    // Python passes default=42 by keyword; default takes any value, so kwargs() marks it.
    const header = resp.getheader("No-Such-Header", kwargs({ default: 42 }));
    expect(header).toBe(42);
  });
});
