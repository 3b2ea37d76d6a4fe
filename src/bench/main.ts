#!/usr/bin/env node
/**
 * `npm run bench`: throughput figures on a generated corpus, each the median of several
 * runs, with the peer run in the same process for a ratio (the machines are shared and
 * noisy, so ratios and medians say more than one timing). Options:
 *   --articles N   corpus size for ingest (default 2000)
 *   --runs N       repetitions (default 3)
 *   --json         print the figures as JSON
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readability } from "@mozilla/readability";
import { Command } from "commander";
import { parseHTML } from "linkedom";
import { ingest } from "../pipeline.js";
import { extractHtml } from "../stages/extract/html/index.js";
import { DossierStore } from "../store/index.js";
import { generateCorpus } from "./corpus.js";
import { median } from "./stats.js";

interface BenchFigure {
  name: string;
  unit: string;
  median: number;
  runs: number[];
  peer?: { name: string; median: number; ratio: number };
}

const log = (message: string) => process.stderr.write(message + "\n");

async function benchIngest(articles: number, runs: number): Promise<BenchFigure> {
  const corpusDir = mkdtempSync(path.join(tmpdir(), "dossier-bench-corpus-"));
  for (const article of generateCorpus(articles)) writeFileSync(path.join(corpusDir, article.name), article.content);
  const rates: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(path.join(tmpdir(), "dossier-bench-data-"));
    const store = await DossierStore.open({ dataDir });
    const started = performance.now();
    const report = await ingest([corpusDir], store);
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (report.stored.length !== articles) throw new Error(`bench: expected ${articles} stored, got ${report.stored.length}`);
    rates.push(articles / seconds);
    log(`bench: ingest run ${run + 1}/${runs}: ${rates.at(-1)!.toFixed(0)} articles/s`);
  }
  rmSync(corpusDir, { recursive: true, force: true });
  return { name: `ingest end to end into PGlite (${articles} articles, half HTML)`, unit: "articles/s", median: median(rates), runs: rates };
}

function benchHtmlExtraction(pages: number, runs: number): BenchFigure {
  const html = generateCorpus(pages * 2).filter((a) => a.name.endsWith(".html")).map((a) => a.content);
  const ours: number[] = [];
  const peer: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate the order so neither side always runs on a warmer JIT.
    const order = run % 2 === 0 ? ["peer", "ours"] : ["ours", "peer"];
    for (const side of order) {
      const started = performance.now();
      for (const page of html) {
        if (side === "ours") extractHtml(page);
        else new Readability(parseHTML(page).document as never).parse(); // linkedom document, typed by Readability against the DOM lib
      }
      const rate = html.length / ((performance.now() - started) / 1000);
      (side === "ours" ? ours : peer).push(rate);
    }
    log(`bench: html extraction run ${run + 1}/${runs}: dossier ${ours.at(-1)!.toFixed(0)} pages/s, readability ${peer.at(-1)!.toFixed(0)} pages/s`);
  }
  return {
    name: `HTML extraction (${html.length} generated pages)`,
    unit: "pages/s",
    median: median(ours),
    runs: ours,
    peer: { name: "readability + linkedom", median: median(peer), ratio: median(ours) / median(peer) },
  };
}

async function main(): Promise<void> {
  const options = new Command()
    .option("--articles <n>", "corpus size for ingest", (v) => Number(v), 2000)
    .option("--runs <n>", "repetitions", (v) => Number(v), 3)
    .option("--json", "print JSON", false)
    .parse()
    .opts<{ articles: number; runs: number; json: boolean }>();
  const figures: BenchFigure[] = [];
  figures.push(benchHtmlExtraction(200, options.runs));
  figures.push(await benchIngest(options.articles, options.runs));
  if (options.json) {
    process.stdout.write(JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2) + "\n");
    return;
  }
  for (const f of figures) {
    const peer = f.peer ? `  | ${f.peer.name}: ${f.peer.median.toFixed(0)} ${f.unit}, ratio ${f.peer.ratio.toFixed(2)}` : "";
    process.stdout.write(`${f.name}: median ${f.median.toFixed(0)} ${f.unit} over ${f.runs.length} runs${peer}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
