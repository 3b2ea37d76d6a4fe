import { describe, expect, it } from "vitest";
import { parseNumber, parseYear } from "./fragments.js";
import { durationValue } from "./duration.js";

describe("parseNumber", () => {
  it.each([
    { raw: "60", value: 60 },
    { raw: "1,500", value: 1500 },
    { raw: "2 1/2", value: 2.5 },
    { raw: "twenty-four", value: 24 },
    { raw: "twenty four", value: 24 },
    { raw: "a hundred", value: 100 },
    { raw: "two hundred and fifty", value: 250 },
    { raw: "a couple of", value: 2 },
    { raw: "two and a half", value: 2.5 },
    { raw: "half an", value: 0.5 },
    { raw: "an", value: 1 },
    { raw: "many", value: null },
  ])("$raw -> $value", ({ raw, value }) => {
    expect(parseNumber(raw)).toBe(value);
  });
});

describe("parseYear", () => {
  it.each([
    { raw: "1998", value: 1998 },
    { raw: "nineteen ninety-six", value: 1996 },
    { raw: "nineteen seventy", value: 1970 },
    { raw: "two thousand", value: 2000 },
    { raw: "two thousand and three", value: 2003 },
  ])("$raw -> $value", ({ raw, value }) => {
    expect(parseYear(raw)).toBe(value);
  });
});

describe("durationValue", () => {
  it.each([
    { amount: 3, unit: "day", value: "P3D" },
    { amount: 2, unit: "hour", value: "PT2H" },
    { amount: null, unit: "week", value: "PXW" },
    { amount: null, unit: "minute", value: "PTXM" },
    { amount: 2.5, unit: "year", value: "P2Y6M" },
    { amount: 1.5, unit: "day", value: "P1DT12H" },
    { amount: 1, unit: "fortnight", value: "P2W" },
    { amount: 2, unit: "decade", value: "P2E" },
  ] as const)("$amount $unit -> $value", ({ amount, unit, value }) => {
    expect(durationValue(amount, unit)).toBe(value);
  });
});
