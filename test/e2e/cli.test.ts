// End-to-end tests of the built `dpa-afx` binary (run after `npm run build`): files, stdin, ndjson on a
// stream, exit codes, a missing file, a binary file, a directory.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..", "..");
const bin = join(root, "dist", "cli.js");
const example = join(root, "examples", "article.txt");
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", cwd: root, maxBuffer: 64 << 20 });

const message = (k: number) =>
  `1${k % 9}.03.2026\nFirma ${k} meldet Zahlen\n\nMÜNCHEN (dpa-AFX) - Die Firma ${k} hat mehr verdient.\n\nDie Dividende steigt./ab/DP/cd\n\n`;

describe("dpa-afx binary", () => {
  it("is built", () => expect(existsSync(bin)).toBe(true));
  it("parses a file to JSON", () => {
    const r = run(["parse", example]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.type).toBe("article");
    expect(a.trailer.codes).toEqual(["lko", "DP", "zb"]);
  });
  it("parses stdin, with - or no file", () => {
    const text = readFileSync(example, "utf8");
    expect(JSON.parse(run(["parse"], text).stdout).dateline.locations).toEqual(["MÜNCHEN"]);
    expect(JSON.parse(run(["parse", "-", "--pretty"], text).stdout).headline.tags).toEqual(["ROUNDUP 2"]);
  });
  it("prints one message per line with --format ndjson, also on worker threads", () => {
    const feed = Array.from({ length: 50 }, (_, k) => message(k)).join("");
    const r = run(["parse", "--format", "ndjson"], feed);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(50);
    expect(JSON.parse(lines[49]!).headline.text).toBe("Firma 49 meldet Zahlen");
    const dir = mkdtempSync(join(tmpdir(), "dpa-afx-"));
    writeFileSync(join(dir, "feed.txt"), feed.repeat(40));
    const one = run(["parse", "--format", "ndjson", join(dir, "feed.txt")]);
    const many = run(["parse", "--format", "ndjson", "--jobs", "3", join(dir, "feed.txt")]);
    expect(many.status).toBe(0);
    // The content, not only equality of the two: 2,000 messages, in order.
    const parsed = one.stdout.trim().split("\n").map((l) => JSON.parse(l) as { headline: { text: string } });
    expect(parsed).toHaveLength(2000);
    expect(parsed[1999]!.headline.text).toBe("Firma 49 meldet Zahlen");
    expect(many.stdout).toBe(one.stdout);
  });
  it("prints canonical text and HTML", () => {
    const text = run(["parse", "--format", "text", example]);
    expect(text.status).toBe(0);
    expect(text.stdout.startsWith("date 2026-03-12\nROUNDUP 2: ")).toBe(true);
    const html = run(["parse", "--format", "html", example]);
    expect(html.stdout.startsWith('<article lang="de">')).toBe(true);
    const ninjs = JSON.parse(run(["parse", "--format", "ninjs", example]).stdout);
    expect(ninjs.located).toBe("MÜNCHEN");
  });
  it("checks: diagnostics with line, column and frame; exit 1 on errors, --strict counts warnings", () => {
    const ok = run(["check", example]);
    expect(ok.status).toBe(0);
    const warn = run(["check"], "Ein Satz ohne Ortsmarke./ab/cd\n");
    expect(warn.status).toBe(0);
    expect(warn.stdout).toContain("<stdin>:1:1: warning dateline/missing:");
    expect(warn.stdout).toContain(" 1 | Ein Satz ohne Ortsmarke./ab/cd");
    expect(run(["check", "--strict"], "Ein Satz ohne Ortsmarke./ab/cd\n").status).toBe(1);
    expect(run(["check"], "  \n").status).toBe(1);
  });
  it("splits a feed into files and never overwrites without --force", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-afx-"));
    const feed = join(dir, "feed.txt");
    writeFileSync(feed, message(1) + message(2));
    const out = join(dir, "out");
    expect(run(["split", feed, "--out", out]).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["001-2026-03-11-firma-1-meldet-zahlen.txt", "002-2026-03-12-firma-2-meldet-zahlen.txt"]);
    expect(readFileSync(join(out, "002-2026-03-12-firma-2-meldet-zahlen.txt"), "utf8")).toContain("Firma 2 hat mehr verdient");
    const again = run(["split", feed, "--out", out]);
    expect(again.status).toBe(4);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(run(["split", feed, "--out", out, "--force"]).status).toBe(0);
  });
  it("fails with one clear line and exit 3 on a missing file, a directory, a binary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-afx-"));
    writeFileSync(join(dir, "x.bin"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    for (const [arg, text] of [
      [join(dir, "missing.txt"), "no such file"],
      [dir, "is a directory"],
      [join(dir, "x.bin"), "binary"],
    ] as const) {
      const r = run(["parse", arg]);
      expect(r.status).toBe(3);
      expect(r.stderr).toContain(text);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toContain("    at ");
    }
  });
  it("answers --help and --version, and exit 2 on usage errors", () => {
    expect(run(["--help"]).stdout).toContain("Exit codes");
    expect(run(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
    expect(run(["parse", "--bogus"]).status).toBe(2);
    expect(run(["parse", "--format", "xml"]).status).toBe(2);
  });

  describe("the commands agree, and say what they do", () => {
    const dir = mkdtempSync(join(tmpdir(), "dpa-afx-"));
    const feedFile = join(dir, "feed.txt");
    writeFileSync(feedFile, "dpa-AFX NEWSTICKER (Produktauszug)\n\n" + message(1) + message(2) + message(3));

    it("parse reads a text of several messages as a feed, in every format, and says so", () => {
      const json = run(["parse", feedFile]);
      expect(json.status).toBe(0);
      const list = JSON.parse(json.stdout);
      expect(list.map((a: { headline: { text: string } }) => a.headline.text)).toEqual(["Firma 1 meldet Zahlen", "Firma 2 meldet Zahlen", "Firma 3 meldet Zahlen"]);
      expect(json.stderr).toContain("holds 3 messages; parsed as a feed");
      const one = run(["parse", example]);
      expect(JSON.parse(one.stdout).type).toBe("article"); // one message: one object, as before
      expect(one.stderr).toBe("");
      const ninjs = JSON.parse(run(["parse", feedFile, "--format", "ninjs", "--pretty"]).stdout);
      expect(ninjs).toHaveLength(3);
      const html = run(["parse", feedFile, "--format", "html"]).stdout;
      expect(html.match(/<article[ >]/g)).toHaveLength(3);
    });
    it("--format text separates messages, and inputs, by a blank line", () => {
      const out = run(["parse", "--format", "text", example, feedFile]).stdout;
      const blocks = out.split(/\n\n(?=date |\d\d\.03\.2026|KIEL|MÜNCHEN|ROUNDUP)/);
      expect(out).toContain("/lko/DP/zb\n\n");
      expect(out.match(/meldet Zahlen/g)).toHaveLength(3);
      expect(blocks.length).toBeGreaterThanOrEqual(4);
    });
    it("refuses --pretty with ndjson, and --jobs works for every format with the same output", () => {
      const bad = run(["parse", feedFile, "--format", "ndjson", "--pretty"]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain("not NDJSON");
      for (const format of ["json", "text", "html", "ninjs", "ndjson"]) {
        const one = run(["parse", feedFile, "--format", format]);
        const many = run(["parse", feedFile, "--format", format, "--jobs", "3"]);
        expect(many.status).toBe(0);
        expect(many.stdout).toBe(one.stdout);
      }
      // And the content is right, not only equal: three messages, the trailer of each.
      const lines = run(["parse", feedFile, "--format", "ndjson", "--jobs", "2"]).stdout.trim().split("\n");
      expect(lines.map((l) => JSON.parse(l).trailer.codes.join("/"))).toEqual(["ab/DP/cd", "ab/DP/cd", "ab/DP/cd"]);
    });
    it("--no-positions leaves every position out", () => {
      const out = run(["parse", example, "--no-positions"]).stdout;
      expect(out).not.toContain('"position"');
      expect(JSON.parse(out).trailer.codes).toEqual(["lko", "DP", "zb"]);
      expect(out.length).toBeLessThan(run(["parse", example]).stdout.length * 0.7);
    });
    it("an unknown zone is a usage error, in every command", () => {
      for (const cmd of [["parse", example], ["check", example], ["split", feedFile, "--out", join(dir, "z")]]) {
        const r = run([...cmd, "--zone", "Mars/Olympus"]);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain("Unknown time zone 'Mars/Olympus'");
      }
      expect(JSON.parse(run(["parse", example, "--zone", "UTC"]).stdout).date.value).toBe("2026-03-12T00:00:00.000Z");
    });
    it("check reads every file, sums up, and exits with the worst status", () => {
      writeFileSync(join(dir, "bad.txt"), "Hallo Welt, das ist keine Meldung.\n");
      const r = run(["check", example, join(dir, "missing.txt"), join(dir, "bad.txt"), feedFile]);
      expect(r.status).toBe(3); // unreadable beats errors
      expect(r.stderr).toContain("missing.txt: no such file");
      expect(r.stdout).toContain("bad.txt:1:1: error input/not-dpa-afx:");
      expect(r.stdout.trim().split("\n").pop()).toBe("4 files, 1 with errors, 1 warning, 1 unreadable");
      const errorsOnly = run(["check", example, join(dir, "bad.txt")]);
      expect(errorsOnly.status).toBe(1);
      expect(errorsOnly.stdout.trim().split("\n").pop()).toBe("2 files, 1 with errors, 1 warning");
    });
    it("split keeps the page header with the first message, counts in words, and says --out is required", () => {
      const out = join(dir, "split");
      const r = run(["split", feedFile, "--out", out]);
      expect(r.stderr.trim()).toBe(`3 messages written to ${out}`);
      const files = readdirSync(out).sort();
      expect(readFileSync(join(out, files[0]!), "utf8").startsWith("dpa-AFX NEWSTICKER (Produktauszug)\n\n11.03.2026")).toBe(true);
      expect(files.map((f) => readFileSync(join(out, f), "utf8")).join("")).toBe(readFileSync(feedFile, "utf8"));
      const single = join(dir, "single");
      expect(run(["split", example, "--out", single]).stderr.trim()).toBe(`1 message written to ${single}`);
      expect(run(["split", "--help"]).stdout).toMatch(/-o, --out <dir> +directory to write to \(required/);
    });
    it("--help shows the defaults and examples of each command", () => {
      const help = run(["parse", "--help"]).stdout.replace(/\s+/g, " ");
      expect(help).toContain('default: "json")');
      expect(help).toContain("(default: 1)");
      expect(help).toContain('(default: "Europe/Berlin")');
      expect(help).toContain("Examples:");
      for (const cmd of ["check", "split"]) expect(run([cmd, "--help"]).stdout).toContain("Examples:");
    });
  });
});
