/**
 * Lays an article's text out for reading: paragraphs, then sentences (targets of the
 * summary's citations), then entity and time annotations inside them. Pure: spans in,
 * nested pieces out; the components only render them, always as text nodes.
 */

export interface Span {
  start: number;
  end: number;
}

/** An annotation to mark in the text: `kind` becomes its class, `title` its tooltip. */
export interface Mark extends Span {
  kind: string;
  title: string;
}

/** A run of text, marked or not. */
export interface Run extends Span {
  mark?: Mark;
}

/** A sentence (or the text between sentences when `sentence` is false) and its runs. */
export interface SentencePiece extends Span {
  sentence: boolean;
  runs: Run[];
}

export interface ParagraphPiece extends Span {
  pieces: SentencePiece[];
}

/** A blank line (possibly with spaces) separates paragraphs, as the extract stage writes them. */
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/**
 * Splits `range` into consecutive pieces: the given spans (clipped to the range) and
 * the gaps between them. A span overlapping one already placed is skipped: the earlier,
 * then the longer, wins.
 */
export function cover<T extends Span>(range: Span, spans: T[]): Array<{ start: number; end: number; span?: T }> {
  const sorted = spans
    .filter((s) => s.end > range.start && s.start < range.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: Array<{ start: number; end: number; span?: T }> = [];
  let cursor = range.start;
  for (const span of sorted) {
    const start = Math.max(span.start, range.start);
    const end = Math.min(span.end, range.end);
    if (start < cursor || end <= start) continue;
    if (start > cursor) pieces.push({ start: cursor, end: start });
    pieces.push({ start, end, span });
    cursor = end;
  }
  if (cursor < range.end) pieces.push({ start: cursor, end: range.end });
  return pieces;
}

export function paragraphs(text: string): Span[] {
  const ranges: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    if (match.index > start) ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}

/** The whole layout: paragraphs of sentence pieces of runs. */
export function layout(text: string, sentences: Span[], marks: Mark[]): ParagraphPiece[] {
  return paragraphs(text).map((paragraph) => ({
    ...paragraph,
    pieces: cover(paragraph, sentences).map((piece) => ({
      start: piece.start,
      end: piece.end,
      sentence: piece.span !== undefined,
      runs: cover(piece, marks).map((run) => ({ start: run.start, end: run.end, ...(run.span ? { mark: run.span } : {}) })),
    })),
  }));
}
