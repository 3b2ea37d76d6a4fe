/**
 * The keyword baseline the evaluation compares against: the type of the first word of
 * the sentence that is a single-word verb of the lexicon, with no sense, clause,
 * absorption or modality rule. It measures what the rules add to the word list.
 */
import { TRIGGERS } from "./lexicon.js";
import { tokenizeSpan } from "./nlp.js";
import type { PloverEventType } from "./types.js";

let verbs: Map<string, PloverEventType> | undefined;

function verbTypes(): Map<string, PloverEventType> {
  if (verbs) return verbs;
  verbs = new Map();
  for (const entry of TRIGGERS) {
    if (entry.pos === "verb" && !entry.words.includes(" ") && entry.event && !verbs.has(entry.words)) verbs.set(entry.words, entry.event);
  }
  return verbs;
}

/** First lexicon verb's type, or null when the sentence has none. */
export function keywordEvent(sentence: string): PloverEventType | null {
  const types = verbTypes();
  for (const token of tokenizeSpan(sentence, 0, sentence.length)) {
    if (token.pos !== "VERB") continue;
    for (const form of token.forms) {
      const type = types.get(form);
      if (type) return type;
    }
  }
  return null;
}
