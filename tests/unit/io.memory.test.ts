// BytesIO and StringIO against CPython 3.14: operation sequences whose results were
// recorded by running the same sequences with CPython 3.14.2's C io module (Pyodide).

import { typeName } from "../../src/builtins";
import { BytesIO, StringIO } from "../../src/io";

type Op = [string, ...unknown[]];
interface BytesCase {
  init: string | null;
  ops: Op[];
  expect: unknown[];
}
interface StrCase {
  init: string | null;
  newline: string | null;
  ops: Op[];
  expect: unknown[];
}

function enc(v: unknown): unknown {
  if (v instanceof Uint8Array) return { b: Buffer.from(v).toString("latin1") };
  if (Array.isArray(v)) return v.map(enc);
  return v === undefined ? null : v;
}

function errorResult(e: unknown): unknown {
  if (!(e instanceof Error) || typeName(e) === "Error") throw e;
  return { exc: e.name, msg: e.message };
}

const PROPERTIES = new Set(["closed", "newlines", "line_buffering"]);

function applyBytes(f: BytesIO, op: Op): unknown {
  const [name, ...args] = op;
  try {
    switch (name) {
      case "readinto": {
        const b = Buffer.alloc(args[0] as number, 0xff);
        const n = f.readinto(b);
        return { n, buf: b.toString("latin1") };
      }
      case "write":
        // A str stands for bytes; other values go through as they are (to test the TypeError).
        return f.write(typeof args[0] === "string" ? Buffer.from(args[0], "latin1") : (args[0] as Uint8Array));
      case "writelines":
        return enc(f.writelines((args[0] as string[]).map((s) => Buffer.from(s, "latin1"))));
      case "iter":
        return enc([...f]);
      case "closed":
        return f.closed;
    }
    return enc((f as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args));
  } catch (e) {
    return errorResult(e);
  }
}

function applyStr(f: StringIO, op: Op): unknown {
  const [name, ...args] = op;
  try {
    if (name === "iter") return [...f];
    if (PROPERTIES.has(name)) return enc((f as unknown as Record<string, unknown>)[name]);
    return enc((f as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!(...args));
  } catch (e) {
    return errorResult(e);
  }
}

// Generated with CPython 3.14.2 (Pyodide); one case per line.
const BYTES_CASES: BytesCase[] = [
  {"init":"a\nbb\nccc\ndddd\n","ops":[["readlines",3],["readline"],["seek",1.5],["read"],["write","Z"],["getvalue"],["truncate",-1],["truncate",3],["tell"],["getvalue"],["seek",-1],["seek",-1,3],["seek",-100,1],["read1"],["readline",null]],"expect":[[{"b":"a\n"},{"b":"bb\n"}],{"b":"ccc\n"},{"exc":"TypeError","msg":"'float' object cannot be interpreted as an integer"},{"b":"dddd\n"},1,{"b":"a\nbb\nccc\ndddd\nZ"},{"exc":"ValueError","msg":"negative size value -1"},3,15,{"b":"a\nb"},{"exc":"ValueError","msg":"negative seek value -1"},{"exc":"ValueError","msg":"invalid whence (3, should be 0, 1 or 2)"},0,{"b":"a\nb"},{"b":""}]},
  {"init":"xyz","ops":[["close"],["closed"],["read"],["write","a"],["readline"],["readlines"],["readinto",2],["getvalue"],["tell"],["seek",0],["truncate"],["readable"],["writable"],["seekable"],["flush"],["isatty"],["iter"],["writelines",[]],["close"],["closed"]],"expect":[null,true,{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file."},null,true]},
  {"init":null,"ops":[["write","abc\ndef"],["iter"],["seek",0],["iter"],["seek",1],["readlines",0],["readline",-5],["readable"],["flush"],["isatty"],["fileno"]],"expect":[7,[],0,[{"b":"abc\n"},{"b":"def"}],1,[{"b":"bc\n"},{"b":"def"}],{"b":""},true,null,false,{"exc":"UnsupportedOperation","msg":"fileno"}]},
  {"init":"abc","ops":[["read","x"],["readline",1.5],["readlines","x"],["seek",null],["seek",1.5],["truncate","x"],["write",3],["detach"]],"expect":[{"exc":"TypeError","msg":"argument should be integer or None, not 'str'"},{"exc":"TypeError","msg":"argument should be integer or None, not 'float'"},{"exc":"TypeError","msg":"integer argument expected, got 'str'"},{"exc":"TypeError","msg":"'NoneType' object cannot be interpreted as an integer"},{"exc":"TypeError","msg":"'float' object cannot be interpreted as an integer"},{"exc":"TypeError","msg":"'str' object cannot be interpreted as an integer"},{"exc":"TypeError","msg":"a bytes-like object is required, not 'int'"},{"exc":"UnsupportedOperation","msg":"detach"}]},
  {"init":"","ops":[["tell"],["readline",-1]],"expect":[0,{"b":""}]},
  {"init":"","ops":[["readinto",9],["readline",1],["writelines",[""]],["truncate",null],["readinto",4]],"expect":[{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"},{"b":""},null,0,{"n":0,"buf":"ÿÿÿÿ"}]},
  {"init":"","ops":[["truncate",null],["write","cd\n"]],"expect":[0,3]},
  {"init":"ba\ncadcbcd\nbcad\nbbd\nbedc\n\nabb\ncbebdcbdec","ops":[["readlines",null],["readline",3]],"expect":[[{"b":"ba\n"},{"b":"cadcbcd\n"},{"b":"bcad\n"},{"b":"bbd\n"},{"b":"bedc\n"},{"b":"\n"},{"b":"abb\n"},{"b":"cbebdcbdec"}],{"b":""}]},
  {"init":"","ops":[["seek",40,0],["write","b\nb"],["read",1],["readlines",10],["seek",3,0],["readline",1],["readline",3],["readinto",1],["getvalue"]],"expect":[40,3,{"b":""},[],3,{"b":"\u0000"},{"b":"\u0000\u0000\u0000"},{"n":1,"buf":"\u0000"},{"b":"\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000b\nb"}]},
  {"init":"a","ops":[["getvalue"],["read",5],["readline",-1],["getvalue"],["truncate",0],["write","eadcceb\ndadb\nec\nbedd"],["readline",3],["writelines",["eeed\n","ecebb"]],["readline",5],["truncate",null],["truncate",2],["readline",-1]],"expect":[{"b":"a"},{"b":"a"},{"b":""},{"b":"a"},0,20,{"b":""},null,{"b":""},31,2,{"b":""}]},
  {"init":null,"ops":[["readlines",3],["read",null],["truncate"],["write","bcddbcd"],["writelines",[]],["tell"],["seek",1,0],["write","cec"],["truncate"],["read",-1]],"expect":[[],{"b":""},0,7,null,7,1,3,4,{"b":""}]},
  {"init":null,"ops":[["readline",50],["readlines",10],["readline",3],["seek",-50,1],["readinto",30],["tell"],["readline",0]],"expect":[{"b":""},[],{"b":""},0,{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"},0,{"b":""}]},
  {"init":"","ops":[["tell"],["truncate"],["write",""],["read",null],["writelines",[]],["readlines",1]],"expect":[0,0,0,{"b":""},null,[]]},
  {"init":null,"ops":[["writelines",["decd\n","eaa\nb"]]],"expect":[null]},
  {"init":"c","ops":[["readinto",0],["write","edaacad"],["write","babbaece\ncebadaacc\ne"],["readline",1],["write","d"],["read",3],["readline",null]],"expect":[{"n":0,"buf":""},7,20,{"b":""},1,{"b":""},{"b":""}]},
  {"init":null,"ops":[["read",1],["read",1],["read",2],["read",2]],"expect":[{"b":""},{"b":""},{"b":""},{"b":""}]},
  {"init":"dbdac\nbeaedaa\naccc\nd","ops":[["getvalue"],["tell"],["tell"],["getvalue"],["writelines",["","cce\nc","\n\n"]],["read1",50]],"expect":[{"b":"dbdac\nbeaedaa\naccc\nd"},0,0,{"b":"dbdac\nbeaedaa\naccc\nd"},null,{"b":"eaedaa\naccc\nd"}]},
  {"init":null,"ops":[["writelines",["dec\nd","cc","abb\na"]],["seek",-3,1],["readline",3],["write","abeabaa"],["readline",1],["read",-1],["seek",9,1],["readline",8],["readlines",0],["read",null],["read",1],["writelines",["","dd"]]],"expect":[null,9,{"b":"b\n"},7,{"b":""},{"b":""},27,{"b":""},[],{"b":""},{"b":""},null]},
  {"init":"","ops":[["writelines",[""]],["read1",-1],["getvalue"],["write","d\nccdbbdec\naeed\n\nbac"],["read1",1],["read1",3],["read",0]],"expect":[null,{"b":""},{"b":""},20,{"b":""},{"b":""},{"b":""}]},
  {"init":"bcec\nd\ndeb\ne\naedadea","ops":[["readlines",3],["getvalue"]],"expect":[[{"b":"bcec\n"}],{"b":"bcec\nd\ndeb\ne\naedadea"}]},
  {"init":"","ops":[["writelines",["cb","bd","\nc"]],["readline",1],["read1",1],["readline",3],["tell"],["readline",0],["readline",8],["tell"]],"expect":[null,{"b":""},{"b":""},{"b":""},6,{"b":""},{"b":""},6]},
  {"init":"a","ops":[["write",""],["read1",1],["read1",0],["read",1],["readline",1],["tell"],["readlines",-1],["getvalue"],["tell"],["writelines",["","ed","be\neb"]],["read",null],["readlines",3]],"expect":[0,{"b":"a"},{"b":""},{"b":""},{"b":""},1,[],{"b":"a"},1,null,{"b":""},[]]},
  {"init":"","ops":[["seek",-1,1],["getvalue"],["read1",8]],"expect":[0,{"b":""},{"b":""}]},
  {"init":"ea\n\n\nabcdcde\nd\naebccddebd\nbeddadebdaedba","ops":[["truncate",0],["readline",null],["readline",1],["tell"],["tell"],["tell"],["write","aad"]],"expect":[0,{"b":""},{"b":""},0,0,0,3]},
  {"init":"d","ops":[["truncate",0],["seek",40,0],["seek",3,0],["read",1]],"expect":[0,40,3,{"b":""}]},
  {"init":"a","ops":[["writelines",[]],["truncate",2],["readinto",4],["readline",-1],["readinto",1],["readline",8],["seek",10,0],["writelines",["cdb\nd","bc",""]]],"expect":[null,2,{"n":1,"buf":"aÿÿÿ"},{"b":""},{"n":0,"buf":"ÿ"},{"b":""},10,null]},
  {"init":"","ops":[["write","ddcbbca"],["read1",2],["read",5],["read",-1],["write","edcdbea\n\ndabc\neaddbd"],["readinto",1],["seek",-50,1],["seek",3,0],["read",50],["read",-1],["write","bae\n\n\nc"]],"expect":[7,{"b":""},{"b":""},{"b":""},20,{"n":0,"buf":"ÿ"},0,3,{"b":"bbcaedcdbea\n\ndabc\neaddbd"},{"b":""},7]},
  {"init":"edaabbbaceeb\naadb\na\n","ops":[["write","c\nddeccedbe\ncadacce\n"],["getvalue"],["read",1],["read1",null],["getvalue"],["writelines",["ad\nbe"]],["readline",3],["readline",-1],["writelines",["cd"]],["write","\n\nc"],["seek",9,2],["getvalue"]],"expect":[20,{"b":"c\nddeccedbe\ncadacce\n"},{"b":""},{"b":""},{"b":"c\nddeccedbe\ncadacce\n"},null,{"b":""},{"b":""},null,3,39,{"b":"c\nddeccedbe\ncadacce\nad\nbecd\n\nc"}]},
  {"init":"","ops":[["read1",5],["readline",50],["truncate",5],["readlines",10],["seek",1,0],["read",-1],["readline",3]],"expect":[{"b":""},{"b":""},5,[],1,{"b":""},{"b":""}]},
  {"init":"ec\n\na\n","ops":[["write","a"],["readlines",10],["read",1],["readlines",-1],["readline",5],["read",3],["write",""],["truncate",null],["tell"],["getvalue"],["readline",null]],"expect":[1,[{"b":"c\n"},{"b":"\n"},{"b":"a\n"}],{"b":""},[],{"b":""},{"b":""},0,6,6,{"b":"ac\n\na\n"},{"b":""}]},
  {"init":"aeeaebd\naedb\neba\ndde","ops":[["getvalue"],["tell"],["seek",0,2]],"expect":[{"b":"aeeaebd\naedb\neba\ndde"},0,20]},
  {"init":"","ops":[["readinto",9]],"expect":[{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"}]},
  {"init":"","ops":[["writelines",[]],["read",-1],["readlines",1],["read1",null],["seek",-3,2],["write",""],["tell"],["read",null],["read1",null],["getvalue"],["seek",2,1]],"expect":[null,{"b":""},[],{"b":""},0,0,0,{"b":""},{"b":""},{"b":""},2]},
  {"init":"","ops":[["write","eaaadcb"],["readline",5],["getvalue"],["write","\n"],["readinto",9],["seek",3,0],["truncate",null],["write","b"],["write","\n"],["write","\nbedcd\n"]],"expect":[7,{"b":""},{"b":"eaaadcb"},1,{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"},3,3,1,1,7]},
  {"init":"e\ndaaeaebdbea\nad\ndaeadce\neabceddbbdac\ndc","ops":[["read1",1],["tell"]],"expect":[{"b":"e"},1]},
  {"init":"dadcde\ncdccdbdbeade\n","ops":[["read",2],["getvalue"],["tell"],["read",2],["read1",1],["truncate"],["seek",0,1]],"expect":[{"b":"da"},{"b":"dadcde\ncdccdbdbeade\n"},2,{"b":"dc"},{"b":"d"},5,5]},
  {"init":"","ops":[["write","ebcbbd\nedeaec\nbcaeb\n"],["write","c"],["readinto",1],["read1",-1],["write","daaecbb\nbaee\nc\ndcebe"],["read",-1],["read",-1],["truncate",5],["read",2],["read",8],["getvalue"]],"expect":[20,1,{"n":0,"buf":"ÿ"},{"b":""},20,{"b":""},{"b":""},5,{"b":""},{"b":""},{"b":"ebcbb"}]},
  {"init":null,"ops":[["readlines",-1],["writelines",["be","db"]],["tell"]],"expect":[[],null,4]},
  {"init":null,"ops":[["readline",2],["readlines",3],["writelines",["da","","ecbb\n"]],["read1",50],["writelines",[]],["seek",1,0],["truncate",5],["write","\ne\n"]],"expect":[{"b":""},[],null,{"b":""},null,1,5,3]},
  {"init":null,"ops":[["writelines",[]],["tell"],["tell"],["readline",8],["read",0],["writelines",["db","\nb","ebeda"]],["readline",null],["read",-1],["write",""],["writelines",[""]],["tell"],["read1",5]],"expect":[null,0,0,{"b":""},{"b":""},null,{"b":""},{"b":""},0,null,9,{"b":""}]},
  {"init":"","ops":[["write","e\ncabddcbabd\ncbbae\n\n"],["read",null],["writelines",["","","e\n"]],["read1",-1],["write","cbdebed"],["read",3],["readline",5]],"expect":[20,{"b":""},null,{"b":""},7,{"b":""},{"b":""}]},
  {"init":"","ops":[["readinto",1],["readinto",0],["write","bcccbedebaeebc\ndbd\nd"]],"expect":[{"n":0,"buf":"ÿ"},{"n":0,"buf":""},20]},
  {"init":"","ops":[["readlines",1],["seek",2,2],["write",""],["readline",null],["readlines",-1],["truncate",0],["read1",1],["truncate"]],"expect":[[],2,0,{"b":""},[],0,{"b":""},2]},
  {"init":"\nea\ncd","ops":[["read1",-1],["writelines",[""]],["tell"],["read",null],["writelines",["bb"]],["seek",0,2],["read",2],["read",3],["getvalue"],["writelines",["ea",""]]],"expect":[{"b":"\nea\ncd"},null,6,{"b":""},null,8,{"b":""},{"b":""},{"b":"\nea\ncdbb"},null]},
  {"init":null,"ops":[["readline",8],["seek",1,0],["seek",3,0],["tell"],["read",-1]],"expect":[{"b":""},1,3,3,{"b":""}]},
  {"init":"\n","ops":[["truncate"],["write","baaba\nd\ndebcededcdda"]],"expect":[0,20]},
  {"init":"","ops":[["tell"],["read1",3],["seek",40,0],["readline",8],["truncate",2]],"expect":[0,{"b":""},40,{"b":""},2]},
  {"init":"eccbcaababadb\ncda\nba","ops":[["truncate",0],["read",1],["write","cb\n"],["tell"],["seek",0,0],["readline",3],["writelines",["da","dadbe"]],["write",""],["readline",5]],"expect":[0,{"b":""},3,3,0,{"b":"cb\n"},null,0,{"b":""}]},
  {"init":"","ops":[["read",0],["read1",-1],["readinto",30],["readlines",10],["read",1],["seek",9,1],["readline",50],["write","\n"],["write","\nbdc\n\na"],["readinto",9]],"expect":[{"b":""},{"b":""},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"},[],{"b":""},9,{"b":""},1,7,{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"}]},
  {"init":null,"ops":[["read",5],["readline",50],["tell"],["readline",null]],"expect":[{"b":""},{"b":""},0,{"b":""}]},
  {"init":null,"ops":[["seek",-1,1]],"expect":[0]},
  {"init":"","ops":[["readline",8],["read",50],["truncate",5],["readlines",-1],["readline",null]],"expect":[{"b":""},{"b":""},5,[],{"b":""}]},
  {"init":null,"ops":[["read1",2],["write","d"],["readline",0],["truncate",null],["readlines",1],["write","abebec\n"],["read",0],["readinto",30],["readlines",3],["readline",8],["writelines",["\neace","eebda","aeded"]]],"expect":[{"b":""},1,{"b":""},1,[],7,{"b":""},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"},[],{"b":""},null]},
  {"init":null,"ops":[["read1",1],["tell"],["tell"],["tell"],["getvalue"],["tell"],["writelines",["","dc","ac"]],["readline",2],["read1",2],["readinto",9],["readline",-1],["getvalue"]],"expect":[{"b":""},0,0,0,{"b":""},0,null,{"b":""},{"b":""},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"},{"b":""},{"b":"dcac"}]},
  {"init":"","ops":[["read",5],["tell"],["read",1],["read",5]],"expect":[{"b":""},0,{"b":""},{"b":""}]},
  {"init":"","ops":[["readline",8],["write","a\neaece"],["tell"],["readlines",null],["read",0],["readline",0],["readline",2]],"expect":[{"b":""},7,7,[],{"b":""},{"b":""},{"b":""}]},
  {"init":"\nebb\nc","ops":[["readinto",0],["readlines",0],["writelines",["dd","",""]]],"expect":[{"n":0,"buf":""},[{"b":"\n"},{"b":"ebb\n"},{"b":"c"}],null]},
  {"init":null,"ops":[["writelines",["ce"]],["readline",8],["readline",null],["readline",3],["read1",5],["writelines",[]],["read",null],["seek",40,0],["readline",-1],["readline",0],["write","\nccaeda"]],"expect":[null,{"b":""},{"b":""},{"b":""},{"b":""},null,{"b":""},40,{"b":""},{"b":""},7]},
  {"init":null,"ops":[["read",5],["readline",null],["readline",2]],"expect":[{"b":""},{"b":""},{"b":""}]},
  {"init":"","ops":[["readinto",9],["readlines",0],["read",2],["read",-1]],"expect":[{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"},[],{"b":""},{"b":""}]},
  {"init":null,"ops":[["tell"],["getvalue"],["seek",0,1],["tell"],["read",50],["readlines",-1]],"expect":[0,{"b":""},0,0,{"b":""},[]]},
  {"init":"a","ops":[["read1",2],["readinto",4],["readinto",30],["seek",0,0],["readline",-1],["readline",null],["truncate",2],["read1",50],["read",8]],"expect":[{"b":"a"},{"n":0,"buf":"ÿÿÿÿ"},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"},0,{"b":"a"},{"b":""},2,{"b":""},{"b":""}]},
  {"init":null,"ops":[["read1",50],["read",0],["tell"],["read1",1],["getvalue"],["seek",40,0],["seek",9,2],["truncate",5],["getvalue"],["readline",2],["read",3]],"expect":[{"b":""},{"b":""},0,{"b":""},{"b":""},40,9,5,{"b":""},{"b":""},{"b":""}]},
  {"init":null,"ops":[["read1",1],["seek",10,0],["seek",0,0],["tell"],["writelines",["ed",""]],["readinto",4],["readinto",1],["tell"],["readlines",-1]],"expect":[{"b":""},10,0,0,null,{"n":0,"buf":"ÿÿÿÿ"},{"n":0,"buf":"ÿ"},2,[]]},
  {"init":"","ops":[["truncate",0],["read1",1],["writelines",["adaa\n","ebe\na",""]],["tell"],["write",""],["readline",1],["getvalue"],["readlines",null],["readlines",3],["getvalue"],["tell"],["read1",8]],"expect":[0,{"b":""},null,10,0,{"b":""},{"b":"adaa\nebe\na"},[],[],{"b":"adaa\nebe\na"},10,{"b":""}]},
  {"init":"","ops":[["readline",3]],"expect":[{"b":""}]},
  {"init":null,"ops":[["readline",5],["readline",0],["truncate",30],["seek",40,0],["readlines",-1],["readline",8],["readline",-1],["writelines",["db","edebb"]],["seek",-50,1]],"expect":[{"b":""},{"b":""},30,40,[],{"b":""},{"b":""},null,0]},
  {"init":null,"ops":[["read1",8],["tell"],["write","ecdbdddedeaa\n\ne\n\ndbd"],["read1",null],["seek",0,0],["readinto",0],["read",5]],"expect":[{"b":""},0,20,{"b":""},0,{"n":0,"buf":""},{"b":"ecdbd"}]},
  {"init":"","ops":[["getvalue"],["read1",5],["readline",1],["truncate",0],["read1",5],["readinto",9],["readline",-1]],"expect":[{"b":""},{"b":""},{"b":""},0,{"b":""},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿ"},{"b":""}]},
  {"init":null,"ops":[["readline",0],["readlines",null],["readlines",1],["truncate",5],["readline",2],["read",3],["readinto",0],["getvalue"],["read",1],["read1",3],["readinto",4],["read",8]],"expect":[{"b":""},[],[],5,{"b":""},{"b":""},{"n":0,"buf":""},{"b":""},{"b":""},{"b":""},{"n":0,"buf":"ÿÿÿÿ"},{"b":""}]},
  {"init":"d","ops":[["read1",8]],"expect":[{"b":"d"}]},
  {"init":"","ops":[["read1",1],["writelines",["adbdb","","ed\nba"]],["write","\neee\ndcdcca\nbd\ndeaba"],["write","\nedccac"],["readline",1],["readlines",1],["read",1],["write","\nacceae"],["readline",1],["readline",50]],"expect":[{"b":""},null,20,7,{"b":""},[],{"b":""},7,{"b":""},{"b":""}]},
  {"init":"","ops":[["writelines",["aa"]]],"expect":[null]},
  {"init":null,"ops":[["read1",-1],["readlines",0],["readinto",0],["write","ece\ncbd"],["readlines",1],["read",-1],["readline",0],["truncate",2]],"expect":[{"b":""},[],{"n":0,"buf":""},7,[],{"b":""},{"b":""},2]},
  {"init":"","ops":[["write",""],["readline",null],["write","ca\nd\ndedaedbe\nbbaaed"],["read1",-1],["read",8]],"expect":[0,{"b":""},20,{"b":""},{"b":""}]},
  {"init":"\n\neaeddebdbbdccb\nabdbacdd\nedddadebcbadec","ops":[["read",0],["readline",1],["seek",0,0],["read",2],["truncate",null],["readinto",0],["readinto",0],["readline",0]],"expect":[{"b":""},{"b":"\n"},0,{"b":"\n\n"},2,{"n":0,"buf":""},{"n":0,"buf":""},{"b":""}]},
  {"init":"","ops":[["truncate",30],["write",""],["read",-1],["tell"],["readinto",4],["readinto",4],["writelines",["",""]],["write",""],["read",-1],["readline",50],["seek",9,2]],"expect":[30,0,{"b":""},0,{"n":0,"buf":"ÿÿÿÿ"},{"n":0,"buf":"ÿÿÿÿ"},null,0,{"b":""},{"b":""},9]},
  {"init":"\nbcd\n\n\nccee\nc\neaecad","ops":[["seek",-50,2],["tell"],["read1",null],["truncate",30],["truncate",null],["readline",8],["readline",3],["readline",2],["tell"],["readline",1],["truncate",0],["readline",0]],"expect":[0,0,{"b":"\nbcd\n\n\nccee\nc\neaecad"},30,20,{"b":""},{"b":""},{"b":""},20,{"b":""},0,{"b":""}]},
  {"init":"a\nbacb","ops":[["truncate",0],["truncate",30],["readlines",1],["truncate",null],["truncate",0],["seek",1,0],["seek",9,1],["getvalue"]],"expect":[0,30,[],0,0,1,10,{"b":""}]},
  {"init":"eabdc\n\ndbcd\ndaabeede","ops":[["readline",8],["read1",3],["readlines",1],["writelines",["",""]],["writelines",[]],["readline",0]],"expect":[{"b":"eabdc\n"},{"b":"\ndb"},[{"b":"cd\n"}],null,null,{"b":""}]},
  {"init":"","ops":[["write","cccaecc"],["getvalue"]],"expect":[7,{"b":"cccaecc"}]},
  {"init":null,"ops":[["readlines",null],["readline",50],["read1",3],["readinto",1],["readline",null]],"expect":[[],{"b":""},{"b":""},{"n":0,"buf":"ÿ"},{"b":""}]},
  {"init":"","ops":[["readline",1],["readline",0],["write","e\n\ndbde"]],"expect":[{"b":""},{"b":""},7]},
  {"init":null,"ops":[["tell"],["seek",-50,2],["seek",-1,1],["write","a\nd"],["write","ebb"],["write",""],["readinto",30],["writelines",["b\nee\n","","ddcbe"]],["read1",50],["readline",3],["readinto",30],["readinto",30]],"expect":[0,0,0,3,3,0,{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"},null,{"b":""},{"b":""},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"},{"n":0,"buf":"ÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿÿ"}]},
];

const STR_CASES: StrCase[] = [
  {"init":"a\rb\r\nc\nd\r","newline":null,"ops":[["getvalue"],["readlines"],["newlines"],["tell"],["write","x\r\ny\n"],["getvalue"],["newlines"],["seek",0],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2]],"expect":["a\nb\nc\nd\n",["a\n","b\n","c\n","d\n"],["\r","\n","\r\n"],8,5,"a\nb\nc\nd\nx\ny\n",["\r","\n","\r\n"],0,"a\n","b\n","c\n","d\n","x\n","y\n","",""]},
  {"init":"a\rb\r\nc\nd\r","newline":"","ops":[["getvalue"],["readlines"],["newlines"],["tell"],["write","x\r\ny\n"],["getvalue"],["newlines"],["seek",0],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2]],"expect":["a\rb\r\nc\nd\r",["a\r","b\r\n","c\n","d\r"],["\r","\n","\r\n"],9,5,"a\rb\r\nc\nd\rx\r\ny\n",["\r","\n","\r\n"],0,"a\r","b\r","\n","c\n","d\r","x\r","\n","y\n"]},
  {"init":"a\rb\r\nc\nd\r","newline":"\n","ops":[["getvalue"],["readlines"],["newlines"],["tell"],["write","x\r\ny\n"],["getvalue"],["newlines"],["seek",0],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2]],"expect":["a\rb\r\nc\nd\r",["a\rb\r\n","c\n","d\r"],null,9,5,"a\rb\r\nc\nd\rx\r\ny\n",null,0,"a\r","b\r","\n","c\n","d\r","x\r","\n","y\n"]},
  {"init":"a\rb\r\nc\nd\r","newline":"\r","ops":[["getvalue"],["readlines"],["newlines"],["tell"],["write","x\r\ny\n"],["getvalue"],["newlines"],["seek",0],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2]],"expect":["a\rb\r\rc\rd\r",["a\r","b\r","\r","c\r","d\r"],null,9,5,"a\rb\r\rc\rd\rx\r\ry\r",null,0,"a\r","b\r","\r","c\r","d\r","x\r","\r","y\r"]},
  {"init":"a\rb\r\nc\nd\r","newline":"\r\n","ops":[["getvalue"],["readlines"],["newlines"],["tell"],["write","x\r\ny\n"],["getvalue"],["newlines"],["seek",0],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2],["readline",2]],"expect":["a\rb\r\r\nc\r\nd\r",["a\rb\r\r\n","c\r\n","d\r"],null,11,5,"a\rb\r\r\nc\r\nd\rx\r\r\ny\r\n",null,0,"a\r","b\r","\r\n","c\r","\nd","\rx","\r\r","\ny"]},
  {"init":"h😀llo","newline":"\n","ops":[["read",2],["tell"],["seek",10],["write","é"],["getvalue"],["seek",-1],["seek",1,1],["seek",0,5],["seek",-1,5],["seek",0,2],["truncate",-1],["truncate",3],["getvalue"],["tell"],["write",""],["seek",1],["write","😁😂"],["getvalue"],["seek",0],["readline",3],["read"]],"expect":["h😀",2,10,1,"h😀llo\u0000\u0000\u0000\u0000\u0000é",{"exc":"ValueError","msg":"Negative seek position -1"},{"exc":"OSError","msg":"Can't do nonzero cur-relative seeks"},{"exc":"ValueError","msg":"Invalid whence (5, should be 0, 1 or 2)"},{"exc":"ValueError","msg":"Invalid whence (5, should be 0, 1 or 2)"},11,{"exc":"ValueError","msg":"Negative size value -1"},3,"h😀l",11,0,1,2,"h😁😂",0,"h😁😂",""]},
  {"init":"abc\ndef","newline":"\n","ops":[["close"],["closed"],["read"],["readline"],["readlines"],["getvalue"],["tell"],["readable"],["flush"],["truncate"],["iter"],["line_buffering"],["newlines"],["write","x"],["seek",0],["isatty"],["fileno"],["close"]],"expect":[null,true,{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file"},null,{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file"},{"exc":"ValueError","msg":"I/O operation on closed file."},{"exc":"UnsupportedOperation","msg":"fileno"},null]},
  {"init":null,"newline":"","ops":[["newlines"],["write","a\r"],["newlines"],["write","\nb"],["newlines"],["getvalue"],["seek",0],["iter"],["line_buffering"],["read",null],["readline",null],["detach"],["fileno"]],"expect":[null,2,"\r",2,["\r","\n"],"a\r\nb",0,["a\r\n","b"],false,"","",{"exc":"UnsupportedOperation","msg":"detach"},{"exc":"UnsupportedOperation","msg":"fileno"}]},
  {"init":"cac\r\n\ncaéc\u0000c\r\né\ra\u0000cc\u0000\n\n😀\r\r😀","newline":"\r","ops":[["newlines"],["tell"],["readline",3],["readlines",3],["newlines"],["readline",5],["write","cbbé\n\r\nb"],["read",2],["getvalue"],["write","c\u0000a"]],"expect":[null,0,"cac",["\r","\r","\r","caéc\u0000c\r"],null,"\r",8,"\r😀","cac\r\r\rcaéc\u0000c\r\rcbbé\r\r\rb\r😀\r\r😀",3]},
  {"init":null,"newline":"\r\n","ops":[["getvalue"],["write","\r\n\né😀😀a😀😀\r\néab\n\n😀\nb\r\n😀c"],["readline",3],["getvalue"],["readlines",10],["seek",40,0],["read",2],["read",-1]],"expect":["",23,"","\r\r\n\r\né😀😀a😀😀\r\r\néab\r\n\r\n😀\r\nb\r\r\n😀c",[],40,"",""]},
  {"init":"c\r\nca\rb\r\na\r\ré\n\r😀😀\r\n\r\n\u0000\n\r\nb\na\ra","newline":"","ops":[["tell"],["truncate",30],["tell"],["write","\r\n\n😀"],["write","😀\na\r\n\r\nb\n\ré\u0000\u0000cé\r\naéc\ré\r"],["write","\n\u0000ba\r\n😀\n\u0000\r\n\r\nb\r\rb\u0000😀😀éa😀"],["readline",0],["write",""],["newlines"],["read",50],["readline",-1],["tell"]],"expect":[0,30,0,4,23,23,"",0,["\r","\n","\r\n"],"","",50]},
  {"init":null,"newline":"\r","ops":[["readline",2]],"expect":[""]},
  {"init":null,"newline":"\r\n","ops":[["seek",10,0],["readlines",-1],["truncate",0],["readline",8],["write","é\r\n\rc😀éé\rc\na\u0000\r\nécéc\u0000\r\u0000"]],"expect":[10,[],0,"",22]},
  {"init":"","newline":"\n","ops":[["newlines"],["readline",1]],"expect":[null,""]},
  {"init":"","newline":"\r","ops":[["seek",0,1],["readlines",0],["write","c"],["read",3],["seek",0,1],["read",5],["tell"],["readline",1],["read",50],["seek",1,0],["getvalue"]],"expect":[0,[],1,"",1,"",1,"","",1,"c"]},
  {"init":"é\u0000\r\n\r\n","newline":"\n","ops":[["newlines"],["read",5],["readline",-1],["readline",null],["seek",3,0],["getvalue"],["write","éé\r\na\u0000\r\u0000a\u0000\ncéé\u0000\n\né\n\u0000é"],["write",""],["write","\réc😀ccc"],["newlines"]],"expect":[null,"é\u0000\r\n\r","\n","",3,"é\u0000\r\n\r\n",21,0,7,null]},
  {"init":"","newline":null,"ops":[["write","\u0000\r\r\n😀ccc"],["readline",-1],["seek",0,0],["readline",50],["seek",40,0],["truncate",0],["seek",0,1],["write",""],["truncate",null],["read",-1],["readlines",10],["seek",10,0]],"expect":[8,"",0,"\u0000\n",40,0,40,0,40,"",[],10]},
  {"init":"ébc\u0000\rc\n\u0000\ré\r\nc\r\n\r\n\n😀aa\r\n\r\na\rc\r","newline":null,"ops":[["seek",10,0],["newlines"],["readline",-1],["read",2],["read",3],["getvalue"],["readlines",1],["readline",50]],"expect":[10,["\r","\n","\r\n"],"\n","c\n","\n\n😀","ébc\u0000\nc\n\u0000\né\nc\n\n\n😀aa\n\na\nc\n",["aa\n"],"\n"]},
  {"init":"\n😀b\n😀\u0000\n\n\n\u0000\u0000\r\nb\r\n\rccb\ra\r\n😀\ré","newline":"\r\n","ops":[["read",3],["seek",1,0],["readline",3],["readlines",0],["getvalue"],["getvalue"]],"expect":["\r\n😀",1,"\n😀b",["\r\n","😀\u0000\r\n","\r\n","\r\n","\u0000\u0000\r\r\n","b\r\r\n","\rccb\ra\r\r\n","😀\ré"],"\r\n😀b\r\n😀\u0000\r\n\r\n\r\n\u0000\u0000\r\r\nb\r\r\n\rccb\ra\r\r\n😀\ré","\r\n😀b\r\n😀\u0000\r\n\r\n\r\n\u0000\u0000\r\r\nb\r\r\n\rccb\ra\r\r\n😀\ré"]},
  {"init":"","newline":"\r","ops":[["truncate"],["readlines",-1],["truncate"],["write","\n😀éa😀\r\n"],["readline",1],["newlines"],["readline",50],["readline",5],["write","\r\nc"],["readline",50]],"expect":[0,[],0,7,"",null,"","",3,""]},
  {"init":"","newline":"\r","ops":[["read",-1],["write","a\r\n\n"]],"expect":["",4]},
  {"init":"","newline":"\r","ops":[["getvalue"],["read",3],["tell"],["readline",0],["readline",0],["seek",0,0],["newlines"],["getvalue"],["tell"]],"expect":["","",0,"","",0,null,"",0]},
  {"init":null,"newline":null,"ops":[["truncate",30],["getvalue"],["readline",50],["write","\r\n\u0000aéb😀ba\r\nc\r😀é😀éc\r\u0000ab"],["readline",50],["seek",0,0],["write","cbé\r\n\n\rb"],["readline",2],["readlines",10]],"expect":[30,"","",22,"",0,8,"a\n",["c\n","😀é😀éc\n","\u0000ab"]]},
  {"init":null,"newline":"\r","ops":[["newlines"],["readlines",3],["tell"],["readline",-1],["read",1],["readline",-1],["readline",null],["truncate",2],["tell"],["tell"]],"expect":[null,[],0,"","","","",2,0,0]},
  {"init":"éc\r😀\u0000\nc😀cabc😀a\n😀aa😀é😀b\n\nb","newline":"\r\n","ops":[["readline",2],["newlines"],["seek",3,0],["tell"],["tell"]],"expect":["éc",null,3,3,3]},
  {"init":"","newline":null,"ops":[["truncate",null],["write",""],["seek",1,0],["newlines"],["readlines",0],["readline",0],["write","a\u0000\r\n\u0000\u0000\r\n😀"]],"expect":[0,0,1,null,[],"",9]},
  {"init":null,"newline":"\r","ops":[["truncate"],["tell"],["readline",null],["tell"],["readline",5],["readline",2],["tell"],["write","é\r\nc\r\n😀\u0000éac\r\u0000b\n\nb\u0000b\réa"],["readline",2],["truncate"],["write","a\n\né\r\ncé"]],"expect":[0,0,"",0,"","",0,22,"",22,8]},
  {"init":"","newline":"","ops":[["readline",null],["tell"],["readline",3],["newlines"],["getvalue"],["seek",0,1],["write","\n\u0000\ré\réb"],["truncate"]],"expect":["",0,"",null,"",0,7,7]},
  {"init":null,"newline":"\r","ops":[["newlines"],["write",""],["readlines",null],["write",""],["getvalue"],["read",2],["getvalue"],["newlines"],["read",0],["getvalue"]],"expect":[null,0,[],0,"","","",null,"",""]},
  {"init":null,"newline":"\n","ops":[["write",""],["newlines"],["tell"],["getvalue"],["write","\na\r\n😀\nb\r\n"],["tell"],["read",5],["readline",5],["write","\néb\réca"],["readline",3],["readline",-1]],"expect":[0,null,0,"",9,9,"","",7,"",""]},
  {"init":"","newline":"","ops":[["readline",0],["seek",0,2],["readline",1],["read",8],["read",50],["readline",3],["readline",2],["readline",2]],"expect":["",0,"","","","","",""]},
  {"init":"","newline":"\n","ops":[["readline",3],["getvalue"],["read",3],["getvalue"],["readline",3],["write",""],["readline",1],["read",3],["newlines"],["read",5]],"expect":["","","","","",0,"","",null,""]},
  {"init":"","newline":null,"ops":[["readline",50],["seek",10,0],["write","\n"],["write","\r\nc\u0000"],["newlines"],["readline",-1],["truncate",null],["newlines"],["getvalue"],["read",3]],"expect":["",10,1,4,["\n","\r\n"],"",14,["\n","\r\n"],"\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\n\nc\u0000",""]},
  {"init":"😀","newline":"","ops":[["readline",3],["readline",null],["readline",null],["readline",5],["write","bbé\r\nba😀\rbéb😀c\r\nc\nbcéc"],["seek",0,2]],"expect":["😀","","","",22,23]},
  {"init":"","newline":"","ops":[["write","\u0000ca"],["truncate",0],["readline",null],["readline",null],["readline",1],["read",1],["readline",2],["tell"],["read",2],["readlines",null]],"expect":[3,0,"","","","","",3,"",[]]},
  {"init":"\n😀b\u0000😀bc\nbbb\n","newline":"\n","ops":[["seek",1,0],["getvalue"],["write","aa\ré😀😀a"],["readline",8],["newlines"],["seek",10,0],["tell"],["write",""]],"expect":[1,"\n😀b\u0000😀bc\nbbb\n",7,"bbb\n",null,10,10,0]},
  {"init":null,"newline":"\n","ops":[["readline",null],["readline",0]],"expect":["",""]},
  {"init":"","newline":null,"ops":[["getvalue"],["tell"],["seek",40,0],["write","éb\r\na\u0000cé\nc\r\n\raa\r\nb\rc😀b\n"],["readline",3],["write",""],["truncate",2],["readlines",null]],"expect":["",0,40,23,"",0,2,[]]},
  {"init":"","newline":"","ops":[["truncate"],["readline",0],["truncate",0],["read",3],["readline",5],["readlines",null],["getvalue"],["write","béa\u0000\n\ré\r\u0000\u0000b\r\n\r\nc😀cbé\r\nc"],["seek",1,0],["read",3],["getvalue"],["read",null]],"expect":[0,"",0,"","",[],"",23,1,"éa\u0000","béa\u0000\n\ré\r\u0000\u0000b\r\n\r\nc😀cbé\r\nc","\n\ré\r\u0000\u0000b\r\n\r\nc😀cbé\r\nc"]},
  {"init":"","newline":"\n","ops":[["readline",0],["seek",3,0],["read",5],["truncate",5],["readline",3],["newlines"],["readline",1],["readlines",0],["read",3]],"expect":["",3,"",5,"",null,"",[],""]},
  {"init":"b😀\n\r\nc","newline":"\r","ops":[["getvalue"],["newlines"],["write","\u0000\r\nb"],["read",null],["read",50],["read",50],["readline",0],["readline",null],["truncate",null],["write","\né\n"],["readline",3],["readlines",1]],"expect":["b😀\r\r\rc",null,4,"\rc","","","","",6,3,"",[]]},
  {"init":"","newline":"","ops":[["newlines"]],"expect":[null]},
  {"init":"c","newline":"\n","ops":[["readline",1],["readline",1],["readline",0],["read",1],["tell"],["getvalue"],["readline",3],["readlines",0],["read",8],["read",0],["readline",2]],"expect":["c","","","",1,"c","",[],"","",""]},
  {"init":"éé\r\n\r\u0000cc\rc\nb\r\n","newline":"\r\n","ops":[["readline",1],["readlines",1],["readline",5],["truncate",2],["read",2],["truncate",30],["readline",50],["readline",8],["write","\r\n😀\n\n😀\r\n\u0000"],["readline",50],["readline",0],["seek",3,0]],"expect":["é",["é\r\r\n"],"\r\u0000cc\r",2,"",30,"","",9,"","",3]},
  {"init":"","newline":null,"ops":[["tell"],["write","😀\rbc\nba😀\r\n\r\n\r\nécé😀\r\r\nacc"],["readline",5],["write","\u0000\u0000😀ab\r\na"]],"expect":[0,24,"",8]},
  {"init":"","newline":"\n","ops":[["seek",0,1],["readline",3],["read",8],["readline",2],["truncate",5],["newlines"],["readline",3],["readline",2],["getvalue"],["seek",10,0]],"expect":[0,"","","",5,null,"","","",10]},
  {"init":"é\r\nabc\r\n\réé\n\r\nc😀\r\n\u0000c\u0000éaé\u0000😀\r\nab","newline":"","ops":[["write","abécca\r\n"],["write","c"],["read",1],["read",8],["read",3],["write","aaac\u0000\n\u0000"],["write","\r\n\n\u0000"],["read",8],["write","a"],["readline",50],["seek",0,1],["tell"]],"expect":[8,1,"é","é\n\r\nc😀\r\n","\u0000c\u0000",7,4,"",1,"",33,33]},
  {"init":"","newline":"\r\n","ops":[["write","c\ra"],["truncate",null],["seek",0,1],["readline",3],["read",8]],"expect":[3,3,3,"",""]},
  {"init":null,"newline":null,"ops":[["write","\nc\u0000"],["readlines",-1],["readline",2],["newlines"],["write","é"],["readline",1],["readlines",1],["tell"],["readline",0]],"expect":[3,[],"","\n",1,"",[],4,""]},
  {"init":"","newline":"\r","ops":[["readline",1],["tell"],["newlines"]],"expect":["",0,null]},
  {"init":"","newline":"","ops":[["read",3],["truncate",5],["write","\r😀éacc\r\n"],["getvalue"],["truncate"],["tell"],["tell"],["readline",null],["readline",50],["read",0],["readlines",-1],["write","béa\r😀aaa\r\n\u0000é\nc\na\n\ré😀\u0000"]],"expect":["",5,8,"\r😀éacc\r\n",8,8,8,"","","",[],21]},
  {"init":"é\u0000😀b\u0000\r\u0000aééc\r\n","newline":null,"ops":[["write","a"],["readline",8],["readline",3],["write","\r\ré😀\n\u0000\n"],["read",-1],["seek",3,0],["readline",3],["seek",0,2],["getvalue"],["read",2],["readline",1]],"expect":[1,"\u0000😀b\u0000\n","\u0000aé",7,"",3,"b\u0000\n",16,"a\u0000😀b\u0000\n\u0000aé\n\né😀\n\u0000\n","",""]},
  {"init":"","newline":"\r\n","ops":[["tell"],["read",null],["newlines"],["read",8]],"expect":[0,"",null,""]},
  {"init":null,"newline":"\n","ops":[["readline",0],["readlines",3],["read",1],["readlines",0],["truncate",5],["tell"]],"expect":["",[],"",[],5,0]},
  {"init":"","newline":"\r\n","ops":[["readlines",1],["readline",3],["newlines"],["readline",null],["write","b\n\u0000\r\r\r\n\n"],["getvalue"],["write","c"],["truncate"],["read",0],["read",-1],["read",1],["readline",2]],"expect":[[],"",null,"",8,"b\r\n\u0000\r\r\r\r\n\r\n",1,12,"","","",""]},
  {"init":"\r","newline":"\n","ops":[["seek",40,0],["newlines"],["seek",10,0],["readline",null]],"expect":[40,null,10,""]},
  {"init":"a","newline":"\r\n","ops":[["tell"],["truncate",null],["write","é"],["write","\r\n\u0000\n"],["readline",50],["readline",-1],["readline",8],["truncate",30],["readline",2]],"expect":[0,0,1,4,"","","",30,""]},
  {"init":null,"newline":null,"ops":[["readlines",0],["tell"],["write","\r\r\r\n😀\n\u0000\n"],["tell"],["readline",3],["tell"],["read",null],["write","😀\nc"],["getvalue"],["tell"]],"expect":[[],0,8,7,"",7,"",3,"\n\n\n😀\n\u0000\n😀\nc",10]},
  {"init":"","newline":null,"ops":[["readline",8],["readline",1],["readline",0],["readline",2],["readlines",-1],["tell"],["read",null],["getvalue"],["newlines"]],"expect":["","","","",[],0,"","",null]},
  {"init":null,"newline":"\n","ops":[["tell"],["read",-1],["tell"],["write","\ré\r\n"],["write","\r😀\r\r😀\r\n\r\n😀\na\r\na😀c\r\u0000cé\r\nc"],["seek",3,0]],"expect":[0,"",0,4,24,3]},
  {"init":"ac\n\na\r\u0000b\rc\u0000b","newline":"\r\n","ops":[["getvalue"],["readline",null],["read",-1],["tell"],["getvalue"],["tell"],["newlines"]],"expect":["ac\r\n\r\na\r\u0000b\rc\u0000b","ac\r\n","\r\na\r\u0000b\rc\u0000b",14,"ac\r\n\r\na\r\u0000b\rc\u0000b",14,null]},
  {"init":"","newline":"","ops":[["seek",0,2]],"expect":[0]},
  {"init":"","newline":"","ops":[["seek",0,2],["readline",5]],"expect":[0,""]},
  {"init":"","newline":null,"ops":[["truncate",2],["read",2],["readlines",3],["read",2],["write","a😀b"],["newlines"],["write",""],["read",8],["read",0]],"expect":[2,"",[],"",3,null,0,"",""]},
  {"init":"c","newline":"","ops":[["readline",1],["readlines",0],["readline",50],["getvalue"],["tell"],["readline",null],["seek",0,1],["read",2],["readline",50],["newlines"]],"expect":["c",[],"","c",1,"",1,"","",null]},
  {"init":"😀a\r\nbé\nb😀\n\r\ra","newline":null,"ops":[["readline",1],["seek",0,1]],"expect":["😀",1]},
  {"init":"","newline":"\r\n","ops":[["seek",1,0],["write","\r\n"]],"expect":[1,2]},
  {"init":"","newline":"","ops":[["readline",0],["readline",3],["newlines"],["write","😀\n\rébé\n"],["newlines"],["read",50],["readlines",null],["readline",null],["readline",-1],["read",50]],"expect":["","",null,7,["\r","\n"],"",[],"","",""]},
  {"init":"\r\ncé\u0000b😀c😀😀a\ra","newline":"\n","ops":[["newlines"],["seek",0,2],["truncate",0],["readline",0],["readline",8],["newlines"]],"expect":[null,13,0,"","",null]},
  {"init":"😀😀éb😀","newline":"","ops":[["read",0],["seek",1,0],["seek",1,0],["getvalue"],["write","cac\néca"],["getvalue"]],"expect":["",1,1,"😀😀éb😀",7,"😀cac\néca"]},
  {"init":"","newline":"\r\n","ops":[["newlines"]],"expect":[null]},
  {"init":"","newline":"\r\n","ops":[["truncate",0],["readline",8],["readlines",1],["read",5],["truncate",2],["seek",0,1],["readline",null],["tell"]],"expect":[0,"",[],"",2,0,"",0]},
  {"init":"😀","newline":"","ops":[["readline",1],["seek",1,0],["readline",0],["read",8],["read",-1]],"expect":["😀",1,"","",""]},
  {"init":"\r\n\r\u0000\r\n\r\n","newline":"","ops":[["write","\n"],["truncate",5]],"expect":[1,5]},
  {"init":"","newline":"","ops":[["readline",8],["readlines",0],["readline",3],["truncate",0],["readline",-1]],"expect":["",[],"",0,""]},
  {"init":"ca\u0000aé","newline":"\r\n","ops":[["readline",-1],["readline",5],["readlines",3],["newlines"],["write","\r\nab"],["readlines",-1],["getvalue"],["write","c\r\nc\n\u0000\r\nc\u0000ac\u0000aéaébcab\n"],["tell"],["readline",5],["readline",50],["newlines"]],"expect":["ca\u0000aé","",[],null,4,[],"ca\u0000aé\r\r\nab",22,36,"","",null]},
  {"init":"","newline":null,"ops":[["readline",5]],"expect":[""]},
  {"init":"😀","newline":"","ops":[["read",8],["read",50],["readline",-1],["newlines"],["readline",2]],"expect":["😀","","",null,""]},
  {"init":"\r\n\u0000b\r\nb","newline":"\n","ops":[["readline",0],["write","c\u0000\r\n"],["tell"],["readline",3],["getvalue"],["readline",-1]],"expect":["",4,4,"\r\n","c\u0000\r\n\r\nb","b"]},
  {"init":null,"newline":"\n","ops":[["readlines",1],["truncate",0]],"expect":[[],0]},
  {"init":null,"newline":"","ops":[["newlines"],["read",2],["write","\u0000a\naa\u0000\r\n"],["readline",8],["readline",50],["readline",50],["readline",3],["read",0],["truncate",5],["read",1],["tell"]],"expect":[null,"",8,"","","","","",5,"",8]},
  {"init":"","newline":"\r\n","ops":[["readline",null],["read",-1]],"expect":["",""]},
  {"init":"","newline":"\r","ops":[["write",""],["write","b\r\nb😀\nb\u0000ba\r\r\n\u0000\r\r\n\n😀c\u0000"],["tell"],["read",0],["readline",8],["seek",0,2],["read",50],["read",2],["tell"],["read",1],["truncate",2],["getvalue"]],"expect":[0,21,21,"","",21,"","",21,"",2,"b\r"]},
  {"init":null,"newline":"\n","ops":[["newlines"],["tell"],["truncate",5],["write","c\u0000baé\rb"],["readline",3],["readline",50]],"expect":[null,0,5,7,"",""]},
  {"init":"b\nac\nac\u0000😀\r\nac","newline":"\r","ops":[["readline",0],["write","\n"],["write","aa\né\u0000\rcc😀éca\r\nc\rcé\r\né\r\n"],["readlines",3],["getvalue"],["readline",5],["read",null],["getvalue"]],"expect":["",1,23,[],"\raa\ré\u0000\rcc😀éca\r\rc\rcé\r\ré\r\r","","","\raa\ré\u0000\rcc😀éca\r\rc\rcé\r\ré\r\r"]},
  {"init":"😀😀\n\r\n😀\u0000\r\n\ra\nb\r\r\u0000c\u0000céé\n😀\né😀😀","newline":"\r","ops":[["truncate",5],["getvalue"],["seek",0,1],["seek",0,2],["write","\u0000"],["readline",8],["newlines"]],"expect":[5,"😀😀\r\r\r",0,5,1,"",null]},
  {"init":null,"newline":"\r","ops":[["readline",3]],"expect":[""]},
  {"init":null,"newline":"\r\n","ops":[["write","😀c\r\n\nc\r"],["tell"],["readline",3]],"expect":[7,9,""]},
];

describe("BytesIO matches CPython 3.14", () => {
  test.each(BYTES_CASES.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    const f = new BytesIO(c.init === null ? null : Buffer.from(c.init, "latin1"));
    expect(c.ops.map((op) => applyBytes(f, op))).toEqual(c.expect);
  });
});

describe("StringIO matches CPython 3.14", () => {
  test.each(STR_CASES.map((c, i) => [i, c] as const))("case %i", (_i, c) => {
    const f = new StringIO(c.init, c.newline);
    expect(c.ops.map((op) => applyStr(f, op))).toEqual(c.expect);
  });
});
