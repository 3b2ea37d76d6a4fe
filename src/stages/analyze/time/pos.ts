/**
 * Part-of-speech tags for the tense reader, from wink-nlp (universal tags: VERB, AUX,
 * ADJ...). They tell a past-tense verb from an "-ed" adjective ("preferred shares",
 * "untouched by"), which shape rules alone cannot.
 */
import { tagTokens } from "../../../util/wink.js";

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

/** Separator between segments tagged together: a paragraph break, so no sentence spans two. */
const SEGMENT_SEPARATOR = "\n\n";

/**
 * Tags several texts in one wink call (a call costs far more than its tokens: tagging
 * the few sentences of an article that hold dates one by one is four times slower) and
 * returns each segment's tokens with offsets into that segment.
 */
export function tagSegments(segments: string[]): TaggedToken[][] {
  const starts: number[] = [];
  let joined = "";
  for (const segment of segments) {
    if (joined.length > 0) joined += SEGMENT_SEPARATOR;
    starts.push(joined.length);
    joined += segment;
  }
  const out: TaggedToken[][] = segments.map(() => []);
  let k = 0;
  for (const token of tagText(joined)) {
    while (k + 1 < starts.length && token.start >= starts[k + 1]!) k++;
    const offset = starts[k]!;
    if (token.end > offset + segments[k]!.length) continue;
    out[k]!.push({ ...token, start: token.start - offset, end: token.end - offset });
  }
  return out;
}
