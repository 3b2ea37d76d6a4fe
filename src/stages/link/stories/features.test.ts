import { describe, expect, it } from "vitest";
import { contentTerms, monthKeys } from "./features.js";
import { capitalisedNameKeys, nameKey } from "./names.js";
import { stem } from "./stem.js";

describe("nameKey folds spellings of one name", () => {
  const same: Array<[string, string]> = [
    ["Nakhala", "Najalah"],
    ["Nakhala", "al-Nahl"],
    ["Mahmoud", "Mahmud"],
    ["Qassem", "Kassem"],
    ["Haniyeh", "Haniyeh's"],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => expect(nameKey(a)).toBe(nameKey(b)));
  const different: Array<[string, string]> = [
    ["Reid", "Rudd"],
    ["Hamas", "Israel"],
    ["Gaza", "Giza"],
  ];
  for (const [a, b] of different) it(`${a} != ${b}`, () => expect(nameKey(a)).not.toBe(nameKey(b)));
});

describe("capitalisedNameKeys", () => {
  const rows: Array<{ text: string; names: string[] }> = [
    { text: "Talks began in Cairo on Monday.", names: ["Cairo"] },
    { text: "Analysts doubt it. Officials in Doha agree.", names: ["Doha"] },
    { text: "Bettie Page died. Fans mourned.", names: ["Bettie", "Page"] },
    { text: "Additionally, Hamas asked for time.", names: ["Hamas"] },
    { text: "Egypt's Role: Broker or Mediator?\nTalks hosted by Egypt went on.", names: ["Egypt", "Egypt"] },
    { text: "Broker Role: Mediator Talks\nThe talks went on.", names: [] },
    { text: "The Hamas-led groups met al-Nakhala, Reuters reported.", names: ["Hamas", "al-Nakhala"] },
    { text: "UPDATED MAY 3, 2013 AT 1:10PM by the NBA desk.", names: ["NBA"] },
  ];
  for (const row of rows) {
    it(JSON.stringify(row.text), () => expect(capitalisedNameKeys(row.text)).toEqual(row.names.map(nameKey)));
  }
});

describe("stem", () => {
  const rows: Array<[string, string]> = [
    ["talks", "talk"],
    ["talked", "talk"],
    ["talking", "talk"],
    ["negotiations", "negotiation"],
    ["stopped", "stop"],
    ["hosting", "host"],
    ["ceasefires", "ceasefir"],
    ["bus", "bus"],
    ["1990s", "1990s"],
  ];
  for (const [word, expected] of rows) it(`${word} -> ${expected}`, () => expect(stem(word)).toBe(expected));
  it("folds a base form and its -ed form", () => expect(stem("release")).toBe(stem("released")));
});

describe("contentTerms", () => {
  it("drops function words and generic news words, keeps numbers of two digits or more", () => {
    expect(contentTerms("The 2,300 strikers said on Monday they would return, 2 officials told Reuters.")).toEqual([
      "2,300",
      "striker",
      "return",
      "reuter",
    ]);
  });
});

describe("monthKeys", () => {
  const rows: Array<{ text: string; keys: string[] }> = [
    { text: "The truce ended on December 1, 2023.", keys: ["@2023-12"] },
    { text: "Talks in August 2025 and 24 Dec. 2023.", keys: ["@2025-08", "@2023-12"] },
    { text: "Published 2013-05-03.", keys: ["@2013-05"] },
    { text: "It ended on December 1.", keys: [] },
  ];
  for (const row of rows) it(JSON.stringify(row.text), () => expect(monthKeys(row.text, undefined)).toEqual(row.keys));
  it("reads resolved time values when given, ignoring durations and unknown values", () => {
    expect(monthKeys("", [{ value: "2023-12-20" }, { value: "P3D" }, { value: null }, { value: "2024-01" }])).toEqual([
      "@2023-12",
      "@2024-01",
    ]);
  });
});
