/**
 * The facade keeps views built from many stories (timelines, rounds, claims, an actor's
 * events) until the store changes. These tests prove both halves through the API: a
 * repeated request does not read the store again, and after any change (an ingest, an
 * actor correction, a relink) the next request reads it again and shows the new data.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Dossier } from "../dossier.js";
import { testDrivers } from "../test-helpers/drivers.js";
import { buildServer } from "./server.js";
import { fixtureJsonl, genevaAnalysis, genevaEnd, genevaOpening, genevaReprint } from "./test-helpers/fixtures.js";

const noUi = () => mkdtempSync(path.join(tmpdir(), "dossier-no-ui-"));

interface EventRow {
  storyId: string;
  sources: Array<{ articleId: string }>;
}

describe.each(testDrivers)("cached views on $name", (driver) => {
  let dossier: Dossier;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;

  const get = async (url: string) => {
    const response = await app.inject({ url });
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200);
    return response.json();
  };
  const sourceIds = (events: EventRow[]) => new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)));
  /** Counts the store reads that views are built from. */
  const storeReads = () => vi.spyOn(dossier.store, "articlesWithAnalyses");
  /** Every view the UI asks for that spans stories, and one story's. */
  const views = async (storyId: string, actorId: string) => {
    await get("/api/timeline?limit=200");
    await get(`/api/timeline?story=${encodeURIComponent(storyId)}&limit=200`);
    await get("/api/rounds");
    await get("/api/claims");
    await get(`/api/actors/${actorId}`);
  };

  beforeAll(async () => {
    const created = await driver.create();
    cleanup = created.cleanup;
    dossier = await Dossier.open(created.options);
    // The Geneva story without its last report, which a test adds later.
    await dossier.ingestContent(fixtureJsonl([genevaAnalysis, genevaOpening, genevaReprint]));
    app = await buildServer(dossier, { uiDir: noUi() });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await cleanup();
  });

  it("serves a repeated view from the cache, then shows a new article once it is ingested", async () => {
    const haddad = (await get("/api/actors?q=haddad")).items[0];
    const geneva = (await get("/api/stories")).items[0];
    const before = await get("/api/timeline?limit=200");
    expect(before.total).toBeGreaterThan(0);
    await views(geneva.id, haddad.id);
    // Only the report to come says "Wednesday"; this empty page is kept like the views.
    expect((await get("/api/search?q=wednesday")).total).toBe(0);

    const reads = storeReads();
    await views(geneva.id, haddad.id);
    expect(reads).not.toHaveBeenCalled();

    const generation = dossier.generation;
    const posted = await app.inject({ method: "POST", url: "/api/articles", payload: genevaEnd });
    expect(posted.statusCode).toBe(201);
    const endId: string = posted.json().stored[0];
    expect(dossier.generation).toBeGreaterThan(generation);

    const after = await get("/api/timeline?limit=200");
    expect(sourceIds(before.items).has(endId)).toBe(false);
    expect(sourceIds(after.items).has(endId)).toBe(true);
    const storyOfEnd = (await get(`/api/articles/${endId}`)).links.storyId as string;
    expect(sourceIds((await get(`/api/timeline?story=${encodeURIComponent(storyOfEnd)}&limit=200`)).items).has(endId)).toBe(true);
    expect((await get("/api/search?q=wednesday")).items.map((hit: { id: string }) => hit.id)).toEqual([endId]);
    const haddadNow = await get(`/api/actors/${haddad.id}`);
    expect(sourceIds(haddadNow.events.map((e: { event: EventRow }) => e.event)).has(endId)).toBe(true);
    expect(reads).toHaveBeenCalled();
  });

  it("builds the views anew after an actor correction", async () => {
    const haddad = (await get("/api/actors?q=haddad")).items[0];
    const geneva = (await get("/api/stories")).items[0];
    await views(geneva.id, haddad.id);
    const reads = storeReads();
    const split = await app.inject({ method: "POST", url: "/api/actors/split", payload: { actor: haddad.id, variants: ["Yousef Haddad"] } });
    expect(split.statusCode).toBe(200);
    reads.mockClear();
    await get("/api/timeline?limit=200");
    expect(reads).toHaveBeenCalled();
    // The split-off actor's events are those of its own name only.
    const yousef = await get(`/api/actors/${split.json().actor.id}`);
    expect(yousef.articles.map((a: { id: string }) => a.id)).toHaveLength(1);
  });

  it("builds the views anew after a relink", async () => {
    const geneva = (await get("/api/stories")).items[0];
    const haddad = (await get("/api/actors?q=haddad")).items[0];
    await views(geneva.id, haddad.id);
    const reads = storeReads();
    await get("/api/timeline?limit=200");
    expect(reads).not.toHaveBeenCalled();
    await dossier.relink();
    reads.mockClear();
    await get("/api/timeline?limit=200");
    expect(reads).toHaveBeenCalled();
  });
});
