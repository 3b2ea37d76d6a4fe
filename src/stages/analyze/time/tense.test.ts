import { describe, expect, it } from "vitest";
import { tenseAt } from "./tense.js";

/** The expression is written between brackets; the brackets are removed before reading. */
const rows: Array<{ marked: string; tense: string }> = [
  { marked: "The envoy said on [Wednesday] that the plan was dead.", tense: "past" },
  { marked: "The envoy said on [Wednesday] that he will travel again.", tense: "past" },
  { marked: "He said the delegation will arrive on [Monday].", tense: "future" },
  { marked: "The minister is expected to travel [early next week].", tense: "future" },
  { marked: "The group plans to return on [Friday].", tense: "future" },
  { marked: "The talks, which began on [Monday], will resume soon.", tense: "past" },
  { marked: "On [Friday], the council passed a resolution.", tense: "past" },
  { marked: "They'll be back on [Thursday].", tense: "future" },
  { marked: "The bank said it will redeem its preferred shares on [Oct. 31].", tense: "future" },
  { marked: "The offer had been due to expire [Friday] evening.", tense: "past" },
  { marked: "The crossing is open [today].", tense: "present" },
  { marked: "Aid will stay blocked as it has been since [October 7].", tense: "past" },
  { marked: "Talks in the capital [this week]", tense: "unknown" },
];

describe("tenseAt", () => {
  it.each(rows)("$marked -> $tense", ({ marked, tense }) => {
    const start = marked.indexOf("[");
    const end = marked.indexOf("]") - 1;
    const sentence = marked.replace("[", "").replace("]", "");
    expect(tenseAt(sentence, start, end).tense).toBe(tense);
  });

  it("names the cue it read", () => {
    expect(tenseAt("Officials met on Tuesday.", 16, 23)).toEqual({ tense: "past", cue: "met" });
  });
});
