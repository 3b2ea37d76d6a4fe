import { describe, expect, it } from "vitest";
import { OBJECT_CLASSES, TRIGGERS } from "./lexicon.js";
import { tokenizeSpan } from "./nlp.js";
import { PLOVER_EVENT_TYPES } from "./types.js";

describe("lexicon", () => {
  it.each(PLOVER_EVENT_TYPES)("has verb and noun triggers for %s", (type) => {
    const entries = TRIGGERS.filter((e) => e.event === type || e.senses?.some((s) => s.event === type));
    expect(entries.some((e) => e.pos === "verb")).toBe(true);
    expect(entries.length).toBeGreaterThan(2);
  });

  it("lists each word once per part of speech", () => {
    const seen = new Set<string>();
    const duplicates = TRIGGERS.map((e) => `${e.pos}:${e.words}`).filter((key) => (seen.has(key) ? true : (seen.add(key), false)));
    expect(duplicates).toEqual([]);
  });

  it("names only object classes that exist (upper-case names) in its senses", () => {
    const unknown = TRIGGERS.flatMap((e) => e.senses ?? [])
      .flatMap((s) => s.objects)
      .filter((o) => /^[A-Z_]+$/.test(o) && !(o in OBJECT_CLASSES));
    expect(unknown).toEqual([]);
  });

  it("keeps weights between 0 and 1", () => {
    expect(TRIGGERS.filter((e) => e.weight !== undefined && (e.weight <= 0 || e.weight > 1))).toEqual([]);
  });

  it("writes entries as lower-case base forms", () => {
    expect(TRIGGERS.filter((e) => e.words !== e.words.toLowerCase() || e.words.trim() !== e.words)).toEqual([]);
  });
});

// The matcher reads words through their base forms: inflections must reach the lexicon's form.
const INFLECTIONS: Array<{ word: string; base: string }> = [
  { word: "shelled", base: "shell" },
  { word: "freed", base: "free" },
  { word: "waged", base: "wage" },
  { word: "kidnapped", base: "kidnap" },
  { word: "talks", base: "talk" },
  { word: "sought", base: "seek" },
  { word: "withdrew", base: "withdraw" },
  { word: "retaken", base: "retake" },
  { word: "hostilities", base: "hostility" },
  { word: "rioted", base: "riot" },
];

describe("base forms", () => {
  it.each(INFLECTIONS)("$word -> $base", ({ word, base }) => {
    const text = `They ${word} it.`;
    const token = tokenizeSpan(text, 0, text.length)[1]!;
    expect(token.forms).toContain(base);
  });
});
