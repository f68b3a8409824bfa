// Generated dpa-AFX-style texts for the bench (never real texts): articles shaped like real copies,
// and feeds of them. Deterministic: the same seed gives the same texts.
//
// Real-shaped means: paragraphs hard-wrapped near 70 columns (old feeds) or one line each (web copies),
// CRLF line ends in a fifth of the articles, section headings, bylines, editorial notes, footers and
// analyst disclosures, analyst flashes with ratings, market reports, and overviews with items.

/**
 * A seeded generator of numbers in [0, 1): mulberry32. (A plain linear congruential generator made
 * consecutive draws so alike that nine articles in ten came out as overviews.)
 */
export function rng(seed = 7) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS = ["Der", "Dax", "stieg", "am", "Montag", "um", "ein", "Prozent", "auf", "Punkte", "Anleger", "blieben", "vorsichtig",
  "nach", "Daten", "aus", "den", "USA", "Händler", "verwiesen", "auf", "die", "Zinsen", "der", "Notenbank", "Aktie", "Gewinn",
  "Umsatz", "Quartal", "Konzern", "Prognose", "Anteilseigner", "Dividende", "Milliarden", "Euro", "Vorjahr", "Börse", "Kurs"];
const PLACES = ["FRANKFURT", "BERLIN", "MÜNCHEN", "NEW YORK", "PARIS", "LONDON", "ZÜRICH", "HAMBURG", "NEW YORK/FRANKFURT", "DÜSSELDORF"];
const AGENCIES = ["dpa-AFX", "dpa-AFX", "dpa-AFX", "dpa-AFX Analyser", "dpa-AFX Broker"];
const TAGS = ["", "", "", "ROUNDUP: ", "ROUNDUP 2: ", "WDH/ROUNDUP: ", "KORREKTUR: ", "AKTIE IM FOKUS: ", "Aktien Frankfurt Schluss: ", "ANALYSE-FLASH: "];
const HEADINGS = ["Händler bleiben vorsichtig", "Was wird aus dem Werk?", "VIEL LOB VON ANALYSTEN", "Ausblick bestätigt", "Streit um die Dividende"];
const INSTITUTES = ["Lindqvist", "Hafenbank", "Nordresearch", "Bergmann & Co"];
const COMPANIES = ["Hopfenthal", "Werftholding", "Bahnbau", "Kieler Reederei", "Lichtwerk"];

function sentence(r) {
  const n = 8 + Math.floor(r() * 14);
  const w = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return w.join(" ") + (r() < 0.1 ? "?" : ".");
}
function paragraph(r) {
  const n = 2 + Math.floor(r() * 3);
  const s = [];
  for (let i = 0; i < n; i++) s.push(sentence(r));
  return s.join(" ");
}
/** Hard-wraps text at `width` columns (no word is cut). */
export function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
const pick = (r, a) => a[Math.floor(r() * a.length)];
const day = (r) => `2026-0${1 + Math.floor(r() * 9)}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;

/** One article of about `bytes` characters, shaped like a real copy. */
export function realArticle(r, bytes = 3000) {
  const kind = r();
  if (kind < 0.12) return overview(r, bytes);
  if (kind < 0.3) return flash(r);
  const hard = r() < 0.5; // an old feed copy, hard-wrapped near 70 columns
  const width = 64 + Math.floor(r() * 12);
  const para = (t) => (hard ? wrap(t, width) : t);
  const parts = [];
  if (r() < 0.6) parts.push(`date ${day(r)}`);
  else if (r() < 0.5) parts.push(`AXC0${100 + Math.floor(r() * 800)} ${day(r)}/1${Math.floor(r() * 10)}:0${Math.floor(r() * 10)}`);
  parts.push(`${pick(r, TAGS)}${sentence(r).slice(0, 60).replace(/[.?]$/, "")}`, "");
  if (r() < 0.15) parts.push("(Wiederholung: Der Text wurde ergänzt.)", "");
  if (r() < 0.25) parts.push(`Von ${pick(r, ["Anna Berg", "Jan Roth", "Eva Lind"])}, dpa-AFX`, "");
  parts.push(para(`${pick(r, PLACES)} (${pick(r, AGENCIES)}) - ${paragraph(r)}`));
  let size = parts.join("\n").length;
  while (size < bytes) {
    const p = r() < 0.12 ? pick(r, HEADINGS) : para(paragraph(r));
    parts.push("", p);
    size += p.length + 2;
  }
  parts[parts.length - 1] += pick(r, ["/evs/DP/nas", "/ab/cd", "/la/tih/jha", "/kro/DP/men;", "/ajx/mis/"]);
  if (r() < 0.2) parts.push("", `--- Von ${pick(r, ["Anna Berg", "Jan Roth"])}, dpa-AFX ---`);
  if (r() < 0.5) parts.push("", `ISIN DE000${String(Math.floor(r() * 1e6)).padStart(6, "0")}3`);
  if (r() < 0.2) parts.push("", "Quelle: dpa-AFX");
  const text = parts.join("\n");
  return r() < 0.2 ? text.replace(/\n/g, "\r\n") : text;
}

/** An analyst flash with a rating and disclosures. */
function flash(r) {
  const inst = pick(r, INSTITUTES);
  const co = pick(r, COMPANIES);
  const from = 20 + Math.floor(r() * 60);
  const to = from + 1 + Math.floor(r() * 9);
  const d = day(r);
  const lead = `FRANKFURT (dpa-AFX Analyser) - Die Analysebank ${inst} hat das Kursziel für ${co} von ${from} auf ${to} Euro angehoben und die Einstufung auf "Buy" belassen. Das Unternehmen habe im Quartal mehr verkauft als erwartet, schrieb Analystin Maren Sund in einer am Donnerstag vorliegenden Studie.`;
  const parts = [`AXC0${100 + Math.floor(r() * 800)} ${d}/08:1${Math.floor(r() * 10)}`, "", `${inst} hebt Ziel für ${co} auf ${to} Euro - 'Buy'`, "", `${wrap(lead, 68)}/tav/ck`, "",
    wrap(`Veröffentlichung der Original-Studie: ${d.split("-").reverse().join(".")} / Uhrzeit in Studie nicht angegeben / Zeitzone in Studie nicht angegeben`, 68), "",
    wrap("Hinweis: Mögliche Interessenkonflikte des Instituts beschreibt es auf seiner Website; die Pflichtangaben stehen dort unter \"Offenlegung\".", 68), "",
    `ISIN DE000${String(Math.floor(r() * 1e6)).padStart(6, "0")}1`];
  return parts.join("\n");
}

/** An overview with items: headline over an agency-less dateline. */
function overview(r, bytes) {
  const parts = [`date ${day(r)}`, "dpa-AFX Überblick: KONJUNKTUR vom Montag - 17.00 Uhr", ""];
  let size = 60;
  while (size < bytes) {
    const item = [sentence(r).slice(0, 50).replace(/[.?]$/, ""), "", `${pick(r, ["FRANKFURT", "BERLIN", "PARIS", "WASHINGTON"])} - ${paragraph(r)}`, ""];
    parts.push(...item);
    size += item.join("\n").length;
  }
  parts[parts.length - 2] += "/ab/DP/cd";
  return parts.join("\n");
}

/** A feed of real-shaped articles, about `chars` long, messages separated by blank lines. */
export function realFeed(chars, seed = 11) {
  const r = rng(seed);
  const out = [];
  let size = 0;
  while (size < chars) {
    const a = realArticle(r, 800 + Math.floor(r() * 5000));
    out.push(a);
    size += a.length + 2;
  }
  return out.join("\n\n");
}
