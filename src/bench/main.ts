#!/usr/bin/env node
/**
 * `npm run bench`: throughput figures on a generated corpus, each the median of several
 * runs, with the peer run in the same process for a ratio (the machines are shared and
 * noisy, so ratios and medians say more than one timing). Options:
 *   --articles N   corpus size for ingest (default 2000)
 *   --runs N       repetitions (default 3)
 *   --link-scale N stored articles for the link-cost probe (default 50000)
 *   --json         print the figures as JSON
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Command } from "commander";
import { ingest } from "../pipeline.js";
import { extractHtml } from "../stages/extract/html/index.js";
import { DossierStore } from "../store/index.js";
import { generateCorpus } from "./corpus.js";
import { readabilityText } from "../eval/tasks/extraction.js";
import { Linker } from "../stages/link/index.js";
import type { Article } from "../stages/extract/types.js";
import type { Analysis, EntityMention } from "../stages/analyze/types.js";
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
        else readabilityText(page);
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

/** Names the generated corpus uses, found by a plain search so that the bench measures linking, not recognition. */
const GENERATED_NAMES: Array<{ text: string; type: EntityMention["type"] }> = [
  ...["Khalid Mansour", "Amal Haddad", "Yusuf Rahimi", "Leila Nasser", "Omar Saleh", "Rania Aziz", "Tariq Hamdan", "Samir Kassem"].map((text) => ({ text, type: "PERSON" as const })),
  ...["Cairo", "Doha", "Amman", "Beirut", "Gaza City", "Rafah", "Khan Younis", "Istanbul"].map((text) => ({ text, type: "GPE" as const })),
  ...["Hamas", "Red Crescent", "United Nations"].map((text) => ({ text, type: "ORG" as const })),
];

function syntheticRecord(index: number, text: string): { article: Article; analysis: Analysis } {
  const mentions: EntityMention[] = [];
  for (const name of GENERATED_NAMES) {
    for (let at = text.indexOf(name.text); at !== -1; at = text.indexOf(name.text, at + 1)) mentions.push({ start: at, end: at + name.text.length, text: name.text, type: name.type });
  }
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(index / 40) * 86_400_000).toISOString().slice(0, 10);
  const id = `bench${String(index).padStart(7, "0")}`;
  const sourced = <T>(value: T) => ({ value, source: "user" as const });
  return {
    article: { id, contentHash: id, origin: { kind: "api", location: "bench" }, format: "text", title: sourced(text.slice(0, 60)), byline: sourced(null), outlet: sourced(`Outlet ${index % 12}`), published: sourced(day), url: null, language: "eng", text, removed: [], diagnostics: [] },
    analysis: { articleId: id, version: 1, sentences: [], mentions, times: [], events: [], claims: [] },
  };
}

/**
 * Linking cost per article (near-duplicates, stories, actors) with 1,000 and with
 * `size` articles already linked: the indices must keep it flat as the store grows.
 */
function benchLinkScaling(size: number, probe = 200): BenchFigure {
  const texts = generateCorpus(2000, 11).map((a) => a.content.replace(/<[^>]+>/g, " "));
  const linker = Linker.create();
  // Medians of per-article times: a garbage collection landing in one probe window would
  // otherwise decide the figure.
  const samples: Record<number, number[]> = {};
  const measureAt = [1000, size];
  for (let i = 0; i < size + probe; i++) {
    const { article, analysis } = syntheticRecord(i, `${texts[i % texts.length]} Item ${i}.`);
    const started = performance.now();
    linker.link(article, analysis);
    const elapsed = performance.now() - started;
    for (const at of measureAt) if (i >= at && i < at + probe) (samples[at] ??= []).push(elapsed);
    if (i % 10_000 === 0 && i > 0) log(`bench: linked ${i} articles`);
  }
  const perArticle = Object.fromEntries(measureAt.map((at) => [at, median(samples[at]!)]));
  const small = perArticle[1000]!;
  const large = perArticle[size]!;
  log(`bench: link cost per article: ${small.toFixed(2)} ms at 1,000 stored, ${large.toFixed(2)} ms at ${size} stored`);
  return {
    name: `link (duplicates + stories + actors) per article at ${size} stored vs 1,000 stored`,
    unit: "ms/article",
    median: large,
    runs: [large],
    peer: { name: "same at 1,000 stored", median: small, ratio: large / small },
  };
}

async function main(): Promise<void> {
  const options = new Command()
    .option("--articles <n>", "corpus size for ingest", (v) => Number(v), 2000)
    .option("--runs <n>", "repetitions", (v) => Number(v), 3)
    .option("--link-scale <n>", "stored articles for the link-cost probe", (v) => Number(v), 50_000)
    .option("--json", "print JSON", false)
    .parse()
    .opts<{ articles: number; runs: number; json: boolean; linkScale: number }>();
  const figures: BenchFigure[] = [];
  figures.push(benchHtmlExtraction(200, options.runs));
  figures.push(await benchIngest(options.articles, options.runs));
  figures.push(benchLinkScaling(options.linkScale));
  if (options.json) {
    process.stdout.write(JSON.stringify({ date: new Date().toISOString(), node: process.version, figures }, null, 2) + "\n");
    return;
  }
  for (const f of figures) {
    const digits = f.median < 10 ? 2 : 0;
    const peer = f.peer ? `  | ${f.peer.name}: ${f.peer.median.toFixed(digits)} ${f.unit}, ratio ${f.peer.ratio.toFixed(2)}` : "";
    process.stdout.write(`${f.name}: median ${f.median.toFixed(digits)} ${f.unit} over ${f.runs.length} runs${peer}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
