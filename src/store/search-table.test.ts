/**
 * The search table (article_search, drizzle/0001_search_table.sql) on every driver:
 * its trigger follows every insert, update and delete of an article, and a store made
 * before it existed keeps its articles findable once migrated.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { eq, sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../pipeline.js";
import { repoRoot, testDrivers } from "../test-helpers/drivers.js";
import type { DatabaseOptions } from "./index.js";
import { DossierStore } from "./index.js";
import { articles } from "./schema.js";
import { refreshSearchStatistics, searchArticles } from "./search.js";

const hits = async (store: DossierStore, query: string) => (await searchArticles(store.db, query)).hits.map((h) => h.id);

/** The migrations folder as it was before the search table: 0000 only. */
function migrationsBeforeSearchTable(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "dossier-migrations-"));
  mkdirSync(path.join(folder, "meta"));
  cpSync(path.join(repoRoot, "drizzle", "0000_initial.sql"), path.join(folder, "0000_initial.sql"));
  const journal = { version: "7", dialect: "postgresql", entries: [{ idx: 0, version: "7", when: 1795484842980, tag: "0000_initial", breakpoints: true }] };
  writeFileSync(path.join(folder, "meta", "_journal.json"), JSON.stringify(journal));
  return folder;
}

/** An article row as the first schema stored it (its search vector computed by the generated column). */
const OLD_ROW = sql`INSERT INTO articles (id, content_hash, origin, format, encoding, raw, supplied, title, title_source, byline_source, outlet_source, published, published_source, language, text, removed, diagnostics)
  VALUES ('0123456789ab', '0123456789abcdef', '{"kind":"file","location":"old.txt"}', 'text', 'utf-8', '\\x00', '{}', 'Ferry talks in Valletta', 'user', 'unknown', 'unknown', '2023-05-01', 'user', 'eng', 'Negotiators met aboard a ferry moored in Valletta harbour.', '[]', '[]')`;

describe.each(testDrivers)("search table on $name", (driver) => {
  let options: DatabaseOptions;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ options, cleanup } = await driver.create());
  });
  afterEach(async () => {
    await cleanup();
  });

  it("follows every insert, update and delete of an article", async () => {
    const store = await DossierStore.open(options);
    try {
      const dir = mkdtempSync(path.join(tmpdir(), "dossier-search-"));
      writeFileSync(path.join(dir, "a.txt"), "Envoys return to Cairo\n\nEgyptian mediators hosted a new round of talks in Cairo on Monday, officials said.");
      const [id] = (await ingest([dir], store)).stored;
      expect(await hits(store, "mediators")).toEqual([id]);

      await store.db.update(articles).set({ title: "Envoys return to Alexandria", text: "The round moved to Alexandria on Tuesday." }).where(eq(articles.id, id!));
      expect(await hits(store, "mediators")).toEqual([]);
      expect(await hits(store, "alexandria")).toEqual([id]);

      await store.db.delete(articles).where(eq(articles.id, id!));
      expect(await hits(store, "alexandria")).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("ranks only the most recent matches of a common query, says more match, and marks stemmed words", async () => {
    const store = await DossierStore.open(options);
    try {
      const dir = mkdtempSync(path.join(tmpdir(), "dossier-search-"));
      const lines = ["2024-01-05", "2024-01-07", "2024-01-06", "2024-01-04"].map((published, i) =>
        JSON.stringify({ title: `Bulletin ${i + 1}`, published, text: `Negotiators talked for ${i + 1} hours in Cairo; the talks resume on Monday, officials said.` }),
      );
      writeFileSync(path.join(dir, "feed.jsonl"), lines.join("\n"));
      const stored = (await ingest([dir], store)).stored;
      expect(stored).toHaveLength(4);
      const titles = async (page: Awaited<ReturnType<typeof searchArticles>>) =>
        (await store.articleSummaries(page.hits.map((h) => h.id))).map((row) => row.published).sort();

      const window = await searchArticles(store.db, "talks cairo -rafah", { rankedMatches: 2 });
      expect(window).toMatchObject({ total: 2, totalIsLowerBound: true });
      expect(await titles(window)).toEqual(["2024-01-06", "2024-01-07"]);
      const all = await searchArticles(store.db, "talks cairo", { rankedMatches: 4 });
      expect(all).toMatchObject({ total: 4, totalIsLowerBound: false });
      expect(await searchArticles(store.db, "talks", { rankedMatches: 2, offset: 10 })).toMatchObject({ total: 2, totalIsLowerBound: true, hits: [] });

      // "talks" finds "talked" and "talks" (one stem), and the snippet marks both; the excluded word marks nothing.
      const marked = window.hits[0]!.snippet.filter((s) => s.highlight).map((s) => s.text);
      expect(marked).toEqual(["talked", "Cairo", "talks"]);
    } finally {
      await store.close();
    }
  });

  it("gathers the planner's statistics once a tenth more articles are stored, not on every ingest, across processes", async () => {
    let store = await DossierStore.open(options);
    try {
      const dir = mkdtempSync(path.join(tmpdir(), "dossier-search-"));
      const feed = (from: number, n: number) =>
        Array.from({ length: n }, (_, i) => JSON.stringify({ text: `Bulletin ${from + i}: mediators met delegation ${from + i} in Cairo.` })).join("\n");
      writeFileSync(path.join(dir, "a.jsonl"), feed(0, 60));
      await ingest([dir], store);
      const analysed = async () => {
        const result = (await store.db.execute(sql`SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass`)) as unknown as { rows: Array<{ reltuples: number }> };
        return Number(result.rows[0]!.reltuples);
      };
      // PGlite has no autovacuum, so the 60 rows it counts come from this call (on PostgreSQL, maybe from autovacuum).
      await refreshSearchStatistics(store);
      expect(await analysed()).toBe(60);
      expect(await refreshSearchStatistics(store)).toBe(false);
      writeFileSync(path.join(dir, "b.jsonl"), feed(60, 3));
      await ingest([dir], store);
      expect(await refreshSearchStatistics(store)).toBe(false);
      // Another process (each `dossier ingest` is one) knows when they were gathered.
      await store.close();
      store = await DossierStore.open(options);
      expect(await refreshSearchStatistics(store)).toBe(false);
      writeFileSync(path.join(dir, "c.jsonl"), feed(63, 50));
      await ingest([dir], store);
      expect(await refreshSearchStatistics(store)).toBe(true);
      expect(await analysed()).toBe(113);
    } finally {
      await store.close();
    }
  });

  it("keeps the articles of a store made before it findable", async () => {
    const folder = migrationsBeforeSearchTable();
    if (options.databaseUrl) {
      const pool = new pg.Pool({ connectionString: options.databaseUrl });
      const db = drizzlePostgres(pool);
      await migratePostgres(db, { migrationsFolder: folder });
      await db.execute(OLD_ROW);
      await pool.end();
    } else {
      const client = await PGlite.create({ dataDir: path.join(options.dataDir, "pg"), extensions: { pg_trgm } });
      const db = drizzlePglite(client);
      await migratePglite(db, { migrationsFolder: folder });
      await db.execute(OLD_ROW);
      await client.close();
    }
    const store = await DossierStore.open(options);
    try {
      expect(await hits(store, "ferry valletta")).toEqual(["0123456789ab"]);
      const [hit] = (await searchArticles(store.db, "valletta")).hits;
      expect(hit!.titleHighlight).toContainEqual({ text: "Valletta", highlight: true });
    } finally {
      await store.close();
    }
  });
});
