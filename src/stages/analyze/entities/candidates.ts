/**
 * Capitalised sequences: the candidates the classifier types. A sequence is a run of
 * units (gazetteer phrases or capitalised words) joined by the small words names are
 * allowed to contain ("bin", "al", "of", "for"...), cut at punctuation, possessives
 * and lower-case words. Sentence-initial capitals that are ordinary words ("The",
 * "In", "Critics") are trimmed off.
 */
import {
  ARTICLE_PREFIXES, DATE_WORDS, GPE_HEADS, LOC_HEADS, MEDIA_HEADS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS, TITLE_HEADS,
  TRADE_WORDS_BEFORE_PLACE,
} from "./cues.js";
import { lookupPhrase, MAX_PHRASE_WORDS } from "./gazetteer.js";
import { GIVEN_NAMES } from "./given-names.js";
import type { DocumentContext, Sequence, Unit } from "./records.js";
import type { Word } from "./tokens.js";

/** Characters after which the next word starts a clause as if it started the sentence. */
const CLAUSE_OPENERS = new Set(["“", '"', "‘", "'", ":", "—", "–", "-", "(", "[", "•", "*", "·", "|", "«"]);

/** Does the word look like part of a name: a capital first letter, or an Arabic article before one ("al-Nakhala")? */
export function isCapitalised(word: Word): boolean {
  const text = word.text;
  if (/^\p{Lu}/u.test(text)) return !DATE_WORDS.has(text.toLowerCase());
  const lower = text.toLowerCase();
  const prefix = ARTICLE_PREFIXES.find((p) => lower.startsWith(p));
  return prefix !== undefined && /^\p{Lu}/u.test(text.slice(prefix.length));
}

function isAlphabetic(word: Word): boolean {
  return /\p{L}/u.test(word.text);
}

/** The gazetteer phrase starting at word `i`, longest first, as a unit. */
export function gazetteerUnitAt(words: Word[], i: number, text: string): Unit | undefined {
  if (!isAlphabetic(words[i]!)) return undefined;
  const last = Math.min(words.length, i + MAX_PHRASE_WORDS);
  for (let to = last; to > i; to--) {
    const lastWord = words[to - 1]!;
    if (!/[\p{L}\p{N}]/u.test(lastWord.text)) continue; // never end on punctuation
    const match = lookupPhrase(text.slice(words[i]!.start, lastWord.end));
    if (match) return { from: i, to, kind: "gazetteer", gazetteer: match };
  }
  return undefined;
}

/** Positions where a capital says nothing: the sentence start and the start of a quote or clause. */
export function initialPositions(words: Word[]): Set<number> {
  const initial = new Set<number>();
  let expectStart = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (CLAUSE_OPENERS.has(word.text)) {
      expectStart = true;
      continue;
    }
    if (!isAlphabetic(word) && !/\p{N}/u.test(word.text)) continue;
    if (expectStart) initial.add(i);
    expectStart = false;
  }
  return initial;
}

/**
 * The capitalised sequences of one sentence.
 *
 * @example "Hamas official Taher al-Nono told Reuters" -> [Hamas], [Taher al-Nono], [Reuters]
 */
export function sequencesOf(sentence: number, context: DocumentContext): Sequence[] {
  const words = context.words[sentence]!;
  const initial = initialPositions(words);
  const sequences: Sequence[] = [];
  let i = 0;
  while (i < words.length) {
    const first = unitAt(words, i, context.text);
    if (!first) {
      i++;
      continue;
    }
    const units = extend(words, [first], context.text);
    const trimmed = trimInitial(units, words, initial, context);
    if (trimmed.length > 0) sequences.push({ sentence, units: trimmed });
    i = units[units.length - 1]!.to;
  }
  return sequences;
}

function unitAt(words: Word[], i: number, text: string): Unit | undefined {
  if (i >= words.length) return undefined;
  const gazetteer = gazetteerUnitAt(words, i, text);
  if (gazetteer) return gazetteer;
  if (isCapitalised(words[i]!)) return { from: i, to: i + 1, kind: "word" };
  // "117th Street", "5th Avenue": an ordinal opens a street name.
  const next = words[i + 1];
  const ordinal = /^\p{N}+(?:st|nd|rd|th)$/u.test(words[i]!.text);
  return ordinal && next && isCapitalised(next) && LOC_HEADS.has(next.text.toLowerCase()) ? { from: i, to: i + 1, kind: "word" } : undefined;
}

/**
 * A run stops growing at this many units: no name is longer ("Academy of Motion
 * Picture Arts and Sciences" is 9), and the bound keeps the title search (cubic in
 * the run length) cheap on hostile input such as a line of a thousand capitals.
 */
export const MAX_RUN_UNITS = 12;

function extend(words: Word[], units: Unit[], text: string): Unit[] {
  let inOfPhrase = false;
  while (units.length < MAX_RUN_UNITS) {
    const last = units[units.length - 1]!;
    if (words[last.to - 1]!.cut) return units; // "Hamas-led": the name ended inside the word
    const next = unitAt(words, last.to, text) ?? numberedName(words, last.to);
    if (next) {
      units.push(next);
      continue;
    }
    const connector = words[last.to];
    if (!connector) return units;
    // "the District Attorney's Office", "the Sheriff's Office": the office is named after its holder.
    if (POSSESSIVES.has(connector.text) && OFFICE_AFTER_POSSESSIVE.has(words[last.to + 1]?.text ?? "")) {
      units.push({ from: last.to, to: last.to + 1, kind: "connector" }, { from: last.to + 1, to: last.to + 2, kind: "word" });
      return units;
    }
    const lower = connector.text.toLowerCase();
    // Looked at only before "and": every run ends at some small word, and most are not "and".
    const headedAfter = lower === "and" && !ORG_HEADS.has(words[last.to - 1]!.text.toLowerCase()) && headedRunAfter(words, last.to + 1);
    const joined = joinsAsConnector(lower, connector.text, units, words, inOfPhrase || headedAfter);
    if (!joined) return units;
    // "of the": the article needs a name after it too.
    const afterIndex = lower === "of" && words[last.to + 1]?.text === "the" ? last.to + 2 : last.to + 1;
    const after = unitAt(words, afterIndex, text);
    if (!after) return units;
    units.push({ from: last.to, to: afterIndex, kind: "connector" });
    units.push(after);
    if (lower === "of" || lower === "for") inOfPhrase = true;
  }
  return units;
}

const POSSESSIVES = new Set(["'s", "’s"]);

/** Capitalised nouns that, after a possessive, make one organisation with the name before: "Sheriff's Office". */
const OFFICE_AFTER_POSSESSIVE = new Set(["Office", "Department"]);

/** Longest run of capitalised words (and "and") looked through for an organisation's head word after "and". */
const MAX_HEADED_RUN = 5;

/**
 * Do the capitalised words from `i` on (with "and" between them) end on an
 * organisation's head word: "Somerset Fire and Rescue" after "Devon and"? Then "and"
 * is inside one name ("Devon and Somerset Fire and Rescue", "Surrey Fire and Rescue
 * Service"), not between two ("Hamas and Israel"). The caller checks that the words
 * before "and" are no whole name already ("Surrey Police and Surrey Fire and Rescue").
 */
function headedRunAfter(words: Word[], i: number): boolean {
  let lastCapitalised: Word | undefined;
  for (let k = i; k < Math.min(words.length, i + MAX_HEADED_RUN); k++) {
    const word = words[k]!;
    if (isCapitalised(word)) lastCapitalised = word;
    else if (word.text !== "and") break;
  }
  return lastCapitalised !== undefined && ORG_HEADS.has(lastCapitalised.text.toLowerCase());
}

/** A word that starts with digits inside a name: "76ers" in "Philadelphia 76ers". */
function numberedName(words: Word[], i: number): Unit | undefined {
  const word = words[i];
  const numbered = word && /^\p{N}+\p{Ll}+$/u.test(word.text) && !/^\p{N}+(?:st|nd|rd|th)$/u.test(word.text);
  return numbered ? { from: i, to: i + 1, kind: "word" } : undefined;
}

/**
 * May this small word join two capitalised units? Particles of personal names always
 * may ("Mohammed bin Salman"); "of"/"for" only after a head word that takes a
 * complement ("Bank of", "Secretary of", "Committee for"); "and" only inside such a
 * complement ("Department of Health and Human Services") or before the rest of a
 * headed name ("Fire and Rescue Service"), never between two names ("Hamas and Israel").
 */
function joinsAsConnector(lower: string, raw: string, units: Unit[], words: Word[], andJoins: boolean): boolean {
  if (NAME_PARTICLES.has(lower) && raw === lower) return true;
  if (!NAME_CONNECTORS.has(lower)) return false;
  if (lower === "&") return true;
  if (lower === "and" || lower === "the") return andJoins && lower === "and";
  if (lower === "of" || lower === "for") {
    const last = units[units.length - 1]!;
    const lastWord = words[last.to - 1]!.text.toLowerCase();
    return ORG_HEADS.has(lastWord) || LOC_HEADS.has(lastWord) || GPE_HEADS.has(lastWord) || ROLE_HEADS.has(lastWord);
  }
  return false;
}

/**
 * Is this capital explained by the name alone: a given name, or a word outside the
 * common vocabulary that the article capitalises mid-sentence too ("Najalah")? A
 * common word capitalised elsewhere proves little: "News" in "Al Qahera News".
 */
export function knownAsName(word: Word, context: DocumentContext): boolean {
  const lower = word.text.toLowerCase();
  return GIVEN_NAMES.has(lower) || (context.capitalisedInside.has(word.text) && !context.dictionary.has(lower));
}

/** Could this capitalised word be an ordinary word: written in lower case in the article, or a word of wink's lexicon? */
export function looksOrdinary(word: Word, context: DocumentContext): boolean {
  const lower = word.text.toLowerCase();
  return context.lowercaseWords.has(lower) || context.dictionary.has(lower);
}

/**
 * Is this capital, inside a sentence, no sign of a name? When the article writes the
 * word in lower case elsewhere, or when the word is a common English word in a
 * sentence that capitalises most of its words. A common word capitalised inside an
 * ordinary sentence is a name ("told People", "went to Promises").
 */
export function ordinaryInside(word: Word, context: DocumentContext): boolean {
  const lower = word.text.toLowerCase();
  return context.lowercaseWords.has(lower) || (context.dictionary.has(lower) && context.capitalHeavy.has(word.sentence));
}

/** A word that heads a name but names nothing alone: "Entertainment", "Service", "Center", "News". */
export function isHeadWord(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return ORG_HEADS.has(lower) || MEDIA_HEADS.has(lower) || LOC_HEADS.has(lower) || GPE_HEADS.has(lower);
}

/**
 * Drops sentence-initial words that are capitalised only because they start the
 * sentence: not a gazetteer phrase, not known as a name elsewhere in the article,
 * and either written in lower case elsewhere, not tagged PROPN by wink, or a common
 * English word ("Critics", "Informed").
 */
function trimInitial(units: Unit[], words: Word[], initial: Set<number>, context: DocumentContext): Unit[] {
  let start = 0;
  while (start < units.length) {
    const unit = units[start]!;
    if (unit.kind === "connector") {
      start++;
      continue;
    }
    if (unit.kind !== "word" || !initial.has(unit.from)) break;
    const word = words[unit.from]!;
    if (knownAsName(word, context)) break;
    // "Prime Minister Benjamin Netanyahu said": a title opening the sentence stays for the title split.
    const lower = word.text.toLowerCase();
    if ((TITLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower)) && start < units.length - 1) break;
    if (word.pos === "PROPN" && !looksOrdinary(word, context)) break;
    // "Summit Entertainment announced": trimming would leave a head word alone, which names nothing.
    const next = units[start + 1];
    if (next && start === units.length - 2 && next.kind === "word" && isHeadWord(words[next.from]!)) break;
    // "Telecom Egypt said": a trade's word before a listed place opens a company's name.
    if (next?.kind === "gazetteer" && TRADE_WORDS_BEFORE_PLACE.has(lower)) break;
    start++;
  }
  const rest = units.slice(start);
  while (rest.length > 0 && rest[rest.length - 1]!.kind === "connector") rest.pop();
  return rest;
}
