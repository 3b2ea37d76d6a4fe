import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../stages/extract/html/index.js";
import { pageCounts, scorePages } from "./extraction-metric.js";
import { loadBenchmark } from "./extraction.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const folder = path.resolve(repoRoot, "../shared/eval/extraction");

/**
 * Pinned a little under the measured figures (F1 0.978, published-found 0.96 on the
 * 131 development pages) so that noise does not fail the run but a real regression does.
 */
const MIN_F1 = 0.97;
const MIN_PUBLISHED_FOUND = 0.93;

describe.skipIf(!existsSync(folder))("extraction benchmark (../shared/eval/extraction; skipped when absent)", () => {
  it(`scores F1 >= ${MIN_F1} and finds most publication dates`, () => {
    const pages = loadBenchmark(folder);
    const results = pages.map((page) => extractHtml(page.html, { url: page.url }));
    const score = scorePages(pages.map((page, i) => pageCounts(page.truth, results[i]!.text)));
    expect(score.f1).toBeGreaterThanOrEqual(MIN_F1);
    const found = results.filter((result) => result.published.value !== null).length / results.length;
    expect(found).toBeGreaterThanOrEqual(MIN_PUBLISHED_FOUND);
  });
});
