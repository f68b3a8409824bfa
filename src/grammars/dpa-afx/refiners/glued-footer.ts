/**
 * A footer a site glued to the last sentence, with no space between (`...moved higher.Copyright(c) 2017
 * RTTNews.com, Inc.`): the footer is cut from the body's last line. Only a footer glued right after a
 * sentence's end counts; one after a space is a sentence of the body (`... Quelle: Statistisches Amt`).
 */
import { exec } from "../../../combinators/fast.js";
import { isCloser } from "../../../text/chars.js";
import { entry } from "../outline.js";
import { footerOpeners, openersIn } from "../rules/tail.js";
import type { FooterValue } from "../rules/values.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { cutBodyEnd, rulesOf } from "./draft.js";

/** The refiner: a glued footer at the end of the body becomes a footer entry; the line ends before it. */
export const gluedFooter = cutBodyEnd("gluedFooter", (draft, line) => {
  const { input } = draft;
  const at = gluedOpener(footerOpeners(draft.grammar.vocabulary as DpaAfxVocabulary), input, line.start, line.end);
  if (at === -1) return null;
  const found = exec(rulesOf(draft).footer, input, at);
  if (found === null) return null;
  const value = found.value as FooterValue;
  return { start: at, footer: entry("footer", { start: at, end: value.text.span.end }, { kind: value.kind, value: value.value }) };
});

/** The first footer opener in `[from, end)` glued right after a sentence's end (`.`, `!`, `?`, a closing quote), or -1. */
function gluedOpener(re: RegExp, input: string, from: number, end: number): number {
  for (const at of openersIn(re, input, from, end)) {
    const c = input.charCodeAt(at - 1);
    if (at > from && (c === 46 || c === 33 || c === 63 || isCloser(c))) return at;
  }
  return -1;
}
