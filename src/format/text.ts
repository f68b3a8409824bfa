/**
 * Canonical dpa-AFX text from an Article: the metadata date line, headline, editorial note, byline, the
 * dateline opening the lead, paragraphs split by blank lines, headings, overview items, the trailer
 * glued to the last sentence and the footers. Parsing the result gives back the same fields.
 */
import type { Article, Paragraph } from "../article/types.js";

/**
 * Writes an Article as canonical dpa-AFX text.
 *
 * @example
 * formatArticle(parseArticle("date 2026-01-06 PARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas"));
 * // "date 2026-01-06\n\nPARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas\n"
 */
export function formatArticle(article: Article): string {
  const blocks: string[] = [];
  const front: string[] = [];
  if (article.date) front.push(`date ${article.date.iso.replace("T", " ")}`);
  if (article.headline) front.push(article.headline.text);
  if (front.length) blocks.push(front.join("\n"));
  if (article.standfirst) blocks.push(article.standfirst.text);
  if (article.editorialNote) blocks.push(article.editorialNote.text);
  if (article.byline && !isTrailing(article)) blocks.push(article.byline.text);

  const body: string[] = [];
  let lead = true;
  for (const section of article.sections) {
    if (section.heading) body.push(section.heading.text);
    for (const p of section.paragraphs) {
      body.push(lead && article.dateline?.placement === "lead" ? `${article.dateline.text} ${p.text}` : p.text);
      lead = false;
    }
  }
  // An overview with its own dateline holds its items in its sections already.
  for (const item of article.dateline ? [] : article.items) {
    if (item.heading) body.push(item.heading.text);
    if (item.headline) body.push(item.headline.text);
    item.paragraphs.forEach((p: Paragraph, k) => body.push(k === 0 && item.dateline ? `${item.dateline.text} ${p.text}` : p.text));
  }
  if (lead && article.dateline?.placement === "lead" && body.length === 0) body.push(article.dateline.text);
  if (article.trailer) {
    // An old feed's end mark closes the last line, and the trailer stands alone below it ("=====°" then "/wb/DP/aa").
    const endMark = article.extras.some((e) => e.kind === "endMark");
    if (body.length === 0) body.push(article.trailer.text);
    else body[body.length - 1] += endMark ? `°\n${article.trailer.text}` : article.trailer.text;
  }
  for (const b of body) blocks.push(b); // one push per block: never an input-sized argument list
  if (article.byline && isTrailing(article)) blocks.push(`--- ${article.byline.text} ---`);
  if (article.dateline?.placement === "end") blocks.push(article.dateline.text);
  if (article.footers.length) blocks.push(article.footers.map((f) => f.text).join("\n"));
  return blocks.join("\n\n") + "\n";
}

/** True when the byline stood after the body (a ruled `--- Von ..., dpa-AFX ---`). */
function isTrailing(a: Article): boolean {
  const by = a.byline?.position?.start.offset;
  const body = a.sections[0]?.paragraphs[0]?.position?.start.offset;
  return by !== undefined && body !== undefined && by > body;
}
