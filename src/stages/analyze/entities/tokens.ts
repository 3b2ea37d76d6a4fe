/**
 * Tokens with character offsets and part-of-speech tags, from wink-nlp, and the
 * "words" the recogniser reasons on (hyphen-joined tokens glued back together).
 *
 * wink-nlp gives token values and tags but no offsets; offsets are recovered by
 * finding each token value in the text from a moving cursor, which is exact because
 * wink keeps token values verbatim.
 */
import type { PartOfSpeech } from "wink-nlp";
import { shippedLexiconSize, tagTokens, wink } from "../../../util/wink.js";

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: PartOfSpeech;
}

/** A run of tokens with no white space between them and joined by hyphens: "al-Nakhala", "Secretary-General", "Hamas-led". */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** PROPN when any alphabetic part is a proper noun, else the tag of the last part. */
  pos: PartOfSpeech;
  /** Index of the sentence (in the sentence list given to the recogniser). */
  sentence: number;
  /** Position of the word in its sentence, counting every word and punctuation mark. */
  index: number;
  /** True when a lower-case hyphenated tail was cut off: "Hamas-led" is kept as "Hamas", and a name ends there. */
  cut?: boolean;
}

/** Every token of `text` with its offsets and POS tag (from the process-wide tagger, util/wink.ts). */
export function tokenize(text: string): Token[] {
  return tagTokens(text).map((t) => ({ text: t.text, start: t.start, end: t.end, pos: t.pos as PartOfSpeech }));
}

/**
 * The words among `lowerCaseWords` that wink's English lexicon knows: common words
 * ("talks", "critics", "broker"), against names it has never seen ("haniyeh",
 * "reid"). The lexicon has a few names too ("smith", "israel"), so this is a hint
 * for capitals that nothing else explains, never a veto. One wink pass per call.
 */
export function dictionaryWords(lowerCaseWords: Iterable<string>): Set<string> {
  const list = [...new Set(lowerCaseWords)].filter((w) => /^\p{Ll}+$/u.test(w));
  const known = new Set<string>();
  if (list.length === 0) return known;
  const w = wink();
  const shipped = shippedLexiconSize();
  const tokens = w.readDoc(list.join("\n")).tokens();
  const values = tokens.out() as string[];
  const ids = tokens.out(w.its.uniqueId) as number[];
  // A word wink splits ("cannot") yields no token equal to it and gets no hint.
  values.forEach((value, i) => {
    if (ids[i]! < shipped) known.add(value);
  });
  return new Set(list.filter((w) => known.has(w)));
}

const HYPHENS = new Set(["-", "‐", "‑", "–"]);

/**
 * Groups tokens into words per sentence: a hyphen with letters or digits touching it on
 * both sides joins its neighbours ("al-Nakhala"); everything else stays one token per word.
 */
export function wordsBySentence(tokens: Token[], sentences: Array<{ start: number; end: number }>): Word[][] {
  const result: Word[][] = sentences.map(() => []);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    while (s < sentences.length && token.start >= sentences[s]!.end) s++;
    if (s >= sentences.length) break;
    if (token.start < sentences[s]!.start) continue;
    const words = result[s]!;
    const previous = words[words.length - 1];
    const hyphenJoin = previous && isGlue(tokens, i, previous);
    if (hyphenJoin) {
      previous.text += tokens[i]!.text + tokens[i + 1]!.text;
      previous.end = tokens[i + 1]!.end;
      if (tokens[i + 1]!.pos === "PROPN") previous.pos = "PROPN";
      i++;
      continue;
    }
    if (previous && isNumberedTail(previous, token)) {
      previous.text += token.text; // "76ers": wink splits a number from the letters written onto it
      previous.end = token.end;
      continue;
    }
    words.push({ text: token.text, start: token.start, end: token.end, pos: token.pos, sentence: s, index: words.length });
  }
  return result;
}

/** Lower-case letters written right onto a number ("76" + "ers"): one word, as in "Philadelphia 76ers". */
function isNumberedTail(previous: Word, token: Token): boolean {
  return token.start === previous.end && /^\p{N}+$/u.test(previous.text) && /^\p{Ll}+$/u.test(token.text);
}

function isGlue(tokens: Token[], i: number, previous: Word): boolean {
  const hyphen = tokens[i]!;
  const next = tokens[i + 1];
  if (!HYPHENS.has(hyphen.text) || !next) return false;
  if (hyphen.start !== previous.end || next.start !== hyphen.end) return false;
  return /[\p{L}\p{N}]$/u.test(previous.text) && /^[\p{L}\p{N}]/u.test(next.text);
}

/**
 * Cuts lower-case hyphenated tails off capitalised words, in place: "Hamas-led" ->
 * "Hamas", "US-backed" -> "US". Arabic articles ("al-Nakhala") are not tails: they
 * come first.
 */
export function cutHyphenTails(words: Word[]): void {
  for (const word of words) {
    const match = HYPHEN_TAIL.exec(word.text);
    if (!match) continue;
    word.text = match[1]!;
    word.end = word.start + match[1]!.length;
    word.cut = true;
  }
}

/**
 * Drops the sentence's full stop from a last word that wink kept it on ("the PA."),
 * in place. Words with an inner period ("U.S.") keep theirs: it is part of the name.
 */
export function cutFinalPeriod(words: Word[]): void {
  const last = words[words.length - 1];
  if (!last || !last.text.endsWith(".") || last.text.length < 2) return;
  if (last.text.slice(0, -1).includes(".")) return;
  last.text = last.text.slice(0, -1);
  last.end -= 1;
}

/** A capitalised head (possibly itself hyphenated: "Al-Aqsa-linked") then lower-case tails. */
const HYPHEN_TAIL = /^(\p{Lu}[\p{L}\p{N}.]*(?:[-‐‑][\p{Lu}\p{N}][\p{L}\p{N}.]*)*)(?:[-‐‑]\p{Ll}[\p{L}]*)+$/u;

/** The words [from, to) as written, one space where the text has white space. */
export function wordsText(words: Word[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (i > from && word.start > words[i - 1]!.end) text += " ";
    text += word.text;
  }
  return text;
}
