// The email header parser as parse_headers() uses it: header lines read from a file
// (_read_headers' line and count limits, the port's in-buffer fast path and the plain
// readline() path), decoded as ISO-8859-1 and fed to email's FeedParser (continuation
// lines, lines without a colon, "From " lines, defects), then the HTTPMessage read as
// http.client and its callers read it (get, get_all, items, getallmatchingheaders,
// Content-Type parameters, charsets, filenames, as_string).
//
// Input: the header block from the front (seeds are the header blocks of the conformance
// scenarios' responses); from the end, the reader kind, recv sizes and header names to look up.

import * as client from "../../src/http/client";
import { Input, LineReader, MemRaw, PlainReader, Stream, call, fuzzInput } from "./_harness";
import * as io from "../../src/io";

const NAMES = ["content-type", "Content-Length", "transfer-encoding", "connection", "set-cookie", "x", "", "from ", "Content-Disposition"];
const STRETCH = [65535, 65536, 65537, 1000];

/** The Message API as a caller may use it: with any values. */
interface AnyMessage {
  [name: string]: (...args: unknown[]) => unknown;
}

export async function fuzz(data: Uint8Array): Promise<void> {
  await fuzzInput(data, async (input) => {
    const n = data.length;
    const kind = input.byte() % 4;
    const sizes: number[] = [];
    for (let i = input.byte() % 3; i > 0; i--) sizes.push(1 + input.byte());
    const stretchTo = input.byte();
    const names: string[] = [];
    for (let i = input.byte() % 4; i > 0; i--) names.push(input.byte() % 2 ? input.pick(NAMES) : input.text());
    let block: Uint8Array = input.rest();
    if (stretchTo >= 0xfc && block.length > 0) {
      // the first line stretched to near the line limit
      const extra = Buffer.alloc(STRETCH[stretchTo - 0xfc]!, block[0]!);
      block = Buffer.concat([extra, block]);
    }
    const stream = new Stream(block, sizes);
    const fp =
      kind === 0 ? new io.BufferedReader(new MemRaw(stream)) : kind === 1 ? new PlainReader(new MemRaw(stream), 64) : kind === 2 ? new io.BytesIO(block) : new LineReader(block);
    const parsed = await call("parse_headers()", n, () => client.parse_headers(fp as unknown as Parameters<typeof client.parse_headers>[0]));
    if (!parsed.ok) return;
    const msg = parsed.value;
    const m = msg as unknown as AnyMessage;
    await call("items()", n, () => msg.items());
    await call("keys(), values()", n, () => [msg.keys(), msg.values()]);
    await call("str(msg)", n, () => m.__str__!());
    await call("get_content_type()", n, () => [msg.get_content_type(), msg.get_content_maintype(), msg.get_content_subtype()]);
    await call("get_params()", n, () => msg.get_params());
    await call("get_content_charset()", n, () => msg.get_content_charset());
    await call("get_filename(), get_boundary()", n, () => [msg.get_filename(), msg.get_boundary()]);
    await call("get_content_disposition()", n, () => msg.get_content_disposition());
    for (const name of names) {
      await call(`get(${name})`, n, () => msg.get(name));
      await call(`get_all(${name})`, n, () => msg.get_all(name));
      await call(`getallmatchingheaders(${name})`, n, () => msg.getallmatchingheaders(name));
      await call(`get_param(${name})`, n, () => msg.get_param(name));
      await call(`in`, n, () => msg.__contains__(name));
    }
  });
}
