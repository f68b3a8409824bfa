/**
 * What a message lacks: a dateline, a body, a trailer, or every mark of a dpa-AFX copy. Reported where
 * the missing element would stand, with what the rules expected there (their `.desc()` labels).
 */
import { revise } from "../../../grammar/outline.js";
import type { Diagnostic } from "../../../article/diagnostics.js";
import { expectedOf } from "../../../combinators/fast.js";
import type { Parser } from "../../../combinators/fast.js";
import { lineOf } from "../../../text/lexer.js";
import { isKnownTag } from "../flags.js";
import { knownAgency } from "../rules/util.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { find, has, rulesOf, type DpaAfxDraft, type DpaAfxRefiner } from "./draft.js";

/** What `rule` expected on the rest of the line from `at` (empty when it matched). */
function expectedAt(draft: DpaAfxDraft, rule: Parser<unknown>, at: number): string[] {
  const line = lineOf(draft.lines, at);
  const text = draft.input.slice(at, Math.max(at, draft.lines.end[line]!));
  return expectedOf(rule, text, 0).labels;
}

/**
 * Marks of a dpa-AFX copy besides dateline and trailer: a data set's `date` prefix, a feed stamp, a footer,
 * or a desk tag the vocabulary knows in the headline.
 */
function otherMarks(draft: DpaAfxDraft): boolean {
  if (has(draft, "footer")) return true;
  const v = draft.grammar.vocabulary as DpaAfxVocabulary;
  return draft.outline.some(
    (e) => (e.kind === "date" && (e.value.source === "prefix" || e.value.source === "feedStamp")) || (e.kind === "headline" && e.value.tags.some((t) => isKnownTag(t.value.trim(), v))),
  );
}

/**
 * The refiner: adds `dateline/missing`, `dateline/unknown-agency`, `dateline/no-dash`, `body/missing`,
 * `trailer/missing` and `input/not-dpa-afx`.
 */
export const checks: DpaAfxRefiner = {
  name: "checks",
  refine(draft) {
    const body = find(draft, "body");
    if (!body) return draft;
    const rules = rulesOf(draft);
    const out: Diagnostic[] = [];
    const at = (offset: number) => draft.index.position(offset, offset);
    const lead = find(draft, "dateline");
    const dateline = lead !== undefined;
    const trailer = has(draft, "trailer");
    const items = has(draft, "item");
    if (!dateline && !items) {
      out.push({ code: "dateline/missing", severity: "warning", message: "No dateline such as 'FRANKFURT (dpa-AFX) - ' opens the lead.", position: at(body.span.start), expected: expectedAt(draft, rules.dateline, body.span.start) });
    }
    const agency = lead?.value.dateline.agency;
    if (agency && !knownAgency(agency.value, draft.grammar.vocabulary as DpaAfxVocabulary)) {
      out.push({ code: "dateline/unknown-agency", severity: "info", message: `The dateline names an agency the vocabulary does not know: '${agency.value}'.`, position: draft.index.position(agency.span.start, agency.span.end) });
    }
    if (lead?.value.placement === "lead" && lead.value.dateline.dash === null) {
      out.push({ code: "dateline/no-dash", severity: "info", message: "The dateline has no dash before the text (as in 'KIEL (dpa-AFX) - '): read as the dateline all the same.", position: draft.index.position(lead.span.start, lead.span.end) });
    }
    if (!items && !draft.outline.some((e) => e.kind === "paragraph" || e.kind === "heading" || e.kind === "block")) {
      let last = lineOf(draft.lines, Math.max(draft.span.start, draft.span.end - 1));
      while (last > 0 && draft.lines.first[last] === draft.lines.last[last]) last--;
      out.push({ code: "body/missing", severity: "error", message: "The text has no body paragraphs.", position: at(draft.lines.end[last]!) });
    }
    if (!trailer) {
      out.push({ code: "trailer/missing", severity: "info", message: "No agency trailer such as '/evs/DP/nas' ends the body.", position: at(body.span.end) });
    }
    if (!dateline && !trailer && !items && !otherMarks(draft)) {
      // No dateline, no trailer, and none of the other marks copies keep when both are lost (a copy cut
      // before its trailer, a site that dropped the dateline): some other text. Say what the rules looked for.
      const expected = expectedAt(draft, rules.dateline, body.span.start);
      for (const label of expectedOf(rules.trailer, "", 0).labels) if (!expected.includes(label)) expected.push(label);
      out.push({
        code: "input/not-dpa-afx",
        severity: "error",
        message: "The text has no dateline such as 'FRANKFURT (dpa-AFX) - ', no agency trailer such as '/evs/DP/nas', nor any other mark of a dpa-AFX copy: it is no dpa-AFX message.",
        position: at(body.span.start),
        expected,
      });
    }
    return out.length === 0 ? draft : revise(draft, { diagnostics: draft.diagnostics.concat(out) });
  },
};
