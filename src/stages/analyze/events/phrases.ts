/**
 * Noun phrases from tagged tokens, without a parser: the runs of determiners,
 * adjectives, numbers, nouns and names around a position, with the glue news names
 * need (possessive "'s", "of" and "for" inside names, hyphens, "(APEC)"), and the
 * sentence context the event rules share.
 */
import type { EntityMention } from "../types.js";
import type { ClauseInfo } from "./clauses.js";
import { DEMONYMS, COUNTRIES, COUNTRY_ALIASES, CITIES } from "./gazetteer.js";
import type { Token } from "./nlp.js";

/** Everything the event rules know about one sentence. */
export interface SentenceContext {
  /** The article text (token offsets point into it). */
  text: string;
  index: number;
  tokens: Token[];
  clauses: ClauseInfo[];
  /** Entity mentions inside the sentence. */
  mentions: EntityMention[];
  /** Indices of tokens inside a time expression (given, or a weekday/month word). */
  timeTokens: ReadonlySet<number>;
}

/** A run of tokens [start, end) (token indices). */
export interface Phrase {
  start: number;
  end: number;
}

const NOMINAL_TAGS = new Set(["NOUN", "PROPN", "NUM", "ADJ"]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her", "our", "my", "your"]);
const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she", "we", "i", "you", "them", "him", "us"]);
/** Prepositions that stay inside a name or a group phrase ("Movement for the Liberation of X", "police in Jericho"). */
const PHRASE_INTERNAL_ADPS = new Set(["of", "for", "in", "from", "based", "throughout", "across"]);
const APOSTROPHE_S = new Set(["'s", "’s", "'", "’"]);
/** Marks that join two words when written without spaces: "Hamas-led", "SPLM/A". */
const HYPHENS = new Set(["-", "‐", "‑", "/"]);

export function isPronoun(token: Token | undefined): boolean {
  return token !== undefined && SUBJECT_PRONOUNS.has(token.lower);
}

/** True for a known place or nationality word (country, city, demonym). */
export function isPlaceWord(lower: string): boolean {
  return lower in DEMONYMS || lower in COUNTRIES || lower in COUNTRY_ALIASES || lower in CITIES;
}

/**
 * A token that can sit inside a noun phrase. wink tags some capitalised names as
 * verbs ("French"), so a capitalised non-initial token counts as a name.
 */
export function isNominal(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NOMINAL_TAGS.has(t.pos)) return t.lower !== "such";
  if (t.pos === "PRON" && POSSESSIVE_PRONOUNS.has(t.lower)) return true;
  if (t.capitalized && i > 0 && /^\p{L}/u.test(t.text) && t.pos !== "AUX" && t.pos !== "PRON") return true;
  // Either side of a glued hyphen: "war-torn", "Hamas-led", whatever wink tagged the parts.
  if (t.pos !== "AUX" && /^\p{L}/u.test(t.text) && (isGlueHyphen(tokens, i + 1) || isGlueHyphen(tokens, i - 1))) return true;
  return isAttributiveParticiple(tokens, i);
}

/** "the divided island", "the besieged territory": a participle between a determiner or adjective and a noun. */
function isAttributiveParticiple(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB") return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "Algeria's leading activist": an -ing form after a determiner, adjective or possessive.
  if (t.lower.endsWith("ing")) {
    const determined = before !== undefined && (before.pos === "DET" || before.pos === "ADJ" || APOSTROPHE_S.has(before.text));
    return determined && after !== undefined && (after.pos === "NOUN" || after.pos === "ADJ");
  }
  if (!/(?:ed|en)$/u.test(t.lower)) return false;
  const modifiable = before !== undefined && (before.pos === "DET" || before.pos === "ADJ" || before.pos === "VERB" || before.pos === "ADP");
  return modifiable && after !== undefined && (after.pos === "NOUN" || after.pos === "ADJ" || after.pos === "PROPN");
}

/** A hyphen glued between two words ("Hamas-led", "al-Nakhala"). */
function isGlueHyphen(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && HYPHENS.has(t.text) && tokens[i + 1] !== undefined && !tokens[i + 1]!.spaced && !t.spaced;
}

/** The phrase that ends at token `end` (inclusive), not reaching before `floor`. */
export function phraseEndingAt(tokens: Token[], end: number, floor = 0): Phrase | null {
  const last = tokens[end];
  if (!last) return null;
  if (isPronoun(last) && last.pos === "PRON") return { start: end, end: end + 1 };
  if (!isNominal(tokens, end) && !APOSTROPHE_S.has(last.text)) return null;
  let start = end;
  for (let i = end - 1; i >= floor; i--) {
    const t = tokens[i]!;
    if (isNominal(tokens, i) || APOSTROPHE_S.has(t.text) || isGlueHyphen(tokens, i)) {
      start = i;
      continue;
    }
    if (t.text === ")" ) {
      const open = findOpen(tokens, i, floor);
      if (open === null) break;
      start = open;
      i = open;
      continue;
    }
    // "the second largest movement": an adverb between a determiner and an adjective.
    const degree = t.pos === "ADV" && tokens[i - 1]?.pos === "DET" && isNominal(tokens, i + 1);
    if (t.pos === "DET" || degree || (t.pos === "VERB" && isGlueHyphen(tokens, i - 1))) {
      start = i;
      continue;
    }
    const chained = PHRASE_INTERNAL_ADPS.has(tokens[i - 1]?.lower ?? "") && isNominal(tokens, i - 2);
    if ((PHRASE_INTERNAL_ADPS.has(t.lower) || t.lower === "and") && i - 1 >= floor && (isNominal(tokens, i - 1) || tokens[i - 1]!.text === ")" || chained)) {
      start = i;
      continue;
    }
    break;
  }
  // Skip a leading preposition or conjunction the loop may have taken.
  while (start < end && (PHRASE_INTERNAL_ADPS.has(tokens[start]!.lower) || tokens[start]!.lower === "and")) start++;
  return trimObjectOfVerb(tokens, { start, end: end + 1 });
}

/**
 * "Israel killed X and Y attacked": walking left from "attacked" takes "X and Y", but X
 * is the object of the previous verb. Keep what follows the last "and" then.
 */
function trimObjectOfVerb(tokens: Token[], phrase: Phrase): Phrase {
  const before = tokens[phrase.start - 1];
  if (!before || before.pos !== "VERB") return phrase;
  for (let i = phrase.end - 1; i > phrase.start; i--) {
    if (tokens[i]!.lower === "and") return { start: i + 1, end: phrase.end };
  }
  return phrase;
}

function findOpen(tokens: Token[], close: number, floor: number): number | null {
  for (let i = close - 1; i >= Math.max(floor, close - 8); i--) {
    if (tokens[i]!.text === "(") return i;
  }
  return null;
}

/** The phrase that starts at token `start`, not reaching `ceiling`. Takes "of X" and "and Y" inside it. */
export function phraseStartingAt(tokens: Token[], start: number, ceiling = tokens.length): Phrase | null {
  const first = tokens[start];
  if (!first) return null;
  if (isPronoun(first)) return { start, end: start + 1 };
  if (!isNominal(tokens, start) && first.pos !== "DET") return null;
  let end = start + 1;
  for (let i = start + 1; i < ceiling; i++) {
    const t = tokens[i]!;
    if (isNominal(tokens, i) || APOSTROPHE_S.has(t.text) || isGlueHyphen(tokens, i) || (t.pos === "VERB" && isGlueHyphen(tokens, i - 1))) {
      end = i + 1;
      continue;
    }
    if (t.pos === "DET" && isNominal(tokens, i + 1)) continue;
    if (t.text === "(" && tokens[i + 1] && tokens[i + 2]?.text === ")") {
      end = i + 3;
      i += 2;
      continue;
    }
    if ((t.lower === "of" || t.lower === "and") && (isNominal(tokens, i + 1) || tokens[i + 1]?.pos === "DET")) continue;
    break;
  }
  // A phrase never ends on a determiner or a connector.
  while (end > start + 1 && !isNominal(tokens, end - 1) && !APOSTROPHE_S.has(tokens[end - 1]!.text)) end--;
  if (!isNominal(tokens, end - 1) && !isPronoun(tokens[end - 1])) return null;
  return { start, end };
}

/** Character span and text of a phrase. */
export function phraseText(ctx: SentenceContext, phrase: Phrase): { start: number; end: number; text: string } {
  const start = ctx.tokens[phrase.start]!.start;
  const end = ctx.tokens[phrase.end - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/** Drops a leading determiner ("the Security Council" -> "Security Council"). */
export function withoutDeterminer(tokens: Token[], phrase: Phrase): Phrase {
  let start = phrase.start;
  while (start < phrase.end - 1 && (tokens[start]!.pos === "DET" || POSSESSIVE_PRONOUNS.has(tokens[start]!.lower))) start++;
  return { start, end: phrase.end };
}

/**
 * Splits a coordinated phrase into its members when both sides name someone:
 * "Egypt and Qatar" -> [Egypt, Qatar]; "The United States and Jordan" -> two; but
 * "Bosnia and Herzegovina" stays one (a known country name).
 */
export function splitCoordination(ctx: SentenceContext, phrase: Phrase): Phrase[] {
  const { tokens } = ctx;
  const whole = phraseText(ctx, phrase).text.replace(/^the\s+/iu, "").toLowerCase();
  if (whole in COUNTRIES || whole in COUNTRY_ALIASES) return [phrase];
  const parts: Phrase[] = [];
  let start = phrase.start;
  let depth = 0;
  for (let i = phrase.start; i < phrase.end; i++) {
    const t = tokens[i]!;
    // "Mediators from Egypt and Qatar": a coordination inside a prepositional phrase is not two actors.
    if (PHRASE_INTERNAL_ADPS.has(t.lower) && parts.length === 0) return [phrase];
    if (t.text === "(") depth++;
    if (t.text === ")") depth--;
    if (depth === 0 && (t.lower === "and" || t.text === ",") && i > start) {
      parts.push({ start, end: i });
      start = i + 1;
    }
  }
  parts.push({ start, end: phrase.end });
  const members = parts.filter((p) => p.end > p.start && hasName(tokens, p)).map((p) => withoutDeterminer(tokens, p));
  return members.length >= 2 && members.length === parts.length ? members : [phrase];
}

/** True when the phrase has a capitalised word or a place word in it. */
export function hasName(tokens: Token[], phrase: Phrase): boolean {
  for (let i = phrase.start; i < phrase.end; i++) {
    const t = tokens[i]!;
    if ((t.capitalized && (t.pos === "PROPN" || i > 0)) || isPlaceWord(t.lower)) return t.pos !== "DET";
  }
  return false;
}

/** Index of the last token before an internal "of" / "in" / "from": the head of the phrase. */
export function headIndex(tokens: Token[], phrase: Phrase): number {
  for (let i = phrase.start + 1; i < phrase.end; i++) {
    if (PHRASE_INTERNAL_ADPS.has(tokens[i]!.lower)) return i - 1;
  }
  return phrase.end - 1;
}
