import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../analyze/index.js";
import type { Article } from "../extract/types.js";
import type { StoryArticle } from "./story-input.js";
import { buildTimeline } from "./timeline.js";

// Sentences written for these tests.
function storyArticle(id: string, text: string, published: string): StoryArticle {
  const sourced = <T>(value: T) => ({ value, source: "user" as const });
  const article: Article = {
    id,
    contentHash: id,
    origin: { kind: "api", location: "test" },
    format: "text",
    title: sourced(null),
    byline: sourced(null),
    outlet: sourced("Test Wire"),
    published: sourced(published),
    url: null,
    language: "eng",
    text,
    removed: [],
    diagnostics: [],
  };
  const analysis = analyzeArticle(article);
  return { article, analysis, actorIds: analysis.mentions.map((m) => `actor:${m.text.toLowerCase()}`) };
}

describe("timeline merging", () => {
  const dayReport = storyArticle("a1", "Egyptian mediators hosted Hamas negotiators in Cairo on March 5, 2024.", "2024-03-06");
  const yearReport = storyArticle("b1", "Egyptian mediators hosted Hamas negotiators in Cairo in 2024.", "2024-06-01");

  it("tells one event from a report dated by its day and one dated by its year, whichever comes first", () => {
    for (const order of [
      [dayReport, yearReport],
      [yearReport, dayReport],
    ]) {
      const events = buildTimeline(order);
      expect(events.map((e) => [e.event, e.date, e.sources.length])).toEqual([["CONSULT", "2024-03-05", 2]]);
    }
  });

  it("keeps a report of another year apart", () => {
    const other = storyArticle("c1", "Egyptian mediators hosted Hamas negotiators in Cairo in 2023.", "2024-06-01");
    expect(buildTimeline([other, dayReport])).toHaveLength(2);
  });
});
