import { describe, expect, it } from "vitest";
import { readDateline, readMetadataLine, toIsoDay } from "./metadata.js";

/** [lead paragraph, place, date as YYYY-MM-DD or MM-DD (no year) or null, agency or null]. Made up. */
const datelines: Array<[string, string, string | null, string | null]> = [
  ["CAIRO, Dec 24 (Reuters) - Envoys met again.", "CAIRO", "12-24", "Reuters"],
  ["CAIRO, Dec. 24 (Reuters) - Envoys met again.", "CAIRO", "12-24", "Reuters"],
  ["Cairo — 24 December 2023: Envoys met again.", "Cairo", "2023-12-24", null],
  ["GAZA (AP) — Aid trucks crossed at dawn.", "GAZA", null, "AP"],
  ["CAIRO, March 3 (Nile Wire) - Talks resumed.", "CAIRO", "03-03", "Nile Wire"],
  ["DOHA, Qatar, Jan. 5, 2025 (AFP) - Talks resumed.", "DOHA", "2025-01-05", "AFP"],
  ["GAZA CITY, Gaza Strip (AP) — Aid trucks crossed.", "GAZA CITY", null, "AP"],
  ["JERUSALEM/CAIRO, Feb 12 (Reuters) - Talks resumed.", "JERUSALEM/CAIRO", "02-12", "Reuters"],
  ["CAIRO: Egypt hosted the delegations on Sunday.", "CAIRO", null, null],
  ["Cairo, March 3, 2025 (Desert Wire): Talks resumed.", "Cairo", "2025-03-03", "Desert Wire"],
];

/** Lead paragraphs that open with a place or a date but have no dateline. Made up. */
const notDatelines: string[] = [
  "Cairo — the host of the talks — has kept the details secret.",
  "Egypt said on Sunday that talks would resume.",
  "US-brokered talks resumed in Cairo on Monday.",
  "In Cairo, the delegations met for six hours.",
  "March 3 was the last day of the first phase.",
];

describe("readDateline", () => {
  it.each(datelines)("%s", (paragraph, place, date, agency) => {
    const dateline = readDateline(paragraph);
    expect(dateline?.place).toBe(place);
    expect(dateline?.agency).toBe(agency);
    const d = dateline?.date;
    const written = d ? [d.year, d.month, d.day].filter((n) => n !== null).map((n) => String(n).padStart(2, "0")).join("-") : null;
    expect(written).toBe(date);
  });

  it.each(notDatelines)("no dateline: %s", (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});

/** [line, in header, expected kind and value]. Made up. */
const metadataLines: Array<[string, boolean, string]> = [
  ["By Jane Doe", false, "byline:Jane Doe"],
  ["By JANE DOE", false, "byline:JANE DOE"],
  ["By Jane Doe and Omar al-Masri", false, "byline:Jane Doe and Omar al-Masri"],
  ["By Jane Doe, Cairo correspondent", false, "byline:Jane Doe"],
  ["Written by Jane Doe | Desert Wire", false, "byline:Jane Doe"],
  ["By Desertwire", false, "byline:Desertwire"],
  ["(Reporting by Jane Doe; Editing by Omar Said)", false, "trailer:Jane Doe"],
  ["Published: March 3, 2025 09:15 GMT", false, "date:2025-03-03"],
  ["Updated 4 March 2025", false, "date:2025-03-04"],
  ["Posted on March 3, 2025 by admin", false, "date:2025-03-03"],
  ["Monday, March 3, 2025", true, "date:2025-03-03"],
  ["2025-03-03 | 4 min read", true, "date:2025-03-03"],
];

/** Lines that are content, not metadata. Made up. */
const notMetadata: Array<[string, boolean]> = [
  ["By Sunday, the two sides had exchanged lists.", false],
  ["By Sunday, talks had stalled", false],
  ["By Egypt's count, 200 trucks entered", false],
  ["By then the convoy had turned back", false],
  ["March 3, 2025", false],
  ["March 3 talks end without a deal", true],
  ["By the end of the week, Egypt hoped to announce an extension of the truce.", false],
];

describe("readMetadataLine", () => {
  it.each(metadataLines)("%s", (line, inHeader, expected) => {
    const meta = readMetadataLine(line, inHeader);
    const value = meta?.kind === "date" ? toIsoDay(meta.date) : meta?.names;
    expect(meta ? `${meta.kind}:${value}` : null).toBe(expected);
  });

  it.each(notMetadata)("not metadata: %s", (line, inHeader) => {
    expect(readMetadataLine(line, inHeader)).toBeNull();
  });
});

describe("toIsoDay", () => {
  it.each([
    [{ year: 2025, month: 3, day: 3, text: "" }, undefined, "2025-03-03"],
    [{ year: null, month: 12, day: 24, text: "" }, "2024-01-02", "2023-12-24"],
    [{ year: null, month: 12, day: 24, text: "" }, "2023-12-24", "2023-12-24"],
    [{ year: null, month: 12, day: 25, text: "" }, "2023-12-24", "2023-12-25"],
    [{ year: null, month: 3, day: 3, text: "" }, undefined, null],
    [{ year: null, month: 2, day: 29, text: "" }, "2025-03-01", null],
  ])("%o with reference %s", (date, reference, expected) => {
    expect(toIsoDay(date, reference)).toBe(expected);
  });
});
