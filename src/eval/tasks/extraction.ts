/**
 * Evaluation task "extraction": main-text extraction on the Scrapinghub/Zyte article
 * extraction benchmark (../shared/eval/extraction: html/<id>.html.gz + ground-truth.json),
 * scored with the benchmark's own shingle metric (extraction-metric.ts).
 *
 * Peers, run in the same process on the same pages:
 *   readability — @mozilla/readability on linkedom, out of the box (textContent);
 *   full-text   — the whole page's text (scripts and styles dropped), the floor any
 *                 extractor must beat.
 * Speed (pages/s, parsing included) is measured for Dossier and Readability in
 * alternating rounds, the fastest round of each kept (see `timeRounds`).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { extractHtml } from "../../stages/extract/html/index.js";
import type { Extraction } from "../../stages/extract/shared.js";
import type { EvalContext, EvalRow, EvalTask } from "../types.js";
import type { PageCounts } from "./extraction-metric.js";
import { pageCounts, scorePages } from "./extraction-metric.js";

/** Timed rounds over all pages per extractor; the fastest counts (3: one to warm up, two to see through noise). */
export const SPEED_ROUNDS = 3;

interface BenchmarkPage {
  id: string;
  html: string;
  url: string;
  truth: string;
}

/** What one extractor produced on every page, and how fast. */
interface Run {
  texts: string[];
  pagesPerSecond: number;
}

interface GroundTruthEntry {
  articleBody?: string;
  url?: string;
}

export function loadBenchmark(folder: string): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(path.join(folder, "ground-truth.json"), "utf8")) as Record<string, GroundTruthEntry>;
  const files = new Set(readdirSync(path.join(folder, "html")));
  return Object.entries(truth)
    .filter(([id]) => files.has(`${id}.html.gz`))
    .map(([id, entry]) => ({
      id,
      html: gunzipSync(readFileSync(path.join(folder, "html", `${id}.html.gz`))).toString("utf8"),
      url: entry.url ?? "",
      truth: entry.articleBody ?? "",
    }));
}

/** Readability + linkedom as a user would call them, with no help from Dossier. */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as never).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

/** The whole page's visible text: the published "full-page text" baseline. */
export function fullPageText(html: string): string {
  try {
    const { document } = parseHTML(html) as unknown as { document: { querySelectorAll(s: string): Iterable<{ remove(): void }>; body: { textContent: string | null } | null } };
    for (const element of document.querySelectorAll("script, style, noscript, template")) element.remove();
    return document.body?.textContent ?? "";
  } catch {
    return "";
  }
}

/**
 * Times both extractors over all pages, each in its own block (so the garbage one
 * leaves is not collected on the other's clock), alternating which goes first each
 * round; the fastest block of each counts, so a busy neighbour on a shared machine
 * or the JIT warm-up of the first round does not decide the comparison.
 */
function timeRounds(pages: readonly BenchmarkPage[], ours: Extractor, theirs: Extractor, rounds: number): { ours: Run; theirs: Run } {
  let best: { ours: Run | null; theirs: Run | null } = { ours: null, theirs: null };
  for (let round = 0; round < rounds; round++) {
    const order: Array<"ours" | "theirs"> = round % 2 === 0 ? ["ours", "theirs"] : ["theirs", "ours"];
    for (const who of order) {
      const run = timeRun(pages, who === "ours" ? ours : theirs);
      const previous = best[who];
      if (previous === null || run.pagesPerSecond > previous.pagesPerSecond) best = { ...best, [who]: run };
    }
  }
  return { ours: best.ours!, theirs: best.theirs! };
}

function timeRun(pages: readonly BenchmarkPage[], extract: Extractor): Run {
  const started = performance.now();
  const texts = pages.map(extract);
  const seconds = (performance.now() - started) / 1000;
  return { texts, pagesPerSecond: pages.length / Math.max(seconds, 1e-9) };
}

type Extractor = (page: BenchmarkPage) => string;

function counts(pages: readonly BenchmarkPage[], texts: readonly string[]): PageCounts[] {
  return pages.map((page, i) => pageCounts(page.truth, texts[i] ?? ""));
}

export const extractionTask: EvalTask = {
  name: "extraction",
  dataFolder: "extraction",
  async run(context: EvalContext): Promise<EvalRow[]> {
    const pages = loadBenchmark(path.join(context.dataDir, "extraction"));
    context.log(`${pages.length} pages`);
    // The last round's full results give the metadata rows without another pass.
    const results = new Map<string, Extraction>();
    const dossierExtract = (page: BenchmarkPage) => {
      const result = extractHtml(page.html, { url: page.url });
      results.set(page.id, result);
      return result.text;
    };
    const readabilityExtract = (page: BenchmarkPage) => readabilityText(page.html);

    const { ours: dossier, theirs: readability } = timeRounds(pages, dossierExtract, readabilityExtract, SPEED_ROUNDS);
    context.log(`dossier ${dossier.pagesPerSecond.toFixed(1)} pages/s, readability ${readability.pagesPerSecond.toFixed(1)} pages/s`);
    const fullText = pages.map((page) => fullPageText(page.html));
    const metadata = pages.map((page) => results.get(page.id) ?? extractHtml(page.html, { url: page.url }));

    const ours = scorePages(counts(pages, dossier.texts));
    const theirs = scorePages(counts(pages, readability.texts));
    const baseline = scorePages(counts(pages, fullText));
    const speed = { dossier: dossier.pagesPerSecond, peers: { readability: readability.pagesPerSecond } };
    const n = pages.length;
    const row = (metric: string, dossierValue: number, peers: Record<string, number>): EvalRow => ({ task: "extraction", metric, dossier: dossierValue, peers, n });
    return [
      row("precision", ours.precision, { readability: theirs.precision, "full-text": baseline.precision }),
      row("recall", ours.recall, { readability: theirs.recall, "full-text": baseline.recall }),
      { ...row("f1", ours.f1, { readability: theirs.f1, "full-text": baseline.f1 }), speed },
      row("published-found", share(metadata, (m) => m.published.value !== null), {}),
      row("title-found", share(metadata, (m) => m.title.value !== null), {}),
    ];
  },
};

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(test).length / items.length;
}
