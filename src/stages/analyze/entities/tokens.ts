/**
 * Tokens with character offsets and part-of-speech tags, from wink-nlp, and the
 * "words" the recogniser reasons on (hyphen-joined tokens glued back together).
 *
 * wink-nlp gives token values and tags but no offsets; offsets are recovered by
 * finding each token value in the text from a moving cursor, which is exact because
 * wink keeps token values verbatim.
 */
import { createRequire } from "node:module";
import type { PartOfSpeech, WinkMethods } from "wink-nlp";

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

let nlp: WinkMethods | undefined;
/** Size of wink's lexicon as shipped: words it adds while reading (unknown words) get ids from here on. */
let lexiconSize = 0;

/**
 * The wink-nlp instance, created on first use and kept for the process: loading the
 * model costs about half a second, tagging afterwards is cheap. Loaded with `require`
 * so the recogniser stays synchronous.
 */
function winkInstance(): WinkMethods {
  if (nlp) return nlp;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => WinkMethods;
  const model = require("wink-eng-lite-web-model") as unknown;
  // Only sentence boundaries (POS tagging needs them) and POS: NER and sentiment are not used.
  nlp = winkNLP(model, ["sbd", "pos"]);
  lexiconSize = (nlp.readDoc("qxzjvqk").tokens().out(nlp.its.uniqueId) as number[])[0] ?? 0;
  return nlp;
}

/** Tokenises `text` with wink-nlp and returns every token with its offsets and POS tag. */
export function tokenize(text: string): Token[] {
  const wink = winkInstance();
  const doc = wink.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(wink.its.pos) as PartOfSpeech[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    // A token wink rewrote (it never should) is skipped rather than given wrong offsets.
    if (at === -1 || at - cursor > MAX_GAP_CHARS) continue;
    tokens.push({ text: value, start: at, end: at + value.length, pos: tags[i] ?? "X" });
    cursor = at + value.length;
  }
  return tokens;
}

/**
 * The words among `lowerCaseWords` that wink's English lexicon knows: common words
 * ("talks", "critics", "broker"), against names it has never seen ("haniyeh",
 * "reid"). The lexicon has a few names too ("smith", "israel"), so this is a hint
 * for capitals that nothing else explains, never a veto. One wink pass per call.
 */
export function dictionaryWords(lowerCaseWords: Iterable<string>): Set<string> {
  const wink = winkInstance();
  const list = [...new Set(lowerCaseWords)].filter((w) => /^\p{Ll}+$/u.test(w));
  const known = new Set<string>();
  if (list.length === 0) return known;
  const tokens = wink.readDoc(list.join("\n")).tokens();
  const values = tokens.out() as string[];
  const ids = tokens.out(wink.its.uniqueId) as number[];
  // A word wink splits ("cannot") yields no token equal to it and gets no hint.
  values.forEach((value, i) => {
    if (ids[i]! < lexiconSize) known.add(value);
  });
  return new Set(list.filter((w) => known.has(w)));
}

/** Longest stretch of skipped text between two tokens before a token is considered lost (white space, markup residue). */
const MAX_GAP_CHARS = 200;

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
    words.push({ text: token.text, start: token.start, end: token.end, pos: token.pos, sentence: s, index: words.length });
  }
  return result;
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
