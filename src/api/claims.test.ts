/**
 * The claim routes through `app.inject()`, on every store driver: GET /api/claims (list,
 * conflicts filter, story filter, 404, validation) and GET /api/stories/:id/framing, over
 * a story written for them: two outlets giving different lengths for the same truce
 * (42 days vs 60 days), each attributed to a source, beside the shared fixtures.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dossier } from "../dossier.js";
import { testDrivers } from "../test-helpers/drivers.js";
import type { ArticleInput } from "./ingest-body.js";
import { buildServer } from "./server.js";
import { fixtureJsonl } from "./test-helpers/fixtures.js";

const noUi = () => mkdtempSync(path.join(tmpdir(), "dossier-no-ui-"));

const truceShort: ArticleInput = {
  title: "Mediators propose a 42-day truce in Cairo",
  outlet: "Delta Dispatch",
  published: "2024-05-06",
  text: [
    "CAIRO, May 6 - Egyptian and Qatari mediators put forward a truce proposal in Cairo on Monday, officials said.",
    "",
    "Mediators proposed a 42-day truce, an Egyptian source told Delta Dispatch.",
    "",
    "Hamas and Israeli negotiators were studying the proposal for the truce in Cairo, the source said.",
  ].join("\n"),
};

const truceLong: ArticleInput = {
  title: "Cairo truce proposal would last 60 days",
  outlet: "Sinai Herald",
  published: "2024-05-06",
  text: [
    "CAIRO, May 6 - Egyptian and Qatari mediators presented a truce proposal in Cairo on Monday, diplomats said.",
    "",
    "Mediators proposed a 60-day truce, an Egyptian source told Sinai Herald.",
    "",
    "Hamas and Israeli negotiators were studying the proposal for the truce in Cairo, the diplomats said.",
  ].join("\n"),
};

interface Group {
  id: string;
  storyId: string | null;
  slot: string;
  status: string;
  sides: Array<{ label: string; value: unknown; sources: Array<{ articleId: string; outlet: string | null; chain: Array<{ role: string; text: string }>; hedged: boolean; sentence: string }> }>;
  reasons: string[];
}

describe.each(testDrivers)("claims API on $name", (driver) => {
  let dossier: Dossier;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  let truceStory: string;

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
    await dossier.ingestContent(fixtureJsonl([truceShort, truceLong]));
    app = await buildServer(dossier, { uiDir: noUi() });
    const rows = await dossier.articles({ limit: 100 });
    const shortId = rows.find((r) => r.title === truceShort.title)!.id;
    truceStory = (await dossier.stories()).find((s) => s.articleIds.includes(shortId))!.id;
  });
  afterAll(async () => {
    await app.close();
    await dossier.close();
    await cleanup();
  });

  it("lists claim groups a page at a time, with their sides and sources", async () => {
    const all = await get("/api/claims");
    expect(all).toMatchObject({ limit: 50, offset: 0 });
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThanOrEqual(1);
    const page = await get("/api/claims?limit=1&offset=0");
    expect(page.items).toHaveLength(1);
    expect(page.total).toBe(all.total);
    for (const group of all.items as Group[]) {
      expect(["agree", "compatible", "conflict"]).toContain(group.status);
      for (const side of group.sides) {
        expect(typeof side.label).toBe("string");
        expect(side.value).toBeTypeOf("object");
        for (const source of side.sources) expect(source.chain.length).toBeGreaterThan(0);
      }
    }
  });

  it("finds the 42-day vs 60-day conflict, with each side's source chain", async () => {
    const story = encodeURIComponent(truceStory);
    const conflicts = await get(`/api/claims?story=${story}&conflicts=true`);
    const truce = (conflicts.items as Group[]).find((g) => g.slot === "truce-days");
    expect(truce, JSON.stringify(conflicts.items).slice(0, 500)).toBeDefined();
    expect(truce!.storyId).toBe(truceStory);
    expect(truce!.sides.map((s) => s.label).sort()).toEqual(["42 days", "60 days"]);
    const outlets = truce!.sides.flatMap((s) => s.sources.map((src) => src.outlet)).sort();
    expect(outlets).toEqual(["Delta Dispatch", "Sinai Herald"]);
    const chain = truce!.sides[0]!.sources[0]!.chain.map((l) => l.role);
    expect(chain[0]).toBe("source");
    expect(chain.at(-1)).toBe("publisher");
  });

  it("keeps only conflicts with conflicts=true", async () => {
    const all = await get("/api/claims");
    const conflicts = await get("/api/claims?conflicts=true");
    expect(conflicts.items.every((g: Group) => g.status === "conflict")).toBe(true);
    expect(conflicts.total).toBe(all.items.filter((g: Group) => g.status === "conflict").length);
    const none = await get("/api/claims?conflicts=false");
    expect(none.total).toBe(all.total);
  });

  it("answers 404 for an unknown story and 400 for bad parameters", async () => {
    for (const url of ["/api/claims?story=story:ffffffffffff", "/api/stories/story%3Affffffffffff/framing"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
    for (const url of ["/api/claims?conflicts=maybe", "/api/claims?limit=0", "/api/claims?story=not-an-id", "/api/claims?colour=red", "/api/stories/xyz/framing"]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.code).toBe("bad_request");
    }
  });

  it("gives each outlet's framing terms for a story", async () => {
    const framing = await get(`/api/stories/${encodeURIComponent(truceStory)}/framing`);
    expect(Array.isArray(framing.items)).toBe(true);
    for (const outlet of framing.items) {
      expect(typeof outlet.outlet).toBe("string");
      for (const term of outlet.terms) expect(term).toMatchObject({ term: expect.any(String), referent: expect.any(String), count: expect.any(Number) });
    }
  });

  it("lists both routes in the OpenAPI document", async () => {
    const document = await get("/api/openapi.json");
    expect(document.paths["/api/claims"].get.operationId).toBe("listClaims");
    const parameters = document.paths["/api/claims"].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(["story", "conflicts", "limit", "offset"]));
    expect(Object.keys(document.paths).some((p) => p.startsWith("/api/stories/") && p.endsWith("/framing"))).toBe(true);
  });
});
