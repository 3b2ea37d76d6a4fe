/**
 * Entity recognition: PERSON, ORG, GPE, LOC and MEDIA mentions with their roles and
 * affiliations, from wink-nlp tokens and POS tags, gazetteers, cue words and rules.
 *
 * The whole sequence, in order:
 *   1. tokens and POS tags (wink-nlp), grouped into words ("al-Nakhala"), with
 *      lower-case hyphen tails cut ("Hamas-led" -> "Hamas");           tokens.ts
 *   2. per body sentence, capitalised sequences with gazetteer phrases as units;
 *      Title Case headlines are skipped here;                           candidates.ts
 *   3. each sequence typed: title split, gazetteer, head word, given name,
 *      context, shape;                                                   classify.ts
 *   4. article-level consistency: one name one type, surnames, known names found
 *      again in headlines and sentence starts;                          consistency.ts
 *      names written as a facility's ("the X boutique") made places;    facilities.ts
 *   5. roles and affiliations of persons.                                roles.ts
 */
import type { EntityMention, Sentence } from "../types.js";
import { initialPositions, isCapitalised, sequencesOf } from "./candidates.js";
import { classifySequence } from "./classify.js";
import { harmonise } from "./consistency.js";
import { markFacilities, markFacilityShortNames } from "./facilities.js";
import type { DocumentContext, Found } from "./records.js";
import { attachRoles } from "./roles.js";
import { markTeams } from "./teams.js";
import { cutFinalPeriod, cutHyphenTails, dictionaryWords, tokenize, wordsBySentence } from "./tokens.js";
import type { Word } from "./tokens.js";

export { lookupPhrase, phraseKey, countryOfDemonym, gazetteerEntries } from "./gazetteer.js";
export type { GazetteerMatch } from "./gazetteer.js";

export interface EntityOptions {
  /**
   * A headline is read as Title Case (only listed and already known names are taken
   * from it) when at least this share of its words of four letters or more start with
   * a capital. Default TITLE_CASE_SHARE.
   */
  titleCaseShare?: number;
}

/**
 * 0.6: sentence-case headlines capitalise only names, typically under a third of
 * their longer words; Title Case capitalises all of them but a few short or styled
 * ones. Any value between those two works; 0.6 leaves room on both sides.
 */
export const TITLE_CASE_SHARE = 0.6;

/** A line that starts with a web address (also in the spaced-out form of tokenised corpora: "http : / /"). */
const URL_PATTERN = /^\s*(?:https?\s*:\s*\/\s*\/|www\s*\.\s*\w)/i;

/**
 * 0.5: section headers written as sentences ("Egypt's Role: Broker, Mediator, or
 * Something More?") capitalise nearly all their longer words, running text far fewer.
 * A sentence dense with names can pass 0.5 too, but the mark only discounts common
 * English words written with a capital, so names outside the lexicon lose nothing.
 */
const CAPITAL_HEAVY_SHARE = 0.5;

/** Fewer longer words than this and the share says nothing: "Cairo Negotiations" is read as Title Case anyway. */
const MIN_WORDS_FOR_SHARE = 2;

/**
 * Finds the named entities of an article.
 *
 * @example
 *   const text = "Hamas official Taher al-Nono told Reuters the talks will continue.";
 *   findEntities(text, splitSentences(text))
 *   // Hamas ORG; Taher al-Nono PERSON (role "official", affiliation "Hamas"); Reuters MEDIA
 */
export function findEntities(text: string, sentences: Sentence[], options: EntityOptions = {}): EntityMention[] {
  const { titleCaseShare = TITLE_CASE_SHARE } = options;
  if (sentences.length === 0 || text.trim() === "") return [];
  const { context, titleSentences } = readArticle(text, sentences, titleCaseShare);
  const found: Found[] = [];
  sentences.forEach((_sentence, i) => {
    if (titleSentences.has(i)) return;
    for (const sequence of sequencesOf(i, context)) found.push(...classifySequence(sequence, context));
  });
  const all = harmonise(found, context, titleSentences);
  markFacilities(all, context);
  markFacilityShortNames(all);
  markTeams(all, context);
  attachRoles(all, context);
  return all.map(toMention);
}

/**
 * Step 1 and what every later step reads: words per sentence, the Title Case
 * headlines, and the article-wide word facts (see DocumentContext). Lines that start
 * with a web address hold words, never names: they are emptied.
 */
function readArticle(text: string, sentences: Sentence[], titleCaseShare: number): { context: DocumentContext; titleSentences: Set<number> } {
  const words = wordsBySentence(tokenize(text), sentences);
  const titleSentences = new Set<number>();
  sentences.forEach((sentence, i) => {
    if (URL_PATTERN.test(sentence.text)) words[i] = [];
    cutHyphenTails(words[i]!);
    cutFinalPeriod(words[i]!);
    if (isTitleCase(sentence, words[i]!, titleCaseShare)) titleSentences.add(i);
  });
  const capitalisedWords = words.flatMap((ws) => ws.filter(isCapitalised).map((w) => w.text.toLowerCase()));
  const context: DocumentContext = {
    text,
    words,
    lowercaseWords: lowercaseWordsOf(words),
    capitalisedInside: capitalisedInside(words, titleSentences),
    dictionary: dictionaryWords(capitalisedWords),
    capitalHeavy: new Set(sentences.map((_s, i) => i).filter((i) => capitalShare(words[i]!) >= CAPITAL_HEAVY_SHARE)),
  };
  return { context, titleSentences };
}

function toMention(f: Found): EntityMention {
  const mention: EntityMention = { start: f.start, end: f.end, text: f.text, type: f.type };
  if (f.role !== undefined) mention.role = f.role;
  if (f.affiliation !== undefined) mention.affiliation = f.affiliation;
  return mention;
}

/** A headline whose longer words are mostly capitalised, or a line in capitals. */
function isTitleCase(sentence: Sentence, words: Word[], share: number): boolean {
  const letters = sentence.text.replace(/[^\p{L}]/gu, "");
  if (letters.length > 3 && letters === letters.toUpperCase()) return true;
  if (sentence.kind !== "headline") return false;
  const longer = words.filter((w) => /^\p{L}{4,}/u.test(w.text));
  if (longer.length < MIN_WORDS_FOR_SHARE) return longer.length > 0 && longer.every((w) => /^\p{Lu}/u.test(w.text));
  return longer.filter((w) => /^\p{Lu}/u.test(w.text)).length / longer.length >= share;
}

/** Share of the words of four letters or more that start with a capital (0 when there are fewer than three). */
function capitalShare(words: Word[]): number {
  const longer = words.filter((w) => /^\p{L}{4,}/u.test(w.text));
  if (longer.length < 3) return 0;
  return longer.filter((w) => /^\p{Lu}/u.test(w.text)).length / longer.length;
}

function lowercaseWordsOf(words: Word[][]): Set<string> {
  const set = new Set<string>();
  for (const sentence of words) for (const w of sentence) if (/^\p{Ll}+$/u.test(w.text)) set.add(w.text);
  return set;
}

function capitalisedInside(words: Word[][], titleSentences: Set<number>): Set<string> {
  const set = new Set<string>();
  words.forEach((sentence, i) => {
    if (titleSentences.has(i)) return;
    const initial = initialPositions(sentence);
    sentence.forEach((w, k) => {
      if (!initial.has(k) && /^\p{Lu}/u.test(w.text)) set.add(w.text);
    });
  });
  return set;
}

