/**
 * Direct quotes of a sentence: “curly” or "straight" pairs. An opening mark without its
 * closing one runs to the end of the sentence (a quote that goes on in the next one).
 */
import type { Sentence, Span } from "../types.js";

export interface Quote extends Span {
  /** The words inside the marks, absolute offsets. */
  inner: Span & { text: string };
}

export function findQuotes(sentence: Pick<Sentence, "text" | "start">): Quote[] {
  const quotes: Quote[] = [];
  const text = sentence.text;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const closer = c === "“" ? "”" : c === '"' ? '"' : undefined;
    if (!closer) {
      i++;
      continue;
    }
    const close = text.indexOf(closer, i + 1);
    const end = close === -1 ? text.length : close + 1;
    const innerEnd = close === -1 ? text.length : close;
    const raw = text.slice(i + 1, innerEnd);
    const lead = raw.length - raw.trimStart().length;
    // A comma or period inside the closing mark belongs to the sentence, not to the quote ("... fragile," one diplomat said).
    const body = raw.trim().replace(/[,.]$/, "");
    quotes.push({
      start: sentence.start + i,
      end: sentence.start + end,
      inner: { text: body, start: sentence.start + i + 1 + lead, end: sentence.start + i + 1 + lead + body.length },
    });
    i = end;
  }
  return quotes;
}

export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}
