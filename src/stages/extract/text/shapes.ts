/**
 * Shapes of lines that the context rules and the paragraph grouping share: headline,
 * prose, bullet. Thresholds are named here once.
 */
import { countWords } from "./lines.js";

/** Longest headline, in words. Teasers and subheads stay under it; a lead sentence rarely does. */
export const HEADLINE_MAX_WORDS = 20;
/** Longest headline in characters; the same limit the sentence splitter uses for headlines. */
export const HEADLINE_MAX_CHARS = 160;
/** Titles run a little longer than teasers ("X: Y and Z" forms). */
export const TITLE_MAX_WORDS = 25;
export const TITLE_MAX_CHARS = 200;
/**
 * A line longer than this is not a hard-wrapped line (e-mail and terminal text wraps at
 * 66-80 columns): when it ends a sentence, the file has one paragraph per line.
 */
export const HARD_WRAP_MAX_CHARS = 100;
/** A line with at least this many words that ends a sentence reads as prose, not a label. */
export const PROSE_MIN_WORDS = 12;

/** A bullet or list marker at the start of a line (the same markers the sentence splitter knows). */
export const BULLET = /^(?:[•\-*–—·▪●◦]|\d{1,2}[.)])\s+/u;

/** Ends like a sentence: . ! ? or an ellipsis, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]»]*$/u;
/** Ends like a label or an unfinished line: a colon, comma, semicolon or dash. */
const OPEN_END = /[,;:–—-]$/u;
/** Starts like a headline: a capital letter, a digit or an opening quote. */
const HEADLINE_START = /^["'“‘(]?[\p{Lu}\d]/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

export function stripBullet(text: string): string {
  return text.replace(BULLET, "");
}

export function isBullet(text: string): boolean {
  return BULLET.test(text);
}

/**
 * A headline, subhead or teaser: short, starts with a capital or digit, and does not end
 * with a period, comma or colon (it may end with "?" or "!": "Will the truce hold?").
 */
export function isHeadlineLike(text: string, maxWords = HEADLINE_MAX_WORDS, maxChars = HEADLINE_MAX_CHARS): boolean {
  const body = stripBullet(text);
  const words = countWords(body);
  if (words === 0 || words > maxWords || body.length > maxChars) return false;
  if (!HEADLINE_START.test(body)) return false;
  if (OPEN_END.test(body)) return false;
  return !/[.…]["'”’)\]»]*$/u.test(body);
}

/** The article's title: a headline, a little longer allowed. */
export function isTitleLike(text: string): boolean {
  return !isBullet(text) && isHeadlineLike(text, TITLE_MAX_WORDS, TITLE_MAX_CHARS);
}

/** A line of running prose: long enough and ending a sentence. */
export function isProse(text: string): boolean {
  return countWords(text) >= PROSE_MIN_WORDS && endsSentence(text);
}

/**
 * The comparison key for repeated titles: case, punctuation and spacing ignored, so
 * "Envoys Meet in Cairo" and "ENVOYS MEET IN CAIRO." are one title.
 */
export function compareKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
