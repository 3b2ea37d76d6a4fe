/**
 * The store: articles (with their raw bytes) and their analyses, on PGlite or
 * PostgreSQL. Every write of an article and its analysis is one transaction, so a run
 * killed halfway leaves whole articles or none, and re-running finishes the job.
 */
import { and, asc, count, desc, eq, gt, inArray, like, sql } from "drizzle-orm";
import type { Analysis, AnalysisField, AnalysisParts } from "../stages/analyze/types.js";
import type { Article } from "../stages/extract/types.js";
import type { RawDocument } from "../stages/read/types.js";
import type { ActorCorrection, LinkState } from "../stages/link/index.js";
import { openDatabase } from "./database.js";
import type { Database, DatabaseOptions } from "./database.js";
import { actorCorrections, analyses, articles, linkState, settings } from "./schema.js";
import type { AnalysisRow, ArticleRow } from "./schema.js";

export { DataFolderBusyError } from "./lock.js";
export type { DatabaseOptions } from "./database.js";

/** What ingest hands the store for one article. */
export interface ArticleRecord {
  document: RawDocument;
  article: Article;
  analysis: Analysis;
}

/** A line of `dossier articles`: metadata without the text and bytes. */
export interface ArticleSummaryRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedSource: string;
  origin: Article["origin"];
  language: string;
}

export interface StoredArticle {
  article: Article;
  analysis: Analysis | null;
  encoding: string;
  ingestedAt: string;
}

/** Name of the link snapshot's row in link_state. */
const LINK_STATE_ROW = "links";
/** Ids per IN (...) list: keeps statements well under parameter limits. */
const ID_CHUNK = 1000;

const summaryColumns = {
  id: articles.id,
  title: articles.title,
  outlet: articles.outlet,
  published: articles.published,
  publishedSource: articles.publishedSource,
  origin: articles.origin,
  language: articles.language,
};

export class ArticleNotFoundError extends Error {
  constructor(readonly query: string, readonly candidates: string[] = []) {
    super(
      candidates.length > 1
        ? `store: id prefix "${query}" is ambiguous: ${candidates.slice(0, 5).join(", ")}${candidates.length > 5 ? ", ..." : ""}`
        : `store: no article with id "${query}" (see \`dossier articles\`)`,
    );
    this.name = "ArticleNotFoundError";
  }
}

export class DossierStore {
  private constructor(
    readonly db: Database,
    readonly driver: "pglite" | "postgres",
    private readonly closeDatabase: () => Promise<void>,
  ) {}

  static async open(options: DatabaseOptions): Promise<DossierStore> {
    const opened = await openDatabase(options);
    return new DossierStore(opened.db, opened.driver, opened.close);
  }

  async close(): Promise<void> {
    await this.closeDatabase();
  }

  /** Which of these content hashes are stored already. */
  async knownHashes(hashes: string[]): Promise<Set<string>> {
    if (hashes.length === 0) return new Set();
    const rows = await this.db.select({ hash: articles.contentHash }).from(articles).where(inArray(articles.contentHash, hashes));
    return new Set(rows.map((r) => r.hash));
  }

  /**
   * Saves a batch of articles with their analyses in one transaction. An article whose
   * content hash is stored already is skipped (re-ingesting adds nothing). Returns the
   * ids actually inserted.
   */
  async saveArticles(records: ArticleRecord[]): Promise<string[]> {
    if (records.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(articles)
        .values(records.map(({ document, article }) => toArticleRow(document, article)))
        .onConflictDoNothing()
        .returning({ id: articles.id });
      const ids = new Set(inserted.map((r) => r.id));
      const analysisRows = records.filter((r) => ids.has(r.article.id)).map((r) => toAnalysisRow(r.analysis));
      if (analysisRows.length > 0) await tx.insert(analyses).values(analysisRows);
      return [...ids];
    });
  }

  async countArticles(): Promise<number> {
    const [row] = await this.db.select({ n: count() }).from(articles);
    return row?.n ?? 0;
  }

  /** Articles newest first (by publication date, then ingestion). */
  async listArticles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummaryRow[]> {
    return this.db
      .select(summaryColumns)
      .from(articles)
      .orderBy(sql`${articles.published} DESC NULLS LAST`, desc(articles.ingestedAt), articles.id)
      .limit(options.limit ?? 1000)
      .offset(options.offset ?? 0);
  }

  /** Resolves a full id or an unambiguous prefix (like git) to an id. */
  async resolveId(query: string): Promise<string> {
    const cleaned = query.trim().toLowerCase();
    if (!/^[0-9a-f]{4,64}$/.test(cleaned)) throw new ArticleNotFoundError(query);
    const rows = await this.db.select({ id: articles.id }).from(articles).where(like(articles.id, `${cleaned.slice(0, 12)}%`)).limit(6);
    if (rows.length === 1) return rows[0]!.id;
    throw new ArticleNotFoundError(query, rows.map((r) => r.id));
  }

  async getArticle(query: string): Promise<StoredArticle> {
    const id = await this.resolveId(query);
    const [row] = await this.db.select().from(articles).where(eq(articles.id, id));
    if (!row) throw new ArticleNotFoundError(query);
    const [analysisRow] = await this.db.select().from(analyses).where(eq(analyses.articleId, id));
    return {
      article: fromArticleRow(row),
      analysis: analysisRow ? fromAnalysisRow(analysisRow) : null,
      encoding: row.encoding,
      ingestedAt: row.ingestedAt.toISOString(),
    };
  }

  /** Articles not yet in the saved link snapshot, in ingestion order, a page at a time. */
  async unlinkedArticles(options: { limit: number; afterSeq?: number }): Promise<Array<{ seq: number; article: Article; analysis: Analysis }>> {
    const rows = await this.db
      .select({ seq: articles.seq, article: ARTICLE_COLUMNS, analysis: analyses })
      .from(articles)
      .innerJoin(analyses, eq(analyses.articleId, articles.id))
      .where(and(eq(articles.linked, false), options.afterSeq === undefined ? undefined : gt(articles.seq, options.afterSeq)))
      .orderBy(asc(articles.seq))
      .limit(options.limit);
    return rows.map((r) => ({ seq: r.seq, article: fromArticleRow(r.article), analysis: fromAnalysisRow(r.analysis) }));
  }

  async loadLinkState(): Promise<LinkState | null> {
    const [row] = await this.db.select().from(linkState).where(eq(linkState.name, LINK_STATE_ROW));
    return row ? (row.state as LinkState) : null;
  }

  /** Saves the link snapshot and marks the articles it now covers as linked, in one transaction. */
  async saveLinkState(state: LinkState, linkedIds: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx
        .insert(linkState)
        .values({ name: LINK_STATE_ROW, state })
        .onConflictDoUpdate({ target: linkState.name, set: { state, updatedAt: new Date() } });
      for (let i = 0; i < linkedIds.length; i += ID_CHUNK) {
        await tx.update(articles).set({ linked: true }).where(inArray(articles.id, linkedIds.slice(i, i + ID_CHUNK)));
      }
    });
  }

  /** Forgets the link snapshot so that `relink` rebuilds it from every stored analysis. */
  async resetLinks(): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.delete(linkState).where(eq(linkState.name, LINK_STATE_ROW));
      await tx.update(articles).set({ linked: false });
    });
  }

  async addCorrection(correction: ActorCorrection): Promise<void> {
    await this.db.insert(actorCorrections).values({ correction });
  }

  async corrections(): Promise<ActorCorrection[]> {
    const rows = await this.db.select().from(actorCorrections).orderBy(asc(actorCorrections.id));
    return rows.map((r) => r.correction);
  }

  async getSetting<T>(key: string): Promise<T | null> {
    const [row] = await this.db.select().from(settings).where(eq(settings.key, key));
    return row ? (row.value as T) : null;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } });
  }

  /** List rows of these articles (any order). */
  async articleSummaries(ids: string[]): Promise<ArticleSummaryRow[]> {
    const out: ArticleSummaryRow[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      out.push(
        ...(await this.db
          .select(summaryColumns)
          .from(articles)
          .where(inArray(articles.id, ids.slice(i, i + ID_CHUNK)))),
      );
    }
    return out;
  }

  /** Articles with their analyses (any order), for views over a story. */
  /**
   * Articles with their analyses, or with the analysis parts named in `fields` only (the
   * others are JSON the reader would parse for nothing: a timeline reads two of five).
   */
  async articlesWithAnalyses<F extends AnalysisField = AnalysisField>(
    ids: string[],
    fields: readonly F[] = ANALYSIS_FIELDS as readonly F[],
  ): Promise<Array<{ article: Article; analysis: AnalysisParts<F> }>> {
    const analysisColumns = { articleId: analyses.articleId, version: analyses.version, ...Object.fromEntries(fields.map((f) => [f, analyses[f]])) };
    const out: Array<{ article: Article; analysis: AnalysisParts<F> }> = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const rows = await this.db
        .select({ article: ARTICLE_COLUMNS, analysis: analysisColumns })
        .from(articles)
        .innerJoin(analyses, eq(analyses.articleId, articles.id))
        .where(inArray(articles.id, ids.slice(i, i + ID_CHUNK)));
      out.push(...rows.map((r) => ({ article: fromArticleRow(r.article), analysis: r.analysis as AnalysisParts<F> })));
    }
    return out;
  }

  /** Ids in a stable order, a page at a time, for work over the whole store. */
  async articleIds(options: { limit: number; afterId?: string }): Promise<string[]> {
    const rows = await this.db
      .select({ id: articles.id })
      .from(articles)
      .where(options.afterId ? gt(articles.id, options.afterId) : undefined)
      .orderBy(articles.id)
      .limit(options.limit);
    return rows.map((r) => r.id);
  }

  /** What the first read had: raw bytes, origin and supplied metadata, for re-analysis. */
  async getInput(id: string): Promise<{ raw: Uint8Array; origin: Article["origin"]; supplied: RawDocument["supplied"] } | null> {
    const [row] = await this.db
      .select({ raw: articles.raw, origin: articles.origin, supplied: articles.supplied })
      .from(articles)
      .where(eq(articles.id, id));
    return row ? { raw: new Uint8Array(row.raw), origin: row.origin, supplied: row.supplied } : null;
  }

  /** Replaces the extracted article and its analysis (same id: same raw bytes), in one transaction. */
  async replaceArticles(records: ArticleRecord[]): Promise<void> {
    if (records.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const { document, article, analysis } of records) {
        const { id: _id, contentHash: _hash, ...changes } = toArticleRow(document, article);
        // Re-analysis changes what linking saw: the article is linked again by `relink`.
        await tx.update(articles).set(changes).where(eq(articles.id, article.id));
        const row = toAnalysisRow(analysis);
        await tx.insert(analyses).values(row).onConflictDoUpdate({ target: analyses.articleId, set: { ...row, analyzedAt: new Date() } });
      }
    });
  }
}

function toArticleRow(document: RawDocument, article: Article): typeof articles.$inferInsert {
  return {
    id: article.id,
    contentHash: article.contentHash,
    origin: article.origin,
    format: article.format,
    encoding: document.encoding,
    raw: document.raw,
    supplied: document.supplied,
    title: article.title.value,
    titleSource: article.title.source,
    byline: article.byline.value,
    bylineSource: article.byline.source,
    outlet: article.outlet.value,
    outletSource: article.outlet.source,
    published: article.published.value,
    publishedSource: article.published.source,
    url: article.url,
    language: article.language,
    text: article.text,
    removed: article.removed,
    diagnostics: article.diagnostics,
  };
}

/** Every part of an analysis: what a read of articles with their analyses loads unless told fewer. */
const ANALYSIS_FIELDS: readonly AnalysisField[] = ["sentences", "mentions", "times", "events", "claims"];

/**
 * The columns an Article is made of: every column but the input bytes and the
 * bookkeeping (raw, supplied, encoding, ingestedAt, linked, seq). Reads of many articles
 * select these only: the raw bytes of an HTML page weigh several times its text, and a
 * large story's timeline reads tens of thousands of articles.
 */
const ARTICLE_COLUMNS = {
  id: articles.id,
  contentHash: articles.contentHash,
  origin: articles.origin,
  format: articles.format,
  title: articles.title,
  titleSource: articles.titleSource,
  byline: articles.byline,
  bylineSource: articles.bylineSource,
  outlet: articles.outlet,
  outletSource: articles.outletSource,
  published: articles.published,
  publishedSource: articles.publishedSource,
  url: articles.url,
  language: articles.language,
  text: articles.text,
  removed: articles.removed,
  diagnostics: articles.diagnostics,
};

type ArticleColumns = Pick<ArticleRow, keyof typeof ARTICLE_COLUMNS>;

function fromArticleRow(row: ArticleColumns): Article {
  const sourced = <T extends string>(value: T | null, source: string) => ({ value, source: source as Article["title"]["source"] });
  return {
    id: row.id,
    contentHash: row.contentHash,
    origin: row.origin,
    format: row.format as Article["format"],
    title: sourced(row.title, row.titleSource),
    byline: sourced(row.byline, row.bylineSource),
    outlet: sourced(row.outlet, row.outletSource),
    published: sourced(row.published, row.publishedSource),
    url: row.url,
    language: row.language,
    text: row.text,
    removed: row.removed,
    diagnostics: row.diagnostics,
  };
}

function toAnalysisRow(analysis: Analysis): typeof analyses.$inferInsert {
  return {
    articleId: analysis.articleId,
    version: analysis.version,
    sentences: analysis.sentences,
    mentions: analysis.mentions,
    times: analysis.times,
    events: analysis.events,
    claims: analysis.claims,
  };
}

function fromAnalysisRow(row: AnalysisRow): Analysis {
  return { articleId: row.articleId, version: row.version, sentences: row.sentences, mentions: row.mentions, times: row.times, events: row.events, claims: row.claims };
}
