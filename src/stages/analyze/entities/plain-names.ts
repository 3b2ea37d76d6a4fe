/**
 * Names made only of capitalised words that no list knows and no head word types:
 * "Tara Reid", "Najalah", "Staunton", "PPO". The hardest case; the cascade, first
 * match:
 *   a thing named after it follows ("the Watergate scandal"): nothing;
 *   a government follows ("the Obama administration"): that organisation;
 *   a given name first, or a part only Arabic names have ("al-", "bin"): a person;
 *   a capital inside a word ("Reliance GlobalCom"): a company;
 *   common plural nouns ("Tar Heels"), unless written alone as a surname: a team or group;
 *   the surroundings (surroundings.ts): place, organisation, person, outlet;
 *   only ordinary English words: nothing; else a person (a surname, most often).
 */
import type { EntityType } from "../types.js";
import {
  ARTICLE_PREFIXES, GOVERNMENT_FOLLOWERS, LOC_PREFIXES, MEDIA_NOUNS_AFTER, NAME_PARTICLES, NEVER_ALONE, NON_ENTITY_FOLLOWERS, ORG_NOUNS_BEFORE, PLACE_FOLLOWERS, RESIDENCE_FOLLOWERS,
  ROLE_MODIFIERS, TITLE_HEADS,
} from "./cues.js";
import { isHeadWord, ordinaryInside } from "./candidates.js";
import { countryOfDemonym } from "./gazetteer.js";
import { GIVEN_NAMES } from "./given-names.js";
import type { DocumentContext, Evidence, Found, Unit } from "./records.js";
import { contextType, isPluralNoun, isStateAbbreviation } from "./surroundings.js";
import type { Word } from "./tokens.js";
import { makeFound } from "./units.js";

/** Names longer than this many words without a head word are titles of works or slogans, not persons. */
const MAX_PERSON_WORDS = 4;

/** An all-capitals word this long or shorter is read as an acronym of an organisation ("PPO", "NATO"). */
const ACRONYM_MAX_LETTERS = 6;

/**
 * Unknown acronyms shorter than this are dropped: two capitals are as often a
 * position, a score or a unit ("RB", "KO", "TD") as an organisation; the listed ones
 * ("UN", "EU", "AP") come from the gazetteer.
 */
const MIN_UNKNOWN_ACRONYM = 3;

/** Words of a government named after its leader, at most: "the Obama administration", "the Abu Mazen government". */
const MAX_LEADER_WORDS = 2;

type Make = (type: EntityType, evidence: Evidence) => Found;

/** Endings of town and county names that surnames seldom have: "Huntsville", "Edinburgh", "Lancashire", "Middlesbrough". */
const PLACE_ENDING = /\p{L}{3}(?:ville|burgh|shire|borough|brough)$/u;

/** Points of the compass that, after "the", name a region: "the West", "the South". */
const COMPASS_REGIONS = new Set(["west", "east", "north", "south"]);

/** Place followers that a family's name takes too: "the Jordan family", "the Lindsay home". */
const FAMILY_NOUNS = new Set(["family", "home", "couple"]);

/** Types a run of plain capitalised words of one sentence, or says it is no entity (undefined). */
export function classifyPlain(sentence: number, units: Unit[], context: DocumentContext): Found | undefined {
  const words = context.words[sentence]!;
  const parts = units.filter((u) => u.kind === "word").map((u) => words[u.from]!);
  const from = units[0]!.from;
  const end = units[units.length - 1]!.to;
  const following = words[end]?.text;
  if (following && NON_ENTITY_FOLLOWERS.has(following) && !(parts.length === 1 && isOrganisersEvent(parts[0]!, following))) return undefined;
  // "Route 94", "State Route 94", "Highway 1": a road's prefix and its number.
  if (following && /^\p{N}+$/u.test(following) && LOC_PREFIXES.has(parts[parts.length - 1]!.text.toLowerCase())) {
    return makeFound(sentence, [...units, { from: end, to: end + 1, kind: "word" }], context, "LOC", "head");
  }
  if (following && GOVERNMENT_FOLLOWERS.has(following) && parts.length <= MAX_LEADER_WORDS) {
    return makeFound(sentence, [...units, { from: end, to: end + 1, kind: "word" }], context, "ORG", "head");
  }
  const make: Make = (type, evidence) => makeFound(sentence, units, context, type, evidence);
  if (parts.length === 1) return classifySingle(parts[0]!, make, context);
  if (parts.length > MAX_PERSON_WORDS) return undefined;
  if (parts.every((w) => countryOfDemonym(w.text) || NEVER_ALONE.has(w.text.toLowerCase()))) return undefined;
  // "cable operator Seacom", "telecoms company Interoute": the noun before is the name's head.
  if (afterOrganisationNoun(words, from)) return make("ORG", "head");
  if (beforeMediaNoun(words, end)) return make("MEDIA", "head");
  if (GIVEN_NAMES.has(parts[0]!.text.toLowerCase())) return make("PERSON", "given-name");
  if (parts.some(looksArabicNamePart)) return make("PERSON", "shape");
  if (parts.some(isBrandCase)) return make("ORG", "shape"); // "Reliance GlobalCom"
  // "Tar Heels", "Purple Aces": common words ending in a plural name a team or a group; "Maurice
  // Cheeks", "Mo Cheeks" do not, and the article shows it by writing "Cheeks" alone as a surname.
  const allCommon = parts.every((w) => context.dictionary.has(w.text.toLowerCase()));
  const last = parts[parts.length - 1]!;
  if (allCommon && isPluralNoun(last, context) && !writtenAloneAsSurname(last.text, context)) return make("ORG", "head");
  const cue = contextType(sentence, from, end, context);
  if (cue === "GPE" || cue === "ORG") return make(cue, "context");
  // Nothing but the capitals says name, and every word is an ordinary word: "Something More", "Key Issues".
  if (parts.every((w) => ordinaryInside(w, context))) return undefined;
  return make("PERSON", cue === "PERSON" ? "context" : "shape");
}

/**
 * One capitalised word no list knows. In order: no entity alone (dates, demonyms,
 * particles, titles, initials, "Watergate" before "scandal", plural acronyms); an
 * acronym is an organisation (an outlet after a source cue; an English word in capitals
 * after an article is emphasis); a state abbreviation a place; "the West" a region; a
 * capital inside the word a company; a place's noun after it ("Troy police", "Troy
 * man") a place even for a given name; a given name a person; "the" + plural a team or
 * group ("the Saints"); a common word right after a source cue an outlet ("told
 * People"); another ordinary word or a head word alone nothing; then the surroundings;
 * a town's ending ("-ville") a place; else a person.
 */
function classifySingle(word: Word, make: Make, context: DocumentContext): Found | undefined {
  const lower = word.text.toLowerCase();
  if (NEVER_ALONE.has(lower) || countryOfDemonym(word.text)) return undefined;
  if (NAME_PARTICLES.has(lower) || ARTICLE_PREFIXES.some((p) => lower === p.slice(0, -1))) return undefined;
  if (TITLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower)) return undefined; // "Sheriff", "CEO" alone
  const letters = word.text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return undefined; // an initial
  if (afterOrganisationNoun(context.words[word.sentence]!, word.index)) return make("ORG", "head");
  if (beforeMediaNoun(context.words[word.sentence]!, word.index + 1)) return make("MEDIA", "head");
  const following = context.words[word.sentence]![word.index + 1]?.text;
  if (following && NON_ENTITY_FOLLOWERS.has(following) && !isOrganisersEvent(word, following)) return undefined;
  const cue = contextType(word.sentence, word.index, word.index + 1, context);
  if (/^\p{Lu}{2,}s$/u.test(letters)) return undefined; // "46 KOs", "commercial ISPs": a plural is a class, not a name
  if (letters === letters.toUpperCase()) {
    if (letters.length < MIN_UNKNOWN_ACRONYM || letters.length > ACRONYM_MAX_LETTERS) return undefined;
    // "A MAN was...": after an article, a word the article also writes in lower case is that word in
    // capitals for emphasis ("an NFL-best" is not: "nfl" never appears so).
    const previous = context.words[word.sentence]![word.index - 1]?.text.toLowerCase() ?? "";
    if (context.lowercaseWords.has(lower) && ["a", "an", "the"].includes(previous)) return undefined;
    return cue === "MEDIA" ? make("MEDIA", "context") : make("ORG", "shape");
  }
  if (isStateAbbreviation(word, context)) return make("GPE", "context");
  // "the West", "the South": a region, not an organisation for its "the".
  if (COMPASS_REGIONS.has(lower) && context.words[word.sentence]![word.index - 1]?.text.toLowerCase() === "the") return make("LOC", "context");
  if (isBrandCase(word)) return make(cue === "MEDIA" ? "MEDIA" : "ORG", "shape");
  // "a Troy resident", "Chelsea police": a given name before a noun only places take is the place;
  // so before a place's noun ("the 39-year-old Troy man", "Troy office"), but for a family's ("the Troy family").
  if (following && RESIDENCE_FOLLOWERS.has(following)) return make("GPE", "context");
  if (following && PLACE_FOLLOWERS.has(following) && !FAMILY_NOUNS.has(following)) return make("GPE", "context");
  if (GIVEN_NAMES.has(lower)) return make("PERSON", "given-name");
  if (cue === "ORG" && isPluralNoun(word, context)) return make("ORG", "context");
  if (cue === "MEDIA" && ordinaryInside(word, context)) return make("MEDIA", "context");
  if (ordinaryInside(word, context) || word.pos !== "PROPN") return undefined;
  // "Entertainment", "Service" left alone by a split: a head word is no one's name.
  if (isHeadWord(word) && (cue === undefined || cue === "PERSON")) return undefined;
  if (cue && cue !== "MEDIA") return make(cue, "context");
  if (PLACE_ENDING.test(lower)) return make("GPE", "shape"); // "Huntsville", "Pittsburgh"
  return make("PERSON", "shape");
}

/**
 * Does the article write the word alone, as a surname is written: mid-sentence, with no
 * "the" and no other capitalised word before it ("checked with Cheeks", "because
 * Cheeks was")? A team's short name takes "the": "the Heels".
 */
function writtenAloneAsSurname(text: string, context: DocumentContext): boolean {
  return context.words.some((sentence) =>
    sentence.some((w, i) => {
      if (w.text !== text || i === 0) return false;
      const before = sentence[i - 1]!.text;
      const after = sentence[i + 1]?.text ?? "";
      return /^\p{Ll}/u.test(before) && before !== "the" && !/^\p{Lu}/u.test(after);
    }),
  );
}

/** "operator Seacom", "operator, Seacom,": an organisation's noun in lower case right before the name. */
function afterOrganisationNoun(words: Word[], from: number): boolean {
  const before = words[from - 1]?.text === "," ? from - 2 : from - 1;
  const noun = words[before]?.text ?? "";
  return /^\p{Ll}/u.test(noun) && ORG_NOUNS_BEFORE.has(noun);
}

/** Events an organisation runs, after its acronym: "the NFL season", "the AFC playoffs" (the acronym is the league). */
const ORGANISERS_EVENTS = new Set(["season", "playoffs", "championship", "tournament"]);

function isOrganisersEvent(word: Word, following: string): boolean {
  return ORGANISERS_EVENTS.has(following) && /^\p{Lu}{2,6}$/u.test(word.text);
}

/** "People magazine", "Vanity Fair magazine": an outlet's noun in lower case right after the name. */
function beforeMediaNoun(words: Word[], end: number): boolean {
  const noun = words[end]?.text ?? "";
  return MEDIA_NOUNS_AFTER.has(noun);
}

/** Parts before a capital inside a personal name: "McDermott", "LaCalamita", "DeShawn", "VanDeest". */
const NAME_PREFIXES_INSIDE = new Set(["mc", "mac", "la", "le", "de", "del", "della", "di", "da", "du", "van", "von", "lu", "li", "fitz", "st"]);

/**
 * A capital inside the word after lower-case letters, not after a personal name's
 * prefix: "RussiaToday", "MyFoxHouston", "GlobalCom". Companies, sites and outlets are
 * written so; people are not, but for "McDermott" and the like.
 */
function isBrandCase(word: Word): boolean {
  const inner = /^\p{Lu}(\p{Ll}+)\p{Lu}\p{Ll}/u.exec(word.text);
  return inner !== null && !NAME_PREFIXES_INSIDE.has(word.text.slice(0, inner[1]!.length + 1).toLowerCase());
}

/** "al-Nakhala", "bin Salman", "Abu Obeida": a part only Arabic personal names have. */
function looksArabicNamePart(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return ARTICLE_PREFIXES.some((p) => lower.startsWith(p)) || ["bin", "ibn", "abu", "bint"].includes(lower);
}
