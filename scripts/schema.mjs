// Build step: the JSON Schema of ArticleJSON (the JSON form of an Article), written to schema.json at the
// package root and shipped as `dpa-afx-parser/schema.json` (at the root, so resolvers without `exports`
// find it too).
import { writeFileSync } from "node:fs";
import { createGenerator } from "ts-json-schema-generator";

const generate = (path, type) =>
  createGenerator({ path, tsconfig: "tsconfig.json", type, expose: "export", topRef: true, jsDoc: "extended", additionalProperties: false, skipTypeCheck: true }).createSchema(type);
const schema = generate("src/article/json.ts", "ArticleJSON");
schema.$id = "https://unpkg.com/dpa-afx-parser/schema.json";
schema.title = "dpa-afx-parser Article (JSON form)";
writeFileSync("schema.json", JSON.stringify(schema, null, 2) + "\n");
console.log(`schema.json: ${Object.keys(schema.definitions ?? {}).length} definitions`);
