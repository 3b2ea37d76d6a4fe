/**
 * One document through extract and analyze: the per-article work of ingest and
 * reanalyze. Pure (no store, no shared state), so the same function runs in this
 * thread or in a worker of the pool (pool.ts) with the same result.
 */
import { analyzeArticle } from "../stages/analyze/index.js";
import type { Analysis } from "../stages/analyze/types.js";
import { extractArticle } from "../stages/extract/index.js";
import type { Article } from "../stages/extract/types.js";
import type { RawDocument } from "../stages/read/types.js";

/** What became of one document: an article with its analysis, or the stage that failed and why. */
export type ProcessOutcome =
  | { ok: true; article: Article; analysis: Analysis }
  | { ok: false; stage: "extract" | "analyze"; reason: string };

export function processDocument(document: RawDocument): ProcessOutcome {
  let stage: "extract" | "analyze" = "extract";
  try {
    const article = extractArticle(document);
    if (article.text.trim() === "") return { ok: false, stage, reason: "no article text found after removing boilerplate" };
    stage = "analyze";
    return { ok: true, article, analysis: analyzeArticle(article) };
  } catch (error) {
    return { ok: false, stage, reason: `${stage} failed: ${(error as Error).message}` };
  }
}
