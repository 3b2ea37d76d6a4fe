/**
 * Types a capitalised sequence. The cascade, strongest rule first:
 *   1. sequences that are no entity of ours ("Operation ...") are dropped;
 *   2. a title inside the run splits it: "Hamas Leader Haniyeh" -> Hamas (ORG),
 *      role "Leader", Haniyeh (PERSON); "Iranian Foreign Minister X" -> affiliation Iran;
 *   3. the rest is typed by the gazetteer, then by its head word (Movement, News,
 *      Strip, City...), then by a given name, then by its context (a source cue, a
 *      place preposition, a reporting verb), then by its shape.
 * Each typed name carries the evidence that typed it, so the article-level pass can
 * let strong evidence win over weak (consistency.ts).
 */
import type { EntityType } from "../types.js";
import {
  COURTESY_TITLES, EVENT_HEADS, GOVERNMENT_FOLLOWERS, PERSON_MODIFIER_FOLLOWERS, FACILITY_ORG_HEADS, NON_ENTITY_FOLLOWERS, GPE_HEADS, LOC_HEADS, LOC_PREFIXES, MEDIA_HEADS, MEDIA_SUFFIX_PAIRS, MULTIWORD_TITLES, NAME_PARTICLES,
  NEVER_ALONE, NON_ENTITY_PREFIXES, ORG_HEADS, PLACE_FOLLOWERS, PLACE_OF_NOUNS, PLACE_PREPOSITIONS, REPORTING_VERBS_AFTER,
  ROLE_MODIFIERS, SOURCE_CUES, TITLE_HEADS, ARTICLE_PREFIXES, US_STATE_ABBREVIATIONS,
} from "./cues.js";
import { countryOfDemonym, lookupPhrase, phraseKey } from "./gazetteer.js";
import { GIVEN_NAMES } from "./given-names.js";
import { ordinaryInside } from "./candidates.js";
import type { DocumentContext, Evidence, Found, Sequence, Unit } from "./records.js";
import type { Word } from "./tokens.js";

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

/** How far back, in characters, a source cue ("according to") may sit before the name. */
const SOURCE_CUE_WINDOW = 40;

const SOURCE_CUE_PATTERN = new RegExp(`(?:^|[^\\p{L}])(?:${SOURCE_CUES.map(escapeRegExp).join("|")})\\s*(?:the\\s+)?$`, "u");

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Piece {
  sequence: Sequence;
  units: Unit[];
}

/**
 * Every name found in one capitalised sequence, typed.
 *
 * @example classifySequence("Iranian Foreign Minister Hossein Amir-Abdolahian")
 *   // [{ text: "Hossein Amir-Abdolahian", type: "PERSON", role: "Foreign Minister", affiliation: "Iran" }]
 */
export function classifySequence(sequence: Sequence, context: DocumentContext): Found[] {
  const words = context.words[sequence.sentence]!;
  let units = sequence.units;
  const firstWord = words[units[0]!.from]!.text.toLowerCase();
  if (units[0]!.kind === "word" && NON_ENTITY_PREFIXES.has(firstWord)) return [];
  let courtesy = false;
  while (units.length > 1 && units[0]!.kind === "word" && COURTESY_TITLES.has(words[units[0]!.from]!.text.toLowerCase())) {
    units = units.slice(1);
    courtesy = true;
  }
  if (isQuoted(units, words) && !units.every((u) => u.kind === "gazetteer")) return []; // a work's title: "The Big Lebowski"
  if (units.length > 1 && units[0]!.kind === "word" && words[units[0]!.from]!.text === "The") {
    // "The" with a capital inside a sentence opens the title of a work or a name that has its own word list entry.
    const rest = units.slice(1);
    const acronym = rest.length === 1 && /^\p{Lu}{2,}$/u.test(words[rest[0]!.from]!.text); // "The USGS"
    if (!acronym && !rest.some((u) => u.kind === "gazetteer") && !typeByHead(rest, words)) return [];
    units = rest;
  }
  // A title with no name after it ("Portland Trailblazers Coach", "Hamas Leader") is not part of the name.
  while (units.length > 1 && units[units.length - 1]!.kind === "word" && TITLE_HEADS.has(words[units[units.length - 1]!.from]!.text.toLowerCase())) {
    units = trimConnectors(units.slice(0, -1));
  }
  let demonym: string | undefined;
  const demonymFirst = units.length > 1 && units[0]!.kind === "word" && countryOfDemonym(words[units[0]!.from]!.text);
  if (demonymFirst && !findTitle({ sequence, units }, words) && !typeByHead(units, words) && !units.some((u) => u.kind === "gazetteer")) {
    // "American Hasim Rahman": the people's adjective is an affiliation, not a name part.
    demonym = countryOfDemonym(words[units[0]!.from]!.text);
    units = trimConnectors(units.slice(1));
  }
  const piece: Piece = { sequence, units };
  const title = findTitle(piece, words);
  if (title) return splitAtTitle(piece, title, context);
  const found = classifyName(piece, context);
  if (found && courtesy && found.evidence !== "gazetteer") return [{ ...found, type: "PERSON", evidence: "title" }];
  if (found && demonym && found.type === "PERSON") found.affiliation = demonym;
  return found ? [found] : splitMixed(piece, context);
}

const OPENING_QUOTES = new Set(["“", '"', "``", "`", "‘", "'", "«"]);
const CLOSING_QUOTES = new Set(["”", '"', "''", "’", "'", "»", "`"]);

/** Is the run wrapped in quotes on its own: ``New Moon'', “Deep Throat”? */
function isQuoted(units: Unit[], words: Word[]): boolean {
  const before = words[units[0]!.from - 1]?.text;
  const after = words[units[units.length - 1]!.to]?.text;
  return before !== undefined && after !== undefined && OPENING_QUOTES.has(before) && CLOSING_QUOTES.has(after);
}

interface TitleSpan {
  /** Unit indices of the title, [from, to). */
  from: number;
  to: number;
}

/** The first title run inside the piece that has a name after it: "Prime Minister" in "Prime Minister Benjamin Netanyahu". */
function findTitle(piece: Piece, words: Word[]): TitleSpan | undefined {
  const units = piece.units;
  for (let from = 0; from < units.length - 1; from++) {
    if (units[from]!.kind !== "word") continue;
    for (let to = units.length - 1; to > from; to--) {
      if (!isTitle(units.slice(from, to), words)) continue;
      const rest = units.slice(to);
      if (restIsName(rest, words)) return { from, to };
    }
  }
  return undefined;
}

function isTitle(units: Unit[], words: Word[]): boolean {
  const phrase = units.map((u) => textOfUnits([u], words).toLowerCase()).join(" ");
  if (MULTIWORD_TITLES.includes(phrase)) return true;
  if (units.some((u) => u.kind !== "word")) return false;
  const parts = units.map((u) => words[u.from]!.text.toLowerCase());
  const head = parts[parts.length - 1]!;
  return TITLE_HEADS.has(head) && parts.slice(0, -1).every((p) => ROLE_MODIFIERS.has(p) || TITLE_HEADS.has(p));
}

/** After a title, a person's name: not a listed place or organisation, no organisation head word anywhere. */
function restIsName(rest: Unit[], words: Word[]): boolean {
  const first = rest[0];
  if (!first || first.kind !== "word") return false;
  return !rest.some((u) => {
    const lower = words[u.to - 1]!.text.toLowerCase();
    const head = ORG_HEADS.has(lower) || MEDIA_HEADS.has(lower) || LOC_HEADS.has(lower) || GPE_HEADS.has(lower);
    return head || (u.kind === "gazetteer" && u.gazetteer!.type !== "PERSON");
  });
}

function splitAtTitle(piece: Piece, title: TitleSpan, context: DocumentContext): Found[] {
  const words = context.words[piece.sequence.sentence]!;
  const results: Found[] = [];
  const before = piece.units.slice(0, title.from);
  let affiliation: string | undefined;
  if (before.length > 0) {
    const beforePiece = { sequence: piece.sequence, units: trimConnectors(before) };
    const demonym = beforePiece.units.length === 1 ? countryOfDemonym(textOfUnits(beforePiece.units, words)) : undefined;
    if (demonym) affiliation = demonym;
    else {
      const named = classifySequence({ sentence: piece.sequence.sentence, units: beforePiece.units }, context);
      results.push(...named);
      const last = named[named.length - 1];
      if (last && last.type !== "PERSON") affiliation = last.canonical ?? last.text;
    }
  }
  const titleUnits = piece.units.slice(title.from, title.to);
  const rest = piece.units.slice(title.to);
  const person = makeFound(piece.sequence, rest, words, context, "PERSON", "title");
  person.role = textOfUnits(titleUnits, words);
  person.roleFrom = titleUnits[0]!.from;
  if (affiliation) person.affiliation = affiliation;
  results.push(person);
  return results;
}

function trimConnectors(units: Unit[]): Unit[] {
  let start = 0;
  let end = units.length;
  while (start < end && units[start]!.kind === "connector") start++;
  while (end > start && units[end - 1]!.kind === "connector") end--;
  return units.slice(start, end);
}

/** The typed name for the whole piece, or undefined when the piece must be split (mixed gazetteer and other words). */
function classifyName(piece: Piece, context: DocumentContext): Found | undefined {
  const words = context.words[piece.sequence.sentence]!;
  const units = piece.units;
  if (units.length === 1 && units[0]!.kind === "gazetteer") {
    const match = units[0]!.gazetteer!;
    const found = makeFound(piece.sequence, units, words, context, match.type, "gazetteer");
    found.canonical = match.canonical;
    return found;
  }
  const lastWord = words[units[units.length - 1]!.to - 1]!.text.toLowerCase();
  if (units.length > 1 && EVENT_HEADS.has(lastWord)) return undefined;
  const byHead = typeByHead(units, words);
  if (byHead === "ORG" && FACILITY_ORG_HEADS.has(lastWord) && afterPlacePreposition(words, units[0]!.from)) {
    return makeFound(piece.sequence, units, words, context, "LOC", "head");
  }
  if (byHead) return makeFound(piece.sequence, units, words, context, byHead, "head");
  if (units.some((u) => u.kind === "gazetteer")) return mixedAsWhole(piece, context);
  return classifyPlain(piece, context);
}

/** Type given by the last word (Movement, News, Strip, City) or a place prefix (Mount, Lake), for names of two words or more. */
export function typeByHead(units: Unit[], words: Word[]): EntityType | undefined {
  const from = units[0]!.from;
  const to = units[units.length - 1]!.to;
  if (to - from < 2) return undefined;
  const last = words[to - 1]!.text.toLowerCase();
  const lastTwo = `${words[to - 2]!.text} ${words[to - 1]!.text}`.toLowerCase();
  const first = words[from]!.text.toLowerCase();
  if (MEDIA_SUFFIX_PAIRS.includes(lastTwo) || MEDIA_HEADS.has(last)) return "MEDIA";
  if (ORG_HEADS.has(last)) return "ORG";
  if (GPE_HEADS.has(last)) return "GPE";
  if (LOC_HEADS.has(last) || LOC_PREFIXES.has(first)) return "LOC";
  // "Academy of Motion Picture Arts and Sciences", "Bank of America": the head comes before "of".
  const connector = units.findIndex((u) => u.kind === "connector");
  if (connector > 0) {
    const head = words[units[connector - 1]!.to - 1]!.text.toLowerCase();
    if (ORG_HEADS.has(head)) return "ORG";
    if (GPE_HEADS.has(head)) return "GPE";
    if (LOC_HEADS.has(head)) return "LOC";
  }
  return undefined;
}

/**
 * A listed name run together with other capitalised words. A given name first makes a
 * person ("Jordan" in "Michael Jordan"); a listed place first followed by words no
 * list knows makes an organisation named after it ("Philadelphia 76ers", "Boston Red
 * Sox"); anything else is split.
 */
function mixedAsWhole(piece: Piece, context: DocumentContext): Found | undefined {
  const words = context.words[piece.sequence.sentence]!;
  const [first] = piece.units;
  // A listed name of several words after the person ("Richard Nixon White House") is its own entity: split.
  const listedPhrase = piece.units.some((u) => u.kind === "gazetteer" && u.to - u.from > 1);
  if (first!.kind === "word" && GIVEN_NAMES.has(words[first!.from]!.text.toLowerCase()) && !listedPhrase) {
    return makeFound(piece.sequence, piece.units, words, context, "PERSON", "given-name");
  }
  const rest = piece.units.slice(1);
  const placeFirst = first!.kind === "gazetteer" && first!.gazetteer!.type === "GPE";
  // Words the article also writes in lower case are not part of a name: "Doha Talks" is Doha, then talks.
  const restIsNamePart = rest.every((u) => u.kind === "word" && !context.lowercaseWords.has(words[u.from]!.text.toLowerCase()));
  if (placeFirst && rest.length > 0 && restIsNamePart) {
    return makeFound(piece.sequence, piece.units, words, context, "ORG", "shape");
  }
  return undefined;
}

/** Splits a piece at its gazetteer units and types each part on its own. */
function splitMixed(piece: Piece, context: DocumentContext): Found[] {
  const results: Found[] = [];
  let run: Unit[] = [];
  const flush = () => {
    const units = trimConnectors(run);
    run = [];
    if (units.length === 0) return;
    const found = classifyName({ sequence: piece.sequence, units }, context);
    if (found) results.push(found);
  };
  for (const unit of piece.units) {
    if (unit.kind === "gazetteer") {
      flush();
      run = [unit];
      flush();
    } else run.push(unit);
  }
  flush();
  return results;
}

/** "in the X", "at X": the place prepositions before a name, skipping "the". */
function afterPlacePreposition(words: Word[], from: number): boolean {
  const before = words[from - 1]?.text.toLowerCase() === "the" ? from - 2 : from - 1;
  return PLACE_PREPOSITIONS.has(words[before]?.text.toLowerCase() ?? "");
}

/** Names made only of capitalised words no list knows. */
function classifyPlain(piece: Piece, context: DocumentContext): Found | undefined {
  const words = context.words[piece.sequence.sentence]!;
  const parts = piece.units.filter((u) => u.kind === "word").map((u) => words[u.from]!);
  const end = piece.units[piece.units.length - 1]!.to;
  const following = words[end]?.text;
  if (following && NON_ENTITY_FOLLOWERS.has(following)) return undefined; // "the Watergate scandal"
  if (following && GOVERNMENT_FOLLOWERS.has(following) && parts.length <= 2) {
    // "the Obama administration": the government, an organisation, named after its leader.
    const units = [...piece.units, { from: end, to: end + 1, kind: "word" as const }];
    return makeFound(piece.sequence, units, words, context, "ORG", "head");
  }
  const make = (type: EntityType, evidence: Evidence) => makeFound(piece.sequence, piece.units, words, context, type, evidence);
  if (parts.length === 1) return classifySingle(piece, parts[0]!, make, context);
  if (parts.length > MAX_PERSON_WORDS) return undefined;
  if (parts.every((w) => countryOfDemonym(w.text) || NEVER_ALONE.has(w.text.toLowerCase()))) return undefined;
  if (GIVEN_NAMES.has(parts[0]!.text.toLowerCase())) return make("PERSON", "given-name");
  if (parts.some(looksArabicNamePart)) return make("PERSON", "shape");
  // "Tar Heels", "Purple Aces": common words ending in a plural name a team or a group; "Maurice Cheeks" does not.
  if (isPluralNoun(parts[parts.length - 1]!, context) && parts.every((w) => context.dictionary.has(w.text.toLowerCase()))) return make("ORG", "head");
  const cue = contextType(piece, context);
  if (cue === "GPE" || cue === "ORG") return make(cue, "context");
  // Nothing but the capitals says name, and every word is an ordinary word: "Something More", "Key Issues".
  if (parts.every((w) => ordinaryInside(w, context))) return undefined;
  return make("PERSON", cue === "PERSON" ? "context" : "shape");
}

/**
 * One capitalised word no list knows. In order: an acronym is an organisation (an
 * outlet after a source cue); a given name a person; "the" + plural a team or group
 * ("the Saints"); an ordinary English word nothing; then the context decides (place,
 * organisation after "the", person before "said"); else a person (a surname, most
 * often).
 */
function classifySingle(piece: Piece, word: Word, make: (type: EntityType, evidence: Evidence) => Found, context: DocumentContext): Found | undefined {
  const lower = word.text.toLowerCase();
  if (NEVER_ALONE.has(lower) || countryOfDemonym(word.text)) return undefined;
  if (NAME_PARTICLES.has(lower) || ARTICLE_PREFIXES.some((p) => lower === p.slice(0, -1))) return undefined;
  if (TITLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower)) return undefined; // "Sheriff", "CEO" alone
  const letters = word.text.replace(/[^\p{L}]/gu, "");
  if (letters.length < 2) return undefined; // an initial
  const following = context.words[word.sentence]![word.index + 1]?.text;
  if (following && NON_ENTITY_FOLLOWERS.has(following)) return undefined; // "Watergate scandal"
  const cue = contextType(piece, context);
  if (letters === letters.toUpperCase()) {
    if (letters.length < MIN_UNKNOWN_ACRONYM || letters.length > ACRONYM_MAX_LETTERS) return undefined;
    return cue === "MEDIA" ? make("MEDIA", "context") : make("ORG", "shape");
  }
  if (isStateAbbreviation(word, context)) return make("GPE", "context");
  if (GIVEN_NAMES.has(lower)) return make("PERSON", "given-name");
  if (cue === "ORG" && isPluralNoun(word, context)) return make("ORG", "context");
  // "told People", "according to Newsday": a capital right after a source cue names the source, common word or not.
  if (cue === "MEDIA" && ordinaryInside(word, context)) return make("MEDIA", "context");
  if (ordinaryInside(word, context) || word.pos !== "PROPN") return undefined;
  if (cue && cue !== "MEDIA") return make(cue, "context");
  return make("PERSON", "shape");
}

/**
 * "Calif.", "Tenn.", or after a comma any postal abbreviation ("Kansas City, Mo."):
 * the short ones alone are too often names ("Mo Cheeks").
 */
function isStateAbbreviation(word: Word, context: DocumentContext): boolean {
  const key = phraseKey(word.text);
  if (!US_STATE_ABBREVIATIONS.has(key)) return false;
  const words = context.words[word.sentence]!;
  return key.length >= 4 || words[word.index - 1]?.text === ",";
}

/** A plural of a common English noun ("Saints", "Heels", "Chiefs"): team and group names end so, surnames seldom do. */
function isPluralNoun(word: Word, context: DocumentContext): boolean {
  const lower = word.text.toLowerCase();
  return /[^s]s$/.test(lower) && context.dictionary.has(lower);
}

/** "al-Nakhala", "bin Salman", "Abu Obeida": a part only Arabic personal names have. */
function looksArabicNamePart(word: Word): boolean {
  const lower = word.text.toLowerCase();
  return ARTICLE_PREFIXES.some((p) => lower.startsWith(p)) || ["bin", "ibn", "abu", "bint"].includes(lower);
}

/** "Palermo" in "the city of Palermo". */
function afterPlaceOf(words: Word[], from: number): boolean {
  return words[from - 1]?.text.toLowerCase() === "of" && PLACE_OF_NOUNS.has(words[from - 2]?.text.toLowerCase() ?? "");
}

/** "Schenectady, N.Y.", "Ashgabat, Turkmenistan": a name followed by a comma and a US state or a country. */
function beforeStateOrCountry(words: Word[], to: number, context: DocumentContext): boolean {
  if (words[to]?.text !== ",") return false;
  for (let end = Math.min(words.length, to + 5); end > to + 1; end--) {
    const text = context.text.slice(words[to + 1]!.start, words[end - 1]!.end);
    if (US_STATE_ABBREVIATIONS.has(phraseKey(text).replace(/ /g, ""))) return true;
    if (lookupPhrase(text)?.type === "GPE") return true;
  }
  return false;
}

/**
 * Type suggested by the words around the name, for names nothing else types:
 *   GPE: a place preposition before ("in Malibu"), "the city of" before, a place
 *        noun after ("a Vancouver man", "Bloomington police"), ", N.Y." after;
 *   PERSON: a person's following after ("the Obama campaign");
 *   ORG: "the" before ("the Saints");
 *   PERSON: a reporting verb after ("X said");
 *   MEDIA: a source cue before ("according to X").
 */
function contextType(piece: Piece, context: DocumentContext): EntityType | undefined {
  const words = context.words[piece.sequence.sentence]!;
  const from = piece.units[0]!.from;
  const to = piece.units[piece.units.length - 1]!.to;
  const previous = words[from - 1]?.text.toLowerCase();
  const next = words[to]?.text.toLowerCase();
  const possessive = next === "'s" || next === "’s";
  if (previous && PLACE_PREPOSITIONS.has(previous) && !possessive) return "GPE";
  if (afterPlaceOf(words, from) || (next && PLACE_FOLLOWERS.has(next)) || beforeStateOrCountry(words, to, context)) return "GPE";
  if (words[to - 1]!.cut && PLACE_FOLLOWERS.has(tailOf(words[to - 1]!, context))) return "GPE"; // "a Woodburn-area bank"
  if (next && PERSON_MODIFIER_FOLLOWERS.has(next)) return "PERSON"; // "the Obama campaign"
  if (previous === "the") return "ORG";
  if (next && REPORTING_VERBS_AFTER.has(next)) return "PERSON";
  const start = words[from]!.start;
  const before = context.text.slice(Math.max(0, start - SOURCE_CUE_WINDOW), start).toLowerCase();
  if (SOURCE_CUE_PATTERN.test(before)) return "MEDIA";
  return undefined;
}

/** The lower-case tail cut off a hyphenated word: "area" for "Woodburn-area". */
function tailOf(word: Word, context: DocumentContext): string {
  const after = context.text.slice(word.end, word.end + 30);
  return (/^[-‐‑]([\p{Ll}]+)/u.exec(after)?.[1] ?? "").toLowerCase();
}

export function textOfUnits(units: Unit[], words: Word[]): string {
  const first = words[units[0]!.from]!;
  const last = words[units[units.length - 1]!.to - 1]!;
  return wordsText(words, first.index, last.index + 1);
}

/** The words [from, to) as written, with their original spacing. */
export function wordsText(words: Word[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (i > from) text += word.start > words[i - 1]!.end ? " " : "";
    text += word.text;
  }
  return text;
}

function makeFound(sequence: Sequence, units: Unit[], words: Word[], context: DocumentContext, type: EntityType, evidence: Evidence): Found {
  const from = units[0]!.from;
  const to = units[units.length - 1]!.to;
  const start = words[from]!.start;
  const end = words[to - 1]!.end;
  return { sentence: sequence.sentence, from, to, start, end, text: context.text.slice(start, end), type, evidence };
}
