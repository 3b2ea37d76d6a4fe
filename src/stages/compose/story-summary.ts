/**
 * A story's summary from many articles: the most informative sentences across them,
 * each quoted verbatim and linked to its article, no two saying the same thing, in
 * time order. Sentences that several outlets repeat (in their own words) weigh more:
 * what many sources say is the core of the story.
 */
import { contentWords } from "../../util/words.js";
import type { StoryArticle } from "./story-input.js";
import { isSummarizable, overlap, REDUNDANCY_THRESHOLD } from "./summary.js";

export interface StorySummarySentence {
  articleId: string;
  outlet: string | null;
  published: string | null;
  start: number;
  end: number;
  /** Exactly the article's text.slice(start, end). */
  text: string;
  score: number;
}

export interface StorySummaryOptions {
  /** How many sentences. Default 6. */
  count?: number;
}

/** Weight of a sentence's position in its article: leads carry the news. */
const LEAD_WEIGHT = 0.5;
/** A story summary takes at most this many sentences from one article, so one long article does not tell the whole story. */
const MAX_PER_ARTICLE = 2;

interface Candidate extends StorySummarySentence {
  words: Set<string>;
}

export function summarizeStory(articles: StoryArticle[], options: StorySummaryOptions = {}): StorySummarySentence[] {
  const count = options.count ?? 6;
  // In how many articles each word appears: story-wide centrality.
  const documentFrequency = new Map<string, number>();
  for (const { article } of articles) for (const w of new Set(contentWords(article.text))) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const n = Math.max(1, articles.length);

  const candidates: Candidate[] = [];
  for (const { article, analysis } of articles) {
    let position = 0;
    for (const sentence of analysis.sentences) {
      if (!isSummarizable(sentence)) continue;
      const words = new Set(contentWords(sentence.text));
      if (words.size === 0) continue;
      let centrality = 0;
      for (const w of words) centrality += (documentFrequency.get(w)! - 1) / n;
      const score = centrality / Math.sqrt(words.size) + LEAD_WEIGHT / (1 + position++);
      candidates.push({
        articleId: article.id,
        outlet: article.outlet.value,
        published: article.published.value,
        start: sentence.start,
        end: sentence.end,
        text: sentence.text,
        score: Math.round(score * 1000) / 1000,
        words,
      });
    }
  }

  const chosen: Candidate[] = [];
  const perArticle = new Map<string, number>();
  for (const c of candidates.sort((a, b) => b.score - a.score)) {
    if (chosen.length >= count) break;
    if ((perArticle.get(c.articleId) ?? 0) >= MAX_PER_ARTICLE) continue;
    if (chosen.some((other) => overlap(other.words, c.words) > REDUNDANCY_THRESHOLD)) continue;
    chosen.push(c);
    perArticle.set(c.articleId, (perArticle.get(c.articleId) ?? 0) + 1);
  }
  return chosen
    .sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.articleId.localeCompare(b.articleId) || a.start - b.start)
    .map(({ words: _words, ...sentence }) => sentence);
}
