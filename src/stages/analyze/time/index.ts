/**
 * Time expressions of an article, resolved for news: recognised by the rules in
 * rules.ts, read for tense in their sentence (tense.ts), resolved against the
 * publication date (resolve.ts). Also bounds an unknown publication date from the
 * dates the text states (bound.ts).
 */
import type { Sentence, TimeExpression } from "../types.js";
import { readTimeExpressions } from "./read.js";
import type { TimeReference } from "./read.js";

export { boundPublicationDate } from "./bound.js";
export type { PublicationBounds } from "./bound.js";
export { readTimeExpressions } from "./read.js";
export type { TimeReading, TimeReference } from "./read.js";

/**
 * Finds and resolves the time expressions of `text`. Offsets index `text`;
 * `sentences` (from splitSentences) give each expression the clause its tense is read in.
 *
 * @example
 * const text = "Nakhala said on Wednesday that he will travel early next week.";
 * findTimeExpressions(text, splitSentences(text), { published: "2023-12-24" });
 * // "Wednesday" -> 2023-12-20 (past), "early next week" -> 2023-W52, range 2023-12-25..27
 */
export function findTimeExpressions(text: string, sentences: Sentence[], reference: TimeReference): TimeExpression[] {
  return readTimeExpressions(text, sentences, reference).map((r) => r.expression);
}

