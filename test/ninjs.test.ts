// toNinjs output validates against IPTC's official ninjs schemas (../shared/schemas/ninjs) for every
// corpus text, in versions 3.1 and 2.2.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parseArticle, toNinjs } from "../src/index.js";

const shared = resolve(import.meta.dirname, "..", process.env.DPA_AFX_SHARED ?? "../shared");
const schemaDir = join(shared, "schemas", "ninjs");

// ajv and ajv-formats are CommonJS with a `default` export; under NodeNext the import is the module object.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

function validator(file: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const geo = join(schemaDir, "GeoJSON-schema.json");
  if (existsSync(geo)) ajv.addSchema(JSON.parse(readFileSync(geo, "utf8")));
  return ajv.compile(JSON.parse(readFileSync(join(schemaDir, file), "utf8")));
}

describe("toNinjs", () => {
  const texts: string[] = [];
  // Both batches: the corpus the parser was built on, and the second from sites it was not built on.
  const batch2: string[] = [];
  for (const [corpus, list] of [["corpus", texts], ["corpus-batch2", batch2]] as const) {
    for (const dir of ["seed", "web", "feed", "streams"]) {
      const d = join(shared, corpus, dir);
      if (existsSync(d)) for (const f of readdirSync(d).filter((x) => x.endsWith(".txt"))) list.push(join(d, f));
    }
  }
  it("finds the corpus and the schemas", () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(batch2.length).toBeGreaterThan(30);
    expect(existsSync(join(schemaDir, "ninjs-schema_3.1.json"))).toBe(true);
  });
  for (const [version, file] of [
    ["3.1", "ninjs-schema_3.1.json"],
    ["2.2", "ninjs-schema_2.2.json"],
  ] as const) {
    it(`validates against ninjs ${version} for every text of both batches`, () => {
      const validate = validator(file);
      const bad: string[] = [];
      for (const t of [...texts, ...batch2]) {
        const n = toNinjs(parseArticle(readFileSync(t, "utf8")), { version });
        if (!validate(n)) bad.push(`${t}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
      }
      expect(bad).toEqual([]);
      // The validator bites: an unknown property or a bad date fails.
      expect(validate({ uri: "urn:x:1", signals: ["correction"] })).toBe(false);
      expect(validate({ uri: "urn:x:1", [version === "3.1" ? "versionCreated" : "versioncreated"]: "2026-01-06" })).toBe(false);
    });
  }
  it("signals a correction or a repeat from a headline tag that starts with the word, or from the editorial note", () => {
    const genres = (front: string) => (toNinjs(parseArticle(`${front}\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd`)).genres ?? []).map((g) => g.name);
    expect(genres("WDH: Dax legt zu")).toEqual(["repeat"]);
    expect(genres("KORREKTUR 2: Dax legt zu")).toEqual(["correction"]);
    expect(genres("WDH/KORREKTUR: Dax legt zu")).toEqual(["repeat", "correction"]);
    // Unknown tags in capitals that only hold the word are no signal.
    expect(genres("PRESSEKORREKTUR: Dax legt zu")).toEqual([]);
    expect(genres("SCHNELLWDH: Dax legt zu")).toEqual([]);
    expect(genres("Dax legt zu\n\n(Wiederholung: Text)")).toEqual(["repeat"]);
    expect(genres("Dax legt zu\n\n(Berichtigt wird die Zahl im zweiten Absatz.)")).toEqual(["correction"]);
    expect(genres("Dax legt zu")).toEqual([]);
  });
  it("maps the fields", () => {
    const a = parseArticle("date 2026-01-06\nKORREKTUR/ROUNDUP: Titel\n\n(Berichtigt wird der Kurs.)\n\nNEW YORK/FRANKFURT (dpa-AFX Analyser) - Text./evs/DP/nas");
    const n = toNinjs(a);
    expect(n).toMatchObject({
      type: "text",
      firstCreated: "2026-01-06T00:00:00+01:00",
      versionCreated: "2026-01-06T00:00:00+01:00",
      pubStatus: "usable",
      edNote: "(Berichtigt wird der Kurs.)",
      language: "de",
      headlines: [{ role: "main", contentType: "text/plain", value: "KORREKTUR/ROUNDUP: Titel" }],
      located: "NEW YORK/FRANKFURT",
      places: [
        { name: "NEW YORK", rel: "located" },
        { name: "FRANKFURT", rel: "located" },
      ],
      infoSources: [{ name: "dpa-AFX Analyser", role: "source" }],
      genres: [{ name: "correction", uri: "http://cv.iptc.org/newscodes/signal/correction" }],
      descriptions: [{ role: "trailer", contentType: "text/plain", value: "/evs/DP/nas" }],
    });
    expect(n.uri).toMatch(/^urn:dpa-afx:[0-9a-f]{16}$/);
    expect(toNinjs(a).uri).toBe(n.uri);
    expect(toNinjs(a, { version: "2.2" })).toMatchObject({ pubstatus: "usable", ednote: "(Berichtigt wird der Kurs.)", infosources: [{ name: "dpa-AFX Analyser", role: "source" }] });
  });
});

