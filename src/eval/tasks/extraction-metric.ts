/**
 * The article-extraction benchmark's own metric (Scrapinghub/Zyte, evaluate.py),
 * re-implemented so Dossier and its peers are scored exactly as published figures are.
 *
 * Per page: tokenize both texts, build 4-token shingles, count tp / fp / fn as
 * multiset overlaps, then divide the three by their sum so every page weighs the
 * same. Over pages: precision = mean of tp/(tp+fp) over pages with tp+fp > 0
 * (a page with an empty prediction does not enter the precision mean — the
 * benchmark's rule, kept so figures compare), recall likewise over pages with
 * tp+fn > 0, F1 = harmonic mean of the two means.
 */

/**
 * Python's `re.findall(r"\w+")` on str with re.UNICODE: letters (L*), numbers (N*)
 * and the underscore. JavaScript's `\w` is ASCII-only even with the `u` flag, which
 * would split "café" or any Cyrillic word and score non-English pages differently
 * from the published figures; combining marks (M*) are not word characters in
 * Python either, so they are left out here too.
 */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Shingle length used by the benchmark. */
export const SHINGLE_SIZE = 4;

/** One page's counts, normalised to sum to 1 (all zero when both texts are empty). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Multiset of shingles: key = tokens joined by a space (tokens never contain one).
 * A text shorter than `size` tokens yields one short shingle, as in the benchmark.
 */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + size).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp/fp/fn of one page, normalised by their sum. */
export function pageCounts(truth: string, predicted: string, size = SHINGLE_SIZE): PageCounts {
  const trueShingles = shingles(truth, size);
  const predShingles = shingles(predicted, size);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, predCount] of predShingles) {
    const trueCount = trueShingles.get(key) ?? 0;
    tp += Math.min(trueCount, predCount);
    fp += Math.max(0, predCount - trueCount);
  }
  for (const [key, trueCount] of trueShingles) {
    fn += Math.max(0, trueCount - (predShingles.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision(counts: PageCounts): number {
  if (counts.fp === 0 && counts.fn === 0) return 1;
  if (counts.tp === 0 && counts.fp === 0) return 0;
  return counts.tp / (counts.tp + counts.fp);
}

export function pageRecall(counts: PageCounts): number {
  if (counts.fp === 0 && counts.fn === 0) return 1;
  if (counts.tp === 0 && counts.fn === 0) return 0;
  return counts.tp / (counts.tp + counts.fn);
}

/** Aggregates pages as the benchmark does (see the module comment for the exclusions). */
export function scorePages(pages: PageCounts[]): ExtractionScore {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
