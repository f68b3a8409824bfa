#!/usr/bin/env bash
# Release smoke test: pack the package, install the tarball into a fresh folder, and use it from ESM,
# CommonJS and TypeScript (`tsc --noEmit` on a consumer file). Run after `npm run build`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -1)"
cd "$work"
npm init -y >/dev/null
npm pkg set type=module
npm install --silent --no-audit --no-fund "./$tarball" >/dev/null
ln -s "$root/node_modules/typescript" node_modules/typescript
ln -s "$root/node_modules/@types" node_modules/@types
cat > esm.mjs <<'JS'
import { parseArticle } from "dpa-afx-parser";
const a = parseArticle("KIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men");
if (a.trailer?.codes.join("/") !== "kro/DP/men") throw new Error("esm: wrong trailer");
console.log("ok esm");
JS
cat > cjs.cjs <<'JS'
const { parseArticle } = require("dpa-afx-parser");
const a = parseArticle("KIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men");
if (a.dateline?.locations[0] !== "KIEL") throw new Error("cjs: wrong dateline");
console.log("ok cjs");
JS
cat > consumer.ts <<'TS'
import { parseArticle, type Article, type Trailer } from "dpa-afx-parser";
import schema from "dpa-afx-parser/schema.json" with { type: "json" };
const a: Article = parseArticle("KIEL (dpa-AFX) - Text./ab");
const t: Trailer | null = a.trailer;
const codes: string[] = t ? t.codes : [];
export { codes, schema };
TS
cat > tsconfig.json <<'JSON'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "strict": true, "noEmit": true, "resolveJsonModule": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts"] }
JSON
node esm.mjs
node cjs.cjs
node node_modules/typescript/bin/tsc -p tsconfig.json && echo "ok typescript"
