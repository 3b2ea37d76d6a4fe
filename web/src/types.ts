/**
 * The API's answers as the UI reads them. The contract is the server's JSON schemas
 * (src/api/schemas.ts, served at /api/openapi.json); these types mirror the parts the
 * UI uses, so the browser build does not depend on server code.
 */

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export interface Origin {
  kind: "file" | "stdin" | "url" | "api";
  location: string;
  line?: number;
}

export type MetadataSource = "meta" | "json-ld" | "url" | "dateline" | "feed" | "user" | "text" | "unknown";

export interface Sourced {
  value: string | null;
  source: MetadataSource;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedSource: MetadataSource;
  origin: Origin;
  language: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  kind: string;
  paragraph: number;
}

export interface Mention extends Span {
  text: string;
  type: string;
  role?: string;
  affiliation?: string;
}

export interface TimeExpression extends Span {
  text: string;
  type: string;
  value: string | null;
  granularity: string;
  range?: { from: string; to: string };
  basis: "stated" | "inferred";
  confidence: number;
}

export interface Article {
  id: string;
  contentHash: string;
  origin: Origin;
  format: string;
  title: Sourced;
  byline: Sourced;
  outlet: Sourced;
  published: Sourced;
  url: string | null;
  language: string;
  text: string;
  removed: Array<{ text: string; reason: string }>;
  diagnostics: string[];
}

export interface StoredArticle {
  article: Article;
  analysis: { sentences: Sentence[]; mentions: Mention[]; times: TimeExpression[] } | null;
  encoding: string;
  ingestedAt: string;
}

export interface SummarySentence extends Span {
  articleId: string;
  text: string;
  score: number;
}

export interface Summary {
  articleId: string;
  title: string | null;
  sentences: SummarySentence[];
}

export interface Segment {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  rank: number;
  titleHighlight: Segment[];
  snippet: Segment[];
}

export interface SearchPage extends Page<SearchHit> {
  query: string;
}

export interface IngestReport {
  read: number;
  stored: string[];
  articles: ArticleRow[];
  duplicates: Array<{ origin: Origin; id: string }>;
  failures: Array<{ origin: Origin; stage: string; reason: string }>;
  total: number;
  seconds: number;
}

export interface Health {
  status: "ok";
  driver: "pglite" | "postgres";
  articles: number;
  /** token: writes need the server's DOSSIER_TOKEN; local: writes from the server's machine only. */
  writes: "token" | "local";
}
