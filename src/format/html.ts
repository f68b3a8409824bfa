/**
 * Semantic, escaped HTML for an Article. Every text goes through {@link escapeHtml}; no attribute or
 * element is ever built from input text without it, so the text cannot inject markup.
 */
import type { Article } from "../article/types.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for HTML element content and quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"Dax" & Co</b>'); // "&lt;b&gt;&quot;Dax&quot; &amp; Co&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Appends `open`, the lines and `close` one by one (a message may hold any number of footers). */
function pushAll(out: string[], open: string, lines: string[], close: string): void {
  out.push(open);
  for (const l of lines) out.push(l);
  out.push(close);
}

/**
 * Renders an Article as an HTML `<article>`: a `<header>` (date, headline, note, byline), the body with
 * `<h2>` headings and `<p>` paragraphs (the dateline in a `<span class="dateline">`), overview items as
 * `<section class="item">`, and a `<footer>` with the trailer and the footers.
 *
 * @example
 * toHtml(parseArticle("PARIS (dpa-AFX) - Die Gespräche über den Haushalt dauern an./evs/DP/nas"));
 * // '<article lang="de">\n<p><span class="dateline">PARIS (dpa-AFX) -</span> Die Gespräche über den Haushalt dauern an.</p>\n<footer>...'
 */
export function toHtml(article: Article): string {
  const e = escapeHtml;
  const out: string[] = [article.language ? `<article lang="${e(article.language)}">` : "<article>"];
  const head: string[] = [];
  if (article.date) head.push(`<p class="date"><time datetime="${e(article.date.iso)}">${e(article.date.iso)}</time></p>`);
  if (article.headline) {
    const tags = article.headline.tags.map((t) => `<span class="tag">${e(t)}</span>`).join(" ");
    head.push(`<h1>${tags ? `${tags} ` : ""}${e(article.headline.title)}</h1>`);
  }
  if (article.standfirst) head.push(`<p class="standfirst">${e(article.standfirst.text)}</p>`);
  if (article.editorialNote) head.push(`<p class="note">${e(article.editorialNote.text)}</p>`);
  if (article.byline) head.push(`<p class="byline">${e(article.byline.text)}</p>`);
  if (head.length) pushAll(out, "<header>", head, "</header>");
  let lead = true;
  for (const s of article.sections) {
    if (s.heading) out.push(`<section>`, `<h2>${e(s.heading.text)}</h2>`);
    for (const p of s.paragraphs) {
      const dl = lead && article.dateline ? `<span class="dateline">${e(article.dateline.text)}</span> ` : "";
      out.push(`<p>${dl}${e(p.text)}</p>`);
      lead = false;
    }
    if (s.heading) out.push(`</section>`);
  }
  // An overview with its own dateline holds its items in its sections already.
  for (const item of article.dateline ? [] : article.items) {
    out.push(`<section class="item">`);
    if (item.heading) out.push(`<h2>${e(item.heading.text)}</h2>`);
    if (item.headline) out.push(`<h3>${e(item.headline.text)}</h3>`);
    item.paragraphs.forEach((p, k) => {
      const dl = k === 0 && item.dateline ? `<span class="dateline">${e(item.dateline.text)}</span> ` : "";
      out.push(`<p>${dl}${e(p.text)}</p>`);
    });
    out.push(`</section>`);
  }
  const foot: string[] = [];
  if (article.trailer) foot.push(`<p class="trailer">${e(article.trailer.text)}</p>`);
  for (const f of article.footers) foot.push(`<p class="footer ${e(f.kind)}">${e(f.text)}</p>`);
  if (foot.length) pushAll(out, "<footer>", foot, "</footer>");
  out.push("</article>");
  return out.join("\n") + "\n";
}
