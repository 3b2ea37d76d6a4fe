/**
 * The whole record flow in one place:
 *
 *   read     inputs -> RawDocument            (stages/read)
 *   extract  RawDocument -> Article           (stages/extract)
 *   analyze  Article -> Analysis              (stages/analyze)
 *   store    Article + Analysis + raw bytes   (store/)
 *   link     new articles -> duplicate groups, stories, actors   (stages/link; linkPending)
 *
 * extract + analyze run per document (process/document.ts), in worker threads once a
 * run fills a batch (process/pool.ts), while this thread reads and stores (and lends a
 * hand with the queued documents while it waits).
 * compose (summaries, timeline, rounds, claims) reads from the store and the links. One broken input never stops a batch; each batch is one
 * transaction, so a killed run leaves the store consistent and a re-run completes it.
 */
import { processDocument } from "./process/document.js";
import type { ProcessOutcome } from "./process/document.js";
import { defaultWorkerCount, inThreadProcessor, startProcessor } from "./process/pool.js";
import type { Processor } from "./process/pool.js";
import { contentHash } from "./stages/extract/index.js";
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
  /**
   * Worker threads for extract + analyze; 0 processes in this thread. Default: one per
   * core but one (at least one). A run shorter than one batch never starts them: it
   * would wait longer for the workers to load than they save.
   */
  workers?: number;
  /** The workers' entry script; default the compiled one beside process/pool.js (tests running from sources point it at dist/). */
  workerScript?: URL;
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

/**
 * Batches submitted and not yet committed while workers run. Two: the workers process
 * the next batch while this thread writes one, and memory holds at most three batches.
 */
const BATCHES_AHEAD = 2;

/** Reads, extracts, analyses and stores every input; see IngestReport for the outcome. */
export async function ingest(inputs: string[], store: DossierStore, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = { read: 0, stored: [], duplicates: [], failures: [], seconds: 0 };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const progress = (current: string) =>
    options.onProgress?.({ read: report.read, stored: report.stored.length, duplicates: report.duplicates.length, failed: report.failures.length, current });
  const batches = new BatchPipeline(store, report, () => startProcessor(options.workers ?? defaultWorkerCount(), options.workerScript));
  let batch = emptyBatch();
  try {
    for await (const result of readInputs(inputs, options.read)) {
      report.read++;
      if (!result.ok) {
        batch.readFailures.push({ origin: result.failure.origin, stage: "read", reason: result.failure.reason });
        progress(describeOrigin(result.failure.origin));
        continue;
      }
      batch.documents.push(result.document);
      if (batch.documents.length >= batchSize) {
        await batches.submit(batch);
        batch = emptyBatch();
      }
      progress(describeOrigin(result.document.origin));
    }
    await batches.finish(batch);
  } finally {
    await batches.close();
  }
  progress("");
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/** Documents read for one transaction, with the read failures met while reading them. */
interface Batch {
  documents: RawDocument[];
  readFailures: IngestFailure[];
}

function emptyBatch(): Batch {
  return { documents: [], readFailures: [] };
}

/** A batch whose extraction and analysis have started. */
interface SubmittedBatch extends Batch {
  hashes: string[];
  /** Hashes stored already when the batch was submitted, and how many batches had been committed then. */
  known: Set<string>;
  knownAfterCommits: number;
  /** Per document; none for one stored already or repeating an earlier document of the run. */
  outcomes: Array<Promise<ProcessOutcome> | undefined>;
}

/**
 * Batches through extract + analyze (in workers from the first full batch on) and
 * into the store, committed one at a time in the order they were read. The report
 * is written at commit, in the order a batch-by-batch run writes it, so it is the same
 * whether the workers ran or not: read failures of the batch, then each document's
 * outcome, then the store's.
 */
class BatchPipeline {
  private processor: Processor = inThreadProcessor;
  private started = false;
  private readonly submitted: SubmittedBatch[] = [];
  /** Content hashes of documents being processed in submitted, uncommitted batches. */
  private readonly inFlight = new Set<string>();
  private commits = 0;

  constructor(
    private readonly store: DossierStore,
    private readonly report: IngestReport,
    private readonly startWorkers: () => Processor,
  ) {}

  /** A full batch: more input may follow. */
  async submit(batch: Batch): Promise<void> {
    if (!this.started) {
      // A full batch makes the run long enough for workers to pay for loading.
      this.started = true;
      this.processor = this.startWorkers();
    }
    await this.start(batch);
    while (this.submitted.length > (this.processor === inThreadProcessor ? 0 : BATCHES_AHEAD)) await this.commit(this.submitted.shift()!);
  }

  /** The last batch (possibly partial or empty): commits everything. */
  async finish(batch: Batch): Promise<void> {
    await this.start(batch);
    while (this.submitted.length > 0) await this.commit(this.submitted.shift()!);
  }

  close(): Promise<void> {
    return this.processor.close();
  }

  /** Starts extract + analyze of the batch's new content; the commit decides again, exactly. */
  private async start(batch: Batch): Promise<void> {
    const hashes = batch.documents.map((d) => contentHash(d.raw));
    const known = await this.store.knownHashes(hashes);
    const outcomes = batch.documents.map((document, i) => {
      const hash = hashes[i]!;
      if (known.has(hash) || this.inFlight.has(hash)) return undefined;
      this.inFlight.add(hash);
      return this.processor.process(document);
    });
    this.submitted.push({ ...batch, hashes, outcomes, known, knownAfterCommits: this.commits });
  }

  private async commit(batch: SubmittedBatch): Promise<void> {
    const { report, store } = this;
    this.commits++;
    report.failures.push(...batch.readFailures);
    if (batch.documents.length === 0) return;
    // Batches committed since this one was submitted may hold a copy of its documents: ask again.
    const known = batch.knownAfterCommits === this.commits - 1 ? batch.known : await store.knownHashes(batch.hashes);
    const records: ArticleRecord[] = [];
    const seenInBatch = new Set<string>();
    for (const [i, document] of batch.documents.entries()) {
      const hash = batch.hashes[i]!;
      if (known.has(hash) || seenInBatch.has(hash)) {
        report.duplicates.push({ origin: document.origin, id: hash.slice(0, 12) });
        continue;
      }
      seenInBatch.add(hash);
      // No outcome yet: the document repeats one whose earlier copy was not stored (it failed).
      const outcome = await this.processor.wait(batch.outcomes[i] ?? this.processor.process(document));
      if (outcome.ok) records.push({ document, article: outcome.article, analysis: outcome.analysis });
      else report.failures.push({ origin: document.origin, stage: outcome.stage, reason: outcome.reason });
    }
    for (const [i, outcome] of batch.outcomes.entries()) if (outcome !== undefined) this.inFlight.delete(batch.hashes[i]!);
    try {
      const stored = new Set(await store.saveArticles(records));
      for (const record of records) {
        if (stored.has(record.article.id)) report.stored.push(record.article.id);
        else report.duplicates.push({ origin: record.document.origin, id: record.article.id }); // stored meanwhile by another process
      }
    } catch (error) {
      for (const record of records) report.failures.push({ origin: record.document.origin, stage: "store", reason: (error as Error).message });
    }
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
      const outcome = processDocument(reread.document);
      if (outcome.ok) records.push({ document: reread.document, article: outcome.article, analysis: outcome.analysis });
      else report.failures.push({ origin: reread.document.origin, stage: outcome.stage, reason: outcome.reason });
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
