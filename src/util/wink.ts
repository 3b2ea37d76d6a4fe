/**
 * One wink-nlp instance for the whole process, and tagged tokens with character
 * offsets. Every stage that needs tokens, part-of-speech tags or lemmas (entities,
 * times, events, the plain-text cleaner) reads them here, so the model is loaded once
 * (about half a second and its memory) and an article is tagged once, not per stage.
 */
import { createRequire } from "node:module";
import type { WinkMethods } from "wink-nlp";

export interface WinkToken {
  /** The token as written (wink keeps token values verbatim). */
  text: string;
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  /** Universal part-of-speech tag ("VERB", "PROPN", ...). */
  pos: string;
  /** Lower-case lemma from wink's lemmatiser. */
  lemma: string;
}

let instance: WinkMethods | undefined;
/** Size of wink's lexicon as shipped, measured when the instance is made (see `shippedLexiconSize`). */
let shippedSize = 0;

/**
 * The wink-nlp instance, created on first use. Loaded with `require` (both packages are
 * CommonJS) so that callers stay synchronous. Only sentence boundaries (needed by the
 * tagger) and POS are on: wink's NER and sentiment are not used.
 */
export function wink(): WinkMethods {
  if (instance) return instance;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => WinkMethods;
  instance = winkNLP(require("wink-eng-lite-web-model") as unknown, ["sbd", "pos"]);
  // A word wink has never seen takes the next id: the first such word's id is the size.
  shippedSize = (instance.readDoc("qxzjvqk").tokens().out(instance.its.uniqueId) as number[])[0] ?? 0;
  return instance;
}

/**
 * Size of wink's lexicon as shipped: words it adds while reading (unknown words) get
 * ids from here on, so an id below it is a word the lexicon knew. Measured before any
 * text is read: measured later, it would count the words of whatever the process read
 * first as known, and an article's analysis would depend on which articles came
 * before it in the process (or in the worker thread).
 */
export function shippedLexiconSize(): number {
  wink();
  return shippedSize;
}

/** Longest stretch of skipped text between two tokens before a token is taken for lost (white space, markup residue). */
const MAX_GAP_CHARS = 200;
/**
 * Texts whose tokens are kept: the stages of one article's analysis ask for the same
 * text in turn, so a handful covers them without holding many articles in memory.
 */
const CACHE_SIZE = 4;
const cache = new Map<string, WinkToken[]>();

/**
 * Tokens of `text` with offsets, tags and lemmas. wink gives values without offsets,
 * so they are found from a moving cursor. The result is shared: do not modify it.
 *
 * @example tagTokens("It ended.")[1] // { text: "ended", start: 3, end: 8, pos: "VERB", lemma: "end" }
 */
export function tagTokens(text: string): readonly WinkToken[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const w = wink();
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(w.its.pos) as string[];
  // wink's typings give its.lemma a signature out() does not accept; it works at run time.
  const lemmas = doc.tokens().out(w.its.lemma as never) as string[];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // A token wink rewrote (it should not) is skipped rather than given wrong offsets.
    if (at === -1 || at - cursor > MAX_GAP_CHARS) continue;
    tokens.push({ text: value, start: at, end: at + value.length, pos: tags[i] ?? "X", lemma: (lemmas[i] ?? value).toLowerCase() });
    cursor = at + value.length;
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, tokens);
  return tokens;
}

/**
 * Index of the first of `tokens` (sorted, as tagTokens returns them) starting at or
 * after `offset`, or tokens.length: where a sentence's tokens begin, found without a
 * scan from the start of the text (per sentence, that scan made an article quadratic).
 */
export function firstTokenFrom(tokens: readonly WinkToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
