/**
 * Word tokens of one sentence with absolute offsets. Numbers keep their separators
 * ("20,000", "2.3"), hyphenated words stay whole ("60-day", "all-for-all", "al-Hayya")
 * and possessives stay on their word ("Gaza's"); every other mark is a token of its own.
 */
import type { Sentence } from "../types.js";

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophe made straight. */
  lower: string;
  start: number;
  end: number;
  /** A single punctuation mark. */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐‑'’.,][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** A "." or "," inside a token is kept only between digits ("20,000", "2.3"); "U.N." stays, "Gaza,Israel" splits. */
function splitBadSeparators(text: string): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === "," || c === ".") && !(/\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) && !/^\p{Lu}$/u.test(text[i + 1] ?? "")) {
      parts.push({ text: text.slice(from, i), offset: from });
      parts.push({ text: c, offset: i });
      from = i + 1;
    }
  }
  parts.push({ text: text.slice(from), offset: from });
  return parts.filter((p) => p.text !== "");
}

export function tokenize(sentence: Pick<Sentence, "text" | "start">): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(TOKEN)) {
    for (const part of splitBadSeparators(match[0])) {
      const start = sentence.start + match.index + part.offset;
      tokens.push({
        text: part.text,
        lower: part.text.toLowerCase().replace(/’/g, "'"),
        start,
        end: start + part.text.length,
        punct: !/[\p{L}\p{N}]/u.test(part.text),
      });
    }
  }
  return tokens;
}

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function tokenAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i === -1 ? tokens.length : i;
}
