/**
 * analyze: Article -> Analysis. Pure and per article (no store access), so it can run
 * in worker threads and be re-run from the stored article whenever it improves.
 */
import type { Article } from "../extract/types.js";
import { findEntities } from "./entities/index.js";
import { codeEvents } from "./events/index.js";
import { extractClaims } from "./claims/index.js";
import { splitSentences } from "./sentences.js";
import { findTimeExpressions } from "./time/index.js";
import type { Analysis } from "./types.js";

/**
 * Bump when the analysis output changes: stored analyses carry the version they were
 * made with (`dossier reanalyze` redoes them all), and the API bench's cached store is
 * keyed by it. 2: the entity rules of 2026-11-24.
 */
export const ANALYSIS_VERSION = 2;

export function analyzeArticle(article: Article): Analysis {
  const sentences = splitSentences(article.text);
  const mentions = findEntities(article.text, sentences);
  const times = findTimeExpressions(article.text, sentences, { published: article.published.value });
  const events = codeEvents({ text: article.text, sentences, mentions, times, published: article.published.value });
  const claims = extractClaims({ articleId: article.id, text: article.text, sentences, mentions, times, outlet: article.outlet.value, published: article.published.value });
  return { articleId: article.id, version: ANALYSIS_VERSION, sentences, mentions, times, events, claims };
}
