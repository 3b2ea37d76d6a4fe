/**
 * Highlighted titles and snippets for search hits, built here instead of by
 * `ts_headline`: that re-parses each hit's whole text in the database and was half the
 * cost of a search on a large store. The database still decides what matches: the
 * query's lexemes come from its tsquery, and each candidate word is stemmed by
 * `to_tsvector` with the same configuration (src/store/search.ts), so a word is marked
 * exactly when the full-text search would match it.
 */

/** A run of snippet or title text; `highlight` marks words matching the query. */
export interface HighlightSegment {
  text: string;
  highlight: boolean;
}

/** A word of a text with its character span; hyphenated words and possessives stay one word. */
export interface TextWord {
  text: string;
  start: number;
  end: number;
}

/**
 * Snippet shape: up to two fragments of up to 30 words, each opening a few words before
 * its first match. Long enough to judge a hit in a results list, short enough that a
 * page of 20 stays scannable.
 */
const MAX_FRAGMENTS = 2;
const FRAGMENT_WORDS = 30;
const LEAD_WORDS = 4;
const FRAGMENT_DELIMITER = " … ";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text, computed once per hit for both the matching and the snippet. */
export function textWords(text: string): TextWord[] {
  return [...text.matchAll(WORD)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/**
 * The lexemes a tsquery searches for, from its `querytree` text
 * (`'truce' & 'aid' <-> 'corridor'`). Negated terms are not in a querytree, so an
 * excluded word is never marked.
 */
export function queryLexemes(querytree: string): Set<string> {
  return new Set([...querytree.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replace(/''/g, "'")));
}

/**
 * Words worth asking the database to stem: those starting like one of the lexemes. A
 * stem is a prefix of its word up to its last letter ("agencies" -> "agenc", "cried" ->
 * "cri"), so this never drops a word that could match, and keeps the question short.
 */
export function candidateWords(words: Iterable<string>, lexemes: Set<string>): string[] {
  const prefixes = [...lexemes].map((lexeme) => lexeme.slice(0, Math.max(1, lexeme.length - 1)));
  const candidates = new Set<string>();
  for (const lower of new Set([...words].map((word) => word.toLowerCase()))) {
    const parts = [lower, ...lower.split("-")];
    if (parts.some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) candidates.add(lower);
  }
  return [...candidates];
}

/** Every matching word of `text` marked (a title, shown whole). */
export function highlightAll(text: string, words: TextWord[], isMatch: (word: string) => boolean): HighlightSegment[] {
  return markRange(text, words, 0, text.length, isMatch);
}

/**
 * The best fragments of `text`: the window of FRAGMENT_WORDS words holding the most
 * matches, then the best window among the matches left, in text order and joined by an
 * ellipsis. A text without a match (the title matched) opens the snippet instead.
 */
export function snippet(text: string, words: TextWord[], isMatch: (word: string) => boolean): HighlightSegment[] {
  if (words.length === 0) return [];
  const matches = words.flatMap((word, at) => (isMatch(word.text) ? [at] : []));
  const windows: Array<[number, number]> = [];
  let left = matches;
  while (windows.length < MAX_FRAGMENTS && left.length > 0) {
    let best: [number, number] | undefined;
    let bestCount = 0;
    for (const at of left) {
      const from = Math.max(0, at - LEAD_WORDS);
      const to = Math.min(words.length, from + FRAGMENT_WORDS);
      const count = left.filter((m) => m >= from && m < to).length;
      if (count > bestCount && !windows.some(([f, t]) => from < t && f < to)) [best, bestCount] = [[from, to], count];
    }
    if (!best) break;
    windows.push(best);
    left = left.filter((m) => m < best[0] || m >= best[1]);
  }
  if (windows.length === 0) windows.push([0, Math.min(words.length, FRAGMENT_WORDS)]);
  windows.sort((a, b) => a[0] - b[0]);
  const segments: HighlightSegment[] = [];
  windows.forEach(([from, to], index) => {
    if (index > 0) segments.push({ text: FRAGMENT_DELIMITER, highlight: false });
    segments.push(...markRange(text, words.slice(from, to), words[from]!.start, words[to - 1]!.end, isMatch));
  });
  return segments;
}

/** `text[start, end)` in runs, the matching ones of `words` (the words in that span) marked. */
function markRange(text: string, words: TextWord[], start: number, end: number, isMatch: (word: string) => boolean): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = start;
  for (const word of words) {
    if (!isMatch(word.text)) continue;
    if (word.start > at) segments.push({ text: text.slice(at, word.start), highlight: false });
    segments.push({ text: word.text, highlight: true });
    at = word.end;
  }
  if (end > at) segments.push({ text: text.slice(at, end), highlight: false });
  return segments;
}
