/**
 * Part-of-speech tags for the tense reader, from wink-nlp (universal tags: VERB, AUX,
 * ADJ...). They tell a past-tense verb from an "-ed" adjective ("preferred shares",
 * "untouched by"), which shape rules alone cannot.
 */
import { firstTokenFrom, tagTokens } from "../../../util/wink.js";

export interface TaggedToken {
  /** Lower-cased token text. */
  word: string;
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  /** Universal part-of-speech tag. */
  pos: string;
}

/**
 * Tokens of `text` with their tags and offsets (from the process-wide tagger, see util/wink.ts).
 *
 * @example tagText("It ended.")[1] // { word: "ended", start: 3, end: 8, pos: "VERB" }
 */
export function tagText(text: string): TaggedToken[] {
  return tagTokens(text).map((t) => ({ word: t.text.toLowerCase(), start: t.start, end: t.end, pos: t.pos }));
}

/**
 * Tokens inside each span of `text` (sentences), with offsets into the span. They come
 * from the tagging of the whole text, which the entities and events stages read too
 * (util/wink.ts keeps it), so the sentences that hold dates cost no tagging of their
 * own: tagging them again, even all in one call, was a quarter of the time stage. The
 * tags came out the same as those of the sentences tagged on their own (all of about
 * 6,400 dated sentences of generated and real news, TimeBank and ECB+ among them).
 */
export function tagSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): TaggedToken[][] {
  const tokens = tagTokens(text);
  return spans.map(({ start, end }) => {
    const out: TaggedToken[] = [];
    for (let i = firstTokenFrom(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) {
      const t = tokens[i]!;
      // A token running past the span's end belongs to no sentence of its own.
      if (t.end <= end) out.push({ word: t.text.toLowerCase(), start: t.start - start, end: t.end - start, pos: t.pos });
    }
    return out;
  });
}
