import { describe, expect, it } from "vitest";
import type { RemovalReason } from "../types.js";
import { extractPlainText } from "./index.js";

const PROSE_A = "Egyptian and Qatari mediators met both delegations in Cairo on Sunday, officials said, and a new proposal was passed to the two sides late in the evening.";
const PROSE_B = "The proposal would extend the truce while more hostages and prisoners are released, according to two people briefed on the talks.";
const PROSE_C = "Aid agencies said the number of trucks entering the enclave had fallen sharply since the start of the month.";

interface DocumentCase {
  name: string;
  input: string;
  format?: "text" | "markdown";
  /** The exact clean text. */
  text: string;
  /** Removed blocks as [reason, text]. */
  removed: Array<[RemovalReason, string]>;
}

/** Whole documents, made up: what must go, what must stay, and how paragraphs come out. */
const documents: DocumentCase[] = [
  {
    name: "title twice at the top: the copy goes, the title stays once",
    input: `Envoys Meet in Cairo\n\n\nEnvoys Meet in Cairo\n© Omar Said / Desert Wire\n\n${PROSE_A}`,
    text: `Envoys Meet in Cairo\n\n${PROSE_A}`,
    removed: [["repeated-title", "Envoys Meet in Cairo"], ["photo-credit", "© Omar Said / Desert Wire"]],
  },
  {
    name: "title repeated with the site name",
    input: `Envoys Meet in Cairo\n\nEnvoys Meet in Cairo | Desert Wire\n\n${PROSE_A}`,
    text: `Envoys Meet in Cairo\n\n${PROSE_A}`,
    removed: [["repeated-title", "Envoys Meet in Cairo | Desert Wire"]],
  },
  {
    name: "summary prompt, previous/next labels and their headlines",
    input: `Envoys Meet in Cairo\n\nNo time to read?\nGet a summary\n\n${PROSE_A}\n\n${PROSE_B}\n\nPrevious Article\n\nCamel Races Return to the Desert Festival\n\nNext Article\n\nBread Prices Rise in Alexandria`,
    text: `Envoys Meet in Cairo\n\n${PROSE_A}\n\n${PROSE_B}`,
    removed: [
      ["summary-prompt", "No time to read?\nGet a summary"],
      ["article-teaser", "Previous Article"],
      ["article-teaser", "Camel Races Return to the Desert Festival"],
      ["article-teaser", "Next Article"],
      ["article-teaser", "Bread Prices Rise in Alexandria"],
    ],
  },
  {
    name: "a teaser list stops before a subhead that introduces prose",
    input: `${PROSE_A}\n\nRelated stories\n\nCamel Races Return to the Desert Festival\n\nWhat Comes Next\n\n${PROSE_B}`,
    text: `${PROSE_A}\n\nWhat Comes Next\n\n${PROSE_B}`,
    removed: [["article-teaser", "Related stories"], ["article-teaser", "Camel Races Return to the Desert Festival"]],
  },
  {
    name: "a headline in the teaser label's own block is a teaser, even above prose",
    input: `${PROSE_A}\n\nRelated stories\nCamel Races Return to the Desert Festival\n\n${PROSE_B}`,
    text: `${PROSE_A}\n\n${PROSE_B}`,
    removed: [["article-teaser", "Related stories\nCamel Races Return to the Desert Festival"]],
  },
  {
    name: "'Read more:' before a list of headlines takes them with it",
    input: `${PROSE_A}\n\nRead more:\n• Camel Races Return to the Desert Festival\n• Bread Prices Rise in Alexandria`,
    text: PROSE_A,
    removed: [["summary-prompt", "Read more:"], ["article-teaser", "• Camel Races Return to the Desert Festival\n• Bread Prices Rise in Alexandria"]],
  },
  {
    name: "a kicker in capitals above the headline: the headline is the title",
    input: `MIDDLE EAST\n\nEnvoys Meet in Cairo\n\nEnvoys Meet in Cairo\n\n${PROSE_A}`,
    text: `MIDDLE EAST\n\nEnvoys Meet in Cairo\n\n${PROSE_A}`,
    removed: [["repeated-title", "Envoys Meet in Cairo"]],
  },
  {
    name: "comment section: headings, bare fields, a reader's comment",
    input: `${PROSE_A}\n\n2 Comments\n\nSamira says:\nMarch 3, 2025 at 9:14 am\nI hope they agree.\nReply\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment\n\nName *\n\nWebsite\n\nPost Comment`,
    text: PROSE_A,
    removed: [
      ["comment-form", "2 Comments"],
      ["comments", "Samira says:\nMarch 3, 2025 at 9:14 am\nI hope they agree.\nReply"],
      ["comment-form", "Leave a Reply"],
      ["comment-form", "Your email address will not be published. Required fields are marked *"],
      ["comment-form", "Comment"],
      ["comment-form", "Name *"],
      ["comment-form", "Website"],
      ["comment-form", "Post Comment"],
    ],
  },
  {
    name: "cookie notice and its buttons; a bare 'OK' elsewhere is content",
    input: `OK\n\n${PROSE_A}\n\nWe use cookies to improve your experience. Accept to continue.\nGot it\nManage preferences`,
    text: `OK\n\n${PROSE_A}`,
    removed: [["cookie-notice", "We use cookies to improve your experience. Accept to continue.\nGot it\nManage preferences"]],
  },
  {
    name: "keyword line alone between paragraphs; a short lower-case line inside a wrapped paragraph stays",
    input: `${PROSE_A}\n\ngaza truce talks cairo\n\nThe mediators met again on Monday, and the talks went on\nlate into the night\nwithout a break.\n\ntalks resume in cairo\n\n${PROSE_B}`,
    text: `${PROSE_A}\n\nThe mediators met again on Monday, and the talks went on\nlate into the night\nwithout a break.\n\ntalks resume in cairo\n\n${PROSE_B}`,
    removed: [["keyword-line", "gaza truce talks cairo"]],
  },
  {
    name: "one paragraph per line (no blank lines): each long line is a paragraph",
    input: `Envoys Meet in Cairo\n${PROSE_A}\n${PROSE_B}\n${PROSE_C}`,
    text: `Envoys Meet in Cairo\n\n${PROSE_A}\n\n${PROSE_B}\n\n${PROSE_C}`,
    removed: [],
  },
  {
    name: "a subhead inside a one-paragraph-per-line file is split from the prose under it",
    input: `${PROSE_A}\nWhat Comes Next\n${PROSE_B}`,
    text: `${PROSE_A}\n\nWhat Comes Next\n\n${PROSE_B}`,
    removed: [],
  },
  {
    name: "hard-wrapped paragraphs, bullets and a table stay whole",
    input:
      "The talks resumed on Sunday. Egypt and Qatar led the mediation.\nBoth delegations stayed in separate hotels.\n\n" +
      "Why it matters:\n• Aid could flow again.\n• Prisoners could be released.\n\n" +
      "Round Venue Outcome\nJanuary 2025 Doha Truce agreed\nMarch 2025 Cairo Under way",
    text:
      "The talks resumed on Sunday. Egypt and Qatar led the mediation.\nBoth delegations stayed in separate hotels.\n\n" +
      "Why it matters:\n• Aid could flow again.\n• Prisoners could be released.\n\n" +
      "Round Venue Outcome\nJanuary 2025 Doha Truce agreed\nMarch 2025 Cairo Under way",
    removed: [],
  },
  {
    name: "site chrome after the closing widgets",
    input: `${PROSE_A}\n\nAdvertisement\n\nDesert Wire - News from the region`,
    text: PROSE_A,
    removed: [["advertisement", "Advertisement"], ["navigation", "Desert Wire - News from the region"]],
  },
  {
    name: "a table right after the last paragraph is content, widgets or not below it",
    input: `${PROSE_A}\n\nRound Venue Outcome\nMarch 2025 Cairo Under way\n\nAdvertisement`,
    text: `${PROSE_A}\n\nRound Venue Outcome\nMarch 2025 Cairo Under way`,
    removed: [["advertisement", "Advertisement"]],
  },
  {
    name: "CRLF line endings, indentation and extra blank lines",
    input: `  Envoys Meet in Cairo  \r\n\r\n\r\n\r\n  ${PROSE_A}\r\n\r\n\t${PROSE_B}\r\n`,
    text: `Envoys Meet in Cairo\n\n${PROSE_A}\n\n${PROSE_B}`,
    removed: [],
  },
  {
    name: "Markdown: syntax stripped, image removed as a photo, links to text",
    format: "markdown",
    input: `# Envoys Meet in Cairo\n\n![Delegates arrive](a.jpg)\n\n**Cairo** hosted [both teams](https://example.org) on Sunday, officials said, and a new proposal was passed to the two sides.\n\n*Follow us on Telegram*`,
    text: "Envoys Meet in Cairo\n\nCairo hosted both teams on Sunday, officials said, and a new proposal was passed to the two sides.",
    removed: [["photo-credit", "![Delegates arrive](a.jpg)"], ["share-subscribe", "Follow us on Telegram"]],
  },
];

describe("extractPlainText: documents", () => {
  it.each(documents)("$name", ({ input, format, text, removed }) => {
    const result = extractPlainText(input, { format: format ?? "text" });
    expect(result.text).toBe(text);
    expect(result.removed.map((block) => [block.reason, block.text])).toEqual(removed);
  });
});

/** [input, title, byline, published, outlet] with their sources. Made up. */
const metadataCases: Array<{ name: string; input: string; referenceDate?: string; expected: Record<string, [string | null, string]> }> = [
  {
    name: "headline, byline and a dated dateline with an agency",
    input: `Envoys Meet in Cairo\n\nBy Jane Doe\n\nCAIRO, Jan. 5, 2025 (Desert Wire) - ${PROSE_A}`,
    expected: { title: ["Envoys Meet in Cairo", "text"], byline: ["Jane Doe", "text"], published: ["2025-01-05", "dateline"], outlet: ["Desert Wire", "dateline"] },
  },
  {
    name: "a year-less dateline takes its year from the reference date",
    input: `CAIRO, Dec 24 (Reuters) - ${PROSE_A}`,
    referenceDate: "2024-01-02",
    expected: { title: [null, "unknown"], published: ["2023-12-24", "dateline"], outlet: ["Reuters", "dateline"] },
  },
  {
    name: "a year-less dateline takes its year from a date stamp of the same text",
    input: `Envoys Meet in Cairo\n\nPublished: March 3, 2025\n\nCAIRO, March 2 (Desert Wire) - ${PROSE_A}`,
    expected: { published: ["2025-03-02", "dateline"] },
  },
  {
    name: "a year-less dateline without any reference gives no date",
    input: `GAZA, March 2 (AP) — ${PROSE_A}`,
    expected: { published: [null, "unknown"], outlet: ["AP", "dateline"] },
  },
  {
    name: "a day-month dateline with the date after a dash",
    input: `Cairo — 24 December 2023: ${PROSE_A}`,
    expected: { published: ["2023-12-24", "dateline"], outlet: [null, "unknown"] },
  },
  {
    name: "a first line that is a sentence is no title",
    input: `${PROSE_A}\n\n${PROSE_B}`,
    expected: { title: [null, "unknown"] },
  },
  {
    name: "a bare date in the header is the publication date",
    input: `Envoys Meet in Cairo\n\nMonday, 3 March 2025\n\n${PROSE_A}`,
    expected: { published: ["2025-03-03", "text"] },
  },
];

describe("extractPlainText: metadata", () => {
  it.each(metadataCases)("$name", ({ input, referenceDate, expected }) => {
    const result = extractPlainText(input, referenceDate ? { format: "text", referenceDate } : { format: "text" });
    for (const [field, [value, source]] of Object.entries(expected)) {
      const found = result[field as "title" | "byline" | "published" | "outlet"];
      expect([field, found.value, found.source]).toEqual([field, value, source]);
    }
  });
});

describe("extractPlainText: output shape", () => {
  it("separates paragraphs by exactly one blank line and never starts or ends with one", () => {
    const result = extractPlainText(`\n\n${PROSE_A}\n\n\n\n\nAdvertisement\n\n\n${PROSE_B}\n\n`, { format: "text" });
    expect(result.text).toBe(`${PROSE_A}\n\n${PROSE_B}`);
  });

  it("returns empty text for empty or boilerplate-only input", () => {
    expect(extractPlainText("", { format: "text" }).text).toBe("");
    const onlyWidgets = extractPlainText("Share this article\n\nAdvertisement", { format: "text" });
    expect(onlyWidgets.text).toBe("");
    expect(onlyWidgets.removed).toHaveLength(2);
  });
});

/**
 * Hostile inputs: long lines built to make patterns backtrack. Each must finish quickly
 * (the bound is loose for a shared machine; before the inline patterns were bounded,
 * some of these took several seconds at this size).
 */
const HOSTILE_MAX_MS = 3000;
const hostile: string[] = [
  "[".repeat(60_000) + "](",
  "![".repeat(30_000),
  "**a ".repeat(20_000),
  "_a".repeat(30_000),
  "a".repeat(100_000),
  "By " + "A ".repeat(5_000),
  "CAIRO, " + "X ".repeat(20_000) + " -",
  "Photo: " + "x (".repeat(10_000),
  "cookie accept ".repeat(5_000),
];

describe("extractPlainText: hostile input", () => {
  it.each(hostile.map((input) => [JSON.stringify(input.slice(0, 12)), input]))("%s", (_, input) => {
    for (const format of ["text", "markdown"] as const) {
      const start = performance.now();
      extractPlainText(input, { format });
      expect(performance.now() - start).toBeLessThan(HOSTILE_MAX_MS);
    }
  });
});

/**
 * Lines that must survive the whole cleaner, context rules included, when they stand
 * between two paragraphs of prose. Made up.
 */
const mustSurvive: string[] = [
  "What Comes Next",
  "Egypt's Role: Broker or Guarantor?",
  "Date Venue Outcome",
  "• Aid could flow again.",
  "1. The first phase ends on Saturday.",
  "“Not yet,” he said.",
  "talks resume in cairo",
  "and the crossing stayed shut",
  "Reuters",
  "OK",
  "By the end of the week, Egypt hoped to announce an extension of the truce.",
  "Comments made by the negotiator on Sunday angered the other side.",
  "Next week, the delegations are expected to return to Cairo.",
];

describe("extractPlainText: must survive between prose paragraphs", () => {
  it.each(mustSurvive)("%s", (line) => {
    const result = extractPlainText(`${PROSE_A}\n\n${line}\n\n${PROSE_B}`, { format: "text" });
    expect(result.text.split("\n\n")).toContain(line);
  });
});
