/**
 * Extractive summaries: the most informative sentences, quoted verbatim, each with its
 * article id and character span. Nothing is rewritten, so nothing can be invented.
 */
import type { Analysis, Sentence } from "../analyze/types.js";
import type { Article } from "../extract/types.js";
import { contentWords } from "../../util/words.js";

export interface SummarySentence {
  articleId: string;
  start: number;
  end: number;
  /** Exactly Article.text.slice(start, end). */
  text: string;
  score: number;
}

export interface SummaryOptions {
  /** How many sentences. Default 3 ("No time to read?"). */
  count?: number;
}

/** Shorter sentences are usually fragments, captions or datelines. */
const MIN_WORDS = 8;
/** Longer ones are usually run-on lists or glued paragraphs; they read badly out of context. */
const MAX_WORDS = 70;
/** Two sentences sharing more than this share of their content words say the same thing. */
export const REDUNDANCY_THRESHOLD = 0.5;
/** Weight of being among the first sentences: news puts the facts first (inverted pyramid). */
const LEAD_BONUS = 0.6;
/** Weight per distinct named entity or date in the sentence: who, where and when carry facts. */
const FACT_WEIGHT = 0.25;
/** Cap on the fact bonus, so a list of names does not win by itself. */
const MAX_FACT_BONUS = 1.0;

interface Candidate {
  sentence: Sentence;
  words: Set<string>;
  score: number;
}

/**
 * The `count` most informative sentences of an article, in article order.
 * Never a headline or bullet fragment, never two sentences saying the same thing.
 *
 * @example summarizeArticle(article, analysis).map((s) => s.text)
 */
export function summarizeArticle(article: Article, analysis: Analysis, options: SummaryOptions = {}): SummarySentence[] {
  const count = options.count ?? 3;
  const candidates = scoreSentences(analysis);
  const chosen = selectDiverse(candidates, count);
  return chosen
    .sort((a, b) => a.sentence.start - b.sentence.start)
    .map((c) => ({ articleId: article.id, start: c.sentence.start, end: c.sentence.end, text: c.sentence.text, score: round(c.score) }));
}

/** A sentence that can stand alone in a summary. */
export function isSummarizable(sentence: Sentence): boolean {
  if (sentence.kind !== "body") return false;
  const text = sentence.text.trim();
  if (!/[.!]["'”’)\]]*$/.test(text)) return false; // questions and unfinished lines
  if (!/^["'“‘(]?[\p{Lu}\p{N}]/u.test(text)) return false; // starts mid-sentence
  const n = text.split(/\s+/).length;
  return n >= MIN_WORDS && n <= MAX_WORDS;
}

function scoreSentences(analysis: Analysis): Candidate[] {
  const frequency = new Map<string, number>();
  const sentenceWords = analysis.sentences.map((s) => contentWords(s.text));
  for (const list of sentenceWords) for (const w of new Set(list)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const maxFrequency = Math.max(1, ...frequency.values());

  const bodyIndex = new Map<Sentence, number>();
  analysis.sentences.filter((s) => s.kind === "body").forEach((s, i) => bodyIndex.set(s, i));

  const candidates: Candidate[] = [];
  analysis.sentences.forEach((sentence, i) => {
    if (!isSummarizable(sentence)) return;
    const list = sentenceWords[i]!;
    const distinct = new Set(list);
    if (distinct.size === 0) return;
    // Centrality: how much the sentence's words recur in the article, length-normalised.
    let centrality = 0;
    for (const w of distinct) centrality += (frequency.get(w)! - 1) / maxFrequency;
    centrality /= Math.sqrt(distinct.size);
    const facts =
      analysis.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).length +
      analysis.times.filter((t) => t.start >= sentence.start && t.end <= sentence.end).length +
      (/\d/.test(sentence.text) ? 1 : 0);
    const position = bodyIndex.get(sentence) ?? 0;
    const lead = LEAD_BONUS / (1 + position);
    candidates.push({ sentence, words: distinct, score: centrality + Math.min(MAX_FACT_BONUS, facts * FACT_WEIGHT) + lead });
  });
  return candidates;
}

/** Greedy choice by score, skipping any sentence too close to one already chosen. */
function selectDiverse(candidates: Candidate[], count: number): Candidate[] {
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= count) break;
    if (chosen.some((c) => overlap(c.words, candidate.words) > REDUNDANCY_THRESHOLD)) continue;
    chosen.push(candidate);
  }
  return chosen;
}

/** Share of the smaller set's words found in the other (a reworded repeat scores high). */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
