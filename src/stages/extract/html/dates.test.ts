import { describe, expect, it } from "vitest";
import { normalizeDate, parseWrittenDate } from "./dates.js";

const MAX_YEAR = 2030;

describe("normalizeDate", () => {
  const rows: Array<{ raw: string; expected: string | null }> = [
    { raw: "2023-12-24", expected: "2023-12-24" },
    { raw: "2023-12-24T10:15:00Z", expected: "2023-12-24T10:15:00Z" },
    { raw: "2023-12-24T10:15:00.000+0200", expected: "2023-12-24T10:15:00+02:00" },
    { raw: "2023-12-24 10:15", expected: "2023-12-24T10:15:00" },
    { raw: "2023-1-5", expected: "2023-01-05" },
    { raw: "20231224", expected: "2023-12-24" },
    { raw: "1703412900", expected: "2023-12-24T10:15:00Z" },
    { raw: "Sun, 24 Dec 2023 10:15:00 GMT", expected: "2023-12-24" },
    { raw: "December 24, 2023", expected: "2023-12-24" },
    { raw: "24 décembre 2023", expected: "2023-12-24" },
    { raw: "24 de diciembre de 2023", expected: "2023-12-24" },
    // must not produce a date
    { raw: "2023-02-30", expected: null },
    { raw: "0001-01-01T00:00:00Z", expected: null },
    { raw: "2099-01-01", expected: null },
    { raw: "yesterday", expected: null },
    { raw: "", expected: null },
  ];
  it.each(rows)("$raw -> $expected", ({ raw, expected }) => {
    expect(normalizeDate(raw, MAX_YEAR)).toBe(expected);
  });
});

describe("parseWrittenDate", () => {
  const rows: Array<{ text: string; expected: string | null }> = [
    { text: "LARKHAVEN, Dec. 24, 2023 — The committee", expected: "2023-12-24" },
    { text: "Published Monday, Nov. 18, 2019 8:22AM", expected: "2019-11-18" },
    { text: "Updated 10:48, Tue, 19 November 2019", expected: "2019-11-19" },
    { text: "Posted on 2019/11/19 by the desk", expected: "2019-11-19" },
    { text: "The vote on March 3 was close", expected: null },
    { text: "In 2019, 24 boats sailed", expected: null },
  ];
  it.each(rows)("$text", ({ text, expected }) => {
    const date = parseWrittenDate(text, MAX_YEAR);
    expect(date === null ? null : `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`).toBe(expected);
  });
});
