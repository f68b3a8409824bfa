#!/usr/bin/env bash
# Release smoke test, as a user meets the package: build, pack, install only the tarball (and a TypeScript
# from the registry) into a fresh folder with nothing of this repository's node_modules, then
# - use it from ESM and from CommonJS, both entries (`dpa-afx-parser`, `dpa-afx-parser/grammar`);
# - load `dpa-afx-parser/schema.json` at run time and validate nothing but its shape;
# - compile an ESM and a CommonJS consumer with `skipLibCheck: false`: the published types must be
#   self-contained (the date value a luxon DateTime, not `any`; `article.rating` typed; ninjs typed;
#   declaration merging on ArticleExtensions);
# - run the installed `dpa-afx` bin on a file.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ts_version="$(node -p "require('$root/package.json').devDependencies.typescript")"

(cd "$root" && npm run build >/dev/null)
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y >/dev/null
npm pkg set type=module
npm install --silent --no-audit --no-fund "./$tarball" "typescript@$ts_version" >/dev/null
[ -d node_modules/@types/luxon ] || { echo "FAILED: @types/luxon was not installed with the package"; exit 1; }

cat > feed.txt <<'TXT'
12.03.2026
Werft erhält Auftrag

KIEL (dpa-AFX) - Die Werft baut zwei Fähren für die Reederei./kro/DP/men

13.03.2026
Brauerei hebt Prognose

MÜNCHEN (dpa-AFX) - Die Brauerei traut sich mehr zu./lko/DP/zb
TXT

cat > esm.mjs <<'JS'
import { parseArticle, parseFeed, dpaAfxRatings } from "dpa-afx-parser";
import { extendGrammar, token, choice } from "dpa-afx-parser/grammar";
import schema from "dpa-afx-parser/schema.json" with { type: "json" };
const a = parseArticle("KIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men");
if (a.trailer?.codes.join("/") !== "kro/DP/men") throw new Error("esm: wrong trailer");
const g = extendGrammar(dpaAfxRatings, { id: "x", rules: (base) => ({ dash: (r) => choice(token(/--/y), base.dash(r)) }) });
if (parseArticle("LINZ (dpa-AFX) -- Ein Satz./ab", { grammar: g }).dateline?.locations[0] !== "LINZ") throw new Error("esm: grammar subpath");
if (parseFeed("KIEL (dpa-AFX) - Eins./ab\nKIEL (dpa-AFX) - Zwei./cd").length !== 2) throw new Error("esm: feed");
if (schema.title !== "dpa-afx-parser Article (JSON form)" || !schema.definitions.ArticleJSON) throw new Error("esm: schema.json");
console.log("ok esm");
JS
cat > cjs.cjs <<'JS'
const { parseArticle, dpaAfx } = require("dpa-afx-parser");
const grammar = require("dpa-afx-parser/grammar");
const schema = require("dpa-afx-parser/schema.json");
const a = parseArticle("KIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men");
if (a.dateline?.locations[0] !== "KIEL") throw new Error("cjs: wrong dateline");
if (grammar.dpaAfx !== dpaAfx) throw new Error("cjs: the two entries hand out different grammars");
if (!schema.definitions.ArticleJSON.properties.rating) throw new Error("cjs: schema.json without rating");
console.log("ok cjs");
JS
cat > consumer.ts <<'TS'
import { parseArticle, toNinjs, dpaAfxRatings, type Article, type Trailer } from "dpa-afx-parser";
import { extendGrammar, token, type Parser } from "dpa-afx-parser/grammar";
import type { DateTime } from "luxon";
import schema from "dpa-afx-parser/schema.json" with { type: "json" };

declare module "dpa-afx-parser" {
  interface ArticleExtensions {
    mood?: "calm" | "nervous";
  }
}
type IsAny<T> = 0 extends 1 & T ? true : false;
const a: Article = parseArticle("KIEL (dpa-AFX) - Text./ab", { grammar: dpaAfxRatings });
const t: Trailer | null = a.trailer;
const codes: string[] = t ? t.codes : [];
const when: DateTime | undefined = a.date?.value;
const notAny: IsAny<typeof when> extends false ? true : never = true;
const target: number | null | undefined = a.rating?.target?.value;
const headline: string | undefined = toNinjs(a).headlines?.[0]?.value;
const lower: string | undefined = toNinjs(a, { version: "2.2" }).versioncreated;
const mood: "calm" | "nervous" | undefined = a.mood;
const code: Parser<string> = token(/[a-z]+/y);
const g = extendGrammar(dpaAfxRatings, { id: "y" });
export { codes, when, notAny, target, headline, lower, mood, code, g, schema };
TS
cat > consumer.cts <<'TS'
import { parseArticle } from "dpa-afx-parser";
import grammar = require("dpa-afx-parser/grammar");
const a = parseArticle("KIEL (dpa-AFX) - Text./ab");
const value = a.date?.value.toISO();
const index = new grammar.LineIndex("a\nb");
export { value, index };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "strict": true, "noEmit": true, "resolveJsonModule": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts", "consumer.cts"] }
JSON

# Each step on its own line: under `set -e` a failing command inside `a && b` would not stop the script.
node esm.mjs
node cjs.cjs
node node_modules/typescript/bin/tsc -p tsconfig.json
echo "ok typescript (ESM and CommonJS consumers, skipLibCheck false)"
lines="$(node_modules/.bin/dpa-afx parse feed.txt --format ndjson | wc -l)"
[ "$lines" -eq 2 ] || { echo "FAILED: the installed bin printed $lines lines for 2 messages"; exit 1; }
summary="$(node_modules/.bin/dpa-afx check feed.txt | tail -1)"
[ "$summary" = "1 file, 0 with errors, 0 warnings" ] || { echo "FAILED: the installed bin's check said: $summary"; exit 1; }
echo "ok bin"
