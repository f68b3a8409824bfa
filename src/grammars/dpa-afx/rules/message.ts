/**
 * The top document rules: a whole message, and the rules that tell where a message of a feed starts.
 */
import { fail, firstOf, fromRaw, rawOf, reg, type Parser } from "../../../combinators/fast.js";
import { quiet } from "../../../combinators/index.js";
import { ANY, type First } from "../../../combinators/first.js";
import { docOf, inRegion, isBlank, lineAt, lineHolds, memoLine, rawInRegion, textFrom, type Doc } from "../../../combinators/lines.js";
import { entry, type DpaAfxEntry, type ItemHeadValue } from "../outline.js";
import type { LeadValue } from "./front.js";
import { isTaggedHeadline, itemsOf } from "./overview.js";
import type { TailValue } from "./tail-walk.js";
import type { BylineValue, DateValue } from "./values.js";
import { datePrefixEnd, fills, pushAll, wrapsHeadline } from "./util.js";
import type { DpaAfxRules } from "./index.js";

type MessageRefs = Pick<
  DpaAfxRules,
  "frontMatter" | "bareFront" | "wrappedNote" | "trailerLine" | "lead" | "body" | "tail" | "bareTail" | "overview" | "overviewLead" | "itemHeads" | "itemLead" | "byline" | "footer" | "metaDate" | "metaLine" | "headline" | "headlineLine" | "datePrefix" | "dottedDate" | "siteDate" | "article" | "agency"
>;

/**
 * An ordinary message: the front matter and the lead line (or, without a lead dateline, metadata and a
 * headline at the top), the body, and the tail found from the end. Items of an overview standing in the
 * body are listed as well when there are two or more. Yields the message's entries in input order.
 * @example article.parse("Titel\n\nPARIS (dpa-AFX) - Text./ab") // frontText, dateline, body, block, trailer
 */
export const article = (r: MessageRefs): Parser<DpaAfxEntry[]> => {
  const frontMatter = rawOf(r.frontMatter);
  const bareFront = rawOf(r.bareFront);
  const lead = rawOf(r.lead);
  const body = rawOf(r.body);
  const tail = rawOf(r.tail);
  const bareTail = rawOf(r.bareTail);
  const itemHeads = rawOf(r.itemHeads);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const { start, first, last, end } = doc.lines;
    let lastLine = doc.stop - 1;
    while (lastLine >= 0 && isBlank(doc, lastLine)) lastLine--;
    const out: DpaAfxEntry[] = [];
    let bodyStart: number;
    const front = frontMatter(input, i);
    const withLead = front >= 0;
    if (withLead) {
      pushAll(out, reg.value as DpaAfxEntry[]);
      lead(input, front);
      const v = reg.value as LeadValue;
      pushAll(out, v.entries);
      bodyStart = v.textStart;
      const k = lineAt(doc, front);
      if (bodyStart >= last[k]!) {
        // The dateline stands alone on its line: the lead starts on the next non-blank line.
        let n = k + 1;
        while (n <= lastLine && isBlank(doc, n)) n++;
        bodyStart = n <= lastLine ? start[n]! : end[lastLine]!;
      }
    } else {
      const at = bareFront(input, i);
      pushAll(out, reg.value as DpaAfxEntry[]);
      let n = lineAt(doc, at);
      if (start[n] !== at && at < last[n]!) {
        // The front matter ends inside a line (a date prefix glued to the body's first words).
        bodyStart = at;
      } else {
        if (start[n] !== at) n++;
        while (n <= lastLine && isBlank(doc, n)) n++;
        bodyStart = n <= lastLine ? first[n]! : end[lastLine]!;
      }
    }
    const t = (withLead ? tail : bareTail)(input, bodyStart);
    const tv: TailValue = t >= 0 ? (reg.value as TailValue) : { entries: [], bodyEnd: bodyStart, bodyEndLine: lineAt(doc, bodyStart) };
    out.push(entry("body", { start: bodyStart, end: tv.bodyEnd }, null));
    const blocks = inRegion(doc, tv.bodyEndLine + 1, tv.bodyEnd, () => (body(input, bodyStart) >= 0 ? (reg.value as DpaAfxEntry[]) : []));
    pushAll(out, blocks);
    // An overview with its own dateline: its items are listed as well.
    if (itemHeads(input, i) >= 0) {
      const heads = reg.value as ItemHeadValue[];
      if (heads.length >= 2) pushAll(out, itemsOf(doc, input, heads, tv.bodyEndLine, tv.bodyEnd, body));
    }
    pushAll(out, tv.entries);
    reg.value = out;
    return lastLine >= 0 ? doc.lines.next[lastLine]! : i;
  });
};

/**
 * One message, its lines in and its outline out: an overview, or else an ordinary message.
 * @example message.parse("PARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas").status // true
 */
export const message = (r: MessageRefs): Parser<DpaAfxEntry[]> => {
  const overview = rawOf(r.overview);
  const article = rawOf(r.article);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const end = overview(input, i);
    return end >= 0 ? end : article(input, i);
  });
};

/**
 * A line that opens a new message of a feed: a lead whose dateline names an agency
 * (`BOISE/SANTA CLARA (dpa-AFX) - `), or the first item of an overview without a dateline of its own
 * (`overviewLead`). Other datelines without an agency (`FRANKFURT - `) open items of an overview, not
 * messages. A line where the `agency` rule cannot start anywhere (no `(`) is not read for an agency; a
 * grammar whose datelines read agencies without the `agency` rule overrides this rule too.
 * @example messageLead.parse("PALO ALTO (dpa-AFX) - Text.").status // true
 */
export const messageLead = (r: MessageRefs): Parser<LeadValue> => {
  const lead = rawOf(r.lead);
  const overviewLead = rawOf(r.overviewLead);
  let agencyFirst: First | null = null;
  return fromRaw<LeadValue>((input, i) => {
    // A feed asks every line: one without a character that can open an agency is passed over without
    // reading a dateline (the character set is the `agency` rule's, so an override of it is followed).
    if (lineHolds(docOf(input), i, (agencyFirst ??= firstOf(r.agency)))) {
      const end = lead(input, i);
      if (end >= 0 && (reg.value as LeadValue).entries.some((e) => e.kind === "dateline" && e.value.dateline.agency !== null)) return end;
    }
    const end = overviewLead(input, i);
    return end >= 0 ? end : fail(i, "a dateline naming an agency");
  });
};

/**
 * A line that opens a message of a feed whatever stands below it: a date alone on its line, in the
 * `date` form (`date 2026-07-31`) a rendered feed puts on top of every message, a ticker's dotted
 * date (`21.08.2014`, a time may follow), or an item's time stamp as a feed writes it, with its zone
 * (`Fri, 04 Dec 2026 10:15:00 +0100`, `2026-12-04T10:15:00+01:00`; a site's stamp without one, such as
 * `4. Dezember 2026`, stands under a headline as often as above it), which no text holds alone inside a
 * message. So a message without a dateline (an RSS item whose description lost it, or one with no
 * description) is not read into the message before. The driver asks it only of a line under a blank line
 * (or the input's first), where no lead is found; a lead below whose front matter reaches it belongs to the
 * message it opens. A feed stamp is none: it also closes a message as a footer. Yields the date.
 * @example messageBreak.parse("date 2026-07-31") // the date
 */
export const messageBreak = (r: MessageRefs): Parser<DateValue> => {
  const datePrefix = rawOf(r.datePrefix);
  const dotted = rawOf(r.dottedDate);
  const site = rawOf(r.siteDate);
  return fromRaw<DateValue>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (k >= doc.stop || !(fills(input, datePrefix(input, s), e) || fills(input, dotted(input, s), e) || (fills(input, site(input, s), e) && (reg.value as DateValue).offset != null))) {
      return fail(i, "a date line like 'date 2026-07-31' or '21.08.2014'");
    }
    return doc.lines.next[k]!;
  });
};

/**
 * What a line above a lead is to `messageFront`: a date line, another metadata line, a headline, or
 * none of them (a footer, a byline between rules such as `--- Von Anna Berg, dpa-AFX ---`, text).
 */
const OTHER = 0;
const DATED = 1;
const META = 2;
const HEADLINE = 3;

/** How many non-blank lines above its lead a message of a feed may carry. */
const MESSAGE_FRONT_LINES = 5;

/**
 * The front matter a message of a feed carries above its lead, read to the end of the region: a date
 * line on top (`24.08.2016`, a feed stamp, a `date` prefix) or right under the first line, a headline;
 * then notes, bylines (never one between
 * rules, `--- Von Anna Berg, dpa-AFX ---`, which closes the message before) and site labels and one
 * headline, five lines at most. A footer (`Veröffentlichung der Original-Studie: ...`, `Quelle: dpa-AFX`)
 * is never a headline: it closes the message before. A tagged headline (`dpa-AFX Überblick: KONJUNKTUR`) may have one more
 * line under it that can be a headline: a subtitle, or the headline of an overview's first item.
 * @example messageFront.parse("24.08.2016\nHP enttäuscht\n") // consumes both lines
 */
export const messageFront = (r: MessageRefs): Parser<null> => {
  const datePrefix = rawOf(r.datePrefix);
  const metaDate = rawOf(r.metaDate);
  const metaLine = rawOf(r.metaLine);
  const headlineLine = rawOf(r.headlineLine);
  const headline = rawOf(r.headline);
  const byline = rawOf(r.byline);
  const footer = rawOf(quiet(r.footer)); // asked to refuse a line: what it expects is no label of this rule
  const itemLead = rawOf(quiet(r.itemLead));
  const wrapped = rawOf(quiet(r.wrappedNote));
  const trailerLine = rawOf(quiet(r.trailerLine));
  // What each line is (OTHER to HEADLINE), remembered per line: the splitter's walk up from a lead
  // (`messageTop`) asks this rule from each line above, and each ask reads the lines below again.
  const kind = rawOf(
    memoLine(
      fromRaw<number>((input, s) => {
        const doc = docOf(input);
        const e = doc.lines.last[lineAt(doc, s)]!;
        let k = OTHER;
        if (datePrefixEnd(datePrefix, input, s, e) >= 0 || metaDate(input, s) >= 0) k = DATED;
        else if (metaLine(input, s) >= 0) k = byline(input, s) >= 0 && (reg.value as BylineValue).ruled ? OTHER : META;
        else if (footer(input, s) < 0 && headlineLine(input, s) >= 0) k = HEADLINE;
        reg.value = k;
        return s;
      }, ANY),
    ),
  );
  /**
   * True when the headline on line `h` stands under a date or metadata line of its front: below `k0`,
   * where the front was read from, or on the line right above (not blank, not read before `floor`).
   */
  const underMeta = (doc: Doc, input: string, h: number, k0: number): boolean => {
    if (h > k0) return true;
    if (h - 1 < doc.floor || isBlank(doc, h - 1)) return false;
    kind(input, textFrom(doc, h - 1, doc.lines.start[h - 1]!));
    return reg.value === DATED || reg.value === META;
  };
  return fromRaw<null>((input, i) => {
    const doc = docOf(input);
    const { start, next } = doc.lines;
    let seen = 0;
    let headlines = 0;
    let first = -1; // where the first headline's text starts (its tags are read only if a second one follows)
    let headAt = -1; // the line of the last headline line
    let standfirst = false;
    let at = i;
    const k0 = lineAt(doc, i);
    for (let k = k0; k < doc.stop; k++) {
      if (isBlank(doc, k)) {
        at = next[k]!;
        continue;
      }
      // After the standfirst only blank lines stand above the lead.
      if (standfirst || ++seen > MESSAGE_FRONT_LINES) return fail(start[k]!, "a message's front matter");
      const s = textFrom(doc, k, start[k]!);
      // A note hard-wrapped over lines: over lines of its own, or into the lead line below (read for it).
      const w = input.charCodeAt(s) === 40 ? rawInRegion(doc, Math.min(doc.stop + 1, doc.lines.count), doc.cut, wrapped, input, s) : -1;
      if (w >= 0) {
        const m = lineAt(doc, w - 1);
        if (m >= doc.stop) {
          at = start[doc.stop]!;
          break;
        }
        if (fills(input, w, doc.lines.last[m]!)) {
          k = m;
          at = next[m]!;
          continue;
        }
      }
      kind(input, s);
      const is = reg.value as number;
      if (is === DATED) {
        // A date line stands on top, or right under the headline (`Dax legt zu`, then `date 2026-07-31`, as
        // a web page prints a stamp under each headline).
        if (seen > 1 && !(seen === 2 && headlines === 1)) return fail(s, "a message's front matter");
      } else if (is !== META) {
        // A headline, or the end of the front matter (`--- Von Anna Berg, dpa-AFX ---` closes the message
        // before; a footer never is a headline). A second headline line: under a tagged headline, or the
        // line the headline was wrapped onto.
        if (is === HEADLINE && (headlines === 0 || (headlines === 1 && (isTaggedHeadline(headline, itemLead, input, first) || wrapsHeadline(doc.lines, lineAt(doc, first), s, doc.stop))))) {
          if (headlines === 0) first = s;
          headlines++;
          headAt = k;
        } else if (headAt === k - 1 && underMeta(doc, input, lineAt(doc, first), k0) && trailerLine(input, s) < 0) {
          // Else the line right under the headline is its standfirst (`Der Brauer leidet unter dem Sommer.`),
          // where a date line tops the headline (`date 2026-12-04`, as a data set renders each message: a
          // heading and the last lines of the message before are not told from a headline and a standfirst
          // without it) and the line holds no trailer.
          standfirst = true;
        } else return fail(s, "a message's front matter");
      }
      at = next[k]!;
    }
    reg.value = null;
    return at;
  });
};
