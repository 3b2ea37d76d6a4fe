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
  COURTESY_TITLES, EVENT_HEADS, FACILITY_ORG_HEADS, GPE_HEADS, LOC_HEADS, LOC_PREFIXES, MEDIA_HEADS, MEDIA_SUFFIX_PAIRS,
  MULTIWORD_TITLES, NON_ENTITY_PREFIXES, ORG_HEADS, ROLE_MODIFIERS, TITLE_HEADS, TRADE_WORDS_BEFORE_PLACE,
} from "./cues.js";
import { countryOfDemonym } from "./gazetteer.js";
import { CITIES, US_STATES } from "./gazetteer-data.js";
import { GIVEN_NAMES } from "./given-names.js";
import { classifyPlain } from "./plain-names.js";
import type { DocumentContext, Found, Sequence, Unit } from "./records.js";
import { afterPlacePreposition } from "./surroundings.js";
import type { Word } from "./tokens.js";
import { isModelYear } from "./things.js";
import { makeFound, textOfUnits, trimConnectors } from "./units.js";

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
  const nickname = nicknameStart(sequence.units, words);
  if (nickname !== undefined) {
    const units: Unit[] = [{ from: nickname, to: sequence.units[sequence.units.length - 1]!.to, kind: "word" }];
    return [makeFound(sequence.sentence, units, context, "PERSON", "context")];
  }
  const run = trimRun(sequence.units, words);
  if (!run) return [];
  if (run.media) return [makeFound(sequence.sentence, run.units, context, "MEDIA", "head")];
  const piece: Piece = { sequence, units: run.units };
  const title = findTitle(piece.units, words);
  if (title) return splitAtTitle(piece, title, context);
  const found = classifyName(piece, context);
  if (found && run.courtesy && found.evidence !== "gazetteer") return [{ ...found, type: "PERSON", evidence: "title" }];
  if (found && run.demonym && found.type === "PERSON") found.affiliation = run.demonym;
  return found ? [found] : splitMixed(piece, context);
}

interface TrimmedRun {
  units: Unit[];
  /** A courtesy title ("Mr.") opened the run: the name is a person's. */
  courtesy: boolean;
  /** Country of a people's adjective that opened the run ("American Hasim Rahman"): the person's affiliation. */
  demonym?: string;
  /** "The Times", "The Post": an outlet named by "The" and a head word alone. */
  media?: boolean;
}

/**
 * The run without what is not part of a name: a courtesy title before, a title with
 * no name after ("Portland Trailblazers Coach"), a people's adjective before a
 * person's name, a capital "The" before a name that is neither listed nor headed;
 * undefined when the run is no entity of ours at all ("Operation ...", a quoted work).
 */
function trimRun(original: Unit[], words: Word[]): TrimmedRun | undefined {
  const lowerAt = (u: Unit) => words[u.from]!.text.toLowerCase();
  let units = original;
  if (units[0]!.kind === "word" && NON_ENTITY_PREFIXES.has(lowerAt(units[0]!))) return undefined;
  let courtesy = false;
  while (units.length > 1 && units[0]!.kind === "word" && COURTESY_TITLES.has(lowerAt(units[0]!))) {
    units = units.slice(1);
    courtesy = true;
  }
  if (isQuoted(units, words) && !units.every((u) => u.kind === "gazetteer")) return undefined; // "Catching Fire"
  if (units[0]!.from > 0 && isModelYear(words, units[0]!.from - 1)) return undefined; // "a 2013 Toyota Camry"
  if (units.length > 1 && units[0]!.kind === "word" && words[units[0]!.from]!.text === "The") {
    const rest = units.slice(1);
    const acronym = rest.length === 1 && /^\p{Lu}{2,}$/u.test(words[rest[0]!.from]!.text); // "The USGS"
    // "told The Times": "The" and an outlet's head word is the outlet's whole name.
    if (rest.length === 1 && MEDIA_HEADS.has(lowerAt(rest[0]!))) return { units, courtesy, media: true };
    if (!acronym && !rest.some((u) => u.kind === "gazetteer") && !typeByHead(rest, words)) return undefined; // "The Big Lebowski"
    units = rest;
  }
  let trailingTitle = false;
  while (units.length > 1 && units[units.length - 1]!.kind === "word" && TITLE_HEADS.has(lowerAt(units[units.length - 1]!))) {
    units = trimConnectors(units.slice(0, -1));
    trailingTitle = true;
  }
  // "Assistant Chief Fire Officer": the whole run was a title; what it opened with is no name ("Fire" is not a person).
  while (trailingTitle && units.length > 1 && units[0]!.kind === "word" && isRoleWord(lowerAt(units[0]!))) {
    units = trimConnectors(units.slice(1));
  }
  if (trailingTitle && units.length === 1 && units[0]!.kind === "word" && isRoleWord(lowerAt(units[0]!))) return undefined;
  const demonym = units[0]!.kind === "word" ? countryOfDemonym(words[units[0]!.from]!.text) : undefined;
  const plainAfterDemonym = units.length > 1 && !units.some((u) => u.kind === "gazetteer") && !typeByHead(units, words);
  if (demonym && plainAfterDemonym && !findTitle(units, words)) {
    return { units: trimConnectors(units.slice(1)), courtesy, demonym };
  }
  return { units, courtesy };
}

function isRoleWord(lower: string): boolean {
  return TITLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower);
}

const OPENING_QUOTES = new Set(["“", '"', "``", "`", "‘", "'", "«"]);
const CLOSING_QUOTES = new Set(["”", '"', "''", "’", "'", "»", "`"]);

/**
 * Is the run wrapped in quotes on its own: ``New Moon'', “Deep Throat”, ``New Moon ,''
 * (the comma inside the quote), ‘Catching Fire’ (the first word trimmed as a
 * sentence-initial capital, "Catching" in the quote)?
 */
function isQuoted(units: Unit[], words: Word[]): boolean {
  let from = units[0]!.from;
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1]!.text)) from--;
  let to = units[units.length - 1]!.to;
  if ([",", "."].includes(words[to]?.text ?? "")) to++;
  const before = words[from - 1]?.text;
  const after = words[to]?.text;
  return before !== undefined && after !== undefined && OPENING_QUOTES.has(before) && CLOSING_QUOTES.has(after);
}

/** Words before a quoted nickname: "known as ``Deep Throat''", "the nickname “The Oddfather”". */
const NICKNAME_CUES = new Set(["nickname", "nicknamed", "moniker"]);

/** Longest nickname, in units. */
const MAX_NICKNAME_UNITS = 3;

/**
 * A quoted name given as someone's nickname: "the source known as ``Deep Throat''",
 * "earned him the nickname “The Oddfather”". A person, though quoted like a title.
 * Gives the index of the nickname's first word (after the quote and a capital "The"),
 * or undefined.
 */
function nicknameStart(units: Unit[], words: Word[]): number | undefined {
  if (units.length > MAX_NICKNAME_UNITS || units.some((u) => u.kind === "gazetteer") || !isQuoted(units, words)) return undefined;
  let quote = units[0]!.from - 1;
  while (quote > 0 && !OPENING_QUOTES.has(words[quote]!.text)) quote--;
  const before = words[quote - 1]?.text.toLowerCase() ?? "";
  const before2 = words[quote - 2]?.text.toLowerCase() ?? "";
  if (!NICKNAME_CUES.has(before) && !(before === "as" && before2 === "known")) return undefined;
  return words[quote + 1]?.text === "The" && quote + 2 < units[units.length - 1]!.to ? quote + 2 : quote + 1;
}

/** Longest title in units: "Deputy Chief of Staff" is five with its connector. */
const MAX_TITLE_UNITS = 6;

interface TitleSpan {
  /** Unit indices of the title, [from, to). */
  from: number;
  to: number;
}

/** The first title run inside the piece that has a name after it: "Prime Minister" in "Prime Minister Benjamin Netanyahu". */
function findTitle(units: Unit[], words: Word[]): TitleSpan | undefined {
  for (let from = 0; from < units.length - 1; from++) {
    if (units[from]!.kind !== "word") continue;
    for (let to = Math.min(units.length - 1, from + MAX_TITLE_UNITS); to > from; to--) {
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
      if (last && last.type !== "PERSON") affiliation = last.text; // as written, like roles.ts; the resolver canonicalises
    }
  }
  const titleUnits = piece.units.slice(title.from, title.to);
  const rest = piece.units.slice(title.to);
  const person = makeFound(piece.sequence.sentence, rest, context, "PERSON", "title");
  person.role = textOfUnits(titleUnits, words);
  person.roleFrom = titleUnits[0]!.from;
  if (affiliation) person.affiliation = affiliation;
  results.push(person);
  return results;
}

/** The typed name for the whole piece, or undefined when the piece must be split (mixed gazetteer and other words). */
function classifyName(piece: Piece, context: DocumentContext): Found | undefined {
  const words = context.words[piece.sequence.sentence]!;
  const units = piece.units;
  if (units.length === 1 && units[0]!.kind === "gazetteer") {
    const match = units[0]!.gazetteer!;
    const found = makeFound(piece.sequence.sentence, units, context, match.type, "gazetteer");
    found.canonical = match.canonical;
    return found;
  }
  const lastWord = words[units[units.length - 1]!.to - 1]!.text.toLowerCase();
  if (units.length > 1 && EVENT_HEADS.has(lastWord)) return undefined;
  if (isStateUniversity(units, words)) return makeFound(piece.sequence.sentence, units, context, "ORG", "head");
  const byHead = typeByHead(units, words);
  if (byHead === "ORG" && FACILITY_ORG_HEADS.has(lastWord) && afterPlacePreposition(words, units[0]!.from)) {
    return makeFound(piece.sequence.sentence, units, context, "LOC", "head");
  }
  if (byHead) return makeFound(piece.sequence.sentence, units, context, byHead, "head");
  if (units.some((u) => u.kind === "gazetteer")) return mixedAsWhole(piece, context);
  return classifyPlain(piece.sequence.sentence, units, context);
}

/**
 * US states whose name followed by "State" names a university ("Ohio State", "Indiana
 * State"), never the state itself; "New York State" and "Washington State" name the
 * state too, so states sharing a name with a city are left out.
 */
const UNIVERSITY_STATES = new Set(US_STATES.filter((state) => !CITIES.includes(state) && state !== "Washington"));

/** "Ohio State", "Michigan State": a listed US state then "State". */
function isStateUniversity(units: Unit[], words: Word[]): boolean {
  if (units.length !== 2 || units[0]!.kind !== "gazetteer" || units[1]!.kind !== "word") return false;
  return words[units[1]!.from]!.text === "State" && UNIVERSITY_STATES.has(units[0]!.gazetteer!.canonical);
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
    return makeFound(piece.sequence.sentence, piece.units, context, "PERSON", "given-name");
  }
  // "Telecom Egypt", "Air France", "Radio Free Europe": a trade's word before a listed place names a company.
  const lastUnit = piece.units[piece.units.length - 1]!;
  const placeLast = lastUnit.kind === "gazetteer" && (lastUnit.gazetteer!.type === "GPE" || lastUnit.gazetteer!.type === "LOC");
  if (placeLast && first!.kind === "word" && TRADE_WORDS_BEFORE_PLACE.has(words[first!.from]!.text.toLowerCase())) {
    const type = MEDIA_HEADS.has(words[first!.from]!.text.toLowerCase()) ? "MEDIA" : "ORG";
    return makeFound(piece.sequence.sentence, piece.units, context, type, "head");
  }
  const rest = piece.units.slice(1);
  const placeFirst = first!.kind === "gazetteer" && first!.gazetteer!.type === "GPE";
  // Words the article also writes in lower case are not part of a name: "Doha Talks" is Doha, then talks.
  const restIsNamePart = rest.every((u) => u.kind === "word" && !context.lowercaseWords.has(words[u.from]!.text.toLowerCase()));
  if (placeFirst && rest.length > 0 && restIsNamePart) {
    return makeFound(piece.sequence.sentence, piece.units, context, "ORG", "shape");
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

