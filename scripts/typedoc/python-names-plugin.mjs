// A TypeDoc plugin: says in the API reference which Python name each class, function,
// constant and member stands for. A name counts as Python's when Python has it there
// (scripts/typedoc/python-names.json, the names CPython gives each module, class and
// instance); a camelCase member that answers for a Python member of its class is marked as
// its alias; everything in http-client-py/node is marked as an extension.
import { readFileSync } from "node:fs";
import { Comment, Converter, ReflectionKind } from "typedoc";

const names = JSON.parse(readFileSync(new URL("./python-names.json", import.meta.url), "utf8"));

/** The Python module of each documented module of the package (TypeDoc's module names). */
const PYTHON_MODULE = {
  "http/client": "http.client",
  http: "http",
  io: "io",
  socket: "socket",
  ssl: "ssl",
  builtins: "builtins",
};
const EXTENSION_MODULES = new Set(["node"]);

const has = (key, name) => Object.prototype.hasOwnProperty.call(names, key) && names[key].includes(name);
const squash = (name) => name.replace(/_/g, "").toLowerCase();

/** The comments a note goes into: the reflection's own, or its signatures'. */
function commentHolders(refl) {
  if (refl.signatures?.length) return refl.signatures;
  const accessors = [refl.getSignature, refl.setSignature].filter(Boolean);
  if (accessors.length) return accessors;
  return [refl];
}

/** Appends a paragraph to the reflection's documentation. */
function addNote(refl, parts) {
  for (const holder of commentHolders(refl)) {
    holder.comment ??= new Comment();
    const summary = holder.comment.summary;
    if (summary.length) summary.push({ kind: "text", text: "\n\n" });
    summary.push(...parts);
  }
}

const code = (text) => ({ kind: "code", text: `\`${text}\`` });
const text = (t) => ({ kind: "text", text: t });

function noteMembers(cls, pyClass) {
  const own = (cls.children ?? []).filter((m) => !m.inheritedFrom && !m.flags.isPrivate);
  for (const m of own) {
    if (has(pyClass, m.name)) {
      addNote(m, [text("Python: "), code(`${pyClass}.${m.name}`)]);
      continue;
    }
    if (!/[A-Z]/.test(m.name)) continue;
    // A camelCase alias: a member of the class with the same letters that Python has.
    const target = (cls.children ?? []).find((s) => s !== m && squash(s.name) === squash(m.name) && has(pyClass, s.name));
    if (target) addNote(m, [text("Python: "), code(`${pyClass}.${target.name}`), text(" (this is its camelCase alias)")]);
  }
}

export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const mod of context.project.children ?? []) {
      if (EXTENSION_MODULES.has(mod.name)) {
        for (const child of mod.children ?? []) {
          if (!child.kindOf(ReflectionKind.Reference)) addNote(child, [text("An extension of this package: Python's http.client has no counterpart.")]);
        }
        continue;
      }
      const pyMod = PYTHON_MODULE[mod.name];
      if (pyMod === undefined) continue;
      for (const child of mod.children ?? []) {
        if (child.kindOf(ReflectionKind.Reference) || child.kindOf(ReflectionKind.Module | ReflectionKind.Namespace)) continue;
        if (has(pyMod, child.name)) addNote(child, [text("Python: "), code(`${pyMod}.${child.name}`)]);
        if (child.kindOf(ReflectionKind.Class) && names[`${pyMod}.${child.name}`]) noteMembers(child, `${pyMod}.${child.name}`);
      }
    }
  });
}
