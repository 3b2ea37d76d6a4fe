/**
 * What the words around a name say about its type, for names no list or head word
 * types: "in Malibu", "a Vancouver man", "Schenectady, N.Y.", "the Saints",
 * "X said", "according to X".
 */
import type { EntityType } from "../types.js";
import {
  PERSON_MODIFIER_FOLLOWERS, PLACE_FOLLOWERS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, REPORTING_VERBS_AFTER, SOURCE_CUES,
  US_STATE_ABBREVIATIONS,
} from "./cues.js";
import { lookupPhrase, phraseKey } from "./gazetteer.js";
import type { DocumentContext } from "./records.js";
import type { Word } from "./tokens.js";

/** How far back, in characters, a source cue ("according to") may sit before the name. */
const SOURCE_CUE_WINDOW = 40;

/** Words after the comma looked at for "City, State" ("Kansas City, Mo.", "Ashgabat, Turkmenistan"). */
const STATE_WORDS_AFTER_COMMA = 4;

const SOURCE_CUE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${SOURCE_CUES.map(escapeRegExp).join("|")})\\s*(?:the\\s+)?$`, "u");

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Type suggested by the words around words [from, to) of a sentence, first match:
 *   PERSON: ", who" after ("of W. Mark Felt, who..."), with no "the" before ("the
 *           Saints, who"): only people and teams take "who";
 *   GPE: a place preposition before ("in Malibu"), ", of" or ", from" before (", of
 *        Burnsville,"), "the city of" before, a place
 *        noun after ("a Vancouver man", "Bloomington police"), ", N.Y." after;
 *   PERSON: a person's following after ("the Obama campaign");
 *   ORG: "the" before ("the Saints"), unless the name is the first half of a
 *        hyphenated modifier: then "the" is the noun's ("the Bush-era rule");
 *   PERSON: a reporting verb after ("X said");
 *   MEDIA: a source cue before ("according to X"), unless the name is a possessor
 *          ("citing Felt's grandson": the grandson is the source).
 */
export function contextType(sentence: number, from: number, to: number, context: DocumentContext): EntityType | undefined {
  const words = context.words[sentence]!;
  const previous = words[from - 1]?.text.toLowerCase();
  const next = words[to]?.text.toLowerCase();
  const possessive = next === "'s" || next === "’s";
  if (next === "," && words[to + 1]?.text.toLowerCase() === "who" && previous !== "the") return "PERSON";
  if (previous && PLACE_PREPOSITIONS.has(previous) && !possessive) return "GPE";
  // "Luann Johnson, of Burnsville,", "The man, from Hampton East,": where a person is from, in apposition.
  if ((previous === "of" || previous === "from") && words[from - 2]?.text === "," && !possessive) return "GPE";
  if (afterPlaceOf(words, from) || (next && PLACE_FOLLOWERS.has(next)) || beforeStateOrCountry(words, to, context)) return "GPE";
  if (words[to - 1]!.cut && PLACE_FOLLOWERS.has(tailOf(words[to - 1]!, context))) return "GPE"; // "a Woodburn-area bank"
  if (next && PERSON_MODIFIER_FOLLOWERS.has(next)) return "PERSON";
  if (previous === "the" && !beforeHyphenTail(words, to)) return "ORG";
  if (next && REPORTING_VERBS_AFTER.has(next)) return "PERSON";
  const start = words[from]!.start;
  const before = context.text.slice(Math.max(0, start - SOURCE_CUE_WINDOW), start).toLowerCase();
  if (SOURCE_CUE_PATTERN.test(before) && !(possessive && /^\p{Ll}/u.test(words[to + 1]?.text ?? ""))) return "MEDIA";
  return undefined;
}

/**
 * Does a lower-case hyphenated tail follow the name: "the Bush-era rule" (the tail cut
 * off the word, see tokens.ts), "the Bush - era rule" (a spaced hyphen)? "The" is then
 * the determiner of the noun the compound modifies, not the name's.
 */
function beforeHyphenTail(words: Word[], to: number): boolean {
  if (words[to - 1]!.cut) return true;
  return words[to]?.text === "-" && /^\p{Ll}/u.test(words[to + 1]?.text ?? "");
}

/** "in the X", "at X": a place preposition before a name, "the" skipped. */
export function afterPlacePreposition(words: Word[], from: number): boolean {
  const before = words[from - 1]?.text.toLowerCase() === "the" ? from - 2 : from - 1;
  return PLACE_PREPOSITIONS.has(words[before]?.text.toLowerCase() ?? "");
}

/**
 * "Calif.", "Tenn.", or after a comma any postal abbreviation ("Kansas City, Mo."):
 * the short ones alone are too often names ("Mo Cheeks").
 */
export function isStateAbbreviation(word: Word, context: DocumentContext): boolean {
  const key = phraseKey(word.text);
  if (!US_STATE_ABBREVIATIONS.has(key)) return false;
  const words = context.words[word.sentence]!;
  return key.length >= 4 || words[word.index - 1]?.text === ",";
}

/** A plural of a common English noun ("Saints", "Heels", "Chiefs"): team and group names end so, surnames seldom do. */
export function isPluralNoun(word: Word, context: DocumentContext): boolean {
  const lower = word.text.toLowerCase();
  return /[^s]s$/.test(lower) && context.dictionary.has(lower);
}

/** "Palermo" in "the city of Palermo". */
function afterPlaceOf(words: Word[], from: number): boolean {
  return words[from - 1]?.text.toLowerCase() === "of" && PLACE_OF_NOUNS.has(words[from - 2]?.text.toLowerCase() ?? "");
}

/** "Schenectady, N.Y.", "Ashgabat, Turkmenistan": a name followed by a comma and a US state or a country. */
function beforeStateOrCountry(words: Word[], to: number, context: DocumentContext): boolean {
  if (words[to]?.text !== ",") return false;
  for (let end = Math.min(words.length, to + 1 + STATE_WORDS_AFTER_COMMA); end > to + 1; end--) {
    const text = context.text.slice(words[to + 1]!.start, words[end - 1]!.end);
    if (US_STATE_ABBREVIATIONS.has(phraseKey(text).replace(/ /g, ""))) return true;
    if (lookupPhrase(text)?.type === "GPE") return true;
  }
  return false;
}

/** The lower-case tail cut off a hyphenated word: "area" for "Woodburn-area". */
function tailOf(word: Word, context: DocumentContext): string {
  const after = context.text.slice(word.end, word.end + 30);
  return (/^[-‐‑](\p{Ll}+)/u.exec(after)?.[1] ?? "").toLowerCase();
}
