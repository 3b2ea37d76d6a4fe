import { describe, expect, it } from "vitest";
import { splitSentences } from "../sentences.js";
import type { TimeExpression } from "../types.js";
import { findTimeExpressions } from "./index.js";

interface Row {
  /** A sentence of our own. */
  text: string;
  /** Publication date, or null when unknown. */
  published: string | null;
  /** The expression looked for, as it appears in the text. */
  expression: string;
  value: string | null;
  granularity?: TimeExpression["granularity"];
  basis?: TimeExpression["basis"];
  type?: TimeExpression["type"];
  range?: { from: string; to: string };
  /** Bounds on the confidence, when the row is about it. */
  minConfidence?: number;
  maxConfidence?: number;
}

// Sunday 24 December 2023 unless said otherwise.
const SUNDAY = "2023-12-24";

const rows: Row[] = [
  // Past tense looks back, future tense forward.
  { text: "The envoy said on Wednesday that the plan was dead.", published: SUNDAY, expression: "Wednesday", value: "2023-12-20", granularity: "day", basis: "inferred" },
  { text: "The envoy will meet both sides on Wednesday.", published: SUNDAY, expression: "Wednesday", value: "2023-12-27", granularity: "day" },
  { text: "The delegation arrived in the capital this Sunday.", published: SUNDAY, expression: "this Sunday", value: "2023-12-24", granularity: "day" },
  { text: "Officials met last Friday to compare notes.", published: SUNDAY, expression: "last Friday", value: "2023-12-22" },
  { text: "Ministers gather next Monday in the port city.", published: SUNDAY, expression: "next Monday", value: "2023-12-25" },
  { text: "The mediator is expected to travel early next week.", published: SUNDAY, expression: "early next week", value: "2023-W52", granularity: "interval", range: { from: "2023-12-25", to: "2023-12-27" } },
  { text: "The previous pause ended on December 1 after a week.", published: SUNDAY, expression: "December 1", value: "2023-12-01", granularity: "day", basis: "inferred" },
  { text: "Prices fell sharply in October, the bureau said.", published: "2024-01-15", expression: "October", value: "2023-10", granularity: "month", range: { from: "2023-10-01", to: "2023-10-31" } },
  { text: "The summit will be held in March.", published: "2024-01-15", expression: "March", value: "2024-03", granularity: "month" },
  { text: "The siege began on October 7 and has not lifted.", published: SUNDAY, expression: "October 7", value: "2023-10-07", granularity: "day" },
  { text: "Crossings will stay shut as they have been since October 7.", published: "2024-09-01", expression: "October 7", value: "2023-10-07" },
  // A deadline told in the past tense is still the near date, not one eleven months back.
  { text: "The offer was extended to Nov. 20 on Thursday.", published: "2023-11-02", expression: "Nov. 20", value: "2023-11-20" },
  // Stated dates keep their year and say so.
  { text: "The accord was signed on March 26, 2021 in a hotel.", published: SUNDAY, expression: "March 26, 2021", value: "2021-03-26", basis: "stated", minConfidence: 0.9 },
  { text: "Trade grew through the 1990s and into 2003.", published: SUNDAY, expression: "the 1990s", value: "199", granularity: "decade", basis: "stated" },
  { text: "Trade grew through the 1990s and into 2003.", published: SUNDAY, expression: "2003", value: "2003", granularity: "year", basis: "stated" },
  { text: "The archive covers 2019-03-04 to the present.", published: SUNDAY, expression: "2019-03-04", value: "2019-03-04", basis: "stated" },
  // Relative to the publication date.
  { text: "Crossings reopened today under a new regime.", published: SUNDAY, expression: "today", value: "2023-12-24", granularity: "day" },
  { text: "Trucks were turned back yesterday morning.", published: SUNDAY, expression: "yesterday morning", value: "2023-12-23TMO", type: "TIME" },
  { text: "The committee convened last week without the observers.", published: SUNDAY, expression: "last week", value: "2023-W50", granularity: "week", range: { from: "2023-12-11", to: "2023-12-17" } },
  { text: "Turnout has fallen this year in every district.", published: SUNDAY, expression: "this year", value: "2023", granularity: "year" },
  { text: "Earlier this month the council voted twice.", published: SUNDAY, expression: "Earlier this month", value: "2023-12", granularity: "interval", range: { from: "2023-12-01", to: "2023-12-24" } },
  { text: "A short truce held until the end of November.", published: SUNDAY, expression: "the end of November", value: "2023-11", granularity: "interval", range: { from: "2023-11-21", to: "2023-11-30" } },
  { text: "The ministry had days earlier asked for mediation.", published: SUNDAY, expression: "days earlier", value: "PAST_REF", granularity: "interval", maxConfidence: 0.6 },
  { text: "The envoy recently returned from the border.", published: SUNDAY, expression: "recently", value: "PAST_REF" },
  { text: "Two weeks ago the crossing was shut.", published: SUNDAY, expression: "Two weeks ago", value: "2023-W49", granularity: "week" },
  { text: "The vote is scheduled for the weekend.", published: "2023-12-20", expression: "the weekend", value: "2023-W51-WE", range: { from: "2023-12-23", to: "2023-12-24" } },
  { text: "Unemployment rose in 2021 and a year earlier it had doubled.", published: SUNDAY, expression: "a year earlier", value: "2020", granularity: "year" },
  { text: "Results for the third quarter were weak.", published: "2023-10-26", expression: "the third quarter", value: "2023-Q3", granularity: "quarter" },
  { text: "Revenue rose in the third quarter from a year ago.", published: "2023-10-26", expression: "a year ago", value: "2022-Q3" },
  { text: "The council meets again this summer.", published: "2024-03-01", expression: "this summer", value: "2024-SU", granularity: "season" },
  // Times.
  { text: "The curfew starts at 8 p.m. in the old city.", published: SUNDAY, expression: "8 p.m.", value: "2023-12-24T20:00", type: "TIME", granularity: "instant" },
  { text: "Voting closes at 10 p.m. Wednesday across the region.", published: SUNDAY, expression: "10 p.m. Wednesday", value: "2023-12-20T22:00", type: "TIME" },
  // Durations and sets.
  { text: "The war has lasted two years already.", published: SUNDAY, expression: "two years", value: "P2Y", type: "DURATION", granularity: "year", basis: "stated" },
  { text: "Fighting stopped for a week in the north.", published: SUNDAY, expression: "a week", value: "P1W", type: "DURATION" },
  { text: "Mediators proposed a 60-day truce.", published: SUNDAY, expression: "60-day", value: "P60D", type: "DURATION" },
  { text: "The talks lasted nearly two and a half years.", published: SUNDAY, expression: "nearly two and a half years", value: "P2Y6M", type: "DURATION" },
  { text: "Aid convoys have crossed every week since spring.", published: SUNDAY, expression: "every week", value: "P1W", type: "SET" },
  { text: "The two delegations now meet weekly in the capital.", published: SUNDAY, expression: "weekly", value: "XXXX-WXX", type: "SET" },
  { text: "The ferry sails twice a week from the harbour.", published: SUNDAY, expression: "twice a week", value: "P1W", type: "SET" },
  // Lexical references.
  { text: "The crossing is now closed to trucks.", published: SUNDAY, expression: "now", value: "PRESENT_REF" },
  { text: "Both sides hope to meet in the near future.", published: SUNDAY, expression: "the near future", value: "FUTURE_REF" },
  // No publication date: only what the text fixes, with low confidence.
  { text: "The siege began on October 7 and has not lifted.", published: null, expression: "October 7", value: "XXXX-10-07", maxConfidence: 0.4 },
  { text: "The envoy said on Wednesday that the plan was dead.", published: null, expression: "Wednesday", value: "XXXX-WXX-3", maxConfidence: 0.4 },
  { text: "Crossings reopened yesterday under a new regime.", published: null, expression: "yesterday", value: null, maxConfidence: 0.3 },
  { text: "The accord was signed on March 26, 2021 in a hotel.", published: null, expression: "March 26, 2021", value: "2021-03-26", basis: "stated" },
  { text: "The war has lasted two years already.", published: null, expression: "two years", value: "P2Y" },
];

function find(row: Row): TimeExpression | undefined {
  return findTimeExpressions(row.text, splitSentences(row.text), { published: row.published }).find((e) => e.text === row.expression);
}

describe("findTimeExpressions", () => {
  it.each(rows)("$expression in '$text' ($published) -> $value", (row) => {
    const expression = find(row);
    expect(expression, `no expression "${row.expression}" found`).toBeDefined();
    const e = expression!;
    expect(row.text.slice(e.start, e.end)).toBe(e.text);
    expect(e.value).toBe(row.value);
    if (row.granularity) expect(e.granularity).toBe(row.granularity);
    if (row.basis) expect(e.basis).toBe(row.basis);
    if (row.type) expect(e.type).toBe(row.type);
    if (row.range) expect(e.range).toEqual(row.range);
    if (row.minConfidence !== undefined) expect(e.confidence).toBeGreaterThanOrEqual(row.minConfidence);
    if (row.maxConfidence !== undefined) expect(e.confidence).toBeLessThanOrEqual(row.maxConfidence);
  });

  it("keeps offsets into the text for every expression", () => {
    const text = "Headline without a date\n\nOn Friday, talks resumed.  They will continue next week, officials said on Sunday.";
    const found = findTimeExpressions(text, splitSentences(text), { published: SUNDAY });
    expect(found.map((e) => e.text)).toEqual(["Friday", "next week", "Sunday"]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("treats a publication date that is not ISO as unknown", () => {
    const [today] = findTimeExpressions("It rained today.", [], { published: "24/12/2023" });
    expect(today?.value).toBeNull();
  });
});

/** Words that look like time expressions and are not. */
const notTime: Array<{ text: string; word: string }> = [
  { text: "May the talks succeed, he said.", word: "May" },
  { text: "A second round of talks followed.", word: "second" },
  { text: "The negotiator, 52 years old, left.", word: "years" },
  { text: "Some 2000 people marched downtown.", word: "2000" },
  { text: "They paid $1990 for the permit.", word: "1990" },
  { text: "The council passed Resolution 2028 unanimously.", word: "2028" },
  { text: "The fall of the city shocked observers.", word: "fall" },
  { text: "Veterans of the Arab Spring spoke.", word: "Spring" },
  { text: "A quarter of the shares changed hands.", word: "quarter" },
  { text: "The current account deficit widened.", word: "current" },
  { text: "They will leave as soon as the road opens.", word: "soon" },
  { text: "Protesters march through the square.", word: "march" },
  { text: "The weekly magazine ran the story.", word: "weekly" },
];

describe("findTimeExpressions refuses", () => {
  it.each(notTime)("'$word' in '$text'", ({ text, word }) => {
    const found = findTimeExpressions(text, splitSentences(text), { published: SUNDAY });
    expect(found.filter((e) => e.text.includes(word))).toEqual([]);
  });
});

describe("findTimeExpressions on hostile input", () => {
  // Long runs that made look-behinds and unbounded number chains quadratic (tens of seconds).
  it.each([
    { name: "a run of spaces", text: " ".repeat(60_000) + "today" },
    { name: "a run of number words", text: "twenty ".repeat(10_000) + "years" },
    { name: "a run of prepositions", text: "for ".repeat(20_000) },
  ])("stays fast on $name", ({ text }) => {
    const started = performance.now();
    findTimeExpressions(text, splitSentences(text), { published: SUNDAY });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
