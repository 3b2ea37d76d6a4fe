/**
 * Keyword lines: what is left of an image's alt text or a tag list when a page is
 * copied as text ("hamas delegation cairo" alone between two paragraphs). The shape
 * is cheap to test; the "no verb" test needs a part-of-speech tagger, loaded only
 * when a line has the shape (most articles never load it).
 */
import { tagTokens } from "../../../util/wink.js";
import { countWords } from "./lines.js";

/** Alt texts and tag lists are a handful of words; a longer lower-case line is a sentence fragment. */
export const KEYWORD_MAX_WORDS = 8;
/**
 * Eight ordinary words fit in 80 characters. The bound also keeps the tagger, whose cost
 * grows faster than the length of a token, away from giant one-word lines.
 */
export const KEYWORD_MAX_CHARS = 80;

/**
 * Lower-case start, then only letters, digits, spaces, hyphens, apostrophes and commas
 * (a comma-separated tag list): no sentence punctuation, no capital that would open a
 * sentence.
 */
const KEYWORD_SHAPE = /^\p{Ll}[\p{L}\p{N} ,'’-]*$/u;

/** Universal POS tags that make a line a clause rather than a list of keywords. */
const VERB_TAGS = new Set(["VERB", "AUX"]);

type Tagger = (text: string) => string[];
let tagger: Tagger | null = null;

/** Tags from the process-wide wink-nlp instance (util/wink.ts), loaded only when a keyword-shaped line needs it. */
function loadTagger(): Tagger {
  return (text) => tagTokens(text).map((t) => t.pos);
}

/** True when the line has the keyword shape (no tagger needed). */
export function hasKeywordShape(text: string): boolean {
  const words = countWords(text);
  return text.length <= KEYWORD_MAX_CHARS && words >= 1 && words <= KEYWORD_MAX_WORDS && KEYWORD_SHAPE.test(text);
}

/**
 * A keyword line: keyword shape and no verb. "hamas delegation cairo" is one;
 * "talks resume" is not (a clause, whatever its case).
 */
export function isKeywordLine(text: string): boolean {
  if (!hasKeywordShape(text)) return false;
  tagger ??= loadTagger();
  return !tagger(text).some((tag) => VERB_TAGS.has(tag));
}
