// Adds to package-lock.json the entries of optional, platform-specific packages that the
// registry reachable here does not serve (npm then leaves them out of the lock, and
// `npm ci` refuses the lock as out of sync). Each entry carries only its version and the
// os/cpu/libc its name states, so npm skips it on every other platform without fetching it.
// Run after `npm install` changes the lock: node scripts/lock-platform-entries.js
const fs = require("fs");
const path = require("path");

const lockPath = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(lockPath, "utf8"));
const pkgs = lock.packages;

const OS = ["android", "darwin", "freebsd", "linux", "openharmony", "win32", "sunos", "netbsd", "openbsd", "aix"];
const CPU = ["arm64", "arm", "x64", "ia32", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  const libc = parts.some((p) => p.startsWith("musl")) ? "musl" : parts.some((p) => p.startsWith("gnu")) ? "glibc" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [loc, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies || {})) {
    const base = loc ? `${loc}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pkgs[base] || pkgs[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!cpu) throw new Error(`cannot tell the platform of ${dep}`);
    const e = { version, cpu: [cpu] };
    if (entry.dev) e.dev = true;
    if (libc) e.libc = [libc];
    e.optional = true;
    if (os) e.os = [os];
    pkgs[`node_modules/${dep}`] = e;
    added++;
  }
}
// npm keeps packages sorted by location.
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`lock-platform-entries: ${added} added`);
