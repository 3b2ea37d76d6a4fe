import { describe, expect, it } from "vitest";
import { candidateWords, highlightAll as highlightWords, queryLexemes, snippet as snippetOf, textWords } from "./snippets.js";
import type { HighlightSegment } from "./snippets.js";

const marked = (segments: HighlightSegment[]) => segments.filter((s) => s.highlight).map((s) => s.text);
const joined = (segments: HighlightSegment[]) => segments.map((s) => s.text).join("");
const snippet = (text: string, isMatch: (word: string) => boolean) => snippetOf(text, textWords(text), isMatch);
const highlightAll = (text: string, isMatch: (word: string) => boolean) => highlightWords(text, textWords(text), isMatch);
const matchesAny =
  (...words: string[]) =>
  (word: string) =>
    words.includes(word.toLowerCase());

describe("query lexemes", () => {
  it("reads the lexemes of a querytree, phrases included, quotes unescaped", () => {
    expect([...queryLexemes("'truce' & 'aid' <-> 'corridor' | 'o''brien'")]).toEqual(["truce", "aid", "corridor", "o'brien"]);
    expect(queryLexemes("").size).toBe(0);
  });
});

describe("candidate words", () => {
  it("keeps the words a stem could come from, hyphen parts included, and drops the rest", () => {
    const lexemes = new Set(["agenc", "fire", "talk"]);
    expect(candidateWords(["Agencies", "agenda", "cease-fire", "Talks", "walks", "mediators"], lexemes).sort()).toEqual(["agencies", "agenda", "cease-fire", "talks"]);
  });
});

describe("snippets", () => {
  const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${i + from}`).join(" ");

  it("opens a few words before the first match and marks every match in the fragment", () => {
    const text = `${words(10)} Envoys met in Cairo; the envoys left. ${words(40, 10)}`;
    const segments = snippet(text, matchesAny("envoys"));
    expect(marked(segments)).toEqual(["Envoys", "envoys"]);
    expect(joined(segments).startsWith("w6 w7 w8 w9 Envoys")).toBe(true);
    expect(joined(segments).split(" ").length).toBeLessThanOrEqual(30);
  });

  it("takes a second fragment for matches far from the first, in text order, joined by an ellipsis", () => {
    const text = `Truce talks opened. ${words(60)} The truce held overnight. ${words(60, 60)}`;
    const segments = snippet(text, matchesAny("truce"));
    expect(marked(segments)).toEqual(["Truce", "truce"]);
    expect(segments.filter((s) => s.text === " … ")).toHaveLength(1);
    expect(joined(segments).indexOf("Truce talks")).toBeLessThan(joined(segments).indexOf("truce held"));
  });

  it("prefers the window with the most matches", () => {
    const text = `Aid arrived. ${words(40)} Aid convoys and more aid, aid again. ${words(40, 40)} Aid left.`;
    const segments = snippet(text, matchesAny("aid"));
    const first = segments.findIndex((s) => s.highlight);
    expect(joined(segments)).toContain("Aid convoys and more aid, aid again.");
    expect(marked(segments).length).toBeGreaterThanOrEqual(3);
    expect(first).toBeGreaterThanOrEqual(0);
  });

  it("opens the text, unmarked, when only the title matched", () => {
    const text = words(50);
    const segments = snippet(text, matchesAny("cairo"));
    expect(marked(segments)).toEqual([]);
    expect(joined(segments)).toBe(words(30));
  });

  it("marks whole words only: a match inside a longer word is not one", () => {
    expect(marked(highlightAll("Hamas's envoy and the Hamasian envoys", matchesAny("hamas's", "envoys")))).toEqual(["Hamas's", "envoys"]);
  });
});

describe("text words", () => {
  it("splits at dashes and quotes but keeps hyphens, apostrophes and accented letters inside words", () => {
    const words = textWords("Talks—in “Cairo”—resumed; Hamas’s al-Qassam envoy Béchir, 1,234").map((w) => w.text);
    expect(words).toEqual(["Talks", "in", "Cairo", "resumed", "Hamas’s", "al-Qassam", "envoy", "Béchir", "1", "234"]);
  });
});
