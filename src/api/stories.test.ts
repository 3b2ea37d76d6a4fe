/**
 * The story, timeline, rounds and actor routes through `app.inject()`, on every store
 * driver, over a small story written for them (test-helpers/fixtures.ts: genevaStory)
 * beside the articles of server.test.ts: lists and pages, story ids with their colon,
 * 404 for unknown stories and actors, validation, article links, and actor corrections
 * with and without write permission.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dossier } from "../dossier.js";
import { testDrivers } from "../test-helpers/drivers.js";
import { buildServer } from "./server.js";
import { fixtureJsonl, genevaEnd, genevaOpening, genevaReprint, genevaStory } from "./test-helpers/fixtures.js";

const noUi = () => mkdtempSync(path.join(tmpdir(), "dossier-no-ui-"));

interface StoryRow {
  id: string;
  title: string | null;
  articleIds: string[];
  outlets: string[];
  from: string | null;
  to: string | null;
}
interface EventRow {
  event: string;
  sourceCount: number;
  location: string | null;
  date: string | null;
  range: { from: string; to: string } | null;
  granularity: string | null;
  storyId: string;
  sources: Array<{ articleId: string; sentence: string; start: number; end: number }>;
  disagreements: Array<{ field: string; values: Array<{ value: string; articleIds: string[]; articleCount: number }> }>;
}

describe.each(testDrivers)("story and actor API on $name", (driver) => {
  let dossier: Dossier;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  let guarded: FastifyInstance;
  let geneva: StoryRow;
  const ids = new Map<string, string>();

  const get = async (url: string) => {
    const response = await app.inject({ url });
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    const created = await driver.create();
    cleanup = created.cleanup;
    dossier = await Dossier.open(created.options);
    await dossier.ingestContent(fixtureJsonl());
    await dossier.ingestContent(fixtureJsonl(genevaStory));
    app = await buildServer(dossier, { uiDir: noUi() });
    guarded = await buildServer(dossier, { uiDir: noUi(), token: "s3cret-token" });
    for (const row of await dossier.articles({ limit: 100 })) ids.set(row.title!, row.id);
    geneva = (await get("/api/stories?limit=100")).items.find((s: StoryRow) => s.articleIds.includes(ids.get(genevaOpening.title!)!));
  });
  afterAll(async () => {
    await app.close();
    await guarded.close();
    await dossier.close();
    await cleanup();
  });

  it("lists stories, newest activity first, a page at a time", async () => {
    const all = await get("/api/stories");
    expect(all.total).toBeGreaterThanOrEqual(2);
    const ends = all.items.map((s: StoryRow) => s.to ?? "");
    expect(ends).toEqual([...ends].sort().reverse());
    expect(geneva).toMatchObject({ from: "2024-02-12", to: "2024-02-14" });
    expect(geneva.id).toMatch(/^story:[0-9a-f]+$/);
    expect(new Set(geneva.articleIds)).toEqual(new Set(genevaStory.map((a) => ids.get(a.title!))));
    expect(new Set(geneva.outlets)).toEqual(new Set(["Lakeside Post", "Alpine Ledger", "River Courier", "Wire Digest"]));

    const second = await get("/api/stories?limit=1&offset=1");
    expect(second).toMatchObject({ total: all.total, limit: 1, offset: 1 });
    expect(second.items.map((s: StoryRow) => s.id)).toEqual([all.items[1].id]);
  });

  it("gives one story with its articles (oldest first) and actors, by encoded id, raw id or prefix", async () => {
    const encoded = await get(`/api/stories/${encodeURIComponent(geneva.id)}`);
    expect(encoded.story).toEqual(geneva);
    expect(encoded.articles.map((a: { published: string }) => a.published)).toEqual(["2024-02-12", "2024-02-12", "2024-02-13", "2024-02-14"]);
    const haddad = encoded.actors.find((a: { canonical: string }) => /Haddad/.test(a.canonical));
    expect(haddad).toMatchObject({ type: "PERSON", mentions: 4, articles: 4 });
    const mentions = encoded.actors.map((a: { mentions: number }) => a.mentions);
    expect(mentions).toEqual([...mentions].sort((a, b) => b - a));

    expect(encoded).toMatchObject({ articlesTotal: 4, limit: 100, offset: 0 });
    expect(encoded.outlets).toEqual(
      expect.arrayContaining(["Lakeside Post", "Alpine Ledger", "River Courier", "Wire Digest"].map((outlet) => ({ outlet, articles: 1 }))),
    );
    const page = await get(`/api/stories/${encodeURIComponent(geneva.id)}?limit=2&offset=1`);
    expect(page).toMatchObject({ articlesTotal: 4, limit: 2, offset: 1, outlets: encoded.outlets, actors: encoded.actors });
    expect(page.articles).toEqual(encoded.articles.slice(1, 3));

    expect((await get(`/api/stories/${geneva.id}`)).story.id).toBe(geneva.id);
    expect((await get(`/api/stories/${geneva.id.slice("story:".length, "story:".length + 6)}`)).story.id).toBe(geneva.id);
  });

  it("summarises a story in quoted sentences with their articles", async () => {
    const summary = await get(`/api/stories/${encodeURIComponent(geneva.id)}/summary?count=3`);
    expect(summary.story.id).toBe(geneva.id);
    expect(summary.sentences).toHaveLength(3);
    for (const s of summary.sentences) {
      expect(geneva.articleIds).toContain(s.articleId);
      const text: string = (await get(`/api/articles/${s.articleId}`)).article.text;
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.outlet).toEqual(expect.any(String));
    }
    expect((await get(`/api/stories/${encodeURIComponent(geneva.id)}/summary`)).sentences.length).toBeGreaterThan(3);
  });

  it("sends the briefing as UTF-8 Markdown", async () => {
    const response = await app.inject({ url: `/api/stories/${encodeURIComponent(geneva.id)}/briefing` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/markdown; charset=utf-8");
    expect(response.headers["content-disposition"]).toMatch(/^inline; filename="[a-z0-9-]+\.md"$/);
    expect(response.body).toMatch(/^# /);
    expect(response.body).toContain("Geneva");
    expect(response.body).toContain("## Timeline");
  });

  it("gives the timeline with sources, ranges for uncertain dates and disagreements, a page at a time", async () => {
    const timeline = await get(`/api/timeline?story=${encodeURIComponent(geneva.id)}&limit=500`);
    const events: EventRow[] = timeline.items;
    expect(timeline.total).toBe(events.length);
    expect(events.every((e) => e.storyId === geneva.id)).toBe(true);
    const talks = events.find((e) => e.event === "CONSULT" && e.location === "Geneva" && e.sources.length >= 3)!;
    expect(talks).toBeDefined();
    expect(talks.disagreements.find((d) => d.field === "date")?.values.length).toBeGreaterThanOrEqual(2);
    for (const source of talks.sources) {
      const text: string = (await get(`/api/articles/${source.articleId}`)).article.text;
      expect(text.slice(source.start, source.end)).toBe(source.sentence);
    }
    const march = events.find((e) => e.granularity === "month" && e.date === "2024-03");
    expect(march?.range).toEqual({ from: "2024-03-01", to: "2024-03-31" });

    const page = await get(`/api/timeline?story=${encodeURIComponent(geneva.id)}&limit=2&offset=1`);
    expect(page).toMatchObject({ total: timeline.total, limit: 2, offset: 1 });
    expect(page.items.map((e: EventRow) => e.sources[0]!.sentence)).toEqual(events.slice(1, 3).map((e) => e.sources[0]!.sentence));

    const february = await get(`/api/timeline?story=${encodeURIComponent(geneva.id)}&from=2024-02-01&to=2024-02-29&limit=500`);
    expect(february.total).toBeGreaterThan(0);
    expect(february.items.every((e: EventRow) => e.date !== null && e.date.startsWith("2024-02"))).toBe(true);

    // An event told by many articles lists the first `sources` of them, and says how many there are.
    const bounded = await get(`/api/timeline?story=${encodeURIComponent(geneva.id)}&limit=500&sources=1`);
    const boundedTalks: EventRow = bounded.items.find((e: EventRow) => e.sources[0]!.sentence === talks.sources[0]!.sentence);
    expect(boundedTalks.sources).toEqual(talks.sources.slice(0, 1));
    expect(boundedTalks.sourceCount).toBe(talks.sources.length);
    expect(talks.sourceCount).toBe(talks.sources.length);
    for (const value of boundedTalks.disagreements.flatMap((d) => d.values)) {
      expect(value.articleIds.length).toBeLessThanOrEqual(1);
      expect(value.articleCount).toBeGreaterThanOrEqual(value.articleIds.length);
    }
    const everything = await get("/api/timeline?limit=500");
    expect(everything.total).toBeGreaterThanOrEqual(timeline.total);
    expect(new Set(everything.items.map((e: EventRow) => e.storyId)).size).toBeGreaterThan(1);
  });

  it("gives the negotiation round with its mediators, outcome and sources", async () => {
    const rounds = await get(`/api/rounds?story=${encodeURIComponent(geneva.id)}`);
    expect(rounds.total).toBeGreaterThanOrEqual(1);
    const round = rounds.items.find((r: { venue: string }) => r.venue === "Geneva");
    expect(round).toMatchObject({ storyId: geneva.id, date: expect.stringMatching(/^2024-02/), mediators: ["Swiss mediators"], outcome: "no breakthrough" });
    expect(round.sources.length).toBeGreaterThanOrEqual(3);
    expect((await get("/api/rounds?limit=1")).items).toHaveLength(1);
  });

  it("lists actors by type and name, with both spellings of one negotiator", async () => {
    const found = await get("/api/actors?q=haddad");
    expect(found.total).toBe(1);
    const haddad = found.items[0];
    expect(haddad).toMatchObject({ type: "PERSON", mentions: 4, articles: 4 });
    expect(haddad.variants.map((v: { text: string }) => v.text).sort()).toEqual(["Youssef Haddad", "Yousef Haddad"].sort());
    expect(haddad.variants[0].articleIds).toBeUndefined();
    expect(haddad.roles).toContain("chief negotiator");

    const people = await get("/api/actors?type=person&limit=500");
    expect(people.items.every((a: { type: string }) => a.type === "PERSON")).toBe(true);
    const page = await get("/api/actors?limit=2&offset=2");
    expect(page).toMatchObject({ limit: 2, offset: 2 });
    expect(page.items).toHaveLength(2);
    expect((await get("/api/actors?q=GENÈVE")).items.map((a: { canonical: string }) => a.canonical)).toEqual([]);
    expect((await get("/api/actors?q=genéva")).items.map((a: { canonical: string }) => a.canonical)).toContain("Geneva");
  });

  it("gives an actor with its articles and the events it takes part in", async () => {
    const { items } = await get("/api/actors?q=haddad");
    const detail = await get(`/api/actors/${items[0].id}`);
    expect(detail.actor.id).toBe(items[0].id);
    expect(detail.articles).toHaveLength(4);
    expect(detail).toMatchObject({ articlesTotal: 4, limit: 100, offset: 0 });
    const page = await get(`/api/actors/${items[0].id}?limit=1&offset=3&sources=1`);
    expect(page).toMatchObject({ articlesTotal: 4, limit: 1, offset: 3, articles: [detail.articles[3]] });
    expect(page.events.every((e: { event: EventRow }) => e.event.sources.length <= 1 && e.event.sourceCount >= e.event.sources.length)).toBe(true);
    const geneva = (await get("/api/actors?q=geneva")).items[0];
    const place = await get(`/api/actors/${geneva.id}`);
    const roles = place.events.flatMap((e: { roles: string[] }) => e.roles);
    expect(roles).toContain("location");
    expect(place.events.every((e: { storyId: string; event: EventRow }) => e.event.sources.length > 0 && e.storyId.startsWith("story:"))).toBe(true);
    expect((await get(`/api/actors/${encodeURIComponent("Yousef Haddad")}`)).actor.id).toBe(items[0].id);
  });

  it("links an article to its story, its copies and the actor of each mention", async () => {
    const reprint = await get(`/api/articles/${ids.get(genevaReprint.title!)}`);
    expect(reprint.links.storyId).toBe(geneva.id);
    const group = reprint.links.duplicateGroup;
    expect(group.members.map((m: { id: string }) => m.id).sort()).toEqual([ids.get(genevaOpening.title!), ids.get(genevaReprint.title!)].sort());
    expect(group.fullestId).toBe(ids.get(genevaOpening.title!));
    expect(group.members.find((m: { id: string }) => m.id === group.fullestId)).toMatchObject({ outlet: "Alpine Ledger", title: genevaOpening.title });
    expect(reprint.links.actorIds).toHaveLength(reprint.analysis.mentions.length);
    expect(reprint.links.actors.map((a: { canonical: string }) => a.canonical)).toContain("Geneva");

    const end = await get(`/api/articles/${ids.get(genevaEnd.title!)}`);
    expect(end.links.duplicateGroup).toBeNull();
  });

  it.each([
    ["/api/stories/not-a-story", /id/],
    ["/api/stories/story:xyz123", /id/],
    ["/api/stories?limit=0", /limit/],
    ["/api/stories/abcdef12/summary?count=0", /count/],
    ["/api/timeline?from=March", /from/],
    ["/api/timeline?from=2024-03-05&to=2024-03-01", /after/],
    ["/api/timeline?story=bad!", /story/],
    ["/api/rounds?offset=-1", /offset/],
    ["/api/actors?type=ALIEN", /type/],
    [`/api/actors?q=${"x".repeat(201)}`, /q/],
  ])("refuses %s with 400", async (url, message) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: "bad_request", message: expect.stringMatching(message) } });
  });

  it("answers 404 for an unknown story or actor", async () => {
    const unknown = encodeURIComponent("story:abcdef123456");
    for (const url of [
      `/api/stories/${unknown}`,
      `/api/stories/${unknown}/summary`,
      `/api/stories/${unknown}/briefing`,
      `/api/timeline?story=${unknown}`,
      `/api/rounds?story=${unknown}`,
      "/api/actors/actor-99999",
      "/api/actors/Nobody%20At%20All",
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("refuses actor corrections without write permission", async () => {
    const body = { actor: "Youssef Haddad", variants: ["Yousef Haddad"] };
    const remote = await app.inject({ method: "POST", url: "/api/actors/split", payload: body, remoteAddress: "192.0.2.10" });
    expect(remote.statusCode).toBe(403);
    const crossSite = await app.inject({ method: "POST", url: "/api/actors/merge", payload: { keep: "Geneva", other: "Vienna" }, headers: { origin: "https://evil.example" } });
    expect(crossSite.statusCode).toBe(403);
    const missing = await guarded.inject({ method: "POST", url: "/api/actors/split", payload: body });
    expect(missing.statusCode).toBe(401);
    const wrong = await guarded.inject({ method: "POST", url: "/api/actors/split", payload: body, headers: { authorization: "Bearer nope" } });
    expect(wrong.statusCode).toBe(403);
    expect((await get("/api/actors?q=haddad")).total).toBe(1);
  });

  it("validates corrections and says which actor or variant is unknown", async () => {
    const post = (url: string, payload: unknown) => app.inject({ method: "POST", url, payload: payload as object });
    expect((await post("/api/actors/merge", { keep: "Geneva" })).statusCode).toBe(400);
    expect((await post("/api/actors/merge", { keep: "Geneva", other: "Vienna", extra: 1 })).statusCode).toBe(400);
    expect((await post("/api/actors/split", { actor: "Geneva", variants: [] })).statusCode).toBe(400);
    const unknownActor = await post("/api/actors/merge", { keep: "Geneva", other: "Atlantis" });
    expect(unknownActor.statusCode).toBe(404);
    expect(unknownActor.json().error.message).toMatch(/Atlantis/);
    const unknownVariant = await post("/api/actors/split", { actor: "Youssef Haddad", variants: ["Joseph Haddad"] });
    expect(unknownVariant.statusCode).toBe(400);
    expect(unknownVariant.json().error.message).toMatch(/Joseph Haddad/);
  });

  it("splits a variant off into a new actor and merges it back, with the token or from this machine", async () => {
    const haddad = (await get("/api/actors?q=haddad")).items[0];
    const split = await guarded.inject({
      method: "POST",
      url: "/api/actors/split",
      payload: { actor: haddad.id, variants: ["Yousef Haddad"] },
      remoteAddress: "192.0.2.10",
      headers: { authorization: "Bearer s3cret-token" },
    });
    expect(split.statusCode).toBe(200);
    const { actor, from } = split.json();
    expect(actor.variants.map((v: { text: string }) => v.text)).toEqual(["Yousef Haddad"]);
    expect(from.id).toBe(haddad.id);
    expect(from.variants.map((v: { text: string }) => v.text)).toEqual(["Youssef Haddad"]);
    expect((await get("/api/actors?q=haddad")).total).toBe(2);

    // Split apart by the user, they stay apart.
    const back = await app.inject({ method: "POST", url: "/api/actors/merge", payload: { keep: haddad.id, other: actor.id } });
    expect(back.statusCode).toBe(400);
    expect(back.json().error.message).toMatch(/separated/);
  });

  it("merges two actors that are one, by id when the name is ambiguous", async () => {
    // The recogniser typed "Northland" as an organisation in some sentences and a person in
    // others ("the Northland team" is an actor of its own, which these merges leave alone).
    const named = async () => (await get("/api/actors?q=northland")).items.filter((a: { canonical: string }) => a.canonical === "Northland");
    const northland = await named();
    expect(northland.map((a: { type: string }) => a.type).sort()).toEqual(["ORG", "PERSON"]);
    const ambiguous = await app.inject({ method: "POST", url: "/api/actors/merge", payload: { keep: "Northland", other: northland[1].id } });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().error.message).toMatch(/several actors/);

    const [keep, other] = northland as Array<{ id: string; mentions: number }>;
    const merge = await app.inject({ method: "POST", url: "/api/actors/merge", payload: { keep: keep!.id, other: other!.id } });
    expect(merge.statusCode).toBe(200);
    const merged = merge.json().actor;
    expect(merged).toMatchObject({ id: keep!.id, variants: [{ text: "Northland" }] });
    // At least: ActorResolver.merge adds a variant's count once per article it appears in (reported to the lead).
    expect(merged.variants[0].count).toBeGreaterThanOrEqual(keep!.mentions + other!.mentions);
    expect(await named()).toHaveLength(1);
    // The merged actor's old id finds the actor it lives in now.
    expect((await get(`/api/actors/${other!.id}`)).actor.id).toBe(keep!.id);
  });
});
