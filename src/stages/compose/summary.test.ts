import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { seedsDir } from "../../test-helpers/drivers.js";
import { analyzeArticle } from "../analyze/index.js";
import { extractArticle } from "../extract/index.js";
import type { Article } from "../extract/types.js";
import { summarizeArticle } from "./summary.js";

function articleFrom(text: string): Article {
  return extractArticle({
    origin: { kind: "stdin", location: "stdin" },
    raw: new TextEncoder().encode(text),
    encoding: "utf-8",
    content: text,
    format: "text",
    supplied: {},
  });
}

const STORY = [
  "Mediators Press On",
  "",
  "Egyptian and Qatari mediators met Hamas and Israeli negotiators in Cairo on Monday to discuss a six-week truce.",
  "The proposal would see hostages exchanged for Palestinian prisoners in three phases, officials said.",
  "Mediators from Egypt and Qatar met the Hamas and Israeli negotiators in Cairo on Monday about a six-week truce, officials said.",
  "It was sunny.",
  "Why now?",
  "Aid agencies said 200 trucks a day would be needed to meet basic needs in the territory.",
  "The talks are expected to resume in Doha next week after consultations with leaders in both capitals.",
].join("\n");

describe("summarizeArticle", () => {
  const article = articleFrom(STORY);
  const summary = summarizeArticle(article, analyzeArticle(article));

  it("quotes sentences verbatim with their span", () => {
    expect(summary).toHaveLength(3);
    for (const s of summary) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.articleId).toBe(article.id);
    }
  });

  it("keeps article order and never picks a headline, a question or a fragment", () => {
    const starts = summary.map((s) => s.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const texts = summary.map((s) => s.text);
    expect(texts).not.toContain("Mediators Press On");
    expect(texts).not.toContain("Why now?");
    expect(texts).not.toContain("It was sunny.");
  });

  it("does not pick two sentences saying the same thing", () => {
    const truceSentences = summary.filter((s) => /six-week truce/.test(s.text));
    expect(truceSentences.length).toBeLessThanOrEqual(1);
  });

  it("returns fewer sentences when fewer can stand alone", () => {
    const short = articleFrom("Talks Resume\n\nThe talks resumed in Cairo on Monday with both delegations present.");
    expect(summarizeArticle(short, analyzeArticle(short), { count: 3 }).map((s) => s.text)).toEqual([
      "The talks resumed in Cairo on Monday with both delegations present.",
    ]);
  });
});

describe.skipIf(!existsSync(seedsDir))("summaries of the seed articles (../shared/seeds)", () => {
  const files = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")) : [];
  it.each(files)("%s: three verbatim body sentences of the clean text", (file) => {
    const content = readFileSync(path.join(seedsDir, file), "utf8");
    const article = articleFrom(content);
    const analysis = analyzeArticle(article);
    const summary = summarizeArticle(article, analysis);
    expect(summary).toHaveLength(3);
    for (const s of summary) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(content).toContain(s.text);
      const sentence = analysis.sentences.find((x) => x.start === s.start)!;
      expect(sentence.kind).toBe("body");
      for (const removed of article.removed) expect(removed.text).not.toContain(s.text);
    }
  });
});
if (!existsSync(seedsDir)) console.warn(`summary seed tests skipped: ${seedsDir} not found`);
