import { describe, expect, it } from "vitest";
import { stripSiteName, urlDate } from "./metadata.js";

describe("urlDate", () => {
  const rows: Array<{ url: string; expected: string | null }> = [
    { url: "https://news.example/2023/12/24/ferry-vote", expected: "2023-12-24" },
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
  const rows: Array<{ title: string; outlet: string | null; expected: string }> = [
    { title: "Ferry keeps its early boat | Strait Gazette", outlet: "Strait Gazette", expected: "Ferry keeps its early boat" },
    { title: "Ferry keeps its early boat - Gazette", outlet: null, expected: "Ferry keeps its early boat" },
    { title: "Ferry keeps its early boat — gazette.example", outlet: "gazette.example", expected: "Ferry keeps its early boat" },
    { title: "Ferry vote", outlet: null, expected: "Ferry vote" },
    { title: "Q&A - what the new timetable means for pupils and workers on the island", outlet: null, expected: "Q&A - what the new timetable means for pupils and workers on the island" },
  ];
  it.each(rows)("$title", ({ title, outlet, expected }) => {
    expect(stripSiteName(title, outlet)).toBe(expected);
  });
});
