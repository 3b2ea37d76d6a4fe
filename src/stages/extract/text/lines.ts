/**
 * The line model the cleaner works on: the input split into lines, each line knowing
 * its block (a run of non-blank lines between blank lines). Markdown preparation
 * produces the same model, with some lines already decided (an image is a photo).
 */
import type { RemovalReason, RemovedBlock } from "../types.js";

/** Why a line was removed: the reason recorded in the article, the rule for diagnostics. */
export interface Verdict {
  reason: RemovalReason;
  rule: string;
}

/** One input line after format-specific preparation, before classification. */
export interface SourceLine {
  /** The line's text, trimmed at both ends (indentation carries no meaning in news text). */
  text: string;
  /** A decision taken while preparing the line (a Markdown image is a photo credit). */
  forced?: Verdict;
  /** Markdown heading level (1-6) when the line was a heading. */
  heading?: number;
  /** Pieces cut out of the line while preparing it (inline images), recorded in place. */
  inlineRemoved?: RemovedBlock[];
}

export interface DocLine extends SourceLine {
  /** Position in the document's line list. */
  index: number;
  /** Index of the block (blank-line separated run) the line belongs to; -1 for blank lines. */
  block: number;
}

export interface TextDocument {
  lines: DocLine[];
  /** Non-blank lines by block, in order. */
  blocks: DocLine[][];
}

/**
 * Line endings of every convention (CRLF, CR, Unicode line and paragraph separators,
 * form feed) to "\n", and a leading byte-order mark dropped. No other character changes:
 * paragraph text must stay byte-identical to the input.
 */
export function normalizeNewlines(content: string): string {
  return content.replace(/^\uFEFF/, "").replace(/\r\n?|[\u2028\u2029\f\v\u0085]/g, "\n");
}

/** Plain text to source lines: normalised line endings, each line trimmed. */
export function plainLines(content: string): SourceLine[] {
  return normalizeNewlines(content)
    .split("\n")
    .map((line) => ({ text: line.trim() }));
}

/** Numbers lines and groups them into blocks at blank lines. */
export function toDocument(source: readonly SourceLine[]): TextDocument {
  const lines: DocLine[] = [];
  const blocks: DocLine[][] = [];
  let current: DocLine[] | null = null;
  for (const [index, line] of source.entries()) {
    if (line.text === "" && line.forced === undefined) {
      current = null;
      lines.push({ ...line, index, block: -1 });
      continue;
    }
    if (current === null) {
      current = [];
      blocks.push(current);
    }
    const docLine: DocLine = { ...line, index, block: blocks.length - 1 };
    current.push(docLine);
    lines.push(docLine);
  }
  return { lines, blocks };
}

/** Words as the rules count them: runs of letters and digits ("al-Hayya" is two, "60-day" two). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
