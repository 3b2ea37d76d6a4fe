/**
 * Reads the time expressions of a text with what they were read from: the rule's
 * reading, the tense of the clause, the resolution. Shared by index.ts and bound.ts.
 */
import type { Sentence, TimeExpression } from "../types.js";
import { parseIsoDay } from "./calendar.js";
import type { Day } from "./calendar.js";
import { recognize } from "./recognize.js";
import { resolve } from "./resolve.js";
import type { DiscourseDate } from "./discourse.js";
import type { Recognized } from "./spec.js";
import { tenseAt, tenseTokens, tenseTokensIn } from "./tense.js";
import type { TenseReading, TenseToken } from "./tense.js";

export interface TimeReference {
  /**
   * Publication date (ISO: "2023-12-24", "2023-12-24T10:00:00Z") the relative expressions
   * are resolved against; null when unknown (a value that is not ISO counts as unknown).
   */
  published: string | null;
}

/** A resolved expression with what it was read from: the rule's reading and the tense of its clause. */
export interface TimeReading {
  expression: TimeExpression;
  recognized: Recognized;
  tense: TenseReading;
}

/**
 * A date counts as the story's current date for the anaphoric expressions after it
 * ("a year earlier", "the following month") within this many sentences: beyond that,
 * the text has likely moved on and the publication date is the safer origin.
 */
const DISCOURSE_SENTENCES = 2;

/** Values an anaphoric expression can count from: a day, month, quarter, half, ISO week or year. */
const ANCHORABLE_VALUE = /^\d{4}(?:-(?:Q\d|H\d|W\d{2}|\d{2}(?:-\d{2})?))?$/;

/** Like findTimeExpressions, keeping the rule and tense behind each value (for diagnostics and bounds). */
export function readTimeExpressions(text: string, sentences: Sentence[], reference: TimeReference): TimeReading[] {
  const day = referenceDay(reference);
  const readings: TimeReading[] = [];
  let discourse: { date: DiscourseDate; sentence: number } | null = null;
  const found = recognize(text).map((recognized) => ({ recognized, sentence: sentenceIndex(sentences, recognized.start) }));
  const tokenCache = tagDateSentences(text, sentences, found);
  for (const { recognized, sentence } of found) {
    const tense = recognized.spec.kind === "date" ? tenseOf(text, sentences, sentence, recognized, tokenCache) : { tense: "unknown" as const, cue: null };
    const nearby = discourse !== null && sentence !== -1 && sentence - discourse.sentence <= DISCOURSE_SENTENCES ? discourse.date : null;
    const resolution = resolve(recognized.spec, { reference: day, tense: tense.tense, strictTense: tense.strict === true, discourse: nearby });
    const expression: TimeExpression = { start: recognized.start, end: recognized.end, text: text.slice(recognized.start, recognized.end), ...resolution };
    readings.push({ expression, recognized, tense });
    if (expression.type === "DATE" && expression.value !== null && ANCHORABLE_VALUE.test(expression.value) && !isAnaphoric(recognized)) {
      discourse = { date: { value: expression.value, granularity: expression.granularity }, sentence };
    }
  }
  return readings;
}

/** Tokens of the sentences whose dates need a tense. */
function tagDateSentences(text: string, sentences: Sentence[], found: Array<{ recognized: Recognized; sentence: number }>): Map<number, TenseToken[]> {
  const needed = [...new Set(found.filter((f) => f.recognized.spec.kind === "date" && f.sentence !== -1).map((f) => f.sentence))];
  const tagged = tenseTokensIn(text, needed.map((i) => sentences[i]!));
  return new Map(needed.map((index, k) => [index, tagged[k]!]));
}

/**
 * Expressions that point back at a compared period ("a year earlier", "the year-ago
 * quarter", "the 1988 period") never become the date later ones count from: the
 * story's current period stays the one they were compared with.
 */
function isAnaphoric(recognized: Recognized): boolean {
  const spec = recognized.spec;
  if (spec.kind !== "date") return false;
  const anchor = spec.anchor;
  if (anchor.kind === "shift") return anchor.from !== "reference";
  if (anchor.kind === "relative") return anchor.anaphoric === true;
  if (anchor.kind === "relativeQuarter") return anchor.yearBack > 0 || anchor.year !== undefined;
  return false;
}

/**
 * The publication day, or null. A value that is not an ISO date is data from an outside
 * source, not a programming error: it counts as unknown (relative expressions then stay
 * unresolved, with low confidence) rather than stopping the analysis of the article.
 */
function referenceDay(reference: TimeReference): Day | null {
  return reference.published === null ? null : parseIsoDay(reference.published);
}

/** Index of the sentence holding `offset` (sentences are sorted by start), or -1. */
function sentenceIndex(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The tense is read inside the sentence holding the expression; outside any sentence, in a window of text. */
function tenseOf(text: string, sentences: Sentence[], index: number, expression: Recognized, cache: Map<number, TenseToken[]>): TenseReading {
  const s = sentences[index];
  if (s !== undefined) {
    let tokens = cache.get(index);
    if (tokens === undefined) {
      tokens = tenseTokens(s.text);
      cache.set(index, tokens);
    }
    return tenseAt(s.text, expression.start - s.start, expression.end - s.start, tokens);
  }
  const from = Math.max(0, expression.start - WINDOW_CHARS);
  return tenseAt(text.slice(from, expression.end + WINDOW_CHARS), expression.start - from, expression.end - from);
}

/** Characters either side of an expression read for tense when no sentence holds it: about a clause. */
const WINDOW_CHARS = 120;
