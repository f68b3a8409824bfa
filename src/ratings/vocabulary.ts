/** Words the rating extractor reads, as data: descriptors before an institute's name, currencies. */

/** Nouns that describe an institute before its name: `Die Investmentbank Kepler Cheuvreux hat ...`. */
export const INSTITUTE_DESCRIPTORS: readonly string[] = [
  "Investmentbank",
  "US-Investmentbank",
  "US-Bank",
  "Analysehaus",
  "US-Analysehaus",
  "Researchhaus",
  "Investmenthaus", // `Das Investmenthaus Bernstein`
  "US-Investmenthaus",
  "Research-Haus",
  "Privatbank",
  "Bankhaus", // `Das Bankhaus Metzler`, `Das Düsseldorfer Bankhaus Lampe`
  "Großbank",
  "Landesbank",
  "Bank",
  "Finanzdienstleister",
  "Broker",
];

/** Currency words in targets and their ISO 4217 codes (Pence are GBX, the London quote unit). */
export const CURRENCIES: Readonly<Record<string, string>> = {
  Euro: "EUR",
  Franken: "CHF",
  Pence: "GBX",
  Pfund: "GBP",
  Dollar: "USD",
  "US-Dollar": "USD",
  Yen: "JPY",
  Kronen: "SEK",
};

/**
 * Currency words qualified by their country, where the bare word would give another code (`Kronen` alone are
 * Swedish): `auf 750 dänische Kronen`. Each adjective in `-e` is also read in `-en` (`von 900 dänischen Kronen`).
 */
export const QUALIFIED_CURRENCIES: Readonly<Record<string, string>> = {
  "dänische Kronen": "DKK",
  "norwegische Kronen": "NOK",
  "schwedische Kronen": "SEK",
  "tschechische Kronen": "CZK",
  "kanadische Dollar": "CAD",
  "australische Dollar": "AUD",
  "Hongkong-Dollar": "HKD",
  "Schweizer Franken": "CHF",
  "britische Pence": "GBX",
  "britische Pfund": "GBP",
};

/**
 * Verbs that move a price target up: `das Kursziel von 60 auf 62 Euro angehoben`, `... heraufgesetzt`,
 * `... nach oben geschraubt` (the words of a verb of several are separated by single spaces). A verb of
 * neither list that says no direction (`angepasst`) lets the numbers decide.
 */
export const TARGET_UP: readonly string[] = [
  "angehoben", "erhöht", "heraufgesetzt", "hochgesetzt",
  // colloquial: "screwed up", "taken up"
  "hochgeschraubt", "nach oben geschraubt", "nach oben genommen",
];

/** Verbs that move a price target down: `das Kursziel von 40 auf 36 Euro gesenkt`, `... herabgesetzt`, `... gekürzt`. */
export const TARGET_DOWN: readonly string[] = [
  "gesenkt", "reduziert", "gekappt", "herabgesetzt", "heruntergesetzt", "gekürzt", "verringert", "abgesenkt",
  // "taken back", and the colloquial "screwed down", "taken down"
  "zurückgenommen", "zurückgeschraubt", "nach unten geschraubt", "nach unten genommen",
];

/**
 * Verbs after which a sentence's subject of two capitalised words is the analyst, in the forms an analyst
 * text writes them (reported speech and past): `Anna Lindqvist berücksichtige in ihrer Studie ...`.
 */
export const ANALYST_VERBS: readonly string[] = [
  ...["berücksichtige", "berücksichtigt", "sieht", "sehe", "rechnet", "rechne", "erwartet", "erwarte", "traut", "traue"],
  ...["begründete", "begründet", "begründe", "verwies", "verweist", "verweise", "schrieb", "schreibt", "schreibe"],
  ...["hält", "halte", "bewertet", "bewerte", "betonte", "betont", "betone", "lobte", "lobt", "lobe", "attestiert", "attestiere"],
];

/**
 * Words that make two capitalised words before such a verb no person's name: articles and other words
 * opening a sentence (`Die Bank sehe`), and what an institute's name ends with (`Nordbank Research sehe`).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  ...["Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Eines", "Diese", "Dieser", "Dieses", "Sein", "Seine", "Ihr", "Ihre"],
  ...["Auch", "Zudem", "Jedoch", "Aber", "Und", "So", "Im", "In", "Am", "Auf", "Mit", "Nach", "Bei", "Für", "Vor", "Seit", "Laut", "Wie"],
  ...["Research", "Securities", "Capital", "Partners", "Group", "Markets", "Equities", "Analysten", "Experten", "Aktie", "Papiere"],
  ...INSTITUTE_DESCRIPTORS,
]);
