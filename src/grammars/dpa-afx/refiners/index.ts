/** The dpa-AFX refiners, in the order they run. */
import type { Refiner } from "../../../grammar/outline.js";
import { afterTrailer } from "./after-trailer.js";
import { bodyChrome } from "./body-chrome.js";
import { checks } from "./checks.js";
import { articleDate } from "./dates.js";
import { front } from "./front.js";
import { gluedFooter } from "./glued-footer.js";
import { headings } from "./headings.js";
import { innerTrailer } from "./inner-trailer.js";
import { language } from "./language.js";
import { markup } from "./markup.js";
import { paragraphs } from "./paragraphs.js";
import { repeatedTrailer } from "./repeated-trailer.js";
import { teaser } from "./teaser.js";
import { truncation } from "./truncation.js";

export { afterTrailer, articleDate, bodyChrome, checks, front, gluedFooter, headings, innerTrailer, language, markup, paragraphs, repeatedTrailer, teaser, truncation };

/**
 * The default refiners: headline or standfirst, repeated trailers, other trailers inside the body, lines after the trailer (copies, site chrome), a teaser's cut mark, a footer glued to
 * the last sentence, paragraphs from blocks, site chrome in the body, headings, the article date, what is missing, truncation, the language, HTML left in the text.
 */
export const dpaAfxRefiners: readonly Refiner[] = Object.freeze([front, repeatedTrailer, innerTrailer, afterTrailer, teaser, gluedFooter, paragraphs, bodyChrome, headings, articleDate, checks, truncation, language, markup] as Refiner[]);
