/**
 * Part-of-speech tags for the tense reader, from wink-nlp (universal tags: VERB, AUX,
 * ADJ...). They tell a past-tense verb from an "-ed" adjective ("preferred shares",
 * "untouched by"), which shape rules alone cannot.
 */
import { createRequire } from "node:module";
import type { WinkMethods } from "wink-nlp";

export interface TaggedToken {
  /** Lower-cased token text. */
  word: string;
  /** Offsets into the tagged text. */
  start: number;
  end: number;
  /** Universal part-of-speech tag. */
  pos: string;
}

let nlp: WinkMethods | undefined;

/**
 * The wink-nlp instance, created on first use and kept for the process (the model
 * takes about half a second to load). Loaded with `require` so tagging stays synchronous.
 */
function wink(): WinkMethods {
  if (nlp) return nlp;
  const require = createRequire(import.meta.url);
  const winkNLP = require("wink-nlp") as (model: unknown, pipe?: string[]) => WinkMethods;
  const model = require("wink-eng-lite-web-model") as unknown;
  nlp = winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

/**
 * Tokens of `text` with their tags and offsets. wink gives values without offsets, so
 * offsets are found from a moving cursor (wink keeps token values verbatim).
 *
 * @example tagText("It ended.")[1] // { word: "ended", start: 3, end: 8, pos: "VERB" }
 */
export function tagText(text: string): TaggedToken[] {
  const w = wink();
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(w.its.pos) as string[];
  const tokens: TaggedToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    if (at === -1) continue;
    tokens.push({ word: value.toLowerCase(), start: at, end: at + value.length, pos: tags[i] ?? "X" });
    cursor = at + value.length;
  }
  return tokens;
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
