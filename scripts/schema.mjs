// Build step: the JSON Schema of ArticleJSON (the JSON form of an Article), written to dist/schema.json
// and shipped as `dpa-afx-parser/schema.json`.
import { writeFileSync, mkdirSync } from "node:fs";
import { createGenerator } from "ts-json-schema-generator";

const schema = createGenerator({
  path: "src/article/json.ts",
  tsconfig: "tsconfig.json",
  type: "ArticleJSON",
  expose: "export",
  topRef: true,
  jsDoc: "extended",
  additionalProperties: false,
  skipTypeCheck: true,
}).createSchema("ArticleJSON");
schema.$id = "https://unpkg.com/dpa-afx-parser/dist/schema.json";
schema.title = "dpa-afx-parser Article (JSON form)";
mkdirSync("dist", { recursive: true });
writeFileSync("dist/schema.json", JSON.stringify(schema, null, 2) + "\n");
console.log(`schema.json: ${Object.keys(schema.definitions ?? {}).length} definitions`);
