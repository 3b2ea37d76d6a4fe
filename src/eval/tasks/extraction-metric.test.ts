import { describe, expect, it } from "vitest";
import { pageCounts, pagePrecision, pageRecall, scorePages, shingles, tokenize } from "./extraction-metric.js";

describe("tokenize: Unicode word runs, case kept", () => {
  const rows: Array<{ text: string; tokens: string[] }> = [
    { text: "The ferry, at 6:40!", tokens: ["The", "ferry", "at", "6", "40"] },
    { text: "café déjà-vu", tokens: ["café", "déjà", "vu"] },
    { text: "Москва и Київ", tokens: ["Москва", "и", "Київ"] },
    { text: "snake_case words", tokens: ["snake_case", "words"] },
    { text: "  ", tokens: [] },
  ];
  it.each(rows)("$text", ({ text, tokens }) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe("shingles", () => {
  it("counts 4-token shingles as a multiset", () => {
    expect(shingles("a b c d a b c d")).toEqual(new Map([["a b c d", 2], ["b c d a", 1], ["c d a b", 1], ["d a b c", 1]]));
  });
  it("gives one short shingle for a text under four tokens, none for an empty one", () => {
    expect(shingles("a b")).toEqual(new Map([["a b", 1]]));
    expect(shingles("")).toEqual(new Map());
  });
});

describe("pageCounts: tp / fp / fn normalised by their sum", () => {
  const rows: Array<{ name: string; truth: string; predicted: string; tp: number; fp: number; fn: number }> = [
    { name: "identical", truth: "one two three four five", predicted: "one two three four five", tp: 1, fp: 0, fn: 0 },
    { name: "extra text", truth: "one two three four", predicted: "one two three four five", tp: 1 / 2, fp: 1 / 2, fn: 0 },
    { name: "missing text", truth: "one two three four five", predicted: "one two three four", tp: 1 / 2, fp: 0, fn: 1 / 2 },
    { name: "disjoint", truth: "one two three four", predicted: "five six seven eight", tp: 0, fp: 1 / 2, fn: 1 / 2 },
    { name: "case matters", truth: "One two three four", predicted: "one two three four", tp: 0, fp: 1 / 2, fn: 1 / 2 },
    { name: "punctuation does not", truth: "one, two; three four", predicted: "one two three four", tp: 1, fp: 0, fn: 0 },
    { name: "both empty", truth: "", predicted: "", tp: 0, fp: 0, fn: 0 },
  ];
  it.each(rows)("$name", ({ truth, predicted, tp, fp, fn }) => {
    const counts = pageCounts(truth, predicted);
    expect(counts.tp).toBeCloseTo(tp, 10);
    expect(counts.fp).toBeCloseTo(fp, 10);
    expect(counts.fn).toBeCloseTo(fn, 10);
  });
});

describe("page precision and recall", () => {
  it("is 1 when nothing is wrong, 0 when nothing is right", () => {
    expect(pagePrecision({ tp: 1, fp: 0, fn: 0 })).toBe(1);
    expect(pageRecall({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(pagePrecision({ tp: 0, fp: 1, fn: 0 })).toBe(0);
    expect(pageRecall({ tp: 0, fp: 0, fn: 1 })).toBe(0);
  });
});

describe("scorePages: means over pages, then F1 of the means", () => {
  it("weighs each page the same", () => {
    const score = scorePages([pageCounts("a b c d", "a b c d"), pageCounts("a b c d", "a b c d e")]);
    expect(score.precision).toBeCloseTo((1 + 0.5) / 2, 10);
    expect(score.recall).toBeCloseTo(1, 10);
    expect(score.f1).toBeCloseTo((2 * 0.75) / 1.75, 10);
  });
  it("leaves a page with an empty prediction out of the precision mean, as the benchmark does", () => {
    const score = scorePages([pageCounts("a b c d", "a b c d"), pageCounts("a b c d", "")]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(0.5, 10);
  });
});
