/**
 * The web UI in a real browser (Debian's Chromium through playwright-core) against the
 * real server on an ephemeral loopback port: overview, reader with summary citations,
 * search, adding an article, hostile markup that must stay inert, and the story views
 * (story page with its timeline chart, rounds and cited summary; actor page with its
 * corrections; the reader's story, copies and actors). Screenshots of each main page at
 * desktop and phone sizes go to test-results/ for a human look.
 *
 * Needs /usr/bin/chromium (`apt-get install -y chromium`) and the built UI
 * (`npm run build`); skipped with a message otherwise.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_UI_DIR, buildServer } from "../api/server.js";
import { cairoTalks, fixtureJsonl, genevaOpening, genevaReprint, genevaStory, hostile } from "../api/test-helpers/fixtures.js";
import { Dossier } from "../dossier.js";
import { repoRoot } from "../test-helpers/drivers.js";

/**
 * The browser globals used by the functions below that run in the page. The root
 * tsconfig has no DOM library (the server code must not see one); declared here, in
 * this module only.
 */
interface BrowserBox {
  top: number;
  bottom: number;
}
declare const document: {
  documentElement: { scrollWidth: number };
  activeElement: unknown;
  fonts: { ready: Promise<unknown> };
  querySelector(selector: string): { textContent: string | null; getBoundingClientRect(): BrowserBox } | null;
};
declare const window: { innerWidth: number; innerHeight: number };
declare const location: { pathname: string };

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
];
const screenshots = path.join(repoRoot, "test-results");
/** UTF-8 read as Latin-1 or Windows-1252 ("â€™", "Ã©"), and the replacement character. */
const MOJIBAKE = /Ã.|â€|Â |\uFFFD/;

const missing = [
  existsSync(CHROMIUM) ? null : `${CHROMIUM} (apt-get install -y chromium)`,
  existsSync(path.join(DEFAULT_UI_DIR, "index.html")) ? null : "the built UI in web/dist (npm run build)",
].filter(Boolean);
if (missing.length > 0) console.warn(`browser tests skipped: missing ${missing.join(" and ")}`);

describe.skipIf(missing.length > 0)("web UI in Chromium", () => {
  let dataDir: string;
  let dossier: Dossier;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "dossier-e2e-"));
    dossier = await Dossier.open({ dataDir, databaseUrl: "" });
    await dossier.ingestContent(fixtureJsonl());
    await dossier.ingestContent(fixtureJsonl(genevaStory));
    app = await buildServer(dossier);
    base = await app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    mkdirSync(screenshots, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await dossier?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(viewport = VIEWPORTS[0]!): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, baseURL: base });
    const page = await context.newPage();
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return { context, page };
  }

  /** Every script in the page is the UI's own bundle; nothing from an article. */
  async function foreignScripts(page: Page): Promise<string[]> {
    return page.$$eval("script", (scripts) => scripts.map((s) => s.getAttribute("src") ?? `inline: ${s.textContent}`).filter((src) => !src.startsWith("/assets/")));
  }

  /** The story the Geneva fixtures form (its id is the id of the article that opened it). */
  async function genevaStoryId(): Promise<string> {
    const opening = (await dossier.articles({ limit: 100 })).find((row) => row.title === genevaOpening.title)!;
    return (await dossier.stories()).find((s) => s.articleIds.includes(opening.id))!.id;
  }

  async function noHorizontalOverflow(page: Page): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, `page ${page.url()} overflows horizontally`).toBeLessThanOrEqual(innerWidth);
  }

  it("serves the page as UTF-8 HTML with a policy that forbids inline script", async () => {
    const response = await fetch(`${base}/articles/abcdef`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("lists the articles newest first and opens one with j / Enter", async () => {
    const { context, page } = await open();
    await page.goto("/");
    await page.waitForSelector("table.articles tbody tr");
    const titles = await page.$$eval("table.articles tbody .col-title", (cells) => cells.map((c) => c.textContent));
    expect(titles).toHaveLength(4 + genevaStory.length);
    expect(titles[1]).toBe(cairoTalks.title);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".reader-head h1");
    expect(await page.textContent(".reader-head h1")).toBe(cairoTalks.title);
    await context.close();
  });

  it("follows a summary citation to its sentence in the text, and marks names and dates", async () => {
    const { context, page } = await open();
    await page.goto("/");
    await page.click(`text=${cairoTalks.title}`);
    await page.waitForSelector(".summary button.cite");
    const quotes = page.locator(".summary button.cite");
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    const quote = (await quotes.nth(1).textContent())!;
    await quotes.nth(1).click();
    const cited = page.locator(".article-text .sentence.cited");
    await cited.waitFor();
    expect(await cited.textContent()).toBe(quote);
    expect(page.url()).toMatch(/#s-\d+$/);
    expect(await cited.evaluate((el) => el === document.activeElement)).toBe(true);
    // The sentence is on screen after the scroll.
    await page.waitForFunction(() => {
      const box = document.querySelector(".sentence.cited")!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });

    const cairo = page.locator(".article-text .ent", { hasText: "Cairo" }).first();
    expect(await cairo.getAttribute("class")).toMatch(/ent-(GPE|LOC)/);
    const monday = page.locator(".article-text .time", { hasText: "Monday" }).first();
    expect(await monday.getAttribute("title")).toMatch(/DATE 2024-03-04/);
    expect(await page.locator("aside.reader-meta").textContent()).toContain("Nile Wire");
    const original = page.locator("aside.reader-meta a[target=_blank]");
    expect(await original.getAttribute("rel")).toBe("noopener noreferrer nofollow");

    await page.keyboard.press("j");
    await page.waitForFunction((title) => document.querySelector(".reader-head h1")?.textContent !== title, cairoTalks.title);
    await context.close();
  });

  it("shows hostile markup as text and runs none of it", async () => {
    const { context, page } = await open();
    await page.goto(`/search?q=${encodeURIComponent("mediators progress")}`);
    await page.waitForSelector("ol.hits a");
    await page.click(`ol.hits a:has-text("Mediators report progress")`);
    await page.waitForSelector(".article-text");
    await page.locator("details.removed summary").click();
    const text = (await page.textContent(".article-text"))!;
    expect(text).toContain("<script>alert(4)</script>");
    expect(await foreignScripts(page)).toEqual([]);
    expect(await page.$$("[onerror], [onload], [onclick]")).toHaveLength(0);
    expect(await page.$$("img")).toHaveLength(0);
    expect(await page.$$eval("a[href]", (links) => links.map((a) => a.getAttribute("href")!).filter((href) => /^\s*javascript:/i.test(href)))).toEqual([]);
    expect(await page.locator("aside.reader-meta").textContent()).toContain(hostile.url);
    await page.waitForTimeout(300); // an onerror handler would have fired by now
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it("searches from the header with / and marks the matching words", async () => {
    const { context, page } = await open();
    await page.goto("/");
    await page.waitForSelector("table.articles");
    await page.keyboard.press("/");
    await page.keyboard.type("ceasefire");
    await page.keyboard.press("Enter");
    await page.waitForSelector("ol.hits li");
    expect(page.url()).toContain("/search?q=ceasefire");
    expect(await page.locator("ol.hits li").first().locator(".hit-title").textContent()).toBe(cairoTalks.title);
    const marked = await page.$$eval("ol.hits mark", (marks) => marks.map((m) => m.textContent!.toLowerCase()));
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(["ceasefire"]));
    await context.close();
  });

  it("says when a common query's count is a lower bound", async () => {
    const { context, page } = await open();
    await page.goto("/search?q=ceasefire");
    await page.waitForSelector("ol.hits li");
    const exact = (await page.locator(".search .section-head .muted").textContent())!;
    expect(exact).toMatch(/^\d+ articles?$/);
    // A store with more than 500 matches is the API tests' business (src/api); here the page is
    // given such an answer, the real one with its flag set, to show how it reads it.
    await page.route("**/api/search?*", async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { total: number; totalIsLowerBound: boolean };
      await route.fulfill({ response, json: { ...body, total: 500, totalIsLowerBound: true } });
    });
    await page.goto("/search?q=talks");
    await page.waitForSelector("ol.hits li");
    const bounded = page.locator(".search .section-head .muted");
    expect(await bounded.textContent()).toBe("more than 500 articles, the most recent ranked");
    expect(await bounded.getAttribute("title")).toContain("most recent matches are ranked");
    await context.close();
  });

  it("adds a pasted article with metadata and finds it again", async () => {
    const { context, page } = await open();
    await page.goto("/add");
    await page.fill("textarea", "Observers in Ismailia reported on Thursday that the quartet of mediators had agreed on a new timetable for the talks.\n\nThe timetable was not published.");
    await page.fill('label:has-text("Title") input', "Mediators agree timetable");
    await page.fill('label:has-text("Outlet") input', "Isthmus Times");
    await page.fill('label:has-text("Published") input', "2024-03-08");
    await page.click("button[type=submit]");
    await page.waitForSelector(".outcome");
    expect(await page.textContent(".outcome")).toContain("1 article added");
    await page.click(`.outcome a:has-text("Mediators agree timetable")`);
    await page.waitForSelector(".reader-head h1");
    expect(await page.textContent(".reader-head h1")).toBe("Mediators agree timetable");
    expect(await page.locator("dl.meta").textContent()).toMatch(/Isthmus Times\s*user/);

    await page.goto(`/search?q=Ismailia`);
    await page.waitForSelector("ol.hits li");
    expect(await page.locator("ol.hits .hit-title").allTextContents()).toEqual(["Mediators agree timetable"]);
    await page.goto("/");
    await page.waitForSelector("table.articles tbody tr");
    expect(await page.locator("table.articles tbody .col-title").first().textContent()).toBe("Mediators agree timetable");
    await context.close();
  });

  it("asks for the write token when the server has one, and sends it", async () => {
    const guarded = await buildServer(dossier, { token: "e2e-token" });
    const guardedBase = await guarded.listen({ port: 0, host: "127.0.0.1" });
    try {
      const { context, page } = await open();
      await page.goto(`${guardedBase}/add`);
      await page.waitForSelector("input[type=password]");
      await page.fill("textarea", "Officials in Aqaba said on Friday that a second convoy of fuel trucks had been cleared for the crossing.");
      await page.fill("input[type=password]", "wrong");
      await page.click("button[type=submit]");
      await page.waitForSelector(".outcome.failed");
      expect(await page.textContent(".outcome.failed")).toMatch(/token does not match/);
      await page.fill("input[type=password]", "e2e-token");
      await page.click("button[type=submit]");
      await page.waitForSelector(".outcome:not(.failed)");
      expect(await page.textContent(".outcome:not(.failed)")).toContain("1 article added");
      await context.close();
    } finally {
      await guarded.close();
    }
  });

  it("lists the stories first on the overview and opens one, with its timeline chart, rounds and briefing", async () => {
    const story = await genevaStoryId();
    const { context, page } = await open();
    await page.goto("/");
    await page.waitForSelector("ol.stories li");
    // Stories come before the articles, newest activity first: the Cairo fixtures (March) before Geneva (February).
    const headings = await page.$$eval("main h1", (h) => h.map((e) => e.textContent));
    expect(headings).toEqual(["Stories", "Articles"]);
    const geneva = page.locator("ol.stories li", { hasText: "Wire Digest" });
    expect(await geneva.locator(".story-meta").textContent()).toMatch(/2024-02-12 – 2024-02-14 · 4 articles · .*Alpine Ledger/);
    await geneva.locator("a.story-title").click();
    await page.waitForSelector(".timeline-chart .event");
    expect(page.url()).toBe(`${base}/stories/${encodeURIComponent(story)}`);

    const events = page.locator(".timeline-chart .event");
    expect(await events.count()).toBeGreaterThanOrEqual(3);
    // "meet again in March" is a month: a range, not a point.
    expect(await page.locator(".timeline-chart .event.ranged").count()).toBeGreaterThanOrEqual(1);
    const disputed = page.locator(".timeline-chart .event.disputed").first();
    expect(await disputed.getAttribute("aria-label")).toMatch(/talks.*Geneva.*sources disagree; [3-9] sources/);
    await disputed.click();
    const details = page.locator(".event-details");
    await details.waitFor();
    expect(await details.textContent()).toMatch(/Sources disagree.*on the date/);
    expect(await details.locator("ul.sources > li").count()).toBeGreaterThanOrEqual(3);
    // Keyboard: Tab to an event and Enter toggles it.
    await disputed.focus();
    await page.keyboard.press("Enter");
    await details.waitFor({ state: "detached" });

    const round = page.locator("table.rounds tbody tr").first();
    expect(await round.textContent()).toMatch(/Geneva.*Swiss mediators.*no breakthrough/);
    const briefing = page.locator("a.download");
    expect(await briefing.getAttribute("href")).toBe(`/api/stories/${encodeURIComponent(story)}/briefing`);
    const markdown = await fetch(`${base}${await briefing.getAttribute("href")}`);
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await markdown.text()).toMatch(/^# .*\n[\s\S]*## Timeline/);
    expect(await page.locator(".story-side").textContent()).toMatch(/Lakeside Post/);
    await context.close();
  });

  it("names each summary quote's source on hover and focus, and follows it to the sentence in its article", async () => {
    const story = await genevaStoryId();
    const { context, page } = await open();
    await page.goto(`/stories/${encodeURIComponent(story)}`);
    const quotes = page.locator(".story-summary a.cite");
    await quotes.first().waitFor();
    expect(await quotes.count()).toBeGreaterThanOrEqual(3);
    await quotes.nth(0).hover();
    const firstTip = page.locator(".story-summary li").nth(0).locator(".cite-tip");
    await firstTip.waitFor({ state: "visible" });
    expect(await firstTip.textContent()).toMatch(/· 2024-02-1\d/);
    await quotes.nth(2).focus();
    const tip = page.locator(".story-summary li").nth(2).locator(".cite-tip");
    await tip.waitFor({ state: "visible" });
    const [tipTitle, tipSource] = await tip.locator("strong, span").allTextContents();
    expect(tipSource).toMatch(/^(Lakeside Post|Alpine Ledger|River Courier|Wire Digest) · 2024-02-1\d$/);

    const quote = (await quotes.nth(2).textContent())!;
    await page.keyboard.press("Enter");
    await page.waitForSelector(".article-text .sentence.cited");
    expect(page.url()).toMatch(/\/articles\/[0-9a-f]+#s-\d+$/);
    expect(await page.textContent(".reader-head h1")).toBe(tipTitle);
    const cited = (await page.locator(".article-text .sentence.cited").textContent())!;
    expect(cited.includes(quote) || quote.includes(cited)).toBe(true);
    await page.waitForFunction(() => {
      const box = document.querySelector(".sentence.cited")!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(await page.locator(".story-bar a.story-bar-title").getAttribute("href")).toBe(`/stories/${encodeURIComponent(story)}`);
    await context.close();
  });

  it("shows an article's story, its copies and who it names, and moves within the story with J / K", async () => {
    const rows = await dossier.articles({ limit: 100 });
    const reprint = rows.find((row) => row.title === genevaReprint.title)!;
    const { context, page } = await open();
    await page.goto(`/articles/${reprint.id}`);
    await page.waitForSelector(".story-bar");
    const copies = page.locator(".copies li");
    expect(await copies.count()).toBe(2);
    const original = page.locator(".copies li", { hasText: "Alpine Ledger" });
    expect(await original.textContent()).toMatch(/fullest/);
    expect(await page.locator(".copies li.this-copy").textContent()).toMatch(/Wire Digest.*% similar.*this one/);
    expect(await page.locator(".named .actor-chip", { hasText: "Geneva" }).count()).toBe(1);

    const position = (await page.locator(".story-bar .muted").nth(1).textContent())!;
    const [at, of] = position.split(" / ").map(Number) as [number, number];
    expect(of).toBe(genevaStory.length);
    await page.keyboard.press(at < of ? "Shift+J" : "Shift+K");
    await page.waitForFunction((title) => document.querySelector(".reader-head h1")?.textContent !== title, genevaReprint.title);
    expect(await page.locator(".story-bar .muted").nth(1).textContent()).toBe(`${at < of ? at + 1 : at - 1} / ${of}`);
    await context.close();
  });

  it("opens an actor page from a story: both spellings, roles, events and articles", async () => {
    const story = await genevaStoryId();
    const { context, page } = await open();
    await page.goto(`/stories/${encodeURIComponent(story)}`);
    await page.locator(".story-side .actor-chip", { hasText: "Haddad" }).click();
    await page.waitForSelector("table.variants tbody tr");
    expect(page.url()).toMatch(/\/actors\/actor-\d+$/);
    expect(await page.textContent(".actor-head h1")).toMatch(/Haddad\s*person/);
    expect((await page.locator("table.variants .variant-text").allTextContents()).sort()).toEqual(["Yousef Haddad", "Youssef Haddad"].sort());
    expect(await page.locator(".actor-main dl.meta").textContent()).toContain("chief negotiator");
    expect(await page.locator("ol.event-list > li").count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator(".actor-main table.articles tbody tr").count()).toBe(genevaStory.length);
    await page.keyboard.press("g");
    await page.keyboard.press("s");
    await page.waitForSelector("ol.stories li");
    expect(page.url()).toBe(`${base}/#stories`);
    await page.waitForFunction(() => (document.activeElement as { getAttribute?: (name: string) => string | null } | null)?.getAttribute?.("data-story") === "0");
    await context.close();
  });

  it("lays out every main page without horizontal overflow at desktop and phone sizes", async () => {
    const article = (await dossier.articles({ limit: 10 })).find((row) => row.title === cairoTalks.title)!;
    const story = await genevaStoryId();
    const haddad = await dossier.actor("Youssef Haddad");
    const pages = [
      { name: "overview", url: "/", ready: "table.articles tbody tr" },
      { name: "article", url: `/articles/${article.id}`, ready: ".summary button.cite" },
      { name: "search", url: "/search?q=talks", ready: "ol.hits li" },
      { name: "add", url: "/add", ready: "textarea" },
      { name: "story", url: `/stories/${encodeURIComponent(story)}`, ready: ".timeline-chart .event" },
      { name: "actor", url: `/actors/${haddad.id}`, ready: "table.variants tbody tr" },
      { name: "actors", url: "/actors", ready: "table.actors-table tbody tr" },
    ];
    for (const viewport of VIEWPORTS) {
      const { context, page } = await open(viewport);
      for (const { name, url, ready } of pages) {
        await page.goto(url);
        await page.waitForSelector(ready);
        // Every section of the page has loaded (the story page asks for several things).
        await page.waitForLoadState("networkidle");
        await page.evaluate(() => document.fonts.ready);
        await noHorizontalOverflow(page);
        expect(await page.textContent("body"), `mojibake on ${url}`).not.toMatch(MOJIBAKE);
        await page.screenshot({ path: path.join(screenshots, `ui-${name}-${viewport.width}x${viewport.height}.png`), fullPage: name !== "overview" });
      }
      await context.close();
    }
    expect(pageErrors).toEqual([]);
  });

  // Last: it changes the actors the tests above read.
  it("splits a name variant off an actor and refuses to merge it back", async () => {
    const haddad = await dossier.actor("Youssef Haddad");
    const { context, page } = await open();
    await page.goto(`/actors/${haddad.id}`);
    await page.waitForSelector("table.variants tbody tr");
    await page.locator('input[aria-label="split off Yousef Haddad"]').check();
    await page.locator("button", { hasText: "Split off 1 variant" }).click();
    await page.waitForFunction((id) => !location.pathname.endsWith(`/${id}`), haddad.id);
    await page.waitForSelector("table.variants tbody tr");
    expect(await page.locator("table.variants .variant-text").allTextContents()).toEqual(["Yousef Haddad"]);
    const split = page.url().split("/").pop()!;

    await page.goto(`/actors/${haddad.id}`);
    await page.waitForSelector("table.variants tbody tr");
    expect(await page.locator("table.variants .variant-text").allTextContents()).toEqual(["Youssef Haddad"]);
    await page.fill(".merge-form input", decodeURIComponent(split));
    await page.click(".merge-form button[type=submit]");
    const refused = page.locator(".corrections .note.error");
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/separated/);
    await context.close();
  });
});
