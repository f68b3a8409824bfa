/** The dpa-AFX refiners, in the order they run. */
import type { Refiner } from "../../../grammar/index.js";
import { articleDate } from "./dates.js";
import { headings } from "./headings.js";
import { language } from "./language.js";
import { paragraphs } from "./paragraphs.js";
import { truncation } from "./truncation.js";

export { articleDate, headings, language, paragraphs, truncation };

/** The default refiners: paragraphs from blocks, then headings, the article date, truncation, the language. */
export const dpaAfxRefiners: readonly Refiner[] = Object.freeze([paragraphs, headings, articleDate, truncation, language]);
