// Lets Jazzer.js's prebuilt libFuzzer addon load on an older glibc (Debian 12 has 2.36).
//
// @jazzer.js/fuzzer 4.0.0's fuzzer-linux-x64.node was linked against glibc 2.38 and
// libstdc++ 13, but the only things it takes from them are C23's strtol/strtoul (the
// compiler's names for them, __isoc23_strtol@GLIBC_2.38 and __isoc23_strtoul@GLIBC_2.38,
// which differ from strtol/strtoul only in accepting "0b" when the base is 0 or 2; libFuzzer
// parses its flags in base 10) and a reference to std::ios_base_library_init()@GLIBCXX_3.4.32
// (a marker for libstdc++ 13's iostream set-up, never called). When the addon does not load
// because of those versions, this makes a patched copy in node_modules/.cache/ and loads that:
// the two strtol symbols are bound to strtol@GLIBC_2.2.5 / strtoul@GLIBC_2.2.5 (their names
// pointed at the tail of "__isoc23_strtol"), and the GLIBC_2.38 and GLIBCXX_3.4.32
// requirements are marked weak (the loader then accepts their absence). node_modules is left
// untouched. Preload it: node -r ./fuzz/glibc-compat.js ...
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const Module = require("node:module");

const ADDON = /[\\/]@jazzer\.js[\\/]fuzzer[\\/]prebuilds[\\/]fuzzer-linux-x64\.node$/;
const WEAKEN = new Set(["GLIBC_2.38", "GLIBCXX_3.4.32"]);
const RENAME = { __isoc23_strtol: "strtol", __isoc23_strtoul: "strtoul" };
const VER_FLG_WEAK = 0x2;

/** Returns a patched copy of the ELF64 little-endian shared object `buf` (see above). */
function patchElf(buf) {
  const out = Buffer.from(buf);
  if (out.readUInt32BE(0) !== 0x7f454c46 || out[4] !== 2 || out[5] !== 1) throw new Error("not an ELF64 LE file");
  const shoff = Number(out.readBigUInt64LE(0x28));
  const shentsize = out.readUInt16LE(0x3a);
  const shnum = out.readUInt16LE(0x3c);
  const sections = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    sections.push({
      type: out.readUInt32LE(o + 4),
      offset: Number(out.readBigUInt64LE(o + 0x18)),
      size: Number(out.readBigUInt64LE(o + 0x20)),
      link: out.readUInt32LE(o + 0x28),
    });
  }
  const dynsym = sections.find((s) => s.type === 11);
  const versym = sections.find((s) => s.type === 0x6fffffff);
  const verneed = sections.find((s) => s.type === 0x6ffffffe);
  if (!dynsym || !versym || !verneed) throw new Error("no dynamic symbol versions");
  const dynstr = sections[dynsym.link];
  const str = (off) => {
    const start = dynstr.offset + off;
    return out.toString("latin1", start, out.indexOf(0, start));
  };
  // Version needs: remember the index of GLIBC_2.2.5 in libc.so.6, weaken the others.
  let base = -1;
  for (let vn = verneed.offset; ; ) {
    const cnt = out.readUInt16LE(vn + 2);
    const file = str(out.readUInt32LE(vn + 4));
    for (let i = 0, aux = vn + out.readUInt32LE(vn + 8); i < cnt; i++) {
      const name = str(out.readUInt32LE(aux + 8));
      if (file === "libc.so.6" && name === "GLIBC_2.2.5") base = out.readUInt16LE(aux + 6);
      if (WEAKEN.has(name)) out.writeUInt16LE(out.readUInt16LE(aux + 4) | VER_FLG_WEAK, aux + 4);
      const next = out.readUInt32LE(aux + 12);
      if (next === 0) break;
      aux += next;
    }
    const next = out.readUInt32LE(vn + 12);
    if (next === 0) break;
    vn += next;
  }
  if (base < 0) throw new Error("no GLIBC_2.2.5 requirement to bind strtol to");
  for (let i = 0; i * 24 < dynsym.size; i++) {
    const sym = dynsym.offset + i * 24;
    const name = str(out.readUInt32LE(sym));
    const to = RENAME[name];
    if (to === undefined) continue;
    out.writeUInt32LE(out.readUInt32LE(sym) + name.length - to.length, sym); // the name's tail
    out.writeUInt16LE(base, versym.offset + i * 2);
  }
  return out;
}

const loadNative = Module._extensions[".node"];
Module._extensions[".node"] = function (module, filename) {
  try {
    return loadNative(module, filename);
  } catch (e) {
    if (!ADDON.test(filename) || !/GLIBC_2\.38|GLIBCXX_3\.4\.32/.test(String(e && e.message))) throw e;
    const dir = path.join(__dirname, "..", "node_modules", ".cache", "http-client-py-fuzz");
    fs.mkdirSync(dir, { recursive: true });
    const patched = path.join(dir, path.basename(filename));
    const data = patchElf(fs.readFileSync(filename));
    if (!fs.existsSync(patched) || !fs.readFileSync(patched).equals(data)) {
      const tmp = `${patched}.${process.pid}`;
      fs.writeFileSync(tmp, data);
      fs.renameSync(tmp, patched);
    }
    return loadNative(module, patched);
  }
};

module.exports = { patchElf };
