/**
 * The whole record flow in one place:
 *
 *   read     inputs -> RawDocument            (stages/read)
 *   extract  RawDocument -> Article           (stages/extract)
 *   analyze  Article -> Analysis              (stages/analyze)
 *   store    Article + Analysis + raw bytes   (store/)
 *   link     new articles -> duplicate groups, stories, actors   (stages/link; linkPending)
 *
 * compose (summaries, timeline, rounds, claims) reads from the store and the links. One broken input never stops a batch; each batch is one
 * transaction, so a killed run leaves the store consistent and a re-run completes it.
 */
import { analyzeArticle } from "./stages/analyze/index.js";
import { contentHash, extractArticle } from "./stages/extract/index.js";
import { readInputs, rereadDocument } from "./stages/read/index.js";
import type { ReadOptions } from "./stages/read/index.js";
import type { Origin, RawDocument } from "./stages/read/types.js";
import type { ArticleRecord, DossierStore } from "./store/index.js";
import { Linker } from "./stages/link/index.js";
import type { ActorCorrection } from "./stages/link/index.js";
import type { ActorDictionary } from "./stages/link/actors/index.js";

export interface IngestOptions {
  read?: ReadOptions;
  /** Articles written per transaction. 50 keeps PGlite's per-commit cost small without holding much in memory. */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
  current: string;
}

export interface IngestFailure {
  origin: Origin;
  stage: "read" | "extract" | "analyze" | "store";
  reason: string;
}

export interface IngestReport {
  /** Inputs read (articles; a JSONL line counts as one). */
  read: number;
  /** Ids of the articles newly stored. */
  stored: string[];
  /** Inputs whose content was stored already: origin and the stored id. */
  duplicates: Array<{ origin: Origin; id: string }>;
  failures: IngestFailure[];
  seconds: number;
}

export const DEFAULT_BATCH_SIZE = 50;

/** Reads, extracts, analyses and stores every input; see IngestReport for the outcome. */
export async function ingest(inputs: string[], store: DossierStore, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = { read: 0, stored: [], duplicates: [], failures: [], seconds: 0 };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let batch: RawDocument[] = [];
  const progress = (current: string) =>
    options.onProgress?.({ read: report.read, stored: report.stored.length, duplicates: report.duplicates.length, failed: report.failures.length, current });

  for await (const result of readInputs(inputs, options.read)) {
    report.read++;
    if (!result.ok) {
      report.failures.push({ origin: result.failure.origin, stage: "read", reason: result.failure.reason });
      progress(describeOrigin(result.failure.origin));
      continue;
    }
    batch.push(result.document);
    if (batch.length >= batchSize) {
      await processBatch(batch, store, report);
      batch = [];
    }
    progress(describeOrigin(result.document.origin));
  }
  await processBatch(batch, store, report);
  progress("");
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

async function processBatch(batch: RawDocument[], store: DossierStore, report: IngestReport): Promise<void> {
  if (batch.length === 0) return;
  const hashes = batch.map((d) => contentHash(d.raw));
  const known = await store.knownHashes(hashes);
  const records: ArticleRecord[] = [];
  const seenInBatch = new Set<string>();
  batch.forEach((document, i) => {
    const hash = hashes[i]!;
    if (known.has(hash) || seenInBatch.has(hash)) {
      report.duplicates.push({ origin: document.origin, id: hash.slice(0, 12) });
      return;
    }
    seenInBatch.add(hash);
    const record = processDocument(document, report);
    if (record) records.push(record);
  });
  try {
    const stored = new Set(await store.saveArticles(records));
    for (const record of records) {
      if (stored.has(record.article.id)) report.stored.push(record.article.id);
      else report.duplicates.push({ origin: record.document.origin, id: record.article.id }); // stored meanwhile by another worker
    }
  } catch (error) {
    for (const record of records) report.failures.push({ origin: record.document.origin, stage: "store", reason: (error as Error).message });
  }
}

function processDocument(document: RawDocument, report: IngestReport): ArticleRecord | null {
  let stage: IngestFailure["stage"] = "extract";
  try {
    const article = extractArticle(document);
    if (article.text.trim() === "") {
      report.failures.push({ origin: document.origin, stage, reason: "no article text found after removing boilerplate" });
      return null;
    }
    stage = "analyze";
    const analysis = analyzeArticle(article);
    return { document, article, analysis };
  } catch (error) {
    report.failures.push({ origin: document.origin, stage, reason: `${stage} failed: ${(error as Error).message}` });
    return null;
  }
}

/** "path/file.jsonl:12", "https://...", "stdin". */
export function describeOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.location : `${origin.location}:${origin.line}`;
}

export interface ReanalyzeReport {
  articles: number;
  failures: IngestFailure[];
  seconds: number;
}

/**
 * Re-runs extract and analyze on every stored article from its kept raw bytes, e.g.
 * after an upgrade improved them. Page by page, one transaction per page.
 */
export async function reanalyze(store: DossierStore, options: Pick<IngestOptions, "onProgress" | "batchSize"> = {}): Promise<ReanalyzeReport> {
  const started = performance.now();
  const report: ReanalyzeReport = { articles: 0, failures: [], seconds: 0 };
  const pageSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const scratch: IngestReport = { read: 0, stored: [], duplicates: [], failures: report.failures, seconds: 0 };
  let afterId: string | undefined;
  for (;;) {
    const ids = await store.articleIds({ limit: pageSize, ...(afterId ? { afterId } : {}) });
    if (ids.length === 0) break;
    afterId = ids[ids.length - 1];
    const records: ArticleRecord[] = [];
    for (const id of ids) {
      const input = await store.getInput(id);
      if (!input) continue;
      const reread = rereadDocument(input);
      if (!reread.ok) {
        report.failures.push({ origin: input.origin, stage: "read", reason: reread.failure.reason });
        continue;
      }
      const record = processDocument(reread.document, scratch);
      if (record) records.push(record);
    }
    await store.replaceArticles(records);
    report.articles += records.length;
    options.onProgress?.({ read: report.articles, stored: report.articles, duplicates: 0, failed: report.failures.length, current: afterId ?? "" });
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

export interface LinkReport {
  linked: number;
  /** Corrections that could not be replayed (their names no longer exist), with the reason. */
  skippedCorrections: Array<{ correction: ActorCorrection; reason: string }>;
  seconds: number;
}

/** Articles read per page while linking. */
const LINK_PAGE = 200;
/**
 * A long run saves the snapshot this often, so a kill loses at most this much linking
 * work; each save writes the whole snapshot, so not much more often than that.
 */
const LINK_SNAPSHOT_EVERY = 5000;

/**
 * Links every stored article that is not yet in the saved snapshot, in ingestion
 * order, then saves the snapshot with those articles marked linked (one transaction).
 */
export async function linkPending(store: DossierStore, linker: Linker, options: Pick<IngestOptions, "onProgress"> = {}): Promise<LinkReport> {
  const started = performance.now();
  let linkedIds: string[] = [];
  let linked = 0;
  let afterSeq: number | undefined;
  for (;;) {
    const page = await store.unlinkedArticles({ limit: LINK_PAGE, ...(afterSeq === undefined ? {} : { afterSeq }) });
    if (page.length === 0) break;
    for (const { seq, article, analysis } of page) {
      linker.link(article, analysis);
      linkedIds.push(article.id);
      afterSeq = seq;
    }
    linked += page.length;
    options.onProgress?.({ read: linked, stored: linked, duplicates: 0, failed: 0, current: "linking" });
    if (linkedIds.length >= LINK_SNAPSHOT_EVERY) {
      await store.saveLinkState(linker.snapshot(), linkedIds);
      linkedIds = [];
    }
  }
  if (linkedIds.length > 0) await store.saveLinkState(linker.snapshot(), linkedIds);
  return { linked, skippedCorrections: [], seconds: (performance.now() - started) / 1000 };
}

/**
 * Rebuilds every link from the stored analyses (after `reanalyze`, a new dictionary, or
 * an upgrade), then replays the user's actor corrections by name.
 */
export async function relink(store: DossierStore, dictionary: ActorDictionary, options: Pick<IngestOptions, "onProgress"> = {}): Promise<{ linker: Linker; report: LinkReport }> {
  await store.resetLinks();
  const linker = Linker.create(dictionary);
  const report = await linkPending(store, linker, options);
  for (const correction of await store.corrections()) {
    try {
      linker.correct(correction);
    } catch (error) {
      report.skippedCorrections.push({ correction, reason: (error as Error).message });
    }
  }
  await store.saveLinkState(linker.snapshot(), []);
  return { linker, report };
}
