import { describe, expect, it } from "vitest";
import { bylineFromText, stripSiteName, urlDate } from "./metadata.js";

describe("urlDate", () => {
  const rows: Array<{ url: string; expected: string | null }> = [
    { url: "https://news.example/2023/12/24/ferry-vote", expected: "2023-12-24" },
    { url: "https://news.example/statements/2023/dec/24/ferry-vote/", expected: "2023-12-24" },
    { url: "https://news.example/ferry-vote-20231224/", expected: "2023-12-24" },
    { url: "https://news.example/world/2023/1/5/ferry", expected: "2023-01-05" },
    { url: "https://news.example/2023-12-24/ferry", expected: "2023-12-24" },
    { url: "https://news.example/story-2023-12-24-ferry.html", expected: "2023-12-24" },
    { url: "https://news.example/news/20231224/ferry", expected: "2023-12-24" },
    // must not produce a date
    { url: "https://news.example/2023/12/ferry", expected: null },
    { url: "https://news.example/article/14848218.php", expected: null },
    { url: "https://news.example/2023/13/45/ferry", expected: null },
    { url: "not a url", expected: null },
  ];
  it.each(rows)("$url", ({ url, expected }) => {
    expect(urlDate(url)).toBe(expected);
  });
});

describe("stripSiteName", () => {
  const rows: Array<{ title: string; outlet: string | null; outletOnly?: boolean; expected: string }> = [
    { title: "Ferry keeps its early boat | Strait Gazette", outlet: "Strait Gazette", expected: "Ferry keeps its early boat" },
    { title: "Ferry keeps its early boat - Gazette", outlet: null, expected: "Ferry keeps its early boat" },
    { title: "Ferry keeps its early boat — gazette.example", outlet: "gazette.example", expected: "Ferry keeps its early boat" },
    { title: "Ferry vote", outlet: null, expected: "Ferry vote" },
    { title: "Opinion | Ferry vote", outlet: "Strait Gazette", outletOnly: true, expected: "Opinion | Ferry vote" },
    { title: "Ferry vote | Strait Gazette", outlet: "The Strait Gazette", outletOnly: true, expected: "Ferry vote" },
    { title: "Q&A - what the new timetable means for pupils and workers on the island", outlet: null, expected: "Q&A - what the new timetable means for pupils and workers on the island" },
  ];
  it.each(rows)("$title", ({ title, outlet, outletOnly, expected }) => {
    expect(stripSiteName(title, outlet, outletOnly)).toBe(expected);
  });
});

describe("bylineFromText", () => {
  const rows: Array<{ text: string; expected: string }> = [
    { text: "By Ines Korr", expected: "Ines Korr" },
    { text: "Ines Korr\nMonday, December 25, 2023", expected: "Ines Korr" },
    { text: "Ines KorrMonday, December 25, 2023", expected: "Ines Korr" },
    { text: "By Ines Korr | Dec. 24, 2023", expected: "Ines Korr" },
    { text: "Ines Korr, Tomas Vey", expected: "Ines Korr, Tomas Vey" },
    { text: "By Ines Korr, Published 10:48", expected: "Ines Korr" },
  ];
  it.each(rows)("$text", ({ text, expected }) => {
    expect(bylineFromText(text)).toBe(expected);
  });
});
