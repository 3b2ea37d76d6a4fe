/**
 * The bundled example corpus (examples/ at the repository root, written for this
 * project): the general invariants, plus what each text file is known to contain.
 * The examples ship with the repository, so these tests never skip.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { RemovalReason } from "../types.js";
import { extractPlainText } from "./index.js";
import { checkCleaning } from "./invariants.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const examplesDir = path.join(repoRoot, "examples", "articles");

/**
 * Windows-1252 as browsers decode it. Node builds without full ICU decode the
 * "windows-1252" label as Latin-1 (0x93 becomes a C1 control, not a curly quote), so the
 * 0x80-0x9F range is mapped here; the read stage does the same for real inputs.
 */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join("");
  }
}

interface ExampleText {
  name: string;
  content: string;
  format: "text" | "markdown";
}

function exampleTexts(): ExampleText[] {
  const files = readdirSync(examplesDir).sort();
  const texts: ExampleText[] = files
    .filter((name) => name.endsWith(".txt") || name.endsWith(".md"))
    .filter((name) => name !== "README.md")
    .map((name) => ({ name, content: decode(readFileSync(path.join(examplesDir, name))), format: name.endsWith(".md") ? "markdown" : "text" }));
  for (const name of files.filter((file) => file.endsWith(".jsonl"))) {
    const lines = readFileSync(path.join(examplesDir, name), "utf8").split("\n").filter(Boolean);
    for (const [i, line] of lines.entries()) {
      const record = JSON.parse(line) as { text?: string };
      if (record.text) texts.push({ name: `${name}:${i + 1}`, content: record.text, format: "text" });
    }
  }
  return texts;
}

type Field = "title" | "byline" | "published" | "outlet";
interface Expectation {
  metadata: Partial<Record<Field, [string, string]>>;
  /** Reasons that must each appear among the removed blocks. */
  reasons: RemovalReason[];
  paragraphs: number;
}

/** What each example text is known to hold (the examples are ours, so naming their lines is fine). */
const expectations: Record<string, Expectation> = {
  "cairo-round-nile-wire.txt": {
    metadata: {
      title: ["Hamas Delegation Returns to Cairo as Truce Enters Uncertain Phase", "text"],
      byline: ["Mona Fahmy", "text"],
      published: ["2025-03-03", "dateline"],
      outlet: ["Nile Wire", "dateline"],
    },
    reasons: ["summary-prompt", "metadata-line", "photo-credit", "share-subscribe", "article-teaser", "comment-form"],
    paragraphs: 6,
  },
  "cairo-round-newsflash-hub-reprint.txt": {
    metadata: { title: ["Hamas Team Back in Cairo as Gaza Truce Enters Uncertain Phase", "text"], published: ["2025-03-04", "text"] },
    reasons: ["repeated-title", "summary-prompt", "keyword-line", "advertisement", "article-teaser", "share-subscribe", "cookie-notice", "navigation"],
    paragraphs: 6,
  },
  "cairo-round-gulf-monitor.md": {
    metadata: {
      title: ["Analysis: What each side wants from the Cairo round", "meta"],
      byline: ["Leila Nasser", "meta"],
      published: ["2025-03-05", "meta"],
      outlet: ["Gulf Monitor", "meta"],
    },
    reasons: ["metadata-line", "photo-credit", "article-teaser", "share-subscribe"],
    paragraphs: 12,
  },
  "doha-collapse-cedar-post.txt": {
    metadata: { title: ["Doha Talks Break Up as Negotiators Head Home", "text"], byline: ["Tarek Mansour and Hala Yassin", "text"], published: ["2025-07-25", "text"] },
    reasons: ["metadata-line", "summary-prompt", "photo-credit", "article-teaser", "keyword-line", "comment-form", "comments"],
    paragraphs: 6,
  },
  "doha-collapse-maghreb-herald.txt": {
    metadata: { title: ["Doha Round Leaves Families Waiting", "text"], outlet: ["Maghreb Herald", "dateline"] },
    reasons: ["advertisement", "share-subscribe", "article-teaser"],
    paragraphs: 6,
  },
  "rafah-aid-canal-courier-cp1252.txt": {
    metadata: {
      title: ["Only a Trickle of Aid Through Rafah, Relief Workers Say", "text"],
      byline: ["Sherif Abdelaziz", "text"],
      published: ["2025-02-04", "dateline"],
      outlet: ["Canal Courier", "dateline"],
    },
    reasons: ["metadata-line", "photo-credit", "share-subscribe", "article-teaser", "comment-form"],
    paragraphs: 6,
  },
  "mixed-feed.jsonl:1": {
    metadata: { title: ["Cairo Talks Adjourn Without Deal on Truce Extension", "text"], outlet: ["Nile Wire", "dateline"] },
    reasons: ["share-subscribe"],
    paragraphs: 5,
  },
  "mixed-feed.jsonl:3": {
    metadata: { title: ["Egypt Pledges More Trucks Through Rafah as UN Urges Wider Access", "text"], byline: ["Rami Haddad", "text"] },
    reasons: ["metadata-line", "article-teaser"],
    paragraphs: 5,
  },
};

describe("extractPlainText on the bundled examples", () => {
  const texts = exampleTexts();

  it("has an expectation for every text example, and every expectation has its example", () => {
    expect(texts.map((text) => text.name).sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(texts)("$name: content kept whole, boilerplate gone", ({ content, format }) => {
    expect(checkCleaning(content, extractPlainText(content, { format }), format)).toEqual([]);
  });

  it.each(texts)("$name: metadata, removal reasons, paragraphs", ({ name, content, format }) => {
    const expected = expectations[name];
    if (!expected) throw new Error(`examples test: no expectation for ${name}`);
    const result = extractPlainText(content, { format });
    for (const [field, [value, source]] of Object.entries(expected.metadata)) {
      const found = result[field as Field];
      expect([field, found.value, found.source]).toEqual([field, value, source]);
    }
    const reasons = new Set(result.removed.map((block) => block.reason));
    for (const reason of expected.reasons) expect([reason, reasons.has(reason)]).toEqual([reason, true]);
    expect(result.text.split("\n\n")).toHaveLength(expected.paragraphs);
  });

  it("the hard-wrapped example keeps its wrapped lines inside paragraphs", () => {
    const wrapped = texts.find((text) => text.name === "doha-collapse-maghreb-herald.txt");
    const paragraphs = extractPlainText(wrapped?.content ?? "", { format: "text" }).text.split("\n\n");
    expect(paragraphs.slice(1).every((paragraph) => paragraph.includes("\n"))).toBe(true);
  });
});

describe("the example corpus itself", () => {
  const files = readdirSync(examplesDir);

  it("has the promised formats: 4+ txt, 4+ html, 1+ md, a JSONL of 3 records", () => {
    expect(files.filter((name) => name.endsWith(".txt")).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((name) => name.endsWith(".html")).length).toBeGreaterThanOrEqual(4);
    expect(files.filter((name) => name.endsWith(".md") && name !== "README.md").length).toBeGreaterThanOrEqual(1);
    const jsonl = files.filter((name) => name.endsWith(".jsonl"));
    expect(jsonl).toHaveLength(1);
    const records = readFileSync(path.join(examplesDir, jsonl[0] ?? ""), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(3);
    for (const record of records) {
      expect(typeof (record.text ?? record.html)).toBe("string");
      for (const field of ["title", "published", "outlet", "url"]) expect(typeof record[field]).toBe("string");
    }
  });

  it("has one Windows-1252 file with real cp1252 bytes (not valid UTF-8)", () => {
    const cp1252 = files.filter((name) => name.includes("cp1252"));
    expect(cp1252).toHaveLength(1);
    const bytes = readFileSync(path.join(examplesDir, cp1252[0] ?? ""));
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(0xe9) && (bytes.includes(0x93) || bytes.includes(0x92))).toBe(true);
  });
});
