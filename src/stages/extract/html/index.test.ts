import { describe, expect, it } from "vitest";
import type { RemovalReason } from "../types.js";
import { extractHtml } from "./index.js";
import { STORY, STORY_TITLE, page } from "./test-helpers/pages.js";

const whole = STORY.join("\n\n");

describe("extractHtml: the story is kept whole", () => {
  it("returns every paragraph, in order, one blank line apart, and nothing of the furniture", () => {
    const result = extractHtml(page());
    expect(result.text).toBe(whole);
    expect(result.text).not.toMatch(/Most read|Quay Street|Weather/);
  });

  it("keeps headings and list items on their own lines, with no markup", () => {
    const html = page({
      middle: "<h2>What the islanders asked for</h2><ul><li>A later last boat on Fridays</li><li>Cheaper season tickets for pupils</li></ul>",
    });
    const text = extractHtml(html).text;
    expect(text).toContain(`${STORY[1]}\n\nWhat the islanders asked for\n\nA later last boat on Fridays\nCheaper season tickets for pupils\n\n${STORY[2]}`);
    expect(text).not.toMatch(/<[a-z/]/i);
  });

  it("keeps table rows on their own lines with cells apart", () => {
    const html = page({ middle: "<table><tr><th>Sailing</th><th>Time</th></tr><tr><td>First</td><td>06:40</td></tr></table>" });
    expect(extractHtml(html).text).toContain("Sailing | Time\nFirst | 06:40");
  });

  it("yields no script or style text from inside the article", () => {
    const html = page({ middle: '<script>var secretToken = "never show this";</script><style>.x { color: red }</style><noscript>Enable scripts</noscript>' });
    const text = extractHtml(html).text;
    expect(text).toBe(whole);
    expect(text).not.toMatch(/secretToken|color|Enable scripts/);
  });
});

interface FurnitureCase {
  name: string;
  parts: Parameters<typeof page>[0];
  /** A phrase of the furniture that must not reach the text. */
  phrase: string;
  reason: RemovalReason;
}

const furniture: FurnitureCase[] = [
  {
    name: "comment section",
    parts: { after: '<section id="comments"><h2>Two comments</h2><div class="comment"><p>Marta: About time someone listened to the shopkeepers on the island.</p></div><div class="comment"><p>Olek: The bridge road is always jammed in the morning anyway.</p></div></section>' },
    phrase: "listened to the shopkeepers",
    reason: "comments",
  },
  {
    name: "related-stories list by class",
    parts: { tail: '<div class="related-posts"><h3>Related</h3><ul><li><a href="/1">New timetable for the summer crossing announced</a></li><li><a href="/2">Slipway repairs delayed by spring storms</a></li></ul></div>' },
    phrase: "Slipway repairs delayed",
    reason: "article-teaser",
  },
  {
    name: "related list announced by a heading, no telling class",
    parts: { tail: '<h3>More stories</h3><ul><li><a href="/1">New timetable for the summer crossing announced today</a></li><li><a href="/2">Slipway repairs delayed by the spring storms again</a></li></ul>' },
    phrase: "Slipway repairs delayed",
    reason: "article-teaser",
  },
  {
    name: "share bar",
    parts: { lead: '<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email a friend</a></div>' },
    phrase: "Share on Facebook",
    reason: "share-subscribe",
  },
  {
    name: "share line written as a paragraph",
    parts: { tail: "<p>Share this article</p>" },
    phrase: "Share this article",
    reason: "share-subscribe",
  },
  {
    name: "cookie banner",
    parts: { after: '<div id="cookie-consent"><p>We use cookies to remember your settings and to count visits to the site.</p><button>Accept all</button></div>' },
    phrase: "We use cookies",
    reason: "cookie-notice",
  },
  {
    name: "figure caption",
    parts: { middle: '<figure><img src="ferry.jpg" alt=""><figcaption>The early boat leaving the quay at dawn. Photo: Strait Gazette archive</figcaption></figure>' },
    phrase: "leaving the quay at dawn",
    reason: "caption",
  },
  {
    name: "advertisement slot",
    parts: { middle: '<div class="ad-slot"><p>Advertisement</p><p>Visit the Larkhaven bakery for fresh bread every morning of the week.</p></div>' },
    phrase: "fresh bread every morning",
    reason: "advertisement",
  },
  {
    name: "teaser line inside the story",
    parts: { middle: '<p>READ MORE: <a href="/x">Council to review the bridge tolls next spring</a></p>' },
    phrase: "bridge tolls",
    reason: "article-teaser",
  },
  {
    name: "newsletter box",
    parts: { tail: '<div class="newsletter-signup"><h4>Get the morning briefing</h4><p>Sign up for our daily email with the news from both sides of the strait.</p></div>' },
    phrase: "daily email",
    reason: "share-subscribe",
  },
];

describe("extractHtml: furniture is removed and recorded", () => {
  it.each(furniture)("$name", ({ parts, phrase, reason }) => {
    const result = extractHtml(page(parts));
    expect(result.text).not.toContain(phrase);
    for (const paragraph of STORY) expect(result.text).toContain(paragraph);
    expect(result.removed.some((block) => block.reason === reason && block.text.includes(phrase))).toBe(true);
  });

  it("keeps the removed record bounded", () => {
    const links = Array.from({ length: 200 }, (_, i) => `<nav class="menu"><a href="/${i}">Section number ${i} of the site</a></nav>`).join("");
    const result = extractHtml(page({ after: links }));
    expect(result.text).toBe(whole);
    expect(result.removed.length).toBeLessThanOrEqual(40);
    expect(result.removed.every((block) => block.text.length <= 300)).toBe(true);
  });
});

describe("extractHtml: diagnostics name the strategy", () => {
  it("reports Readability accepted on a normal page", () => {
    expect(extractHtml(page()).diagnostics.some((line) => /^readability: accepted/.test(line))).toBe(true);
  });

  it("falls back when there is too little text for Readability", () => {
    const result = extractHtml("<p>The ferry runs at seven.</p>");
    expect(result.text).toBe("The ferry runs at seven.");
    expect(result.diagnostics.some((line) => /^(?:density|body): accepted/.test(line))).toBe(true);
  });
});

describe("extractHtml: malformed input never throws", () => {
  const inputs: string[] = [
    "",
    "   ",
    "plain text with no markup at all",
    "<p>unclosed paragraph <b>bold",
    "<<<>>><//p>&&&;",
    "<html><body><div><p>Text</div></span></body>",
    "<html><head><title>Only a title</title></head></html>",
    '<script>document.write("<p>")</script>',
    "\u0000\u0001binary\uFFFD junk",
    `<div>${"<div>".repeat(2000)}deep${"</div>".repeat(2000)}</div>`,
    '<html><head><script type="application/ld+json">{ not json, </script></head><body><p>Body</p></body></html>',
  ];
  it.each(inputs.map((html, index) => ({ index, html })))("input $index", ({ html }) => {
    expect(() => extractHtml(html)).not.toThrow();
    expect(typeof extractHtml(html).text).toBe("string");
  });
});

describe("extractHtml: title, byline, outlet, url", () => {
  it("reads them from meta tags and the canonical link", () => {
    const head = `<meta property="og:title" content="${STORY_TITLE}"><meta name="author" content="By Ines Korr"><meta property="og:site_name" content="Strait Gazette"><link rel="canonical" href="/news/ferry-vote">`;
    const result = extractHtml(page({ head }), { url: "https://gazette.example/news/ferry-vote?ref=rss" });
    expect(result.title).toEqual({ value: STORY_TITLE, source: "meta" });
    expect(result.byline).toEqual({ value: "Ines Korr", source: "meta" });
    expect(result.outlet).toEqual({ value: "Strait Gazette", source: "meta" });
    expect(result.url).toBe("https://gazette.example/news/ferry-vote");
  });

  it("reads them from JSON-LD inside @graph", () => {
    const jsonLd = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Gazette site" },
        { "@type": "NewsArticle", headline: "Ferry vote", datePublished: "2023-12-24T08:30:00+02:00", author: [{ "@type": "Person", name: "Ines Korr" }, { "@type": "Person", name: "Tomas Vey" }], publisher: { "@type": "Organization", name: "Strait Gazette" } },
      ],
    };
    const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
    const result = extractHtml(page({ head }));
    expect(result.byline).toEqual({ value: "Ines Korr, Tomas Vey", source: "json-ld" });
    expect(result.outlet).toEqual({ value: "Strait Gazette", source: "json-ld" });
    expect(result.published).toEqual({ value: "2023-12-24T08:30:00+02:00", source: "json-ld" });
  });

  it("falls back to the host name for the outlet and to <title> without the site name", () => {
    const result = extractHtml(page(), { url: "https://www.gazette.example/story" });
    expect(result.outlet).toEqual({ value: "gazette.example", source: "url" });
    expect(result.title).toEqual({ value: STORY_TITLE, source: "meta" });
  });
});

interface DateCase {
  name: string;
  html: string;
  url?: string;
  expected: { value: string | null; source: string };
}

const dateCases: DateCase[] = [
  { name: "article:published_time", html: page({ head: '<meta property="article:published_time" content="2023-12-24T10:15:00Z">' }), expected: { value: "2023-12-24T10:15:00Z", source: "meta" } },
  { name: "Dublin Core date", html: page({ head: '<meta name="DC.date.issued" content="2023-12-24">' }), expected: { value: "2023-12-24", source: "meta" } },
  { name: "parsely-pub-date", html: page({ head: '<meta name="parsely-pub-date" content="2023-12-24T10:15:00+0100">' }), expected: { value: "2023-12-24T10:15:00+01:00", source: "meta" } },
  { name: "itemprop datePublished", html: page({ lead: '<meta itemprop="datePublished" content="2023-12-24">' }), expected: { value: "2023-12-24", source: "meta" } },
  { name: "<time datetime> in the header", html: page({ lead: '<header><time datetime="2023-12-24T09:00:00Z">24 December</time></header>' }), expected: { value: "2023-12-24T09:00:00Z", source: "meta" } },
  { name: "JSON-LD array", html: page({ head: '<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2023-12-24"}]</script>' }), expected: { value: "2023-12-24", source: "json-ld" } },
  { name: "URL /2023/12/24/", html: page(), url: "https://gazette.example/2023/12/24/ferry-vote", expected: { value: "2023-12-24", source: "url" } },
  { name: "URL /20231224/", html: page(), url: "https://gazette.example/news/20231224/ferry-vote", expected: { value: "2023-12-24", source: "url" } },
  { name: "dateline in the text", html: page({ paragraphs: [`LARKHAVEN, Dec. 24, 2023 — ${STORY[0]}`, ...STORY.slice(1)] }), expected: { value: "2023-12-24", source: "dateline" } },
  { name: "published line in the text", html: page({ lead: "<p>Published Sunday, 24 December 2023</p>" }), expected: { value: "2023-12-24", source: "dateline" } },
  { name: "<time> beside the byline", html: page({ before: '<div class="author-info"><span>Ines Korr</span><time datetime="2023-12-24">24 Dec</time></div>' }), expected: { value: "2023-12-24", source: "meta" } },
  { name: "<time> of a comment is not the page's date", html: page({ after: '<section class="comments"><p>Nice.</p><time datetime="2024-01-02">2 Jan</time></section>' }), expected: { value: null, source: "unknown" } },
  { name: "nothing", html: page(), expected: { value: null, source: "unknown" } },
];

describe("extractHtml: published date and its source", () => {
  it.each(dateCases)("$name", ({ html, url, expected }) => {
    expect(extractHtml(html, url === undefined ? {} : { url }).published).toEqual(expected);
  });
});
