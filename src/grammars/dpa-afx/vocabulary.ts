/**
 * The dpa-AFX vocabulary: tags, agencies, footers and notes as commented data. Each list is read by one rule.
 * Extensions copy and extend these objects (they are frozen, deeply); nothing here is matched by hand elsewhere.
 */
import { frozenCopy } from "../../grammar/index.js";

/**
 * A desk tag the headline rule knows, with what it means.
 *
 * @example
 * { tag: "KORREKTUR", meaning: "correction" }
 */
export interface TagEntry {
  /** The tag as written, upper-case tags in upper case. */
  tag: string;
  /** What the tag says about the message. */
  meaning: "repeat" | "correction" | "roundup" | "desk" | "format" | (string & {});
}

/**
 * The vocabulary a dpa-AFX grammar reads: tags, agencies, notes, footers and site labels as data.
 *
 * @example
 * dpaAfx.vocabulary.upperTags.map((t) => t.tag); // ["WDH", "KORREKTUR", "ROUNDUP", ...]
 */
export interface DpaAfxVocabulary {
  /** Upper-case desk tags; a trailing revision number (`ROUNDUP 2`) is allowed on every one. */
  readonly upperTags: readonly TagEntry[];
  /**
   * Suffixes that make any upper-case word a tag (`INDEX-FLASH`, `ANALYSE-FLASH`, `INDEX-MONITOR`).
   */
  readonly upperTagSuffixes: readonly string[];
  /** Minimum length of an unknown all-capitals tag (`WOCHENVORSCHAU`); shorter ones (`VÖB`, `EZB`) are names. */
  readonly minUnknownUpperTag: number;
  /**
   * First words of mixed-case market desk tags (`Aktien Frankfurt Schluss`, `Devisen`, `Ölpreise`).
   * A desk tag is one of these, followed by up to four capitalised words (a place, a phase: `Schluss`).
   */
  readonly deskHeads: readonly string[];
  /** Whole mixed-case tags that fit no pattern. */
  readonly otherTags: readonly string[];
  /**
   * Month names a site's or feed's time stamp writes (`12. Oktober 2023`, `Thu, 12 Oct 2023 14:05:00 GMT`),
   * twelve lists in calendar order, each holding that month's names and abbreviations (matched as written).
   */
  readonly months: readonly (readonly string[])[];
  /** Weekday names and abbreviations a time stamp may open with (`Donnerstag, 12. Oktober 2023`, `Do., 12.10.2023`). */
  readonly weekdays: readonly string[];
  /** Words a site writes before its time stamp (`Veröffentlicht am 12.10.2023 um 14:05 Uhr`, `Stand: 12.10.2023`). */
  readonly stampLabels: readonly string[];
  /** Agencies seen inside dateline parentheses. Others are accepted too and reported as `info`. */
  readonly agencies: readonly string[];
  /**
   * How the agency closing a byline starts (`Von Anna Ringle, dpa-AFX`, `By Jan Berg, Reuters`): a comma
   * part of a byline is an agency when it starts with one of these (case-insensitive), else a name.
   */
  readonly bylineAgencies: readonly string[];
  /**
   * Small words a byline's names may hold besides words with a capital: particles of a name (`Jan van der
   * Berg`, `Karl zu Guttenberg`) and the words between names (`und`). Any other word in small letters, or a
   * first word in small letters, makes the line no byline: `Von der Leyen warnt vor Zöllen` is a headline.
   */
  readonly nameParticles: readonly string[];
  /**
   * Words in capitals that open a place of two or more words (`NEW YORK`, `BAD HOMBURG`). Where a copy glued
   * the headline to the dateline (`... in den USA FRANKFURT (dpa-AFX) - `), a word in capitals before a
   * place's last word belongs to the place only if it is one of these or holds a slash
   * (`PALO ALTO/ROUND ROCK`); otherwise it ends the headline.
   */
  readonly placeOpeners: readonly string[];
  /**
   * Small words that may stand between two words of a place in mixed case (`Frankfurt am Main`,
   * `Halle an der Saale`), read only before a partner agency (`partnerAgencies`).
   */
  readonly placeJoiners: readonly string[];
  /**
   * Agencies whose datelines copies write with the place in mixed case (`Zürich (awp) - `, and
   * `Frankfurt/Main (dpa-AFX) - ` where a site re-cased it); matched without regard to case. Only before
   * one of these is a mixed-case place a dateline.
   */
  readonly partnerAgencies: readonly string[];
  /** How an editorial note's opening words map to its kind (first match wins; case-insensitive). */
  readonly noteKinds: readonly { readonly pattern: RegExp; readonly kind: string }[];
  /**
   * Footer openers by kind, matched at the start of a footer line or right after the trailer. Give them
   * the sticky `y` flag: they are matched in place (the `footers` rule also searches a line for them).
   * `value` finds the footer's datum in its text (its first group, or the whole match), trimmed.
   */
  readonly footers: readonly { readonly kind: string; readonly pattern: RegExp; readonly value?: RegExp }[];
  /** Lines a site prints between headline and dateline (sticky `y` expressions matched at the line start). */
  readonly siteLabels: readonly RegExp[];
  /**
   * Marks a site, feed or news API puts where it cut a teaser, at the end of the body (sticky `y`
   * expressions matched where the mark starts): `[mehr]`, `[weiter]`, `[+1040 chars]`, `(...)`.
   */
  readonly teaserMarks: readonly RegExp[];
  /**
   * Site chrome: navigation and widget lines a site prints around the copy (sticky `y` expressions
   * matched at a line's start above the lead). Such a line is a `chrome` extra, never the headline.
   */
  readonly chrome: readonly RegExp[];
  /**
   * Site chrome above the copy only (sticky `y` expressions matched at a line's start): lines a site
   * prints over the headline that would be content inside the body, such as a quote box's row. Such a
   * line above the lead is a `chrome` extra, never the headline; in the body it stays text.
   */
  readonly frontChrome: readonly RegExp[];
  /**
   * Function words by language (IETF tag to lower-case words of two to eight letters): the `language`
   * refiner counts them to tell which language a text is in.
   */
  readonly languages: Readonly<Record<string, readonly string[]>>;
}

/**
 * The dpa-AFX vocabulary (frozen). Copy and extend it to build a grammar for a neighbour format.
 *
 * @example
 * const mine = { ...dpaAfxVocabulary, agencies: [...dpaAfxVocabulary.agencies, "AFX-Finanz"] };
 */
export const vocabulary: DpaAfxVocabulary = frozenCopy({
  upperTags: Object.freeze([
    { tag: "WDH", meaning: "repeat" }, // Wiederholung: the message is sent again, often with a fix
    { tag: "KORREKTUR", meaning: "correction" }, // a corrected version
    { tag: "ROUNDUP", meaning: "roundup" }, // a summary that grows with revisions: ROUNDUP 2, ROUNDUP 3
    { tag: "GESAMT-ROUNDUP", meaning: "roundup" },
    // The English service's words for the same: `REPEAT/UPDATE 2: Siemens beats forecasts`.
    { tag: "REPEAT", meaning: "repeat" },
    { tag: "CORRECTION", meaning: "correction" },
    { tag: "CORRECTED", meaning: "correction" },
    { tag: "UPDATE", meaning: "roundup" },
    { tag: "EILMELDUNG", meaning: "format" },
    { tag: "EIL", meaning: "format" },
    { tag: "AKTIE IM FOKUS", meaning: "desk" },
    { tag: "AKTIEN IM FOKUS", meaning: "desk" },
    { tag: "WOCHENAUSBLICK", meaning: "desk" },
    { tag: "WOCHENVORSCHAU", meaning: "desk" },
    { tag: "TAGESVORSCHAU", meaning: "desk" },
    { tag: "ANALYSE", meaning: "desk" },
    { tag: "PRESSESCHAU", meaning: "desk" },
    { tag: "MÄRKTE", meaning: "desk" },
    { tag: "FONDS", meaning: "desk" },
  ]),
  upperTagSuffixes: Object.freeze(["-FLASH", "-MONITOR", "-ROUNDUP", "-AUSBLICK", "-VORSCHAU", "-UMFRAGE", "-KOLUMNE"]),
  minUnknownUpperTag: 6,
  deskHeads: Object.freeze([
    "Aktien",
    "Anleihen",
    "Deutsche Anleihen",
    "US-Anleihen",
    "Devisen",
    "Ölpreis",
    "Ölpreise",
    "Goldpreis",
    "Erdgaspreis",
    "Rohstoffe",
    "Metalle",
    "Kryptowährungen",
    "Börse",
    "Stocks", // English service
  ]),
  // Pressestimme: a newspaper's comment quoted as it ran ("Pressestimme: 'FAZ' zu ...").
  otherTags: Object.freeze(["dpa-AFX Überblick", "dpa-AFX-Überblick", "dpa-AFX Börsentag auf einen Blick", "Pressestimme"]),
  // German and English names, full and abbreviated ("Okt", "Oct"), as sites and RSS dates write them.
  months: Object.freeze([
    ["Januar", "January", "Jan"],
    ["Februar", "February", "Feb"],
    ["März", "March", "Mär", "Mar"],
    ["April", "Apr"],
    ["Mai", "May"],
    ["Juni", "June", "Jun"],
    ["Juli", "July", "Jul"],
    ["August", "Aug"],
    ["September", "Sept", "Sep"],
    ["Oktober", "October", "Okt", "Oct"],
    ["November", "Nov"],
    ["Dezember", "December", "Dez", "Dec"],
  ].map((names) => Object.freeze(names))),
  // Each may be followed by "am"/"on" and a colon.
  stampLabels: Object.freeze(["Veröffentlicht", "Aktualisiert", "Zuletzt aktualisiert", "Erschienen", "Stand", "Published", "Updated", "Last updated"]),
  weekdays: Object.freeze(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]),
  agencies: Object.freeze(["dpa-AFX", "dpa-AFX Analyser", "dpa-AFX Broker", "dpa", "APA", "AWP", "dpa-AFX/APA"]),
  // dpa and dpa-AFX, AFX News, APA (Austria), AWP (Switzerland), RTT News, Reuters: prefixes of what
  // follows a byline's last comma ("dpa-AFX", "AWP Finanznachrichten").
  bylineAgencies: Object.freeze(["dpa", "AFX", "APA", "AWP", "RTT", "Reuters"]),
  // Particles of German, Dutch, French, Italian and Spanish names, and the joiners between names.
  nameParticles: Object.freeze(["von", "vom", "van", "der", "den", "de", "des", "di", "da", "du", "del", "la", "le", "zu", "zur", "y", "und", "and", "&"]),
  // First words of places in capitals: American, German and other cities of two or more words.
  placeOpeners: Object.freeze(["NEW", "SAN", "SANTA", "SANKT", "ST.", "SAINT", "LOS", "LAS", "PALO", "MOUNTAIN", "REDWOOD", "MENLO", "SALT", "KANSAS", "FORT", "LONG", "BAD", "BERGISCH", "HONG", "KUALA", "ABU", "TEL", "RIO", "BUENOS", "SAO", "DEN", "LA", "LE", "EL"]),
  // German joiners of place names: Frankfurt am Main, Freiburg im Breisgau, Halle an der Saale,
  // Neumarkt in der Oberpfalz, Rothenburg ob der Tauber.
  placeJoiners: Object.freeze(["am", "an der", "im", "in der", "ob der"]),
  // APA (Austria), AWP and SDA (Switzerland), and dpa's own basic service; and dpa-AFX's own services,
  // whose datelines some sites print in mixed case (`Frankfurt/Main (dpa-AFX) - `).
  partnerAgencies: Object.freeze(["APA", "APA/dpa-AFX", "dpa-AFX/APA", "AWP", "awp/sda", "SDA", "dpa", "dpa-AFX", "dpa-AFX Analyser", "dpa-AFX Broker"]),
  noteKinds: Object.freeze([
    { pattern: /^\(\s*wiederholung/i, kind: "repeat" },
    { pattern: /^\(\s*(?:berichtigt|korrigiert|korrektur)/i, kind: "correction" },
    { pattern: /berichtigt|korrigiert|gestrichen|ergänzt|tippfehler/i, kind: "correction" },
    { pattern: /^\(\s*(?:neu|aktualisiert|ausführliche|mehr|weitere)\b/i, kind: "update" },
  ]),
  footers: Object.freeze([
    { kind: "disclosure", pattern: /Veröffentlichung +der +Original-Studie\b|Erstmalige +Weitergabe +der +Original-Studie\b/y },
    { kind: "notice", pattern: /Hinweis: /y },
    { kind: "analysisDate", pattern: /Datum +der +Analyse: /y },
    { kind: "ratingExplanation", pattern: /Gemäß +der +Einstufung |Analysierendes +Institut /y },
    { kind: "isin", pattern: /ISIN:? +[A-Z]{2}[A-Z0-9]{9}\d(?![A-Za-z\d])/y, value: /[A-Z]{2}[A-Z0-9]{9}\d/ },
    { kind: "source", pattern: /Quelle: |Source: /y, value: /(?:Quelle|Source):(.*)/ }, // `Source:` in English-service copy
    // Also RTT News' `Copyright(c) 2017 RTTNews.com`, and a site's `(c) dpa-AFX 2024`, `(C) 2024 dpa-AFX`: a `(c)`
    // only before a year or an agency (a list's `(c) die dritte Bedingung` is text).
    { kind: "copyright", pattern: /Copyright |Copyright\([cC]\)|© |\([cC]\) +(?=\d{4}\b|dpa|AFX|APA|AWP|RTT|Reuters)/y },
    // RTT News' sign-off in English-service copy: `For comments and feedback contact: editorial@rttnews.com`.
    { kind: "contact", pattern: /For +comments +and +feedback +contact:/y, value: /contact:[ \t]*(\S+)/ },
    // A site's disclaimer under an analyst's flash or a market report: `Alle Angaben ohne Gewähr.`,
    // `Keine Anlageberatung.`, `Haftungsausschluss: ...`. The phrases without a colon end their sentence
    // there (`Keine Anlageberatung sei das, sagte er.` is a sentence).
    { kind: "disclaimer", pattern: /(?:Alle +Angaben +ohne +Gewähr|(?:Dies +ist +)?[Kk]eine +Anlageberatung)(?:[.!]|[ \t]*(?=[\r\n]|$))|Haftungsausschluss:|Disclaimer:/y },
    { kind: "feedStamp", pattern: /[A-Z]{3}\d{4} +\d{4}-\d{2}-\d{2}\/\d{2}:\d{2}\b/y, value: /[A-Z]{3}\d{4}/ },
    { kind: "product", pattern: /dpa-AFX +[A-Za-z]+[ \u00a0]+-[ \u00a0]+die /y },
    // Five marks open a rule line; the footer's text runs on to the line end. A fixed count, never `{5,}`:
    // unbounded repetition over millions of dashes exhausts V8's regular-expression stack.
    { kind: "rule", pattern: /(?<![-=_*])[-=_*]{5}/y },
  ]),
  siteLabels: Object.freeze([
    /dpa-AFX(?: · [^\r\n]{0,40})?[ \t]*(?=[\r\n]|$)/y, // a site's source line: `dpa-AFX · 14:05 Uhr`
    /(?:Autor|Author)[ \t]{0,8}:[ \t]{0,8}dpa-AFX[ \t]*(?=[\r\n]|$)/y, // a site's author line naming the agency: `Autor: dpa-AFX`
    // A time without a day, alone on its line (`14:05 Uhr`, `Heute, 14:05`): no date, never a standfirst.
    /(?:(?:[Hh]eute|[Gg]estern)(?:,[ \t]?|[ \t]))?\d{1,2}:\d{2}(?::\d{2})?(?: Uhr)?[ \t]*(?=[\r\n]|$)/y,
    // A time relative to the page's reading (`vor 2 Stunden`, `3 hours ago`): no date without a clock.
    /vor (?:\d{1,3}|einer|einem|wenigen) (?:Sekunden?|Minuten?|Stunden?|Tag(?:en)?)[ \t]*(?=[\r\n]|$)/y,
    /(?:\d{1,3}|an?) (?:seconds?|minutes?|hours?|days?) ago[ \t]*(?=[\r\n]|$)/y,
    // A reading time, after a separator or not: `Lesedauer: 2 Minuten`, `| Lesezeit: ca. 3 Min.`, `3 min read`.
    /(?:[|·•][ \t]*)?(?:Lesedauer|Lesezeit)(?:[ \t]*:)?[ \t]*(?:ca\.[ \t]*)?\d{1,3}[ \t]*(?:Minuten|Minute|Min\.|Min)[ \t]*(?=[\r\n]|$)/y,
    /\d{1,3}[ \t]*(?:min read|Min\. Lesezeit|Minuten Lesezeit)[ \t]*(?=[\r\n]|$)/y,
  ]),
  chrome: Object.freeze([
    /Erweiterte Funktionen\b/y, // a finance portal's tool menu
    /Weitere Suchergebnisse zu\b/y, // a search page's list heading: `Weitere Suchergebnisse zu "DAX":`
    /Aktien? in diesem Artikel\b/y, // a quote widget: `Aktie in diesem Artikel BASF 41,54 EUR`
    /Zur Startseite\b/y,
    /(?:Diesen )?Artikel (?:drucken|versenden|teilen|merken)\b/y,
    // Links to more of the site's news (`Weitere Nachrichten`, `Mehr News zu Siemens`) and a comment
    // counter alone on its line (`Kommentare (0)`).
    /(?:Weitere|Mehr|Alle|Ähnliche|Verwandte) (?:Nachrichten|Meldungen|News|Artikel)\b/y,
    /Kommentare?[ \t]{0,3}(?:\(\d{1,6}\))?[ \t]*(?=[\r\n]|$)/y,
    // Links to other articles: `Lesen Sie auch: BASF senkt Prognose`, `Mehr zum Thema`.
    /(?:Lesen Sie auch|Mehr zum Thema|Das könnte Sie auch interessieren)\b/y,
    /(?:Anzeige|Werbung)[ \t]*(?=[\r\n]|$)/y, // an advertisement's label, alone on its line
    // The site's buttons and lists, each alone on its line: `Nach oben`, `Zurück zur Übersicht`, `Jetzt
    // kommentieren`, `Drucken`, `Newsletter abonnieren`, `Meistgelesen`, `Back to top`.
    /(?:Nach oben|Zum Seitenanfang|Seitenanfang|Zurück(?: zur (?:Übersicht|Startseite))?|Zur Übersicht|Back to top)[ \t]*(?=[\r\n]|$)/y,
    /(?:(?:Jetzt )?[Kk]ommentieren|Drucken|Teilen|Merken|Versenden|Newsletter(?: abonnieren| bestellen)?|(?:Diesen )?Artikel bewerten|Fehler melden|Print|Share)[ \t]*(?=[\r\n]|$)/y,
    /(?:Top-Themen|Topthemen|(?:Weitere|Ähnliche|Verwandte) Themen|Meistgelesen|Meistgelesene (?:Artikel|Nachrichten)|Most read|Related (?:articles|news|stories))[ \t]*(?=[\r\n]|$)/iy,
    // A link to the full text alone on its line, under a teaser: `Weiterlesen`, `Mehr lesen »`, `Read more`.
    /(?:Weiterlesen|Weiter lesen|Mehr lesen|Mehr|Read more|Continue reading|Zum (?:vollständigen )?Artikel|(?:Ganzen )?Artikel lesen)(?:[ \t]{0,3}(?:[»›]{1,2}|>{2,3}))?[ \t]*(?=[\r\n]|$)/y,
    // A list of the article's tags or share links after a label: `Schlagworte: Nordlicht, Kiel`, `Teilen: Facebook`.
    /(?:Schlagworte|Schlagwörter|Stichworte|Themen|Tags|Teilen)[ \t]{0,3}:[ \t]/y,
    // A reading time alone on its line: `Lesezeit: 2 Minuten`, `Lesedauer: 3 Min`.
    /(?:Lesezeit|Lesedauer)[ \t]{0,3}:[ \t]{0,3}(?:ca\.[ \t]{1,3})?\d{1,3}[ \t]{0,3}(?:Minuten|Minute|Min\.?)[ \t]*(?=[\r\n]|$)/y,
    /(?:Foto|Fotos|Bild|Bildquelle|Bildnachweis|Titelbild)[ \t]{0,3}:[ \t]/y, // a picture's credit: `Foto: Sven Hoppe/dpa`, `Bild: picture alliance / dpa`
    // A breadcrumb: the site's root before a separator (`Startseite › Nachrichten › Aktien`, `Home | News`),
    /(?:Startseite|Home|Homepage)[ \t]{1,3}[›»>|/][ \t]{1,3}/y,
    // or any first step before a guillemet standing between spaces (`Börse › Aktien › Siemens`).
    /[^\r\n›»]{1,40}[ \t][›»][ \t]/y,
    // A menu or share bar filling its line: two to eight names with bars between, each at most three words
    // of letters (`Börse | Aktien | BASF`, `Teilen | Drucken | Merken`); a figure makes it a table's row.
    /\p{L}[\p{L}.&'-]{0,29}(?:[ \t]\p{L}[\p{L}.&'-]{0,29}){0,2}(?:[ \t]{1,3}\|[ \t]{1,3}\p{L}[\p{L}.&'-]{0,29}(?:[ \t]\p{L}[\p{L}.&'-]{0,29}){0,2}){1,7}[ \t]*(?=[\r\n]|$)/uy,
  ]),
  frontChrome: Object.freeze([
    // A quote box's row filling its line: a name of one to four words, a price (a currency or points
    // perhaps), and a signed change, in parentheses or not (`BASF 41,54 EUR +1,2%`, `BASF SE 41,54 € +0,49
    // (+1,19%)`, `DAX 24.123,45 Pkt. -0,8 %`). A headline writes no price before a signed change; in the
    // body such a row is a table's.
    /\p{L}[\p{L}\p{N}.&'/-]{0,29}(?:[ \t]\p{L}[\p{L}\p{N}.&'/-]{0,29}){0,3}:?[ \t]{1,3}\d{1,3}(?:[.,'’]\d{3}){0,4}(?:[.,]\d{1,4})?(?:[ \t]{0,3}(?:EUR|€|USD|\$|CHF|GBP|Pkt\.?|Punkte|Pts\.?))?[ \t]{1,3}\(?[+\-−–±][ \t]?\d{1,6}(?:[.,]\d{1,4})?[ \t]?%?\)?(?:[ \t]{1,3}(?:\/[ \t]{1,3})?\(?[+\-−–±][ \t]?\d{1,6}(?:[.,]\d{1,4})?[ \t]?%\)?)?[ \t]*(?=[\r\n]|$)/uy,
  ]),
  teaserMarks: Object.freeze([
    // A link to the full text: `[mehr]`, `[weiter lesen]`, `[Artikel lesen]`, `(mehr)`, an ellipsis after
    // its word perhaps (`[more...]`, `(mehr…)`).
    /\[(?:mehr|weiter|weiter[ \t]?lesen|mehr lesen|more|read more|continue reading|…|\.\.\.|(?:ganzen )?Artikel lesen|zum Artikel)(?:[ \t]?(?:\.\.\.|…))?\]/iy,
    /\((?:mehr|weiter|weiter[ \t]?lesen|more)(?:[ \t]?(?:\.\.\.|…))?\)/iy,
    /\[\+\d{1,7} chars\]/y, // a news API's count of what it cut: `[+1040 chars]`
    /\((?:\.\.\.|…)\)/y, // an elision in parentheses where a site cut the text: `(...)`
    // A link opened by a guillemet (or two `>` for one) where a site cut the text: `» mehr`, `› Weiterlesen`,
    // `» Artikel lesen`, `>> mehr`.
    /(?:[»›]{1,2}|>{2,3})[ \t]{0,3}(?:weiter[ \t]?lesen|weiter|mehr lesen|mehr|read more|more|(?:ganzen )?Artikel lesen|zum Artikel)/iy,
    // The same link as a word right after the ellipsis that cut the text (`... mehr`, `…Weiterlesen »`),
    // or as the line's last words before a guillemet (`mehr »`, `Weiter lesen ›`, `mehr >>`; the teaser
    // refiner asks it only there).
    /(?:weiter[ \t]?lesen|weiter|mehr lesen|read more|continue reading|more|mehr)(?:[ \t]{0,3}(?:[»›]{1,2}|>{1,3}))?/iy,
  ]),
  // Frequent words that belong to one language only (no "in", "an", "so", "was", "die" in English...).
  languages: {
    de: ["der", "die", "das", "und", "ist", "nicht", "mit", "für", "auf", "den", "dem", "des", "ein", "eine", "einer", "einen", "sich", "auch", "bei", "zu", "von", "wie", "wird", "werden", "hat", "haben", "nach", "noch", "über", "im", "zum", "zur", "sei", "habe", "sind", "aus", "dass", "oder", "mehr", "als"],
    en: ["the", "and", "of", "to", "is", "for", "on", "with", "that", "was", "by", "from", "are", "were", "said", "has", "have", "its", "which", "will", "would", "this", "their", "than", "after", "also", "been", "up", "per", "cent", "percent", "shares", "stock", "company", "market", "expected", "quarter"],
  },
});
