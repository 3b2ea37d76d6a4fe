/**
 * Name keys: one key for the spellings of a name across outlets and transliterations,
 * so "Nakhala", "Najalah" and "al-Nahl" count as one name in the story features.
 */
import anyAscii from "any-ascii";
import { NAME_PARTICLE, NOT_NAMES, OUTLET_NAMES, ROMANISATION_RULES, STOPWORDS } from "./words.js";

/**
 * A consonant skeleton shorter than this says too little ("Reid" and "Rudd" both give
 * "rd"): below it the key keeps its vowels.
 */
const MIN_SKELETON = 3;

/**
 * Key of one name word: ASCII, lower case, without an Arabic particle, romanisation
 * variants folded (words.ts), final h after a vowel dropped, doubled letters single,
 * then the vowels after the first letter dropped.
 *
 * @example nameKey("Nakhala") === nameKey("Najalah") && nameKey("al-Nahl") === "nhl"
 */
export function nameKey(word: string): string {
  let w = anyAscii(word).toLowerCase().replace(NAME_PARTICLE, "").replace(/['’]s$/, "").replace(/[^a-z]/g, "");
  for (const rule of ROMANISATION_RULES) w = w.replace(rule.pattern, rule.replacement);
  w = w.replace(/([aeiouy])h$/, "$1").replace(/(.)\1+/g, "$1");
  const skeleton = w.slice(0, 1) + w.slice(1).replace(/[aeiouy]/g, "").replace(/(.)\1+/g, "$1");
  return skeleton.length >= MIN_SKELETON ? skeleton : w;
}

/** True when a lower-case word can be part of a participant's name. */
export function isNameWord(lower: string): boolean {
  const bare = lower.replace(NAME_PARTICLE, "").replace(/['’]s$/, "");
  return bare.length >= 2 && !STOPWORDS.has(bare) && !NOT_NAMES.has(bare) && !OUTLET_NAMES.has(bare);
}

/** Name keys of the words of a mention's text ("Ziad al-Nakhala" -> two keys). */
export function mentionKeys(text: string): string[] {
  return text
    .split(/[\s/]+/)
    .filter((word) => /\p{L}/u.test(word) && isNameWord(word.toLowerCase()))
    .map(nameKey)
    .filter((key) => key.length >= 2);
}

const WORD_WITH_OFFSET = /[\p{L}\p{M}][\p{L}\p{M}\p{N}'’‐‑-]*/gu;
const CAPITALISED = /^(?:(?:al|el|ad|as|ash|an|ar|at|az)[-‐‑'’])?\p{Lu}/u;
/** Longer all-capital words are shouting headlines or date lines ("UPDATED"), not acronyms. */
const MAX_ACRONYM = 5;
/**
 * A line not ending in a full stop whose words of four letters or more are capitalised
 * at this share or more is a headline or subheading in Title Case ("Egypt's Role:
 * Broker, Mediator, or Something More?"), where capitals say nothing about names;
 * running text stays far below (about 0.2).
 */
const TITLE_CASE_SHARE = 0.6;
const MIN_TITLE_CASE_WORDS = 2;
/** Short words ("of", "in", "a") stay lower-case in most Title Case styles. */
const TITLE_CASE_MIN_LETTERS = 4;

interface WordAt {
  word: string;
  start: number;
  end: number;
  /** Opens a sentence or a line. */
  initial: boolean;
  /** Stands in a Title Case line. */
  inHeadline: boolean;
}

/**
 * Names in running text when no entity mentions are given: capitalised words that are
 * not function words, titles or calendar words. Where capitals are expected anyway (a
 * word opening a sentence, a Title Case headline line), a word counts only when the
 * running text also capitalises it mid-sentence, because "Analysts" or "Despite" open
 * sentences too; or, opening a sentence, when a name follows it directly ("Bettie Page").
 */
export function capitalisedNameKeys(text: string): string[] {
  const words = wordsOf(text);
  const bare = (word: string) => word.replace(/['’]s$/, "");
  const inRunningText = new Set(words.filter((w) => !w.initial && !w.inHeadline && isCandidate(w.word)).map((w) => bare(w.word)));
  const keys: string[] = [];
  for (const [i, w] of words.entries()) {
    if (!isCandidate(w.word)) continue;
    if ((w.initial || w.inHeadline) && !inRunningText.has(bare(w.word)) && !opensTwoWordName(text, w, words[i + 1])) continue;
    for (const part of w.word.split(/[-‐‑]/)) {
      if (CAPITALISED.test(part) && isNameWord(part.toLowerCase())) keys.push(nameKey(part));
    }
  }
  return keys;
}

function wordsOf(text: string): WordAt[] {
  const headlineSpans = titleCaseLines(text);
  return [...text.matchAll(WORD_WITH_OFFSET)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
    initial: opensSentence(text, m.index),
    inHeadline: headlineSpans.some((span) => m.index >= span.start && m.index < span.end),
  }));
}

/** Spans of the lines written in Title Case (or all capitals). */
function titleCaseLines(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const lineWords = (line.match(WORD_WITH_OFFSET) ?? []).filter((w) => w.length >= TITLE_CASE_MIN_LETTERS);
    const capitalised = lineWords.filter((w) => /^\p{Lu}/u.test(w)).length;
    const endsSentence = /\.["'”’)]?\s*$/.test(line);
    if (!endsSentence && lineWords.length >= MIN_TITLE_CASE_WORDS && capitalised / lineWords.length >= TITLE_CASE_SHARE) {
      spans.push({ start, end: start + line.length });
    }
    start += line.length + 1;
  }
  return spans;
}

/** "Bettie Page, the pin-up model..." opens a sentence with a two-word name: only a space between them. */
function opensTwoWordName(text: string, word: WordAt, next: WordAt | undefined): boolean {
  if (!word.initial || word.inHeadline || !next || next.initial) return false;
  return /^ +$/.test(text.slice(word.end, next.start)) && isCandidate(next.word);
}

function isCandidate(word: string): boolean {
  if (!CAPITALISED.test(word)) return false;
  const letters = word.replace(/[^\p{L}]/gu, "");
  if (letters.length > MAX_ACRONYM && letters === letters.toUpperCase()) return false;
  return isNameWord(word.toLowerCase());
}

/** True when only spaces, quotes or brackets separate the word from a line start or a sentence end. */
function opensSentence(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === "\n") return true;
    if (/[\s"'“‘([]/.test(ch)) continue;
    return /[.!?:]/.test(ch);
  }
  return true;
}
