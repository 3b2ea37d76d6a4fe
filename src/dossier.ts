/**
 * The library facade: what the CLI, the HTTP API and the web UI call. None of them
 * holds analysis logic; all of it is behind these methods.
 */
import path from "node:path";
import { ingest, reanalyze } from "./pipeline.js";
import type { IngestOptions, IngestReport, ReanalyzeReport } from "./pipeline.js";
import { summarizeArticle } from "./stages/compose/summary.js";
import type { SummaryOptions, SummarySentence } from "./stages/compose/summary.js";
import { DossierStore } from "./store/index.js";
import type { ArticleSummaryRow, StoredArticle } from "./store/index.js";

export interface DossierOptions {
  /** Data folder of the embedded store. Default: $DOSSIER_DATA or ./.dossier */
  dataDir?: string;
  /** PostgreSQL connection string. Default: $DATABASE_URL (unset: embedded PGlite). */
  databaseUrl?: string;
}

export function defaultDataDir(): string {
  return path.resolve(process.env.DOSSIER_DATA || ".dossier");
}

export class Dossier {
  private constructor(readonly store: DossierStore) {}

  static async open(options: DossierOptions = {}): Promise<Dossier> {
    const databaseUrl = options.databaseUrl ?? (process.env.DATABASE_URL || undefined);
    const store = await DossierStore.open({
      dataDir: options.dataDir ? path.resolve(options.dataDir) : defaultDataDir(),
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    return new Dossier(store);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestReport> {
    return ingest(inputs, this.store, options);
  }

  /** Re-runs extraction and analysis of every stored article from its raw bytes. */
  reanalyze(options: Pick<IngestOptions, "onProgress"> = {}): Promise<ReanalyzeReport> {
    return reanalyze(this.store, options);
  }

  articles(options: { limit?: number; offset?: number } = {}): Promise<ArticleSummaryRow[]> {
    return this.store.listArticles(options);
  }

  countArticles(): Promise<number> {
    return this.store.countArticles();
  }

  article(id: string): Promise<StoredArticle> {
    return this.store.getArticle(id);
  }

  /** The article's most informative sentences, quoted, with spans. */
  async summary(id: string, options: SummaryOptions = {}): Promise<{ article: StoredArticle; sentences: SummarySentence[] }> {
    const stored = await this.store.getArticle(id);
    if (!stored.analysis) throw new Error(`summary: article ${stored.article.id} has no analysis yet; run \`dossier reanalyze\``);
    return { article: stored, sentences: summarizeArticle(stored.article, stored.analysis, options) };
  }
}
