/** Words the rating extractor reads, as data: descriptors before an institute's name, currencies. */

/** Nouns that describe an institute before its name: `Die Investmentbank Kepler Cheuvreux hat ...`. */
export const INSTITUTE_DESCRIPTORS: readonly string[] = [
  "Investmentbank",
  "US-Investmentbank",
  "US-Bank",
  "Analysehaus",
  "US-Analysehaus",
  "Researchhaus",
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
