// Builds the playground: bundles docs/playground/main.ts with the library's built ESM bundle
// (dist/index.js, so run `npm run build` first) into docs/playground/playground.js, one classic script
// that also runs from file://. `--site` also completes the playground in the built docs site.
//   node scripts/playground.mjs [--site]
import { build } from "esbuild";
import { cpSync, existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = `${root}docs/playground/`;
if (!existsSync(`${root}dist/index.js`)) {
  console.error("playground: dist/index.js is missing; run `npm run build` first");
  process.exit(1);
}
await build({
  entryPoints: [`${dir}main.ts`],
  outfile: `${dir}playground.js`,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  // The page takes the library as published: the built ESM bundle, not the sources.
  alias: { "dpa-afx-parser": `${root}dist/index.js` },
  tsconfigRaw: {},
  loader: { ".txt": "text" },
  logLevel: "warning",
});
// The docs site: typedoc copies the page linked from docs/guides/playground.md into docs/api/media/;
// its script and style go beside that copy, so the link in the site opens a working playground.
if (process.argv.includes("--site")) {
  const media = `${root}docs/api/media/`;
  const page = readFileSync(`${dir}index.html`, "utf8");
  const copy = existsSync(media) ? readdirSync(media).find((f) => f.endsWith(".html") && readFileSync(`${media}${f}`, "utf8") === page) : undefined;
  if (!copy) {
    console.error("playground: typedoc did not copy docs/playground/index.html into docs/api/media; run `npm run docs`");
    process.exit(1);
  }
  for (const f of ["playground.css", "playground.js", "playground.js.map"]) cpSync(`${dir}${f}`, `${media}${f}`);
  console.log(`playground: docs/api/media/${copy}`);
}
console.log(`playground: ${dir}index.html`);
