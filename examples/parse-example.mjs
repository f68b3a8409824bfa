// Parses the bundled example article and prints the result as JSON.
//   npm run example [-- path/to/article.txt]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArticle, formatDiagnostic } from "../dist/index.js";

const file = process.argv[2] ?? fileURLToPath(new URL("./article.txt", import.meta.url));
const text = readFileSync(file, "utf8");
const article = parseArticle(text);
console.log(JSON.stringify(article, null, 2));
for (const d of article.diagnostics) console.error(formatDiagnostic(text, d));
