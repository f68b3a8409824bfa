// Build step: the JSON Schema of ArticleJSON (the JSON form of an Article), written to dist/schema.json
// and shipped as `dpa-afx-parser/schema.json`.
import { writeFileSync, mkdirSync } from "node:fs";
import { createGenerator } from "ts-json-schema-generator";

const generate = (path, type) =>
  createGenerator({ path, tsconfig: "tsconfig.json", type, expose: "export", topRef: true, jsDoc: "extended", additionalProperties: false, skipTypeCheck: true }).createSchema(type);
const schema = generate("src/article/json.ts", "ArticleJSON");
// Extension fields declared beside their grammars (module augmentation, which the generator does not
// follow): `rating`, set by the dpaAfxRatings grammar. Optional, so default Articles validate as before.
const rating = generate("src/ratings/extract.ts", "Rating");
for (const [name, definition] of Object.entries(rating.definitions)) {
  if (schema.definitions[name] && JSON.stringify(schema.definitions[name]) !== JSON.stringify(definition)) {
    throw new Error(`schema: two different definitions of ${name}`);
  }
  schema.definitions[name] = definition;
}
schema.definitions.ArticleJSON.properties.rating = {
  anyOf: [{ $ref: "#/definitions/Rating" }, { type: "null" }],
  description: "The analyst rating the text reports (grammars with the `rating` refiner, such as `dpaAfxRatings`); null when none.",
};
schema.$id = "https://unpkg.com/dpa-afx-parser/dist/schema.json";
schema.title = "dpa-afx-parser Article (JSON form)";
mkdirSync("dist", { recursive: true });
writeFileSync("dist/schema.json", JSON.stringify(schema, null, 2) + "\n");
console.log(`schema.json: ${Object.keys(schema.definitions ?? {}).length} definitions`);
