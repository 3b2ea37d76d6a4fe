/**
 * Groups the content lines of each block into paragraphs. A blank line always ends a
 * paragraph; inside a block, so does a removed line, and so do the signs of a file
 * written with one paragraph per line (no blank lines at all). Lines are never joined
 * or cut: a paragraph is a list of whole input lines.
 */
import type { DocLine, TextDocument, Verdict } from "./lines.js";
import { endsSentence, HARD_WRAP_MAX_CHARS, isBullet, isHeadlineLike } from "./shapes.js";

export interface Paragraph {
  lines: DocLine[];
}

export function paragraphText(paragraph: Paragraph): string {
  return paragraph.lines.map((line) => line.text).join("\n");
}

/** Content paragraphs in document order. */
export function groupParagraphs(doc: TextDocument, verdicts: ReadonlyArray<Verdict | null>, titleLine: number | null): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of doc.blocks) {
    let current: DocLine[] = [];
    const flush = (): void => {
      if (current.length > 0) paragraphs.push({ lines: current });
      current = [];
    };
    for (const line of block) {
      if (verdicts[line.index] !== null) {
        flush();
        continue;
      }
      const previous = current[current.length - 1];
      if (previous && breaksBetween(previous, line, titleLine)) flush();
      current.push(line);
    }
    flush();
  }
  return paragraphs;
}

/**
 * Whether a paragraph ends between two adjacent content lines of one block:
 * after the title or a Markdown heading; after a line too long to be hard-wrapped that
 * ends a sentence; after a headline-shaped line when a long line follows (a subhead in a
 * one-paragraph-per-line file). Bullets of one list, rows of a table and the lines of a
 * hard-wrapped paragraph stay together.
 */
function breaksBetween(previous: DocLine, line: DocLine, titleLine: number | null): boolean {
  if (previous.index === titleLine) return true;
  if (previous.heading !== undefined || line.heading !== undefined) return true;
  if (isBullet(previous.text) && isBullet(line.text)) return false;
  if (previous.text.length > HARD_WRAP_MAX_CHARS && endsSentence(previous.text)) return true;
  return isHeadlineLike(previous.text) && line.text.length > HARD_WRAP_MAX_CHARS;
}
