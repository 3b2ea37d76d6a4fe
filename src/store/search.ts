/**
 * Ranked full-text search over articles (title weighted above text), with highlighted
 * snippets (snippets.ts). Uses the `article_search` table, its GIN index and its recency
 * index (schema.ts); the same SQL runs on PGlite and PostgreSQL.
 */
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { Database } from "./database.js";
import type { DossierStore } from "./index.js";
import { candidateWords, highlightAll, queryLexemes, snippet, textWords } from "./snippets.js";
import type { HighlightSegment, TextWord } from "./snippets.js";

export interface SearchOptions {
  /** Results per page. Default 20. */
  limit?: number;
  /** Results skipped (pagination). Default 0. */
  offset?: number;
  /** The most recent matches ranked (see RANKED_MATCHES); a test's small window. */
  rankedMatches?: number;
}

export type { HighlightSegment } from "./snippets.js";

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** ts_rank of the match: higher is better; only comparable within one query. */
  rank: number;
  /** The title with matching words marked (empty when the article has no title). */
  titleHighlight: HighlightSegment[];
  /** The best fragments of the text, matching words marked. */
  snippet: HighlightSegment[];
}

export interface SearchPage {
  /** Matching articles; with `totalIsLowerBound`, more match than this (the ranked window). */
  total: number;
  /** True when the query matches more articles than are ranked: only the most recent are pages. */
  totalIsLowerBound: boolean;
  hits: SearchHit[];
}

/**
 * A query matching more articles than this ranks only the most recent this many of
 * them. Ranking reads every match's whole vector: a common word matches most of a large
 * store, and ranking 15,000 matches took ~60 ms against ~5 ms for 500 found by walking
 * the recency index (docs/benchmarks.md). In a dossier on a developing story the newest
 * reports are the ones a reader looks for; 500 results are 25 pages.
 */
const RANKED_MATCHES = 500;

interface HitRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  rank: number | string;
  text: string;
  matches: number | string;
  lexemes: string;
}

/**
 * Articles matching a web-search style query ("cairo talks", "\"prisoner exchange\"",
 * "truce -rafah"), best first, with highlighted snippets. When more than
 * RANKED_MATCHES articles match, the most recent of them are ranked and the total says
 * it is a lower bound. A query of stop words only matches nothing.
 *
 * @example await searchArticles(db, "cairo truce", { limit: 10 })
 */
export async function searchArticles(db: Database, query: string, options: SearchOptions = {}): Promise<SearchPage> {
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const window = options.rankedMatches ?? RANKED_MATCHES;
  // The tsquery is written out in each place (not taken from a CTE) so that the planner
  // sees it as a constant and can estimate how many articles it matches: many, and it
  // walks the recency index until it has the window; few, and it reads them from the
  // text index. One row more than the window tells whether there are more matches.
  // Ranking comes after the window, so it reads the vectors of the window only.
  const tsquery = sql`websearch_to_tsquery('english', ${query})`;
  const rows = await queryRows<HitRow>(db, sql`
    WITH matches AS (
      SELECT s.article_id, s.published, s.search
      FROM article_search s
      WHERE s.search @@ ${tsquery}
      ORDER BY s.published DESC NULLS LAST, s.article_id
      LIMIT ${window + 1}
    ),
    page AS (
      SELECT article_id, published, ts_rank(search, ${tsquery}) AS rank
      FROM (SELECT * FROM matches ORDER BY published DESC NULLS LAST, article_id LIMIT ${window}) ranked
      ORDER BY rank DESC, published DESC NULLS LAST, article_id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT page.article_id AS id, page.rank, a.title, a.outlet, a.published, a.text,
      (SELECT count(*) FROM matches) AS matches, querytree(${tsquery}) AS lexemes
    FROM page JOIN articles a ON a.id = page.article_id
    ORDER BY page.rank DESC, page.published DESC NULLS LAST, page.article_id`);
  const matches = rows.length > 0 ? Number(rows[0]!.matches) : offset === 0 ? 0 : await countMatches(db, tsquery, window + 1);
  const words = rows.map((row) => ({ title: textWords(row.title ?? ""), text: textWords(row.text) }));
  const isMatch = await matcher(db, words.flatMap((hit) => [...hit.title, ...hit.text]), queryLexemes(rows[0]?.lexemes ?? ""));
  return {
    total: Math.min(matches, window),
    totalIsLowerBound: matches > window,
    hits: rows.map((row, at) => ({
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      published: row.published,
      rank: Number(row.rank),
      titleHighlight: row.title ? highlightAll(row.title, words[at]!.title, isMatch) : [],
      snippet: snippet(row.text, words[at]!.text, isMatch),
    })),
  };
}

/** Matches of a query, counted up to `cap` (a page past the last has no row to carry the count). */
async function countMatches(db: Database, tsquery: SQL, cap: number): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM (SELECT 1 FROM article_search WHERE search @@ ${tsquery} LIMIT ${cap}) m`);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Whether a word of the page's titles and texts matches the query: the words that could
 * (see candidateWords) are stemmed by the database in one question.
 */
async function matcher(db: Database, words: TextWord[], lexemes: Set<string>): Promise<(word: string) => boolean> {
  const candidates = lexemes.size === 0 ? [] : candidateWords(words.map((word) => word.text), lexemes);
  if (candidates.length === 0) return () => false;
  const stemmed = await queryRows<{ word: string; vector: string }>(
    db,
    // As one JSON parameter: drizzle spreads a JS array into a row of parameters.
    sql`SELECT w AS word, to_tsvector('english', w)::text AS vector FROM jsonb_array_elements_text(${JSON.stringify(candidates)}::jsonb) AS w`,
  );
  const matching = new Set(stemmed.filter((row) => [...queryLexemes(row.vector)].some((lexeme) => lexemes.has(lexeme))).map((row) => row.word));
  return (word) => matching.has(word.toLowerCase());
}

/**
 * Rows of a raw query. Both drivers answer `execute` with an object holding `rows`
 * (PGlite's Results, node-postgres's QueryResult); the shared Database type does not say so.
 */
async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Articles stored since the search table's statistics were gathered before they are
 * gathered again: the proportion PostgreSQL's autovacuum uses (10 %, at least 50 rows).
 */
const STATISTICS_GROWTH = 0.1;
const STATISTICS_MIN_ROWS = 50;
/** Setting holding the article sequence's value when the statistics were last gathered. */
const STATISTICS_SETTING = "search-statistics-at-article";

/**
 * Gathers the search table's statistics when a tenth more articles have been stored
 * since they were last gathered. The planner needs them to choose between the recency
 * and the text index (searchArticles); PGlite runs no autovacuum to keep them. Growth is
 * read off the articles' sequence and a setting, not by counting the table (50 to 120 ms
 * at 20,000 articles, on every ingest), so it holds across processes: each `dossier
 * ingest` is one. Returns whether it ran.
 */
export async function refreshSearchStatistics(store: Pick<DossierStore, "db" | "getSetting" | "setSetting">): Promise<boolean> {
  const [row] = await queryRows<{ inserted: number | string; analysed: number | string }>(
    store.db,
    sql`SELECT (SELECT last_value FROM articles_seq_seq) AS inserted, (SELECT reltuples FROM pg_class WHERE oid = 'article_search'::regclass) AS analysed`,
  );
  const inserted = Number(row?.inserted ?? 0);
  const analysed = Math.max(0, Number(row?.analysed ?? 0));
  const since = inserted - ((await store.getSetting<number>(STATISTICS_SETTING)) ?? 0);
  if (since < Math.max(STATISTICS_MIN_ROWS, analysed * STATISTICS_GROWTH)) return false;
  await store.db.execute(sql`ANALYZE article_search`);
  await store.setSetting(STATISTICS_SETTING, inserted);
  return true;
}
