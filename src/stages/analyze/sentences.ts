import type { Sentence } from "./types.js";
import { BULLET_PATTERN, CLOSERS, NON_FINAL_ABBREVIATIONS } from "./sentence-patterns.js";

/** A line shorter than this, without final punctuation, reads as a headline or subheading. */
const HEADLINE_MAX_CHARS = 160;

/**
 * Splits clean article text into sentences with character offsets into `text`.
 *
 * Line breaks are hard boundaries first (a headline or bullet is never glued to the
 * next line); inside a line, a sentence ends at . ! ? (plus closing quotes/brackets)
 * followed by white space and an upper-case letter, digit or opening quote, unless the
 * period ends a known abbreviation or a single initial ("Ziad A. Nakhala").
 *
 * @example splitSentences("Talks\nThey met. He left.") // 3 sentences: headline, body, body
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let previousLineBlank = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === "") {
      previousLineBlank = true;
    } else {
      if (previousLineBlank && sentences.length > 0) paragraph++;
      previousLineBlank = false;
      splitLine(text, lineStart, lineEnd, paragraph, sentences);
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}

function splitLine(text: string, lineStart: number, lineEnd: number, paragraph: number, out: Sentence[]): void {
  const line = text.slice(lineStart, lineEnd);
  const isBullet = BULLET_PATTERN.test(line);
  const pieces: Array<{ start: number; end: number }> = [];
  let pieceStart = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    let end = i + 1;
    while (end < line.length && (CLOSERS.includes(line[end]!) || line[end] === "." )) end++;
    if (!isBoundary(line, i, end)) continue;
    pieces.push({ start: pieceStart, end });
    pieceStart = end;
    i = end - 1;
  }
  pieces.push({ start: pieceStart, end: line.length });

  const lineSentences = pieces
    .map((p) => trimSpan(line, p.start, p.end))
    .filter((p) => p.end > p.start)
    .map((p) => ({ start: lineStart + p.start, end: lineStart + p.end }));
  for (const span of lineSentences) {
    const sentenceText = text.slice(span.start, span.end);
    out.push({ ...span, text: sentenceText, paragraph, kind: classify(sentenceText, isBullet, lineSentences.length) });
  }
}

function isBoundary(line: string, punctuationAt: number, after: number): boolean {
  if (after >= line.length) return false; // the line end is a boundary by itself
  if (!/\s/.test(line[after]!)) return false;
  const next = line.slice(after).trimStart()[0];
  if (next === undefined || !/[\p{Lu}\p{N}"'“‘([«]/u.test(next)) return false;
  if (line[punctuationAt] !== ".") return true;
  const wordMatch = /([\p{L}.]+)$/u.exec(line.slice(0, punctuationAt));
  const word = wordMatch?.[1] ?? "";
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "Ziad A. Nakhala"
  if (NON_FINAL_ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}

function trimSpan(line: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(line[start]!)) start++;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  return { start, end };
}

function classify(sentence: string, isBullet: boolean, sentencesOnLine: number): Sentence["kind"] {
  if (isBullet) return "bullet";
  const endsLikeSentence = /[.!?…:]["'”’)\]»]*$/.test(sentence);
  if (!endsLikeSentence && sentencesOnLine === 1 && sentence.length <= HEADLINE_MAX_CHARS) return "headline";
  return "body";
}
