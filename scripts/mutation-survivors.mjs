#!/usr/bin/env node
// `npm run test:mutation:survivors [-- REPORT]`: the survivors of a Stryker run (default
// reports/mutation.json) that test/mutation/equivalents.json does not list as equivalent, file by file.
// Each must be killed by a test or listed with a one-line reason. Fails when any is unlisted.
//   --stale   also name the list's entries that match no survivor of a file the report covers in full
//             (killed since, or their line changed): delete or update them.
//   --todo    print the unlisted survivors as list entries with an empty reason, to fill in.
import { readFileSync } from "node:fs";
import { entryFor, loadList, staleEntries, survivorsOf } from "./mutation-list.mjs";

const args = process.argv.slice(2);
const path = args.find((a) => !a.startsWith("--")) ?? "reports/mutation.json";
const report = JSON.parse(readFileSync(path, "utf8"));
const list = loadList();
const survivors = survivorsOf(report);
const unlisted = [];
const byFile = new Map();
for (const s of survivors) {
  const f = byFile.get(s.file) ?? { listed: 0, unlisted: [] };
  if (entryFor(list, s)) f.listed++;
  else {
    f.unlisted.push(s);
    unlisted.push(s);
  }
  byFile.set(s.file, f);
}
for (const [file, f] of [...byFile].sort()) {
  console.log(`${file}: ${f.listed} listed as equivalent, ${f.unlisted.length} unlisted`);
  for (const s of f.unlisted) console.log(`  ${s.at} ${s.mutator}${s.status === "NoCoverage" ? " (no test covers it)" : ""}: ${s.original} => ${s.replacement}    in: ${s.line.slice(0, 100)}`);
}
if (args.includes("--todo")) {
  const todo = unlisted.map(({ file, line, mutator, original, replacement }) => ({ file, line, mutator, original, replacement, reason: "" }));
  console.log(JSON.stringify(todo, null, 2));
}
if (args.includes("--stale")) {
  for (const e of staleEntries(list, report, survivors)) console.log(`stale: ${e.file} ${e.mutator}: ${e.original} => ${e.replacement}    in: ${e.line.slice(0, 100)}`);
}
console.log(`mutation survivors: ${survivors.length - unlisted.length} listed as equivalent, ${unlisted.length} unlisted (of ${survivors.length})`);
process.exit(unlisted.length === 0 ? 0 : 1);
