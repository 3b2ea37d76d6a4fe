/**
 * Ranked full-text search over articles (title weighted above text), with highlighted
 * snippets. Uses the `article_search` table and its GIN index (schema.ts); the same
 * SQL runs on PGlite and PostgreSQL.
 */
import { sql } from "drizzle-orm";
import type { SQL } from "drizzle-orm";
import type { Database } from "./database.js";

export interface SearchOptions {
  /** Results per page. Default 20. */
  limit?: number;
  /** Results skipped (pagination). Default 0. */
  offset?: number;
}

/** A run of snippet or title text; `highlight` marks words matching the query. */
export interface HighlightSegment {
  text: string;
  highlight: boolean;
}

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
  total: number;
  hits: SearchHit[];
}

/**
 * Sentinels that ts_headline puts around matches, turned into segments below. They are
 * private-use code points, which news text does not carry; any already in an article
 * are removed from the text first, so a highlight can only come from a match.
 */
const START_MARK = "\uE000";
const STOP_MARK = "\uE001";
/** The sentinels as a regular-expression class, for stripping them in SQL. */
const SENTINEL_CLASS = `[${START_MARK}${STOP_MARK}]`;
/**
 * Snippet shape: up to two fragments of 12 to 30 words. Long enough to judge a hit in
 * a results list, short enough that a page of 20 stays scannable.
 */
const SNIPPET_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, HighlightAll=true`;

interface HitRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  rank: number | string;
  title_headline: string;
  snippet: string;
}

/**
 * Articles matching a web-search style query ("cairo talks", "\"prisoner exchange\"",
 * "truce -rafah"), best first, with highlighted snippets. A query of stop words only
 * matches nothing.
 *
 * @example await searchArticles(db, "cairo truce", { limit: 10 })
 */
export async function searchArticles(db: Database, query: string, options: SearchOptions = {}): Promise<SearchPage> {
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  // ts_headline is costly (it re-parses the text), so it runs on the page's rows only.
  // The total is a query of its own: counting in the ranking query (a window over every
  // match) made it several times slower than ranking and counting apart.
  const rows = await queryRows<HitRow>(db, sql`
    WITH q AS (SELECT websearch_to_tsquery('english', ${query}) AS query),
    page AS (
      SELECT s.article_id AS id, ts_rank(s.search, q.query) AS rank, s.published
      FROM article_search s, q
      WHERE s.search @@ q.query
      ORDER BY rank DESC, s.published DESC NULLS LAST, s.article_id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT page.id, page.rank, a.title, a.outlet, a.published,
      ts_headline('english', regexp_replace(coalesce(a.title, ''), ${SENTINEL_CLASS}, '', 'g'), q.query, ${TITLE_OPTIONS}) AS title_headline,
      ts_headline('english', regexp_replace(a.text, ${SENTINEL_CLASS}, '', 'g'), q.query, ${SNIPPET_OPTIONS}) AS snippet
    FROM page JOIN articles a ON a.id = page.id, q
    ORDER BY page.rank DESC, page.published DESC NULLS LAST, page.id`);
  // A page that is not full is the last one (an empty first page: nothing matches), and the total follows from it.
  const last = rows.length < limit && (rows.length > 0 || offset === 0);
  const total = last ? offset + rows.length : await countMatches(db, query);
  return {
    total,
    hits: rows.map((row) => ({
      id: row.id,
      title: row.title,
      outlet: row.outlet,
      published: row.published,
      rank: Number(row.rank),
      titleHighlight: toSegments(row.title_headline),
      snippet: toSegments(row.snippet),
    })),
  };
}

/** Matches of a query. */
async function countMatches(db: Database, query: string): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM article_search WHERE search @@ websearch_to_tsquery('english', ${query})`);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Rows of a raw query. Both drivers answer `execute` with an object holding `rows`
 * (PGlite's Results, node-postgres's QueryResult); the shared Database type does not say so.
 */
async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Splits ts_headline output at its sentinels into plain and highlighted runs. */
export function toSegments(marked: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let highlight = false;
  let current = "";
  const flush = () => {
    if (current !== "") segments.push({ text: current, highlight });
    current = "";
  };
  for (const char of marked) {
    if (char === START_MARK || char === STOP_MARK) {
      flush();
      highlight = char === START_MARK;
    } else {
      current += char;
    }
  }
  flush();
  return segments;
}
