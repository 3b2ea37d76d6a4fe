/**
 * Reads the tense that governs a time expression inside its sentence, with light rules
 * over wink-nlp's part-of-speech tags: future auxiliaries and phrases ("will", "is
 * expected to", "plans to", "next"), past forms (irregular list and "-ed" words tagged
 * as verbs, so "preferred shares" is no cue), present auxiliaries. The cue nearest to the
 * expression wins; a cue across a clause boundary (comma, quote, "that", "which"...)
 * counts as farther, so in "X said on Wednesday that it will go" the expression
 * "Wednesday" reads "said", not "will".
 */
import { tagSpans, tagText } from "./pos.js";
import type { TaggedToken } from "./pos.js";
import {
  CLAUSE_BOUNDARY_WORDS, FUTURE_CUES, IRREGULAR_PAST, NOT_PAST_BEFORE_ED, NOT_PAST_ED_WORDS, PRESENT_CUES,
} from "./patterns.js";

export type Tense = "past" | "present" | "future" | "unknown";

export interface TenseReading {
  tense: Tense;
  /** The word(s) the tense was read from; null when no cue was found. */
  cue: string | null;
  /** True when the cue admits no other reading ("since October 7" is past, whatever the verb). */
  strict?: boolean;
}

/**
 * Extra distance, in words, for each clause boundary between a cue and the expression:
 * larger than the few words that usually separate a verb from its time adjunct, so a
 * verb in the same clause wins over a nearer one across a boundary.
 */
const CLAUSE_PENALTY = 6;

/** Cues farther than this (in words, penalties included) say nothing about the expression. */
const MAX_CUE_DISTANCE = 30;

/** A tagged token, marked when it ends a clause. */
export interface TenseToken extends TaggedToken {
  boundary: boolean;
}

interface Cue {
  tense: Exclude<Tense, "unknown">;
  index: number;
  length: number;
  text: string;
}

/** The future cues as word sequences, by first word (in FUTURE_CUES order): a token is checked against its own few. */
const FUTURE_SEQUENCES = new Map<string, string[][]>();
for (const cue of FUTURE_CUES.filter((c) => !/^['’]/.test(c))) {
  const words = cue.split(" ");
  FUTURE_SEQUENCES.set(words[0]!, [...(FUTURE_SEQUENCES.get(words[0]!) ?? []), words]);
}

const PRESENT_CUE_WORDS: ReadonlySet<string> = new Set(PRESENT_CUES);

/**
 * Tense governing the span [start, end) of `sentence` (offsets relative to the sentence).
 *
 * @example tenseAt("Nakhala said on Wednesday that he will travel.", 16, 25) // { tense: "past", cue: "said" }
 */
export function tenseAt(sentence: string, start: number, end: number, tokens: TenseToken[] = tenseTokens(sentence)): TenseReading {
  const first = firstTokenEndingAfter(tokens, start);
  if (first === tokens.length) return { tense: "unknown", cue: null };
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  // "since October 7" can only look back, whatever the verb.
  if (first > 0 && tokens[first - 1]!.word === "since") return { tense: "past", cue: "since", strict: true };
  // Only cues within MAX_CUE_DISTANCE words can win: look no farther (long sentences stay linear).
  const from = Math.max(0, first - MAX_CUE_DISTANCE - 1);
  const to = Math.min(tokens.length, last + MAX_CUE_DISTANCE + 2);
  const cues = findCues(tokens, from, to).filter((cue) => cue.index + cue.length - 1 < first || cue.index > last);
  let best: { cue: Cue; distance: number } | null = null;
  for (const cue of cues) {
    const distance = cueDistance(tokens, cue, first, last);
    if (distance > MAX_CUE_DISTANCE) continue;
    // On equal distance the cue before the expression wins: the verb usually comes first.
    if (best === null || distance < best.distance || (distance === best.distance && cue.index < first && best.cue.index > last)) {
      best = { cue, distance };
    }
  }
  return best === null ? { tense: "unknown", cue: null } : { tense: best.cue.tense, cue: best.cue.text };
}

/** Index of the first token ending after `offset` (tokens are sorted), or tokens.length. */
function firstTokenEndingAfter(tokens: TenseToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.end > offset) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Punctuation tokens that end a clause. */
const BOUNDARY_PUNCTUATION: ReadonlySet<string> = new Set([...',;:()"“”«»—–']);

/** Tokens of a sentence for tenseAt; tag a sentence once when it holds several expressions. */
export function tenseTokens(sentence: string): TenseToken[] {
  return markBoundaries(tagText(sentence));
}

/** Tokens of several sentences of `text` for tenseAt, from the whole text's tagging (see tagSpans). */
export function tenseTokensIn(text: string, sentences: ReadonlyArray<{ start: number; end: number }>): TenseToken[][] {
  return tagSpans(text, sentences).map(markBoundaries);
}

function markBoundaries(tokens: TaggedToken[]): TenseToken[] {
  return tokens.map(({ word, start, end, pos }) => ({ word, start, end, pos, boundary: BOUNDARY_PUNCTUATION.has(word) || CLAUSE_BOUNDARY_WORDS.has(word) }));
}

function findCues(tokens: TenseToken[], from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const word = token.word;
    const previous = i > 0 ? tokens[i - 1]!.word : "";
    const future = futureAt(tokens, i);
    if (future !== null) {
      // "was due to expire Friday", "had been scheduled for Monday": a future seen from the past.
      const fromPast = previous === "was" || previous === "were" || previous === "had" || (previous === "been" && tokens[i - 2]?.word === "had");
      cues.push({ tense: fromPast ? "past" : "future", index: i, length: future, text: tokens.slice(Math.max(0, i - (fromPast ? 1 : 0)), i + future).map((t) => t.word).join(" ") });
      i += future - 1;
    } else if ((token.pos === "VERB" || token.pos === "AUX") && isPastForm(word, previous)) {
      cues.push({ tense: "past", index: i, length: 1, text: word });
    } else if (PRESENT_CUE_WORDS.has(word)) {
      cues.push({ tense: "present", index: i, length: 1, text: word });
    }
  }
  return cues;
}

/** Length in tokens of the future cue starting at token i, or null. */
function futureAt(tokens: TenseToken[], i: number): number | null {
  const word = tokens[i]!.word;
  // wink splits "he'll" into "he" + "'ll" and "won't" into "wo" + "n't".
  if (/^['’]ll$/.test(word) || (word === "wo" && /^n['’]t$/.test(tokens[i + 1]?.word ?? ""))) return 1;
  for (const sequence of FUTURE_SEQUENCES.get(word) ?? []) {
    if (sequence.every((w, k) => tokens[i + k]?.word === w)) return sequence.length;
  }
  return null;
}

function isPastForm(word: string, previous: string): boolean {
  if (NOT_PAST_BEFORE_ED.has(previous)) return false;
  if (IRREGULAR_PAST.has(word)) return true;
  return /^\p{L}{2,}ed$/u.test(word) && !NOT_PAST_ED_WORDS.has(word);
}

function cueDistance(tokens: TenseToken[], cue: Cue, first: number, last: number): number {
  const [from, to] = cue.index < first ? [cue.index + cue.length, first] : [last + 1, cue.index];
  let boundaries = 0;
  for (let k = from; k < to; k++) if (tokens[k]!.boundary) boundaries++;
  return to - from + 1 + CLAUSE_PENALTY * boundaries;
}
