// The list of equivalent mutants (test/mutation/equivalents.json) and how a Stryker report's survivors
// are matched against it. Shared by `npm run test:mutation:survivors` and `npm run test:mutation:changed`.
//
// An entry names a mutant by what it changes, not by where it stands, so that edits elsewhere in a file do
// not unlist it: the file, the source line it starts on (trimmed), the mutator, the code it replaces and
// the replacement. When that line changes, the entry no longer matches and the mutant must be looked at
// again: killed by a test, or listed anew.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const LIST = fileURLToPath(new URL("../test/mutation/equivalents.json", import.meta.url));

/** Survivors (and mutants no test covers) of a Stryker JSON report, one record each. */
export function survivorsOf(report) {
  const out = [];
  for (const [name, f] of Object.entries(report.files)) {
    const file = name.replace(/^.*?(?=src\/)/, "");
    const lines = f.source.split("\n");
    for (const m of f.mutants) {
      if (m.status !== "Survived" && m.status !== "NoCoverage") continue;
      const { line, column } = m.location.start;
      out.push({ ...keyOf(file, lines, m), status: m.status, startLine: line, at: `${file}:${line}:${column}` });
    }
  }
  return out;
}

/** The matching key of a mutant: file, its first line trimmed, mutator, the code it replaces, replacement. */
export function keyOf(file, lines, m) {
  const { start, end } = m.location;
  const original =
    start.line === end.line
      ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
      : [lines[start.line - 1].slice(start.column - 1), ...lines.slice(start.line, end.line - 1), lines[end.line - 1].slice(0, end.column - 1)].join("\n");
  return { file, line: lines[start.line - 1].trim(), mutator: m.mutatorName, original: squash(original), replacement: squash(String(m.replacement ?? "")) };
}

/** White space runs as one space, ends trimmed. */
export function collapse(code) {
  return code.replace(/\s+/g, " ").trim();
}

/** Code collapsed, and cut when long (the key stays readable in the list). */
function squash(code) {
  const s = collapse(code);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** The listed equivalents, each with its reason. */
export function loadList(path = LIST) {
  const list = JSON.parse(readFileSync(path, "utf8"));
  for (const e of list) {
    for (const k of ["file", "line", "mutator", "original", "replacement", "reason"]) {
      if (typeof e[k] !== "string") throw new Error(`${path}: an entry has no string '${k}': ${JSON.stringify(e)}`);
    }
    if (e.reason.trim() === "") throw new Error(`${path}: an entry gives no reason: ${JSON.stringify(e)}`);
  }
  return list;
}

const same = (a, b) => a.file === b.file && a.line === b.line && a.mutator === b.mutator && a.original === b.original && a.replacement === b.replacement;

/** The list's entry for a survivor, or undefined. */
export function entryFor(list, s) {
  return list.find((e) => same(e, s));
}

/** Entries of files in the report that match no survivor there (killed since, or their line changed). */
export function staleEntries(list, report, survivors) {
  const files = new Set(Object.keys(report.files).map((n) => n.replace(/^.*?(?=src\/)/, "")));
  return list.filter((e) => files.has(e.file) && !survivors.some((s) => same(e, s)));
}
