#!/usr/bin/env node
// `npm run test:mutation:score -- REPORT...`: the mutation score per folder of one or more Stryker JSON
// reports (a whole run, or the groups of a run in parts, each file mutated in one of them), as
// CONTRIBUTING.md counts it:
//   - Stryker's figure: killed and timed-out mutants over all that ran (compile and run-time errors left
//     out, as Stryker leaves them out);
//   - with the list: survivors listed as equivalent in test/mutation/equivalents.json are left out of the
//     count, and those listed as "Not a survivor" (static mutants that fail a test when planted by hand)
//     count as detected.
// A mutant in more than one report counts from the last report given (a rerun of some lines after tests
// were written updates those mutants and keeps the rest of the file's). Prints one row per folder (src/grammars
// and src/article as a whole, single files such as src/stream.ts by themselves) with how many survivors are
// open; `npm run test:mutation:survivors` names them.
import { readFileSync } from "node:fs";
import { entryFor, keyOf, loadList } from "./mutation-list.mjs";

const paths = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (paths.length === 0) paths.push("reports/mutation.json");
const list = loadList();

/** The folder a file's score counts under: src/<folder> for files in a folder, the file itself otherwise. */
function folderOf(file) {
  const parts = file.split("/");
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : file;
}

/** Per file: its source (from the last report) and its mutants by place and change. */
const files = new Map();
for (const path of paths) {
  const report = JSON.parse(readFileSync(path, "utf8"));
  for (const [name, f] of Object.entries(report.files)) {
    const file = name.replace(/^.*?(?=src\/)/, "");
    const known = files.get(file);
    const same = known?.source === f.source;
    if (known && !same) console.error(`${file}: its source differs between reports; the mutants of ${path} count`);
    const mutants = same ? known.mutants : new Map();
    for (const m of f.mutants) mutants.set(`${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}:${m.mutatorName}:${m.replacement}`, m);
    files.set(file, { source: f.source, mutants });
  }
}

const rows = new Map();
for (const [file, f] of files) {
  const row = rows.get(folderOf(file)) ?? { mutants: 0, detected: 0, equivalent: 0, notSurvivor: 0, open: 0 };
  const lines = f.source.split("\n");
  for (const m of f.mutants.values()) {
    if (m.status === "CompileError" || m.status === "RuntimeError" || m.status === "Ignored") continue;
    row.mutants++;
    if (m.status === "Killed" || m.status === "Timeout") {
      row.detected++;
      continue;
    }
    const entry = entryFor(list, keyOf(file, lines, m));
    if (!entry) row.open++;
    else if (entry.reason.startsWith("Not a survivor")) row.notSurvivor++;
    else row.equivalent++;
  }
  rows.set(folderOf(file), row);
}

const pct = (n, d) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
console.log("folder                 mutants   Stryker   with list   listed equivalent   not survivors   open");
for (const [folder, r] of [...rows].sort()) {
  const withList = pct(r.detected + r.notSurvivor, r.mutants - r.equivalent);
  console.log(
    `${folder.padEnd(22)} ${String(r.mutants).padStart(7)} ${pct(r.detected, r.mutants).padStart(9)} ${withList.padStart(11)} ${String(r.equivalent).padStart(19)} ${String(r.notSurvivor).padStart(15)} ${String(r.open).padStart(6)}`,
  );
}
