/**
 * The API through `app.inject()` (no port), on every store driver: lists and their
 * pages, one article, its summary, search, validation and error bodies, the write guard,
 * the body limit, the rate limit, the OpenAPI document.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dossier } from "../dossier.js";
import { testDrivers } from "../test-helpers/drivers.js";
import { buildServer } from "./server.js";
import type { ServerOptions } from "./server.js";
import { aidConvoys, cairoTalks, fixtureJsonl, hostile, prisonerExchange } from "./test-helpers/fixtures.js";

const noUi = () => mkdtempSync(path.join(tmpdir(), "dossier-no-ui-"));

describe.each(testDrivers)("API on $name", (driver) => {
  let dossier: Dossier;
  let cleanup: () => Promise<void>;
  let app: FastifyInstance;
  const servers: FastifyInstance[] = [];

  async function server(options: ServerOptions = {}): Promise<FastifyInstance> {
    const built = await buildServer(dossier, { uiDir: noUi(), ...options });
    servers.push(built);
    return built;
  }

  beforeAll(async () => {
    const created = await driver.create();
    cleanup = created.cleanup;
    dossier = await Dossier.open(created.options);
    await dossier.ingestContent(fixtureJsonl());
    app = await server();
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await dossier.close();
    await cleanup();
  });

  it("lists articles newest first, a page at a time, with the total", async () => {
    const first = await app.inject({ url: "/api/articles?limit=2" });
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 0 });
    expect(page.items.map((a: { title: string }) => a.title)).toEqual([aidConvoys.title, cairoTalks.title]);
    const rest = (await app.inject({ url: "/api/articles?limit=2&offset=2" })).json();
    expect(rest.items.map((a: { published: string }) => a.published)).toEqual(["2024-03-03", prisonerExchange.published]);
    expect(rest.items[1]).toMatchObject({ outlet: "Gulf Monitor", publishedSource: "feed", origin: { kind: "api", line: 3 } });
  });

  it("gives one article by id or prefix, with sources, boilerplate and analysis", async () => {
    const { items } = (await app.inject({ url: "/api/articles?limit=10" })).json();
    const id: string = items.find((a: { title: string }) => a.title === cairoTalks.title).id;
    const response = await app.inject({ url: `/api/articles/${id.slice(0, 6)}` });
    expect(response.statusCode).toBe(200);
    const stored = response.json();
    expect(stored.article).toMatchObject({ id, outlet: { value: "Nile Wire", source: "feed" }, url: cairoTalks.url });
    expect(stored.article.text).toContain("Rafah crossing");
    expect(Array.isArray(stored.article.removed)).toBe(true);
    const { sentences, mentions, times } = stored.analysis;
    expect(sentences.length).toBeGreaterThanOrEqual(4);
    for (const s of sentences) expect(stored.article.text.slice(s.start, s.end)).toBe(s.text);
    expect(mentions.some((m: { text: string }) => m.text === "Cairo")).toBe(true);
    expect(times.some((t: { text: string }) => /Monday/.test(t.text))).toBe(true);
  });

  it("summarises an article with spans into its text", async () => {
    const { items } = (await app.inject({ url: "/api/articles" })).json();
    const id: string = items.find((a: { title: string }) => a.title === cairoTalks.title).id;
    const [summary, text] = await Promise.all([
      app.inject({ url: `/api/articles/${id}/summary?count=2` }).then((r) => r.json()),
      app.inject({ url: `/api/articles/${id}` }).then((r) => r.json().article.text as string),
    ]);
    expect(summary.articleId).toBe(id);
    expect(summary.title).toBe(cairoTalks.title);
    expect(summary.sentences).toHaveLength(2);
    for (const s of summary.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("searches with ranking (title above text) and highlighted snippets", async () => {
    const response = await app.inject({ url: "/api/search?q=ceasefire" });
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({ query: "ceasefire", total: 2, totalIsLowerBound: false, limit: 20, offset: 0 });
    expect(result.items[0].title).toBe(cairoTalks.title);
    expect(result.items[0].rank).toBeGreaterThan(result.items[1].rank);
    const highlighted = result.items[0].snippet.filter((s: { highlight: boolean }) => s.highlight).map((s: { text: string }) => s.text);
    expect(highlighted).toContain("ceasefire");
    expect(result.items[0].titleHighlight).toContainEqual({ text: "ceasefire", highlight: true });

    const phrase = (await app.inject({ url: `/api/search?q=${encodeURIComponent('"prisoner exchange" -cairo')}` })).json();
    expect(phrase.items.map((h: { title: string }) => h.title)).toEqual([prisonerExchange.title]);
    const beyond = (await app.inject({ url: "/api/search?q=ceasefire&offset=10" })).json();
    expect(beyond).toMatchObject({ total: 2, items: [] });
  });

  it.each([
    ["/api/articles?limit=0", /limit/],
    ["/api/articles?limit=many", /limit/],
    ["/api/articles?offset=-1", /offset/],
    ["/api/articles?sort=title", /additional properties|sort/],
    ["/api/articles/not-an-id!", /id/],
    ["/api/articles/abcdef/summary?count=99", /count/],
    ["/api/search", /q/],
    ["/api/search?q=", /q/],
  ])("refuses %s with 400 and the error body", async (url, message) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: "bad_request", message: expect.stringMatching(message) } });
  });

  it("answers 404 with the error body for an unknown article or route", async () => {
    for (const url of ["/api/articles/abcdef123456", "/api/articles/abcdef123456/summary", "/api/nothing-here"]) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("not_found");
    }
  });

  it("accepts writes from this machine without a token, refuses other machines and other sites", async () => {
    const body = { text: "Envoys arrived in Amman on Thursday for separate talks on the detainee list, officials said." };
    const local = await app.inject({ method: "POST", url: "/api/articles?outlet=Desert%20Post&published=2024-03-07", payload: body });
    expect(local.statusCode).toBe(201);
    const report = local.json();
    expect(report.stored).toHaveLength(1);
    expect(report.articles[0]).toMatchObject({ outlet: "Desert Post", published: "2024-03-07", publishedSource: "user" });
    expect(report.total).toBe(5);

    const again = await app.inject({ method: "POST", url: "/api/articles?outlet=Desert%20Post&published=2024-03-07", payload: body });
    expect(again.statusCode).toBe(200);
    expect(again.json().duplicates).toHaveLength(1);

    const remote = await app.inject({ method: "POST", url: "/api/articles", payload: body, remoteAddress: "192.0.2.10" });
    expect(remote.statusCode).toBe(403);
    expect(remote.json().error).toMatchObject({ code: "forbidden", message: expect.stringMatching(/DOSSIER_TOKEN/) });
    const crossSite = await app.inject({ method: "POST", url: "/api/articles", payload: body, headers: { origin: "https://evil.example" } });
    expect(crossSite.statusCode).toBe(403);
    const rebound = await app.inject({ method: "POST", url: "/api/articles", payload: body, headers: { host: "evil.example:4173" } });
    expect(rebound.statusCode).toBe(403);
  });

  it("needs the token for writes when the server has one", async () => {
    const guarded = await server({ token: "s3cret-token" });
    const body = [{ html: "<p>Talks in Cairo resumed on Friday after a pause of two days, the mediators said in a statement.</p>", title: "Talks resume" }];
    const missing = await guarded.inject({ method: "POST", url: "/api/articles", payload: body, remoteAddress: "192.0.2.10" });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers["www-authenticate"]).toMatch(/Bearer/);
    expect(missing.json().error.code).toBe("unauthorized");
    const wrong = await guarded.inject({ method: "POST", url: "/api/articles", payload: body, headers: { authorization: "Bearer nope" } });
    expect(wrong.statusCode).toBe(403);
    const right = await guarded.inject({
      method: "POST",
      url: "/api/articles",
      payload: body,
      remoteAddress: "192.0.2.10",
      headers: { authorization: "Bearer s3cret-token" },
    });
    expect(right.statusCode).toBe(201);
    expect(right.json().articles[0]).toMatchObject({ title: "Talks resume", publishedSource: expect.any(String) });
    const read = await guarded.inject({ url: "/api/articles?limit=1", remoteAddress: "192.0.2.10" });
    expect(read.statusCode).toBe(200);
    expect((await guarded.inject({ url: "/api/health" })).json().writes).toBe("token");
  });

  it("takes JSONL and raw HTML bodies, reports broken lines, and validates JSON records", async () => {
    const jsonl = '{"text":"Mediators in Doha said on Sunday that a draft would be shared with both sides within days."}\n{"title":"no text"}\n';
    const ndjson = await app.inject({ method: "POST", url: "/api/articles", payload: jsonl, headers: { "content-type": "application/x-ndjson" } });
    expect(ndjson.statusCode).toBe(201);
    expect(ndjson.json().failures).toEqual([expect.objectContaining({ stage: "read", origin: expect.objectContaining({ line: 2 }) })]);

    const notJsonl = await app.inject({ method: "POST", url: "/api/articles", payload: "{}\nplain text\n", headers: { "content-type": "application/x-ndjson" } });
    expect(notJsonl.statusCode).toBe(400);
    expect(notJsonl.json().error.message).toMatch(/line 2/);

    const html = "<html><head><title>Crossing reopens</title></head><body><article><p>The crossing reopened on Monday for the first time in a week, the border authority said, and the first trucks went through.</p></article></body></html>";
    const raw = await app.inject({ method: "POST", url: "/api/articles?outlet=Border%20Daily", payload: html, headers: { "content-type": "text/html; charset=utf-8" } });
    expect(raw.statusCode).toBe(201);
    expect(raw.json().articles[0]).toMatchObject({ title: "Crossing reopens", outlet: "Border Daily" });

    for (const payload of [{ title: "no text" }, { text: "x", publised: "2024-01-01" }, [], { text: 42 }, { text: "x", url: "javascript:alert(1)" }]) {
      const invalid = await app.inject({ method: "POST", url: "/api/articles", payload });
      expect(invalid.statusCode, JSON.stringify(payload)).toBe(400);
      expect(invalid.json().error.code).toBe("bad_request");
    }
    const badDate = await app.inject({ method: "POST", url: "/api/articles?published=someday", payload: { text: "Some text here." } });
    expect(badDate.statusCode).toBe(400);
    const form = await app.inject({ method: "POST", url: "/api/articles", payload: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe("unsupported_media_type");
  });

  it("refuses a body over the limit with 413", async () => {
    const small = await server({ bodyLimit: 1024 });
    const response = await small.inject({ method: "POST", url: "/api/articles", payload: { text: "word ".repeat(500) } });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe("payload_too_large");
  });

  it("rate-limits a client with 429 and the error body", async () => {
    const limited = await server({ requestsPerMinute: 2 });
    await limited.inject({ url: "/api/health" });
    await limited.inject({ url: "/api/health" });
    const third = await limited.inject({ url: "/api/health" });
    expect(third.statusCode).toBe(429);
    expect(third.json().error.code).toBe("rate_limited");
    expect(third.headers["retry-after"]).toBeDefined();
  });

  it("reports health and sends the security headers", async () => {
    const response = await app.inject({ url: "/api/health" });
    expect(response.json()).toMatchObject({ status: "ok", driver: driver.name, writes: "local" });
    expect(response.headers["content-security-policy"]).toMatch(/script-src 'self'/);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("documents every API route in the OpenAPI document", async () => {
    const doc = (await app.inject({ url: "/api/openapi.json" })).json();
    expect(doc.openapi).toBe("3.1.0");
    const operations = Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${p}`),
    );
    expect(operations.sort()).toEqual(
      [
        "GET /api/articles",
        "POST /api/articles",
        "GET /api/articles/{id}",
        "GET /api/articles/{id}/summary",
        "GET /api/search",
        "GET /api/stories",
        "GET /api/stories/{id}",
        "GET /api/stories/{id}/summary",
        "GET /api/stories/{id}/briefing",
        "GET /api/stories/{id}/framing",
        "GET /api/claims",
        "GET /api/timeline",
        "GET /api/rounds",
        "GET /api/actors",
        "GET /api/actors/{id}",
        "POST /api/actors/merge",
        "POST /api/actors/split",
        "GET /api/health",
        "GET /api/openapi.json",
      ].sort(),
    );
    for (const op of operations) {
      const [method, url] = op.split(" ") as [string, string];
      expect(app.hasRoute({ method, url: url.replace(/\{(\w+)\}/g, ":$1") }), op).toBe(true);
    }
    const ops = Object.values(doc.paths as Record<string, Record<string, { operationId: string; responses: object }>>).flatMap((o) => Object.values(o));
    expect(new Set(ops.map((op) => op.operationId)).size).toBe(ops.length);
    for (const op of ops) expect(Object.keys(op.responses).length, op.operationId).toBeGreaterThan(0);
    const post = doc.paths["/api/articles"].post;
    expect(Object.keys(post.requestBody.content)).toEqual(expect.arrayContaining(["application/json", "application/x-ndjson", "text/html"]));
    expect(post.security).toEqual([{ bearer: [] }]);
    for (const correction of ["/api/actors/merge", "/api/actors/split"]) expect(doc.paths[correction].post.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(doc.paths["/api/stories/{id}/briefing"].get.responses["200"].content)).toEqual(["text/markdown"]);
    expect(doc.paths["/api/articles/{id}"].get.parameters[0]).toMatchObject({ name: "id", in: "path", required: true });
    expect(doc.components.schemas.Error).toBeDefined();
    expect(JSON.stringify(doc)).not.toMatch(/"\$ref":"(?!#\/components\/schemas\/)/);
  });

  it("keeps hostile markup as data: the API returns text, never markup to run", async () => {
    const hits = (await app.inject({ url: "/api/search?q=mediators+progress" })).json();
    const id = hits.items.find((h: { outlet: string }) => h.outlet === hostile.outlet).id;
    const stored = (await app.inject({ url: `/api/articles/${id}` })).json();
    // Markup is gone; the article's own literal text about markup stays, as text.
    expect(stored.article.text).not.toMatch(/alert\([123]\)|<img/);
    expect(stored.article.text).toContain("<script>alert(4)</script>");
  });
});
