/**
 * The playground (docs/playground) driven in headless Chromium: Debian's `chromium` through
 * playwright-core with its `executablePath` (CHROMIUM_PATH overrides /usr/bin/chromium). The page is
 * opened from disk (file://), as a reader would open it: no server. Run by `npm run test:browser`
 * after `npm run build` (the page bundles dist/index.js; the reference results here come from the
 * sources); `.ci/run` installs chromium when it is missing.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { parseArticle, parseFeed, toNinjs } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const page_ = pathToFileURL(`${root}docs/playground/index.html`).href;
const corpus = process.env.DPA_AFX_CORPUS ?? `${root}../shared/corpus`;
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let browser: Browser;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  if (!existsSync(`${root}docs/playground/playground.js`)) throw new Error("docs/playground/playground.js is missing: run `npm run playground`");
  browser = await chromium.launch({
    executablePath,
    // The flags keep Chromium off the network this machine does not have.
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

afterEach(async () => {
  await page?.context().close();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  page = await context.newPage();
  pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.goto(page_);
  await page.waitForFunction(() => document.getElementById("status")?.textContent !== "");
});

/** Pastes `text` into the input box as a user would: the text on the clipboard, then Ctrl+A and Ctrl+V. */
async function paste(text: string): Promise<void> {
  await page.focus("#input");
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Control+V");
  await settled();
}

/** Waits until the page has parsed what the box holds (the views redraw after a short debounce). */
async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const box = document.getElementById("input") as HTMLTextAreaElement;
    return document.getElementById("source")!.textContent === box.value;
  });
}

describe("playground", () => {
  it("highlights the seed article's three headings and shows its trailer codes", async () => {
    const text = readFileSync(`${corpus}/seed/000.txt`, "utf8");
    const gold = JSON.parse(readFileSync(`${corpus}/seed/000.gold.json`, "utf8")) as { headings: string[]; trailer: string[] };
    await paste(text);

    const headings = page.locator("#source .hl-heading");
    expect(await headings.count()).toBe(3);
    expect(gold.headings).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      await expect.poll(() => headings.nth(i).isVisible()).toBe(true);
      expect((await headings.nth(i).textContent())!.trim()).toBe(gold.headings[i]);
    }
    // Highlighted: a colour of its own, not the page's background.
    const background = await headings.first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toMatch(/^rgba?\(0, 0, 0, 0\)$|transparent/);

    expect(await page.locator("#tree .trailer-code").allTextContents()).toEqual(gold.trailer);
    const trailer = (await page.locator("#source .hl-trailer").textContent())!;
    for (const code of gold.trailer) expect(trailer).toContain(code);
    expect(await page.locator("#legend [data-type=heading] b").textContent()).toBe("3");

    // Nothing lost: the highlighted copy holds every character of the input.
    expect(await page.locator("#source").textContent()).toBe(text);
    expect(pageErrors).toEqual([]);
  });

  it("lists diagnostics with their positions, and a click selects the range in the input", async () => {
    const text = "ROUNDUP: Kurse ziehen an\n\nFRANKFURT (dpa-AFX) - Der Dax legte zu./ab/DP/cd\n\nDer Euro gab nach./ab/DP/cd\n";
    const expected = parseArticle(text).diagnostics;
    expect(expected.length).toBeGreaterThan(0);
    await paste(text);
    await page.click("#tab-diagnostics");
    await expect.poll(() => page.locator("#diagnostics").isVisible()).toBe(true);
    const items = page.locator("#diagnostics .diagnostic");
    expect(await items.count()).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) {
      const d = expected[i]!;
      expect(await items.nth(i).locator(".code").textContent()).toBe(d.code);
      expect(await items.nth(i).locator(".pos").textContent()).toBe(`${d.position.start.line}:${d.position.start.column}`);
    }
    await items.first().click();
    const selection = await page.evaluate(() => {
      const box = document.getElementById("input") as HTMLTextAreaElement;
      return [box.selectionStart, box.selectionEnd];
    });
    expect(selection).toEqual([expected[0]!.position.start.offset, expected[0]!.position.end.offset]);
  });

  it("shows the same JSON and ninjs as the library in Node", async () => {
    await page.click("#load-example");
    await settled();
    const text = await page.inputValue("#input");
    expect(text).toBe(readFileSync(`${root}examples/article.txt`, "utf8"));
    const article = parseArticle(text);
    await page.click("#tab-json");
    expect(JSON.parse((await page.locator("#json").textContent())!)).toEqual(JSON.parse(JSON.stringify(article)));
    await page.click("#tab-ninjs");
    expect(JSON.parse((await page.locator("#ninjs").textContent())!)).toEqual(JSON.parse(JSON.stringify(toNinjs(article))));
  });

  it("clicking a highlighted node selects its characters in the input and marks it in the tree", async () => {
    await page.click("#load-example");
    await settled();
    const text = await page.inputValue("#input");
    const heading = parseArticle(text).sections.find((s) => s.heading)!.heading!;
    await page.locator("#source .hl-heading").first().click();
    const selection = await page.evaluate(() => {
      const box = document.getElementById("input") as HTMLTextAreaElement;
      return [box.selectionStart, box.selectionEnd];
    });
    expect(selection).toEqual([heading.position!.start.offset, heading.position!.end.offset]);
    expect(await page.locator("#tree details.active > summary .type").textContent()).toBe("heading");
  });

  it("parses a feed into its messages", async () => {
    const streams = readdirSync(`${corpus}/streams`).filter((f) => f.endsWith(".txt")).sort();
    expect(streams.length).toBeGreaterThan(0);
    const text = readFileSync(`${corpus}/streams/${streams[0]}`, "utf8");
    const messages = parseFeed(text);
    await page.selectOption("#mode", "feed");
    await paste(text);
    await expect.poll(() => page.textContent("#status")).toMatch(new RegExp(`^${messages.length} messages?,`));
    expect(await page.locator("#source .hl-article").count()).toBe(messages.length);
    expect(await page.locator("#source").textContent()).toBe(text);
  });

  it("shows markup in a pasted text as text, never as elements", async () => {
    const text = 'FRANKFURT (dpa-AFX) - <img src=x onerror="window.hacked=1"> "Zitat" & <script>window.hacked=2</script>./ab';
    await paste(text);
    expect(await page.locator("#source img, #source script, #tree img, #tree script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator("#source").textContent()).toBe(text);
    expect(pageErrors).toEqual([]);
  });

  it("keeps the text and the settings in a shared link", async () => {
    const text = "date 2026-03-12\nROUNDUP: Werft meldet Rekord\n\nKIEL (dpa-AFX) - Die Werft hat so viele Aufträge wie nie./mk/DP/rs\n";
    await page.selectOption("#grammar", "dpa-basic");
    await page.fill("#zone", "UTC");
    await paste(text);
    await page.click("#share");
    await expect.poll(() => page.textContent("#status")).toContain("Link copied");
    const link = page.url();
    expect(link).toContain("#grammar=dpa-basic&mode=article&zone=UTC&text=");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const other = await page.context().newPage();
    await other.goto(link);
    await other.waitForFunction(() => document.getElementById("source")!.textContent !== "");
    expect(await other.inputValue("#input")).toBe(text);
    expect(await other.inputValue("#grammar")).toBe("dpa-basic");
    expect(await other.inputValue("#zone")).toBe("UTC");
    expect(await other.locator("#source").textContent()).toBe(text);
    expect(await other.locator("#tree .trailer-code").allTextContents()).toEqual(["mk", "DP", "rs"]);
    // The link only sets the start: the example button still loads the example.
    await other.click("#load-example");
    expect(await other.inputValue("#input")).toBe(readFileSync(`${root}examples/article.txt`, "utf8"));
  });

  it("opens on the bundled example, free of errors", async () => {
    expect(await page.inputValue("#input")).toBe(readFileSync(`${root}examples/article.txt`, "utf8"));
    await settled();
    await expect.poll(() => page.getAttribute("#status", "class")).toBe("status");
    expect(await page.textContent("#status")).toMatch(/^1 article, \d+ diagnostics?, parsed in/);
    expect(await page.locator("#source .hl-headline").count()).toBe(1);
  });

  it("offers the feed mode when a text parsed as one article holds several messages", async () => {
    const feed = "12.03.2026\nWerft erhält Auftrag\n\nKIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men\n\n13.03.2026\nBrauerei hebt Prognose\n\nMÜNCHEN (dpa-AFX) - Die Brauerei traut sich mehr zu./lko/DP/zb\n";
    await paste(feed);
    await expect.poll(() => page.textContent("#offer")).toContain("This text holds 2 messages");
    await page.click("#to-feed");
    await expect.poll(() => page.inputValue("#mode")).toBe("feed");
    await expect.poll(() => page.textContent("#status")).toMatch(/^2 messages,/);
    expect(await page.textContent("#offer")).toBe("");
    await paste("KIEL (dpa-AFX) - Nur eine Meldung./ab");
    await page.selectOption("#mode", "article");
    await expect.poll(() => page.textContent("#status")).toMatch(/^1 article,/);
    expect(await page.textContent("#offer")).toBe("");
  });

  it("shows an unknown zone at the zone field, and recovers from it", async () => {
    await page.fill("#zone", "Mars/Olympus");
    await page.dispatchEvent("#zone", "change");
    await expect.poll(() => page.getAttribute("#zone", "aria-invalid")).toBe("true");
    expect(await page.textContent("#status")).toContain("Unknown time zone 'Mars/Olympus'");
    expect(await page.getAttribute("#status", "class")).toBe("status failed");
    await page.fill("#zone", "UTC");
    await page.dispatchEvent("#zone", "change");
    await expect.poll(() => page.getAttribute("#zone", "aria-invalid")).toBe("false");
    expect(await page.textContent("#status")).toMatch(/^1 article,/);
  });
});
