/**
 * Hand-written test pages (our own words, no text from any real site): a short news
 * story about a fictional ferry service, and the usual furniture around it.
 */

/** The story's paragraphs, in order: what the extractor must return whole. */
export const STORY = [
  "The Larkhaven ferry committee voted on Tuesday to keep the winter crossing running twice a day, reversing a plan to cut the early boat from December.",
  "Members heard from island shopkeepers who said the first sailing brings their bread, their post and most of their morning customers across the strait.",
  "The harbour master told the meeting that the older vessel needs new engines within two years, and that the repairs would close the slipway for a month.",
  "A survey of three hundred passengers found that most travel for work or school, and that almost half would switch to the bridge road if fares went up.",
  "The committee will meet again in March to set next year's fares, after the county publishes its transport budget for the coming season.",
];

export const STORY_TITLE = "Larkhaven keeps its early winter ferry";

/** Wraps a story body in a page with head, navigation, sidebar and footer. */
export interface PageParts {
  head?: string;
  /** Inside <main>, before <article>. */
  before?: string;
  /** Inside <article>, before the paragraphs. */
  lead?: string;
  /** Inside <article>, after the paragraphs. */
  tail?: string;
  /** After </article>, inside <main>. */
  after?: string;
  /** Replaces the default paragraphs. */
  paragraphs?: string[];
  /** Raw HTML put between the second and third paragraphs. */
  middle?: string;
}

export function page(parts: PageParts = {}): string {
  const paragraphs = (parts.paragraphs ?? STORY).map((p) => `<p>${p}</p>`);
  paragraphs.splice(2, 0, parts.middle ?? "");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${STORY_TITLE} | Strait Gazette</title>${parts.head ?? ""}</head>
<body>
<header class="site-header"><a href="/">Strait Gazette</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/letters">Letters</a></li></ul></nav>
</header>
<main>
${parts.before ?? ""}
<article>
<h1>${STORY_TITLE}</h1>
${parts.lead ?? ""}
${paragraphs.join("\n")}
${parts.tail ?? ""}
</article>
${parts.after ?? ""}
</main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Storm closes the coast path for a week</a></li><li><a href="/b">School choir wins the county prize</a></li></ul></aside>
<footer class="site-footer"><p>Strait Gazette, 4 Quay Street. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`;
}
