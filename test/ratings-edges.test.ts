// The edges of the rating extractor, case by case (written against the survivors of mutation testing):
// each currency and institute descriptor, every headline verb, kept and initiated targets, positions
// that must stay inside their node, and the disagreement diagnostic. Texts are our own.
import { describe, expect, it } from "vitest";
import { dpaAfxRatings, extractRating, parseArticle, parseStream, type Position } from "../src/index.js";

// Written out, not read from the vocabulary: a test that reads the table it checks cannot fail.
const CURRENCIES: Record<string, string> = { Euro: "EUR", Franken: "CHF", Pence: "GBX", Pfund: "GBP", Dollar: "USD", "US-Dollar": "USD", Yen: "JPY", Kronen: "SEK" };
const DESCRIPTORS = ["Investmentbank", "US-Investmentbank", "US-Bank", "Analysehaus", "US-Analysehaus", "Researchhaus", "Research-Haus", "Privatbank", "Bankhaus", "Großbank", "Landesbank", "Bank", "Finanzdienstleister", "Broker"];

const flash = (lead: string, headline = "") => `${headline ? `${headline}\n\n` : ""}FRANKFURT (dpa-AFX Analyser) - ${lead}/ab/cd`;
const rate = (lead: string, headline = "") => extractRating(parseArticle(flash(lead, headline)));
const slice = (input: string, p: Position | undefined) => (p ? input.slice(p.start.offset, p.end.offset) : null);

describe("rating extractor edges", () => {
  it("reads every currency word of the vocabulary as its ISO code", () => {
    for (const [word, code] of Object.entries(CURRENCIES)) {
      const r = rate(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von 10 auf 12 ${word} angehoben.`)!;
      expect([word, r.target]).toEqual([word, { value: 12, currency: code }]);
      expect(r.previousTarget).toEqual({ value: 10, currency: code });
    }
  });

  it("drops every institute descriptor before the name", () => {
    for (const d of DESCRIPTORS) {
      const r = rate(`Die ${d} Nordlicht hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.`)!;
      expect([d, r.institute]).toEqual([d, "Nordlicht"]);
    }
  });

  it("drops a city's adjective before a descriptor, and reads the company of a share class", () => {
    const rows: [string, "institute" | "company", string][] = [
      ['Das Kieler Bankhaus Nordlicht hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', "institute", "Nordlicht"],
      ['Die Münchner Privatbank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', "institute", "Lindqvist"],
      // No descriptor after it: the capitalised word is the name's.
      ['Die Hamburger Sparkasse hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', "institute", "Hamburger Sparkasse"],
      ['Die Bremer Landesbank Nord hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', "institute", "Nord"],
      ['Die Bank Lindqvist hat die Einstufung für die Vorzugsaktien von Hopfenthal auf "Kaufen" belassen.', "company", "Hopfenthal"],
      ['Die Bank Lindqvist hat die Einstufung für Hopfenthal-Vorzugsaktien auf "Kaufen" belassen.', "company", "Hopfenthal"],
      ["Die Bank Lindqvist hat das Kursziel für die Stammaktien der Brauerei Nord von 10 auf 12 Euro angehoben.", "company", "Brauerei Nord"],
      ['Die Bank Lindqvist hat die Einstufung für Hopfenthal-Vorzüge auf "Kaufen" belassen.', "company", "Hopfenthal"],
      // A hyphenated name is no share class.
      ['Die Bank Lindqvist hat die Einstufung für Hopfenthal-Werke auf "Kaufen" belassen.', "company", "Hopfenthal-Werke"],
    ];
    for (const [lead, key, value] of rows) {
      const input = flash(lead);
      const r = extractRating(parseArticle(input))!;
      expect([lead, r[key], slice(input, r.positions[key])]).toEqual([lead, value, value]);
    }
  });

  it("reads thousands separators and decimal commas", () => {
    expect(rate("Die Bank Lindqvist hat das Kursziel für Hopfenthal von 1.200 auf 1.450,50 Euro angehoben.")!.target).toEqual({ value: 1450.5, currency: "EUR" });
    expect(rate("Die Bank Lindqvist hat das Kursziel für Hopfenthal von 12.5 auf 13.75 Euro angehoben.")!.target).toEqual({ value: 13.75, currency: "EUR" });
  });

  it("tells raise from lower by the verb, and downgrades from upgrades", () => {
    const verbs = [
      ["angehoben", "raise"], ["erhöht", "raise"], ["heraufgesetzt", "raise"], ["hochgesetzt", "raise"], ["hochgeschraubt", "raise"], ["nach oben geschraubt", "raise"], ["nach oben genommen", "raise"],
      ["gesenkt", "lower"], ["reduziert", "lower"], ["gekappt", "lower"], ["herabgesetzt", "lower"], ["heruntergesetzt", "lower"], ["gekürzt", "lower"], ["verringert", "lower"], ["abgesenkt", "lower"],
      ["zurückgenommen", "lower"], ["zurückgeschraubt", "lower"], ["nach unten geschraubt", "lower"], ["nach unten genommen", "lower"],
    ] as const;
    for (const [verb, action] of verbs) {
      // The verb, not the numbers, gives the direction: from 10 to 12 and lowered reads "lower".
      expect([verb, rate(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von 10 auf 12 Euro ${verb}.`)!.targetAction]).toEqual([verb, action]);
      const to = rate(`Die Bank Lindqvist hat das Kursziel für Hopfenthal auf 12 Euro ${verb}.`)!;
      expect([verb, to.target, to.previousTarget, to.targetAction]).toEqual([verb, { value: 12, currency: "EUR" }, null, action]);
    }
    // A neutral verb takes its direction from the numbers.
    for (const verb of ["angepasst", "revidiert"]) {
      expect([verb, rate(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von 10 auf 12 Euro ${verb}.`)!.targetAction]).toEqual([verb, "raise"]);
      expect([verb, rate(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von 12 auf 10 Euro ${verb}.`)!.targetAction]).toEqual([verb, "lower"]);
    }
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Kaufen" auf "Halten" abgestuft.')!.ratingAction).toBe("downgrade");
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" heraufgestuft.')!.ratingAction).toBe("upgrade");
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Kaufen" auf "Halten" herabgestuft.')!.ratingAction).toBe("downgrade");
    // A target change needs a target word before it.
    expect(rate("Die Bank Lindqvist hat den Umsatz von 10 auf 12 Euro angehoben.")).toBeNull();
  });

  it("reads initiations and kept ratings with their targets, and their positions", () => {
    const i = flash('Die Bank Lindqvist hat Hopfenthal mit "Kaufen" und einem Kursziel von 46 Euro in die Bewertung aufgenommen.');
    const ri = extractRating(parseArticle(i))!;
    expect(ri).toMatchObject({ rating: "Kaufen", ratingAction: "initiate", target: { value: 46, currency: "EUR" }, targetAction: null });
    expect(slice(i, ri.positions.target)).toBe("46 Euro");
    expect(slice(i, ri.positions.ratingAction)).toBe("Bewertung aufgenommen");
    const bare = rate('Die Bank Lindqvist hat Hopfenthal mit "Kaufen" in die Bewertung aufgenommen.')!;
    expect([bare.rating, bare.ratingAction, bare.target]).toEqual(["Kaufen", "initiate", null]);
    const k = flash('Die Bank Lindqvist hat Hopfenthal auf "Halten" mit einem Kursziel von 30 Euro belassen.');
    const rk = extractRating(parseArticle(k))!;
    expect(rk).toMatchObject({ rating: "Halten", ratingAction: "reiterate", target: { value: 30, currency: "EUR" }, targetAction: "keep" });
    expect(slice(k, rk.positions.ratingAction)).toBe("belassen");
    expect(slice(k, rk.positions.target)).toBe("30");
    const plain = rate('Die Bank Lindqvist hat Hopfenthal auf "Halten" belassen.')!;
    expect([plain.target, plain.targetAction]).toEqual([null, null]);
    const t = flash("Die Bank Lindqvist hat Hopfenthal mit einem Kursziel von 30 Euro belassen.");
    const rt = extractRating(parseArticle(t))!;
    expect(rt).toMatchObject({ rating: null, target: { value: 30, currency: "EUR" }, targetAction: "keep" });
    expect(slice(t, rt.positions.target)).toBe("30 Euro");
    // Kept at a level after a rating change: `das Kursziel aber bei 25 Euro belassen`.
    for (const kept of ["das Kursziel aber bei 25 Euro belassen", "das Kursziel jedoch bei 25 Euro belassen", "das Kursziel bei 25 Euro belassen"]) {
      const r = rate(`Die Bank Lindqvist hat Hopfenthal von "Reduce" auf "Hold" hochgestuft, ${kept}.`)!;
      expect([kept, r.rating, r.ratingAction, r.target, r.targetAction]).toEqual([kept, "Hold", "upgrade", { value: 25, currency: "EUR" }, "keep"]);
    }
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Reduce" auf "Hold" hochgestuft, das Kursziel aber bei 25 Euro gesehen.')!.target).toBeNull();
  });

  it("reads a rating confirmed with its target beside it", () => {
    for (const [words, verb] of [["und einem Kursziel", "bestätigt"], ["und dem Kursziel", "bekräftigt"], ["und einem fairen Wert", "beibehalten"], ["und einem Ziel", "bestätigt"]] as const) {
      const text = flash(`Die Bank Lindqvist hat Hopfenthal vor Zahlen mit "Buy" ${words} von 26,50 Euro ${verb}.`);
      const r = extractRating(parseArticle(text))!;
      expect([words, r.rating, r.ratingAction, r.target, r.targetAction]).toEqual([words, "Buy", "reiterate", { value: 26.5, currency: "EUR" }, "keep"]);
      expect(slice(text, r.positions.ratingAction)).toBe(verb);
      expect(slice(text, r.positions.target)).toBe("26,50");
    }
    // Without a target word between them, the rating and its verb are no confirmation.
    expect(rate('Die Bank Lindqvist hat Hopfenthal mit "Buy" und einem Plus von 26 Euro bestätigt.')).toBeNull();
  });

  it("reads the company after `die Bewertung der Aktie von`", () => {
    const r = rate('Die Bank Lindqvist hat die Bewertung der Aktie von Hopfenthal mit "Overweight" und einem Kursziel von 90 Euro wieder aufgenommen.')!;
    expect([r.company, r.rating, r.ratingAction, r.target]).toEqual(["Hopfenthal", "Overweight", "initiate", { value: 90, currency: "EUR" }]);
    expect(rate('Die Bank Lindqvist hat das Kursziel für die Aktie der Hopfenthal AG von 10 auf 12 Euro angehoben.')!.company).toBe("Hopfenthal AG");
  });

  it("reads a target stated in the second sentence, kept where it says so", () => {
    const i = flash('Die Bank Lindqvist hat Hopfenthal mit "Kaufen" in die Bewertung aufgenommen. Das Kursziel liege bei 75 Euro, schrieb Analyst Jan Berg.');
    const ri = extractRating(parseArticle(i))!;
    expect([ri.ratingAction, ri.target, ri.targetAction]).toEqual(["initiate", { value: 75, currency: "EUR" }, null]);
    expect(slice(i, ri.positions.target)).toBe("75 Euro");
    for (const [said, action] of [["Das Kursziel liegt weiterhin bei 75 Euro.", "keep"], ["Das Kursziel beträgt unverändert 75 Euro.", "keep"], ["Der faire Wert lautet 75 Euro.", null]] as const) {
      const r = rate(`Die Bank Lindqvist hat Hopfenthal auf "Kaufen" belassen. ${said}`)!;
      expect([said, r.target, r.targetAction]).toEqual([said, { value: 75, currency: "EUR" }, action]);
    }
    // Only the sentence right after the first, and only a target: a price is none.
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Kaufen" belassen. Der Umsatz liege bei 75 Euro.')!.target).toBeNull();
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Kaufen" belassen. Die Lage sei gut. Das Kursziel liege bei 75 Euro.')!.target).toBeNull();
  });

  it("drops an investment house's descriptor from the institute", () => {
    expect(rate('Das Investmenthaus Bernstein hat Hopfenthal auf "Kaufen" belassen.')!.institute).toBe("Bernstein");
    expect(rate('Das US-Investmenthaus Bernstein hat Hopfenthal auf "Kaufen" belassen.')!.institute).toBe("Bernstein");
  });

  it("reads every headline verb for the target, with the previous target", () => {
    for (const [verb, action] of [["hebt", "raise"], ["erhöht", "raise"], ["senkt", "lower"], ["kappt", "lower"], ["belässt", "keep"]] as const) {
      const input = flash("Die Bank Lindqvist sieht für Hopfenthal weiter Luft nach oben.", `Lindqvist ${verb} Ziel für Hopfenthal von 40 auf 46 Euro - 'Buy'`);
      const r = extractRating(parseArticle(input))!;
      expect([verb, r.targetAction, r.target, r.previousTarget]).toEqual([verb, action, { value: 46, currency: "EUR" }, { value: 40, currency: "EUR" }]);
      expect(slice(input, r.positions.previousTarget)).toBe("von 40");
      expect(slice(input, r.positions.targetAction)).toBe(verb);
      expect(r.positions.previousTarget!.start.line).toBe(1);
    }
    // Without a previous target, none is set.
    const one = rate("Die Bank Lindqvist sieht Luft.", "Lindqvist senkt Ziel für Hopfenthal auf 46 Euro - 'Halten'")!;
    expect([one.previousTarget, one.rating, one.ratingAction]).toEqual([null, "Halten", null]);
  });

  it("takes the looser readings only in analyst texts", () => {
    const later = "Die Bank Lindqvist hat das Kursziel für Hopfenthal angehoben. Das Votum bleibt \"Kaufen\".";
    expect(rate(later)).toMatchObject({ rating: "Kaufen", ratingAction: "reiterate" });
    // The same words in an ordinary message, with nothing of an analyst in its first sentence.
    expect(extractRating(parseArticle('BERLIN (dpa-AFX) - Die Regierung tagte am Montag. Das Votum bleibt "Kaufen"./ab'))).toBeNull();
    expect(extractRating(parseArticle("Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'\n\nBERLIN (dpa-AFX) - Die Regierung tagte./ab"))).toBeNull();
    // "lautet" alone does not say the rating was kept.
    expect(rate('Die Bank Lindqvist hat das Kursziel für Hopfenthal angehoben. Die Einstufung lautet "Kaufen".')).toMatchObject({ rating: "Kaufen", ratingAction: null });
  });

  it("warns where the headline names another rating than the lead, at the headline", () => {
    const input = flash('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', "Lindqvist stuft Hopfenthal auf 'Halten'");
    const r = extractRating(parseArticle(input))!;
    expect(r.diagnostics).toMatchObject([{ code: "rating/disagreement", severity: "warning", position: { start: { line: 1, column: 1 } } }]);
    expect(r.diagnostics[0]!.message).toContain("'Halten'");
    const same = extractRating(parseArticle(flash('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', "Lindqvist stuft Hopfenthal auf 'Kaufen'")))!;
    expect(same.diagnostics).toEqual([]);
  });

  it("places a value only inside its own paragraph, not in a later one", () => {
    // The analyst's name stands in the second paragraph: found in the body, placed there.
    const input = flash('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.\n\nAnalyst Jonas Berg sieht Luft nach oben.');
    const r = extractRating(parseArticle(input))!;
    expect(r.analyst).toBe("Jonas Berg");
    expect(slice(input, r.positions.analyst)).toBe("Jonas Berg");
    // A rating named only after the first paragraph gets no position in the lead.
    expect(r.positions.rating!.start.line).toBe(1);
  });

  it("reads the later sentence's words for a kept rating, and a first sentence ending without a space", () => {
    const base = "Die Bank Lindqvist hat das Kursziel für Hopfenthal angehoben.";
    const cases: [string, string | null, string | null][] = [
      ['Die Einstufung lautet weiterhin "Kaufen".', "reiterate", "weiterhin"],
      ['Das Votum bleibt "Kaufen".', "reiterate", "bleibt"],
      ['Lindqvist bestätigte die Einstufung "Kaufen".', "reiterate", "bestätigte"],
      ['Die Empfehlung lautet "Kaufen".', null, null],
    ];
    for (const [later, action, words] of cases) {
      const input = flash(`${base} ${later}`);
      const r = extractRating(parseArticle(input))!;
      expect([later, r.rating, r.ratingAction, slice(input, r.positions.ratingAction)]).toEqual([later, "Kaufen", action, words]);
    }
    // The first sentence ends at a full stop before a capital even without a space; the rating of the
    // second sentence is then no part of the first.
    const glued = rate('Die Bank Lindqvist hat das Kursziel für Hopfenthal von 10 auf 12 Euro angehoben.Die Einstufung lautet "Kaufen".')!;
    expect([glued.target, glued.rating]).toEqual([{ value: 12, currency: "EUR" }, "Kaufen"]);
    // A later sentence is read only after the first one: a rating in the first sentence is not "later".
    expect(rate('Die Einstufung lautet "Kaufen", so die Bank Lindqvist zum Kursziel für Hopfenthal.')).toBeNull();
  });

  it("fills from the headline only what the lead lacks, and places each where it was read", () => {
    // The lead names the rating, the headline the target: both are taken, each placed in its own line.
    const input = flash('Die Bank Lindqvist hat Hopfenthal auf "Kaufen" belassen.', "Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'");
    const r = extractRating(parseArticle(input))!;
    expect([r.rating, r.target]).toEqual(["Kaufen", { value: 46, currency: "EUR" }]);
    expect(r.positions.rating!.start.line).toBe(3);
    expect(r.positions.target!.start.line).toBe(1);
    // The headline's 'Buy' closes it after a dash, not after "auf": no disagreement is claimed.
    expect(r.diagnostics.map((d) => d.code)).toEqual([]);
    // A lead with rating and target never reads the headline.
    const full = extractRating(parseArticle(flash('Die Bank Lindqvist hat Hopfenthal auf "Kaufen" mit einem Kursziel von 30 Euro belassen.', "Lindqvist senkt Ziel für Hopfenthal auf 20 Euro - 'Sell'")))!;
    expect([full.rating, full.target, full.targetAction]).toEqual(["Kaufen", { value: 30, currency: "EUR" }, "keep"]);
    // No headline at all: nothing from there.
    expect(rate("Die Bank Lindqvist hat das Kursziel für Hopfenthal angehoben.")).toBeNull();
  });

  it("reads analysts of two and three names, and the name after a verb of saying", () => {
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft. Analystin Mira Lea Köhler sieht Potenzial.')!.analyst).toBe("Mira Lea Köhler");
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft. Die Aktie sei günstig, schrieb Mira Köhler in einer Studie.')!.analyst).toBe("Mira Köhler");
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft. Die Aktie sei günstig, schrieb Mira Köhler.')!.analyst).toBe("Mira Köhler");
    // Two capitalised words after "so" that run on into a capitalised word are no name.
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft. Das sei so Mira Köhler Studie zufolge.')!.analyst).toBeNull();
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.')!.analyst).toBeNull();
  });

  it("reads no analyst from a quoted list's name, and an apostrophe only inside a name", () => {
    const lead = 'Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.';
    for (const [q, q2] of [["'", "'"], ['"', '"'], ["„", "“"], ["‚", "‘"], ["»", "«"]]) {
      const text = `${lead} Die Aktie steht auf der ${q}Analyst Focus List${q2} von Lindqvist. Analystin Mira Köhler sieht Potenzial.`;
      expect([q, rate(text)!.analyst]).toEqual([q, "Mira Köhler"]);
    }
    expect(rate(`${lead} Analyst Sean O'Neill sieht Potenzial.`)!.analyst).toBe("Sean O'Neill");
    // The name ends before a full stop, a comma, a semicolon or a colon as before a small word.
    for (const end of [".", ",", ";", ":"]) expect([end, rate(`${lead} Das Ziel sei erreichbar, schrieb Analystin Mira Köhler${end}`)!.analyst]).toEqual([end, "Mira Köhler"]);
    expect(rate(`${lead} Das Ziel sei erreichbar, schrieb Analystin Mira Köhler!`)!.analyst).toBeNull();
    // A closing quotation mark after two capitalised words ends no name, after a verb of saying either.
    expect(rate(`${lead} Die Aktie sei günstig, so Mira Köhler' vom Team.`)!.analyst).toBeNull();
    expect(rate(`${lead} Die Aktie sei günstig, so Mira Köhler.`)!.analyst).toBe("Mira Köhler");
    expect(rate(`${lead} Die Aktie sei günstig, so Mira O'.`)!.analyst).toBeNull();
  });

  it("reads a target change only where a target word stands before it", () => {
    // The target word after the change does not make the change a target's.
    const r = rate('Die Bank Lindqvist hat Hopfenthal auf "Halten" belassen und den Umsatz von 10 auf 12 Euro angehoben, das Kursziel bleibt.')!;
    expect([r.rating, r.target, r.targetAction]).toEqual(["Halten", null, null]);
  });

  it("takes no rating from a headline that names none", () => {
    const r = rate("Die Bank Lindqvist hat das Kursziel für Hopfenthal von 10 auf 12 Euro angehoben.", "Lindqvist hebt Ziel für Hopfenthal")!;
    expect([r.rating, r.target]).toEqual([null, { value: 12, currency: "EUR" }]);
  });

  it("finds the quoted analyst across a paragraph break, as the text reads", () => {
    const r = rate('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft. Die Aktie sei günstig, so\n\nMira Köhler sagte das in einer Studie.')!;
    expect(r.analyst).toBe("Mira Köhler");
  });

  it("cuts a share class only from the end of the company's name", () => {
    const company = (name: string) => rate(`Die Investmentbank Lindqvist hat das Kursziel für ${name} von 10 auf 12 Euro angehoben.`)!.company;
    expect(company("Hopfenthal-Vorzugsaktien")).toBe("Hopfenthal");
    expect(company("Hopfenthal-Aktien-Treuhand")).toBe("Hopfenthal-Aktien-Treuhand");
  });
  it("places a value whose words a line break, several spaces or an entity part in the text (its text reads with one space)", () => {
    const wrapped = (lead: string) => {
      const input = `FRANKFURT (dpa-AFX Analyser) - ${lead}/ab/cd`;
      const r = extractRating(parseArticle(input))!;
      return [r.company, r.target, slice(input, r.positions.company), slice(input, r.positions.target)];
    };
    expect(wrapped("Die Investmentbank Lindqvist hat das Kursziel für Hopfenthal von 10 auf 12\nEuro angehoben.")).toEqual(["Hopfenthal", { value: 12, currency: "EUR" }, "Hopfenthal", "12\nEuro"]);
    expect(wrapped("Die Investmentbank Lindqvist hat das Kursziel für Hopfenthal\r\nBrau von 10 auf 12 Euro angehoben.")).toEqual(["Hopfenthal Brau", { value: 12, currency: "EUR" }, "Hopfenthal\r\nBrau", "12 Euro"]);
    expect(wrapped("Die Investmentbank Lindqvist hat das Kursziel für Hopfenthal&nbsp;Brau von 10 auf 12&nbsp;Euro angehoben.")).toEqual(["Hopfenthal Brau", { value: 12, currency: "EUR" }, "Hopfenthal&nbsp;Brau", "12&nbsp;Euro"]);
    expect(wrapped("Die Investmentbank Lindqvist hat das Kursziel für Hopfenthal   Brau von 10 auf 12 Euro angehoben.")).toEqual(["Hopfenthal Brau", { value: 12, currency: "EUR" }, "Hopfenthal   Brau", "12 Euro"]);
    // The first place the lead states it, in any spacing.
    const twice = flash('Die Bank Lindqvist hat Hopfenthal\nAG von "Halten" auf "Kaufen" hochgestuft, die Hopfenthal AG sei günstig.');
    const rt = extractRating(parseArticle(twice))!;
    expect(rt.positions.company!.start.offset).toBe(twice.indexOf("Hopfenthal\nAG"));
    // A value the lead writes with another entity (`&amp;`) is not placed, not even where a later paragraph writes it plainly.
    const amp = extractRating(parseArticle(flash('Die Bank Lindqvist hat Nord &amp; Berg von "Halten" auf "Kaufen" hochgestuft.\n\nDie Nord & Berg Aktie stieg.')))!;
    expect([amp.company, amp.positions.company, amp.rating]).toEqual(["Nord & Berg", undefined, "Kaufen"]);
    // So is a value of one word the lead writes with an entity inside (`Hopfen&shy;thal`).
    const shy = extractRating(parseArticle(flash('Die Bank Lindqvist hat Hopfen&shy;thal von "Halten" auf "Kaufen" hochgestuft.')))!;
    expect([shy.company, shy.positions.company, shy.rating]).toEqual(["Hopfenthal", undefined, "Kaufen"]);
  });
  it("places a value only where the lead writes it: not in a later paragraph, not from a word 'null'", () => {
    // The company is hard-wrapped in the lead ("Hopfenthal" / "AG"): found there by its words; the later
    // paragraph that writes it on one line is no place for it.
    const input = flash('Die Bank Lindqvist hat Hopfenthal\nAG von "Halten" auf "Kaufen" hochgestuft.\n\nDie Hopfenthal AG legte zu.');
    const r = extractRating(parseArticle(input))!;
    expect(r.company).toBe("Hopfenthal AG");
    expect(slice(input, r.positions.company)).toBe("Hopfenthal\nAG");
    expect(r.positions.company!.start.offset).toBe(input.indexOf("Hopfenthal\nAG"));
    expect(slice(input, r.positions.rating)).toBe("Kaufen");
    // A field without a value gets no position, even where the text holds the word "null".
    const n = extractRating(parseArticle(flash('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft, null Risiko.')))!;
    expect([n.analyst, n.positions.analyst, n.previousTarget, n.positions.previousTarget]).toEqual([null, undefined, null, undefined]);
  });

  it("gives lines and columns of values on a later line of a hard-wrapped lead", () => {
    const input = flash('Die Bank Lindqvist hat Hopfenthal\nvon "Halten" auf "Kaufen" hochgestuft.');
    const r = extractRating(parseArticle(input))!;
    const p = r.positions.rating!;
    const lines = input.split("\n");
    expect(lines[p.start.line - 1]!.slice(p.start.column - 1, p.end.column - 1)).toBe("Kaufen");
    expect(p.start.line).toBe(2);
  });

  it("places values whose words a no-break space joins, at the input's own offsets", () => {
    const input = flash('Die Bank of\u00a0Nordland hat Hopfenthal\u00a0Brau von "Halten" auf "Kaufen"\u00a0hochgestuft. Analystin Mira\u00a0Köhler sieht Potenzial.');
    const r = extractRating(parseArticle(input))!;
    expect([r.institute, r.company, r.analyst]).toEqual(["Bank of Nordland", "Hopfenthal Brau", "Mira Köhler"]);
    expect(slice(input, r.positions.institute)).toBe("Bank of\u00a0Nordland");
    expect(slice(input, r.positions.company)).toBe("Hopfenthal\u00a0Brau");
    expect(slice(input, r.positions.analyst)).toBe("Mira\u00a0Köhler");
    expect(slice(input, r.positions.ratingAction)).toBe("hochgestuft");
  });

  it("keeps a headline's position for a field read there, even where the lead writes the same word", () => {
    const input = flash("Die Bank Lindqvist hat das Kursziel für Hopfenthal angehoben, ein Buy bleibt es.", "Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'");
    const r = extractRating(parseArticle(input))!;
    expect(r.rating).toBe("Buy");
    expect(r.positions.rating!.start.line).toBe(1);
  });

  it("fills only the rating from the headline where the lead states the target", () => {
    const r = rate("Die Bank Lindqvist hat das Kursziel für Hopfenthal von 40 auf 46 Euro angehoben.", "Lindqvist hebt Ziel für Hopfenthal auf 46 Euro - 'Buy'")!;
    expect([r.rating, r.target, r.previousTarget]).toEqual(["Buy", { value: 46, currency: "EUR" }, { value: 40, currency: "EUR" }]);
    expect(r.positions.rating!.start.line).toBe(1);
    expect(r.positions.target!.start.line).toBe(3);
  });

  it("places values of a later message of a stream inside its own lead", async () => {
    const second = 'FRANKFURT (dpa-AFX Analyser) - Die Bank Lindqvist hat Hopfenthal\nAG von "Halten" auf "Kaufen" hochgestuft.\n\nDie Hopfenthal AG legte zu./ab';
    const feed = `KIEL (dpa-AFX) - Erster Text./cd\n\n${second}\n`;
    const out = [];
    for await (const a of parseStream((async function* () { yield feed; })(), { grammar: dpaAfxRatings })) out.push(a);
    const r = out[1]!.rating!;
    expect(r.company).toBe("Hopfenthal AG");
    expect(slice(feed, r.positions.company)).toBe("Hopfenthal\nAG");
    expect(r.positions.company!.start).toEqual({ line: 3, column: 55, offset: feed.indexOf("Hopfenthal\nAG") });
    expect(slice(feed, r.positions.rating)).toBe("Kaufen");
  });

  it("reads an article without its source text (a copy): the fields, no positions", () => {
    const a = parseArticle(flash('Die Bank Lindqvist hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.'));
    const copy = structuredClone(a);
    const r = extractRating(copy)!;
    expect([r.rating, r.institute]).toEqual(["Kaufen", "Lindqvist"]);
    expect(r.positions).toEqual({});
  });

  it("reads nothing from a text without paragraphs, and the ratings grammar is named", () => {
    expect(extractRating(parseArticle("Nur ein Titel"))).toBeNull();
    expect(extractRating(parseArticle(""))).toBeNull();
    const overview = parseArticle("Dax legt zu\n\nFRANKFURT - Die Bank Lindqvist hat Hopfenthal von \"Halten\" auf \"Kaufen\" hochgestuft.\n\nÖl fällt\n\nNEW YORK - Öl wurde billiger./ab");
    expect(overview.sections).toEqual([]);
    expect(extractRating(overview)).toMatchObject({ rating: "Kaufen" });
    expect(dpaAfxRatings.id).toBe("dpa-afx-ratings");
    expect(dpaAfxRatings.refiners.map((r) => r.name)).toContain("rating");
  });

  it("reads ratings in the wild: Votum, a neutral target word, a rating kept in a later sentence, an archive flash", () => {
    const votum = rate('Die Investmentbank Lindqvist hat das Votum für Hopfenthal um zwei Stufen von "Underweight" auf "Buy" angehoben und das Kursziel von 30 auf 41 Euro erhöht.')!;
    expect([votum.company, votum.previousRating, votum.rating, votum.ratingAction, votum.targetAction]).toEqual(["Hopfenthal", "Underweight", "Buy", "upgrade", "raise"]);
    const down = rate('Die Bank Lindqvist hat das Votum für Hopfenthal von "Buy" auf "Hold" gesenkt.')!;
    expect([down.rating, down.ratingAction]).toEqual(["Hold", "downgrade"]);
    // "angepasst": the direction comes from the numbers.
    const adjusted = (from: string, to: string) => rate(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von ${from} auf ${to} Euro angepasst, aber die Einstufung auf "Buy" belassen.`)!;
    expect([adjusted("8,00", "5,60").targetAction, adjusted("8,00", "5,60").target, adjusted("8,00", "5,60").previousTarget]).toEqual(["lower", { value: 5.6, currency: "EUR" }, { value: 8, currency: "EUR" }]);
    expect(adjusted("5", "7").targetAction).toBe("raise");
    expect(adjusted("7", "7").targetAction).toBe("keep");
    expect(rate('Die Bank Lindqvist hat das Kursziel für Hopfenthal von 9 auf 8 Euro revidiert. Die Einstufung bleibt "Hold".')!.targetAction).toBe("lower");
    expect([adjusted("8,00", "5,60").rating, adjusted("8,00", "5,60").ratingAction]).toEqual(["Buy", "reiterate"]);
    // The rating kept in a later sentence, with words between.
    const kept = rate('Die Bank Lindqvist hat das Kursziel für Hopfenthal von 53 auf 70 Euro angehoben. Die Einstufung beließ Analystin Mira Köhler allerdings auf "Hold".')!;
    expect([kept.rating, kept.ratingAction, kept.analyst]).toEqual(["Hold", "reiterate", "Mira Köhler"]);
    // An archive flash: "ihre Anlageempfehlung für Titel der X ... zurück genommen", the target in the next sentence.
    const archive = rate('Die Lindqvist Bank hat ihre Anlageempfehlung für Titel der Hopfenthal AG von "Buy" auf "Hold" zurück genommen. Das Kursziel wurde in einer Studie vom Montag von 28,50 auf 32,70 Euro erhöht.')!;
    expect([archive.institute, archive.company, archive.previousRating, archive.rating, archive.ratingAction]).toEqual(["Lindqvist Bank", "Hopfenthal AG", "Buy", "Hold", "downgrade"]);
    expect([archive.previousTarget, archive.target, archive.targetAction]).toEqual([{ value: 28.5, currency: "EUR" }, { value: 32.7, currency: "EUR" }, "raise"]);
    // A second sentence that names no target before its numbers is not read.
    const none = rate('Die Bank Lindqvist hat Hopfenthal von "Buy" auf "Hold" zurückgenommen. Der Umsatz soll von 28 auf 32 Euro erhöht werden.')!;
    expect([none.rating, none.target, none.targetAction]).toEqual(["Hold", null, null]);
    // The target named after the numbers, or in a third sentence, does not count either.
    const after = rate('Die Bank Lindqvist hat Hopfenthal von "Buy" auf "Hold" zurückgenommen. Der Umsatz soll von 28 auf 32 Euro erhöht werden, das Kursziel bleibt.')!;
    expect(after.target).toBeNull();
    const third = rate('Die Bank Lindqvist hat Hopfenthal von "Buy" auf "Hold" zurückgenommen. Der Ausblick bleibt. Das Kursziel wurde von 28 auf 32 Euro erhöht.')!;
    expect(third.target).toBeNull();
  });

  it("reads a kept target written before the rating, with the positions of both", () => {
    const input = flash('Die Bank Lindqvist hat die Einstufung für Hopfenthal nach Zahlen mit einem Kursziel von 48 Euro auf "Neutral" belassen.');
    const r = extractRating(parseArticle(input))!;
    expect([r.rating, r.ratingAction, r.target, r.targetAction, r.previousTarget]).toEqual(["Neutral", "reiterate", { value: 48, currency: "EUR" }, "keep", null]);
    expect([slice(input, r.positions.rating), slice(input, r.positions.target), slice(input, r.positions.ratingAction)]).toEqual(["Neutral", "48", "belassen"]);
    // A fair value, and a price in parentheses between value and currency.
    expect(rate('Die Bank Lindqvist hat die Einstufung für Hopfenthal mit einem fairen Wert von 12,50 (Kurs: 11,20) Euro auf "Kaufen" belassen.')!.target).toEqual({ value: 12.5, currency: "EUR" });
  });

  it("reads a change that names only the new rating, unless a kept rating stands before it", () => {
    const input = flash('Die Bank Lindqvist hat Hopfenthal auf "Buy" hochgestuft und das Kursziel von 38 auf 45 Euro angehoben.');
    const up = extractRating(parseArticle(input))!;
    expect([up.rating, up.previousRating, up.ratingAction, up.target, up.targetAction]).toEqual(["Buy", null, "upgrade", { value: 45, currency: "EUR" }, "raise"]);
    expect(slice(input, up.positions.ratingAction)).toBe("hochgestuft");
    for (const verb of ["abgestuft", "herabgestuft", "gesenkt", "zurückgenommen"]) {
      expect([verb, rate(`Die Bank Lindqvist hat Hopfenthal auf "Underweight" ${verb}.`)!.ratingAction]).toEqual([verb, "downgrade"]);
    }
    for (const verb of ["heraufgestuft", "angehoben"]) {
      expect([verb, rate(`Die Bank Lindqvist hat Hopfenthal auf "Overweight" ${verb}.`)!.ratingAction]).toEqual([verb, "upgrade"]);
    }
    const kept = rate('Die Bank Lindqvist hat die Einstufung für Hopfenthal auf "Kaufen" belassen, nachdem sie die Aktie im Mai auf "Halten" abgestuft hatte.')!;
    expect([kept.rating, kept.ratingAction]).toEqual(["Kaufen", "reiterate"]);
    const changedFirst = rate('Die Bank Lindqvist hat Hopfenthal auf "Kaufen" hochgestuft und die Einstufung für Nordhütte auf "Halten" belassen.')!;
    expect([changedFirst.rating, changedFirst.ratingAction]).toEqual(["Kaufen", "upgrade"]);
  });

  it("reads a target change that repeats the currency, or names only the new target after a target word", () => {
    const both = rate("Die Bank Lindqvist hat das Kursziel für Hopfenthal von 22 Euro auf 30 Euro angehoben.")!;
    expect([both.previousTarget, both.target, both.targetAction]).toEqual([{ value: 22, currency: "EUR" }, { value: 30, currency: "EUR" }, "raise"]);
    const input = flash('Die Bank Lindqvist hat Hopfenthal von "Reduce" auf "Hold" hochgestuft und das Kursziel auf 18 Euro angehoben.');
    const to = extractRating(parseArticle(input))!;
    expect([to.target, to.previousTarget, to.targetAction]).toEqual([{ value: 18, currency: "EUR" }, null, "raise"]);
    expect([slice(input, to.positions.target), slice(input, to.positions.targetAction), to.positions.previousTarget]).toEqual(["18 Euro", "angehoben", undefined]);
    expect(rate("Die Bank Lindqvist hat den fairen Wert für Hopfenthal auf 9,50 Euro gesenkt.")!.targetAction).toBe("lower");
    // Only after a target word; a neutral word names no direction, so the bare new value is not read.
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Buy" hochgestuft und die Dividendenschätzung auf 2 Euro angehoben.')!.target).toBeNull();
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Buy" hochgestuft und das Kursziel auf 18 Euro angepasst.')!.target).toBeNull();
    // In the second sentence too.
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Buy" hochgestuft. Das Kursziel wurde auf 18 Euro erhöht.')!.target).toEqual({ value: 18, currency: "EUR" });
  });

  it("reads a currency qualified by its country, in both forms of the adjective", () => {
    // Written out, not read from the vocabulary.
    const QUALIFIED: [string, string][] = [
      ["dänische Kronen", "DKK"], ["dänischen Kronen", "DKK"], ["norwegische Kronen", "NOK"], ["norwegischen Kronen", "NOK"],
      ["schwedische Kronen", "SEK"], ["tschechischen Kronen", "CZK"], ["kanadische Dollar", "CAD"], ["australischen Dollar", "AUD"],
      ["Hongkong-Dollar", "HKD"], ["Schweizer Franken", "CHF"], ["britische Pence", "GBX"], ["britischen Pfund", "GBP"],
    ];
    for (const [word, code] of QUALIFIED) {
      const input = flash(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von 700 auf 750 ${word} angehoben.`);
      const r = extractRating(parseArticle(input))!;
      expect([word, r.target, r.previousTarget?.currency, slice(input, r.positions.target)]).toEqual([word, { value: 750, currency: code }, code, `750 ${word}`]);
      expect([word, rate(`Die Bank Lindqvist hat die Einstufung für Hopfenthal mit einem Kursziel von 900 ${word} auf "Buy" belassen.`)!.target]).toEqual([word, { value: 900, currency: code }]);
    }
  });

  it("reads a resumed coverage as an initiation, and the company after 'die Bewertung von'", () => {
    const forms = ["wieder in die Bewertung aufgenommen", "neu in die Bewertung aufgenommen", "in die Bewertung wiederaufgenommen", "wieder aufgenommen", "neu aufgenommen", "wiederaufgenommen", "aufgenommen"];
    for (const words of forms) {
      const input = flash(`Die Bank Lindqvist hat die Bewertung von Hopfenthal mit "Buy" und einem Kursziel von 85 Euro ${words}.`);
      const r = extractRating(parseArticle(input))!;
      expect([words, r.company, r.rating, r.ratingAction, r.target]).toEqual([words, "Hopfenthal", "Buy", "initiate", { value: 85, currency: "EUR" }]);
      // The action's words from `Bewertung` on, where they name it.
      expect([words, slice(input, r.positions.ratingAction)]).toEqual([words, words.includes("Bewertung") ? words.slice(words.indexOf("Bewertung")) : words]);
    }
    // A target called `Ziel`, and no target at all.
    const ziel = rate('Die Bank Lindqvist hat Hopfenthal mit "Overweight" und einem Ziel von 50 Euro in die Bewertung aufgenommen.')!;
    expect([ziel.rating, ziel.ratingAction, ziel.target]).toEqual(["Overweight", "initiate", { value: 50, currency: "EUR" }]);
    expect(rate('Die Bank Lindqvist hat Hopfenthal mit "Buy" wiederaufgenommen.')).toMatchObject({ rating: "Buy", ratingAction: "initiate", target: null });
    // Without a word of taking up, `mit "Buy"` says nothing.
    expect(rate('Die Bank Lindqvist hat Hopfenthal mit "Buy" wieder genannt.')).toBeNull();
  });

  it("reads no company where the words after 'hat' are the target's numbers", () => {
    const r = rate('Die Bank Lindqvist sieht für Hopfenthal Potenzial und hat das Kursziel von 60 auf 70 Euro angehoben. Die Einstufung lautet weiterhin "Buy".')!;
    expect([r.company, r.rating, r.target?.value, r.previousTarget?.value]).toEqual([null, "Buy", 70, 60]);
    expect(rate('Die Bank Lindqvist hat das Kursziel von 1.250,50 auf 1.300 Euro angehoben.')!.company).toBeNull();
    // A name that opens or ends with a digit is one.
    expect(rate('Die Bank Lindqvist hat 1&1 Versatel von "Hold" auf "Buy" hochgestuft.')!.company).toBe("1&1 Versatel");
    expect(rate('Die Bank Lindqvist hat Hopfenthal 24 von "Hold" auf "Buy" hochgestuft.')!.company).toBe("Hopfenthal 24");
  });

  it("reads the institute whose analysts are the subject, and the company after 'haben'", () => {
    const input = flash('Die Analysten von Lindqvist Research haben Hopfenthal von "Hold" auf "Buy" hochgestuft.');
    const r = extractRating(parseArticle(input))!;
    expect([r.institute, r.company, r.rating, slice(input, r.positions.institute)]).toEqual(["Lindqvist Research", "Hopfenthal", "Buy", "Lindqvist Research"]);
    // Words in lower case before a descriptor are left out, as after "Die" (`bei der Privatbank Nordlicht`).
    expect(rate('Die Experten bei der Privatbank Nordlicht haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nordlicht");
    expect(rate('Die Experten bei Privatbank Nordlicht haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nordlicht");
    expect(rate('Die Analysten von Bank of Nordland haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Bank of Nordland");
    // Only as the sentence's subject, before "haben".
    expect(rate('Hopfenthal wurde auf "Buy" hochgestuft. Die Analysten von Lindqvist haben das begründet.')!.institute).toBeNull();
  });

  it("reads the analysts of an institute in the genitive, the name as after 'Die' (Deutschen Bank: Deutsche Bank)", () => {
    const input = flash('Die Analysten der Nordischen Bank haben Hopfenthal von "Buy" auf "Hold" abgestuft.');
    const r = extractRating(parseArticle(input))!;
    expect([r.institute, r.company, r.rating, r.previousRating, r.ratingAction]).toEqual(["Nordische Bank", "Hopfenthal", "Hold", "Buy", "downgrade"]);
    expect(rate('Die Experten der Lindqvist Bank haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Lindqvist Bank");
    expect(rate('Die Analysten des Bankhauses Nordlicht haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Bankhauses Nordlicht");
    expect(rate('Die Analysten der schwedischen Großbank Lindqvist haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Lindqvist");
    expect(rate('Die Analysten der Norddeutschen Landesbank Lindqvist haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Norddeutsche Landesbank Lindqvist");
    // Only adjectives in -schen before the last word are read as inflected: a name's own word in -en stays
    // (Lindeisen), a name of one word stays, and after "von" nothing is inflected.
    expect(rate('Die Analysten der Lindeisen Bank haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Lindeisen Bank");
    expect(rate('Die Analysten der Nordischen haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nordischen");
    expect(rate('Die Analysten von Nordischen Research haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nordischen Research");
    expect(rate('Die Analysten des Nordischen Bankhauses haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nordischen Bankhauses");
  });

  it("reads an institute's short name in parentheses as the institute", () => {
    const input = flash('Die Landesbank Nordland-Süd (LBNS) hat das Kursziel für Hopfenthal von 80 auf 85 Euro angehoben und die Einstufung auf "Halten" belassen.');
    const r = extractRating(parseArticle(input))!;
    expect([r.institute, slice(input, r.positions.institute), r.rating, r.target]).toEqual(["LBNS", "LBNS", "Halten", { value: 85, currency: "EUR" }]);
    expect(rate('Die Analysten der Landesbank Nordland (Nordla) haben Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nordla");
    // Without a short name, the name as before; a parenthesis that is no short name is no institute's.
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Lindqvist");
    expect(rate('Die Bank Lindqvist (siehe oben) hat Hopfenthal auf "Buy" hochgestuft.')!.institute).toBeNull();
  });

  it("reads the institute of an analyst named with it in one compound (Lindqvist-Analyst Tom Berg)", () => {
    const input = flash('Lindqvist-Analyst Tom Berg hat die Einstufung für Hopfenthal auf "Buy" mit einem Kursziel von 52 Euro belassen.');
    const r = extractRating(parseArticle(input))!;
    expect([r.institute, slice(input, r.positions.institute), r.analyst, slice(input, r.positions.analyst), r.company, r.rating]).toEqual(["Lindqvist", "Lindqvist", "Tom Berg", "Tom Berg", "Hopfenthal", "Buy"]);
    // An analyst in the feminine, after an article; a name of several words joined by hyphens reads with spaces,
    // and its position is the words as written.
    expect(rate('Die Nordlicht-Analystin Mira Köhler hat Hopfenthal von "Hold" auf "Buy" hochgestuft.')).toMatchObject({ institute: "Nordlicht", analyst: "Mira Köhler", ratingAction: "upgrade" });
    const multi = flash('Bank-of-Nordland-Analyst Tom Berg hat Hopfenthal mit "Buy" in die Bewertung aufgenommen.');
    const m = extractRating(parseArticle(multi))!;
    expect([m.institute, slice(multi, m.positions.institute), m.ratingAction]).toEqual(["Bank of Nordland", "Bank-of-Nordland", "initiate"]);
    // Without a name after it, or with "Analyst" not at a word's end, the subject is the institute as written.
    expect(rate('Lindqvist-Analyst hat Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Lindqvist");
    expect(rate('Lindqvist-Analysts Research hat Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Lindqvist-Analysts Research");
    expect(rate('Nord-Lindqvist Research hat Hopfenthal auf "Buy" hochgestuft.')!.institute).toBe("Nord-Lindqvist Research");
  });

  it("reads a rating kept 'bei' as 'auf', and a company confirmed 'mit' its rating", () => {
    const bei = flash('Die Bank Lindqvist hat die Einstufung für Hopfenthal bei "Hold" belassen.');
    const rb = extractRating(parseArticle(bei))!;
    expect([rb.company, rb.rating, rb.ratingAction, slice(bei, rb.positions.ratingAction)]).toEqual(["Hopfenthal", "Hold", "reiterate", "belassen"]);
    const both = rate('Die Bank Lindqvist hat die Einstufung für Hopfenthal bei "Hold" mit einem Kursziel von 30 Euro belassen.')!;
    expect([both.rating, both.target, both.targetAction]).toEqual(["Hold", { value: 30, currency: "EUR" }, "keep"]);
    const first = rate('Die Bank Lindqvist hat die Einstufung für Hopfenthal mit einem Kursziel von 30 Euro bei "Hold" belassen.')!;
    expect([first.rating, first.target, first.targetAction]).toEqual(["Hold", { value: 30, currency: "EUR" }, "keep"]);
    const mit = flash('Die Bank Lindqvist hat Hopfenthal nach Zahlen mit "Buy" bestätigt.');
    const rm = extractRating(parseArticle(mit))!;
    expect([rm.company, rm.rating, rm.ratingAction, slice(mit, rm.positions.ratingAction)]).toEqual(["Hopfenthal", "Buy", "reiterate", "bestätigt"]);
    // A rating named with `mit` but neither confirmed nor taken up is none.
    expect(rate('Die Bank Lindqvist hat Hopfenthal nach Zahlen mit "Buy" verglichen.')).toBeNull();
  });

  it("reads a rating confirmed in the first sentence (die Einstufung \"Halten\" bestätigt)", () => {
    for (const [words, verb] of [['die Einstufung "Halten" bestätigt', "bestätigt"], ['das Votum mit "Halten" bekräftigt', "bekräftigt"], ['die Empfehlung auf "Halten" beibehalten', "beibehalten"]]) {
      const input = flash(`Die Bank Lindqvist hat das Kursziel für Hopfenthal von 80 auf 85 Euro angehoben und ${words}.`);
      const r = extractRating(parseArticle(input))!;
      expect([words, r.rating, r.ratingAction, r.targetAction, slice(input, r.positions.ratingAction)]).toEqual([words, "Halten", "reiterate", "raise", verb]);
    }
    // A kept rating written with "belassen" is read first.
    expect(rate('Die Bank Lindqvist hat Hopfenthal auf "Buy" belassen und die Einstufung "Halten" bestätigt.')!.rating).toBe("Buy");
  });

  it("reads a target moved by a verb before the numbers, in the second sentence, its direction from the numbers", () => {
    for (const [second, from, to, action] of [
      ["Das Kursziel sank von 80 auf 70 Euro.", 80, 70, "lower"],
      ["Das Kursziel senkte sie von 80 auf 70 Euro.", 80, 70, "lower"],
      ["Das Ziel hob der Analyst von 40 Euro auf 44 Euro.", 40, 44, "raise"],
      ["Den fairen Wert erhöhte er von 12,50 auf 13 Euro.", 12.5, 13, "raise"],
    ] as const) {
      const r = rate(`Die Bank Lindqvist hat Hopfenthal von "Buy" auf "Hold" abgestuft. ${second}`)!;
      expect([second, r.previousTarget?.value, r.target, r.targetAction]).toEqual([second, from, { value: to, currency: "EUR" }, action]);
    }
    // Numbers moved by such a verb without a target word before them are no target.
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Buy" auf "Hold" abgestuft. Der Umsatz stieg von 80 auf 90 Euro.')!.target).toBeNull();
    expect(rate('Die Bank Lindqvist hat Hopfenthal von "Buy" auf "Hold" abgestuft. Der Umsatz stieg von 80 auf 90 Euro, das Kursziel blieb.')!.target).toBeNull();
  });

  it("reads an institute whose name joins words with of, de or du", () => {
    for (const name of ["Bank of Nordland", "Banco de Lindqvist", "Crédit du Nord"]) {
      expect([name, rate(`Die ${name} hat Hopfenthal von "Buy" auf "Neutral" abgestuft.`)!.institute]).toEqual([name, name]);
    }
    // A joiner stands only between capitalised words of the name.
    expect(rate('Die Bank Lindqvist of hat Hopfenthal von "Buy" auf "Neutral" abgestuft.')!.institute).toBeNull();
  });
});
