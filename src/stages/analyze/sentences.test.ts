import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const cases: Array<{ name: string; text: string; expected: Array<[string, string]> }> = [
  {
    name: "headline is not glued to the next line",
    text: "Envoys Meet in Cairo\nThe talks began on Monday. They ended late.",
    expected: [["Envoys Meet in Cairo", "headline"], ["The talks began on Monday.", "body"], ["They ended late.", "body"]],
  },
  {
    name: "titles, initials and abbreviations do not end a sentence",
    text: "Dr. Amal K. Haddad met Mr. Osei at 9 a.m. on Jan. 4 in the U.S. capital. Then she left.",
    expected: [["Dr. Amal K. Haddad met Mr. Osei at 9 a.m. on Jan. 4 in the U.S. capital.", "body"], ["Then she left.", "body"]],
  },
  {
    name: "closing quotes stay with their sentence",
    text: "“We will return,” he said. “Soon.” Nobody answered.",
    expected: [["“We will return,” he said.", "body"], ["“Soon.”", "body"], ["Nobody answered.", "body"]],
  },
  {
    name: "bullets are their own sentences",
    text: "Why it matters:\n  • Aid could flow again.\n  • Talks may resume",
    expected: [["Why it matters:", "body"], ["• Aid could flow again.", "bullet"], ["• Talks may resume", "bullet"]],
  },
  {
    name: "lower-case continuation after a period is not a boundary",
    text: "The figure was 3.5 percent. a typo follows here.",
    expected: [["The figure was 3.5 percent. a typo follows here.", "body"]],
  },
];

describe("splitSentences", () => {
  it.each(cases)("$name", ({ text, expected }) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => [s.text, s.kind])).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("numbers paragraphs by blank lines", () => {
    const sentences = splitSentences("One. Two.\n\nThree.\nFour.");
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });
});
