#!/usr/bin/env node
/**
 * `npm run bench`: throughput figures on a generated corpus, each the median of several
 * runs, with the peer run in the same process for a ratio (the machines are shared and
 * noisy, so ratios and medians say more than one timing). Options:
 *   --articles N   corpus size for ingest (default 2000)
 *   --runs N       repetitions (default 3)
 *   --link-scale N stored articles for the link-cost probe (default 50000)
 *   --api-articles N  store size for the API latency bench (default 20000; built once, cached in .bench-cache/)
 *   --no-api       skip the API latency bench; --api-only: run only it
 *   --json         print the figures as JSON
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { Command } from "commander";
import { ingest } from "../pipeline.js";
import { defaultWorkerCount } from "../process/pool.js";
import { extractHtml } from "../stages/extract/html/index.js";
import { DossierStore } from "../store/index.js";
import { generateCorpus } from "./corpus.js";
import { readabilityText } from "../eval/tasks/extraction.js";
import { benchLinkScaling, LINK_STEPS } from "./link-scaling.js";
import { median } from "./stats.js";
import { benchApiLatency } from "./api-latency.js";
import type { LatencyFigure } from "./api-latency.js";

interface BenchFigure {
  name: string;
  unit: string;
  median: number;
  runs: number[];
  peer?: { name: string; median: number; ratio: number };
}

const log = (message: string) => process.stderr.write(message + "\n");

/**
 * Ingest end to end (read, extract, analyse, store; the store opened beforehand, as a
 * long-running process has it) with the default worker threads, against the same
 * ingest with extract + analyze in the main thread, alternating which goes first.
 */
async function benchIngest(articles: number, runs: number): Promise<BenchFigure> {
  const corpusDir = mkdtempSync(path.join(tmpdir(), "dossier-bench-corpus-"));
  for (const article of generateCorpus(articles)) writeFileSync(path.join(corpusDir, article.name), article.content);
  const rates: number[] = [];
  const inThread: number[] = [];
  const rate = async (workers: number | undefined): Promise<number> => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dossier-bench-data-"));
    const store = await DossierStore.open({ dataDir });
    const started = performance.now();
    const report = await ingest([corpusDir], store, workers === undefined ? {} : { workers });
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (report.stored.length !== articles) throw new Error(`bench: expected ${articles} stored, got ${report.stored.length}`);
    return articles / seconds;
  };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? ["workers", "in-thread"] : ["in-thread", "workers"];
    for (const side of order) {
      if (side === "workers") rates.push(await rate(undefined));
      else inThread.push(await rate(0));
    }
    log(`bench: ingest run ${run + 1}/${runs}: ${rates.at(-1)!.toFixed(0)} articles/s with ${defaultWorkerCount()} worker(s), ${inThread.at(-1)!.toFixed(0)} in the main thread`);
  }
  rmSync(corpusDir, { recursive: true, force: true });
  return {
    name: `ingest end to end into PGlite (${articles} articles, half HTML, ${defaultWorkerCount()} worker thread(s))`,
    unit: "articles/s",
    median: median(rates),
    runs: rates,
    peer: { name: "same in the main thread", median: median(inThread), ratio: median(rates) / median(inThread) },
  };
}

/**
 * Rounds of the extraction comparison per run: a round (both sides over all pages)
 * takes about a second, and the machines are shared, so more rounds than the slower
 * benches' runs.
 */
const HTML_ROUNDS_PER_RUN = 3;

/**
 * V8's full garbage collection, so that a timed block starts on a clean heap and pays
 * for its own garbage only: without it, the other side's old-generation garbage was
 * collected on this side's clock in some rounds, one side or the other by turns.
 */
function garbageCollector(): () => void {
  v8.setFlagsFromString("--expose-gc");
  return vm.runInNewContext("gc") as () => void;
}

/**
 * HTML extraction against Readability + linkedom on the same pages: after a warm-up
 * round, rounds of one block of all pages per side, back to back, the order
 * alternating, each block on a freshly collected heap. The ratio is the median of the
 * rounds' ratios: the two blocks of a round run under the same load from the rest of
 * the machine, which the two sides' medians taken apart do not control for.
 */
function benchHtmlExtraction(pages: number, runs: number): BenchFigure {
  const html = generateCorpus(pages * 2).filter((a) => a.name.endsWith(".html")).map((a) => a.content);
  const collectGarbage = garbageCollector();
  const extract = { ours: (page: string) => extractHtml(page), peer: (page: string) => readabilityText(page) };
  for (const page of html) {
    extract.ours(page);
    extract.peer(page);
  }
  const rounds = runs * HTML_ROUNDS_PER_RUN;
  const ours: number[] = [];
  const peer: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate the order so neither side always runs on a warmer JIT.
    const order = round % 2 === 0 ? (["peer", "ours"] as const) : (["ours", "peer"] as const);
    for (const side of order) {
      collectGarbage();
      const started = performance.now();
      for (const page of html) extract[side](page);
      const rate = html.length / ((performance.now() - started) / 1000);
      (side === "ours" ? ours : peer).push(rate);
    }
    ratios.push(ours.at(-1)! / peer.at(-1)!);
    log(`bench: html extraction round ${round + 1}/${rounds}: dossier ${ours.at(-1)!.toFixed(0)} pages/s, readability ${peer.at(-1)!.toFixed(0)} pages/s`);
  }
  return {
    name: `HTML extraction (${html.length} generated pages)`,
    unit: "pages/s",
    median: median(ours),
    runs: ours,
    peer: { name: "readability + linkedom", median: median(peer), ratio: median(ratios) },
  };
}

/** The link-scaling probe as figures: one per step, at `size` stored against 1,000 stored. */
function linkScalingFigures(size: number): BenchFigure[] {
  const result = benchLinkScaling(size, log, undefined, garbageCollector());
  const [small, large] = result.at;
  return LINK_STEPS.map((step) => {
    const [atSmall, atLarge] = result.perArticle[step];
    const what =
      step === "events"
        ? `event merging per article of one story (${result.mergedStorySize} articles)`
        : `link step "${step}" per article`;
    log(`bench: ${what}: ${atSmall.toFixed(3)} ms at ${small} stored, ${atLarge.toFixed(3)} ms at ${large} stored`);
    return {
      name: `${what} at ${large} stored vs ${small} stored`,
      unit: "ms/article",
      median: atLarge,
      runs: [atLarge],
      peer: { name: `same at ${small} stored`, median: atSmall, ratio: atLarge / atSmall },
    };
  });
}

async function main(): Promise<void> {
  const options = new Command()
    .option("--articles <n>", "corpus size for ingest", (v) => Number(v), 2000)
    .option("--runs <n>", "repetitions", (v) => Number(v), 3)
    .option("--link-scale <n>", "stored articles for the link-cost probe", (v) => Number(v), 50_000)
    .option("--api-articles <n>", "store size for the API latency bench", (v) => Number(v), 20_000)
    .option("--no-api", "skip the API latency bench")
    .option("--api-only", "run only the API latency bench", false)
    .option("--json", "print JSON", false)
    .parse()
    .opts<{ articles: number; runs: number; json: boolean; linkScale: number; apiArticles: number; api: boolean; apiOnly: boolean }>();
  const figures: BenchFigure[] = [];
  if (!options.apiOnly) {
    figures.push(benchHtmlExtraction(200, options.runs));
    figures.push(await benchIngest(options.articles, options.runs));
    figures.push(...linkScalingFigures(options.linkScale));
  }
  const api: LatencyFigure[] = options.api ? await benchApiLatency({ articles: options.apiArticles, runs: options.runs, log }) : [];
  if (options.json) {
    process.stdout.write(JSON.stringify({ date: new Date().toISOString(), node: process.version, figures, api }, null, 2) + "\n");
    return;
  }
  for (const f of figures) {
    const digits = f.median < 10 ? 2 : 0;
    const peer = f.peer ? `  | ${f.peer.name}: ${f.peer.median.toFixed(digits)} ${f.unit}, ratio ${f.peer.ratio.toFixed(2)}` : "";
    process.stdout.write(`${f.name}: median ${f.median.toFixed(digits)} ${f.unit} over ${f.runs.length} runs${peer}\n`);
  }
  for (const a of api) {
    const verdict = a.p95 < a.targetP95 ? "within" : "OVER";
    process.stdout.write(`API ${a.endpoint}: p50 ${a.p50.toFixed(1)} ms, p95 ${a.p95.toFixed(1)} ms (${verdict} the p95 target of ${a.targetP95} ms), medians over ${a.runs.length} runs; first request ${(a.first / 1000).toFixed(1)} s\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
